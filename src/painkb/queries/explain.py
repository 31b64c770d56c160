"""How two entities are connected: short paths of cited links."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

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
        ValueError: ``max_length`` or ``limit`` is below 1.

    Examples:
        >>> paths = painkb.explain(kb, "piriformis", "sciatica")
        >>> [len(p) for p in paths] == sorted(len(p) for p in paths)
        True
        >>> via_nerve = [p for p in paths if p.nodes == ("piriformis", "sciatic-nerve", "sciatica")]
        >>> [link.relation for link in via_nerve[0].links]
        ['can_compress', 'involves']
    """
    if max_length < 1 or limit < 1:
        raise ValueError("max_length and limit must be at least 1")
    start, end = kb.resolve(a).id, kb.resolve(b).id
    if start == end:
        return ()
    graph = kb.graph
    found: list[Explanation] = []
    for edge_path in _simple_edge_paths(graph, start, end, max_length):
        nodes = [start]
        links: list[Link] = []
        for u, v, key in edge_path:
            forward = graph.has_edge(u, v, key)
            subject, target = (u, v) if forward else (v, u)
            links.append(_link(kb, subject, target, key))
            nodes.append(v)
        found.append(Explanation(tuple(nodes), tuple(links)))
    found.sort(key=lambda e: (len(e.links), [(l.relation, l.subject, l.target) for l in e.links]))
    return tuple(dict.fromkeys(found))[:limit]


def _link(kb: KnowledgeBase, subject: str, target: str, relation: str) -> Link:
    for link in kb.links_from(subject, relation):
        if link.target == target:
            return link
    raise AssertionError(f"graph edge {subject}-{relation}->{target} has no link")  # pragma: no cover


def _simple_edge_paths(
    graph: nx.MultiDiGraph, start: str, end: str, cutoff: int
) -> Iterator[tuple[tuple[str, str, str], ...]]:
    """Simple paths of at most ``cutoff`` edges, ignoring direction, as (u, v, key) edges.

    The same paths as ``nx.all_simple_edge_paths(graph.to_undirected(as_view=True), ...)``,
    where edges u->v and v->u with one key count once; but that view checks every node
    each time it is made, which made ``explain`` grow with the size of the graph.
    """
    succ, pred = graph.succ, graph.pred
    on_path = {start}
    edges: list[tuple[str, str, str]] = []

    def visit(node: str) -> Iterator[tuple[tuple[str, str, str], ...]]:
        outgoing, incoming = succ[node], pred[node]
        for other in dict.fromkeys([*outgoing, *incoming]):
            if other in on_path:
                continue
            keys = dict.fromkeys([*outgoing.get(other, ()), *incoming.get(other, ())])
            for key in keys:
                edges.append((node, other, key))
                if other == end:
                    yield tuple(edges)
                elif len(edges) < cutoff:
                    on_path.add(other)
                    yield from visit(other)
                    on_path.discard(other)
                edges.pop()

    yield from visit(start)
