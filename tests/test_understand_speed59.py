"""The reader's shortcuts (session 59) read what the full passes read.

`told_apart` skips a window of sentences that holds no first word of some group its rule needs;
the words of a window are those of all its sentences, so a sign told over two sentences is still
told apart. `_causes_told_near` looks only for the causes whose first word is in the text.
"""

from __future__ import annotations

import pytest

import painkb
from painkb.understand.asked_instead import _with_first_words, cause_said_near
from painkb.understand.words import language


@pytest.fixture(scope="module")
def kb() -> painkb.KnowledgeBase:
    return painkb.load()


def _present(kb: painkb.KnowledgeBase, text: str) -> set[str]:
    return {m.entity.id for m in painkb.interpret(kb, text).mentions if str(m.status) == "present"}


@pytest.mark.parametrize(
    "text",
    [
        # the night in one sentence, the position that does not help in the next (and the other way)
        "My buttock ache keeps me up most nights. Rolling over makes zero difference.",
        "Rolling over makes zero difference. My buttock ache keeps me up most nights.",
    ],
)
def test_a_sign_told_apart_over_two_sentences(kb: painkb.KnowledgeBase, text: str) -> None:
    assert "persistent-night-pain" in _present(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "My buttock ache keeps me up most nights. My knee is sore.",
        # (two sentences apart: beyond the rule's reach of one)
        "My buttock ache keeps me up most nights. My knee is sore. Rolling over makes zero difference.",
    ],
)
def test_no_sign_told_apart_without_each_group(kb: painkb.KnowledgeBase, text: str) -> None:
    assert "persistent-night-pain" not in _present(kb, text)


def test_each_cause_keeps_its_first_word() -> None:
    for causes in language().explained_in_its_sentence.values():
        assert _with_first_words(tuple(causes)) == tuple((c, c.split()[0]) for c in causes)


def test_a_cause_told_in_the_next_sentence_or_not_at_all() -> None:
    text = "I sprained my ankle 2 weeks ago. Now even walking is a struggle."
    assert cause_said_near("difficulty-with-mobility", text, [(0, 31), (32, len(text))], 40)
    text = "I sprained nothing at all. Now even walking is a struggle."
    assert not cause_said_near("difficulty-with-mobility", text, [(0, 26), (27, len(text))], 35)
