"""Compiled regular expressions kept between processes.

Reading free text uses some four hundred patterns, many of them long lists of words, and
``re`` parses and compiles each anew in every process: some 80 ms of a one-off
``painkb assess "..."``, a third of its time. Compiled, a pattern is a short list of numbers;
a `PatternStore` keeps those lists in a file and makes the patterns from them, which costs
a few milliseconds for all. `compile` uses the store in the user's cache folder, next to
the knowledge-base snapshots; patterns first compiled in a process are added to it when the
process exits.

The stored numbers are what CPython's own compiler made for this very interpreter (the
file is keyed on ``sys.version`` and the regular-expression engine's version), and each
was checked equal to ``re.compile``'s pattern when it was stored; anything else (another
Python, a missing, old or corrupt file, ``PAINKB_NO_CACHE=1``) compiles as ``re`` does.

>>> import pathlib, tempfile
>>> store = PatternStore(pathlib.Path(tempfile.mkdtemp()) / "patterns.bin")
>>> word = store.compile(r"\\bback\\b", re.I)
>>> store.save(), len(PatternStore(store.path))
(True, 1)
>>> again = PatternStore(store.path).compile(r"\\bback\\b", re.I)
>>> again == word, bool(again.search("my BACK hurts"))
(True, True)
"""

from __future__ import annotations

import array
import atexit
import functools
import importlib
import json
import re
import sys
import threading
from pathlib import Path
from typing import Any, NamedTuple

_sre: Any
try:  # the engine ``re`` compiles for; private, so every use falls back to ``re``
    _sre = importlib.import_module("_sre")
except ImportError:  # pragma: no cover - not CPython
    _sre = None

__all__ = ["PatternStore", "compile"]

_MAGIC = "painkb-patterns"
_FORMAT = 1
_MOST = 4_096  # patterns kept at most: those the saving process used come first


class _Entry(NamedTuple):
    flags: int  # as the pattern reports them (the given ones and any inline)
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]
    start: int  # where its code lies in the stored numbers
    length: int


class _Code(NamedTuple):
    flags: int
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]
    code: list[int]


class PatternStore:
    """Patterns compiled from the code stored in ``path`` (read on first use); None keeps
    nothing. Safe to share between threads."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, int], _Entry] | None = None
        self._numbers = array.array("I")
        self._used: dict[tuple[str, int], None] = {}  # in the order first asked
        self.missed = False  # a pattern was compiled that the file did not hold

    def __len__(self) -> int:
        return len(self._read())

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``, made from the stored code when there is some."""
        key = (source, int(flags))
        entry = (self._entries if self._entries is not None else self._read()).get(key)
        self._used[key] = None
        if entry is not None and _sre is not None:
            code = self._numbers[entry.start : entry.start + entry.length].tolist()
            try:
                made: re.Pattern[str] = _sre.compile(
                    source, entry.flags, code, entry.groups, entry.groupindex, entry.indexgroup
                )
                return made
            except (TypeError, ValueError, RuntimeError):  # pragma: no cover - checked when stored
                pass
        self.missed = True
        return re.compile(source, flags)

    def save(self) -> bool:
        """Store the code of every pattern compiled here, with those stored before (a few
        thousand at most), when one was not stored yet; whether the file was written."""
        if self.path is None or not self.missed or not _usable():
            return False
        entries = self._read()
        header: list[list[Any]] = []
        numbers = array.array("I")
        for source, flags in list(dict.fromkeys([*self._used, *entries]))[:_MOST]:
            entry = entries.get((source, flags))
            if entry is not None:
                code = self._numbers[entry.start : entry.start + entry.length].tolist()
                found: _Code | None = _Code(
                    entry.flags, entry.groups, entry.groupindex, entry.indexgroup, code
                )
            else:
                found = _code_of(source, flags)
            if found is None:
                continue
            row = [source, flags, found.flags, found.groups, found.groupindex, list(found.indexgroup)]
            header.append([*row, len(numbers), len(found.code)])
            try:
                numbers.extend(found.code)
            except OverflowError:  # pragma: no cover - a code wider than the array
                return False
        head = {"magic": _MAGIC, "format": _FORMAT, "python": _interpreter(), "patterns": header}
        from painkb import snapshot

        return snapshot.store(
            self.path, json.dumps(head, separators=(",", ":")).encode() + b"\n" + numbers.tobytes()
        )

    def _read(self) -> dict[tuple[str, int], _Entry]:
        with self._lock:
            if self._entries is None:
                self._entries, self._numbers = (
                    _read(self.path) if self.path is not None else ({}, self._numbers)
                )
            return self._entries


