"""Everyday causes and manners of speaking told with the words of an emergency: a bum numb
from sitting, legs wobbly with nerves, a chest sore from the bench press, "I could wee
myself", "this week has been a car crash". Each is asked or left alone, never raised, and
each stands beside the real sign told in nearly the same words, which is still raised
(patterns from the review hunts/rev50.txt, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_SADDLE = "saddle-anaesthesia"
_LEGS = "bilateral-leg-weakness"
_BLADDER = "bladder-dysfunction"
_CHEST = "chest-pain-with-back-pain"
_TRAUMA = "major-trauma"


@pytest.mark.parametrize(
    "text",
    [
        "My backside went numb from sitting on the bleachers all afternoon, lower back sore",
        "Numb bum after a long day of horse riding, my lower back aches",
        "My bottom is numb from the 6 hour drive to Cornwall, back stiff",
    ],
)
def test_a_bum_numb_from_sitting_is_asked_not_raised(text: str) -> None:
    assert _SADDLE not in flags(text)
    assert _SADDLE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "My bum has gone numb since yesterday and my back is agony",
        "My bum is numb and it's not from sitting, my back is agony",
    ],
)
def test_a_numb_bum_with_no_cause_of_its_own_is_still_raised(text: str) -> None:
    assert _SADDLE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both my legs go wobbly when I'm nervous, and my back aches from the desk",
        "Both legs weak and shaky after far too many pints last night, back sore",
        "Both my legs feel weak from the cold after the football, back stiff",
    ],
)
def test_legs_weak_with_nerves_drink_or_cold_are_asked_not_raised(text: str) -> None:
    assert _LEGS not in flags(text)
    assert _LEGS in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # a time, not a cause
        "Both my legs buckled when I got out of the bath and my back is agony",
        # a worry, not a cause
        "Both my legs are weak and I'm nervous about what it means, back agony",
    ],
)
def test_legs_weak_told_with_a_time_or_a_worry_are_still_raised(text: str) -> None:
    assert _LEGS in flags(text)


def test_a_chest_sore_from_the_bench_press_is_asked_not_raised() -> None:
    text = "Chest is sore from the bench press on Monday, and my lower back from the deadlifts"
    assert _CHEST not in flags(text)
    assert _CHEST in asked(text)


def test_a_pressing_chest_pain_with_back_pain_is_still_raised() -> None:
    assert _CHEST in flags("A pressing pain in my chest that goes through to my back")


@pytest.mark.parametrize(
    "text",
    [
        "My back is so bad I could wee myself, lower back agony",
        "I'm desperate for the loo, I could wet myself, and my back hurts",
    ],
)
def test_could_wet_myself_is_asked_not_raised(text: str) -> None:
    assert _BLADDER not in flags(text)
    assert _BLADDER in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "This physio is so strict I could pee myself lol, back's a bit better",
        "I was so startled by the dog I nearly pissed myself. Back just a bit stiff.",
        "The parking fine made me want to wet myself. Lower back ache as usual.",
    ],
)
def test_wetting_as_a_manner_of_speaking_is_no_finding(text: str) -> None:
    assert _BLADDER not in flags(text)
    assert _BLADDER not in asked(text)


def test_wetting_oneself_unawares_is_still_raised() -> None:
    assert _BLADDER in flags("I wet myself this morning without knowing, and my back is agony")


@pytest.mark.parametrize(
    "text",
    [
        "Honestly my whole weekend was a car crash, and now my lower back aches",
        "Watching some car crash telly with my back on a heat pad",
    ],
)
def test_a_car_crash_as_a_figure_of_speech_is_no_trauma(text: str) -> None:
    assert _TRAUMA not in flags(text)


def test_a_car_crash_told_is_still_raised() -> None:
    assert _TRAUMA in flags("It was a car crash on the motorway, my back hurts")


@pytest.mark.parametrize(
    "text",
    [
        "I got crushed between the van and the loading bay, lower back hurts",
        "Pinned under a fallen wardrobe for ten minutes, now my lower back is agony",
        "Trampled by a cow in the field, my back is killing me",
    ],
)
def test_crushed_pinned_or_trampled_asks_about_major_trauma(text: str) -> None:
    assert _TRAUMA in asked(text) | flags(text)


def test_an_accident_told_as_before_this_pain_is_not_this_pains() -> None:
    text = "Been in a motorbike crash before but this back pain is from moving house"
    assert _TRAUMA not in flags(text)
    assert _TRAUMA in flags("I was in a motorbike crash on Friday and my back is killing me")
