"""``python -m benchmarks changes``: what a change raised, asked and missed, line by line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.changes import Labels, Outcome, judge, labels, main, texts

SIGNS = frozenset({"saddle-anaesthesia", "recent-injury", "bladder-dysfunction"})


def test_the_frozen_parts_are_never_read() -> None:
    files = {key.rpartition(":")[0] for key, _, _ in texts()}
    assert "dev.jsonl" in files
    assert "hunts/rev109.txt" in files
    assert not files & {"test.jsonl", "plain.jsonl"}


@pytest.mark.parametrize(
    ("line", "must", "either", "mustnot", "strict"),
    [
        ("R|recent-injury|I fell", {"recent-injury"}, set(), set(), False),
        ("N|recent-injury|I fell for her", set(), set(), {"recent-injury"}, False),
        ("A|recent-injury|I may have fallen", set(), {"recent-injury"}, set(), False),
        ("recent-injury,saddle-anaesthesia?|text", {"recent-injury"}, {"saddle-anaesthesia"}, set(), True),
        ("-|my back aches", set(), set(), set(), True),
        ("HAS|saddle-anaesthesia|numb bum", {"saddle-anaesthesia"}, set(), set(), False),
        ("NOT|saddle-anaesthesia|not numb", set(), set(), {"saddle-anaesthesia"}, False),
        ("HAS|lower-back-pain|sore back", set(), set(), set(), False),
    ],
)
def test_each_line_format_gives_its_labels(
    line: str, must: set[str], either: set[str], mustnot: set[str], strict: bool
) -> None:
    got = labels(line, SIGNS)
    assert (set(got.must), set(got.either), set(got.mustnot), got.strict) == (must, either, mustnot, strict)


def test_a_jsonl_item_is_judged_on_its_present_warning_signs() -> None:
    item = {
        "text": "t",
        "expected": [
            {"entity": "recent-injury", "status": "present"},
            {"entity": "bladder-dysfunction", "status": "absent"},
            {"entity": "lower-back", "status": "present"},
        ],
    }
    assert labels(json.dumps(item), SIGNS) == Labels({"recent-injury"}, frozenset(), frozenset(), strict=True)


def test_raised_asked_silent_and_false_alarms_score_apart() -> None:
    lab = labels("recent-injury|text", SIGNS)
    assert judge(lab, Outcome(("recent-injury",), (), ())) == {"recent-injury": 2}
    assert judge(lab, Outcome((), ("recent-injury",), ())) == {"recent-injury": 1}
    assert judge(lab, Outcome(("bladder-dysfunction",), (), ())) == {
        "recent-injury": 0,
        "+bladder-dysfunction": 0,
    }
    someone_else = labels("O|recent-injury|my son fell", SIGNS)
    assert judge(someone_else, Outcome((), (), ("recent-injury",))) == {"recent-injury": 2}
    assert judge(someone_else, Outcome(("recent-injury",), (), ())) == {"recent-injury": 0}


def test_compare_prints_held_out_lines_in_aggregate_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = [key for key, _, _ in texts()]
    held = next(k for k in keys if "holdout" in k)
    tune = next(k for k in keys if k.startswith("hunts/rev109.txt"))
    nothing = {"raised": [], "asked": [], "others": []}
    everything = {"raised": sorted(SIGNS), "asked": [], "others": []}
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({held: nothing, tune: nothing}), encoding="utf-8")
    b.write_text(json.dumps({held: everything, tune: everything}), encoding="utf-8")
    assert main(["compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert tune in out
    assert held not in out
    assert "holdout" not in out
    assert "held " in out  # counted, never named
