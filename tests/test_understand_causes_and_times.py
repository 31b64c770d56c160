"""Tired legs told with a harmless effort ("from all the stairs") beside the stairs where weak
legs are noticed and an injury told as a cause; a negation in either spelling; a leg compared
with the other; a time told with "for" between "and" and the writer's new clause; an age told
after "but at"; "never had" another thing (hunts/s41a-c.txt odd lines, hunts/rev41a.txt and the
idiom left in the fortieth session's note; never the frozen test part)."""

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
        "both my legs feel weak after leg day and my back aches",
    ],
)
def test_legs_tired_by_a_harmless_effort_are_asked_not_raised(text: str) -> None:
    assert _BOTH_WEAK not in flags(text)
    assert _BOTH_WEAK in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # the stairs are where weak legs are noticed, not a cause (a review)
        ("my legs are weak from the stairs and my back hurts", _BOTH_WEAK),
        (
            "Both my legs have gone weak over the last two days and I'm really struggling with the stairs",
            _BOTH_WEAK,
        ),
        # an injury told as the cause is no harmless one
        ("my legs went weak after falling over at the gym and my back hurts", _BOTH_WEAK),
        (
            "Right leg was a bit weak on Monday, by Thursday I can barely push off with it climbing "
            "stairs. Back pain started all of this.",
            _LEGS,
        ),
    ],
)
def test_stairs_and_injuries_are_no_harmless_cause(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_harmless_cause_that_holds_an_injury_word_of_another_sense_still_explains() -> None:
    # "fall" is autumn here: the cold explains it
    assert _BOTH_WEAK not in flags("My feet go numb from the cold every fall when I'm out walking the dog")


def test_a_worsening_keeps_its_finding_when_the_stairs_follow() -> None:
    text = "My right leg is getting weaker and weaker, I'm struggling more each day with the stairs."
    found = {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}
    assert {"leg-weakness", _LEGS} <= found


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a negation written out or run together reads the same ("aren't doing what I tell them"
        # as "not doing what I tell them", "will not come" as "won't come")
        (
            "I keep stumbling, my legs aren't doing what I tell them, my wife noticed I'm walking weird "
            "since my back went",
            _BOTH_WEAK,
        ),
        ("My legs don't feel strong any more and my back hurts.", _BOTH_WEAK),
        (
            "The small toilet will not come since yesterday even though I feel full, and the back pain "
            "is strong",
            "bladder-dysfunction",
        ),
    ],
)
def test_negations_in_either_spelling(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my left leg feels weaker than the right and my back aches",
        "my left leg doesn't feel as strong as the right and my back aches",
    ],
)
def test_a_leg_compared_with_the_other_is_one_leg(text: str) -> None:
    raised = flags(text)
    assert _LEGS in raised
    assert _BOTH_WEAK not in raised


@pytest.mark.parametrize(
    "text",
    [
        "I'm 71, never had back pain, and for a few weeks I've had a constant ache low in my back.",
        "Never had a bad back before but at 71 it's started aching every day",
        "I'm 68 and never had back trouble, and for about 2 weeks my lower back has hurt.",
        "I'm 55, no back pain ever before, and for 10 days or so I've had an ache at the base of my spine",
    ],
)
def test_new_back_pain_told_after_never_and_a_time_or_at_an_age(text: str) -> None:
    assert "new-back-pain-over-50" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # "never had" another thing says nothing of the back pain (a review)
        "I'm 52, never had sciatica, and for over 20 years I've had a bad back",
        "I'm 58 and never had any trouble with my waterworks, and for a few weeks I've had a bad back",
        "age 57, never had an MRI until these last couple of weeks though the back pain goes back years",
    ],
)
def test_never_had_another_thing_is_no_new_back_pain(text: str) -> None:
    assert "new-back-pain-over-50" not in flags(text)


def test_a_time_with_for_opens_the_writers_clause_after_a_denial() -> None:
    it = painkb.interpret(KB, "I've never had back trouble, and for two weeks my lower back has hurt.")
    assert "lower-back-pain" in {m.entity.id for m in it.mentions if m.present}


@pytest.mark.parametrize(
    "text",
    [
        # a time after "but at", not an age
        "I was fine all evening but at 10 it's time for bed and my back aches",
        "Was fine at breakfast but at 10 I bent down for the kettle and my back went.",
        # "for" and a thing, not a length of time
        "No numbness, and for a change my back feels ok",
    ],
)
def test_times_that_are_no_age_and_no_length(text: str) -> None:
    it = painkb.interpret(KB, text)
    assert it.age is None
    assert "numbness" not in {m.entity.id for m in it.mentions if m.present}
