"""Flat records for nodes and edges, shared by the exports.

Entity fields become a dict of plain values (`painkb.as_data`); for formats that
only hold scalars (GraphML, CSV), lists and nested structures become JSON strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from painkb.kb import KnowledgeBase
from painkb.model import Entity, Link
from painkb.plain import as_data

__all__ = ["edge_record", "edges", "flat", "node_record", "nodes", "sources_record"]


def node_record(entity: Entity) -> dict[str, Any]:
    """Every field of ``entity`` except its id, as plain data (``kind`` first)."""
    data: dict[str, Any] = as_data(entity)
    del data["id"]
    return data


def edge_record(link: Link) -> dict[str, Any]:
    """``relation``, each qualifier by name, and ``citations`` of one link, as plain data."""
    return {"relation": link.relation, **dict(link.qualifiers), "citations": as_data(link.citations)}


def sources_record(kb: KnowledgeBase) -> dict[str, Any]:
    """Every source by id, as plain data."""
    return {source_id: as_data(source) for source_id, source in kb.sources.items()}


def flat(record: dict[str, Any]) -> dict[str, str | bool | int | float]:
    """``record`` with None dropped and lists or dicts turned into JSON strings."""
    out: dict[str, str | bool | int | float] = {}
    for key, value in record.items():
        if value is None:
            continue
        if isinstance(value, (list, dict)):
            out[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            out[key] = value
    return out


def nodes(kb: KnowledgeBase) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(id, record)`` for every entity, sorted by id."""
    for entity in kb.entities():
        yield entity.id, node_record(entity)


def edges(kb: KnowledgeBase) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """``(subject, target, relation, record)`` for every link, in the knowledge base's order."""
    for link in kb.links:
        yield link.subject, link.target, link.relation, edge_record(link)
