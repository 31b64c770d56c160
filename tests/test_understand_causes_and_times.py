"""A harmless cause told for a sign ("from all the stairs") beside an injury told the same way
("after falling down the stairs") and a sign that worsens; a time told with "for" between
"and" and the writer's new clause; an age told after "but at" (hunts/s41a-c.txt odd lines and
the idiom left in the fortieth session's note; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

_BOTH_WEAK = "bilateral-leg-weakness"
_LEGS = "numbness-tingling-or-weakness"


@pytest.mark.parametrize(
    "text",
    [
        # the effort of a house move's stairs, an idiom for tired legs
        "We moved house on Saturday and my back is sore, my legs are like wet noodles by bedtime "
        "from all the stairs, nothing numb though.",
        "my legs are weak from the stairs and my back hurts",
        # a cause of words in a row ("leg day") is a cause as much as one word
        "both my legs feel weak after leg day and my back aches",
    ],
)
def test_legs_tired_by_a_harmless_effort_are_asked_not_raised(text: str) -> None:
    assert _BOTH_WEAK not in flags(text)
    assert _BOTH_WEAK in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # an injury told as the cause is no harmless one
        ("my legs feel weak after falling down the stairs and my back hurts", _BOTH_WEAK),
        ("my legs went weak after a fall from the ladder and my back hurts", _BOTH_WEAK),
        # "with it" tells how, not why
        (
            "Right leg was a bit weak on Monday, by Thursday I can barely push off with it climbing "
            "stairs. Back pain started all of this.",
            _LEGS,
        ),
        # a harmless effort passes; a weakness that grows day by day is not explained by it
        ("both my legs are getting weaker every day, I struggle more each week with the stairs", _BOTH_WEAK),
    ],
)
def test_a_cause_that_is_an_injury_or_a_worsening_explains_nothing(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_worsening_keeps_its_finding_when_a_cause_follows() -> None:
    text = "My right leg is getting weaker and weaker, I'm struggling more each day with the stairs."
    found = {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}
    assert {"leg-weakness", _LEGS} <= found


def test_a_worsening_with_its_own_cause_is_still_explained() -> None:
    text = "each time I run my legs feel heavy, it's getting worse because I'm training for a marathon"
    assert _BOTH_WEAK not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 71, never had back pain, and for a few weeks I've had a constant ache low in my back.",
        "Never had a bad back before but at 71 it's started aching every day",
        "I'm 68 and never had back trouble, and for about 2 weeks my lower back has hurt.",
    ],
)
def test_new_back_pain_told_after_never_and_a_time_or_at_an_age(text: str) -> None:
    assert "new-back-pain-over-50" in flags(text)


def test_a_time_with_for_opens_the_writers_clause_after_a_denial() -> None:
    it = painkb.interpret(KB, "I've never had back trouble, and for two weeks my lower back has hurt.")
    assert "lower-back-pain" in {m.entity.id for m in it.mentions if m.present}


@pytest.mark.parametrize(
    "text",
    [
        # a time after "but at", not an age
        "I was fine all evening but at 10 it's time for bed and my back aches",
        # "for" and a thing, not a length of time
        "No numbness, and for a change my back feels ok",
    ],
)
def test_times_that_are_no_age_and_no_length(text: str) -> None:
    it = painkb.interpret(KB, text)
    assert it.age is None
    assert "numbness" not in {m.entity.id for m in it.mentions if m.present}
