"""Snapshots of validated knowledge bases, so loading unchanged data skips parsing.

After :func:`painkb.load` has parsed and validated a set of data files, it stores the
result in the user's cache folder (``platformdirs.user_cache_dir("painkb")``, or
``$PAINKB_CACHE_DIR``). The next load of the same files reads the snapshot instead.

**When a snapshot is used.** Its key must match: the snapshot format number, the painkb
version, the Python version, a fingerprint of painkb's own modules (so editing painkb
invalidates it), and the SHA-256 of every data file's name and contents, in order.
Anything else (another version, a changed or added file, a corrupt, truncated or
foreign file) is ignored, the data is loaded and validated as usual, and the snapshot
is written again. Writing goes to a temporary file renamed into place, so a reader
never sees half a snapshot; a failed write (read-only or full disk) is ignored.

**Reading never executes code.** A snapshot is JSON: a header line (magic, format, key,
the SHA-256 of the body, and the painkb model classes and fields it uses) and a body of
tagged lists. Classes are looked up by name among :mod:`painkb.model`'s own, and their
fields must be exactly today's; nothing is unpickled or imported from the file.

**Size.** A snapshot is about as large as the data files; there is one per set of file
names (and order), overwritten when they or painkb change.

**Opting out.** ``painkb.load(..., cache=False)``, or ``PAINKB_NO_CACHE=1`` in the
environment.
"""

from __future__ import annotations

import enum
import gc
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from painkb import model
from painkb._version import __version__
from painkb.documents import Document
from painkb.kb import KnowledgeBase

__all__ = ["FORMAT", "cache_dir", "enabled", "read", "snapshot_path", "write"]

#: Bumped whenever the layout of a snapshot changes.
FORMAT = 3
_MAGIC = "painkb-snapshot"
_HEADER_LIMIT = 1 << 16
_setattr = object.__setattr__
_INTERNED_FIELDS = frozenset({"id", "source", "subject", "relation", "target"})
intern = sys.intern  # frozen attrs classes refuse their own setattr

# Tags of the body's lists: ["t", items...] a tuple, ["o", class, fields...] a model
# object, ["e", class, value] an enum member, ["r", index] the index-th object of the
# table of shared objects (nested model objects such as citations, stored once and
# shared when restored). Every list is tagged, so none is ambiguous. The body is four
# JSON lines: the table, the entities, the sources, the links (read one at a time, so
# only one line's parsed JSON is held beside the restored objects).


