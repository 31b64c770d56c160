"""Hypothesis strategies for painkb objects, valid knowledge bases and faulty data files.

Install with ``pip install painkb[testing]``; this module is not imported by ``import
painkb``. Downstream projects can property-test their own code against generated
knowledge bases, and check validators against data with one known problem.

>>> import painkb
>>> from hypothesis import given
>>> from painkb.strategies import knowledge_bases
>>> @given(knowledge_bases(max_entities=6))
... def test_every_link_is_cited(kb):
...     assert all(link.citations for link in kb.links)
>>> test_every_link_is_cited()

Every generated knowledge base is made by :func:`painkb.build`, so it passed the same
validation as the bundled data: ids are unique, every reference resolves, every link is
cited by an existing source and joins kinds its relation allows (drawn from
:data:`painkb.RELATIONS`, the single source of truth), and no link is written twice.

How they shrink: text shrinks towards the empty string (names towards ``"0"``), ids
towards ``"a"``, lists (entities, sources, links, citations) towards their minimum size,
enums and relations towards their first member, and optional fields towards their
default. A failing knowledge base therefore shrinks to the fewest entities and links
that still fail, with the simplest text. :func:`faulty_data` shrinks towards the first
fault class in :data:`FAULTS` and the smallest knowledge base that shows it.

When painkb and hypothesis are installed together, ``st.from_type(painkb.Muscle)`` (and
every other entity class, ``Entity``, ``Source``, ``Citation``, ``Link`` and
``KnowledgeBase``) uses these strategies, through the ``hypothesis`` entry point.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from painkb.documents import Document, PathLike
from painkb.dump import FILE_NAMES, render_documents, toml_value
from painkb.errors import Problem
from painkb.kb import KnowledgeBase
from painkb.load import build
from painkb.metagraph import RELATIONS, Relation
from painkb.model import (
    ENTITY_CLASSES,
    FORBIDDEN_CHARACTERS,
    ID_PATTERN,
    Cause,
    Citation,
    Condition,
    Entity,
    Equipment,
    EvidenceLevel,
    ImprovementSign,
    Joint,
    Kind,
    Link,
    Muscle,
    Nerve,
    Region,
    Source,
    Symptom,
    Treatment,
    WarningSign,
)
from painkb.parse import LINK_KEY, SOURCE_SECTION, parse_document

__all__ = [
    "FAULTS",
    "FaultName",
    "FaultyData",
    "causes",
    "citations",
    "conditions",
    "entities",
    "equipment",
    "faulty_data",
    "ids",
    "improvement_signs",
    "joints",
    "knowledge_bases",
    "links",
    "muscles",
    "nerves",
    "regions",
    "sources",
    "symptoms",
    "treatments",
    "warning_signs",
]

_E = TypeVar("_E", bound=Entity)

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
#: The classes of problem :func:`faulty_data` injects, in the order it shrinks towards.
FAULTS: tuple[FaultName, ...] = get_args(FaultName)

_SECTIONS = [SOURCE_SECTION, *(str(kind) for kind in Kind)]
_ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
_IDS: SearchStrategy[str] = st.lists(st.text(_ID_CHARS, min_size=1, max_size=8), min_size=1, max_size=4).map(
    "-".join
)
# Any text painkb allows: every character but lone surrogates (UTF-8 cannot hold them) and
# FORBIDDEN_CHARACTERS (controls other than tab and newlines, U+FFFE, U+FFFF). Every
# string must survive dump and load unchanged.
_FORBIDDEN = "".join(
    char for char in map(chr, [*range(0x100), 0xFFFE, 0xFFFF]) if FORBIDDEN_CHARACTERS.match(char)
)
_CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters=_FORBIDDEN)
_TEXT: SearchStrategy[str] = st.text(_CHARACTERS, max_size=40)
_NAMES: SearchStrategy[str] = st.text(_CHARACTERS, min_size=1, max_size=40).filter(lambda s: bool(s.strip()))
# Prefixes painkb's contributor checks accept; the local part is any run of non-space ASCII
# an IRI can hold (no <>"{}|\^`).
_PREFIXES = ("UBERON", "FMA", "MESH", "SNOMEDCT", "HP", "MONDO", "ICD10CM")
_CURIES: SearchStrategy[str] = st.builds(
    "{}:{}".format, st.sampled_from(_PREFIXES), st.from_regex(r"[!#-;=?-\[\]_a-z~]{1,12}", fullmatch=True)
)


# -- argument checks, in the style of hypothesis's own -----------------------------------


def _check_size(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgument(f"{name}={value!r} must be a non-negative integer")
    return value


def _check_range(low_name: str, low: object, high_name: str, high: object) -> tuple[int, int]:
    lo, hi = _check_size(low_name, low), _check_size(high_name, high)
    if lo > hi:
        raise InvalidArgument(f"{low_name}={lo} is greater than {high_name}={hi}")
    return lo, hi


def _check_kind(value: object, name: str = "kind") -> Kind:
    try:
        return Kind(value)
    except ValueError:
        raise InvalidArgument(
            f"{name}={value!r} is not a kind of entity (one of {', '.join(map(str, Kind))})"
        ) from None


def _check_strategy(name: str, value: object) -> SearchStrategy[Any]:
    if not isinstance(value, SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy")
    return value


def _check_source_ids(value: object, *, allow_empty: bool) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidArgument(f"sources={value!r} must be a sequence of source ids, not a single value")
    found = tuple(value)
    for item in found:
        if not isinstance(item, str) or not ID_PATTERN.match(item):
            raise InvalidArgument(f"sources contains {item!r}, which is not a kebab-case source id")
    if not found and not allow_empty:
        raise InvalidArgument("sources=() leaves no source to cite; pass at least one source id")
    return found


# -- small objects -------------------------------------------------------------------------


def ids() -> SearchStrategy[str]:
    """Kebab-case ids: lowercase letters and digits joined by single hyphens.

    Shrinks towards ``"a"``.
    """
    return _IDS


def citations(sources: Sequence[str] | None = None) -> SearchStrategy[Citation]:
    """Citations with a quote, a locator or both, and sometimes an evidence level or note.

    Args:
        sources: the source ids to cite; None for any id (the citation then need not
            resolve in any knowledge base).

    Raises:
        InvalidArgument: ``sources`` is empty or holds something that is not an id.

    Shrinks towards the first source, an empty quote with a one-character locator, and
    no evidence level.
    """
    source_ids = _IDS if sources is None else st.sampled_from(_check_source_ids(sources, allow_empty=False))
    quote_or_locator = st.one_of(
        st.tuples(st.just(""), _NAMES), st.tuples(_NAMES, _TEXT), st.tuples(_NAMES, st.just(""))
    )
    return st.builds(
        lambda source, text, evidence, note: Citation(source, text[0], text[1], evidence, note),
        source_ids,
        quote_or_locator,
        st.none() | st.sampled_from(EvidenceLevel),
        _TEXT,
    )


def sources(*, ids: SearchStrategy[str] | None = None) -> SearchStrategy[Source]:
    """Sources: a title, a kind, an evidence level, and text in every optional field.

    Args:
        ids: the strategy for the source's id (default :func:`ids`).

    Shrinks towards the first kind and evidence level and empty optional fields.
    """
    id_strategy = _IDS if ids is None else _check_strategy("ids", ids)
    built: SearchStrategy[Source] = _builds(Source, id_strategy, ())
    return built


# -- entities -----------------------------------------------------------------------------


def _field_strategy(cls: type[Any], attribute: attrs.Attribute[Any], cited: tuple[str, ...] | None) -> Any:
    """The strategy for one model field, chosen by its declared type."""
    kind = attribute.type
    if attribute.name == "xrefs":
        return st.lists(_CURIES, max_size=2)
    if kind is str:
        return _NAMES if attribute.default is attrs.NOTHING else _TEXT
    if kind is bool:
        return st.booleans()
    if kind == tuple[str, ...]:
        return st.lists(_TEXT, max_size=3)
    if kind == tuple[Citation, ...]:
        return st.just(()) if cited == () else st.lists(citations(cited), max_size=2)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return st.sampled_from(kind)
    raise TypeError(f"no strategy for {cls.__name__}.{attribute.name} of type {kind!r}")  # pragma: no cover


def _builds(cls: type[Any], id_strategy: SearchStrategy[str], cited: tuple[str, ...] | None) -> Any:
    attrs.resolve_types(cls)
    fields = {
        a.name: _field_strategy(cls, a, cited)
        for a in attrs.fields(cls)
        if a.name != "id" and not a.name.startswith("_")
    }
    return st.builds(cls, id=id_strategy, **fields)


def _entity_strategy(
    cls: type[_E], ids: SearchStrategy[str] | None, sources: Sequence[str] | None
) -> SearchStrategy[_E]:
    id_strategy = _IDS if ids is None else _check_strategy("ids", ids)
    cited = None if sources is None else _check_source_ids(sources, allow_empty=True)
    built: SearchStrategy[_E] = _builds(cls, id_strategy, cited)
    return built


def muscles(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Muscle]:
    """Muscle entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Muscle, ids, sources)


