"""Write knowledge bases back to data files in one canonical form.

The canonical form is what ``painkb fmt`` writes and what the bundled files are kept in:
sections in kind order, entries sorted by id, fields in a fixed order with empty ones
left out, links under their subject sorted by relation then target, and citations as
one inline table per line. Dumping twice gives the same bytes, and loading a dump gives
back an equal knowledge base.

We render TOML ourselves rather than through a TOML writer because the layout is part of
the contributor experience: a general writer picks inline or block form by line length,
so one long quote would change how an entry looks.

>>> import painkb, tempfile
>>> kb = painkb.load()
>>> with tempfile.TemporaryDirectory() as folder:
...     painkb.load(painkb.dump(kb, folder)) == kb
True
"""

from __future__ import annotations

import datetime
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from painkb import _atomic, fieldtypes
from painkb.documents import Document, PathLike
from painkb.errors import DataError, PainKBError
from painkb.fieldtypes import toml_string
from painkb.kb import KnowledgeBase
from painkb.metagraph import RELATIONS
from painkb.model import Entity, Kind, Link, Source
from painkb.parse import LINK_KEY, SOURCE_SECTION, _field_types, orphan_link, parse_document

__all__ = ["FILE_NAMES", "dump", "format_document", "render", "render_documents", "toml_key", "toml_value"]

#: The file each section is written to by `dump`.
FILE_NAMES: dict[str, str] = {
    SOURCE_SECTION: "sources.toml",
    **{str(kind): ("equipment" if kind is Kind.EQUIPMENT else f"{kind}s") + ".toml" for kind in Kind},
}
_SECTION_ORDER = [SOURCE_SECTION, *(str(kind) for kind in Kind)]
_FIRST = ("id", "name", "aliases", "description")
_LAST = ("xrefs", "note", "citations")


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_value(value: object) -> str:
    """Any TOML value as inline TOML text (for tests and fault injection, not for layout).

    >>> toml_value({"zone": "primary", "weights": [1, 2.5, float("inf")], "ok": True})
    '{ zone = "primary", weights = [1, 2.5, inf], ok = true }'
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        items = [f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    raise TypeError(f"no TOML form for {value!r}")


def toml_key(key: str) -> str:
    """A TOML key: bare when it can be, quoted otherwise."""
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def _is_default(attribute: attrs.Attribute[Any], value: object) -> bool:
    return attribute.default is not attrs.NOTHING and value == attribute.default


def _fields(obj: Entity | Source) -> list[str]:
    attributes = {a.name: a for a in attrs.fields(type(obj))}
    names = [n for n in _FIRST if n in attributes]
    names += [n for n in attributes if n not in _FIRST and n not in _LAST]
    names += [n for n in _LAST if n in attributes]
    types = _field_types(type(obj))
    lines: list[str] = []
    for name in names:
        value = getattr(obj, name)
        if not _is_default(attributes[name], value):
            lines += fieldtypes.of(types[name][0]).render(name, value)
    return lines


def _written_order(link: Link) -> tuple[int, str]:
    return (
        list(RELATIONS).index(link.relation) if link.relation in RELATIONS else len(RELATIONS),
        link.target,
    )


def _refuse_orphans(entities: list[Entity], links: list[Link]) -> None:
    """Raise DataError naming each link (``links[3]``) whose subject is none of ``entities``."""
    subjects = {entity.id for entity in entities}
    orphans = [orphan_link(index, link) for index, link in enumerate(links) if link.subject not in subjects]
    if orphans:
        raise DataError(orphans)


def render(entities: Iterable[Entity], sources: Iterable[Source], links: Iterable[Link]) -> str:
    """The canonical text of one data file holding these objects.

    Raises:
        DataError: a link's subject is none of ``entities``; the problem names the link
            by its place in ``links`` (``links[3]``).
    """
    entity_list = list(entities)
    link_list = list(links)
    _refuse_orphans(entity_list, link_list)
    by_subject: defaultdict[str, list[Link]] = defaultdict(list)
    for link in link_list:
        by_subject[link.subject].append(link)
    blocks: list[list[str]] = []
    for source in sorted(sources, key=lambda s: s.id):
        blocks.append([f"[[{SOURCE_SECTION}]]", *_fields(source)])
    ordered = sorted(entity_list, key=lambda e: (_SECTION_ORDER.index(str(e.kind)), e.id))
    for entity in ordered:
        blocks.append([f"[[{entity.kind}]]", *_fields(entity)])
        for link in sorted(by_subject.pop(entity.id, ()), key=_written_order):
            lines = [f"[[{entity.kind}.{LINK_KEY}]]", *fieldtypes.TEXT.render("relation", link.relation)]
            lines += fieldtypes.TEXT.render("target", link.target)
            for name, value in link.qualifiers:
                lines += fieldtypes.TEXT.render(name, value)
            lines += fieldtypes.CITATIONS.render("citations", link.citations)
            blocks.append(lines)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n" if blocks else ""


def render_documents(
    entities: Iterable[Entity], sources: Iterable[Source], links: Iterable[Link]
) -> tuple[Document, ...]:
    """One canonical document per section (``sources.toml``, ``muscles.toml``, ...).

    Raises:
        DataError: as `render` does.
    """
    entity_list = list(entities)
    kinds = {e.id: str(e.kind) for e in entity_list}
    link_list = list(links)
    _refuse_orphans(entity_list, link_list)
    by_section: defaultdict[str, tuple[list[Entity], list[Source], list[Link]]] = defaultdict(
        lambda: ([], [], [])
    )
    for source in sources:
        by_section[SOURCE_SECTION][1].append(source)
    for entity in entity_list:
        by_section[str(entity.kind)][0].append(entity)
    for link in link_list:
        by_section[kinds[link.subject]][2].append(link)
    return tuple(
        Document(FILE_NAMES[section], render(*by_section[section]))
        for section in _SECTION_ORDER
        if section in by_section
    )


def format_document(document: Document) -> str:
    """The canonical text of one data file, for ``painkb fmt``.

    Raises:
        DataError: the file has problems of its own; it is formatted only once they are fixed.
    """
    parsed = parse_document(document)
    if parsed.problems:
        raise DataError(parsed.problems)
    return render(
        (e for e, _ in parsed.entities), (s for s, _ in parsed.sources), (link for link, _ in parsed.links)
    )


def dump(kb: KnowledgeBase, path: PathLike, *, overwrite: bool = False) -> Path:
    """Write ``kb`` as canonical data files into the folder ``path`` and return it.

    Args:
        kb: the knowledge base to write.
        path: a folder; created if missing.
        overwrite: replace the ``*.toml`` files already in the folder (those the dump
            does not write are removed once every new file is in place; a failure
            leaves the old files). Without it, a folder that already holds data files
            is refused.

    Raises:
        PainKBError: the folder already holds data files and ``overwrite`` is False.
    """
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("*.toml"))
    if existing and not overwrite:
        raise PainKBError(
            f"{folder} already holds data files ({', '.join(p.name for p in existing)}); "
            "dump into an empty folder or pass overwrite=True"
        )
    documents = render_documents(kb, kb.sources.values(), kb.links)
    # All new files land together; only then do old files with other names go.
    _atomic.write_many((folder / document.name, document.text) for document in documents)
    names = {document.name for document in documents}
    for file in existing:
        if file.name not in names:
            file.unlink()
    return folder
