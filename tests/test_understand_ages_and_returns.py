"""Ages said formally ("at 68 years of age", "at the age of 68"), a symptom that went and is
said to seem to have come back, and a few words of the 55th note's readings as a person ("dead
on my feet", "my back has been a nightmare"): written anew; never the frozen test part."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, flags


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("New back pain at 71 years of age, no injury", 71),
        ("66 years of age, first time I have had lower back ache", 66),
        ("lower back pain at the age of 59, never had it before", 59),
    ],
)
def test_an_age_said_formally_is_read(text: str, age: int) -> None:
    assert painkb.interpret(KB, text).age == age
    assert "new-back-pain-over-50" in flags(text)


def test_an_injury_at_the_age_of_is_no_age_now() -> None:
    assert painkb.interpret(KB, "I hurt my back at the age of 19 and it twinges now").age is None


@pytest.mark.parametrize(
    "text",
    [
        "the tingling round my back passage went away but it seems to have come back this evening",
        "the numb patch on my bum cleared up, then it decided to come back yesterday",
    ],
)
def test_a_symptom_that_seems_to_have_come_back_is_present(text: str) -> None:
    assert "saddle-anaesthesia" in flags(text)


def test_a_return_only_doubted_by_someone_is_not_one() -> None:
    text = "the numbness around my bottom went away and the GP says it seems unlikely to come back"
    assert "saddle-anaesthesia" not in flags(text)


def test_a_bound_of_ages_in_general_is_no_age_of_the_writer() -> None:
    text = "The NHS page says people over 50 years of age with new back pain should be seen. Mine hurts."
    assert painkb.interpret(KB, text).age is None


def test_an_idiom_of_tiredness_names_no_place() -> None:
    ids = {
        m.entity.id for m in painkb.interpret(KB, "dead on my feet after the night shift, back sore").mentions
    }
    assert "foot" not in ids
    assert "lower-back-pain" in ids


def test_a_back_said_to_be_a_nightmare_is_a_back_pain() -> None:
    ids = {
        m.entity.id
        for m in painkb.interpret(KB, "my lower back has been a total nightmare all week").mentions
    }
    assert "lower-back-pain" in ids
