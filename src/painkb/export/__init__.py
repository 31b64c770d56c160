"""Exports that other tools open: GraphML, node-link JSON, JSON Lines, RDF, Neo4j CSV.

``import painkb`` does not import this package; import it yourself
(``import painkb.export``). RDF needs the optional extra: ``pip install 'painkb[export]'``.

>>> import painkb.export
>>> sorted(painkb.export.FORMATS)
['csv', 'graphml', 'json', 'jsonl', 'nt', 'ttl']
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from painkb.errors import UnknownFormatError
from painkb.export.graphml import graphml_graph, to_graphml
from painkb.export.neo4j import to_neo4j_csv
from painkb.export.nodelink import jsonl_records, to_node_link, write_json, write_jsonl
from painkb.export.rdf import NAMESPACE, class_iri, rdf_graph, to_rdf, write_rdf, xref_iri
from painkb.kb import KnowledgeBase

__all__ = [
    "FORMATS",
    "NAMESPACE",
    "class_iri",
    "export",
    "graphml_graph",
    "jsonl_records",
    "rdf_graph",
    "to_graphml",
    "to_neo4j_csv",
    "to_node_link",
    "to_rdf",
    "write_json",
    "write_jsonl",
    "write_rdf",
    "xref_iri",
]

#: Each export format by its name on the command line; ``csv`` writes a folder.
FORMATS: dict[str, Callable[[KnowledgeBase, str], object]] = {
    "graphml": to_graphml,
    "json": write_json,
    "jsonl": write_jsonl,
    "ttl": lambda kb, path: write_rdf(kb, path, "turtle"),
    "nt": lambda kb, path: write_rdf(kb, path, "nt"),
    "csv": to_neo4j_csv,
}


def export(kb: KnowledgeBase, format: str, path: str | os.PathLike[str]) -> None:
    """Write ``kb`` in one of `FORMATS` to ``path`` (a folder for ``csv``), making
    missing parent folders.

    Raises:
        UnknownFormatError: an unknown format (a `ValueError`).
    """
    try:
        writer = FORMATS[format]
    except KeyError:
        raise UnknownFormatError(
            f"unknown format {format!r}; use one of {', '.join(sorted(FORMATS))}"
        ) from None
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    writer(kb, os.fspath(path))
