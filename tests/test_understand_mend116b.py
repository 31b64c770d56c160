"""Two rules of prose59 narrowed after a hunt (rev116): legs gone weak with both feet numb raise
weakness in both legs without back pain only when told as new and with no occasion or cause of
their own; legs felt about to give way feel weak only when the legs are named. Written anew."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

_SIGN = "bilateral-leg-weakness"


def told_of_others(text: str) -> set[str]:
    """The warning signs ``painkb.assess`` tells of someone else in ``text``."""
    return {f.warning_sign.id for f in painkb.assess(KB, text=text).about_others}


# 1. legs gone weak and feet numb, no back pain: new and unexplained raise


@pytest.mark.parametrize(
    "text",
    [
        "My legs have gone weak and I can't feel my feet",
        "my legs have suddenly gone weak and my feet have gone numb",
        "since this morning my legs have gone weak and both feet are numb",
        "my legs went weak overnight and I've lost the feeling in my feet",
        # an occasion outlasted is no cause
        "After spin this morning my legs went dead and they're still numb and weak six hours later, "
        "I can't walk properly.",
    ],
)
def test_legs_gone_weak_and_feet_numb_told_new_are_weakness_in_both_legs(text: str) -> None:
    assert _SIGN in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My wife's legs have gone weak and she can't feel her feet, my back is sore from lifting her",
        "my son's legs have gone weak today and he can't feel his feet",
    ],
)
def test_someone_elses_told_new_are_told_of_them(text: str) -> None:
    assert _SIGN in told_of_others(text)
    assert _SIGN not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # an occasion or a position
        "my legs feel weak and my feet are numb after the long drive home",
        "legs weak and feet numb after kneeling in the garden all afternoon",
        "my legs have gone weak and my feet numb from sitting on my heels at prayer",
        "my legs have gone weak and my feet numb while sitting cross-legged",
        # a panic, the heat, footwear, standing up too fast
        "my legs go weak and my feet go numb whenever I have a panic attack",
        "my legs feel weak and my feet are numb during the heatwave",
        "my legs went weak and my feet went numb in my new walking boots",
        "my legs went weak and my feet numb when I got up too fast, lasted seconds",
        # long-standing or long past
        "my legs have gone weak and my feet have been numb for 8 years with diabetes",
        # not told as new
        "my legs feel weak and my feet are numb",
    ],
)
def test_weak_legs_and_numb_feet_with_an_occasion_or_not_new_are_asked(text: str) -> None:
    assert _SIGN not in flags(text)
    assert _SIGN in asked(text)


def test_a_back_ache_now_does_not_keep_a_loss_that_passed() -> None:
    text = "my legs went weak after the epidural, been fine since then, back pain now"
    assert _SIGN not in flags(text)
    assert _SIGN in asked(text)


# 2. felt about to give way: the legs, not the ankles, knees or calves


@pytest.mark.parametrize(
    "text",
    [
        "my ankles feel like they're going to give way after netball, back ache",
        "my knees feel like they'll give out on the stairs, back twinge",
        "my calves feel like they're going to collapse on the treadmill, back ache",
        "my thighs feel like they'll buckle after leg day, sore back",
    ],
)
def test_other_parts_felt_about_to_give_way_are_not_weak_legs(text: str) -> None:
    assert _SIGN not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel like they'll give way under me, lower back agony",
        "both legs feel as though they're about to collapse, back pain since Friday",
    ],
)
def test_legs_felt_about_to_give_way_are_still_weak(text: str) -> None:
    assert _SIGN in flags(text)
