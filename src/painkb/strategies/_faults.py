"""Fault injection: the files of a valid knowledge base with exactly one problem.

Each fault is applied to objects (a second entry with a taken id, a link to nothing) or to
a file's parsed TOML tables (a key its kind lacks, a value of the wrong type), which are
then written back as TOML; only a syntax error edits the text itself. So the faults do not
depend on how `painkb.dump` lays a file out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal, get_args

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from painkb import fieldtypes
from painkb.documents import Document, PathLike
from painkb.dump import FILE_NAMES, render_documents, toml_key, toml_value
from painkb.errors import Problem
from painkb.kb import KnowledgeBase
from painkb.metagraph import RELATIONS
from painkb.model import ID_PATTERN, Entity, Kind, Link, Source
from painkb.parse import LINK_KEY, SOURCE_SECTION, parse_document
from painkb.strategies._checks import check_size
from painkb.strategies._knowledge_bases import ENTITY_TEMPLATES, instantiate, knowledge_bases
from painkb.strategies._objects import BY_KIND, IDS, citations, link_between, sources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

FaultName = Literal[
    "duplicate_id",
    "dangling_reference",
    "forbidden_relation",
    "missing_citation",
    "unknown_source",
    "wrong_field_type",
    "malformed_id",
    "unknown_field",
    "syntax_error",
]
#: The classes of problem `faulty_data` injects, in the order it shrinks towards.
FAULTS: tuple[FaultName, ...] = get_args(FaultName)

_SECTIONS = [SOURCE_SECTION, *(str(kind) for kind in Kind)]


@attrs.frozen
class FaultyData:
    """Valid data files with exactly one injected problem, and where it must be reported.

    Attributes:
        fault: the class of problem, one of `FAULTS`.
        documents: the data files (``sources.toml``, ``muscles.toml``, ...).
        file, entry, field: where a validator should report it, as in
            `painkb.Problem` (``entry`` and ``field`` are ``""`` for a syntax error).
        description: what was changed, for reading a failing example.

    >>> from hypothesis import given
    >>> from painkb.load import load_documents
    >>> @given(faulty_data("dangling_reference"))
    ... def test_dangling_references_are_reported(data):
    ...     try:
    ...         load_documents(data.documents)
    ...     except painkb.DataError as error:
    ...         assert data.is_reported(error.problems)
    ...     else:
    ...         raise AssertionError("not rejected")
    >>> test_dangling_references_are_reported()
    """

    fault: FaultName
    documents: tuple[Document, ...]
    file: str
    entry: str
    field: str
    description: str

    @property
    def files(self) -> dict[str, str]:
        """File name -> text."""
        return {doc.name: doc.text for doc in self.documents}

    def write(self, folder: PathLike) -> Path:
        """Write the files into ``folder`` (created if missing) and return it."""
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        for doc in self.documents:
            (path / doc.name).write_text(doc.text, encoding="utf-8")
        return path

    def is_reported(self, problems: Iterable[Problem]) -> bool:
        """Whether one of ``problems`` names this fault's file, entry and field.

        A problem's file may be a path ending in the file name (after `write`).
        """
        return any(
            Path(p.file).name == self.file and p.entry == self.entry and p.field == self.field
            for p in problems
        )


# -- documents and their tables ------------------------------------------------------------

_Table = dict[str, Any]


def _render(
    entities: Iterable[Entity], sources: Iterable[Source], links: Iterable[Link]
) -> tuple[Document, ...]:
    return render_documents(list(entities), list(sources), list(links))


def _file(section: str) -> str:
    return FILE_NAMES[section]


def _section(obj: Entity | Source) -> str:
    return SOURCE_SECTION if isinstance(obj, Source) else str(obj.kind)


def _replace(documents: tuple[Document, ...], name: str, text: str) -> tuple[Document, ...]:
    return tuple(Document(doc.name, text) if doc.name == name else doc for doc in documents)


def _document(documents: tuple[Document, ...], name: str) -> Document:
    return next(doc for doc in documents if doc.name == name)


def _link_field(documents: tuple[Document, ...], link: Link, section: str) -> str:
    """Where the loader reports ``link`` (``link[2]``), found by parsing its file."""
    parsed = parse_document(_document(documents, _file(section)))
    return next(origin.field for found, origin in parsed.links if found.key == link.key)


def _assignments(table: _Table) -> list[str]:
    return [f"{toml_key(key)} = {toml_value(value)}" for key, value in table.items()]


def _toml(data: dict[str, list[_Table]]) -> str:
    """TOML text for a data file's tables, each link as a ``[[kind.link]]`` table."""
    blocks: list[list[str]] = []
    for section, entries in data.items():
        for entry in entries:
            links = entry.get(LINK_KEY, []) if section != SOURCE_SECTION else []
            if not (isinstance(links, list) and all(isinstance(link, dict) for link in links)):
                links = []
            fields = {key: value for key, value in entry.items() if not (links and key == LINK_KEY)}
            blocks.append([f"[[{toml_key(section)}]]", *_assignments(fields)])
            blocks += [[f"[[{toml_key(section)}.{LINK_KEY}]]", *_assignments(link)] for link in links]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _edit_entry(
    documents: tuple[Document, ...], section: str, entry: str, edit: Callable[[_Table], None]
) -> tuple[Document, ...]:
    """Apply ``edit`` to the parsed table of one entry and write its file back as TOML."""
    name = _file(section)
    data: dict[str, list[_Table]] = tomllib.loads(_document(documents, name).text)
    edit(next(table for table in data[section] if table["id"] == entry))
    return _replace(documents, name, _toml(data))


