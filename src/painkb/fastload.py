"""The fast path of a load: valid data in one pass, or None at the first irregularity.

:func:`fast_load` builds the knowledge base straight from the parsed TOML, checking as it
goes everything :func:`painkb.parse.parse_document` and :func:`painkb.crosscheck.cross_check`
check. It keeps no origins, line numbers or messages: at the first thing that is not
plainly right (a problem, or anything unusual, or an error of its own) it gives up and
returns None, and :func:`painkb.load_documents` does the whole load again the careful
way, so every error message is the careful loader's. Whatever it accepts, the careful
loader accepts too, with an equal result (a property test checks both on generated and
faulty data).

It parses with ``toml_rs`` (a Rust TOML parser) held to TOML 1.0 when that is installed
and refuses every TOML 1.1-only construct, else with the parser the careful loader uses.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from painkb import parse
from painkb.crosscheck import _cycles
from painkb.documents import Document
from painkb.errors import Origin
from painkb.kb import KnowledgeBase
from painkb.metagraph import RELATIONS
from painkb.model import (
    CURIE_PATTERN,
    ENTITY_CLASSES,
    FORBIDDEN_CHARACTERS,
    ID_PATTERN,
    Citation,
    Entity,
    EvidenceLevel,
    Kind,
    Link,
    Source,
)
from painkb.parse import LINK_KEY, SOURCE_SECTION, TOML_1_1_ONLY, _field_types, _forbidden

__all__ = ["fast_load", "toml_parser"]

_intern = sys.intern
_setattr = object.__setattr__  # frozen attrs classes refuse their own
# A forbidden character, or an escape that can make one the raw text does not show
# (\b, \f, \uXXXX, \UXXXXXXXX): then every string is checked as the careful loader does.
_MAYBE_FORBIDDEN = re.compile(FORBIDDEN_CHARACTERS.pattern + r"|\\[bfuU]")
_CITATION_KEYS = frozenset(a.name for a in attrs.fields(Citation))
_EVIDENCE = {str(level.value): level for level in EvidenceLevel}
_NO_ORIGIN = Origin("", "")


#: toml_rs overflows the C stack (the process dies) at about 2,500-3,000 nested arrays
#: and inline tables. Nesting is at most the number of ``[`` and ``{`` in the text, so
#: toml_rs only reads text with fewer than this many; tomllib (which raises
#: RecursionError) reads the rest. Files are parsed in pieces, each a run of whole
#: entries with fewer than :data:`PIECE_OPENERS` of them, which also keeps the memory
#: toml_rs holds while it parses small.
DEPTH_LIMIT = 1000
PIECE_OPENERS = 1000
_ENTRY_HEADER = re.compile(r"^\[\[[a-z_]+\]\]\r?$", re.MULTILINE)
_PREAMBLE_LINE = re.compile(r"[ \t]*(?:#.*)?\r?")


class _Irregular(Exception):
    """Something the fast path does not handle; the careful loader takes over."""


def _toml_rs() -> Callable[[str], dict[str, Any]] | None:
    try:
        import toml_rs  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None

    def loads(text: str) -> dict[str, Any]:
        return toml_rs.loads(text, toml_version="1.0.0")  # type: ignore[no-any-return,unused-ignore]

    for text in TOML_1_1_ONLY.values():
        try:
            loads(text)
        except toml_rs.TOMLDecodeError:
            continue
        return None  # reads TOML 1.1: never for painkb
    return loads


_parser: Callable[[str], dict[str, Any]] | None = None


def toml_parser() -> Callable[[str], dict[str, Any]]:
    """The fast path's TOML 1.0 parser: toml_rs if usable, else the careful loader's."""
    global _parser
    if _parser is None:
        _parser = _toml_rs() or parse.toml_loads
    return _parser


def _read_citations(
    raw: object, required: bool, made: dict[tuple[Any, ...], Citation]
) -> tuple[Citation, ...]:
    """The citations of a list of tables; ``made`` holds those made so far, shared when
    written the same again (the snapshot shares them too)."""
    if type(raw) is not list or (required and not raw):
        raise _Irregular
    citations = []
    for item in raw:
        if type(item) is not dict or not _CITATION_KEYS.issuperset(item):
            raise _Irregular
        key = (
            item.get("source"),
            item.get("quote", ""),
            item.get("locator", ""),
            item.get("evidence"),
            item.get("note", ""),
        )
        citation = made.get(key)  # only checked ones are kept: a key of other types misses
        if citation is None:
            citation = made[key] = _citation(*key)
        citations.append(citation)
    return tuple(citations)


def _citation(source: object, quote: object, locator: object, evidence: object, note: object) -> Citation:
    if (
        type(source) is not str
        or not ID_PATTERN.match(source)
        or type(quote) is not str
        or type(locator) is not str
        or type(note) is not str
        or not (quote.strip() or locator.strip())
    ):
        raise _Irregular
    level = None
    if evidence is not None:
        level = _EVIDENCE.get(evidence) if type(evidence) is str else None
        if level is None:
            raise _Irregular
    # Checked as Citation's validators would: set the fields directly, as a snapshot does.
    citation = object.__new__(Citation)
    _setattr(citation, "source", _intern(source))
    _setattr(citation, "quote", quote)
    _setattr(citation, "locator", locator)
    _setattr(citation, "evidence", level)
    _setattr(citation, "note", note)
    return citation


def _kwargs(
    cls: type[Any], table: dict[str, Any], skip: str | None, made: dict[tuple[Any, ...], Citation]
) -> dict[str, Any]:
    types = _field_types(cls)
    kwargs: dict[str, Any] = {}
    for key, raw in table.items():
        if key == skip:
            continue
        spec = types.get(key)
        if spec is None:
            raise _Irregular
        expected = spec[0]
        kind = type(raw)
        if expected is str:
            if kind is not str:
                raise _Irregular
            kwargs[key] = raw
        elif expected is bool:
            if kind is not bool:
                raise _Irregular
            kwargs[key] = raw
        elif expected == tuple[str, ...]:
            if kind is not list or not all(type(item) is str for item in raw):
                raise _Irregular
            kwargs[key] = tuple(raw)
        elif expected == tuple[Citation, ...]:
            kwargs[key] = _read_citations(raw, False, made)
        else:  # an enum: it refuses a value it does not have
            if kind is not str or not (isinstance(expected, type) and issubclass(expected, enum.Enum)):
                raise _Irregular
            kwargs[key] = expected(raw)
    for name, (_, required) in types.items():
        if required and name not in kwargs:
            raise _Irregular
    for name in ("name", "title", "advice"):
        value = kwargs.get(name)
        if value is not None and not value.strip():
            raise _Irregular
    for curie in kwargs.get("xrefs", ()):
        if not CURIE_PATTERN.match(curie):
            raise _Irregular
    entry_id = kwargs["id"]
    if not ID_PATTERN.match(entry_id):
        raise _Irregular
    kwargs["id"] = _intern(entry_id)
    return kwargs


def _links(subject: str, raw: object, out: list[Link], made: dict[tuple[Any, ...], Citation]) -> None:
    if type(raw) is not list:
        raise _Irregular
    for table in raw:
        if type(table) is not dict:
            raise _Irregular
        relation_name = table.get("relation")
        relation = RELATIONS.get(relation_name) if type(relation_name) is str else None
        target = table.get("target")
        if relation is None or type(target) is not str or not ID_PATTERN.match(target):
            raise _Irregular
        qualifiers = {}
        for name, allowed in relation.qualifiers.items():
            value = table.get(name)
            if type(value) is not str or value not in allowed:
                raise _Irregular
            qualifiers[name] = value
        if len(table) != 3 + len(qualifiers):  # relation, target, citations and the qualifiers
            raise _Irregular
        citations = _read_citations(table.get("citations"), True, made)
        out.append(Link(subject, _intern(relation.name), _intern(target), citations, qualifiers))


def _document(
    document: Document,
    entities: list[Entity],
    sources: list[Source],
    links: list[Link],
    made: dict[tuple[Any, ...], Citation],
) -> None:
    text = document.text
    if text.startswith("\ufeff"):
        raise _Irregular
    text.encode("utf-8")  # a lone surrogate: tomli parses it, no file can hold it
    data = _parse(text)
    if _MAYBE_FORBIDDEN.search(text) and next(_forbidden(data), None) is not None:
        raise _Irregular
    for section, entries in data.items():
        if type(entries) is not list:
            raise _Irregular
        if section == SOURCE_SECTION:
            for table in entries:
                if type(table) is not dict:
                    raise _Irregular
                sources.append(Source(**_kwargs(Source, table, None, made)))
            continue
        cls = ENTITY_CLASSES[Kind(section)]  # ValueError for an unknown section
        for table in entries:
            if type(table) is not dict:
                raise _Irregular
            entity = cls(**_kwargs(cls, table, LINK_KEY, made))
            entities.append(entity)
            if LINK_KEY in table:
                _links(entity.id, table[LINK_KEY], links, made)


def _openers(text: str, start: int = 0, end: int | None = None) -> int:
    end = len(text) if end is None else end
    return text.count("[", start, end) + text.count("{", start, end)


def _parse_piece(text: str) -> dict[str, Any]:
    if _openers(text) < DEPTH_LIMIT:
        return toml_parser()(text)
    return parse.toml_loads(text)


def _parse(text: str) -> dict[str, Any]:
    """The TOML of a document, read in pieces that mean what the whole file means.

    A piece starts at an entry's ``[[section]]`` line, so each holds whole entries. A
    cut inside a multi-line string or array leaves a piece that does not parse. Every
    piece must hold only arrays of tables (so no ``[table]`` or key refers to what an
    earlier piece defined), and nothing but comments may come before the first header
    (so no key there meets a later ``[[header]]`` of the same name).
    """
    first = _ENTRY_HEADER.search(text)
    if first is None or not all(_PREAMBLE_LINE.fullmatch(line) for line in text[: first.start()].split("\n")):
        return _parse_piece(text)
    cuts = [m.start() for m in _ENTRY_HEADER.finditer(text, first.end())]
    cuts.append(len(text))
    merged: dict[str, list[Any]] = {}
    start = end = 0
    count = 0
    for cut in cuts:
        more = _openers(text, end, cut)
        if count and count + more >= PIECE_OPENERS:
            _merge(merged, _parse_piece(text[start:end]))
            start, count = end, 0
        end = cut
        count += more
    _merge(merged, _parse_piece(text[start:end]))
    return merged


def _merge(merged: dict[str, list[Any]], piece: dict[str, Any]) -> None:
    for key, value in piece.items():
        if type(value) is not list:
            raise _Irregular
        merged.setdefault(key, []).extend(value)


def _cross_check(entities: Sequence[Entity], sources: Sequence[Source], links: Sequence[Link]) -> None:
    source_ids = {s.id for s in sources}
    by_id = {e.id: e for e in entities}
    if len(source_ids) != len(sources) or len(by_id) != len(entities):
        raise _Irregular  # a duplicate id
    for entity in entities:
        for citation in entity.citations:
            if citation.source not in source_ids:
                raise _Irregular
    keys = set()
    for link in links:
        for citation in link.citations:
            if citation.source not in source_ids:
                raise _Irregular
        target = by_id.get(link.target)
        if target is None or not RELATIONS[link.relation].allows(by_id[link.subject].kind, target.kind):
            raise _Irregular
        keys.add(link.key)
    if len(keys) != len(links):
        raise _Irregular  # a link written twice
    if _cycles([(link, _NO_ORIGIN) for link in links if RELATIONS[link.relation].transitive]):
        raise _Irregular


def fast_load(documents: Sequence[Document]) -> KnowledgeBase | None:
    """The knowledge base of valid ``documents``; None if anything needs the careful loader."""
    entities: list[Entity] = []
    sources: list[Source] = []
    links: list[Link] = []
    made: dict[tuple[Any, ...], Citation] = {}
    try:
        for document in documents:
            _document(document, entities, sources, links, made)
        _cross_check(entities, sources, links)
        return KnowledgeBase(entities, sources, links)
    except Exception:  # any surprise, our own included: the careful loader decides
        return None
