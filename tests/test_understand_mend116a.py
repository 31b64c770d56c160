"""The prose59 rules narrowed (a hunt, rev116): a dropped "I" is read only when the text tells of
nobody else; "nothing leaks" with an exception after it is no denial; a contrast with the past
("before, but not with this") ends where the present is told again. Written anew: variants of the
hunt's lines, never the frozen test part."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

BLADDER, BOWEL = "bladder-dysfunction", "bowel-dysfunction"
TRAUMA, FEVER = "major-trauma", "fever-with-back-pain"

# 1. "Leaked ..." with no subject is the writer's only when nobody else is told of


@pytest.mark.parametrize(
    "text",
    [
        "Caring for my FIL. Leaked on the way to the loo twice, my back is shot",
        "Looking after my mother in law. Leaked on the way to the toilet again, back sore from lifting",
        "My DH had a stroke. Keep leaking on the way to the loo, back aching from helping",
        "Grandmother is 91. Leaked on the way to the toilet, my back hurts from helping",
        "Leaked on the way to the loo again. My back is wrecked from getting her up the stairs",
        "Mummy has dementia now. Leaked on the way to the toilet twice, my back aches from lifting",
        "The twins are toilet training. Leaked on the way to the toilet, my back hurts from bending",
        "Our toddler is out of nappies. Leaked on the way to the loo again, back sore from mopping",
    ],
)
def test_a_dropped_subject_beside_someone_else_is_never_raised(text: str) -> None:
    assert "bladder-dysfunction" not in flags(text)


def test_a_dropped_subject_with_nobody_else_is_the_writers() -> None:
    assert "bladder-dysfunction" in flags("Lower back is killing me. Leaked on the way to the toilet again")


# 2. a denial said of nothing, with an exception after it, is no denial


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("nothing leaks except when I laugh hard, lower back pain", BLADDER),
        ("nothing leaks, except if I sneeze, lower back pain", BLADDER),
        ("nothing leaked apart from a few drops when I coughed, back ache", BLADDER),
        ("nothing has leaked much, just a little when I sneeze, lower back ache", BLADDER),
        ("nothing is leaking other than when I jump, lower back pain", BLADDER),
        ("nothing leaking from my back passage except a bit when I pass wind, back ache", BOWEL),
    ],
)
def test_a_denial_of_nothing_with_an_exception_is_asked(text: str, sign: str) -> None:
    assert sign in flags(text) or sign in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("there's nothing leaking, just a sore lower back", BLADDER),
        ("nothing leaks, only my back aches", BLADDER),
        ("nothing leaking from my back passage, lower back pain since Monday", BOWEL),
    ],
)
def test_a_denial_of_nothing_without_an_exception_stays_denied(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign not in asked(text)


# 3. a contrast with the past ends where the present is told again


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've had a car crash before, but this one was at 70mph yesterday, my back is agony", TRAUMA),
        ("been in a car accident before, but last night I was hit head on at 60mph, back agony", TRAUMA),
        ("had high temperatures sometimes but never with the back pain, now I'm at 39.4", FEVER),
        ("I've had fevers before but not with my back pain, until today, 38.9", FEVER),
        ("fevers sometimes but not with the back pain, 39 today", FEVER),
    ],
)
def test_the_present_told_again_after_a_contrast_is_read(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've had a temperature before, but none with this back ache", FEVER),
        ("had a fever sometimes but not this time, back sore for a week", FEVER),
        ("I've been in a car crash before, but this back pain is from digging the garden", TRAUMA),
    ],
)
def test_a_past_told_against_now_stays_past(text: str, sign: str) -> None:
    assert sign not in flags(text)
