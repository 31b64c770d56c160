"""Five misreadings of prose found in the 58th session: someone else's legs weak with their feet
numb, a leak said of nothing, a finding had before but not with this pain, a forum post that
drops its "I", and legs felt to be about to give way. Written anew; never the frozen test part."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def told_of_others(text: str) -> set[str]:
    """The warning signs ``painkb.assess`` tells of someone else in ``text``."""
    return {f.warning_sign.id for f in painkb.assess(KB, text=text).about_others}


# 1. legs weak and feet numb: weakness and numbness in both legs, whoever has them


@pytest.mark.parametrize(
    "text",
    [
        "My husband's legs have gone weak and he can't feel his feet, my own lower back just aches",
        "My wife's legs have gone weak and she can't feel her feet, my back is sore from lifting her",
    ],
)
def test_someone_elses_weak_legs_and_numb_feet_are_told_of_them(text: str) -> None:
    assert "bilateral-leg-weakness" in told_of_others(text)
    assert "bilateral-leg-weakness" not in flags(text)


def test_the_writers_weak_legs_and_numb_feet_are_weakness_in_both_legs() -> None:
    assert "bilateral-leg-weakness" in flags("My legs have gone weak and I can't feel my feet")


@pytest.mark.parametrize(
    "text",
    [
        "my legs are weak and my feet are numb from the cold",
        "after the marathon my legs were weak and my feet went numb",
        "my legs are weak and my left foot is numb",
    ],
)
def test_numb_feet_with_a_cause_passing_or_of_one_side_add_nothing(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)


def test_someone_elses_numb_feet_with_a_cause_tell_nothing_of_both_legs() -> None:
    text = "my dad's legs are weak and his feet are numb from the cold"
    assert "bilateral-leg-weakness" not in told_of_others(text)
    assert "bilateral-leg-weakness" in asked(text)


# 2. nothing leaking


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("There's nothing leaking from my anus, just lower back pain", "bowel-dysfunction"),
        ("nothing's leaked from my back passage, back pain for a week", "bowel-dysfunction"),
        ("nothing is leaking from my bottom, just the lower back pain", "bowel-dysfunction"),
        ("there's nothing leaking, just back pain", "bladder-dysfunction"),
        ("nothing has leaked, just lower back pain", "bladder-dysfunction"),
    ],
)
def test_a_leak_said_of_nothing_is_denied(text: str, sign: str) -> None:
    assert sign not in flags(text)
    absent = {m.entity.id for m in painkb.interpret(KB, text).mentions if m.status is painkb.Status.ABSENT}
    assert absent & {"bowel-dysfunction", "urinary-incontinence"}


def test_nothing_coming_out_is_still_a_wee_held_in() -> None:
    assert "bladder-dysfunction" in flags("I try to wee and nothing comes out, lower back pain")


def test_a_leak_from_the_back_passage_is_still_raised() -> None:
    assert "bowel-dysfunction" in flags("I'm leaking from my anus, back pain")


# 3. had before, but not with this pain


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've had fevers before, but none with this back pain", "fever-with-back-pain"),
        ("I've had a fever before but not this time, back pain for a week", "fever-with-back-pain"),
        ("I get fevers sometimes but never with the back pain", "fever-with-back-pain"),
        ("I've had bladder leaks before, but none with this back pain", "bladder-dysfunction"),
    ],
)
def test_a_finding_had_before_but_not_with_this_pain_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


def test_a_finding_had_before_and_this_time_too_is_raised() -> None:
    assert "fever-with-back-pain" in flags("I've had fevers before, but this time with the back pain it's 39")


def test_an_accident_before_a_comma_and_but_is_past() -> None:
    text = "Been in a car accident before, but this back pain is from lifting my toddler"
    assert "major-trauma" not in flags(text)


# 4. a forum post that drops its "I"


@pytest.mark.parametrize(
    "text",
    [
        "Leaked on the way to the toilet again today, back is agony",
        "Back is agony. Leaked on the way to the loo twice.",
        "Keep leaking on the way to the loo, back pain",
        "Leaked before I got to the toilet, back pain",
    ],
)
def test_a_leak_told_with_no_subject_is_the_writers(text: str) -> None:
    assert "bladder-dysfunction" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leaked oil all over the drive, back is agony",
        "Leaked the news to my boss, back pain",
        "nearly wet myself laughing, back pain",
        "Dad's struggling. Leaked on the way to the toilet again today",
        "Leaked on the way to the toilet, it was diarrhoea, back pain",
    ],
)
def test_a_leak_of_something_else_or_someone_else_is_not_the_writers(text: str) -> None:
    assert "bladder-dysfunction" not in flags(text)


# 5. legs felt to be about to give way


@pytest.mark.parametrize(
    "text",
    [
        "Both legs feel like they'll give way, back pain since Monday",
        "my legs feel like they're going to give out, back is agony",
        "both my legs feel as if they're about to buckle and my lower back is killing me",
    ],
)
def test_legs_felt_about_to_give_way_are_weak(text: str) -> None:
    assert "bilateral-leg-weakness" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel like jelly after the gym",
        "feels like my leg could give way if I twisted",
        "my back feels like it's going to give way",
    ],
)
def test_a_comparison_or_a_failure_that_could_come_is_not_raised(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)


def test_someone_elses_legs_felt_about_to_give_way_are_theirs() -> None:
    text = "my dad's legs feel like they're going to give way and his back is bad"
    assert "bilateral-leg-weakness" not in flags(text)
    assert "bilateral-leg-weakness" in told_of_others(text)


def test_a_leg_with_an_apostrophe_is_one_leg() -> None:
    text = "my leg's gone numb and my back hurts"
    assert "bilateral-leg-weakness" not in flags(text)
    assert {m.side for m in painkb.interpret(KB, text).mentions if m.entity.id == "numbness"} == {None}


def test_legs_weak_and_numb_fine_since_then_are_asked() -> None:
    text = "my legs went numb and weak after the epidural and since then they've been fine"
    assert "bilateral-leg-weakness" not in flags(text)
    assert "bilateral-leg-weakness" in asked(text)
