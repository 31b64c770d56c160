"""explain's path search finds exactly the simple paths networkx finds in the undirected view."""

from __future__ import annotations

import importlib
import itertools
import random
import time
from collections.abc import Iterator

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import painkb
from painkb.kb import KnowledgeBase
from painkb.model import Citation, Condition, Link, Source
from painkb.results import Explanation
from painkb.strategies import knowledge_bases

explain_module = importlib.import_module("painkb.queries.explain")


def _networkx_paths(kb: KnowledgeBase, a: str, b: str, cutoff: int) -> list[tuple[tuple[str, str, str], ...]]:
    undirected = kb.graph.to_undirected(as_view=True)
    return sorted(tuple(p) for p in nx.all_simple_edge_paths(undirected, a, b, cutoff=cutoff))


def _two_way_kb() -> KnowledgeBase:
    # a mimics b and b mimics a: one edge in the undirected view, so one path, not two.
    cite = [Citation("s", quote="q")]
    conditions = [Condition(id=i, name=i.upper()) for i in ("a", "b", "c", "d")]
    links = [
        Link("a", "mimics", "b", cite),
        Link("b", "mimics", "a", cite),
        Link("b", "mimics", "c", cite),
        Link("c", "mimics", "d", cite),
        Link("a", "mimics", "d", cite),
    ]
    return painkb.build(conditions, [Source(id="s", title="S", kind="blog", evidence="opinion")], links)


@pytest.mark.parametrize("make", [painkb.load, _two_way_kb], ids=["bundled", "two-way"])
def test_paths_match_networkx_for_sampled_pairs_and_lengths(make: object) -> None:
    kb = make()  # type: ignore[operator]
    ids = [e.id for e in kb]
    pairs = list(itertools.permutations(ids, 2))
    # Every pair of the bundled data takes minutes against networkx; a fixed sample of
    # 300 pairs (with the small knowledge base checked in full) keeps the suite quick.
    pairs = random.Random(0).sample(pairs, min(len(pairs), 300))
    checked = 0
    for a, b in pairs:
        for cutoff in (1, 2, 3):
            ours = sorted(explain_module._simple_edge_paths(kb.graph, a, b, cutoff))
            assert ours == _networkx_paths(kb, a, b, cutoff), (a, b, cutoff)
            checked += len(ours)
    assert checked > 0


def test_two_way_links_give_one_path_in_the_forward_direction() -> None:
    kb = _two_way_kb()
    direct = [e for e in painkb.explain(kb, "a", "b") if len(e.links) == 1]
    assert [(l.subject, l.target) for e in direct for l in e.links] == [("a", "b")]


# -- the previous implementation, kept as the oracle ------------------------------------


def _old_explain(
    kb: KnowledgeBase, a: str, b: str, max_length: int = 3, limit: int = 20
) -> tuple[Explanation, ...]:
    """explain before reachability pruning and levels: every path, then sort and cut."""
    start, end = kb.resolve(a).id, kb.resolve(b).id
    if start == end:
        return ()
    graph = kb.graph
    succ, pred = graph.succ, graph.pred
    on_path = {start}
    edges: list[tuple[str, str, str]] = []

    def visit(node: str) -> Iterator[tuple[tuple[str, str, str], ...]]:
        outgoing, incoming = succ[node], pred[node]
        for other in dict.fromkeys([*outgoing, *incoming]):
            if other in on_path:
                continue
            for key in dict.fromkeys([*outgoing.get(other, ()), *incoming.get(other, ())]):
                edges.append((node, other, key))
                if other == end:
                    yield tuple(edges)
                elif len(edges) < max_length:
                    on_path.add(other)
                    yield from visit(other)
                    on_path.discard(other)
                edges.pop()

    found: list[Explanation] = []
    for edge_path in visit(start):
        nodes = [start]
        links: list[Link] = []
        for u, v, key in edge_path:
            subject, target = (u, v) if graph.has_edge(u, v, key) else (v, u)
            links.append(next(l for l in kb.links_from(subject, key) if l.target == target))
            nodes.append(v)
        found.append(Explanation(tuple(nodes), tuple(links)))
    found.sort(key=lambda e: (len(e.links), [(l.relation, l.subject, l.target) for l in e.links]))
    return tuple(dict.fromkeys(found))[:limit]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    knowledge_bases(min_entities=2, max_entities=12, max_links=30),
    st.data(),
    st.integers(1, 5),
    st.integers(1, 30),
)
def test_explain_answers_equal_the_previous_implementation(
    kb: KnowledgeBase, data: st.DataObject, max_length: int, limit: int
) -> None:
    ids = [e.id for e in kb]
    a = data.draw(st.sampled_from(ids))
    b = data.draw(st.sampled_from(ids))
    assert painkb.explain(kb, a, b, max_length, limit) == _old_explain(kb, a, b, max_length, limit)


def test_explain_on_the_bundled_data_equals_the_previous_implementation() -> None:
    kb = painkb.load()
    ids = [e.id for e in kb]
    pairs = random.Random(1).sample(list(itertools.permutations(ids, 2)), 40)
    pairs.append(("piriformis", "sciatica"))
    for a, b in pairs:
        for max_length, limit in ((1, 20), (2, 5), (3, 20), (3, 10**9), (4, 3)):
            assert painkb.explain(kb, a, b, max_length, limit) == _old_explain(kb, a, b, max_length, limit)


def test_limit_bounds_the_work() -> None:
    kb = painkb.load()
    started = time.process_time()
    found = painkb.explain(kb, "piriformis", "sciatica", max_length=6, limit=1)
    assert time.process_time() - started < 0.5  # enumerating every path of 6 links took 2 s
    assert found == _old_explain(kb, "piriformis", "sciatica", max_length=2, limit=1)
