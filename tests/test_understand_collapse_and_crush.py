"""A collapse told as a drop or a face gone pale, a crush told as something that fell on the
writer or as a kind of injury, and a part said fine until now ("both legs were fine but now
they've gone weak"). Each asks or raises what it tells; the look-alikes ask nothing (patterns
from the 50th session's leads, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_ANEURYSM = "burst-aneurysm-symptoms"
_TRAUMA = "major-trauma"
_LEGS = "bilateral-leg-weakness"


@pytest.mark.parametrize(
    "text",
    [
        "Awful pain in my lower back and tummy, I dropped to the floor",
        "Sudden severe pain in my back and I went white as a sheet",
        "Pain in my back came on and I crumpled to the ground",
    ],
)
def test_a_collapse_or_pallor_asks_about_a_burst_aneurysm(text: str) -> None:
    assert _ANEURYSM in asked(text) | flags(text)


def test_a_drop_to_the_floor_with_a_sudden_tearing_pain_is_raised() -> None:
    assert _ANEURYSM in flags("Sudden tearing pain in my lower back and I dropped to the floor")


@pytest.mark.parametrize(
    "text",
    ["pale ale makes my back ache", "painted the room pale blue and now my back aches"],
)
def test_pale_as_a_colour_or_a_drink_asks_nothing(text: str) -> None:
    assert _ANEURYSM not in asked(text) | flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "a wall collapsed on me yesterday and my back is sore",
        "I had a crush injury to my pelvis last week and my back hurts",
        "got sandwiched between the van and a wall, back is killing me",
    ],
)
def test_a_crush_asks_about_major_trauma(text: str) -> None:
    assert _TRAUMA in asked(text) | flags(text)
    assert _ANEURYSM not in asked(text) | flags(text)  # no faint: the wall collapsed


@pytest.mark.parametrize(
    "text",
    [
        "both legs were fine but now they've gone weak",
        "both legs were fine this morning but now they're like jelly",
    ],
)
def test_legs_said_fine_until_now_are_the_legs_gone_weak(text: str) -> None:
    assert _LEGS in flags(text)


@pytest.mark.parametrize(
    "text",
    ["my legs are fine, it feels weak in my arm", "both legs are fine now they say my arm is weak"],
)
def test_legs_said_fine_are_not_what_is_weak(text: str) -> None:
    assert _LEGS not in flags(text)
