"""The word index picks the labels worth scoring; find stays typo-tolerant."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

import painkb
from painkb.textindex import CANDIDATES, MAX_TEXT_LENGTH, TextIndex

words = st.text(alphabet="abcdefghijklmnop", min_size=1, max_size=9)
labels = st.lists(st.lists(words, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=40)


@given(labels, st.data())
def test_a_label_sharing_a_word_with_the_query_is_a_candidate(found: list[str], data: st.DataObject) -> None:
    index = TextIndex(found)
    position = data.draw(st.integers(0, len(found) - 1))
    word = data.draw(st.sampled_from(found[position].split()))
    query = data.draw(st.lists(words, max_size=2).map(lambda extra: " ".join([*extra, word])))
    assert position in index.candidates(query)


@given(labels, st.data())
def test_one_typo_in_a_long_word_still_finds_the_label(found: list[str], data: st.DataObject) -> None:
    index = TextIndex(found)
    position = data.draw(st.integers(0, len(found) - 1))
    word = max(found[position].split(), key=len)
    assume(len(word) >= 6)
    cut = data.draw(st.integers(1, len(word) - 1))
    typo = word[:cut] + word[cut + 1 :]  # one letter dropped
    assert fuzz.ratio(typo, word) >= 70
    assert position in index.candidates(typo)


@given(labels, st.text(alphabet="abcdefghijklmnop ", max_size=20))
def test_search_scores_candidates_exactly_as_a_full_scan_would(found: list[str], query: str) -> None:
    index = TextIndex(found)
    for position, label, score in index.search(query, 0):
        assert label == found[position]
        assert score == fuzz.WRatio(query, label, processor=None)


def test_words_run_together_and_prefixes_are_found() -> None:
    index = TextIndex(["massage therapy", "foam roller", "gluteus medius"])
    assert index.candidates("massagetherapy") == [0]
    assert index.candidates("glut") == [2]
    assert index.candidates("zzzz") == [], "nothing close: nothing is scored, no fallback scan"


@given(labels, st.text(max_size=60))
def test_candidates_are_bounded(found: list[str], query: str) -> None:
    index = TextIndex(found)
    picked = index.candidates(query)
    assert len(picked) <= CANDIDATES
    assert len(set(picked)) == len(picked)
    assert all(0 <= p < len(found) for p in picked)


def test_long_words_cost_bounded_time() -> None:
    index = TextIndex(["massage therapy", "foam roller", "gluteus medius", "lower back"])
    started = time.process_time()
    for size in (1_000, 10_000, 100_000):
        index.candidates("massage" * (size // 7))
        index.candidates("ab" * size)
    assert time.process_time() - started < 2.0  # was cubic: 12.8k characters took 85 s


def test_common_words_are_capped_but_the_intersection_is_kept() -> None:
    # 3,000 labels hold "back", 3,000 hold "lower": the one holding both must be found.
    found = [f"back w{i}" for i in range(3000)] + [f"lower z{i}" for i in range(3000)] + ["lower back"]
    index = TextIndex(found)
    assert index.candidates("lower back")[0] == len(found) - 1
    assert index.candidates("lowr bakc")[0] == len(found) - 1


def test_cli_find_nonsense_prints_nothing_and_fails() -> None:
    from click.testing import CliRunner

    from painkb.cli import main

    result = CliRunner().invoke(main, ["find", "qwertyuiop asdf"])
    assert result.exit_code == 1
    assert "axial" not in result.output


_PIECES = ["lower", "back", "glute", "med", "ql", "pain", "zzz", "-", " "]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.text(max_size=1_000), st.lists(st.sampled_from(_PIECES), max_size=250).map("".join)),
    st.floats(0, 100),
)
def test_find_on_any_text_is_bounded_and_honest(text: str, min_score: float) -> None:
    kb = painkb.load()
    if len(text) > MAX_TEXT_LENGTH:
        with pytest.raises(painkb.TextTooLongError):
            kb.find_scored(text)
        return
    found = kb.find_scored(text, min_score=min_score, limit=5)
    assert len(found) <= 5
    assert all(min_score <= score <= 100 for _entity, score in found)
    assert [s for _e, s in found] == sorted((s for _e, s in found), reverse=True)


@given(
    st.lists(st.text(alphabet="ab", min_size=1, max_size=4), min_size=CANDIDATES + 1, max_size=200),
    st.data(),
    st.integers(0, 6),
)
def test_the_heaviest_labels_are_those_a_full_sort_picks(
    found: list[str], data: st.DataObject, length: int
) -> None:
    # Few lengths and few weights: many ties, cut inside a block of one length.
    index = TextIndex(found)
    weight = {n: data.draw(st.sampled_from([1.0, 2.25])) for n in range(len(found))}
    lengths = [len(found[p]) for p in sorted(range(len(found)), key=lambda p: (len(found[p]), p))]
    expected = sorted(weight, key=lambda n: (-weight[n], abs(lengths[n] - length), n))[:CANDIDATES]
    assert sorted(index._heaviest(weight, length)) == sorted(expected)


@given(labels, st.lists(st.text(alphabet="abcdefghijklmnop ", max_size=20), min_size=1, max_size=5))
def test_remembered_words_give_the_same_candidates(found: list[str], queries: list[str]) -> None:
    warm = TextIndex(found)
    for query in queries:
        warm.candidates(query)  # remembers each query word's close words
    for query in queries:
        assert warm.candidates(query) == TextIndex(found).candidates(query)


def test_the_word_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from painkb import textindex

    monkeypatch.setattr(textindex, "_MEMO_SIZE", 3)
    index = TextIndex(["lower back", "upper back", "hip"])
    for word in ["lower", "upper", "hip", "back", "lowr", "uper"]:
        index.candidates(word)
        assert len(index._matches) <= 3
    assert index.candidates("lowr") == TextIndex(["lower back", "upper back", "hip"]).candidates("lowr")
