"""The second reading: a warning sign the person tells in part, read again with the whole
message by a model learned from labelled messages (session 48). Its arithmetic, its gate (the
person's own words, plainly told) and the signs it never reads. Sentences written here, not
taken from any benchmark part.
"""

from __future__ import annotations

import json
import math
from importlib.resources import files
from pathlib import Path

import attrs
import pytest
from benchmarks.second_reading import FACTS
from hypothesis import given
from hypothesis import strategies as st

import painkb
import painkb.understand.reader as reader
import painkb.understand.second_reading as second_reading_module
from painkb.understand.interpretation import CONFIDENT
from painkb.understand.second_reading import Model, second_reading
from signs_read import asked, flags

_BLADDER = "bladder-dysfunction"
_IBP = "inflammatory-back-pain"
_STIFF = "back stiff every morning for over an hour, a workout makes it better and resting makes it worse"

_TINY = Model.from_json(
    {
        "idf": {"wee": 2.0, "slow": 1.5, "wee slow": 3.0, "back": 1.0},
        "signs": {"bladder-dysfunction": {"intercept": -1.0, "weights": {"wee slow": 4.0, "slow": 1.0}}},
        "threshold": 0.85,
    }
)


def test_the_vector_is_sublinear_tf_idf_of_words_and_pairs_made_unit_length() -> None:
    # "wee! back" is no pair: a pair is of words in one sentence
    vector = _TINY.vector("Wee slow, wee! back")
    raw = {"wee": (1 + math.log(2)) * 2.0, "slow": 1.5, "wee slow": 3.0, "back": 1.0}
    norm = math.sqrt(sum(x * x for x in raw.values()))
    assert vector == pytest.approx({term: x / norm for term, x in raw.items()})


@given(st.lists(st.sampled_from(["my wee is slow", "back pain", "I push and push", "no fever"]), max_size=4))
def test_the_order_of_sentences_changes_nothing(sentences: list[str]) -> None:
    forward, backward = ". ".join(sentences), ". ".join(reversed(sentences))
    for sign in list(second_reading().weights)[:5]:
        assert second_reading().probability(forward, sign) == pytest.approx(
            second_reading().probability(backward, sign)
        )


def test_the_probability_is_the_logistic_of_the_weighted_vector() -> None:
    vector = _TINY.vector("wee slow")
    score = -1.0 + 4.0 * vector["wee slow"] + 1.0 * vector["slow"]
    assert _TINY.probability("wee slow", _BLADDER) == pytest.approx(1 / (1 + math.exp(-score)))
    assert _TINY.probability("wee slow", "saddle-anaesthesia") is None
    # nothing known: the intercept alone
    assert _TINY.probability("qwerty", _BLADDER) == pytest.approx(1 / (1 + math.e))


@given(st.text(max_size=300))
def test_any_text_gets_a_probability_between_0_and_1(text: str) -> None:
    model = second_reading()
    for sign in list(model.weights)[:5]:
        probability = model.probability(text, sign)
        assert probability is not None
        assert 0.0 <= probability <= 1.0


def test_the_bundled_model_never_reads_a_sign_defined_by_a_fact() -> None:
    model = second_reading()
    assert model.weights, "no sign is modelled"
    assert not set(model.weights) & FACTS
    kb = painkb.load()
    assert all(sign in kb for sign in model.weights)


def test_a_sign_read_again_is_confident_whenever_it_is_raised() -> None:
    # the reader makes the probability the mention's score: below CONFIDENT it would never raise
    assert second_reading().threshold >= CONFIDENT


def test_the_file_says_how_it_was_made() -> None:
    raw = json.loads(files("painkb.understand").joinpath("second_reading.json").read_text(encoding="utf-8"))
    assert "benchmarks/second_reading.py" in raw["about"]
    assert Model.from_json(raw) == second_reading()


def test_the_model_stored_in_the_cache_is_the_bundled_one(cache: Path) -> None:
    second_reading.cache_clear()
    try:
        parsed = second_reading()  # parsed from JSON, and stored
        (stored,) = cache.glob("second-reading-*.bin")
        second_reading.cache_clear()
        assert second_reading() == parsed  # read from the store
        text = "I push and push and my wee comes out very slow"
        assert second_reading().probabilities(text) == parsed.probabilities(text)
        # what is read is the store: one written with another threshold gives that one
        key = json.loads(stored.read_bytes().partition(b"\n")[0])["key"]
        stored.write_bytes(second_reading_module._columns_of(attrs.evolve(parsed, threshold=0.5), key))
        second_reading.cache_clear()
        assert second_reading().threshold == 0.5
    finally:
        second_reading.cache_clear()


@pytest.mark.parametrize("damage", ["truncated", "other bytes", "not json"])
def test_a_damaged_stored_model_is_never_read(damage: str) -> None:
    data = second_reading_module._columns_of(_TINY, "k")
    assert second_reading_module._read_columns(data, "k") == _TINY
    bad, key = {
        "truncated": (data[:-8], "k"),
        "other bytes": (data, "another key"),
        "not json": (b"{" + data, "k"),
    }[damage]
    with pytest.raises(ValueError, match=r"truncated|other bytes|Expecting"):
        second_reading_module._read_columns(bad, key)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I push and push and my wee comes out very slow, back has been agony for a week", _BLADDER),
        (
            "back stiff every morning for over an hour, a workout makes it better and resting makes it worse",
            _IBP,
        ),
    ],
)
def test_a_sign_told_in_part_and_by_the_rest_of_the_message_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)
    found = next(m for m in painkb.interpret(painkb.load(), text).mentions if m.entity.id == sign)
    assert found.present
    assert found.confident
    assert found.via == found.entity.name  # read again, not matched to one of its phrases
    assert second_reading().threshold <= found.score < 1.0


