"""Snapshots of validated knowledge bases, so loading unchanged data skips parsing.

After `painkb.load` has parsed and validated a set of data files, it stores the
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
tagged lists. Classes are looked up by name among `painkb.model`'s own, and their
fields must be exactly today's; nothing is unpickled or imported from the file.

**Size.** A snapshot is at most about as large as the data files (each id and string
is stored once); there is one per set of file names (and order), overwritten when they
or painkb change.

**Opting out.** ``painkb.load(..., cache=False)``, or ``PAINKB_NO_CACHE=1`` in the
environment.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import MemberDescriptorType
from typing import Any

import attrs

from painkb import model
from painkb._gc import gc_paused
from painkb._version import __version__
from painkb.documents import Document, Encoded
from painkb.kb import KnowledgeBase

__all__ = ["FORMAT", "cache_dir", "enabled", "read", "snapshot_path", "write"]

#: Bumped whenever the layout of a snapshot changes.
FORMAT = 6
_MAGIC = "painkb-snapshot"
_HEADER_LIMIT = 1 << 16
_INTERNED_FIELDS = frozenset({"id", "source", "subject", "relation", "target"})
intern = sys.intern

# The body is four JSON lines: the tables ([ids, texts, citations]: every id and relation
# name stored once, every other string once, and every citation once, each shared when
# restored), the entities, the sources, the links (read one at a time, so only one
# line's parsed JSON is held beside the restored objects). Objects come in groups of one
# class, [class index, [object, ...]], each object the list of its field values; what a
# value is follows from the type of its field in today's class (whose field names the
# header must match): an id (or a source, subject, relation or target) as its index in
# the table of ids, another string as its index in the table of texts, a tuple of
# strings as a list of such indexes, a boolean as is, an enum member as its value, a
# tuple of citations as a list of indexes into the table of citations, the qualifiers of
# a link as a list of [name, value].


def enabled() -> bool:
    """False when ``PAINKB_NO_CACHE`` is set to anything but ``""`` or ``"0"``."""
    return os.environ.get("PAINKB_NO_CACHE", "") in ("", "0")


def store(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` in the cache folder, atomically (its folder made when
    missing); whether it was written. A cache that cannot be written is no error."""
    try:
        from painkb._atomic import write_bytes  # only to write

        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, data)
        return True
    except OSError:
        return False


def cache_dir() -> Path:
    """Where snapshots live: ``$PAINKB_CACHE_DIR``, else the user cache folder."""
    override = os.environ.get("PAINKB_CACHE_DIR")
    if override:
        return Path(override)
    plain = _plain_cache_dir()
    if plain is not None:
        return Path(plain)
    import platformdirs

    return Path(platformdirs.user_cache_dir("painkb", appauthor=False))


def _plain_cache_dir() -> str | None:
    """``platformdirs.user_cache_dir("painkb", appauthor=False)`` where every version of
    platformdirs plainly says ``$XDG_CACHE_HOME/painkb`` or ``~/.cache/painkb``: Linux
    (not Android), an absolute ``$HOME``, and ``$XDG_CACHE_HOME`` unset, empty or an
    absolute path. None elsewhere, and platformdirs decides: importing it (and with it
    tempfile, shutil, bz2 and lzma) takes longer than reading a snapshot's header."""
    if (
        sys.platform != "linux"
        or hasattr(sys, "getandroidapilevel")
        or "ANDROID_DATA" in os.environ
        or "ANDROID_ROOT" in os.environ
    ):
        return None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg:
        return os.path.join(xdg, "painkb") if xdg.startswith("/") and xdg == xdg.strip() else None
    if not os.environ.get("HOME", "").startswith("/"):
        return None
    return os.path.join(os.path.expanduser("~/.cache"), "painkb")


@functools.cache
def code_fingerprint() -> str:
    """A digest of painkb's own code files (names, sizes, times): stored data built by
    other code is never trusted. Taken once per process, for the code it runs."""
    return _code_fingerprint()


def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    package = str(Path(__file__).resolve().parent)
    found = []
    for folder, folders, files in os.walk(package):
        folders[:] = [name for name in folders if name != "__pycache__"]
        where = os.path.relpath(folder, package)
        for name in files:
            if name.endswith(".py"):
                stat = os.stat(os.path.join(folder, name))
                relative = name if where == "." else f"{where}{os.sep}{name}"
                found.append((relative.split(os.sep), relative, stat.st_size, stat.st_mtime_ns))
    for _, relative, size, mtime in sorted(found):
        digest.update(f"{relative}\0{size}\0{mtime}\0".encode())
    return digest.hexdigest()


