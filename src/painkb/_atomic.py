"""Atomic file writes: a reader sees the old file or the whole new one, never a part.

Every file painkb writes (``painkb fmt``, the exports, body maps, `painkb.dump`)
goes through `atomic_open`: the text is written to a temporary file in the same
folder, flushed and fsynced, then renamed over the target with `os.replace`
(atomic on POSIX and Windows). If anything fails on the way (a full disk, an exception
while producing the text, a kill), the temporary file is removed and the target is
left exactly as it was.

>>> import pathlib, tempfile
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> write_text(target, "all of it\\n")
>>> target.read_text()
'all of it\\n'
>>> with atomic_open(target) as handle:
...     _ = handle.write("half")
...     raise RuntimeError("failed half way")
Traceback (most recent call last):
...
RuntimeError: failed half way
>>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
('all of it\\n', ['out.txt'])
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_open", "atomic_open_binary", "write_bytes", "write_many", "write_text"]

PathLike = str | os.PathLike[str]


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the platform allows opening a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


def _target(path: PathLike) -> Path:
    """Where the bytes go: a symlink is written through (its target replaced), not replaced."""
    target = Path(path)
    return target.resolve() if target.is_symlink() else target


def _create_temp(target: Path) -> tuple[int, Path]:
    """A new empty file next to ``target``, with ``target``'s permissions if it exists.

    Created with mode 0o666 so the umask applies as for a plain ``open`` (``mkstemp``
    would make it 0o600, and reading the umask means changing it, which threads share).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = target.parent / f".{target.name}.{os.urandom(6).hex()}.tmp"
        try:
            fd = os.open(temp, flags, 0o666)
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
        try:
            os.chmod(temp, target.stat().st_mode & 0o7777)
        except FileNotFoundError:
            pass
        except BaseException:  # pragma: no cover - a folder that lets us create but not chmod
            os.close(fd)
            temp.unlink()
            raise
        return fd, temp
    raise FileExistsError(f"cannot create a temporary file next to {target}")  # pragma: no cover


def atomic_open(path: PathLike) -> contextlib.AbstractContextManager[IO[str]]:
    """Open a temporary text file next to ``path``; on a clean exit it replaces ``path``.

    The file is UTF-8 and line endings are kept as written. A new file gets the
    permissions a plain ``open`` would give it; an existing file keeps its permissions.
    A symlink is written through: the file it points to is replaced, the link stays.
    """
    return _atomic(_target(path), "w")  # type: ignore[return-value]


def atomic_open_binary(path: PathLike) -> contextlib.AbstractContextManager[IO[bytes]]:
    """`atomic_open` for bytes."""
    return _atomic(_target(path), "wb")  # type: ignore[return-value]


@contextlib.contextmanager
def _atomic(target: Path, mode: str) -> Iterator[IO[str] | IO[bytes]]:
    fd, temp = _create_temp(target)
    try:
        if mode == "wb":
            handle: IO[str] | IO[bytes] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(target.parent)


def write_text(path: PathLike, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, atomically (line endings as given)."""
    with atomic_open(path) as handle:
        handle.write(text)


def write_bytes(path: PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_open_binary(path) as handle:
        handle.write(data)


def write_many(files: Iterable[tuple[PathLike, str]]) -> None:
    """Write several text files as one: every file is written and fsynced before any is
    renamed into place, so a failure while writing leaves all of them as they were."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, text in files:
            target = _target(path)
            fd, temp = _create_temp(target)
            written.append((temp, target))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        for temp, _ in written:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
    for index, (temp, target) in enumerate(written):
        try:
            os.replace(temp, target)
        except BaseException:  # pragma: no cover - a rename in one folder does not fail
            for left, _ in written[index:]:
                with contextlib.suppress(OSError):
                    left.unlink()
            raise
    for folder in {target.parent for _, target in written}:
        _fsync_folder(folder)
