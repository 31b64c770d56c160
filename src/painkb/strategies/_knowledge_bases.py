"""Valid knowledge bases, every one made by `painkb.build`."""

from __future__ import annotations

from collections.abc import Iterable

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from painkb.kb import KnowledgeBase
from painkb.load import build
from painkb.metagraph import RELATIONS, Relation
from painkb.model import ENTITY_CLASSES, Citation, Entity, Kind, Link
from painkb.strategies._checks import check_kind, check_range
from painkb.strategies._objects import IDS, builds_model, citations, qualifiers, sources

# (relation, subject kind, target kind) for every pair of kinds a relation allows.
_ALLOWED_TRIPLES: tuple[tuple[Relation, Kind, Kind], ...] = tuple(
    (relation, subject, target)
    for relation in RELATIONS.values()
    for subject, target in sorted(relation.pairs)
)


# Templates drawn once per class and reused for speed: entities cite placeholder source
# ids, which instantiate() maps onto the sources actually drawn (slot-0 -> the first, ...).
_PLACEHOLDER_SOURCES = tuple(f"slot-{i}" for i in range(4))
_SOURCES = sources()
ENTITY_TEMPLATES: dict[Kind, SearchStrategy[Entity]] = {
    kind: builds_model(cls, st.just("placeholder"), _PLACEHOLDER_SOURCES)
    for kind, cls in ENTITY_CLASSES.items()
}
_LINK_CITATIONS = st.lists(citations(_PLACEHOLDER_SOURCES), min_size=1, max_size=2)
_QUALIFIERS = {name: qualifiers(relation) for name, relation in RELATIONS.items()}


def _resolve_placeholder(citation: Citation, cited: tuple[str, ...]) -> Citation:
    """``citation`` citing one of the ``cited`` source ids instead of its placeholder."""
    return attrs.evolve(citation, source=cited[_PLACEHOLDER_SOURCES.index(citation.source) % len(cited)])


def instantiate(entity: Entity, entity_id: str, cited: tuple[str, ...]) -> Entity:
    """A drawn template given its id, its citations citing the ``cited`` source ids (or none)."""
    found = tuple(_resolve_placeholder(c, cited) for c in entity.citations) if cited else ()
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
    triples = [] if not cited else [t for t in _ALLOWED_TRIPLES if t[1] in kinds and t[2] in kinds]
    # Each required link gets its own pair of entities (target first), so it always fits.
    required = (
        draw(st.lists(st.sampled_from(triples), min_size=min_links, max_size=min_links)) if min_links else []
    )
    low, high = max(0, min_entities - 2 * len(required)), max_entities - 2 * len(required)
    entity_kinds = draw(st.lists(st.sampled_from(kinds), min_size=low, max_size=high)) if kinds else []
    free = len(entity_kinds)
    entity_kinds += [kind for _, subject, target in required for kind in (target, subject)]
    entity_ids = draw(st.lists(IDS, min_size=len(entity_kinds), max_size=len(entity_kinds), unique=True))
    entity_list = [
        instantiate(draw(ENTITY_TEMPLATES[kind]), entity_id, cited)
        for kind, entity_id in zip(entity_kinds, entity_ids, strict=True)
    ]

    def link(relation: Relation, subject: Entity, target: Entity) -> Link:
        found = tuple(_resolve_placeholder(c, cited) for c in draw(_LINK_CITATIONS))
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
for _relation, _subject, _target in _ALLOWED_TRIPLES:
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
    """Valid, consistent knowledge bases, made with `painkb.build`.

    Every reference resolves, every link is cited by a source in the knowledge base and
    allowed by `painkb.RELATIONS`, no link is written twice, no link joins an
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
    min_e, max_e = check_range("min_entities", min_entities, "max_entities", max_entities)
    min_s, max_s = check_range("min_sources", min_sources, "max_sources", max_sources)
    min_l, max_l = check_range("min_links", min_links, "max_links", max_links)
    if kinds is None:
        allowed = tuple(Kind)
    elif isinstance(kinds, str):
        raise InvalidArgument(f"kinds={kinds!r} must be a list of kinds, not one string")
    else:
        allowed = tuple(dict.fromkeys(check_kind(k, "kinds") for k in kinds))
    if not allowed and min_e > 0:
        raise InvalidArgument(f"kinds=() allows no entity, but min_entities={min_e}")
    if min_l:
        if 2 * min_l > max_e:
            raise InvalidArgument(f"min_links={min_l} needs max_entities >= {2 * min_l}")
        if max_s == 0:
            raise InvalidArgument(f"min_links={min_l} needs sources to cite, but max_sources=0")
        if not any(s in allowed and t in allowed for _, s, t in _ALLOWED_TRIPLES):
            raise InvalidArgument(f"no relation joins two of kinds={[str(k) for k in allowed]}")
    return _knowledge_bases(max(min_e, 0), max_e, max(min_s, 1 if min_l else 0), max_s, min_l, max_l, allowed)
