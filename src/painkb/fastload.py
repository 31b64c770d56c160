"""The fast path of a load: valid data in one pass, or None at the first irregularity.

:func:`fast_load` builds the knowledge base straight from the parsed TOML, checking as it
goes everything :func:`painkb.parse.parse_document` and :func:`painkb.validate.cross_check`
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
from painkb.documents import Document
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
from painkb.parse import LINK_KEY, SOURCE_SECTION, TOML_1_1_ONLY, Origin, _field_types, _forbidden
from painkb.validate import _cycles

__all__ = ["fast_load", "toml_parser"]

_intern = sys.intern
# An escape that can make a character the raw text does not show (\b, \f, \uXXXX, \UXXXXXXXX).
_HIDDEN_CHARACTER = re.compile(r"\\[bfuU]")
_CITATION_KEYS = frozenset(a.name for a in attrs.fields(Citation))
_EVIDENCE = {str(level.value): level for level in EvidenceLevel}
_NO_ORIGIN = Origin("", "")


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


def _citations(raw: object, required: bool) -> tuple[Citation, ...]:
    if type(raw) is not list or (required and not raw):
        raise _Irregular
    made = []
    for item in raw:
        if type(item) is not dict or not _CITATION_KEYS.issuperset(item):
            raise _Irregular
        source = item.get("source")
        quote = item.get("quote", "")
        locator = item.get("locator", "")
        note = item.get("note", "")
        evidence = item.get("evidence")
        if (
            type(source) is not str
            or not ID_PATTERN.match(source)
            or type(quote) is not str
            or type(locator) is not str
            or type(note) is not str
            or not (quote.strip() or locator.strip())
        ):
            raise _Irregular
        if evidence is not None:
            evidence = _EVIDENCE.get(evidence) if type(evidence) is str else None
            if evidence is None:
                raise _Irregular
        made.append(Citation(_intern(source), quote, locator, evidence, note))
    return tuple(made)


def _kwargs(cls: type[Any], table: dict[str, Any], skip: str | None) -> dict[str, Any]:
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
            kwargs[key] = _citations(raw, required=False)
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


def _links(subject: str, raw: object, out: list[Link]) -> None:
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
        citations = _citations(table.get("citations"), required=True)
        out.append(Link(subject, _intern(relation.name), _intern(target), citations, qualifiers))


def _document(document: Document, entities: list[Entity], sources: list[Source], links: list[Link]) -> None:
    text = document.text
    if text.startswith("\ufeff"):
        raise _Irregular
    data = toml_parser()(text)
    if (FORBIDDEN_CHARACTERS.search(text) or _HIDDEN_CHARACTER.search(text)) and next(
        _forbidden(data), None
    ) is not None:
        raise _Irregular
    for section, entries in data.items():
        if type(entries) is not list:
            raise _Irregular
        if section == SOURCE_SECTION:
            for table in entries:
                if type(table) is not dict:
                    raise _Irregular
                sources.append(Source(**_kwargs(Source, table, None)))
            continue
        cls = ENTITY_CLASSES[Kind(section)]  # ValueError for an unknown section
        for table in entries:
            if type(table) is not dict:
                raise _Irregular
            entity = cls(**_kwargs(cls, table, LINK_KEY))
            entities.append(entity)
            if LINK_KEY in table:
                _links(entity.id, table[LINK_KEY], links)


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
    try:
        for document in documents:
            _document(document, entities, sources, links)
        _cross_check(entities, sources, links)
        return KnowledgeBase(entities, sources, links)
    except Exception:  # any surprise, our own included: the careful loader decides
        return None
