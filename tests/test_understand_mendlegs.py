"""Legs that shake, tremble or wobble are weak legs only when told failing under the person (on
the stairs, when standing or walking, giving way); a shake with a cause of its own (nerves, the
cold, a fever, a low sugar, coffee, blood given, restless legs) is a tremor, and one told with
neither is asked. A "left sided" or "right sided" finding is a leg's side only when said of the
sciatica or a leg, and an old cause told of the sciatica itself drops no side. From the hunt
hunts/rev110.txt (the look-alikes here are new variants of its lines)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

BOTH_WEAK = "bilateral-leg-weakness"
BOTH_SCIATICA = "bilateral-sciatica"


@pytest.mark.parametrize(
    "text",
    [
        # a feeling
        "both legs shake with nerves when I walk into a meeting, lower back sore",
        "both my legs were shaking with adrenaline after the car nearly hit me, back sore",
        "both legs shook with fear on the stage, back sore",
        "My knees tremble whenever I'm anxious, always have, and my lower back is tight",
        "I'm so excited my legs are shaking, both of them, back sore",
        # a chill or a fever
        "both my legs tremble in the cold, back is stiff",
        "I've had a fever since Tuesday and both my legs are trembling, back aches",
        # a low sugar, a stimulant, blood given, a shaking condition
        "I get shaky legs when I'm hypo, both of them, back ache",
        "after three espressos both my legs shake, back ache",
        "Donated blood this morning, both legs a bit shaky since, lower back stiff",
        "I've got restless legs so both legs shake at night, and my back aches in the morning",
    ],
)
def test_legs_that_shake_with_a_cause_of_their_own_are_not_weak_legs(text: str) -> None:
    assert BOTH_WEAK not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a wobble of the thighs is their flesh
        "Both my thighs wobble since I gained weight, back aches when I walk",
        "both thighs wobbling about when I walk now I've put weight on, lower back sore",
        # the work of a muscle, not its working
        "Both my legs don't work as hard on the e-bike, lower back a bit stiff",
        "My thighs don't have to work as hard since I got the electric bike, back aches a bit",
        # thighs that stopped working once, on a climb
        "My thighs stopped working near the top of Ben Nevis haha, lower back stiff today",
    ],
)
def test_thighs_that_wobble_or_tire_are_not_weak_legs(text: str) -> None:
    assert BOTH_WEAK not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both my legs shake and my lower back has ached since Friday",
        "my legs have been trembling all day, both of them, lower back pain",
        "after the gym on monday both my legs shake and they still shake now, back agony",
    ],
)
def test_legs_that_shake_told_with_no_failing_nor_cause_are_asked(text: str) -> None:
    assert BOTH_WEAK not in flags(text)
    assert BOTH_WEAK in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "both my legs shake when I stand up and my back is killing me",
        "Both my legs are trembling when I try to get up the stairs, back pain since Monday",
        "shaky legs when I walk, both of them, since my back went",
        "Both my legs have been wobbling about when I walk since my back went on Tuesday",
        "both my thighs shake when I stand up, back agony",
        "both knees shake and buckle when I walk, lower back pain for a week",
        "Both my legs shook and nearly dropped me on the stairs this morning, back has been bad all week",
        # a worry, or a feeling told as the shake's outcome, is no cause of it
        "I'm scared, both my legs shake when I stand, back agony",
        "I'm nervous because both my legs shake when I stand up, back pain",
    ],
)
def test_legs_that_shake_as_they_fail_under_the_person_are_weak_legs(text: str) -> None:
    assert BOTH_WEAK in flags(text)


def test_a_wobble_of_another_subject_is_no_shake_of_the_legs_before_it() -> None:
    # the writer's gait, not a doubt of the legs said numb before it
    text = (
        "I've had prostate cancer for a long time but since the weekend I can't feel my legs "
        "properly and I'm wobbling about"
    )
    assert "cancer-with-new-neurological-symptoms" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Left-sided neck pain and right sided sciatica",
        "Right sided sciatica and left sided chest pain when I cough",
        "left-sided tummy pain and right-sided sciatica down my leg",
        "left sided shoulder pain, right sided sciatic pain down to my foot",
        "Right sided sciatica since March and a left sided toothache this week",
    ],
)
def test_a_side_of_another_place_is_no_side_of_the_sciatica(text: str) -> None:
    assert BOTH_SCIATICA not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Left-sided leg pain from my back for months and now right sided sciatica too",
        "Right sided sciatica for a month and now the left has joined in",
    ],
)
def test_a_side_said_of_the_sciatica_or_a_leg_counts(text: str) -> None:
    assert BOTH_SCIATICA in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain down my left leg, now the right leg too, it's my old rugby injury flaring up",
        "Shooting pains down my right leg and now the left leg as well, that's my old back injury playing up",
        "Sciatica down my right leg and now my left leg has started too, I think it's my old injury "
        "from football",
    ],
)
def test_an_old_cause_of_the_sciatica_itself_drops_no_side(text: str) -> None:
    assert BOTH_SCIATICA in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sciatica down my left leg, my right knee aches too but it's my old football injury",
        "Sciatica down my left leg, and the right ankle aches as well though that's an old sprain",
    ],
)
def test_an_old_cause_set_against_the_sciatica_drops_the_sides_finding(text: str) -> None:
    assert BOTH_SCIATICA not in flags(text)
