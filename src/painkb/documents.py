"""Data files as text: finding them, reading them, and locating entries by line.

The loader works on `Document` objects, so bundled files (read from the package's
folder, or through importlib.resources when painkb is not in one, as in a zip) and files
on disk go through the same checks.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

import attrs

from painkb.errors import DataError, Problem

__all__ = ["BUNDLED_PREFIX", "Document", "Encoded", "bundled_documents", "read_documents", "read_files"]

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
# id = "x", with the key bare or quoted and the value a basic or a literal string.
_ID_LINE = re.compile(
    r"""^[ \t]*(?:id|"id"|'id')[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')""", re.MULTILINE
)

PathLike = str | os.PathLike[str]


@attrs.frozen
class Document:
    """One data file: the name errors use for it, and its text.

    ``digest`` is the SHA-256 of the text's UTF-8 bytes when the document was read from
    them (so a snapshot's key need not encode the text again); it is not compared.
    """

    name: str
    text: str
    digest: bytes | None = attrs.field(default=None, eq=False, repr=False)

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
        inside = self._lines_inside_strings()
        line, counted = 1, 0
        for match in _ID_LINE.finditer(self.text):
            line += self.text.count("\n", counted, match.start())
            counted = match.start()
            if line not in inside:  # a decoy ``id = "x"`` in a multi-line string
                entry = match.group(1) if match.group(1) is not None else match.group(2)
                lines.setdefault(entry, []).append(line)
        return lines

    def _lines_inside_strings(self) -> set[int]:
        """Lines that begin inside a multi-line string (so hold no key, header or comment)."""
        inside: set[int] = set()
        line, counted = 1, 0
        for match in _STRING_OR_COMMENT.finditer(self.text):
            if not match.group().startswith(('"""', "'''")):
                continue
            line += self.text.count("\n", counted, match.start())
            counted = match.start()
            breaks = match.group().count("\n")
            inside.update(range(line + 1, line + breaks + 1))
        return inside

    def table_lines(self, header: str) -> list[int]:
        """The line of each ``[[header]]`` table in order: the n-th is the n-th entry's.

        Used for entries whose id cannot be found by line (a number, an escape).

        >>> Document("demo.toml", "[[region]]\\nid = 5\\n[[ region ]]  # two\\n").table_lines("region")
        [1, 3]
        """
        pattern = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(header)}[ \t]*\]\][ \t]*(?:#.*)?$")
        inside = self._lines_inside_strings()
        return [
            number
            for number, line in enumerate(self.text.split("\n"), 1)
            if number not in inside and pattern.match(line.rstrip("\r"))
        ]

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
        inside = self._lines_inside_strings()
        for number, line in enumerate(self.text.split("\n"), 1):
            stripped = line.strip()
            if number in inside:
                continue
            if stripped == wanted:
                found.setdefault(entry_line, []).append(number)
            elif _ID_LINE.match(line):
                entry_line = number
        found.pop(0, None)
        return found


@attrs.frozen
class Encoded:
    """One data file as read: its name, its bytes (known to be UTF-8) and their SHA-256.

    A load keeps its files so until something needs their text (the careful loader,
    after the fast path gave up): bytes take half the memory of the text or less, since
    a string holding one character past U+00FF takes two or four bytes for each.
    """

    name: str
    data: bytes = attrs.field(repr=False)
    digest: bytes = attrs.field(repr=False)

    def document(self) -> Document:
        """The file as a `Document` (its text decoded)."""
        return Document(self.name, self.data.decode("utf-8"), self.digest)


def _bundled_files() -> list[tuple[str, bytes]]:
    """(name, bytes) of each bundled ``*.toml`` file, from the package's folder (importlib.resources,
    imported only then, when painkb is not installed as files, as in a zip)."""
    folder = Path(__file__).parent / "data"
    if folder.is_dir():
        return [(path.name, path.read_bytes()) for path in folder.iterdir() if path.name.endswith(".toml")]
    from importlib import resources

    found = resources.files("painkb") / "data"
    return [(item.name, item.read_bytes()) for item in found.iterdir() if item.name.endswith(".toml")]


def bundled_documents() -> tuple[Document, ...]:
    """The data files that ship inside the package, sorted by name."""
    return tuple(
        Document(BUNDLED_PREFIX + name, data.decode("utf-8"), hashlib.sha256(data).digest())
        for name, data in sorted(_bundled_files())
    )


def _decode(name: str, data: bytes) -> Encoded | Problem:
    try:
        if not data.isascii():
            data.decode("utf-8")  # checked here, decoded when needed
    except UnicodeDecodeError as error:
        return Problem(name, "", "", f"is not UTF-8 text ({error.reason} at byte {error.start})")
    return Encoded(name, data, hashlib.sha256(data).digest())


def _read_bytes(path: Path) -> bytes:
    return path.read_bytes()


def _why(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _unreachable(path: Path, error: OSError) -> Problem:
    """The problem with an entry that cannot be followed (``stat`` failed)."""
    if path.is_symlink():
        if error.errno == errno.ELOOP:
            return Problem(str(path), "", "", "is a symlink loop (it leads back to itself)")
        try:
            target = os.readlink(path)
        except OSError:  # pragma: no cover - it was a link a moment ago
            target = "?"
        return Problem(str(path), "", "", f"is a broken symlink (to {target}); remove it or fix it")
    return Problem(str(path), "", "", f"cannot be read ({_why(error)})")


def _not_regular(path: Path) -> Problem:
    return Problem(
        str(path), "", "", "is not a regular file (a FIFO, socket or device); a data file must be one"
    )


class _Walk:
    """The ``*.toml`` files under one folder, and a problem for everything that cannot be read.

    Symlinks, to files and to folders, are followed. A folder is read once: a link to a
    folder already being read (a loop) or already read (a second way in) is a problem.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.files: list[Path] = []
        self.seen: dict[tuple[int, int], Path] = {}

    def folder(self, folder: Path, ancestors: dict[tuple[int, int], Path]) -> None:
        try:
            with os.scandir(folder) as scan:
                entries = sorted(Path(entry.path) for entry in scan)
        except OSError as error:
            self.problems.append(Problem(str(folder), "", "", f"cannot be read ({_why(error)})"))
            return
        for path in entries:
            try:
                info = path.stat()
            except OSError as error:
                self.problems.append(_unreachable(path, error))
                continue
            if stat.S_ISDIR(info.st_mode):
                self.enter(path, info, ancestors)
            elif path.name.endswith(".toml"):
                if stat.S_ISREG(info.st_mode):
                    self.files.append(path)
                else:
                    self.problems.append(_not_regular(path))

    def enter(self, folder: Path, info: os.stat_result, ancestors: dict[tuple[int, int], Path]) -> None:
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            message = f"is a symlink loop: it leads back to {ancestors[key]}"
            self.problems.append(Problem(str(folder), "", "", message))
        elif key in self.seen:
            message = f"leads to {self.seen[key]}, which is read already; link to a folder once"
            self.problems.append(Problem(str(folder), "", "", message))
        else:
            self.seen[key] = folder
            self.folder(folder, {**ancestors, key: folder})


def read_documents(paths: Iterable[PathLike]) -> tuple[Document, ...]:
    """Read every ``*.toml`` file under each path (a file or a folder), sorted per folder.

    What `read_files` reads, and raises, as documents.
    """
    return tuple(file.document() for file in read_files(paths))


def read_files(paths: Iterable[PathLike]) -> tuple[Encoded, ...]:
    """Read every ``*.toml`` file under each path (a file or a folder), sorted per folder.

    All or nothing: every ``*.toml`` entry and every sub-folder under a folder is either
    read or reported. Symlinks to files and to folders are followed; a broken symlink
    (whatever its name), a symlink loop, a second link to a folder already read, a
    ``*.toml`` entry that is not a regular file (a FIFO, a socket), and a file or folder
    that cannot be read are each a problem. Other files (``README.md``) are not data and
    are left alone.

    Raises:
        DataError: listing every problem: a path does not exist, holds no data file, an
            entry cannot be read as above, or a file is not UTF-8 text.
    """
    documents: list[Encoded] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        try:
            info = path.stat()
        except OSError as error:
            if path.is_symlink():
                problems.append(_unreachable(path, error))
            elif isinstance(error, FileNotFoundError):
                problems.append(Problem(str(path), "", "", "no such file or folder"))
            else:
                problems.append(Problem(str(path), "", "", f"cannot be read ({_why(error)})"))
            continue
        if stat.S_ISDIR(info.st_mode):
            before = len(problems)
            walk = _Walk(problems)
            walk.enter(path, info, {})
            files = sorted(walk.files)
            if not files and len(problems) == before:
                problems.append(Problem(str(path), "", "", "holds no *.toml data file"))
        elif stat.S_ISREG(info.st_mode):
            files = [path]
        else:
            problems.append(_not_regular(path))
            continue
        for file in files:
            try:
                data = _read_bytes(file)
            except OSError as error:
                problems.append(Problem(str(file), "", "", f"cannot be read ({_why(error)})"))
                continue
            read = _decode(str(file), data)
            if isinstance(read, Problem):
                problems.append(read)
            else:
                documents.append(read)
    if problems:
        raise DataError(problems)
    return tuple(documents)
