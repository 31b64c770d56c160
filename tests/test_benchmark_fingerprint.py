"""``python -m benchmarks fingerprint``: hashes of every answer, to show a change alters none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.fingerprint import differing, fingerprints, main, outcomes, texts_measured


def test_every_part_and_hunt_set_is_measured_by_name() -> None:
    names = texts_measured()
    files = {name.rpartition(":")[0] for name in names}
    assert {"test.jsonl", "plain.jsonl", "dev.jsonl", "rev32.txt"} <= files
    assert all(text.strip() for text in names.values())


def test_the_same_answers_give_the_same_fingerprints() -> None:
    texts = {"a": "my back hurts", "b": "I can't feel my bum when I wipe", "c": "no numbness"}
    first, second = fingerprints(texts), fingerprints(texts)
    assert first == second
    assert len(set(first.values())) == 3  # different answers, different prints


def test_a_different_answer_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprints({"a": "my back hurts", "b": "no numbness"})
    after = {**before, "b": fingerprints({"b": "numb legs"})["b"]}
    assert differing(before, after) == ["b"]
    assert differing(before, {"a": before["a"]}) == ["b"]  # one missing counts too
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(before), encoding="utf-8")
    b.write_text(json.dumps(after), encoding="utf-8")
    assert main(["--compare", str(a), str(a)]) == 0
    assert main(["--compare", str(a), str(b)]) == 1
    out = capsys.readouterr().out
    assert "1 of 2 texts answered differently" in out
    assert "  b" in out
    assert "numb" not in out  # names only, never a text


def test_outcomes_tell_apart_what_is_raised_not_how_it_is_worded() -> None:
    texts = {
        "a": "my back hurts",
        "b": "my back hurts.",
        "c": "I fell off a ladder and my back is killing me",
    }
    prints = outcomes(texts)
    assert prints == outcomes(texts)
    assert prints["a"] == prints["b"]  # the same outcome, though the texts differ
    assert prints["a"] != prints["c"]  # a warning sign raised
