"""networkx node-link JSON, and JSON Lines with one node or edge per line.

The node-link document is what ``networkx.node_link_graph(data, edges="edges")`` reads:
``{"directed": true, "multigraph": true, "graph": {...}, "nodes": [...], "edges": [...]}``.
Each node has ``id`` and every field of its entity; each edge has ``source``, ``target``,
``key`` (the relation), ``relation``, its qualifiers and ``citations``. Lists and
citations stay JSON lists and objects. ``graph.sources`` holds every source by id.

>>> data = painkb.export.to_node_link(kb)
>>> data["nodes"][0]["id"] == kb.entities()[0].id, len(data["edges"]) == len(kb.links)
(True, True)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import IO, Any

from painkb import _atomic
from painkb.export._records import edges, nodes, sources_record
from painkb.kb import KnowledgeBase

__all__ = ["jsonl_records", "to_node_link", "write_json", "write_jsonl"]


def to_node_link(kb: KnowledgeBase) -> dict[str, Any]:
    """The knowledge base as a networkx node-link document (plain, JSON-ready data)."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"name": "painkb", "sources": sources_record(kb)},
        "nodes": [{"id": node, **record} for node, record in nodes(kb)],
        "edges": [
            {"source": subject, "target": target, "key": relation, **record}
            for subject, target, relation, record in edges(kb)
        ],
    }


def jsonl_records(kb: KnowledgeBase) -> Iterator[dict[str, Any]]:
    """One record per source, node and edge, each with ``type`` ``source``, ``node`` or ``edge``.

    >>> [r["type"] for r in painkb.export.jsonl_records(kb)][-1]
    'edge'
    """
    for source in sources_record(kb).values():
        yield {"type": "source", **source}
    for node, record in nodes(kb):
        yield {"type": "node", "id": node, **record}
    for subject, target, _relation, record in edges(kb):
        yield {"type": "edge", "source": subject, "target": target, **record}


def _line_safe(text: str) -> str:
    """JSON text with U+2028, U+2029 and U+0085 escaped, so ``str.splitlines`` and
    JavaScript split it only where a line really ends (JSON allows them raw in strings)."""
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def _write_text(text: str, path_or_file: str | os.PathLike[str] | IO[str]) -> None:
    if isinstance(path_or_file, (str, os.PathLike)):
        _atomic.write_text(path_or_file, text)
    else:
        path_or_file.write(text)


def write_json(kb: KnowledgeBase, path_or_file: str | os.PathLike[str] | IO[str]) -> None:
    """Write `to_node_link` as indented UTF-8 JSON to a path or a text file."""
    _write_text(_line_safe(json.dumps(to_node_link(kb), indent=2, ensure_ascii=False)) + "\n", path_or_file)


def write_jsonl(kb: KnowledgeBase, path_or_file: str | os.PathLike[str] | IO[str]) -> None:
    """Write `jsonl_records` as JSON Lines (one compact JSON object per line).

    U+2028, U+2029 and U+0085 are written as ``\\u`` escapes, so every line splitter
    (``str.splitlines`` included) sees one record per line.
    """
    lines = (
        _line_safe(json.dumps(record, ensure_ascii=False, sort_keys=True)) for record in jsonl_records(kb)
    )
    _write_text("".join(line + "\n" for line in lines), path_or_file)
