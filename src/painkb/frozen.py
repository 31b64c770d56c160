"""Read-only containers for every dict a networkx graph is made of.

networkx's ``freeze`` stops nodes and edges being added or removed through the graph's
methods, but every dict networkx hands out stays writable: ``get_edge_data(u, v)``,
``adjacency()``, ``G.succ[u]`` and ``G.pred[v]`` return the graph's own inner dicts, so
``get_edge_data(u, v).clear()`` would remove edges from a graph shared by every caller.
`freeze_graph` rebuilds each level (the node table, the outer and inner adjacency
dicts, the dicts of parallel edges by key, every attribute dict and the graph's own
attributes) as a `ReadOnlyDict`, keeping the sharing networkx relies on (a
MultiDiGraph's successor and predecessor tables hold the same keyed dicts). Every
networkx reader keeps working, because readers only read mappings; ``G.copy()`` and
``nx.MultiDiGraph(G)`` give plain, writable graphs.

>>> d = ReadOnlyDict(kind="muscle")
>>> d["kind"] = "region"
Traceback (most recent call last):
...
TypeError: this graph is frozen: its attribute dicts are read-only
>>> import copy; type(copy.deepcopy(d)) is dict
True
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ReadOnlyDict", "freeze_graph"]


class ReadOnlyDict(dict[str, Any]):
    """A dict whose mutating methods raise; copies of it are plain dicts."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("this graph is frozen: its attribute dicts are read-only")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return copy.deepcopy(dict(self), memo)

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[dict[str, Any]]]:
        return (dict, (dict(self),))


def freeze_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Freeze ``graph`` in place, every dict in it included, and return it."""
    import networkx as nx  # here, so importing painkb does not import networkx

    keyed: dict[int, ReadOnlyDict] = {}

    def edges_by_key(edges: dict[Any, dict[str, Any]]) -> ReadOnlyDict:
        # _succ[u][v] and _pred[v][u] are one dict in networkx; keep them one.
        if id(edges) not in keyed:
            keyed[id(edges)] = ReadOnlyDict({key: ReadOnlyDict(data) for key, data in edges.items()})
        return keyed[id(edges)]

    def table(adjacency: dict[Any, dict[Any, Any]]) -> ReadOnlyDict:
        return ReadOnlyDict(
            {
                node: ReadOnlyDict({other: edges_by_key(e) for other, e in nbrs.items()})
                for node, nbrs in adjacency.items()
            }
        )

    graph.graph = ReadOnlyDict(graph.graph)
    graph._node = ReadOnlyDict({node: ReadOnlyDict(data) for node, data in graph._node.items()})
    succ, pred = table(graph._succ), table(graph._pred)
    graph._adj = succ  # also sets _succ
    graph._pred = pred
    nx.freeze(graph)
    return graph
