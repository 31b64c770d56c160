"""A person named bare at the start, with where they are from after ("girl on my course", "guy at
the gym"), is someone else; "Man, my back hurts" is the writer (session 44; found by review
rev44a's neighbours in hunts/s39i.txt, never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, flags


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("girl on my course is on chemo and has back pain", "immunosuppression"),
        ("Guy at the gym slipped a disc and can't feel his legs.", "numbness"),
        ("Lad next door fell off his roof.", "major-trauma"),
        ("Man in the bed next to me couldn't pee.", "bladder-dysfunction"),
    ],
)
def test_a_person_named_by_where_they_are_from_is_someone_else(text: str, entity: str) -> None:
    statuses = {m.status for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}
    assert statuses == {painkb.Status.OTHER_PERSON}
    assert not flags(text)


def test_a_word_of_address_is_still_the_writer() -> None:
    said = painkb.interpret(KB, "Man, my back hurts.")
    assert all(m.status is painkb.Status.PRESENT for m in said.mentions)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Woman in a car crash on the motorway last night, my lower back is in agony today.", "major-trauma"),
        (
            "Guy in construction here, fell off the scaffolding yesterday about 3 metres onto my back.",
            "major-trauma",
        ),
        ("Man on a motorbike, hit by a car yesterday, my lower back is in agony.", "major-trauma"),
    ],
)
def test_a_writer_who_names_themselves_by_what_happened_is_the_writer(text: str, sign: str) -> None:
    assert sign in flags(text)
