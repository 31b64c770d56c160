"""A weakness of one leg told of a part of it, or by what it can no longer do, and its getting
worse told in another clause or sentence; a foot drop told by what people notice. Each real
sign beside the look-alikes that must stay asked: a worsening said of the back, exercise, both
legs, someone else's leg, a weakness getting better (the 57th session, a review of lay wording)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

PROGRESSIVE = "progressive-neurological-deficit"
FOOT_DROP = "foot-drop-weakness"


@pytest.mark.parametrize(
    "text",
    [
        # a thigh said weak is the leg ("so weak that"), getting worse in the next sentence
        "My right thigh has become so weak I can't climb the stairs. Each day it's a bit worse. Back pain.",
        "my left thigh has no strength now and every week it's weaker, low back ache",
        # a leg that folds under the person ("it" stands for the leg)
        "my left leg keeps folding under me and it's worse than it was last week, back pain",
        "can't push off with my left leg, it just folds under me, worse than it was on Monday",
        # a leg "getting useless"
        "my right leg is getting useless, back and hip pain",
        # lifting the knee or leg has got hard, worse every day
        "It's getting harder to lift my right knee to get into the car, worse every day, back pain",
        "struggling to lift my left leg up the stairs and it's worse each day, lower back pain",
        # a feeling lost bit by bit, a calf weaker over a month
        "I've been losing the feeling in my right leg bit by bit since the sciatica started",
        "my left calf has gone thinner and weaker over the past few weeks, sciatica on that side",
        # the back worse too, and the leg's own worsening told in its own clause (as before)
        "my back pain is worse and my left leg is getting weaker by the day",
        "sciatica getting worse and now my foot is numb, it was just tingly last week",
    ],
)
def test_one_leg_weaker_or_number_over_days_raises_the_progressive_deficit(text: str) -> None:
    assert PROGRESSIVE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the getting worse is the back's, said in a clause or sentence of its own
        "my back is worse every day, my leg feels a bit weak",
        "my back pain is worse each day and my left leg feels weak",
        "my back is getting worse and my leg is weak",
        "my left leg is weak and my back is getting worse bit by bit",
        "My left leg has gone weak. Each day my back is a bit worse.",
        # weaker from months without the gym, or after a long run or a leg day
        "my left leg isn't as strong as it was but I haven't been to the gym in months, back sore",
        "my left thigh is weak since I stopped going to the gym, worse each week",
        "my right leg is getting weaker after a long run, back sore",
        "my right leg is getting weaker after leg day, back sore",
        # getting better, bit by bit or day by day
        "my left leg was weak but it's getting stronger bit by bit, back pain",
        "my leg was numb but the feeling is coming back day by day",
        # someone else's leg
        "my wife's left leg is getting weaker every day, my back hurts",
        "my dad's thigh has got so weak he can't get up the stairs, each day it's worse. my back hurts",
    ],
)
def test_a_worsening_not_of_the_legs_own_weakness_is_not_raised(text: str) -> None:
    assert PROGRESSIVE not in flags(text)
    assert PROGRESSIVE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "both my thighs are getting weaker every day, back pain",
        "both legs are getting weaker by the day and my back hurts",
    ],
)
def test_both_legs_getting_weaker_are_the_sign_of_both_legs(text: str) -> None:
    raised = flags(text)
    assert "bilateral-leg-weakness" in raised
    assert PROGRESSIVE not in raised


@pytest.mark.parametrize(
    "text",
    [
        # thighs with no strength after squats or the marathon: not the legs' sign
        "my thighs have no strength after 100 squats, back sore",
        "my thighs have no strength left after the marathon lol",
    ],
)
def test_thighs_weak_from_exercise_stay_quiet(text: str) -> None:
    raised = flags(text)
    assert "bilateral-leg-weakness" not in raised
    assert PROGRESSIVE not in raised


def test_a_weak_thigh_is_a_weak_leg() -> None:
    assert "numbness-tingling-or-weakness" in flags("I have a weak right thigh, back pain")
    assert "numbness-tingling-or-weakness" in flags("my left thigh has no strength, back pain")


def test_a_leg_useless_at_a_sport_is_no_weakness() -> None:
    assert not flags("my leg is useless at football, back pain") & {
        "numbness-tingling-or-weakness",
        PROGRESSIVE,
    }


@pytest.mark.parametrize(
    "text",
    [
        # a high step so as not to trip, even with the gait compared to a horse's
        "I've started lifting my knee right up like a pony to stop tripping over my own foot, sciatica",
        "I lift my knee really high so I don't trip over my foot, back pain",
        # a foot too weak to do its work
        "my left foot is too weak to push the pedal on the bike now, sciatica for a week",
        "my right foot is so weak I can't press the accelerator, back pain",
        # a calf that gives way on tiptoe
        "I can't stand on my tiptoes on the right, it just gives way, back and calf pain",
    ],
)
def test_a_foot_drop_or_major_weakness_told_by_what_is_noticed_is_raised(text: str) -> None:
    assert FOOT_DROP in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # loose footwear, not a dropped foot
        "my foot slaps on the floor because my sandals are too big, back a bit sore",
        "my right foot flops about because these flip-flops are loose, lower back ache",
        # someone else's high step
        "my mum is lifting her knee really high to stop tripping over her foot, my back hurts",
        # tiptoe with no giving way, or with a pain that stops it
        "I can't stand on tiptoe, back pain",
        "I can't stand on tiptoe because it hurts, my knee gives way sometimes",
        # a foot too weak after a marathon, fine now
        "my left foot was too weak to push off after the marathon but it's fine now",
    ],
)
def test_look_alikes_of_a_foot_drop_are_not_raised(text: str) -> None:
    assert FOOT_DROP not in flags(text)


def test_an_unreliable_ankle_is_asked_about() -> None:
    text = "My ankle has been a bit unreliable on walks lately, my back aches too."
    assert FOOT_DROP not in flags(text)
    text = "my ankle feels a bit unreliable when I walk, maybe I'm just tired, sore back"
    assert FOOT_DROP in asked(text)


def test_a_giving_way_with_pain_stays_the_pains() -> None:
    text = "I can't stand on my right leg, it gives way with pain in the hip, back sore"
    assert "numbness-tingling-or-weakness" not in flags(text)
