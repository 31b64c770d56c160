"""The one-leg weakness, foot drop and footwear rules of the 57th session narrowed where a hunt
(rev106) found them reading worse than the session's start: footwear worn or set aside explains no
foot drop, a foot or a leg weak from what it cannot do is asked when its sentence tells a cause of
its own (a sprain, flat feet, an arthritic or a new hip, a pregnancy, a pulled thigh, a torn calf),
a numbness going away bit by bit is no worsening, a tingling "getting stronger" is, a pain's
worsening told between a deficit and a loss come "now" is the deficit's too, and a leg weaker over a
long walk is no progression. Each beside the cases that must stay as they were."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

PROGRESSIVE = "progressive-neurological-deficit"
FOOT_DROP = "foot-drop-weakness"
LEGS = "numbness-tingling-or-weakness"


@pytest.mark.parametrize(
    "text",
    [
        # footwear worn, not the cause ("with my slippers on", "even with my crocs", "worse with")
        "My right foot drags and slaps, and I trip over the rug with my slippers on, back pain down the leg",
        "right foot slapping on the floor when I walk, the noise is awful with my sandals, and the leg "
        "feels weak with the sciatica",
        "My foot catches on every step even with my crocs, been like that since the sciatica started "
        "last month",
        "Since the back went I can't lift the front of my right foot, it slaps and catches, worse with my "
        "wellies on the farm",
        # ... or a cause once believed and set aside
        "My left foot slaps the ground, I thought it was just the flip flops but it does it in trainers "
        "too. Back pain down the leg",
        "My foot slaps, I thought it was because of the flip flops but it does it barefoot too, back pain",
    ],
)
def test_a_foot_drop_told_with_footwear_worn_is_raised(text: str) -> None:
    assert FOOT_DROP in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My foot slaps the floor because these flip-flops are a size too big, lol. Back's sore though.",
        "my right foot drags from my new sandals, they are too loose, back is sore",
        "my foot slapping was only the sandals, fine barefoot",
        "my foot slaps, it turned out to be the wellies, two sizes too big, back sore",
    ],
)
def test_a_foot_that_slaps_from_footwear_said_as_the_cause_is_asked(text: str) -> None:
    assert FOOT_DROP not in flags(text)
    assert FOOT_DROP in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sprained my ankle a week ago at netball, my foot is too weak to push off properly yet, hip sore "
        "from limping",
        "my foot is too weak to point properly in ballet since I broke my ankle last year, hip aches",
        "The arch of my foot is too weak to support me, flat feet, podiatrist gave me insoles, lower back "
        "aches from it",
        "I can't stand on tiptoe on my right foot, my calf just gives way since I tore it playing squash, "
        "back is fine",
    ],
)
def test_a_foot_weak_with_a_cause_of_its_own_is_asked(text: str) -> None:
    assert FOOT_DROP not in flags(text)
    assert FOOT_DROP in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # the injury is the back's, another's, in another sentence, or a disc is told
        "pulled my back lifting and now my right foot is too weak to press the brake",
        "my mum sprained her ankle and my right foot is too weak to press the brake, back pain",
        "Sprained my ankle years ago. Now my right foot is too weak to press the brake, back pain",
        "my right foot is too weak to push off since the disc went, I sprained it years ago",
        "I used to drive fine but now my right foot is too weak to press the brake properly, back and "
        "leg pain for 10 days.",
        "Since yesterday I can't stand on tiptoe on my left foot, it just gives way, and my calf and "
        "lower back hurt.",
    ],
)
def test_a_foot_too_weak_with_no_cause_of_its_own_is_raised(text: str) -> None:
    assert FOOT_DROP in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Getting harder to lift my leg into the bath, my hip is so stiff from the arthritis",
        "32 weeks pregnant and struggling to lift my leg to put my knickers on, pelvic pain is awful, "
        "midwife says SPD",
        "It's getting harder to lift my leg over the bar on my bike since my hip replacement, surgeon "
        "says that's normal",
        "Pulled my right thigh muscle at five-a-side, it's weak and bruised and my lower back is stiff",
        "Had ACL reconstruction 3 weeks ago, my left thigh is so weak, the physio says the quad switches "
        "off, normal, my back aches from the crutches",
    ],
)
def test_a_leg_hard_to_lift_or_a_thigh_weak_with_a_cause_of_its_own_is_asked(text: str) -> None:
    assert LEGS not in flags(text)
    assert LEGS in asked(text)
    assert PROGRESSIVE not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not pregnant and it's getting harder to lift my left leg, back pain",
        "Getting harder to lift my right leg to put my trousers on, the leg feels weak, back pain and "
        "sciatica",
        "my left thigh has gone weak since I pulled my back",
        "I have a weak right thigh, back pain",
    ],
)
def test_a_leg_hard_to_lift_or_a_thigh_weak_with_no_cause_of_its_own_is_raised(text: str) -> None:
    assert LEGS in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a numbness that goes, or a foot that wakes, bit by bit
        "Had a discectomy 6 weeks ago. The numbness in my left shin is going away bit by bit, back is "
        "healing well",
        "the numbness in my left foot is going little by little since they took the disc out, back is "
        "much better",
        "my right foot is waking up little by little since the op, the numb patch is smaller each week",
        # weaker or more numb over a long walk or drive, fine after a rest
        "my right leg gets weaker over a long walk, then fine after I sit for 5 minutes, back aches when "
        "I stand",
        "My foot goes more numb over a long drive, fine after I walk around, back's stiff from the car",
        # (as before: getting stronger, the feeling coming back)
        "my left leg was weak but it's getting stronger bit by bit, back pain",
        "my leg is numb and weak but getting stronger every day, back pain",
    ],
)
def test_a_loss_that_goes_or_comes_with_a_walk_is_no_progression(text: str) -> None:
    assert PROGRESSIVE not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a feeling or a pain "getting stronger" grows
        "the tingling in my right leg is getting stronger by the day and now the foot is numb, back is sore",
        "The pins and needles in my left foot are getting stronger every day and now it's numb on top, "
        "back aches",
        "The numbness in my right foot keeps getting stronger, it's up to my knee now, back aches",
        # a pain's worsening between a deficit and a loss come "now"
        "Left leg weak and numb, back pain and leg pain worse every week, now the leg is dragging",
        "My left leg is weak and it hurts more every day, now I can't climb the stairs on it",
        # (as before: bit by bit, over weeks or a long period)
        "I've been losing the feeling in my right leg bit by bit since the sciatica started",
        "my leg is going numb bit by bit, back pain",
        "my right leg has got weaker over a few weeks, back pain",
        "my right leg has got weaker over a long period, back pain",
    ],
)
def test_a_loss_that_grows_is_the_progressive_deficit(text: str) -> None:
    assert PROGRESSIVE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the back's worsening, and a loss new with it or with no "now"
        "Came off my motorbike on Saturday, low-side at about 30 mph. Walked away from it but my lower "
        "back is getting worse every day and now my right leg is tingling.",
        "my back is worse every day, my leg feels a bit weak",
        "my left leg feels weak, back pain worse every day, now I can barely sleep",
    ],
)
def test_a_worsening_of_the_back_alone_stays_the_backs(text: str) -> None:
    assert PROGRESSIVE not in flags(text)
