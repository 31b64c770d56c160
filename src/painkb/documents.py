"""Data files as text: finding them, reading them, and locating entries by line.

The loader works on :class:`Document` objects, so bundled files (read through
importlib.resources, which works from a wheel or a zip) and files on disk go through the
same checks.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import attrs

from painkb.errors import DataError, Problem

__all__ = ["BUNDLED_PREFIX", "Document", "bundled_documents", "read_documents"]

BUNDLED_PREFIX = "<bundled>/"
_ID_LINE = re.compile(r'^\s*id\s*=\s*"([^"]*)"', re.MULTILINE)

PathLike = str | os.PathLike[str]


@attrs.frozen
class Document:
    """One data file: the name errors use for it, and its text."""

    name: str
    text: str

    def line_of(self, entry: str) -> int | None:
        """The 1-based line of ``id = "<entry>"`` in this document, if there is one."""
        return _id_lines(self.text).get(entry)


@functools.lru_cache(maxsize=16)
def _id_lines(text: str) -> dict[str, int]:
    """Every ``id = "..."`` in ``text`` and its first line, found in one pass.

    The loader asks for the line of every entry; scanning the text each time made a
    file of 20,000 entries take minutes.
    """
    lines: dict[str, int] = {}
    line, position = 1, 0
    for match in _ID_LINE.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def bundled_documents() -> tuple[Document, ...]:
    """The data files that ship inside the package, sorted by name."""
    folder = resources.files("painkb") / "data"
    return tuple(
        Document(BUNDLED_PREFIX + item.name, item.read_text(encoding="utf-8"))
        for item in sorted(folder.iterdir(), key=lambda item: item.name)
        if item.name.endswith(".toml")
    )


def _decode(name: str, data: bytes) -> Document | Problem:
    try:
        return Document(name, data.decode("utf-8"))
    except UnicodeDecodeError as error:
        return Problem(name, "", "", f"is not UTF-8 text ({error.reason} at byte {error.start})")


def read_documents(paths: Iterable[PathLike]) -> tuple[Document, ...]:
    """Read every ``*.toml`` file under each path (a file or a folder), sorted per folder.

    Raises:
        DataError: a path does not exist, holds no data file, or a file is not UTF-8 text.
    """
    documents: list[Document] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.toml") if p.is_file())
            if not files:
                problems.append(Problem(str(path), "", "", "holds no *.toml data file"))
        elif path.is_file():
            files = [path]
        else:
            problems.append(Problem(str(path), "", "", "no such file or folder"))
            continue
        for file in files:
            read = _decode(str(file), file.read_bytes())
            if isinstance(read, Problem):
                problems.append(read)
            else:
                documents.append(read)
    if problems:
        raise DataError(problems)
    return tuple(documents)
