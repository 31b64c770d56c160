"""explain's path search finds exactly the simple paths networkx finds in the undirected view."""

from __future__ import annotations

import importlib
import itertools
import random

import networkx as nx
import pytest

import painkb
from painkb.kb import KnowledgeBase
from painkb.model import Citation, Condition, Link, Source

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