def _read(path: Path) -> tuple[dict[tuple[str, int], _Entry], array.array[int]]:
    """The patterns stored in ``path`` for this interpreter, and their code; none when the
    file is missing, unreadable or made for another."""
    found: dict[tuple[str, int], _Entry] = {}
    numbers = array.array("I")
    if not _usable():
        return found, numbers
    try:
        data = path.read_bytes()
        end = data.index(b"\n")
        head = json.loads(data[:end])
        if (
            head.get("magic") != _MAGIC
            or head.get("format") != _FORMAT
            or head.get("python") != _interpreter()
        ):
            return found, numbers
        numbers.frombytes(memoryview(data)[end + 1 :])
        for source, flags, their, groups, groupindex, indexgroup, start, length in head["patterns"]:
            if not (isinstance(source, str) and type(flags) is type(start) is type(length) is int):
                raise TypeError("a pattern's fields")
            if not 0 <= start <= start + length <= len(numbers):
                raise ValueError("a pattern's code lies outside the file")
            found[source, flags] = _Entry(their, groups, dict(groupindex), tuple(indexgroup), start, length)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}, array.array("I")
    return found, numbers


def _code_of(source: str, flags: int) -> _Code | None:
    """What ``re.compile`` hands the engine for this pattern, when the engine makes from it
    a pattern equal to ``re.compile``'s (same flags, same code); else None."""
    try:
        if sys.version_info >= (3, 11):
            from re import _compiler, _parser  # type: ignore[attr-defined]
        else:  # pragma: no cover - Python 3.10
            import sre_compile as _compiler
            import sre_parse as _parser
        parsed = _parser.parse(source, flags)
        code = list(getattr(_compiler, "_code")(parsed, flags))  # noqa: B009 - private
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        found = _Code(
            flags | parsed.state.flags, parsed.state.groups - 1, groupindex, tuple(indexgroup), code
        )
        made = _sre.compile(source, found.flags, code, found.groups, groupindex, found.indexgroup)
        if made != re.compile(source, flags):
            return None
    except Exception:
        return None
    return found


def _usable() -> bool:
    """Whether this interpreter's engine takes code as this module stores it."""
    return _sre is not None and array.array("I").itemsize == getattr(_sre, "CODESIZE", 0)


@functools.cache
def _interpreter() -> str:
    """What stored code is right for: this Python build and its engine."""
    engine = [getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), getattr(_sre, "MAXREPEAT", None)]
    return json.dumps([sys.implementation.name, sys.version, sys.implementation.cache_tag, engine])


_default: PatternStore | None = None
_default_lock = threading.Lock()


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the store in painkb's cache folder when it holds
    the pattern; a pattern it did not hold is stored when the process exits."""
    return (_default or _the_default()).compile(source, flags)


def _the_default() -> PatternStore:
    global _default
    with _default_lock:
        if _default is None:
            from hashlib import sha256

            from painkb import snapshot

            name = f"patterns-{sha256(_interpreter().encode()).hexdigest()[:16]}.bin"
            _default = PatternStore(snapshot.cache_dir() / name if snapshot.enabled() and _usable() else None)
            if _default.path is not None:
                atexit.register(_default.save)  # (writes only after a miss)
        return _default
