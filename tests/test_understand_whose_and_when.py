"""Whose sign it is and when: a part of a sign said of someone else, a field or a quotation
that names who has it, an episode told as over (patterns from the 55th session's blind reviews
rev86 to rev89, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my wife is hot to touch, back agony", "fever-with-back-pain"),
        ("my dad is hot to the touch and his lower back is agony", "fever-with-back-pain"),
    ],
)
def test_a_part_of_a_sign_said_of_someone_else_is_asked_of_them(text: str, sign: str) -> None:
    assessment = painkb.assess(KB, text=text)
    assert sign not in flags(text)
    (question,) = [q for q in assessment.questions if q.warning_sign.id == sign]
    assert "someone else" in question.reason
