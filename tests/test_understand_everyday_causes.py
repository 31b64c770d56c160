"""Manners of speaking told with the words of an emergency ("I could wee myself", "this week
has been a car crash"), a plan for if ("If my legs go weak I know to call 999") and words of
when inside a phrase ("pain now down the back of both legs"). Each look-alike is asked or left
alone, never raised, beside the real sign told in nearly the same words, which is still raised
(patterns from the reviews hunts/rev50.txt and rev51.txt, written anew; never the frozen test
part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_SADDLE = "saddle-anaesthesia"
_LEGS = "bilateral-leg-weakness"
_BLADDER = "bladder-dysfunction"
_CHEST = "chest-pain-with-back-pain"
_TRAUMA = "major-trauma"
_BOTH_LEGS_PAIN = "bilateral-sciatica"


@pytest.mark.parametrize(
    "text",
    [
        "My bum has gone numb since yesterday and my back is agony",
        "My bum is numb and it's not from sitting, my back is agony",
        # sitting told as a time, not a cause (a review found these asked when sitting words
        # explained a numb bum: that was undone)
        "My bum went numb after I sat down on the loo this morning and it hasn't come back, back agony",
        "Can't feel my bottom when I'm on the toilet seat, lower back agony",
    ],
)
def test_a_numb_bum_with_no_cause_of_its_own_is_still_raised(text: str) -> None:
    assert _SADDLE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both my legs buckled when I got out of the bath and my back is agony",
        "Both my legs are weak and I'm nervous about what it means, back agony",
        # weak legs after a viral illness may be Guillain-Barre: never explained
        "Both legs have gone weak after a bad cold last week, back pain",
    ],
)
def test_legs_weak_told_with_a_time_or_a_worry_are_still_raised(text: str) -> None:
    assert _LEGS in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A pressing pain in my chest that goes through to my back",
        "Crushing chest pain into my back that started when I was sat on a bench at the bus stop",
    ],
)
def test_a_chest_pain_told_as_the_hearts_may_be_is_still_raised(text: str) -> None:
    assert _CHEST in flags(text)


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
        "Honestly my whole weekend has been a car crash, and now my lower back aches",
        "Watching some car crash telly with my back on a heat pad",
    ],
)
def test_a_car_crash_as_a_figure_of_speech_is_no_trauma(text: str) -> None:
    assert _TRAUMA not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was a car crash on the motorway, my back hurts",
        "Saturday night was a car crash on the ring road, I was driving, back agony",
        "Car crash the day before but I didn't think much of it, now my back is killing me",
    ],
)
def test_a_car_crash_told_is_still_raised(text: str) -> None:
    assert _TRAUMA in flags(text)


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


@pytest.mark.parametrize(
    "text",
    [
        "If my legs go weak I know to call 999, for now it's just back pain",
        "if I lose feeling down there I have to go straight to A&E, the GP said. Back ache only.",
    ],
)
def test_an_if_with_a_plan_to_get_help_is_asked_not_raised(text: str) -> None:
    found = flags(text)
    assert _LEGS not in found
    assert _SADDLE not in found


def test_an_if_that_tells_what_happens_still_raises() -> None:
    assert _LEGS in flags("If I stand up both my legs give way and I have to call my husband, back agony")


def test_a_word_of_when_inside_a_phrase_is_read_past() -> None:
    assert _BOTH_LEGS_PAIN in flags("Pain now down the back of both legs, my back hurts too")


def test_a_word_of_when_after_a_comma_starts_a_new_clause() -> None:
    # "shoot up, now my spine" is no "shoot up my spine": the drug use stays
    assert "iv-drug-use" in flags("I shoot up, now my spine hurts") | asked("I shoot up, now my spine hurts")


def test_cold_pale_feet_with_an_ordinary_backache_are_asked_not_raised() -> None:
    text = "My toes go pale and cold in winter, lower back ache"
    assert "burst-aneurysm-symptoms" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # an "if" that tells what happens, with help got or advised (hunts/rev52.txt, rewritten)
        "If I walk to the shop both legs give way, so my son had to ring an ambulance",
        "If I stand for more than a minute both legs buckle, the GP told me to go to A&E",
    ],
)
def test_an_if_that_tells_a_habit_is_raised_whatever_help_is_named(text: str) -> None:
    assert _LEGS in flags(text)


def test_a_doing_is_no_phrase_of_pain_read_past_now() -> None:
    assert "iv-drug-use" in flags("I shoot up still, my back is killing me") | flags(
        "I shoot up now my back hurts"
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My bottom went numb last night but now it's worse, back agony", _SADDLE),
        ("Both legs went weak yesterday but now they're worse, back agony", _LEGS),
    ],
)
def test_a_loss_told_as_worse_now_is_still_raised(text: str, sign: str) -> None:
    assert sign in flags(text)
