"""A hurt the writer took at a sport of tackles, falls and blows is a recent injury; a strain at
another sport, a sport only played or watched, or another person's hurt is not (session 44;
written from the labelling convention "a fall, slip, trip or tackle is recent-injury, a strain
from lifting is not", never the frozen test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_INJURY = "recent-injury"


@pytest.mark.parametrize(
    "text",
    [
        "I hurt my back playing rugby yesterday.",
        "I twisted my back playing football yesterday and it's really painful",
        "Hurt my back skiing last week.",
        "I did my back in at rugby on Saturday.",
        "I hurt my hip in a football match.",
        "Did my back in at football training last night, can't bend.",
        "I hurt my lower back at judo yesterday.",
    ],
)
def test_a_hurt_taken_at_a_contact_sport_is_an_injury(text: str) -> None:
    assert _INJURY in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hurt my back playing golf.",
        "Twisted my back playing tennis and it's agony.",
        "I play rugby and my back aches after every match.",
        "I hurt my back watching the football.",
        "I hurt my hip at the football yesterday, just sitting in the stand.",
        "My son hurt his back playing rugby.",
        "I didn't hurt my back playing rugby, it just started aching.",
        "I hurt my back years ago playing rugby and it still flares up.",
    ],
)
def test_a_strain_a_sport_watched_or_anothers_hurt_is_no_injury(text: str) -> None:
    assert _INJURY not in flags(text)


def test_a_strain_at_a_sport_of_strains_is_still_asked_about() -> None:
    assert _INJURY in asked("Twisted my back playing tennis and it's agony.")


@pytest.mark.parametrize(
    "text",
    [
        "If I injured my back I would stop running.",
        "If I fell off the ladder I'd break my back.",
        "If I hurt my back playing rugby I'd be gutted.",
    ],
)
def test_an_injury_imagined_with_would_is_not_raised(text: str) -> None:
    assert not flags(text)
