"""Injecting told in street words ("slamming meth", "banging up", "I share works") and a small
knock told with thin bones in lay words ("Granny here, osteoporosis for years", "my bones are
very brittle"), with the cases that must stay asked or silent: drugs smoked or swallowed, a habit
long stopped, someone else's use, a medical injection; a steroid cream or a short course, a big
fall, bones with no new pain, a crack with no thin bones said."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_IV = "iv-drug-use"
_FRAGILE = "minor-trauma-with-osteoporosis"


@pytest.mark.parametrize(
    "text",
    [
        "been slamming tina at parties for a few months, my lower back has been agony since Sunday",
        "I slam meth now and then. Back pain came on this week out of nowhere",
        "we share works, me and my boyfriend. New pain in my lower back for 4 days",
        "I share needles sometimes. lower back started hurting on Tuesday",
        "Still banging up most days, can't stop. Back is killing me, new this week",
        "I bang up speed at weekends and now my back hurts low down, started Friday",
        "I've been injecting ketamine for a while. Lower back pain since last week, never had it before",
    ],
)
def test_injecting_in_street_words_is_raised(text: str) -> None:
    assert _IV in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I smoke meth most weekends. My back started hurting 5 days ago",
        "I snort ket at weekends. New back pain this week",
        "I'm on the gear, back pain new this week",
        "I keep banging up and down the stairs with this bad back",
        "I was jacking up the car and my back went",
        "stop slamming the door, my back hurts",
        "I'm slamming the gym every day, lower back sore",
        "I was banged up for 6 months, back pain since",
        "I never shared needles. Back pain new this week",
        "I inject insulin twice a day. New back pain this week",
        "Had my flu jab yesterday and now my back aches",
        "my boyfriend slams meth. my back hurts",
        "My son is banging up daily, I'm worried sick. My back hurts from the stress",
    ],
)
def test_no_street_injecting_of_the_writer_now_is_not_raised(text: str) -> None:
    assert _IV not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "used to inject 20 years ago, clean since. back pain started last week",
        "I used to bang up years ago, clean since. New back pain",
        "used to slam meth at parties, clean 5 years. back pain new",
        "I was injecting every day back then, clean 10 years now. Back pain new",
    ],
)
def test_a_habit_long_stopped_is_asked_not_raised(text: str) -> None:
    assert _IV not in flags(text)
    assert _IV in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # clean for weeks only, or "clean ish", or taken up again, is still the habit now
        "been injecting for a few years, clean 3 weeks now but my lower back has been really painful "
        "for a week",
        "Clean for 3 years but relapsed last week and injected a couple of times. Back pain since",
        "Trying to get clean, but I'm still banging up twice a day. New back pain",
    ],
)
def test_a_habit_stopped_lately_or_taken_up_again_is_raised(text: str) -> None:
    assert _IV in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nan here, 84, osteoporosis for donkey's years. Bent over to pick up the post and got a sudden awful "
        "pain in my back",
        "Grandad here - brittle bones, slipped on the bathroom mat, back agony",
        "On steroids for years for my asthma. Lifted the shopping and felt a crack in my back. Middle of the "
        "back, very sore.",
        "Long-term steroids for my bowel. Sneezed and got a sudden pain in my spine, agony",
        "My bones are very brittle. Sneezed and my back went, sudden pain",
    ],
)
def test_a_small_knock_with_thin_bones_is_raised(text: str) -> None:
    assert _FRAGILE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 79 and my bones are probably thin by now. Reached up to the cupboard and my back went",
        "the scan said my bones are a bit thin and i felt a twinge in my back when i sneezed yesterday",
    ],
)
def test_thin_bones_in_doubt_are_asked(text: str) -> None:
    assert _FRAGILE not in flags(text)
    assert _FRAGILE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I use steroid cream for eczema. Was carrying the washing and felt a crack in my back, very sore",
        "Had a 5 day course of steroids last month. Bent down and got a sudden pain in my back",
        "osteoporosis for donkey's years. Fell off a ladder yesterday and my back is agony",
        "Granny here, osteoporosis for years, back has ached the same for ages, nothing new",
        "Nan here, 88, osteoporosis for years. My back is fine.",
        "Was carrying the laundry basket and felt a crack in my back. Very sore.",
        "My mum has osteoporosis. I bent down to tie my shoes and got a sudden pain in my back",
        "Gran here is 88 and fell, her back hurts",
    ],
)
def test_no_small_knock_with_the_writers_thin_bones_is_not_raised(text: str) -> None:
    assert _FRAGILE not in flags(text)


def test_a_big_fall_with_thin_bones_is_the_major_trauma() -> None:
    raised = flags("osteoporosis for donkey's years. Fell off a ladder yesterday and my back is agony")
    assert "major-trauma" in raised


def test_a_relative_introduced_as_the_writer_is_the_writer() -> None:
    # and someone named after is still theirs
    assert "recent-injury" not in flags("Granny here, 88. My grandson fell off his bike and his back hurts")
    assert "bilateral-leg-weakness" in flags("Dad here - both legs weak and back pain")
