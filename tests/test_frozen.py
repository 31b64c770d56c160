"""painkb.frozen: the shared graph is frozen at every level networkx hands out (#13 item 9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import pytest

import painkb
from painkb.frozen import ReadOnlyDict

U, V = "piriformis", "sciatic-nerve"


def _snapshot(graph: nx.MultiDiGraph) -> tuple[Any, ...]:
    return (
        dict(graph.graph),
        sorted((n, sorted(d)) for n, d in graph.nodes(data=True)),
        sorted((u, v, k, sorted(d.items(), key=str)) for u, v, k, d in graph.edges(keys=True, data=True)),
        sorted((v, u) for v, preds in graph.pred.items() for u in preds),
    )


def _key(graph: nx.MultiDiGraph) -> str:
    return next(iter(graph.get_edge_data(U, V)))


# Every public route to a dict inside the graph, and what a caller might do with it.
_HANDED_OUT: dict[str, Callable[[nx.MultiDiGraph], Any]] = {
    "graph.graph": lambda g: g.graph,
    "get_edge_data(u, v)": lambda g: g.get_edge_data(U, V),
    "get_edge_data(u, v, k)": lambda g: g.get_edge_data(U, V, _key(g)),
    "adjacency() outer": lambda g: dict(g.adjacency())[U],
    "adjacency() keyed": lambda g: dict(g.adjacency())[U][V],
    "adj[u][v]": lambda g: g.adj[U][V],
    "adj[u][v][k]": lambda g: g.adj[U][V][_key(g)],
    "G[u][v]": lambda g: g[U][V],
    "G[u][v][k]": lambda g: g[U][V][_key(g)],
    "succ[u][v]": lambda g: g.succ[U][V],
    "pred[v][u]": lambda g: g.pred[V][U],
    "pred[v][u][k]": lambda g: g.pred[V][U][_key(g)],
    "nodes[n]": lambda g: g.nodes[U],
    "nodes(data=True)": lambda g: dict(g.nodes(data=True))[U],
    "edges(data=True)": lambda g: next(d for u, v, d in g.edges(data=True) if (u, v) == (U, V)),
    "edges[u, v, k]": lambda g: g.edges[U, V, _key(g)],
    "in_edges(data=True)": lambda g: next(iter(g.in_edges(V, data=True)))[2],
    "out_edges(keys, data)": lambda g: next(iter(g.out_edges(U, keys=True, data=True)))[3],
    "_adj": lambda g: g._adj,
    "_adj[u]": lambda g: g._adj[U],
    "_pred": lambda g: g._pred,
    "_pred[v]": lambda g: g._pred[V],
    "_node": lambda g: g._node,
}

_MUTATIONS: dict[str, Callable[[Any], Any]] = {
    "clear": lambda d: d.clear(),
    "pop": lambda d: d.pop(next(iter(d))),
    "popitem": lambda d: d.popitem(),
    "del": lambda d: d.__delitem__(next(iter(d))),
    "set": lambda d: d.__setitem__("x", 1),
    "setdefault": lambda d: d.setdefault("x", 1),
    "update": lambda d: d.update(x=1),
    "|=": lambda d: d.__ior__({"x": 1}),
}


@pytest.mark.parametrize("mutation", _MUTATIONS)
@pytest.mark.parametrize("route", _HANDED_OUT)
def test_nothing_handed_out_can_change_the_shared_graph(route: str, mutation: str) -> None:
    graph = painkb.load().graph
    before = _snapshot(graph)
    handed = _HANDED_OUT[route](graph)
    with pytest.raises((TypeError, AttributeError, nx.NetworkXError)):
        _MUTATIONS[mutation](handed)
    assert _snapshot(graph) == before


_METHODS: dict[str, Callable[[nx.MultiDiGraph], Any]] = {
    "add_node": lambda g: g.add_node("x"),
    "add_edge": lambda g: g.add_edge(U, V, key="x"),
    "remove_edge": lambda g: g.remove_edge(U, V),
    "remove_node": lambda g: g.remove_node(U),
    "add_edges_from": lambda g: g.add_edges_from([(U, "x")]),
    "remove_edges_from": lambda g: g.remove_edges_from([(U, V)]),
    "clear": lambda g: g.clear(),
    "clear_edges": lambda g: g.clear_edges(),
    "update": lambda g: g.update(edges=[(U, "x")]),
    "set_node_attributes": lambda g: nx.set_node_attributes(g, {U: "x"}, "name"),
    "set_edge_attributes": lambda g: nx.set_edge_attributes(g, "x", "relation"),
    "relabel in place": lambda g: nx.relabel_nodes(g, {U: "x"}, copy=False),
}


@pytest.mark.parametrize("method", _METHODS)
def test_no_networkx_method_can_change_the_shared_graph(method: str) -> None:
    graph = painkb.load().graph
    assert nx.is_frozen(graph)
    before = _snapshot(graph)
    with pytest.raises((TypeError, nx.NetworkXError)):
        _METHODS[method](graph)
    assert _snapshot(graph) == before


def test_the_reproducer_leaves_441_edges_and_explain_answers() -> None:
    kb = painkb.load()
    edges = kb.graph.number_of_edges()
    with pytest.raises(TypeError, match="frozen"):
        kb.graph.get_edge_data(U, V).clear()
    assert kb.graph.number_of_edges() == edges == len(kb.links)
    assert kb.graph.has_edge(U, V)


def test_every_level_is_read_only_and_shared_like_networkx_shares_it() -> None:
    graph = painkb.load().graph
    assert isinstance(graph._adj, ReadOnlyDict)
    assert isinstance(graph._pred, ReadOnlyDict)
    assert isinstance(graph._node, ReadOnlyDict)
    assert graph._succ is graph._adj
    assert graph._adj[U][V] is graph._pred[V][U]


def test_readers_and_copies_still_work() -> None:
    graph = painkb.load().graph
    assert nx.shortest_path_length(graph, U, V) >= 1
    assert graph.reverse(copy=False).has_edge(V, U)
    assert graph.subgraph([U, V]).number_of_edges() >= 1
    for made in (graph.copy(), nx.MultiDiGraph(graph), graph.subgraph([U, V]).copy()):
        made.add_edge(U, "new")
        made.nodes[U]["x"] = 1
        assert "new" not in graph
        assert "x" not in graph.nodes[U]