_SCALARS: SearchStrategy[object] = st.one_of(
    st.booleans(), st.integers(-(2**63), 2**63 - 1), st.floats(), st.text(max_size=10)
)
_VALUES: SearchStrategy[object] = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
_NUMBERS: SearchStrategy[object] = st.integers(-(2**63), 2**63 - 1) | st.floats()
_TABLES: SearchStrategy[object] = st.dictionaries(st.text(max_size=5), _SCALARS, max_size=2)


def _wrong_values(expected: Any) -> SearchStrategy[object]:
    """TOML values that are not of the type ``expected``."""
    strategy: SearchStrategy[object] = fieldtypes.of(expected).break_()
    return strategy


class _ValidObjects:
    """The valid knowledge base a fault is injected into, as lists of objects."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.entities: list[Entity] = list(kb)
        self.sources: list[Source] = list(kb.sources.values())
        self.links: list[Link] = list(kb.links)
        self.source_ids = tuple(s.id for s in self.sources)
        self.taken = {e.id for e in self.entities} | set(self.source_ids)

    def render(
        self,
        entities: Iterable[Entity] | None = None,
        sources: Iterable[Source] | None = None,
        links: Iterable[Link] | None = None,
    ) -> tuple[Document, ...]:
        return _render(
            self.entities if entities is None else entities,
            self.sources if sources is None else sources,
            self.links if links is None else links,
        )

    def fresh_id(self, draw: st.DrawFn) -> str:
        return draw(IDS.filter(lambda i: i not in self.taken))

    def referenced(self) -> tuple[set[str], set[str]]:
        """The ids links point at, and the ids of the sources something cites."""
        targets = {link.target for link in self.links}
        cited = {c.source for e in self.entities for c in e.citations}
        cited |= {c.source for link in self.links for c in link.citations}
        return targets, cited

    def section_of(self, entity_id: str) -> str:
        """The section (the kind) of the entity with this id."""
        return str(next(e.kind for e in self.entities if e.id == entity_id))

    def unreferenced(self, draw: st.DrawFn) -> Entity | Source:
        """An entry nothing else refers to, possibly a new one.

        A fault that stops an entry loading must not also break the links and citations
        that point at it, or more than one problem would be reported.
        """
        targets, cited = self.referenced()
        free: list[Entity | Source | None] = [s for s in self.sources if s.id not in cited]
        free += [e for e in self.entities if e.id not in targets]
        chosen = draw(st.sampled_from([None, *free]))
        if chosen is not None:
            return chosen
        new_id = self.fresh_id(draw)
        self.taken.add(new_id)
        if draw(st.booleans()):
            source = draw(sources(ids=st.just(new_id)))
            self.sources.append(source)
            return source
        entity = instantiate(
            draw(ENTITY_TEMPLATES[draw(st.sampled_from(list(Kind)))]), new_id, self.source_ids
        )
        self.entities.append(entity)
        return entity


def _swap(items: list[Any], old: Any, new: Any) -> list[Any]:
    return [new if item is old else item for item in items]


def _duplicate_id(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    if draw(st.booleans()):
        original_source = draw(st.sampled_from(base.sources))
        copy = draw(sources(ids=st.just(original_source.id)))
        docs = base.render(sources=[*base.sources, copy])
        return FaultyData(
            "duplicate_id", docs, _file(SOURCE_SECTION), copy.id, "id", f"a second source {copy.id!r}"
        )
    original = draw(st.sampled_from(base.entities))

    # The copy goes in the same file or one read later, both in the order of
    # ``documents`` and in the alphabetical order painkb.load reads a folder in, so the
    # copy (not the original) is the duplicate and links to the id keep its first kind.
    def after(kind: Kind) -> bool:
        rank = list(Kind).index
        return rank(kind) >= rank(original.kind) and _file(str(kind)) >= _file(str(original.kind))

    kind = draw(st.sampled_from([k for k in Kind if after(k)]))
    copy = draw(BY_KIND[kind](ids=st.just(original.id), sources=base.source_ids))
    docs = base.render(entities=[*base.entities, copy])
    description = f"a {kind} with the id of {original.kind} {original.id!r}"
    return FaultyData("duplicate_id", docs, _file(str(kind)), copy.id, "id", description)


def _added_link(
    fault: FaultName, base: _ValidObjects, link: Link, subject: Entity, key: str, description: str
) -> FaultyData:
    """``base`` with one more ``link``, reported at its ``key`` (``target``, ``relation``)."""
    docs = base.render(links=[*base.links, link])
    field = f"{_link_field(docs, link, str(subject.kind))}.{key}"
    return FaultyData(fault, docs, _file(str(subject.kind)), subject.id, field, description)


def _dangling_reference(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    subject = draw(
        st.sampled_from([e for e in base.entities if any(e.kind in r.subjects for r in RELATIONS.values())])
    )
    relation = draw(st.sampled_from([r for r in RELATIONS.values() if subject.kind in r.subjects]))
    target = base.fresh_id(draw)
    link = draw(link_between(relation, subject.id, target, citations(base.source_ids)))
    return _added_link(
        "dangling_reference", base, link, subject, "target", f"a {relation.name} link to {target!r}"
    )


def _forbidden_relation(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    subject, target = draw(
        st.lists(st.sampled_from(base.entities), min_size=2, max_size=2, unique_by=lambda e: e.id)
    )
    relation = draw(
        st.sampled_from([r for r in RELATIONS.values() if not r.allows(subject.kind, target.kind)])
    )
    link = draw(link_between(relation, subject.id, target.id, citations(base.source_ids)))
    description = f"{relation.name} from {subject.kind} {subject.id!r} to {target.kind} {target.id!r}"
    return _added_link("forbidden_relation", base, link, subject, "relation", description)


def _missing_citation(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    link = draw(st.sampled_from(base.links))
    section = base.section_of(link.subject)
    docs = base.render()
    field = _link_field(docs, link, section) + ".citations"
    leave_out = draw(st.booleans())  # leave the key out altogether, rather than `citations = []`

    def uncite(entry: _Table) -> None:
        table = next(
            t for t in entry[LINK_KEY] if (t["relation"], t["target"]) == (link.relation, link.target)
        )
        if leave_out:
            del table["citations"]
        else:
            table["citations"] = []

    docs = _edit_entry(docs, section, link.subject, uncite)
    return FaultyData(
        "missing_citation", docs, _file(section), link.subject, field, f"no citation on {link.key}"
    )


def _unknown_source(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    missing = base.fresh_id(draw)
    citation = draw(citations([missing]))
    if draw(st.booleans()):  # the base always has a link
        link = draw(st.sampled_from(base.links))
        cited = attrs.evolve(link, citations=(*link.citations, citation))
        docs = base.render(links=_swap(base.links, link, cited))
        section = base.section_of(link.subject)
        field = f"{_link_field(docs, link, section)}.citations[{len(link.citations)}].source"
        entry = link.subject
    else:
        entity = draw(st.sampled_from(base.entities))
        changed = attrs.evolve(entity, citations=(*entity.citations, citation))
        docs = base.render(entities=_swap(base.entities, entity, changed))
        section, entry = str(entity.kind), entity.id
        field = f"citations[{len(entity.citations)}].source"
    return FaultyData("unknown_source", docs, _file(section), entry, field, f"a citation of {missing!r}")


def _wrong_field_type(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    entry = base.unreferenced(draw)
    cls = type(entry)
    attrs.resolve_types(cls)
    attribute = draw(st.sampled_from([a for a in attrs.fields(cls) if a.name != "id"]))
    value = draw(_wrong_values(attribute.type))
    section = _section(entry)
    docs = _edit_entry(base.render(), section, entry.id, lambda table: table.update({attribute.name: value}))
    line = f"{attribute.name} = {toml_value(value)}"
    return FaultyData("wrong_field_type", docs, _file(section), entry.id, attribute.name, line)


def _unknown_field(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    entry = base.unreferenced(draw)
    known = {a.name for a in attrs.fields(type(entry))} | ({LINK_KEY} if isinstance(entry, Entity) else set())
    typos = st.sampled_from(sorted(known)).flatmap(
        lambda name: st.integers(0, len(name) - 1).map(lambda i: name[:i] + name[i + 1 :] or "x")
    )
    key = draw(
        (typos | st.from_regex(r"[a-z_][a-z0-9_-]{0,12}", fullmatch=True)).filter(lambda k: k not in known)
    )
    value = draw(_VALUES)
    section = _section(entry)
    docs = _edit_entry(base.render(), section, entry.id, lambda table: table.update({key: value}))
    return FaultyData("unknown_field", docs, _file(section), entry.id, key, f"{key} = {toml_value(value)}")


_MALFORMED_IDS = (
    "Piriformis",
    "gluteus_medius",
    "glute--med",
    "-psoas",
    "psoas-",
    "tensor fasciae latae",
    "QL",
)


def _malformed_id(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    entry = base.unreferenced(draw)
    bad = draw(
        st.sampled_from(_MALFORMED_IDS)
        | st.text(min_size=1, max_size=20).filter(lambda s: ID_PATTERN.fullmatch(s) is None)
    )
    section = _section(entry)
    docs = _edit_entry(base.render(), section, entry.id, lambda table: table.update(id=bad))
    return FaultyData("malformed_id", docs, _file(section), bad, "id", f"{entry.id!r} renamed {bad!r}")


def _syntax_error(draw: st.DrawFn, base: _ValidObjects) -> FaultyData:
    """The one fault that edits text: a file that is not TOML has no tables to edit."""
    docs = base.render()
    # A file that does not parse loses every entry in it, so the error goes into a file
    # whose entries nothing refers to, or else a new file holding one such entry.
    targets, cited = base.referenced()
    referenced = {_file(str(e.kind)) for e in base.entities if e.id in targets}
    referenced |= {_file(SOURCE_SECTION) for s in base.sources if s.id in cited}
    candidates = [doc for doc in docs if doc.name not in referenced]
    doc = draw(st.sampled_from([None, *candidates]))
    if doc is None:
        kind = draw(st.sampled_from(list(Kind)))
        entity = instantiate(draw(ENTITY_TEMPLATES[kind]), base.fresh_id(draw), base.source_ids)
        doc = Document("broken.toml", _render([entity], [], [])[0].text)
        docs = (*docs, doc)
    lines = doc.text.split("\n")
    how = draw(
        st.sampled_from(["unterminated string", "key without value", "unclosed header", "repeated key"])
    )
    if how == "unterminated string":
        strings = [i for i, line in enumerate(lines) if re.match(r'^[a-z_]+ = ".*"$', line)]
        i = draw(st.sampled_from(strings))
        lines[i] = lines[i][:-1]
    elif how == "key without value":
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["name =", "oops", "= 1"])))
    elif how == "unclosed header":
        lines.insert(draw(st.integers(0, len(lines))), f"[[{draw(st.sampled_from(_SECTIONS))}")
    else:
        i = draw(st.sampled_from([i for i, line in enumerate(lines) if line.startswith("id = ")]))
        lines.insert(i, lines[i])
    docs = _replace(docs, doc.name, "\n".join(lines))
    return FaultyData("syntax_error", docs, doc.name, "", "", how)


_INJECT: dict[str, Callable[[st.DrawFn, _ValidObjects], FaultyData]] = {
    "duplicate_id": _duplicate_id,
    "dangling_reference": _dangling_reference,
    "forbidden_relation": _forbidden_relation,
    "missing_citation": _missing_citation,
    "unknown_source": _unknown_source,
    "wrong_field_type": _wrong_field_type,
    "malformed_id": _malformed_id,
    "unknown_field": _unknown_field,
    "syntax_error": _syntax_error,
}


@st.composite
def _faulty_data(draw: st.DrawFn, faults: tuple[FaultName, ...], max_entities: int) -> FaultyData:
    fault = draw(st.sampled_from(faults))
    kb = draw(knowledge_bases(min_entities=2, max_entities=max_entities, min_links=1))
    return _INJECT[fault](draw, _ValidObjects(kb))


def faulty_data(fault: FaultName | None = None, *, max_entities: int = 8) -> SearchStrategy[FaultyData]:
    """The canonical files of a valid knowledge base with exactly one injected problem.

    The fault classes (`FAULTS`) and where each is reported:

    - ``duplicate_id``: a second entity (or source) with an existing id; ``id``.
    - ``dangling_reference``: a link to an id no entity has; ``link[i].target``.
    - ``forbidden_relation``: a link the metagraph does not allow between the two
      kinds; ``link[i].relation``.
    - ``missing_citation``: a link with ``citations = []`` or none; ``link[i].citations``.
    - ``unknown_source``: a citation of a source that does not exist;
      ``citations[j].source`` or ``link[i].citations[j].source``.
    - ``wrong_field_type``: a field holding a value of the wrong TOML type; the field.
    - ``malformed_id``: a new entry whose id is not kebab-case; ``id`` (the entry is the
      malformed id itself).
    - ``unknown_field``: an entry with a key its kind does not have; the key.
    - ``syntax_error``: a file that is not valid TOML; entry and field ``""``.

    Args:
        fault: one fault class; None for any.
        max_entities: the most entities in the knowledge base before the fault (at least 2).

    Raises:
        InvalidArgument: ``fault`` is not in `FAULTS`, or ``max_entities`` is below 2.

    Shrinks towards the first fault class, then as `knowledge_bases` does.
    """
    if fault is not None and fault not in FAULTS:
        raise InvalidArgument(f"fault={fault!r} is not one of {', '.join(FAULTS)}")
    if check_size("max_entities", max_entities) < 2:
        raise InvalidArgument(f"max_entities={max_entities} must be at least 2: a link joins two entities")
    return _faulty_data(FAULTS if fault is None else (fault,), max_entities)
