"""Read-only containers for the graph's attribute dictionaries.

networkx's ``freeze`` stops nodes and edges being added or removed, but leaves each
attribute dict writable. Swapping those dicts for :class:`ReadOnlyDict` makes the whole
graph immutable while every networkx reader (which only reads mappings) keeps working.

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
    """Freeze ``graph`` in place, attribute dicts included, and return it."""
    graph.graph = ReadOnlyDict(graph.graph)
    nodes = graph._node
    for node in nodes:
        nodes[node] = ReadOnlyDict(nodes[node])
    for neighbours in graph._adj.values():
        for keyed in neighbours.values():
            for key in keyed:
                keyed[key] = ReadOnlyDict(keyed[key])
    import networkx as nx  # here, so importing painkb does not import networkx

    # _pred holds the same keyed dicts as _adj in a MultiDiGraph, so one pass covers both.
    nx.freeze(graph)
    return graph
