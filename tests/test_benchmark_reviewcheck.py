"""``python -m benchmarks.reviewcheck``: a review set's lines that must, must not or may raise."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.reviewcheck import check, main, summary

import painkb

KB = painkb.load()


def test_each_kind_gets_its_verdict() -> None:
    outcomes = check(
        KB,
        [
            "R|recent-injury|I fell off a ladder and my back hurts",  # raised: ok
            "R|recent-injury|I tripped over the cat.",  # only asked
            "N|recent-injury|My back hurts",  # not raised: ok
            "N|recent-injury|I fell off a ladder and my back hurts",  # raised: a false alarm
            "A|recent-injury|I tripped over the cat.",  # asked is enough
            "A|recent-injury|My back hurts",  # neither
            "# a comment",
            "",
        ],
    )
    assert [o.verdict for o in outcomes] == ["ok", "asked", "ok", "raised", "ok", "silent"]
    assert summary(outcomes) == (
        "R 2 (missed 1: asked 1, silent 0), N 2 (raised 1), A 2 (neither raised nor asked 1)"
    )


def test_someone_elses_sign_is_right_told_of_them_or_asked_never_raised_as_the_writers() -> None:
    outcomes = check(
        KB,
        [
            "O|recent-injury|My gran fell this morning and can't stand up",  # told of her: ok
            "O|recent-injury|My back hurts",  # neither
            "O|recent-injury|I fell off a ladder and my back hurts",  # the writer's: raised
        ],
    )
    assert [o.verdict for o in outcomes] == ["ok", "silent", "raised"]
    assert summary(outcomes).endswith(", O 3 (neither told of them nor asked 1, raised as the writer's 1)")


def test_a_malformed_line_is_named() -> None:
    with pytest.raises(ValueError, match="line 2"):
        check(KB, ["R|recent-injury|I fell over", "X|recent-injury|I fell over"])


def test_the_command_prints_failures_then_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "set.txt"
    path.write_text(
        "R|recent-injury|I tripped over the cat.\nN|recent-injury|My back hurts\n", encoding="utf-8"
    )
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "asked R recent-injury | I tripped over the cat." in out
    assert out.strip().endswith(
        "R 1 (missed 1: asked 1, silent 0), N 1 (raised 0), A 0 (neither raised nor asked 0)"
    )
    assert main(["--quiet", str(path)]) == 0
    assert "I tripped over the cat" not in capsys.readouterr().out