def _key(documents: Sequence[Document | Encoded]) -> str:
    digest = hashlib.sha256()
    head = [FORMAT, __version__, sys.version, sys.implementation.cache_tag, code_fingerprint()]
    digest.update(json.dumps(head).encode())
    for document in documents:
        digest.update(hashlib.sha256(document.name.encode("utf-8", "surrogatepass")).digest())
        digest.update(_text_digest(document))
    return digest.hexdigest()


def _text_digest(document: Document | Encoded) -> bytes:
    """The SHA-256 of the bytes the text was read from, hashed as they were read (of
    its UTF-8 for a document made in memory)."""
    if isinstance(document, Encoded):
        return document.digest
    if document.digest is not None:
        return document.digest
    return hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).digest()


def snapshot_path(documents: Sequence[Document | Encoded]) -> Path:
    """The snapshot file for these documents (named after their names, not contents)."""
    names = "\0".join(d.name for d in documents).encode("utf-8", "surrogatepass")
    return cache_dir() / f"kb-{hashlib.sha256(names).hexdigest()[:32]}.json"


# -- writing ------------------------------------------------------------------------------


@functools.cache
def _spelled() -> dict[str, Any]:
    """The types the model's annotations spell, by their text (the model module has
    ``from __future__ import annotations``, so an unresolved field's type is its text)."""
    found: dict[str, Any] = {
        "str": str,
        "bool": bool,
        "tuple[str, ...]": tuple[str, ...],
        "tuple[Citation, ...]": tuple[model.Citation, ...],
        "tuple[tuple[str, str], ...]": tuple[tuple[str, str], ...],
        "EvidenceLevel | None": model.EvidenceLevel | None,
    }
    for name in model.__all__:
        value = getattr(model, name)
        if isinstance(value, type) and issubclass(value, enum.Enum):
            found[name] = value
    return found


def _field_types(cls: type[Any]) -> list[Any]:
    """The type of each field of a model class: known from the text of its annotation
    when the model spells it one of the usual ways, else resolved by attrs (evaluating
    annotations costs about a millisecond for the model's classes)."""
    spelled = _spelled()
    types = [spelled.get(f.type, None) if isinstance(f.type, str) else f.type for f in attrs.fields(cls)]
    if any(t is None for t in types):
        attrs.resolve_types(cls, globalns=vars(model))
        types = [f.type for f in attrs.fields(cls)]
    return types


def _field_kinds(cls: type[Any]) -> list[tuple[str, str, type[Any] | None]]:
    """(name, how it is stored, enum class) for each field of a model class."""
    kinds: list[tuple[str, str, type[Any] | None]] = []
    for field, field_type in zip(attrs.fields(cls), _field_types(cls), strict=True):
        kind: str
        enum_cls: type[Any] | None = None
        if field_type is str:
            kind = "id" if field.name in _INTERNED_FIELDS else "str"
        elif field_type is bool:
            kind = "bool"
        elif field_type == tuple[str, ...]:
            kind = "strs"
        elif field_type == tuple[model.Citation, ...]:
            kind = "citations"
        elif field_type == tuple[tuple[str, str], ...]:
            kind = "pairs"
        elif isinstance(field_type, type) and issubclass(field_type, enum.Enum):
            kind, enum_cls = "enum", field_type
        elif field_type == (model.EvidenceLevel | None):
            kind, enum_cls = "enum?", model.EvidenceLevel
        else:
            raise TypeError(f"no snapshot form for {cls.__name__}.{field.name}: {field_type!r}")
        kinds.append((field.name, kind, enum_cls))
    return kinds


