"""Strategies for single objects: ids, text, citations, sources, entities and links."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from painkb import fieldtypes
from painkb.dump import FILE_NAMES
from painkb.metagraph import Relation
from painkb.model import (
    ENTITY_CLASSES,
    FORBIDDEN_CHARACTERS,
    Citation,
    Entity,
    EvidenceLevel,
    Kind,
    Link,
    Source,
)
from painkb.prefixes import PREFIXES
from painkb.strategies._checks import check_kind, check_relations, check_source_ids, check_strategy

_E = TypeVar("_E", bound=Entity)
_E_co = TypeVar("_E_co", bound=Entity, covariant=True)

_ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
IDS: SearchStrategy[str] = st.lists(st.text(_ID_CHARS, min_size=1, max_size=8), min_size=1, max_size=4).map(
    "-".join
)
# Any text painkb allows: every character but lone surrogates (UTF-8 cannot hold them) and
# FORBIDDEN_CHARACTERS (controls other than tab and newlines, U+FFFE, U+FFFF). Every
# string must survive dump and load unchanged.
_FORBIDDEN = "".join(
    char for char in map(chr, [*range(0x100), 0xFFFE, 0xFFFF]) if FORBIDDEN_CHARACTERS.match(char)
)
_CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters=_FORBIDDEN)
TEXT: SearchStrategy[str] = st.text(_CHARACTERS, max_size=40)
NAMES: SearchStrategy[str] = st.text(_CHARACTERS, min_size=1, max_size=40).filter(lambda s: bool(s.strip()))
# Prefixes painkb's contributor checks accept (painkb.prefixes); the local part is an id of
# one of the prefix's forms, or any run of non-space ASCII an IRI can hold (no <>"{}|\^`).
_ANY_LOCAL = st.from_regex(r"[!#-;=?-\[\]_a-z~]{1,12}", fullmatch=True)
CURIES: SearchStrategy[str] = st.sampled_from(list(PREFIXES.values())).flatmap(
    lambda prefix: st.builds(
        f"{prefix.name}:{{}}".format,
        st.sampled_from([p for p, _ in prefix.forms]).flatmap(lambda p: st.from_regex(p, fullmatch=True))
        | _ANY_LOCAL,
    )
)


def ids() -> SearchStrategy[str]:
    """Kebab-case ids: lowercase letters and digits joined by single hyphens.

    Shrinks towards ``"a"``.
    """
    return IDS


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
    source_ids = IDS if sources is None else st.sampled_from(check_source_ids(sources, allow_empty=False))
    quote_or_locator = st.one_of(
        st.tuples(st.just(""), NAMES), st.tuples(NAMES, TEXT), st.tuples(NAMES, st.just(""))
    )
    return st.builds(
        lambda source, text, evidence, note: Citation(source, text[0], text[1], evidence, note),
        source_ids,
        quote_or_locator,
        st.none() | st.sampled_from(EvidenceLevel),
        TEXT,
    )


def sources(*, ids: SearchStrategy[str] | None = None) -> SearchStrategy[Source]:
    """Sources: a title, a kind, an evidence level, and text in every optional field.

    Args:
        ids: the strategy for the source's id (default `ids`).

    Shrinks towards the first kind and evidence level and empty optional fields.
    """
    id_strategy = IDS if ids is None else check_strategy("ids", ids)
    built: SearchStrategy[Source] = builds_model(Source, id_strategy, ())
    return built


# -- entities -----------------------------------------------------------------------------


def builds_model(cls: type[Any], id_strategy: SearchStrategy[str], cited: tuple[str, ...] | None) -> Any:
    """``st.builds`` for a model class, each field drawn by its declared type.

    ``cited`` is the source ids citations may cite (``()`` for none, None for any id).
    """
    attrs.resolve_types(cls)
    fields = {
        a.name: fieldtypes.strategy_for(a, cited)
        for a in attrs.fields(cls)
        if a.name != "id" and not a.name.startswith("_")
    }
    return st.builds(cls, id=id_strategy, **fields)


def _entity_strategy(
    cls: type[_E], ids: SearchStrategy[str] | None, sources: Sequence[str] | None
) -> SearchStrategy[_E]:
    id_strategy = IDS if ids is None else check_strategy("ids", ids)
    cited = None if sources is None else check_source_ids(sources, allow_empty=True)
    built: SearchStrategy[_E] = builds_model(cls, id_strategy, cited)
    return built


class KindStrategy(Protocol[_E_co]):
    """The strategy function for one kind of entity (`muscles`, `regions`, ...)."""

    def __call__(
        self, *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
    ) -> SearchStrategy[_E_co]: ...


def _kind_strategy(kind: Kind) -> KindStrategy[Entity]:
    """The strategy function for ``kind``, named after its data file (``warning_signs``)."""
    cls = ENTITY_CLASSES[kind]

    def strategy(
        *, ids: SearchStrategy[str] | None = None, sources: Sequence[str] | None = None
    ) -> SearchStrategy[Entity]:
        return _entity_strategy(cls, ids, sources)

    strategy.__name__ = strategy.__qualname__ = FILE_NAMES[str(kind)].removesuffix(".toml")
    strategy.__doc__ = f"{cls.__name__} entities; the arguments and shrinking are as for `entities`."
    return strategy


#: One strategy function per kind, made from the model.
BY_KIND: dict[Kind, KindStrategy[Any]] = {kind: _kind_strategy(kind) for kind in ENTITY_CLASSES}


def entities(
    kind: Kind | str | None = None,
    *,
    ids: SearchStrategy[str] | None = None,
    sources: Sequence[str] | None = None,
) -> SearchStrategy[Entity]:
    """Entities of one kind, or of any kind when ``kind`` is None.

    Args:
        kind: a `painkb.Kind` or its name (``"muscle"``).
        ids: the strategy for the id (default `ids`).
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
    kinds = list(Kind) if kind is None else [check_kind(kind)]
    if ids is not None:
        check_strategy("ids", ids)
    if sources is not None:
        check_source_ids(sources, allow_empty=True)
    return st.one_of([BY_KIND[k](ids=ids, sources=sources) for k in kinds])


