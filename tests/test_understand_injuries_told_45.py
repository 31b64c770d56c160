"""Injuries as people tell them, and injuries that did no harm (session 45; written from the
labelling convention "a fall, slip, trip or tackle is recent-injury, a strain from lifting is
not", from NICE's dangerous mechanisms of injury, and from the fresh hunt set s45b's read half,
never the frozen test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_INJURY = "recent-injury"
_TRAUMA = "major-trauma"


@pytest.mark.parametrize(
    "text",
    [
        "Came off my trail bike on Friday and my back is agony.",
        "Crashed my mountain bike into a tree yesterday and my back is agony.",
        "Had a slip in the garden four days ago and the back pain since is awful.",
        "Got speared in rugby on Saturday and my back really hurts.",
        "Took a heavy shoulder charge at training Tuesday and my back hurts.",
        "Since landing on my back from a judo throw on Monday my back is agony.",
        "Got slammed into the boards at hockey on friday and now my lower back hurts.",
        "Went skiing and hurt my back yesterday, can hardly move.",
        "I hurt my back in rugby on Saturday.",
        "Hurt my hip playing American football last night.",
    ],
)
def test_an_injury_told_in_the_words_of_a_sport_or_a_ride_is_raised(text: str) -> None:
    assert _INJURY in flags(text)


def test_a_person_named_after_by_did_it_to_the_writer() -> None:
    # (not someone else's fall: the one who tackled the writer)
    assert _INJURY in flags("Got tackled by a guy twice my size and fell, my back is killing me.")


@pytest.mark.parametrize(
    "text",
    [
        "I got taken out of school early.",
        "I had a slip of paper in my pocket.",
        "roller derby try-outs next week and I'm nervous about landing on my tailbone",
        "Watching my lad playing rugby yesterday and then I hurt my back lifting the cooler.",
        "My son was playing rugby and hurt his back.",
        "I ride my mountain bike every day and my back aches.",
    ],
)
def test_look_alikes_of_those_words_raise_no_injury(text: str) -> None:
    assert _INJURY not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Fell at work this morning, honestly not hurt at all.", _INJURY),
        ("Came off my horse about a month ago, landed fine, no pain at all, just my pride hurt.", _TRAUMA),
        (
            "Collided with another lad at hurling last month, back was sore for a few days but it's long "
            "settled now.",
            _INJURY,
        ),
        ("I was in a car crash an hour ago, I'm not hurt.", _TRAUMA),
    ],
)
def test_an_injury_said_to_have_done_no_harm_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


def test_an_emergency_event_with_another_finding_is_raised_whatever_was_said_of_pain() -> None:
    text = "Fell off a ladder this morning, no pain but I can't feel my legs."
    assert _TRAUMA in flags(text)


def test_a_fall_from_a_roof_walked_off_is_still_raised() -> None:
    text = "Fell off the roof, got straight back up, back a bit sore"
    assert {_TRAUMA, _INJURY} <= flags(text)


def test_no_injury_as_no_cause_keeps_a_past_cancer() -> None:
    text = (
        "I had breast cancer six years ago and now I've got back pain that came on in the last month "
        "with no injury."
    )
    assert "history-of-cancer" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My lower back has ached since I finished chemo in the summer.",
        "My chemo finished in May and now my hip hurts at night.",
        "I'm 3 months post chemo and my back is really sore.",
        "After finishing chemo last year my back has started to hurt.",
        "I finished radio in March and now my lower back aches.",
        "I have CLL and my back aches.",
    ],
)
def test_a_cancer_told_by_the_end_of_its_treatment_is_a_past_cancer(text: str) -> None:
    assert "history-of-cancer" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My mum's chemo finished in May and her back hurts.",
        "After my dad finished chemo he had back pain.",
        "I was listening to the radio and my back went.",
    ],
)
def test_anothers_treatment_or_the_wireless_is_no_past_cancer(text: str) -> None:
    assert "history-of-cancer" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never in my life had a bad back until this last month, and I'm 72.",
        "I'm 67 and my daughter says I've never once complained of back pain until these last three weeks.",
    ],
)
def test_back_pain_never_had_before_in_a_lifetime_is_new(text: str) -> None:
    assert "new-back-pain-over-50" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "71 and I never did my stretches until last month, back's been stiff since the nineties",
        "I'm 61, never really noticed my back until recently, but my wife says I've been rubbing it "
        "for months",
    ],
)
def test_never_until_of_another_thing_says_nothing_new(text: str) -> None:
    assert "new-back-pain-over-50" not in flags(text)
