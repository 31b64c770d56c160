"""Compiled patterns kept between processes: made from the store, they are re's patterns."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import painkb
from painkb import _lazy_re, _pattern_store
from painkb._pattern_store import PatternStore
from painkb.understand.warm_up import prepare

_SAMPLES = [
    (r"\bback\b", 0),
    (r"(?P<side>left|right)\s+(?P<part>hip|leg)", re.IGNORECASE),
    (r"(?<!\bnot\s)(?:numb|tingl\w*)(?=\s|$)", re.I),
    (r"(?i)sciatica|[\u2019']s\b", 0),
    (r"\d{1,3}\s*(?:years?|yrs?)", re.ASCII),
]


def test_patterns_made_from_the_store_are_those_re_makes(tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "patterns.bin")
    first = [store.compile(source, flags) for source, flags in _SAMPLES]
    assert store.missed
    assert store.save()
    again = PatternStore(store.path)
    assert len(again) == len(_SAMPLES)
    for (source, flags), before in zip(_SAMPLES, first, strict=True):
        made = again.compile(source, flags)
        assert made == before == re.compile(source, flags)  # equal: the same code and flags
        assert (made.groupindex, made.groups, made.flags) == (before.groupindex, before.groups, before.flags)
    assert not again.missed


def test_every_pattern_painkb_reads_with_survives_the_store(tmp_path: Path) -> None:
    prepare(painkb.load())  # makes every lazily made pattern
    _lazy_re.compile_all()
    sources = [(p._source, p._flags) for p in _lazy_re._MADE]
    store = PatternStore(tmp_path / "patterns.bin")
    for source, flags in sources:
        store.compile(source, flags)
    assert store.save()
    again = PatternStore(store.path)
    assert len(again) == len(set(sources)) > 300
    for source, flags in sources:
        assert again.compile(source, flags) == re.compile(source, flags)
    assert not again.missed


@given(st.sampled_from(_SAMPLES), st.text(max_size=60))
def test_a_stored_pattern_finds_what_re_finds(sample: tuple[str, int], text: str) -> None:
    source, flags = sample
    made = _STORED.compile(source, flags)
    expected = re.compile(source, flags)
    assert [(m.span(), m.groupdict()) for m in made.finditer(text)] == [
        (m.span(), m.groupdict()) for m in expected.finditer(text)
    ]


def _stored_samples() -> PatternStore:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "patterns.bin"
    store = PatternStore(path)
    for source, flags in _SAMPLES:
        store.compile(source, flags)
    store.save()
    return PatternStore(path)


_STORED = _stored_samples()


@pytest.mark.parametrize("damage", ["truncated", "another python", "not json", "code outside", "empty"])
def test_a_damaged_store_is_ignored_and_patterns_still_compile(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.bin"
    store = PatternStore(path)
    for source, flags in _SAMPLES:
        store.compile(source, flags)
    assert store.save()
    line, _, rest = path.read_bytes().partition(b"\n")
    head = json.loads(line)
    if damage == "truncated":
        path.write_bytes(line + b"\n" + rest[: len(rest) // 2])
    elif damage == "another python":
        head["python"] = json.dumps(["cpython", "3.0.0", "cpython-30", [0, 4, 1]])
        path.write_bytes(json.dumps(head).encode() + b"\n" + rest)
    elif damage == "not json":
        path.write_bytes(b"{" + line + b"\n" + rest)
    elif damage == "code outside":
        head["patterns"][0][6] = len(rest)  # starts past the end of the numbers
        path.write_bytes(json.dumps(head).encode() + b"\n" + rest)
    else:
        path.write_bytes(b"")
    damaged = PatternStore(path)
    assert len(damaged) == 0
    for source, flags in _SAMPLES:
        assert damaged.compile(source, flags) == re.compile(source, flags)
    assert damaged.missed


def test_no_store_compiles_as_re_does() -> None:
    store = PatternStore(None)
    assert store.compile(r"\bhip\b", re.I) == re.compile(r"\bhip\b", re.I)
    assert not store.save()
    assert len(store) == 0


def test_a_process_stores_the_patterns_it_compiled_when_it_exits(tmp_path: Path) -> None:
    env = {**os.environ, "PAINKB_CACHE_DIR": str(tmp_path)}
    env.pop("PAINKB_NO_CACHE", None)
    code = "from painkb._pattern_store import compile; compile(r'\\bbuttock\\b', 2)"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    (path,) = tmp_path.glob("patterns-*.bin")
    stored = PatternStore(path)
    assert stored.compile(r"\bbuttock\b", re.I) == re.compile(r"\bbuttock\b", re.I)
    assert not stored.missed


def test_the_cache_switch_turns_the_store_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pattern_store, "_default", None)
    monkeypatch.setenv("PAINKB_NO_CACHE", "1")
    assert _pattern_store.compile(r"\blumbar\b") == re.compile(r"\blumbar\b")
    assert _pattern_store._the_default().path is None
