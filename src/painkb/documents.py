"""Data files as text: finding them, reading them, and locating entries by line.

The loader works on :class:`Document` objects, so bundled files (read through
importlib.resources, which works from a wheel or a zip) and files on disk go through the
same checks.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import attrs

from painkb.errors import DataError, Problem

__all__ = ["BUNDLED_PREFIX", "Document", "bundled_documents", "read_documents"]

BUNDLED_PREFIX = "<bundled>/"
# Strings first (a "#" inside one is text), then comments; TOML is parsed before this runs.
_STRING_OR_COMMENT = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|'
    r"'''(?:[^']|'(?!''))*'''|"
    r'"(?:[^"\\\n]|\\.)*"|'
    r"'[^'\n]*'|"
    r"#[^\n]*",
    re.DOTALL,
)
_ID_LINE = re.compile(r'^[ \t]*id[ \t]*=[ \t]*"([^"]*)"', re.MULTILINE)

PathLike = str | os.PathLike[str]


@attrs.frozen
class Document:
    """One data file: the name errors use for it, and its text."""

    name: str
    text: str

    def line_of(self, entry: str) -> int | None:
        """The 1-based line of ``id = "<entry>"`` in this document, if there is one."""
        return self.id_lines().get(entry)

    def id_lines(self) -> dict[str, int]:
        """The 1-based line of the first ``id = "..."`` of each id, found in one pass.

        >>> text = "\\n".join(['id = "a"', "name = 'A'", 'id = "b"', 'id = "a"'])
        >>> Document("demo.toml", text).id_lines()
        {'a': 1, 'b': 3}
        """
        return {entry: lines[0] for entry, lines in self.all_id_lines().items()}

    def all_id_lines(self) -> dict[str, list[int]]:
        """Every line with ``id = "..."``, per id, in file order (duplicates included).

        >>> text = "\\n".join(['id = "a"', "name = 'A'", 'id = "b"', 'id = "a"'])
        >>> Document("demo.toml", text).all_id_lines()
        {'a': [1, 4], 'b': [3]}
        """
        lines: dict[str, list[int]] = {}
        line, counted = 1, 0
        for match in _ID_LINE.finditer(self.text):
            line += self.text.count("\n", counted, match.start())
            counted = match.start()
            lines.setdefault(match.group(1), []).append(line)
        return lines

    def comment_lines(self) -> list[int]:
        """The 1-based line of every TOML comment (a ``#`` outside strings), in order.

        >>> text = "\\n".join(['# header', 'id = "a#b"  # trailing', "q = \'#\'"])
        >>> Document("demo.toml", text).comment_lines()
        [1, 2]
        """
        lines: list[int] = []
        line, counted = 1, 0
        for match in _STRING_OR_COMMENT.finditer(self.text):
            if match.group().startswith("#"):
                line += self.text.count("\n", counted, match.start())
                counted = match.start()
                lines.append(line)
        return lines

    def subtable_lines(self, header: str) -> dict[int, list[int]]:
        """Lines of each ``[[header]]`` table, grouped by the ``id =`` line they follow.

        One pass over the file; used to point at one link (``[[muscle.link]]``) of an
        entry rather than at the entry.

        >>> text = "\\n".join(['[[muscle]]', 'id = "a"', '[[muscle.link]]', '[[muscle.link]]'])
        >>> Document("demo.toml", text).subtable_lines("muscle.link")
        {2: [3, 4]}
        """
        wanted = f"[[{header}]]"
        found: dict[int, list[int]] = {}
        entry_line = 0
        for number, line in enumerate(self.text.splitlines(), 1):
            stripped = line.strip()
            if stripped == wanted:
                found.setdefault(entry_line, []).append(number)
            elif _ID_LINE.match(line):
                entry_line = number
        found.pop(0, None)
        return found


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
