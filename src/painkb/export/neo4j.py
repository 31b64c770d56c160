"""CSV tables in the ``neo4j-admin database import`` format, for users who outgrow one process.

`to_neo4j_csv` writes three files into a folder:

- ``entities.csv``: ``id:ID(Entity)``, ``:LABEL`` (``Entity;Muscle``), then every field
  of every kind (empty where a kind lacks it; ``group:boolean``);
- ``sources.csv``: ``id:ID(Source)``, ``:LABEL`` (``Source``) and the source fields;
- ``links.csv``: ``:START_ID(Entity)``, ``:END_ID(Entity)``, ``:TYPE`` (the relation name
  as in `painkb.RELATIONS`), each qualifier, and ``citations``.

Lists and citations are JSON strings (read them with ``apoc.convert.fromJsonList``);
no array delimiter is needed. Lines end with CRLF (RFC 4180), so a cell holding a
carriage return or a newline is always quoted.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula. So
that opening an export never runs one, a cell that starts with one of these, a tab, a
carriage return or an apostrophe gets one apostrophe ``'`` in front (what OWASP advises,
and what a spreadsheet shows as plain text); to get the exact value back, drop the first
character of any cell that starts with ``'`` (`unquote_cell`). Cells can be longer
than Python's default `csv.field_size_limit` (131,072 characters): raise it before
reading with the `csv` module. Import with::

    neo4j-admin database import full --nodes=entities.csv --nodes=sources.csv \\
        --relationships=links.csv painkb
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

import attrs

from painkb import _atomic
from painkb.export._records import edges, flat, nodes, sources_record
from painkb.export.rdf import class_iri
from painkb.kb import KnowledgeBase
from painkb.metagraph import RELATIONS
from painkb.model import ENTITY_CLASSES, Source

__all__ = ["FILES", "to_neo4j_csv", "unquote_cell"]

#: The files `to_neo4j_csv` writes.
FILES = ("entities.csv", "sources.csv", "links.csv")


def _columns(classes: list[type[Any]]) -> list[tuple[str, str]]:
    """``(field, header)`` for every field of ``classes`` except ``id``, first seen first."""
    seen: dict[str, str] = {}
    for cls in classes:
        for field in attrs.fields(cls):
            if field.name != "id" and field.name not in seen:
                boolean = isinstance(field.default, bool)
                seen[field.name] = f"{field.name}:boolean" if boolean else field.name
    return list(seen.items())


# What a spreadsheet may read as a formula, and the apostrophe that marks a quoted cell.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def unquote_cell(cell: str) -> str:
    """The value written to a cell: the cell without the ``'`` put before a possible formula.

    >>> unquote_cell("'=1+1"), unquote_cell("''quoted'"), unquote_cell("plain")
    ('=1+1', "'quoted'", 'plain')
    """
    return cell[1:] if cell.startswith("'") else cell


def _table(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def to_neo4j_csv(kb: KnowledgeBase, folder: str | os.PathLike[str]) -> list[Path]:
    """Write ``entities.csv``, ``sources.csv`` and ``links.csv`` into ``folder`` (made if missing).

    The three files are written as one: all are written and fsynced before any replaces
    a file in ``folder``, so a failure leaves the files already there as they were.

    Returns:
        The paths written, in the order of `FILES`.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    entity_columns = [("kind", "kind"), *_columns(list(ENTITY_CLASSES.values()))]
    entity_rows = []
    for node, record in nodes(kb):
        values = flat(record)
        label = class_iri(str(record["kind"])).rsplit("/", 1)[1]
        entity_rows.append(
            [node, f"Entity;{label}", *(_cell(values.get(name, "")) for name, _ in entity_columns)]
        )
    source_columns = _columns([Source])
    source_rows = [
        [source_id, "Source", *(_cell(flat(record).get(name, "")) for name, _ in source_columns)]
        for source_id, record in sources_record(kb).items()
    ]
    qualifiers = sorted({name for relation in RELATIONS.values() for name in relation.qualifiers})
    link_rows = [
        [
            subject,
            target,
            relation,
            *(_cell(record.get(name, "")) for name in qualifiers),
            _cell(flat(record)["citations"]),
        ]
        for subject, target, relation, record in edges(kb)
    ]
    paths = [out / name for name in FILES]
    tables = [
        _table(["id:ID(Entity)", ":LABEL", *(h for _, h in entity_columns)], entity_rows),
        _table(["id:ID(Source)", ":LABEL", *(h for _, h in source_columns)], source_rows),
        _table([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", *qualifiers, "citations"], link_rows),
    ]
    _atomic.write_many(zip(paths, tables, strict=True))
    return paths