def regions(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Region]:
    """Region entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Region, ids, sources)


def joints(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Joint]:
    """Joint entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Joint, ids, sources)


def nerves(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Nerve]:
    """Nerve entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Nerve, ids, sources)


def conditions(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Condition]:
    """Condition entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Condition, ids, sources)


def symptoms(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Symptom]:
    """Symptom entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Symptom, ids, sources)


def causes(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Cause]:
    """Cause entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Cause, ids, sources)


def treatments(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Treatment]:
    """Treatment entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Treatment, ids, sources)


def equipment(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[Equipment]:
    """Equipment entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(Equipment, ids, sources)


def warning_signs(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[WarningSign]:
    """WarningSign entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(WarningSign, ids, sources)


def improvement_signs(
    *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
) -> SearchStrategy[ImprovementSign]:
    """ImprovementSign entities; the arguments and shrinking are as for :func:`entities`."""
    return _entity_strategy(ImprovementSign, ids, sources)


_BY_KIND: dict[Kind, Callable[..., SearchStrategy[Any]]] = {
    Kind.MUSCLE: muscles,
    Kind.REGION: regions,
    Kind.JOINT: joints,
    Kind.NERVE: nerves,
    Kind.CONDITION: conditions,
    Kind.SYMPTOM: symptoms,
    Kind.CAUSE: causes,
    Kind.TREATMENT: treatments,
    Kind.EQUIPMENT: equipment,
    Kind.WARNING_SIGN: warning_signs,
    Kind.IMPROVEMENT_SIGN: improvement_signs,
}


def entities(
    kind: Kind | str | None = None,
    *,
    ids: SearchStrategy[str] | None = None,
    sources: Sequence[str] | None = None,
) -> SearchStrategy[Entity]:
    """Entities of one kind, or of any kind when ``kind`` is None.

    Args:
        kind: a :class:`painkb.Kind` or its name (``"muscle"``).
        ids: the strategy for the id (default :func:`ids`).
        sources: the source ids the entity's citations cite; ``()`` for no citations;
            None (the default) for citations of any id, which need not resolve.

    Raises:
        InvalidArgument: ``kind`` names no kind of entity, ``ids`` is not a strategy, or
            ``sources`` is not a list of ids.

    Every field gets a value of its declared type: any text (required text is never
    blank), CURIE xrefs, enum members, lists of strings and citations. Shrinks towards
    muscles (the first kind), empty optional fields, no aliases, xrefs or citations, and
    the first member of each enum.
    """
    kinds = list(Kind) if kind is None else [_check_kind(kind)]
    if ids is not None:
        _check_strategy("ids", ids)
    if sources is not None:
        _check_source_ids(sources, allow_empty=True)
    return st.one_of([_BY_KIND[k](ids=ids, sources=sources) for k in kinds])


# -- links --------------------------------------------------------------------------------


def _qualifiers(relation: Relation) -> SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries(
        {name: st.sampled_from(values) for name, values in relation.qualifiers.items()}
    )


def _link(
    relation: Relation, subject: str, target: str, cited: SearchStrategy[Citation]
) -> SearchStrategy[Link]:
    return st.builds(
        lambda qualifiers, found: Link(subject, relation.name, target, found, qualifiers),
        _qualifiers(relation),
        st.lists(cited, min_size=1, max_size=2),
    )


def _check_relations(relations: Iterable[str] | None) -> list[Relation]:
    if relations is None:
        return list(RELATIONS.values())
    if isinstance(relations, str):
        raise InvalidArgument(f"relations={relations!r} must be a list of relation names, not one string")
    chosen = []
    for name in relations:
        if name not in RELATIONS:
            raise InvalidArgument(f"{name!r} is not a relation (one of {', '.join(RELATIONS)})")
        chosen.append(RELATIONS[name])
    if not chosen:
        raise InvalidArgument("relations=() leaves no relation to draw from")
    return chosen


def links(
    entities: Sequence[Entity] | None = None,
    *,
    sources: Sequence[str] | None = None,
    relations: Iterable[str] | None = None,
) -> SearchStrategy[Link]:
    """Cited links that the metagraph allows, with valid qualifiers.

    Args:
        entities: the entities a link may join (two different ones); None for ids drawn
            with :func:`ids` (the link's kinds are then only implied by its relation).
        sources: the source ids its citations cite; None for any id.
        relations: names of the relations to draw from; None for all of them.

    Raises:
        InvalidArgument: a relation name is unknown, or no allowed link joins two of the
            given entities.

    Shrinks towards the first relation in :data:`painkb.RELATIONS` (``part_of``), the
    first allowed pair of entities, and a single citation.
    """
    chosen = _check_relations(relations)
    cited = citations(sources)
    if entities is None:
        return st.sampled_from(chosen).flatmap(lambda relation: _free_link(relation, cited))
    given = list(entities)
    if not all(isinstance(e, Entity) for e in given):
        raise InvalidArgument("entities must be painkb entities (Muscle, Region, ...)")
    options = [
        (relation, subject, target)
        for relation in chosen
        for subject in given
        for target in given
        if subject.id != target.id and relation.allows(subject.kind, target.kind)
    ]
    if not options:
        raise InvalidArgument("no relation in the metagraph joins two of the given entities")
    return st.sampled_from(options).flatmap(lambda o: _link(o[0], o[1].id, o[2].id, cited))


def _free_link(relation: Relation, cited: SearchStrategy[Citation]) -> SearchStrategy[Link]:
    pair = st.lists(_IDS, min_size=2, max_size=2, unique=True)
    return pair.flatmap(lambda p: _link(relation, p[0], p[1], cited))


# -- knowledge bases ----------------------------------------------------------------------

_SEEDS: tuple[tuple[Relation, Kind, Kind], ...] = tuple(
    (relation, subject, target)
    for relation in RELATIONS.values()
    for subject, target in sorted(relation.pairs)
)


# Templates drawn once per class and reused for speed: entities cite placeholder "slots",
# which _fill() maps onto the sources actually drawn (slot 0 -> the first source, ...).
_SLOTS = tuple(f"slot-{i}" for i in range(4))
_SOURCES = sources()
_TEMPLATES: dict[Kind, SearchStrategy[Entity]] = {
    kind: _builds(cls, st.just("placeholder"), _SLOTS) for kind, cls in ENTITY_CLASSES.items()
}
_LINK_CITATIONS = st.lists(citations(_SLOTS), min_size=1, max_size=2)
_QUALIFIERS = {name: _qualifiers(relation) for name, relation in RELATIONS.items()}


def _slot(citation: Citation, cited: tuple[str, ...]) -> Citation:
    return attrs.evolve(citation, source=cited[_SLOTS.index(citation.source) % len(cited)])


def _fill(entity: Entity, entity_id: str, cited: tuple[str, ...]) -> Entity:
    found = tuple(_slot(c, cited) for c in entity.citations) if cited else ()
    return attrs.evolve(entity, id=entity_id, citations=found)


@st.composite
def _knowledge_bases(
    draw: st.DrawFn,
    min_entities: int,
    max_entities: int,
    min_sources: int,
    max_sources: int,
    min_links: int,
    max_links: int,
    kinds: tuple[Kind, ...],
) -> KnowledgeBase:
    source_list = draw(
        st.lists(_SOURCES, min_size=min_sources, max_size=max_sources, unique_by=lambda s: s.id)
    )
    cited = tuple(s.id for s in source_list)
    seeds = [] if not cited else [seed for seed in _SEEDS if seed[1] in kinds and seed[2] in kinds]
    # Each required link gets its own pair of entities (target first), so it always fits.
    required = (
        draw(st.lists(st.sampled_from(seeds), min_size=min_links, max_size=min_links)) if min_links else []
    )
    low, high = max(0, min_entities - 2 * len(required)), max_entities - 2 * len(required)
    entity_kinds = draw(st.lists(st.sampled_from(kinds), min_size=low, max_size=high)) if kinds else []
    free = len(entity_kinds)
    entity_kinds += [kind for _, subject, target in required for kind in (target, subject)]
    entity_ids = draw(st.lists(_IDS, min_size=len(entity_kinds), max_size=len(entity_kinds), unique=True))
    entity_list = [
        _fill(draw(_TEMPLATES[kind]), entity_id, cited)
        for kind, entity_id in zip(entity_kinds, entity_ids, strict=True)
    ]

    def link(relation: Relation, subject: Entity, target: Entity) -> Link:
        found = tuple(_slot(c, cited) for c in draw(_LINK_CITATIONS))
        return Link(subject.id, relation.name, target.id, found, draw(_QUALIFIERS[relation.name]))

    link_list: list[Link] = []
    if cited:
        for n, (relation, _, _) in enumerate(required):
            link_list.append(link(relation, entity_list[free + 2 * n + 1], entity_list[free + 2 * n]))
        taken = {link.key for link in link_list}
        # part_of only points from a later entity to an earlier one, so hierarchies have
        # no cycles; no relation joins an entity to itself.
        options = [
            (relation, subject, target)
            for i, subject in enumerate(entity_list)
            for j, target in enumerate(entity_list)
            for relation in _RELATIONS_BY_PAIR.get((subject.kind, target.kind), ())
            if i != j
            and (relation.name != "part_of" or i > j)
            and (subject.id, target.id, relation.name) not in taken
        ]
        if options and max_links > len(link_list):
            picked = draw(
                st.lists(
                    st.sampled_from(options),
                    max_size=max_links - len(link_list),
                    unique_by=lambda o: (o[1].id, o[2].id, o[0].name),
                )
            )
            link_list += [link(r, s, t) for r, s, t in picked]
    return build(entity_list, source_list, link_list)


_RELATIONS_BY_PAIR: dict[tuple[Kind, Kind], tuple[Relation, ...]] = {}
for _relation, _subject, _target in _SEEDS:
    _RELATIONS_BY_PAIR[(_subject, _target)] = (*_RELATIONS_BY_PAIR.get((_subject, _target), ()), _relation)


def knowledge_bases(
    *,
    min_entities: int = 0,
    max_entities: int = 12,
    min_sources: int = 1,
    max_sources: int = 3,
    min_links: int = 0,
    max_links: int = 20,
    kinds: Iterable[Kind | str] | None = None,
) -> SearchStrategy[KnowledgeBase]:
    """Valid, consistent knowledge bases, made with :func:`painkb.build`.

    Every reference resolves, every link is cited by a source in the knowledge base and
    allowed by :data:`painkb.RELATIONS`, no link is written twice, no link joins an
    entity to itself, and ``part_of`` has no cycles. Entity citations cite its sources.

    Args:
        min_entities, max_entities: bounds on the number of entities.
        min_sources, max_sources: bounds on the number of sources.
        min_links, max_links: bounds on the number of links. Each of the first
            ``min_links`` links comes with its own two entities, so ``2 * min_links``
            must fit in ``max_entities``.
        kinds: only entities of these kinds (default: every kind).

    Raises:
        InvalidArgument: a bound is negative or not an integer, a minimum exceeds its
            maximum, a kind is unknown, or ``min_links`` cannot be met (too few entities,
            no sources, or no relation between the allowed kinds).

    Shrinks towards fewer entities, sources and links, then as the entity strategies do.
    """
    min_e, max_e = _check_range("min_entities", min_entities, "max_entities", max_entities)
    min_s, max_s = _check_range("min_sources", min_sources, "max_sources", max_sources)
    min_l, max_l = _check_range("min_links", min_links, "max_links", max_links)
    if kinds is None:
        allowed = tuple(Kind)
    elif isinstance(kinds, str):
        raise InvalidArgument(f"kinds={kinds!r} must be a list of kinds, not one string")
    else:
        allowed = tuple(dict.fromkeys(_check_kind(k, "kinds") for k in kinds))
    if not allowed and min_e > 0:
        raise InvalidArgument(f"kinds=() allows no entity, but min_entities={min_e}")
    if min_l:
        if 2 * min_l > max_e:
            raise InvalidArgument(f"min_links={min_l} needs max_entities >= {2 * min_l}")
        if max_s == 0:
            raise InvalidArgument(f"min_links={min_l} needs sources to cite, but max_sources=0")
        if not any(s in allowed and t in allowed for _, s, t in _SEEDS):
            raise InvalidArgument(f"no relation joins two of kinds={[str(k) for k in allowed]}")
    return _knowledge_bases(max(min_e, 0), max_e, max(min_s, 1 if min_l else 0), max_s, min_l, max_l, allowed)


# -- faulty data --------------------------------------------------------------------------


@attrs.frozen
class FaultyData:
    """Valid data files with exactly one injected problem, and where it must be reported.

    Attributes:
        fault: the class of problem, one of :data:`FAULTS`.
        documents: the data files (``sources.toml``, ``muscles.toml``, ...).
        file, entry, field: where a validator should report it, as in
            :class:`painkb.Problem` (``entry`` and ``field`` are ``""`` for a syntax error).
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

        A problem's file may be a path ending in the file name (after :meth:`write`).
        """
        return any(
            Path(p.file).name == self.file and p.entry == self.entry and p.field == self.field
            for p in problems
        )


def _render(
    entities: Iterable[Entity], sources: Iterable[Source], links: Iterable[Link]
) -> tuple[Document, ...]:
    return render_documents(list(entities), list(sources), list(links))


def _file(section: str) -> str:
    return FILE_NAMES[section]


def _replace(documents: tuple[Document, ...], name: str, text: str) -> tuple[Document, ...]:
    return tuple(Document(doc.name, text) if doc.name == name else doc for doc in documents)


def _document(documents: tuple[Document, ...], name: str) -> Document:
    return next(doc for doc in documents if doc.name == name)


def _link_field(documents: tuple[Document, ...], link: Link, section: str) -> str:
    """Where the loader reports ``link`` (``link[2]``), found by parsing its file."""
    parsed = parse_document(_document(documents, _file(section)))
    return next(origin.field for found, origin in parsed.links if found.key == link.key)


def _edit_entry(
    documents: tuple[Document, ...], section: str, entry: str, edit: Callable[[list[str]], list[str]]
) -> tuple[Document, ...]:
    """Apply ``edit`` to the lines of one entry's block in its canonical file.

    Canonical files separate blocks with one blank line and never hold a raw newline
    inside a value, so a block is found by its header and its ``id`` line.
    """
    name = _file(section)
    blocks = _document(documents, name).text.split("\n\n")
    header = [f"[[{section}]]", f'id = "{entry}"']
    for index, block in enumerate(blocks):
        lines = block.rstrip("\n").split("\n")
        if lines[:2] == header:
            blocks[index] = "\n".join(edit(lines)) + ("\n" if block.endswith("\n") else "")
            return _replace(documents, name, "\n\n".join(blocks))
    raise AssertionError(f"no block for {entry!r} in {name}")  # pragma: no cover


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
    if expected is str:
        return st.one_of(st.booleans(), _NUMBERS, st.lists(_SCALARS, max_size=2), _TABLES)
    if expected is bool:
        return st.one_of(st.text(max_size=5), _NUMBERS, st.lists(_SCALARS, max_size=2))
    if expected == tuple[str, ...]:
        mixed = st.lists(_SCALARS, min_size=1, max_size=3).filter(
            lambda v: not all(isinstance(i, str) for i in v)
        )
        return st.one_of(st.text(max_size=5), _NUMBERS, mixed, _TABLES)
    if expected == tuple[Citation, ...]:
        return st.one_of(st.text(max_size=5), _NUMBERS, st.booleans(), _TABLES)
    return st.one_of(_NUMBERS, st.booleans(), st.lists(_SCALARS, max_size=2), _TABLES)  # an enum


def _section(obj: Entity | Source) -> str:
    return SOURCE_SECTION if isinstance(obj, Source) else str(obj.kind)


class _Base:
    """The valid knowledge base a fault is injected into, as lists of objects."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.entities: list[Entity] = list(kb)
        self.sources: list[Source] = list(kb.sources.values())
        self.links: list[Link] = list(kb.links)
        self.cited = tuple(s.id for s in self.sources)
        self.taken = {e.id for e in self.entities} | set(self.cited)

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
        return draw(_IDS.filter(lambda i: i not in self.taken))

    def unreferenced(self, draw: st.DrawFn) -> Entity | Source:
        """An entry nothing else refers to, possibly a new one.

        A fault that stops an entry loading must not also break the links and citations
        that point at it, or more than one problem would be reported.
        """
        targets = {link.target for link in self.links}
        cited = {c.source for e in self.entities for c in e.citations}
        cited |= {c.source for link in self.links for c in link.citations}
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
        entity = _fill(draw(_TEMPLATES[draw(st.sampled_from(list(Kind)))]), new_id, self.cited)
        self.entities.append(entity)
        return entity


def _swap(items: list[Any], old: Any, new: Any) -> list[Any]:
    return [new if item is old else item for item in items]


def _duplicate_id(draw: st.DrawFn, base: _Base) -> FaultyData:
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

    later = [k for k in Kind if after(k)]
    kind = draw(st.sampled_from(later))
    copy = draw(_BY_KIND[kind](ids=st.just(original.id), sources=base.cited))
    docs = base.render(entities=[*base.entities, copy])
    return FaultyData(
        "duplicate_id",
        docs,
        _file(str(kind)),
        copy.id,
        "id",
        f"a {kind} with the id of {original.kind} {original.id!r}",
    )


def _dangling_reference(draw: st.DrawFn, base: _Base) -> FaultyData:
    subject = draw(
        st.sampled_from([e for e in base.entities if any(e.kind in r.subjects for r in RELATIONS.values())])
    )
    relation = draw(st.sampled_from([r for r in RELATIONS.values() if subject.kind in r.subjects]))
    target = base.fresh_id(draw)
    link = draw(_link(relation, subject.id, target, citations(base.cited)))
    docs = base.render(links=[*base.links, link])
    field = _link_field(docs, link, str(subject.kind)) + ".target"
    return FaultyData(
        "dangling_reference",
        docs,
        _file(str(subject.kind)),
        subject.id,
        field,
        f"a {relation.name} link to {target!r}",
    )


def _forbidden_relation(draw: st.DrawFn, base: _Base) -> FaultyData:
    subject, target = draw(
        st.lists(st.sampled_from(base.entities), min_size=2, max_size=2, unique_by=lambda e: e.id)
    )
    relation = draw(
        st.sampled_from([r for r in RELATIONS.values() if not r.allows(subject.kind, target.kind)])
    )
    link = draw(_link(relation, subject.id, target.id, citations(base.cited)))
    docs = base.render(links=[*base.links, link])
    field = _link_field(docs, link, str(subject.kind)) + ".relation"
    return FaultyData(
        "forbidden_relation",
        docs,
        _file(str(subject.kind)),
        subject.id,
        field,
        f"{relation.name} from {subject.kind} {subject.id!r} to {target.kind} {target.id!r}",
    )


def _missing_citation(draw: st.DrawFn, base: _Base) -> FaultyData:
    link = draw(st.sampled_from(base.links))
    section = str(next(e.kind for e in base.entities if e.id == link.subject))
    # Where a link is written does not depend on its citations; find it while it has some.
    field = _link_field(base.render(), link, section) + ".citations"
    docs = base.render(links=_swap(base.links, link, attrs.evolve(link, citations=())))
    if draw(st.booleans()):  # leave the key out altogether, rather than `citations = []`
        docs = _edit_entry_links(docs, section, link, field)
    return FaultyData(
        "missing_citation", docs, _file(section), link.subject, field, f"no citation on {link.key}"
    )


def _edit_entry_links(
    docs: tuple[Document, ...], section: str, link: Link, field: str
) -> tuple[Document, ...]:
    """Drop the ``citations = []`` line of the link block reported as ``field``."""
    name = _file(section)
    index = int(field.split("[", 1)[1].split("]", 1)[0])
    blocks = _document(docs, name).text.split("\n\n")
    header = f'id = "{link.subject}"'
    start = next(i for i, b in enumerate(blocks) if b.split("\n")[:2] == [f"[[{section}]]", header])
    block_index = start + 1 + index
    lines = [line for line in blocks[block_index].split("\n") if line != "citations = []"]
    blocks[block_index] = "\n".join(lines)
    return _replace(docs, name, "\n\n".join(blocks))


def _unknown_source(draw: st.DrawFn, base: _Base) -> FaultyData:
    missing = base.fresh_id(draw)
    citation = draw(citations([missing]))
    if draw(st.booleans()):  # the base always has a link
        link = draw(st.sampled_from(base.links))
        cited = attrs.evolve(link, citations=(*link.citations, citation))
        docs = base.render(links=_swap(base.links, link, cited))
        section = str(next(e.kind for e in base.entities if e.id == link.subject))
        field = f"{_link_field(docs, link, section)}.citations[{len(link.citations)}].source"
        entry = link.subject
    else:
        entity = draw(st.sampled_from(base.entities))
        changed = attrs.evolve(entity, citations=(*entity.citations, citation))
        docs = base.render(entities=_swap(base.entities, entity, changed))
        section, entry = str(entity.kind), entity.id
        field = f"citations[{len(entity.citations)}].source"
    return FaultyData("unknown_source", docs, _file(section), entry, field, f"a citation of {missing!r}")


def _wrong_field_type(draw: st.DrawFn, base: _Base) -> FaultyData:
    entry = base.unreferenced(draw)
    cls = type(entry)
    attrs.resolve_types(cls)
    attribute = draw(st.sampled_from([a for a in attrs.fields(cls) if a.name != "id"]))
    value = toml_value(draw(_wrong_values(attribute.type)))
    line = f"{attribute.name} = {value}"
    if attribute.default is attrs.NOTHING:
        docs = base.render()

        def edit(lines: list[str]) -> list[str]:
            return [line if old.startswith(f"{attribute.name} = ") else old for old in lines]

    else:
        # Reset the field to its default first, so the canonical block leaves it out.
        reset = attrs.evolve(entry, **{attribute.name: attribute.default})
        if isinstance(entry, Source):
            docs = base.render(sources=_swap(base.sources, entry, reset))
        else:
            docs = base.render(entities=_swap(base.entities, entry, reset))

        def edit(lines: list[str]) -> list[str]:
            return [*lines[:2], line, *lines[2:]]

    section = _section(entry)
    docs = _edit_entry(docs, section, entry.id, edit)
    return FaultyData("wrong_field_type", docs, _file(section), entry.id, attribute.name, line)


def _unknown_field(draw: st.DrawFn, base: _Base) -> FaultyData:
    entry = base.unreferenced(draw)
    known = {a.name for a in attrs.fields(type(entry))} | ({LINK_KEY} if isinstance(entry, Entity) else set())
    typos = st.sampled_from(sorted(known)).flatmap(
        lambda name: st.integers(0, len(name) - 1).map(lambda i: name[:i] + name[i + 1 :] or "x")
    )
    key = draw(
        (typos | st.from_regex(r"[a-z_][a-z0-9_-]{0,12}", fullmatch=True)).filter(lambda k: k not in known)
    )
    line = f"{key} = {toml_value(draw(_VALUES))}"
    section = _section(entry)
    docs = _edit_entry(base.render(), section, entry.id, lambda lines: [*lines[:2], line, *lines[2:]])
    return FaultyData("unknown_field", docs, _file(section), entry.id, key, line)


_MALFORMED_IDS = (
    "Piriformis",
    "gluteus_medius",
    "glute--med",
    "-psoas",
    "psoas-",
    "tensor fasciae latae",
    "QL",
)


def _malformed_id(draw: st.DrawFn, base: _Base) -> FaultyData:
    entry = base.unreferenced(draw)
    bad = draw(
        st.sampled_from(_MALFORMED_IDS)
        | st.text(min_size=1, max_size=20).filter(lambda s: ID_PATTERN.fullmatch(s) is None)
    )
    section = _section(entry)
    docs = _edit_entry(
        base.render(), section, entry.id, lambda lines: [lines[0], f"id = {toml_value(bad)}", *lines[2:]]
    )
    return FaultyData("malformed_id", docs, _file(section), bad, "id", f"{entry.id!r} renamed {bad!r}")


def _syntax_error(draw: st.DrawFn, base: _Base) -> FaultyData:
    docs = base.render()
    # A file that does not parse loses every entry in it, so the error goes into a file
    # whose entries nothing refers to, or else a new file holding one such entry.
    targets = {link.target for link in base.links}
    cited = {c.source for e in base.entities for c in e.citations}
    cited |= {c.source for link in base.links for c in link.citations}
    referenced = {_file(str(e.kind)) for e in base.entities if e.id in targets}
    referenced |= {_file(SOURCE_SECTION) for s in base.sources if s.id in cited}
    candidates = [doc for doc in docs if doc.name not in referenced]
    doc = draw(st.sampled_from([None, *candidates]))
    if doc is None:
        kind = draw(st.sampled_from(list(Kind)))
        entity = _fill(draw(_TEMPLATES[kind]), base.fresh_id(draw), base.cited)
        doc = Document("broken.toml", _render([entity], [], [])[0].text)
        docs = (*docs, doc)
    lines = doc.text.split("\n")
    how = draw(
        st.sampled_from(["unterminated string", "key without value", "unclosed header", "repeated key"])
    )
    if how == "unterminated string":
        candidates_ = [i for i, line in enumerate(lines) if re.match(r'^[a-z_]+ = ".*"$', line)]
        i = draw(st.sampled_from(candidates_))
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


_INJECT: dict[str, Callable[[st.DrawFn, _Base], FaultyData]] = {
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
    return _INJECT[fault](draw, _Base(kb))


def faulty_data(fault: FaultName | None = None, *, max_entities: int = 8) -> SearchStrategy[FaultyData]:
    """The canonical files of a valid knowledge base with exactly one injected problem.

    The fault classes (:data:`FAULTS`) and where each is reported:

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
        InvalidArgument: ``fault`` is not in :data:`FAULTS`, or ``max_entities`` is below 2.

    Shrinks towards the first fault class, then as :func:`knowledge_bases` does.
    """
    if fault is not None and fault not in FAULTS:
        raise InvalidArgument(f"fault={fault!r} is not one of {', '.join(FAULTS)}")
    if _check_size("max_entities", max_entities) < 2:
        raise InvalidArgument(f"max_entities={max_entities} must be at least 2: a link joins two entities")
    return _faulty_data(FAULTS if fault is None else (fault,), max_entities)


# -- st.from_type -------------------------------------------------------------------------


def _hypothesis_setup_hook() -> None:
    """Register these strategies for ``st.from_type`` (run by hypothesis's entry point)."""
    for kind, factory in _BY_KIND.items():
        st.register_type_strategy(ENTITY_CLASSES[kind], factory())
    st.register_type_strategy(Entity, entities())
    st.register_type_strategy(Source, sources())
    st.register_type_strategy(Citation, citations())
    st.register_type_strategy(Link, links())
    st.register_type_strategy(KnowledgeBase, knowledge_bases())
