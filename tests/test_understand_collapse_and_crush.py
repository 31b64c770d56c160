"""A face gone pale, a pain that shoots up into a place, a crush told as something that fell on
the writer or as a kind of injury,
a part said fine until now ("both legs were fine but now
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
        "Sudden severe pain in my back and I went white as a sheet",
        "Sudden severe pain in my back and I went pale",
    ],
)
def test_pallor_asks_about_a_burst_aneurysm(text: str) -> None:
    assert _ANEURYSM in asked(text) | flags(text)


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
        "the scaffolding collapsed on top of me and my back is agony",
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
        "both my legs were fine till the weekend but theyve gone weak and my back is agony",
    ],
)
def test_legs_said_fine_until_now_are_the_legs_gone_weak(text: str) -> None:
    assert _LEGS in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my knee collapsed on me on the stairs and my back hurts",
        "the business collapsed on me last year and my back has ached since",
    ],
)
def test_a_joint_or_a_plan_that_collapsed_is_no_injury(text: str) -> None:
    assert "recent-injury" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my legs are fine, it feels weak in my arm",
        "both legs are fine now they say my arm is weak",
        "Legs were fine until now they said its weak core muscles causing my back pain",
        "my grandsons legs were fine but now they're weak, my back hurts from carrying him",
    ],
)
def test_legs_said_fine_are_not_what_is_weak(text: str) -> None:
    assert _LEGS not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My bum was numb but now fine",
        "numb bum after the long drive, now gone",
        "Couldn't pee for a bit after the op but now back to normal",
        "Both legs were weak but they're better now",
    ],
)
def test_a_loss_said_to_be_over_is_asked_not_raised(text: str) -> None:
    raised = flags(text)
    assert not raised & {"saddle-anaesthesia", "bladder-dysfunction", _LEGS}
    assert asked(text) & {"saddle-anaesthesia", "bladder-dysfunction", _LEGS}


@pytest.mark.parametrize(
    "text",
    [
        "my bum was numb, now gone numb again",
        "The strength in both my legs has now gone",
        "Both legs were weak but they're better now. This morning they've gone again and I can't stand",
        # (not over: something else said between, a part still lost; the review rev55)
        "Numb around my bum and bits since the discectomy and the leg pain was bad but now fine",
        "numb bum, now fine apart from right around my back passage which is still numb",
    ],
)
def test_a_loss_gone_again_or_gone_now_is_still_raised(text: str) -> None:
    assert flags(text) & {"saddle-anaesthesia", _LEGS}


@pytest.mark.parametrize(
    "text",
    [
        "my lower back aches and it also shoots up into my shoulders",
        "pain shoots up into my neck from my lower back",
        "the pain is shooting up through my back",
    ],
)
def test_a_pain_that_shoots_up_into_a_place_is_no_injecting(text: str) -> None:
    assert "iv-drug-use" not in flags(text)


@pytest.mark.parametrize(
    "text",
    ["I shoot up into my arm and my back hurts", "been shooting up into my groin, now my back is agony"],
)
def test_shooting_up_into_a_vein_is_still_injecting(text: str) -> None:
    assert "iv-drug-use" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "sudden tearing pain in my back and I keeled over",
        "sudden agony in my back and tummy then I just dropped to the floor",
        "sudden tearing pain in my back and the colour drained from my face",
    ],
)
def test_a_sudden_pain_with_a_collapse_or_pallor_is_a_burst_aneurysm(text: str) -> None:
    assert _ANEURYSM in flags(text)


def test_a_sudden_pain_with_breath_lost_asks_about_a_burst_aneurysm() -> None:
    assert _ANEURYSM in asked("Sudden severe back pain and I can't catch my breath")
    assert _ANEURYSM not in asked("my lower back hurts when I take a deep breath")


@pytest.mark.parametrize(
    "text",
    [
        "Sudden severe pain in my back when I dropped to the floor to do press ups",
        "Sudden sharp pain lifting the box and I dropped to the floor",
        "my back suddenly went and I dropped to the floor in agony",
        "I keeled over on the ice and hurt my back, sudden pain when I landed",
        "The wardrobe keeled over and caught my back, sudden pain since",
        "sudden agony in my back, the GP's attitude was beyond the pale",
        "suddenly my back is agony and I just dropped the kids at school",
        "sudden back pain and I can't catch my breath from all the coughing with my asthma",
    ],
)
def test_a_fall_of_the_backs_own_or_a_things_is_no_burst_aneurysm(text: str) -> None:
    assert _ANEURYSM not in flags(text)


@pytest.mark.parametrize("text", ["Both legs now weak", "both my legs now numb and my back is agony"])
def test_now_between_the_legs_and_what_they_feel_keeps_one_clause(text: str) -> None:
    assert _LEGS in flags(text)


def test_now_before_a_comma_still_ends_the_legs_clause() -> None:
    text = "Pain down both legs now, numb between my legs and I haven't had a wee since this morning"
    assert _LEGS not in flags(text)


@pytest.mark.parametrize(
    "text", ["My legs won't go where I tell them, back pain", "legs won't move right, back pain"]
)
def test_legs_that_will_not_do_as_told_ask_about_both_legs(text: str) -> None:
    assert _LEGS in asked(text) | flags(text)


def test_a_pale_grey_paint_is_no_shock() -> None:
    assert _ANEURYSM not in flags("sudden agony in my back after painting the hall a pale grey all day")
    assert _ANEURYSM in flags("sudden agony in my tummy and back and I've gone grey and sweaty")


@pytest.mark.parametrize(
    "text",
    [
        "both legs now feel much less numb, nearly back to normal",
        "both legs now dead after leg day lol",
        "my legs now feel heavy with fluid, ankles swollen",
        "my legs dont respond to stretching at all, back still sore",
    ],
)
def test_legs_now_better_or_with_a_cause_of_their_own_are_not_raised(text: str) -> None:
    assert _LEGS not in flags(text)


def test_a_softened_loss_after_now_is_raised() -> None:
    assert _LEGS in flags("both legs now so weak i cant climb the stairs")
    assert _LEGS not in flags("legs now so much better after physio")
    assert _LEGS not in flags("both legs now really dead, did 200 squats at the gym yesterday")
