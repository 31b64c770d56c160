"""Words typed in a hurry ("wen i cof", "evry mornin", "walkin") read as the words they are.

The reader spells them out word by word (`words.normal`); the screening patterns read the
text spelled out (`understand.spelled`), with every span moved to match.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import painkb
from painkb.understand.spelled import as_spelled, spell_out
from painkb.understand.words import language, normal, spelled_out

KB = painkb.load()
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

# hurried forms of each written word ("when" -> "wen", "wn", "whn")
HURRIED: dict[str, list[str]] = defaultdict(list)
for _hurried, _written in spelled_out().items():
    HURRIED[_written].append(_hurried)


def test_the_table_is_words_and_never_overrides_a_synonym() -> None:
    table = spelled_out()
    assert len(table) >= 50
    synonyms = language().synonyms
    for hurried, written in table.items():
        assert hurried not in synonyms, f"{hurried!r} is in [synonyms] and [spelled_out]"
        assert hurried != written
        assert re.fullmatch(r"[a-z0-9]+", hurried), hurried
        assert re.fullmatch(r"[a-z]+", written), written
        assert written not in table, f"{written!r} is spelled out again"


@pytest.mark.parametrize(("hurried", "written"), [("Evry", "every"), ("WEN", "when"), ("walkin", "walking")])
def test_normal_spells_a_hurried_word_out(hurried: str, written: str) -> None:
    assert normal(hurried) == written


_PIECES = st.sampled_from([*"ab .,'\u2019\n", "wen ", "evry", "Betr", "cof", "walkin", "U"])


@given(st.lists(_PIECES, max_size=30).map("".join))
@settings(max_examples=200, deadline=None)
def test_spans_move_with_the_words(text: str) -> None:
    spelled = spell_out(text)
    changed = False
    for word in _WORD.finditer(text):
        start, end = spelled.position(word.start()), spelled.position(word.end())
        written = spelled_out().get(word.group().casefold().replace("\u2019", "").replace("'", ""))
        assert spelled.text[start:end] == (word.group() if written is None else spelled.text[start:end])
        assert written is None or spelled.text[start:end].casefold() == written
        changed |= written is not None
    assert (spelled.text != text) == changed


def test_an_interpretation_spelled_out_keeps_its_findings_on_the_same_words() -> None:
    text = "evry mornin my lower back is stiff, betr after walkin"
    it = painkb.interpret(KB, text)
    seen = as_spelled(it)
    assert seen.text == "every morning my lower back is stiff, better after walking"
    assert [m.entity.id for m in seen.mentions] == [m.entity.id for m in it.mentions]
    for before, after in zip(it.mentions, seen.mentions, strict=True):
        assert normal(text[before.start : before.end].split()[0]) == normal(
            seen.text[after.start : after.end].split()[0]
        )
    assert as_spelled(painkb.interpret(KB, "every morning")).text == "every morning"


def _read(text: str) -> tuple[set[tuple[str, str]], set[str], set[str]]:
    assessment = painkb.assess(KB, text=text)
    return (
        {(m.entity.id, m.status.value) for m in assessment.interpretation.mentions},  # type: ignore[union-attr]
        {f.warning_sign.id for f in assessment.red_flags},
        {q.warning_sign.id for q in assessment.questions if q.prompted},
    )


WRITTEN = [
    "every morning my lower back is stiff for over an hour and it is better after walking, had it 2 years",
    "my back pain gets worse when I cough and it is killing me",
    "I have no numbness and my bladder is good, it is just my back",
    "since yesterday I cannot feel my bum when I wipe and both legs are tingling",
    "I have been coughing and my back hurts when I sneeze too",
    "it is always worse at night because lying down does not help, I am 67 and it is new",
    "the pain is shooting down my leg when walking or sitting and I have been limping",
    "I fell off a ladder yesterday and I have not been able to stand on my leg since",
]


@pytest.mark.parametrize(
    ("hurried", "written"),
    [
        (
            "evry mornin my lower back is stiff for over an hour, its betr after walkin, had it 2 yrs",
            "every morning my lower back is stiff for over an hour, its better after walking, had it 2 years",
        ),
        ("low back pain n it hurts wen i cof", "low back pain and it hurts when i cough"),
        ("i hav no numbness n my bladder is gud", "i have no numbness and my bladder is good"),
    ],
)
def test_a_hurried_message_reads_as_the_written_one(hurried: str, written: str) -> None:
    mentions, raised, asked = _read(hurried)
    assert (mentions, raised, asked) == _read(written)
    assert mentions


@given(st.sampled_from(WRITTEN), st.data())
@settings(max_examples=60, deadline=None)
def test_hurrying_any_words_never_changes_what_is_raised(written: str, data: st.DataObject) -> None:
    words = written.split(" ")
    hurried = [
        data.draw(st.sampled_from([word, *HURRIED[word.lower()]])) if HURRIED.get(word.lower()) else word
        for word in words
    ]
    _, raised, asked = _read(" ".join(hurried))
    _, want_raised, want_asked = _read(written)
    assert raised == want_raised
    assert asked == want_asked


def test_the_second_reading_weighs_a_hurried_word_as_its_word() -> None:
    # (found by the property above on CI: the model weighed "alwys" as a word of its own, and
    # raised night pain that "always" leaves asked)
    written = "it is always worse at night because lying down does not help, I am 67 and it is new"
    hurried = written.replace("always", "alwys")
    assert _read(hurried)[1] == _read(written)[1]