class _Encoder:
    def __init__(self) -> None:
        self.classes: dict[type[Any], int] = {}
        self.kinds: dict[type[Any], list[tuple[str, str, type[Any] | None]]] = {}
        self.shared: dict[Any, int] = {}
        self.table: list[Any] = []
        self.ids: dict[str, int] = {}
        self.texts: dict[str, int] = {}

    def _class(self, cls: type[Any]) -> int:
        if getattr(model, cls.__name__, None) is not cls or not attrs.has(cls):
            raise TypeError(f"{cls.__name__} is not a painkb model class")
        if cls not in self.kinds:
            self.kinds[cls] = _field_kinds(cls)
        return self.classes.setdefault(cls, len(self.classes))

    def citation(self, value: model.Citation) -> int:
        index = self.shared.get(value)
        if index is None:
            index = self.shared[value] = len(self.table)
            self.table.append(self.encode(value)[1])
        return index

    def encode(self, value: Any) -> tuple[int, list[Any]]:
        """The class index of ``value`` and its field values."""
        cls = type(value)
        index = self._class(cls)
        out: list[Any] = []
        for name, kind, _ in self.kinds[cls]:
            field = getattr(value, name)
            if kind == "id":
                out.append(self.ids.setdefault(field, len(self.ids)))
            elif kind == "str":
                out.append(self.texts.setdefault(field, len(self.texts)))
            elif kind == "bool":
                out.append(field)
            elif kind == "strs":
                out.append([self.texts.setdefault(text, len(self.texts)) for text in field])
            elif kind == "citations":
                out.append([self.citation(c) for c in field])
            elif kind == "pairs":
                out.append([list(pair) for pair in field])
            else:  # enum, enum?
                out.append(None if field is None else field.value)
        return index, out

    def groups(self, values: Iterable[Any]) -> list[list[Any]]:
        """``[[class index, [fields, ...]], ...]``: the values, one group per class."""
        grouped: dict[int, list[Any]] = {}
        for value in values:
            index, fields = self.encode(value)
            grouped.setdefault(index, []).append(fields)
        return [[index, items] for index, items in grouped.items()]

    def header_classes(self) -> list[list[Any]]:
        ordered = sorted(self.classes, key=self.classes.__getitem__)
        return [[cls.__name__, [f.name for f in attrs.fields(cls)]] for cls in ordered]