# -- links --------------------------------------------------------------------------------


def qualifiers(relation: Relation) -> SearchStrategy[dict[str, str]]:
    """A value for each qualifier ``relation`` requires."""
    return st.fixed_dictionaries(
        {name: st.sampled_from(values) for name, values in relation.qualifiers.items()}
    )


def link_between(
    relation: Relation, subject: str, target: str, cited: SearchStrategy[Citation]
) -> SearchStrategy[Link]:
    return st.builds(
        lambda drawn, found: Link(subject, relation.name, target, found, drawn),
        qualifiers(relation),
        st.lists(cited, min_size=1, max_size=2),
    )


def links(
    entities: Sequence[Entity] | None = None,
    *,
    sources: Sequence[str] | None = None,
    relations: Iterable[str] | None = None,
) -> SearchStrategy[Link]:
    """Cited links that the metagraph allows, with valid qualifiers.

    Args:
        entities: the entities a link may join (two different ones); None for ids drawn
            with `ids` (the link's kinds are then only implied by its relation).
        sources: the source ids its citations cite; None for any id.
        relations: names of the relations to draw from; None for all of them.

    Raises:
        InvalidArgument: a relation name is unknown, or no allowed link joins two of the
            given entities.

    Shrinks towards the first relation in `painkb.RELATIONS` (``part_of``), the
    first allowed pair of entities, and a single citation.
    """
    chosen = check_relations(relations)
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
    return st.sampled_from(options).flatmap(lambda o: link_between(o[0], o[1].id, o[2].id, cited))


def _free_link(relation: Relation, cited: SearchStrategy[Citation]) -> SearchStrategy[Link]:
    pair = st.lists(IDS, min_size=2, max_size=2, unique=True)
    return pair.flatmap(lambda p: link_between(relation, p[0], p[1], cited))
