"""GraphML: the whole graph for Gephi, Cytoscape, yEd, igraph and networkx.

Nodes are entity ids; each node carries every field of its entity (``kind``, ``name``,
``description``, ...). Edges carry ``relation``, their qualifiers (``zone``) and
``citations``. GraphML holds only scalars, so lists and nested structures (aliases,
xrefs, steps, citations) are JSON strings, and the graph attribute ``sources`` is a JSON
object of every source by id. Each edge's GraphML id, also its ``link`` attribute,
is ``subject.relation.target``.

>>> import io, networkx as nx
>>> buffer = io.BytesIO()
>>> painkb.export.to_graphml(kb, buffer)
>>> graph = nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)
>>> graph.nodes["piriformis"]["kind"], graph.number_of_edges() == len(kb.links)
('muscle', True)
"""

from __future__ import annotations

import io
import json
import os
from typing import IO

import networkx as nx

from painkb import _atomic
from painkb.export._records import edges, flat, nodes, sources_record
from painkb.kb import KnowledgeBase

__all__ = ["edge_id", "graphml_graph", "to_graphml"]


def edge_id(subject: str, relation: str, target: str) -> str:
    """The id of one link in the exports: ``subject.relation.target`` (unique per link)."""
    return f"{subject}.{relation}.{target}"


def graphml_graph(kb: KnowledgeBase) -> nx.MultiDiGraph:
    """A plain, writable copy of ``kb.graph`` whose attributes are all strings, numbers or booleans."""
    graph = nx.MultiDiGraph(name="painkb", sources=json.dumps(sources_record(kb), ensure_ascii=False))
    graph.add_nodes_from((node, flat(record)) for node, record in nodes(kb))
    graph.add_edges_from(
        (subject, target, relation, {"link": edge_id(subject, relation, target), **flat(record)})
        for subject, target, relation, record in edges(kb)
    )
    return graph


def to_graphml(kb: KnowledgeBase, path_or_file: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the knowledge base as GraphML to a path or a binary file.

    Args:
        kb: the knowledge base.
        path_or_file: where to write; a path (``.graphml``) or a file opened in binary mode.
            A path is written atomically: a failure leaves it as it was.
    """
    buffer = io.BytesIO()
    nx.write_graphml(graphml_graph(kb), buffer, edge_id_from_attribute="link")
    # An XML parser reads a raw carriage return in text as a newline; &#13; keeps it. The
    # writer puts none of its own, so each one is in a value (a byte 0x0D is only ever CR).
    data = buffer.getvalue().replace(b"\r", b"&#13;")
    if isinstance(path_or_file, (str, os.PathLike)):
        _atomic.write_bytes(path_or_file, data)
    else:
        path_or_file.write(data)
