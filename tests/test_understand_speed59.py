"""The reader's shortcuts (session 59) read what the full passes read: `_causes_told_near`
looks only for the causes whose first word is in the text, each cause's first word kept."""

from __future__ import annotations

from painkb.understand.asked_instead import _with_first_words, cause_said_near
from painkb.understand.words import language


def test_each_cause_keeps_its_first_word() -> None:
    for causes in language().explained_in_its_sentence.values():
        assert _with_first_words(tuple(causes)) == tuple((c, c.split()[0]) for c in causes)


def test_a_cause_told_in_the_next_sentence_or_not_at_all() -> None:
    text = "I sprained my ankle 2 weeks ago. Now even walking is a struggle."
    assert cause_said_near("difficulty-with-mobility", text, [(0, 31), (32, len(text))], 40)
    text = "I sprained nothing at all. Now even walking is a struggle."
    assert not cause_said_near("difficulty-with-mobility", text, [(0, 26), (27, len(text))], 35)