def write(documents: Sequence[Document | Encoded], kb: KnowledgeBase) -> Path | None:
    """Store ``kb`` as the snapshot of ``documents``; the path, or None if it failed."""
    try:
        encoder = _Encoder()
        parts = [encoder.groups(kb), encoder.groups(kb.sources.values()), encoder.groups(kb.links)]
        citations = [[encoder._class(model.Citation), encoder.table]] if encoder.table else []
        tables = [list(encoder.ids), list(encoder.texts), citations]
        body = b"\n".join(
            json.dumps(part, separators=(",", ":")).encode("ascii") for part in (tables, *parts)
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
        import tempfile  # only to write

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


def _resolve(name: str, fields: list[str]) -> type[Any]:
    cls = getattr(model, name, None)
    if name not in model.__all__ or not isinstance(cls, type) or not attrs.has(cls):
        raise ValueError(f"unknown class {name!r}")
    if [f.name for f in attrs.fields(cls)] != fields:
        raise ValueError(f"the fields of {name} have changed")
    return cls


def _maker(cls: type[Any], shared: list[Any], ids: list[str], texts: list[str]) -> Callable[[list[Any]], Any]:
    """A function restoring one ``cls`` object from its list, a few lines per field.

    Its source is made here from the names and types of the fields of painkb's own
    model class (checked against the header), never from the snapshot: reading one
    runs no code it holds. Knowing each field's type, it restores without tags or
    recursion, about twice as fast as a generic decoder; each field is set through its
    slot (what ``object.__setattr__`` would find by name).
    """
    namespace: dict[str, Any] = {
        "new": object.__new__,
        "cls": cls,
        "shared": shared,
        "ids": ids,
        "texts": texts,
        "str": str,
        "bool": bool,
        "list": list,
        "tuple": tuple,
        "type": type,
        "len": len,
        "min": min,
        "ValueError": ValueError,
    }
    kinds = _field_kinds(cls)
    lines = [
        "def make(item):",
        f"    if type(item) is not list or len(item) != {len(kinds)}:",
        f"        raise ValueError('{cls.__name__} needs {len(kinds)} fields')",
        "    obj = new(cls)",
    ]
    for index, (name, kind, enum_cls) in enumerate(kinds):
        if not name.isidentifier():  # pragma: no cover - attrs fields are names
            raise ValueError(f"{cls.__name__} has a field that is not a name")
        slot = getattr(cls, name, None)
        if type(slot) is not MemberDescriptorType:  # pragma: no cover - model classes have slots
            raise ValueError(f"{cls.__name__}.{name} is not a slot")
        put = f"set_{index}"
        namespace[put] = slot.__set__
        lines.append(f"    value = item[{index}]")
        if kind == "id":
            lines.append(f"    if type(value) is not int or value < 0: raise ValueError({name!r})")
            lines.append(f"    {put}(obj, ids[value])")
        elif kind == "str":
            lines.append(f"    if type(value) is not int or value < 0: raise ValueError({name!r})")
            lines.append(f"    {put}(obj, texts[value])")
        elif kind == "bool":
            lines.append(f"    if type(value) is not bool: raise ValueError({name!r})")
            lines.append(f"    {put}(obj, value)")
        elif kind == "strs":
            lines.append(
                f"    if type(value) is not list or (value and min(value) < 0): raise ValueError({name!r})"
            )
            lines.append(f"    {put}(obj, tuple([texts[i] for i in value]))")
        elif kind == "citations":
            lines.append(
                f"    if type(value) is not list or (value and min(value) < 0): raise ValueError({name!r})"
            )
            lines.append(f"    {put}(obj, tuple([shared[i] for i in value]))")
        elif kind == "pairs":
            lines.append(f"    {put}(obj, tuple([(k, v) for k, v in value]))")
        else:
            assert enum_cls is not None
            members = f"members_{index}"
            namespace[members] = {member.value: member for member in enum_cls}
            if kind == "enum?":
                lines.append(f"    {put}(obj, None if value is None else {members}[value])")
            else:
                lines.append(f"    {put}(obj, {members}[value])")
    lines.append("    return obj")
    exec("\n".join(lines), namespace)  # our own field names and types, not the file's
    return namespace["make"]  # type: ignore[no-any-return]


def _restore(groups: Any, makers: list[Callable[[list[Any]], Any]]) -> list[Any]:
    """The objects of ``[[class index, [fields, ...]], ...]``, group after group."""
    if type(groups) is not list:
        raise ValueError("not a list")
    out: list[Any] = []
    for group in groups:
        if type(group) is not list or len(group) != 2:
            raise ValueError("not a group")
        index, items = group
        if type(index) is not int or index < 0 or type(items) is not list:
            raise ValueError(f"bad group of class {index!r}")
        out.extend(map(makers[index], items))
    return out


def read(documents: Sequence[Document | Encoded]) -> KnowledgeBase | None:
    """The knowledge base stored for ``documents``, or None if there is no valid snapshot."""
    try:
        # Read as lines, each its own bytes: only one copy of the body is ever held, and
        # each line goes as soon as it is parsed.
        with snapshot_path(documents).open("rb") as file:
            head = file.readline(_HEADER_LIMIT)
            lines = file.readlines() if head.endswith(b"\n") else []
    except OSError:
        return None
    try:
        if not head.endswith(b"\n"):
            return None
        header = json.loads(head)
        digest = hashlib.sha256()
        for line in lines:
            digest.update(line)
        if not (
            isinstance(header, dict)
            and header.get("magic") == _MAGIC
            and header.get("format") == FORMAT
            and header.get("key") == _key(documents)
            and header.get("sha256") == digest.hexdigest()
        ):
            return None
        classes = [_resolve(name, fields) for name, fields in header["classes"]]
        with gc_paused():
            if len(lines) != 4 or lines[-1].endswith(b"\n"):  # four lines, the last unended
                return None
            shared: list[Any] = []
            ids: list[str] = []
            texts: list[str] = []
            makers = [_maker(cls, shared, ids, texts) for cls in classes]
            parts: list[list[Any]] = []
            for index in range(4):
                items = json.loads(lines[index])
                lines[index] = b""
                if index == 0:
                    if type(items) is not list or len(items) != 3:
                        return None
                    if not all(
                        type(table) is list and all(type(t) is str for t in table) for table in items[:2]
                    ):
                        return None
                    ids.extend([intern(name) for name in items[0]])
                    texts.extend(items[1])
                    shared.extend(_restore(items[2], makers))
                    if not all(type(c) is model.Citation for c in shared):
                        return None
                else:
                    parts.append(_restore(items, makers))
                del items
            entities, sources, links = parts
            if not (
                all(isinstance(e, model.Entity) for e in entities)
                and all(isinstance(s, model.Source) for s in sources)
                and all(isinstance(k, model.Link) for k in links)
            ):
                return None
            return KnowledgeBase(entities, sources, links)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return None
