"""Terse answers and form fields: a body function's label and its usual state ("Bladder:
fine"), a label's last word before the answer ("Cancer hx: nil"), a field of weight (patterns
from the 56th session's blind review rev94, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def absent(text: str) -> set[str]:
    """The findings ``painkb.assess`` reads as denied in ``text``."""
    return {f.id for f in painkb.assess(KB, text=text).absent}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Bladder: fine. my lower back hurts", "bladder-dysfunction"),
        ("Waterworks - ok. sore low back for a week", "bladder-dysfunction"),
        ("Bowels: normal. low back ache", "bowel-dysfunction"),
        ("lower back pain. bladder: fine, bowels: fine, temp: normal", "bowel-dysfunction"),
        ("lower back pain. bladder: fine, bowels: fine, temp: normal", "fever-with-back-pain"),
    ],
)
def test_a_function_labelled_and_said_to_work_is_denied(text: str, sign: str) -> None:
    assert sign in absent(text)
    assert sign not in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # a change said after the state is a doubt, asked about
        "Bladder: fine until yesterday, now it dribbles. back pain",
        "Bladder: fine until yesterday. back pain",
        "Bladder: ok I think. back pain",
    ],
)
def test_a_labelled_function_with_a_change_is_not_denied(text: str) -> None:
    assert "bladder-dysfunction" not in absent(text)
    assert "bladder-dysfunction" in asked(text) | flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Cancer hx: nil. Low back pain x 10 days.", "history-of-cancer"),
        ("Cancer history - none. back pain", "history-of-cancer"),
    ],
)
def test_a_field_answered_no_past_its_label_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Cancer hx: breast 2019. back pain", "history-of-cancer"),
    ],
)
def test_a_field_answered_otherwise_stays_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    ["Weight: lost a bit. back pain", "Weight: might have lost some, not sure. lower back pain"],
)
def test_a_weight_field_telling_a_loss_is_asked(text: str) -> None:
    assert "unexplained-weight-loss" in asked(text)


def test_a_weight_field_telling_no_change_asks_nothing() -> None:
    assert "unexplained-weight-loss" not in asked("Weight: stable. back pain")


def test_a_peeing_field_reads_as_the_bladder() -> None:
    assert "bladder-dysfunction" in flags("Peeing: can't go at all since this morning. Lower back pain.")
    assert "bladder-dysfunction" in absent("Peeing: fine. back pain")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a pain with a verb or a time of its own after a denied item is no item of the list
        (
            "I'm 74, no temperature, lower back pain began 2 days ago, first time ever",
            "new-back-pain-over-50",
        ),
        ("aged 70, no fever, back ache started on Monday, never had it before", "new-back-pain-over-50"),
    ],
)
def test_a_pain_told_after_a_denied_item_is_not_denied(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_night_pain_told_after_a_denied_item_is_present() -> None:
    text = "no fall, back pain at night every night for weeks"
    pains = [m for m in painkb.interpret(KB, text).mentions if m.entity.id == "night-pain"]
    assert pains
    assert all(m.present for m in pains)


def test_a_bare_list_of_denials_stays_denied() -> None:
    assert "fever" in absent("no fever, chills or sweats with my back pain")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a fever answered "no" beside them is no doubt of the bladder or the bowels
        ("Waterworks: fine. Temperature: no. Lower back ache", "bladder-dysfunction"),
        ("Bowels: normal, fever: none, sore low back", "bowel-dysfunction"),
    ],
)
def test_a_function_said_to_work_beside_a_denied_fever_is_denied(text: str, sign: str) -> None:
    assert sign in absent(text)
    assert sign not in asked(text)
