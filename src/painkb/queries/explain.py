"""How two entities are connected: short paths of cited links."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from painkb.errors import BadArgumentError
from painkb.kb import KnowledgeBase
from painkb.model import Entity, Link
from painkb.results import Explanation

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["explain"]


def explain(
    kb: KnowledgeBase, a: Entity | str, b: Entity | str, max_length: int = 3, limit: int = 20
) -> tuple[Explanation, ...]:
    """Paths of at most ``max_length`` links between ``a`` and ``b``, shortest first.

    Links are followed in either direction (piriformis --can_compress--> sciatic nerve
    <--involves-- sciatica), but each keeps its own direction in the answer. Paths of
    the same length are sorted by the relations and ids along them.

    Args:
        kb: the knowledge base.
        a: where the path starts (an entity or id).
        b: where it ends.
        max_length: the most links one path may have (at least 1).
        limit: at most this many paths.

    Raises:
        UnknownEntityError: ``a`` or ``b`` is not in the knowledge base.
        BadArgumentError: ``max_length`` or ``limit`` is below 1 (a `ValueError`).

    Examples:
        >>> paths = painkb.explain(kb, "piriformis", "sciatica")
        >>> [len(p) for p in paths] == sorted(len(p) for p in paths)
        True
        >>> via_nerve = [p for p in paths if p.nodes == ("piriformis", "sciatic-nerve", "sciatica")]
        >>> [link.relation for link in via_nerve[0].links]
        ['can_compress', 'involves']
    """
    if max_length < 1 or limit < 1:
        raise BadArgumentError("max_length and limit must be at least 1")
    start, end = kb.resolve(a).id, kb.resolve(b).id
    if start == end:
        return ()
    graph = kb.graph
    succ, pred = graph._succ, graph._pred  # the raw adjacency: no view objects per step
    distance = _distances(succ, pred, end, max_length - 1)
    found: list[tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]]] = []
    # Shortest first, one length at a time: once ``limit`` paths are found, longer ones
    # (which sort after them) are never enumerated.
    for length in range(1, max_length + 1):
        level = []
        for edge_path in _walk(succ, pred, start, end, length, distance, exact=True):
            hops = []
            nodes = [start]
            for u, v, key in edge_path:
                forward = key in succ[u].get(v, ())
                subject, target = (u, v) if forward else (v, u)
                hops.append((key, subject, target))
                nodes.append(v)
            level.append((tuple(hops), tuple(nodes)))
        level.sort()
        found.extend(level)
        if len(found) >= limit:
            break
    return tuple(
        Explanation(nodes, tuple(_link(kb, subject, target, relation) for relation, subject, target in hops))
        for hops, nodes in found[:limit]
    )


def _link(kb: KnowledgeBase, subject: str, target: str, relation: str) -> Link:
    for link in kb.links_from(subject, relation):
        if link.target == target:
            return link
    raise AssertionError(f"graph edge {subject}-{relation}->{target} has no link")  # pragma: no cover


Adjacency = Mapping[str, Mapping[str, Mapping[str, object]]]


def _distances(succ: Adjacency, pred: Adjacency, end: str, depth: int) -> dict[str, int]:
    """Links from each node to ``end`` ignoring direction, for nodes at most ``depth`` away."""
    distance = {end: 0}
    frontier = [end]
    for step in range(1, depth + 1):
        following = []
        for node in frontier:
            for other in itertools.chain(succ[node], pred[node]):
                if other not in distance:
                    distance[other] = step
                    following.append(other)
        frontier = following
    return distance


def _walk(
    succ: Adjacency,
    pred: Adjacency,
    start: str,
    end: str,
    cutoff: int,
    distance: Mapping[str, int],
    *,
    exact: bool,
) -> Iterator[tuple[tuple[str, str, str], ...]]:
    """Simple paths from ``start`` to ``end`` ignoring direction, as (u, v, key) edges:
    of exactly ``cutoff`` edges, or (``exact=False``) of at most ``cutoff``.

    A node is entered only if ``end`` can still be reached from it in the links left
    (``distance`` holds every node within ``cutoff - 1`` links of ``end``), so walks that
    cannot arrive are never started. Edges u->v and v->u with one key count once.
    """
    on_path = {start}
    edges: list[tuple[str, str, str]] = []
    far = cutoff + 1

    def visit(node: str) -> Iterator[tuple[tuple[str, str, str], ...]]:
        outgoing, incoming = succ[node], pred[node]
        left = cutoff - len(edges) - 1  # links left after the next one
        for other in dict.fromkeys([*outgoing, *incoming]):
            if other in on_path:
                continue
            if other == end:
                if exact and left:
                    continue
            elif distance.get(other, far) > left:
                continue
            for key in dict.fromkeys([*outgoing.get(other, ()), *incoming.get(other, ())]):
                edges.append((node, other, key))
                if other == end:
                    yield tuple(edges)
                else:
                    on_path.add(other)
                    yield from visit(other)
                    on_path.discard(other)
                edges.pop()

    yield from visit(start)


def _simple_edge_paths(
    graph: nx.MultiDiGraph, start: str, end: str, cutoff: int
) -> Iterator[tuple[tuple[str, str, str], ...]]:
    """Simple paths of at most ``cutoff`` edges, ignoring direction, as (u, v, key) edges.

    The same paths as ``nx.all_simple_edge_paths(graph.to_undirected(as_view=True), ...)``,
    where edges u->v and v->u with one key count once (tested against it).
    """
    succ, pred = graph._succ, graph._pred
    yield from _walk(succ, pred, start, end, cutoff, _distances(succ, pred, end, cutoff - 1), exact=False)