def enabled() -> bool:
    """False when ``PAINKB_NO_CACHE`` is set to anything but ``""`` or ``"0"``."""
    return os.environ.get("PAINKB_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path:
    """Where snapshots live: ``$PAINKB_CACHE_DIR``, else the user cache folder."""
    override = os.environ.get("PAINKB_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("painkb", appauthor=False))


def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _key(documents: Sequence[Document]) -> str:
    digest = hashlib.sha256()
    head = [FORMAT, __version__, sys.version, sys.implementation.cache_tag, _code_fingerprint()]
    digest.update(json.dumps(head).encode())
    for document in documents:
        digest.update(hashlib.sha256(document.name.encode("utf-8", "surrogatepass")).digest())
        digest.update(hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def snapshot_path(documents: Sequence[Document]) -> Path:
    """The snapshot file for these documents (named after their names, not contents)."""
    names = "\0".join(d.name for d in documents).encode("utf-8", "surrogatepass")
    return cache_dir() / f"kb-{hashlib.sha256(names).hexdigest()[:32]}.json"


# -- writing ------------------------------------------------------------------------------


class _Encoder:
    def __init__(self) -> None:
        self.classes: dict[type[Any], int] = {}
        self.shared: dict[Any, int] = {}
        self.table: list[Any] = []

    def _class(self, cls: type[Any]) -> int:
        if getattr(model, cls.__name__, None) is not cls:
            raise TypeError(f"{cls.__name__} is not a painkb model class")
        return self.classes.setdefault(cls, len(self.classes))

    def encode_shared(self, value: Any) -> Any:
        """A nested model object (a citation): stored once in the table, then referred to."""
        if not attrs.has(type(value)):
            return self.encode(value)
        index = self.shared.get(value)
        if index is None:
            encoded = self.encode(value)
            index = self.shared[value] = len(self.table)
            self.table.append(encoded)
        return ["r", index]

    def encode(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, enum.Enum):
            return ["e", self._class(type(value)), value.value]
        if isinstance(value, str):
            return value
        if isinstance(value, tuple):
            return ["t", *map(self.encode_shared, value)]
        cls = type(value)
        if attrs.has(cls):
            fields = [self.encode_shared(getattr(value, f.name)) for f in attrs.fields(cls)]
            return ["o", self._class(cls), *fields]
        raise TypeError(f"cannot snapshot a {cls.__name__}")

    def header_classes(self) -> list[list[Any]]:
        ordered = sorted(self.classes, key=self.classes.__getitem__)
        return [
            [cls.__name__, [f.name for f in attrs.fields(cls)] if attrs.has(cls) else None] for cls in ordered
        ]


def write(documents: Sequence[Document], kb: KnowledgeBase) -> Path | None:
    """Store ``kb`` as the snapshot of ``documents``; the path, or None if it failed."""
    try:
        encoder = _Encoder()
        parts = [
            [encoder.encode(e) for e in kb],
            [encoder.encode(s) for s in kb.sources.values()],
            [encoder.encode(link) for link in kb.links],
        ]
        body = b"\n".join(
            json.dumps(part, separators=(",", ":")).encode("ascii") for part in (encoder.table, *parts)
        )
        header = {
            "magic": _MAGIC,
            "format": FORMAT,
            "key": _key(documents),
            "sha256": hashlib.sha256(body).hexdigest(),
            "classes": encoder.header_classes(),
        }
        path = snapshot_path(documents)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(json.dumps(header).encode() + b"\n" + body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path
    except (OSError, TypeError, ValueError):
        return None


# -- reading ------------------------------------------------------------------------------


def _resolve(name: str, fields: list[str] | None) -> type[Any]:
    cls = getattr(model, name, None)
    if name not in model.__all__ or not isinstance(cls, type):
        raise ValueError(f"unknown class {name!r}")
    if fields is None:
        if not issubclass(cls, enum.Enum):
            raise ValueError(f"{name} is not an enum")
    elif not attrs.has(cls) or [f.name for f in attrs.fields(cls)] != fields:
        raise ValueError(f"the fields of {name} have changed")
    return cls


def _decoder(classes: list[type[Any]], shared: list[Any]) -> Callable[[Any], Any]:
    makers: list[Callable[[list[Any]], Any]] = []
    for cls in classes:
        if issubclass(cls, enum.Enum):

            def member(item: list[Any], cls: type[Any] = cls) -> Any:
                return cls(item[2])

            makers.append(member)
        else:
            names = tuple(f.name for f in attrs.fields(cls))
            interned = tuple(i for i, name in enumerate(names) if name in _INTERNED_FIELDS)

            def make(
                item: list[Any],
                cls: type[Any] = cls,
                names: tuple[str, ...] = names,
                interned: tuple[int, ...] = interned,
            ) -> Any:
                values = item[2:]
                if len(values) != len(names):
                    raise ValueError(f"{cls.__name__} needs {len(names)} fields")
                for index in interned:  # ids: one string for all their uses
                    value = values[index]
                    if type(value) is str:
                        values[index] = intern(value)
                obj = object.__new__(cls)
                for name, value in zip(names, values, strict=True):
                    _setattr(obj, name, decode(value) if type(value) is list else value)
                return obj

            makers.append(make)

    def decode(item: list[Any]) -> Any:
        tag = item[0]
        if tag == "t":
            return tuple([decode(v) if type(v) is list else v for v in item[1:]])
        index = item[1]
        if type(index) is not int or index < 0:
            raise ValueError(f"bad index {index!r}")
        if tag == "r":
            return shared[index]
        if tag == "o" or tag == "e":
            return makers[index](item)
        raise ValueError(f"unknown tag {tag!r}")

    return decode


def read(documents: Sequence[Document]) -> KnowledgeBase | None:
    """The knowledge base stored for ``documents``, or None if there is no valid snapshot."""
    try:
        data = snapshot_path(documents).read_bytes()
    except OSError:
        return None
    try:
        cut = data.find(b"\n", 0, _HEADER_LIMIT)
        if cut < 0:
            return None
        header = json.loads(data[:cut])
        body = data[cut + 1 :]
        if not (
            isinstance(header, dict)
            and header.get("magic") == _MAGIC
            and header.get("format") == FORMAT
            and header.get("key") == _key(documents)
            and header.get("sha256") == hashlib.sha256(body).hexdigest()
        ):
            return None
        classes = [_resolve(name, fields) for name, fields in header["classes"]]
        paused = gc.isenabled()
        gc.disable()  # many small objects and no cycles: collections only cost time
        try:
            lines = body.split(b"\n")
            del data, body
            if len(lines) != 4:
                return None
            shared: list[Any] = []
            decode = _decoder(classes, shared)
            parts: list[list[Any]] = []
            for index in range(4):
                items = json.loads(lines[index])
                lines[index] = b""
                if index == 0:
                    for item in items:  # each refers only to those before it
                        shared.append(decode(item))
                else:
                    parts.append([decode(item) for item in items])
                del items
            kb = KnowledgeBase(*parts)
        finally:
            if paused:
                gc.enable()
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return None
    if not (
        all(isinstance(e, model.Entity) for e in kb)
        and all(isinstance(s, model.Source) for s in kb.sources.values())
        and all(isinstance(k, model.Link) for k in kb.links)
    ):
        return None
    return kb