@pytest.mark.parametrize(
    "text",
    [
        # someone else's
        "My husband pushes and pushes and his wee comes out very slow, his back has been agony for a week",
        # a worry, wherever its reach ends
        "I'm worried I might have to push and push and my wee will come out very slow. Back agony for a week",
        # a question
        "Can your wee come out very slow when you push and push, with back pain?",
    ],
)
def test_a_part_not_plainly_the_persons_own_is_still_asked(text: str) -> None:
    assert _BLADDER not in flags(text)
    assert _BLADDER in asked(text)


def test_words_that_raise_one_sign_make_no_second(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "zero feeling down there since my back went"
    # the model gives sex that stopped working about 0.88 here: sure enough at 0.8
    readier = attrs.evolve(second_reading(), threshold=0.8)
    assert readier.probabilities(text)["sexual-dysfunction"] >= readier.threshold
    monkeypatch.setattr(reader, "second_reading", lambda: readier)
    assert flags(text) == {"saddle-anaesthesia"}


@pytest.mark.parametrize(
    "text",
    [
        # the past, or someone else, said at the start of the sentence reaches past its clause
        "I used to push and push and my wee came out very slow, my back has been agony for a week",
        "My wife pushes and pushes and the wee comes out very slow, my back is agony for a week",
    ],
)
def test_a_part_in_a_sentence_that_dates_it_or_gives_it_away_is_asked(text: str) -> None:
    assert _BLADDER not in flags(text)
    assert _BLADDER in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Since I was a boy I push and push and my wee comes out slow, back agony for a week",
        "I've always been like this, I push and push and my wee comes out slow, back agony for a week",
    ],
)
def test_a_new_loss_said_to_be_old_is_not_read_again(text: str) -> None:
    assert _BLADDER not in flags(text)
    assert _BLADDER in asked(text)


def test_years_said_of_something_else_leave_a_new_loss_read_again() -> None:
    text = "I've had a bad back for years but since Monday I push and push and my wee comes out slow"
    assert _BLADDER in flags(text)


def test_a_sign_that_lasts_by_definition_is_read_again_with_its_years() -> None:
    # inflammatory back pain lasts more than three months: "for a year" is part of it
    text = f"I'm 26, for a year now my {_STIFF}"
    found = [m for m in painkb.interpret(painkb.load(), text).mentions if m.entity.id == _IBP]
    assert found
    assert found[0].via == found[0].entity.name
    assert _IBP in flags(text)


def test_couldnt_feel_stays_asked() -> None:
    text = "I couldn't feel a thing down there when I sat on the loo"
    assert "saddle-anaesthesia" not in flags(text)
    assert "saddle-anaesthesia" in asked(text)


def test_a_part_said_of_the_past_is_not_read_again() -> None:
    text = "I used to push and push and my wee came out very slow, years ago. Back has been agony for a week"
    assert _BLADDER not in flags(text)


def test_a_part_denied_is_not_read_again() -> None:
    text = "I don't push and push, my wee comes out fine. Back has been agony for a week"
    assert _BLADDER not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I push and push and my wee comes out very slow, back has been agony for a week", _BLADDER),
        (
            "back stiff every morning for over an hour, a workout makes it better and resting makes it worse",
            _IBP,
        ),
    ],
)
def test_without_the_second_reading_the_same_part_is_asked(
    monkeypatch: pytest.MonkeyPatch, text: str, sign: str
) -> None:
    never_sure = attrs.evolve(second_reading(), threshold=1.01)
    monkeypatch.setattr(reader, "second_reading", lambda: never_sure)
    assert sign not in flags(text)
    assert sign in asked(text)


_PUSHED = "I push and push and my wee comes out very slow, back has been agony for a week. My gnome is odd"


def test_words_only_the_second_reading_read_are_still_shown_as_matched_by_nothing() -> None:
    # the model weighs every word of the message (a bag of words weighs "tesco" as much as
    # "slow"): it reads the message as a whole, not these words; `via` tells how the sign came
    read = painkb.interpret(painkb.load(), _PUSHED)
    bladder = next(m for m in read.mentions if m.entity.id == _BLADDER)
    assert bladder.via == bladder.entity.name
    assert {"push", "slow", "gnome"} <= set(read.not_understood)


def test_a_sign_no_words_came_close_to_that_the_message_reads_like_is_asked_first() -> None:
    text = "I have to push and push and it comes out so slowly, back agony this week"
    assert second_reading().probabilities(text)[_BLADDER] >= second_reading().ask_threshold
    answer = painkb.assess(painkb.load(), text=text)
    assert _BLADDER not in {f.warning_sign.id for f in answer.red_flags}  # a question, never a flag
    first = answer.questions[0]
    assert first.warning_sign.id == _BLADDER
    assert first.prompted
    assert first.reason == "your message as a whole reads like it"


def test_what_the_message_reads_like_gives_way_to_a_reason_the_rules_give(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a model sure of every sign changes no reason the rules give, and raises nothing
    text = "My husband can't control his bladder and his back hurts"
    before = painkb.assess(painkb.load(), text=text)
    everything = attrs.evolve(second_reading(), ask_threshold=0.0)
    monkeypatch.setattr("painkb.understand.second_reading.second_reading", lambda: everything)
    after = painkb.assess(painkb.load(), text=text)
    assert after.red_flags == before.red_flags
    reasons = {q.warning_sign.id: q.reason for q in after.questions}
    assert all(reasons[q.warning_sign.id] == q.reason for q in before.questions if q.prompted)
    assert all(q.prompted for q in after.questions if q.warning_sign.id in second_reading().weights)
