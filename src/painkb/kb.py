"""The knowledge base: entities by id, link indexes, a frozen graph, and text lookup.

Everything is built once and never changes, so one `KnowledgeBase` can be shared
by any number of threads. The indexes are built when the knowledge base is made; the
networkx graph (and networkx itself) only when `KnowledgeBase.graph` is first used,
since most answers need only the indexes.

>>> import painkb
>>> kb = painkb.load()
>>> kb.get("piriformis").name
'Piriformis'
>>> kb.find("QL")[0].id
'quadratus-lumborum'
>>> kb.get("piriformus")
Traceback (most recent call last):
...
painkb.errors.UnknownEntityError: no entity with id 'piriformus'; did you mean 'piriformis'?
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar, overload

from painkb._gc import gc_paused
from painkb.errors import (
    DataError,
    Problem,
    TextTooLongError,
    UnknownEntityError,
    UnknownKindError,
    UnknownSourceError,
    WrongKindError,
)
from painkb.frozen import freeze_graph
from painkb.fuzzy import normalize, suggest
from painkb.metagraph import RELATIONS, not_a_relation
from painkb.model import Citation, Entity, EvidenceLevel, Kind, Link, Source
from painkb.textindex import FIND_MIN_SCORE, MAX_TEXT_LENGTH, TextIndex, rank

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FIND_MIN_SCORE", "KindLike", "KnowledgeBase", "as_kind"]

#: A kind of entity, in any of the forms every ``kind=`` argument accepts: a `Kind`,
#: its name (``"muscle"``) or its entity class (`painkb.model.Muscle`).
KindLike = Kind | str | type[Entity]
E = TypeVar("E", bound=Entity)
T = TypeVar("T")

# One lock for every knowledge base's first graph build: builds are rare, and a lock per
# instance would stop knowledge bases being copied or pickled.
_GRAPH_LOCK = threading.RLock()


def as_kind(kind: KindLike) -> Kind:
    """``Kind`` for a kind, its name (``"region"``) or its entity class; `UnknownKindError` otherwise.

    This is the one place ``kind=`` arguments are read (`KnowledgeBase.entities`,
    `KnowledgeBase.find`, `KnowledgeBase.resolve`, `KnowledgeBase.get`).

    >>> as_kind("warning_sign")
    <Kind.WARNING_SIGN: 'warning_sign'>
    >>> from painkb.model import Muscle
    >>> as_kind(Muscle)
    <Kind.MUSCLE: 'muscle'>
    """
    if isinstance(kind, type):
        if issubclass(kind, Entity) and kind is not Entity:
            return kind.kind
        raise UnknownKindError(
            f"{kind.__name__} is not a kind of entity; pass a subclass of Entity such as Muscle, "
            "a Kind or a kind's name"
        )
    try:
        return Kind(kind)
    except ValueError:
        names = [str(k) for k in Kind]
        hint = suggest(str(kind), names, limit=1)
        message = f"{kind!r} is not a kind of entity"
        raise UnknownKindError(
            message + (f"; did you mean {hint[0]!r}?" if hint else f" (one of {', '.join(names)})")
        ) from None


def _group(links: Iterable[Link], key: str) -> Mapping[tuple[str, str], tuple[Link, ...]]:
    grouped: defaultdict[tuple[str, str], list[Link]] = defaultdict(list)
    group_of = attrgetter(key, "relation")
    for link in links:
        grouped[group_of(link)].append(link)
    return MappingProxyType({k: tuple(v) for k, v in grouped.items()})


# Link's own ordering (attrs order=True) as a plain tuple made in C: as sort key it is
# many times faster than the generated __lt__, which dominated building 100k links.
_sort_key = attrgetter("subject", "relation", "target", "qualifiers")
_by_id = attrgetter("id")


class KnowledgeBase:
    """Validated entities, sources and links, with indexes and a frozen graph.

    Make one with `painkb.load` (bundled or your own files) or
    `painkb.build` (objects you made in Python); both validate first.

    Two knowledge bases are equal when they hold the same entities, sources and links.
    """

    __slots__ = (
        "_by_kind",
        "_derived",
        "_entities",
        "_graph",
        "_label_owners",
        "_labels",
        "_links",
        "_links_in",
        "_links_out",
        "_sources",
        "_text_index",
    )

    def __init__(self, entities: Iterable[Entity], sources: Iterable[Source], links: Iterable[Link]) -> None:
        """Index parts that are already validated together.

        Make knowledge bases with `painkb.build` (objects made in Python) or
        `painkb.load` (data files): they check everything, and then call this. The
        constructor itself checks only what would otherwise fail silently, a link whose
        relation painkb does not know (`links_from` would never return it); it does
        not check that targets and citations resolve or that kinds fit their relations.

        Raises:
            DataError: a link's relation is not in `painkb.RELATIONS`; each problem
                names the link by its place in ``links`` (``links[3]``), as
                `painkb.build` does.
        """
        link_list = list(links)
        unknown = [
            Problem(f"links[{index}]", link.subject, "link.relation", not_a_relation(link.relation))
            for index, link in enumerate(link_list)
            if link.relation not in RELATIONS
        ]
        if unknown:
            raise DataError(unknown)
        ordered = sorted(entities, key=_by_id)
        self._entities: Mapping[str, Entity] = MappingProxyType({e.id: e for e in ordered})
        self._sources: Mapping[str, Source] = MappingProxyType({s.id: s for s in sorted(sources, key=_by_id)})
        self._links: tuple[Link, ...] = tuple(sorted(link_list, key=_sort_key))
        by_kind: defaultdict[Kind, list[Entity]] = defaultdict(list)
        for entity in ordered:
            by_kind[entity.kind].append(entity)
        self._by_kind: Mapping[Kind, tuple[Entity, ...]] = MappingProxyType(
            {kind: tuple(by_kind[kind]) for kind in Kind}
        )
        self._links_out = _group(self._links, "subject")
        self._links_in = _group(self._links, "target")
        # Built on first use: the graph, and the normalised labels with their word index.
        self._labels: tuple[str, ...] = ()
        self._label_owners: tuple[str, ...] = ()
        self._graph: nx.MultiDiGraph | None = None
        self._text_index: TextIndex | None = None
        self._derived: dict[str, object] = {}

    def _text_lookup(self) -> TextIndex:
        """The word index over every normalised name, alias and id (built once)."""
        text_index = self._text_index
        if text_index is None:
            with _GRAPH_LOCK:  # built once, on first use, like the graph
                if self._text_index is None:
                    labels: list[str] = []
                    owners: list[str] = []
                    for entity in self._entities.values():
                        for label in dict.fromkeys(normalize(t) for t in (*entity.labels, entity.id)):
                            labels.append(label)
                            owners.append(entity.id)
                    self._labels, self._label_owners = tuple(labels), tuple(owners)
                    self._text_index = TextIndex(self._labels)
                text_index = self._text_index
        return text_index

    def _build_graph(self) -> nx.MultiDiGraph:
        import networkx as nx

        graph = nx.MultiDiGraph(name="painkb")
        graph.add_nodes_from(
            (e.id, {"kind": e.kind.value, "name": e.name, "entity": e}) for e in self._entities.values()
        )
        graph.add_edges_from(
            (
                link.subject,
                link.target,
                link.relation,
                {"relation": link.relation, "citations": link.citations, **dict(link.qualifiers)},
            )
            for link in self._links
        )
        return freeze_graph(graph)

    # -- comparison and containers -------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeBase):
            return NotImplemented
        return (self._entities, self._sources, self._links) == (other._entities, other._sources, other._links)

    __hash__ = None  # type: ignore[assignment]  # equal by value, but not meant as a dict key

    def __reduce__(
        self,
    ) -> tuple[type[KnowledgeBase], tuple[tuple[Entity, ...], tuple[Source, ...], tuple[Link, ...]]]:
        # The indexes are read-only mappings (which pickle and deepcopy refuse): pickle and
        # copy the parts instead, and index them again when restored. The graph and the
        # word index are rebuilt on first use, as in any new knowledge base.
        return (KnowledgeBase, (tuple(self._entities.values()), tuple(self._sources.values()), self._links))

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def __repr__(self) -> str:
        counts = f"{len(self._entities)} entities, {len(self._links)} links, {len(self._sources)} sources"
        return f"<KnowledgeBase: {counts}>"

    # -- access ---------------------------------------------------------------------------

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The frozen graph: nodes are ids (attributes ``kind``, ``name``, ``entity``),
        edges are keyed by relation (attributes ``relation``, ``citations``, qualifiers).

        Built on first use (once, even when threads ask at the same time)."""
        graph = self._graph
        if graph is None:
            with _GRAPH_LOCK:
                if self._graph is None:
                    # Many objects and no cycles: collections would cost 5x the build
                    # (10k entities: 1.0 s with, 0.17 s without).
                    with gc_paused():
                        self._graph = self._build_graph()
                graph = self._graph
        return graph

    def derived(self, name: str, build: Callable[[KnowledgeBase], T]) -> T:
        """An index that a layer above builds from this knowledge base, once, on first use.

        ``build(kb)`` runs the first time ``name`` is asked for (once, even when threads
        ask at the same time); later calls return the same object. The text
        understanding layer keeps its lexicon here. What ``build`` returns must not change.
        """
        found = self._derived.get(name)
        if found is None:
            with _GRAPH_LOCK:
                found = self._derived.get(name)
                if found is None:
                    found = self._derived[name] = build(self)
        return found  # type: ignore[return-value]

    @property
    def sources(self) -> Mapping[str, Source]:
        """Every source by id, read-only."""
        return self._sources

    @property
    def links(self) -> tuple[Link, ...]:
        """Every link, sorted by subject, relation and target."""
        return self._links

    @overload
    def get(self, entity_id: str) -> Entity: ...
    @overload
    def get(self, entity_id: str, kind: type[E]) -> E: ...
    @overload
    def get(self, entity_id: str, kind: Kind | str) -> Entity: ...

    def get(self, entity_id: str, kind: KindLike | None = None) -> Entity:
        """The entity with this id.

        Args:
            entity_id: the entity's id.
            kind: the kind the entity must be (see `KindLike`); an entity class
                also narrows the type, and `painkb.model.Entity` itself allows
                any kind.

        Raises:
            UnknownEntityError: no such id; ``suggestions`` holds close ones.
            WrongKindError: the entity is not of class ``kind``.
            TypeError: ``entity_id`` is not a string.
        """
        if not isinstance(entity_id, str):
            raise TypeError(
                f"get() takes one id (a string), not {type(entity_id).__name__}; call it once per id"
            )
        entity = self._entities.get(entity_id)
        if entity is None:
            raise UnknownEntityError(entity_id, suggest(str(entity_id), self._entities))
        if kind is None or kind is Entity:
            return entity
        wanted = as_kind(kind)
        if entity.kind is not wanted:
            raise WrongKindError(f"{entity_id!r} is a {entity.kind}, not a {wanted}")
        return entity

    def source(self, source_id: str) -> Source:
        """The source with this id; `UnknownSourceError` with suggestions if none."""
        found = self._sources.get(source_id)
        if found is None:
            raise UnknownSourceError(source_id, suggest(str(source_id), self._sources))
        return found

    def resolve(self, item: Entity | str, kinds: Iterable[KindLike] = ()) -> Entity:
        """The entity for an id or an entity, checked to be one of ``kinds`` (if given).

        Raises:
            UnknownEntityError: the id (or the entity's id) is not in this knowledge base.
            WrongKindError: the entity is not of one of ``kinds``.
        """
        entity = self.get(item.id if isinstance(item, Entity) else item)
        allowed = {as_kind(k) for k in kinds}
        if allowed and entity.kind not in allowed:
            names = " or ".join(sorted(str(k) for k in allowed))
            raise WrongKindError(f"{entity.id!r} is a {entity.kind}; expected a {names}")
        return entity

    @overload
    def entities(self, kind: None = None) -> tuple[Entity, ...]: ...
    @overload
    def entities(self, kind: type[E]) -> tuple[E, ...]: ...
    @overload
    def entities(self, kind: Kind | str) -> tuple[Entity, ...]: ...

    def entities(self, kind: KindLike | None = None) -> tuple[Entity, ...]:
        """All entities, or those of one kind (see `KindLike`), sorted by id."""
        if kind is None:
            return tuple(self._entities.values())
        return self._by_kind[as_kind(kind)]

    def links_from(self, entity_id: str, relation: str | None = None) -> tuple[Link, ...]:
        """Links whose subject is ``entity_id``: for one relation, or all in metagraph order.

        Examples:
            >>> [link.target for link in kb.links_from("piriformis", "can_compress")]
            ['sciatic-nerve']
        """
        if relation is not None:
            return self._links_out.get((entity_id, relation), ())
        return tuple(link for name in RELATIONS for link in self._links_out.get((entity_id, name), ()))

    def links_to(self, entity_id: str, relation: str | None = None) -> tuple[Link, ...]:
        """Links whose target is ``entity_id``: for one relation, or all in metagraph order."""
        if relation is not None:
            return self._links_in.get((entity_id, relation), ())
        return tuple(link for name in RELATIONS for link in self._links_in.get((entity_id, name), ()))

    def evidence(self, citation: Citation) -> EvidenceLevel:
        """The evidence level of one citation: its own, or else its source's."""
        return citation.evidence or self._sources[citation.source].evidence

    def stats(self) -> Mapping[str, Mapping[str, int]]:
        """Counts of entities per kind, links per relation, and sources per kind."""
        return MappingProxyType(
            {
                "entities": MappingProxyType({str(k): len(v) for k, v in self._by_kind.items()}),
                "links": MappingProxyType(
                    dict(sorted(Counter(link.relation for link in self._links).items()))
                ),
                "sources": MappingProxyType(
                    dict(sorted(Counter(str(s.kind) for s in self._sources.values()).items()))
                ),
            }
        )

    # -- lookup by text -------------------------------------------------------------------

    def find(
        self, text: str, kind: KindLike | None = None, limit: int = 10, min_score: float = FIND_MIN_SCORE
    ) -> tuple[Entity, ...]:
        """Entities whose name, alias or id matches ``text``, best first.

        Matching ignores case and punctuation and tolerates typos: ``"glute med"``,
        ``"QL"``, ``"lower back"`` and ``"piriformis strech"`` all find what you mean.
        Only labels holding a word close to a word of the text are scored (see
        `painkb.textindex`), so text none of whose words is close to a word of any
        name, alias or id finds nothing (``"qwertyuiop asdf"``). The word index is built
        on the first call.

        Args:
            text: what to look for, at most `painkb.textindex.MAX_TEXT_LENGTH`
                (1,000) characters.
            kind: only entities of this kind (a `Kind`, its name or its class).
            limit: at most this many results.
            min_score: leave out matches scoring below this (0-100; see
                `find_scored`). The default, 70, keeps names, aliases, ids,
                abbreviations and one or two typos, and drops matches on a stray short
                word or a few shared letters.

        Raises:
            TextTooLongError: ``text`` is longer than 1,000 characters (refused before
                any work, so untrusted text cannot make a lookup slow).
        """
        return tuple(entity for entity, _score in self.find_scored(text, kind, limit, min_score))

    def find_scored(
        self, text: str, kind: KindLike | None = None, limit: int = 10, min_score: float = FIND_MIN_SCORE
    ) -> tuple[tuple[Entity, float], ...]:
        """Like `find`, with each entity's match score (0-100, 100 exact).

        The score is rapidfuzz's ``WRatio`` of the text and the entity's best label, less
        a quarter point per character the two differ in length; an exact match scores 100
        (the rules are `painkb.textindex.rank`'s).
        """
        if not isinstance(text, str):
            raise TypeError(f"find() takes the text to look for (a string), not {type(text).__name__}")
        if len(text) > MAX_TEXT_LENGTH:
            raise TextTooLongError(
                f"find accepts at most {MAX_TEXT_LENGTH:,} characters of text, not {len(text):,}"
            )
        wanted = None if kind is None else as_kind(kind)
        query = normalize(text)
        if not query or limit < 1:
            return ()
        text_index = self._text_lookup()
        entities = self._entities
        keep = None if wanted is None else (lambda owner: entities[owner].kind is wanted)
        ranked = rank(text_index, self._label_owners, query, limit=limit, min_score=min_score, keep=keep)
        return tuple((entities[owner], score) for owner, score in ranked)
