"""Messages as people type them and in their own voices: the writer who lifts or carries
someone, slang and idioms from the gym and from school, a crash in a game (patterns from the
54th session's blind reviews rev73 and rev74, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB


def _statuses(text: str, entity: str) -> set[str]:
    return {str(m.status) for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}


@pytest.mark.parametrize(
    "text",
    [
        "I've been lifting the kids all week, lower back stiff every morning",
        "I've been carrying my son around all day, back really hurts now",
        "I helped my dad move house, lower back aching since",
        "picking up my daughter from the floor and my lower back went",
    ],
)
def test_the_back_of_a_writer_who_lifts_or_carries_someone_is_the_writers(text: str) -> None:
    assert _statuses(text, "lower-back") == {"present"}


@pytest.mark.parametrize(
    "text",
    [
        # what is told of them in a clause of their own, or by whoever did the lifting
        "lifting my mum who can't feel her legs and has wet the bed",
        "he was carrying my son, back pain and a fever",
        "I've been carrying my son around all day, he can't feel his legs",
    ],
)
def test_what_is_told_of_the_person_lifted_stays_theirs(text: str) -> None:
    it = painkb.interpret(KB, text)
    assert not [m for m in it.mentions if m.present and m.entity.kind is painkb.Kind.WARNING_SIGN]
