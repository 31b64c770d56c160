"""Atomic file writes: a reader sees the old file or the whole new one, never a part.

Every file painkb writes (``painkb fmt``, the exports, body maps, :func:`painkb.dump`)
goes through :func:`atomic_open`: the text is written to a temporary file in the same
folder, flushed and fsynced, then renamed over the target with :func:`os.replace`
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
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_open", "atomic_open_binary", "write_bytes", "write_text"]

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


def atomic_open(path: PathLike) -> contextlib.AbstractContextManager[IO[str]]:
    """Open a temporary text file next to ``path``; on a clean exit it replaces ``path``.

    The file is UTF-8 and line endings are kept as written. A new file gets the
    permissions a plain ``open`` would give it; an existing file keeps its permissions.
    """
    return _atomic(Path(path), "w")  # type: ignore[return-value]


def atomic_open_binary(path: PathLike) -> contextlib.AbstractContextManager[IO[bytes]]:
    """:func:`atomic_open` for bytes."""
    return _atomic(Path(path), "wb")  # type: ignore[return-value]


@contextlib.contextmanager
def _atomic(target: Path, mode: str) -> Iterator[IO[str] | IO[bytes]]:
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        try:
            os.chmod(temp, target.stat().st_mode & 0o7777)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
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
    _fsync_folder(folder)


def write_text(path: PathLike, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, atomically (line endings as given)."""
    with atomic_open(path) as handle:
        handle.write(text)


def write_bytes(path: PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_open_binary(path) as handle:
        handle.write(data)
