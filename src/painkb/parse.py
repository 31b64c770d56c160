"""One data file -> typed objects, with every problem in it named by file, entry and field.

A data file is TOML. Each section is an array of tables named after a kind (``[[muscle]]``,
``[[treatment]]``, ...) or ``[[source]]``. An entity's links are written under it as
``[[muscle.link]]`` tables with ``relation``, ``target``, ``citations`` and the relation's
qualifiers. Parsing checks one file on its own; `painkb.crosscheck` checks the files
against each other.

>>> from painkb.documents import Document
>>> doc = Document("demo.toml", '''
... [[region]]
... id = "buttock"
... name = "Buttock"
... nmae = "typo"
... ''')
>>> [str(p) for p in parse_document(doc).problems]
["demo.toml:3: [buttock] nmae: unknown field; did you mean 'name'?"]
"""

from __future__ import annotations

import enum
import functools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from painkb import fieldtypes, model
from painkb.documents import Document
from painkb.errors import Origin, Problem
from painkb.fieldtypes import type_name, visible
from painkb.fuzzy import suggest
from painkb.metagraph import RELATIONS, not_a_relation
from painkb.model import (
    ENTITY_CLASSES,
    FORBIDDEN_CHARACTERS,
    ID_PATTERN,
    Citation,
    Entity,
    Kind,
    Link,
    Source,
)

#: Documents only TOML 1.1 accepts, one per construct it added (each must be refused).
TOML_1_1_ONLY = {
    "a newline in an inline table": "t = { a = 1,\n  b = 2 }\n",
    "a trailing comma in an inline table": "t = { a = 1, }\n",
    "a comment in an inline table": "t = { a = 1 # c\n}\n",
    "the escape \\e": 't = "\\e"\n',
    "the escape \\xHH": 't = "\\x41"\n',
    "a time without seconds": "t = 07:32\n",
    "a date-time without seconds": "t = 1979-05-27T07:32Z\n",
}


def _require_toml_1_0(parser: Any) -> None:
    """Refuse a TOML parser that reads any TOML 1.1-only construct (a tomli >= 2.4
    installed past the pin), rather than accept files other Pythons refuse."""
    for construct, text in TOML_1_1_ONLY.items():
        try:
            parser.loads(text)
        except parser.TOMLDecodeError:
            continue
        raise ImportError(
            f"painkb reads TOML 1.0 only, but {parser.__name__} {getattr(parser, '__version__', '')} "
            f"accepts {construct} (TOML 1.1); install tomli<2.4"
        )


@functools.cache
def _toml() -> Any:
    """The TOML 1.0 parser, imported and checked on first use: a load from a snapshot reads
    no TOML, and the import and the check cost a few milliseconds of every cold start.

    painkb reads TOML 1.0 on every Python, so a file loads on all of them or on none.
    tomllib is TOML 1.0 on Python 3.11-3.14 (3.15's reads TOML 1.1); tomli is TOML 1.0
    before 2.4, and pyproject.toml pins it there for the Pythons that use it.
    """
    if sys.version_info >= (3, 11) and sys.version_info < (3, 15):
        import tomllib as parser
    else:  # pragma: no cover - exercised on Python 3.10 and 3.15+ only
        import tomli as parser  # type: ignore[import-not-found,unused-ignore]
    _require_toml_1_0(parser)
    return parser


def toml_loads(text: str) -> dict[str, Any]:
    """Parse TOML 1.0 text: the careful loader's parser (the fast path's, when toml_rs is missing)."""
    data: dict[str, Any] = _toml().loads(text)
    return data


def __getattr__(name: str) -> Any:
    if name == "tomllib":  # the parser module, for the tests and the fast path
        return _toml()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)$")

__all__ = ["LINK_KEY", "SOURCE_SECTION", "Origin", "ParsedDocument", "parse_document"]

SOURCE_SECTION = "source"
LINK_KEY = "link"
_LINK_FIELDS = ("relation", "target", "citations")


@attrs.frozen
class ParsedDocument:
    """What one file holds, each object with its origin, and the file's own problems."""

    document: Document
    sources: tuple[tuple[Source, Origin], ...]
    entities: tuple[tuple[Entity, Origin], ...]
    links: tuple[tuple[Link, Origin], ...]
    problems: tuple[Problem, ...]


_FIELD_TYPES: dict[type[Any], dict[str, tuple[Any, bool]]] = {}


def _field_types(cls: type[Any]) -> dict[str, tuple[Any, bool]]:
    """Field name -> (resolved type, required) for an attrs class."""
    if cls in _FIELD_TYPES:
        return _FIELD_TYPES[cls]
    attrs.resolve_types(cls, globalns=vars(model))
    _FIELD_TYPES[cls] = {
        a.name: (a.type, a.default is attrs.NOTHING) for a in attrs.fields(cls) if not a.name.startswith("_")
    }
    return _FIELD_TYPES[cls]


def _forbidden(value: object, field: str = "") -> Iterator[tuple[str, str, str]]:
    """``(field, what, character)`` for every string in a TOML value holding a forbidden character."""
    if isinstance(value, str):
        match = FORBIDDEN_CHARACTERS.search(value)
        if match:
            yield field, "holds", match.group()
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _forbidden(item, f"{field}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            name = visible(key)
            path = f"{field}.{name}" if field else name
            match = FORBIDDEN_CHARACTERS.search(key)
            if match:
                yield path, "has a name that holds", match.group()
            yield from _forbidden(item, path)


class _EntryParser:
    """Checks one entry's fields against its class, collecting problems instead of raising."""

    def __init__(self, origin: Origin, problems: list[Problem]) -> None:
        self.origin = origin
        self.problems = problems

    def fail(self, field: str, message: str) -> None:
        self.problems.append(self.origin.problem(message, field))

    def value(self, field: str, expected: Any, raw: object) -> tuple[bool, Any]:
        """Check ``raw`` against the type ``expected``; (ok, converted value)."""
        return fieldtypes.of(expected).parse(self.fail, field, raw)

    def unknown_keys(self, field: str, table: Mapping[str, object], known: tuple[str, ...]) -> None:
        fieldtypes.unknown_keys(self.fail, field, table, known)

    def citations(self, field: str, raw: object, *, required: bool) -> tuple[bool, Any]:
        return fieldtypes.parse_citations(self.fail, field, raw, required=required)

    def fields(
        self, cls: type[Any], table: Mapping[str, object], skip: tuple[str, ...]
    ) -> dict[str, Any] | None:
        """Convert a table to keyword arguments for ``cls``; None if anything is wrong."""
        types = _field_types(cls)
        before = len(self.problems)
        self.unknown_keys("", {k: v for k, v in table.items() if k not in skip}, tuple(types))
        attributes = attrs.fields_dict(cls)
        kwargs: dict[str, Any] = {}
        for name, (expected, required) in types.items():
            if name not in table:
                if required:
                    self.fail(name, "is required")
                continue
            ok, value = self.value(name, expected, table[name])
            if ok and fieldtypes.rule_problems(self.fail, name, attributes[name], value):
                kwargs[name] = value
        return kwargs if len(self.problems) == before else None


def _entry_id(table: Mapping[str, object], section: str, index: int) -> str:
    raw = table.get("id")
    return raw if isinstance(raw, str) and raw else f"{section} #{index + 1}"


def _parse_links(
    entry_parser: _EntryParser,
    link_lines: list[int],
    subject: str,
    raw: object,
    python_origins: Sequence[str] = (),
) -> list[tuple[Link, Origin]]:
    """The links written under one entry; ``python_origins`` names each link made in
    Python (``links[7]``), whose fields are then ``link.target`` and so on."""
    if not isinstance(raw, list):
        entry_parser.fail(LINK_KEY, f"must be [[...link]] tables, not {type_name(raw)}")
        return []
    links = []
    entry_origin = entry_parser.origin
    for index, table in enumerate(raw):
        if python_origins:
            field = LINK_KEY
            origin = Origin(python_origins[index], subject)
        else:
            field = f"{LINK_KEY}[{index}]"
            # Point problems at the link's own [[kind.link]] line, not the entry's.
            line = link_lines[index] if index < len(link_lines) else entry_origin.line
            origin = attrs.evolve(entry_origin, line=line)
        parser = _EntryParser(origin, entry_parser.problems)
        if not isinstance(table, dict):
            parser.fail(field, f"must be a table, not {type_name(table)}")
            continue
        before = len(parser.problems)
        relation_name = table.get("relation")
        relation = RELATIONS.get(relation_name) if isinstance(relation_name, str) else None
        if relation is None:
            parser.fail(f"{field}.relation", not_a_relation(relation_name))
        target = table.get("target")
        if not isinstance(target, str) or not ID_PATTERN.match(target):
            parser.fail(f"{field}.target", f"needs the id of the linked entity, not {target!r}")
        qualifier_names = tuple(relation.qualifiers) if relation else ()
        parser.unknown_keys(field, table, _LINK_FIELDS + qualifier_names)
        qualifiers = {}
        if relation is not None:
            for name, allowed in relation.qualifiers.items():
                value = table.get(name)
                if value is None:
                    parser.fail(
                        f"{field}.{name}", f"is required for {relation.name} (one of {', '.join(allowed)})"
                    )
                elif value not in allowed:
                    parser.fail(f"{field}.{name}", f"{value!r} is not one of {', '.join(allowed)}")
                else:
                    qualifiers[name] = str(value)
        if "citations" not in table:
            parser.fail(
                f"{field}.citations", "a link needs at least one citation ({ source = ..., quote = ... })"
            )
            continue
        ok, citations = parser.citations(f"{field}.citations", table["citations"], required=True)
        if ok and len(parser.problems) == before:
            # Ids are interned: every link to an entity shares one string with it.
            link = Link(
                sys.intern(subject),
                sys.intern(str(relation_name)),
                sys.intern(str(target)),
                citations,
                qualifiers,
            )
            links.append((link, attrs.evolve(origin, field=field)))
    return links


def _parse_entry(
    cls: type[Any],
    table: Mapping[str, object],
    origin: Origin,
    problems: list[Problem],
    links: list[tuple[Link, Origin]],
    link_lines: list[int] = [],  # noqa: B006  # read only
    python_origins: Sequence[str] = (),
) -> Any:
    """One entry's object (None if it has problems); its links are added to ``links``."""
    parser = _EntryParser(origin, problems)
    for field, what, char in _forbidden(table):
        parser.fail(
            field,
            f"{what} U+{ord(char):04X}, which painkb does not allow in text (control characters "
            "other than tab and newlines, U+FFFE, U+FFFF: XML cannot carry them and "
            "terminals act on them); remove it",
        )
    raw_id = table.get("id")
    skip = (LINK_KEY,) if cls is not Source else ()
    kwargs = parser.fields(cls, table, skip)
    if cls is not Source and LINK_KEY in table and isinstance(raw_id, str):
        links.extend(_parse_links(parser, link_lines, raw_id, table[LINK_KEY], python_origins))
    if kwargs is None:
        return None
    if isinstance(kwargs.get("id"), str):
        kwargs["id"] = sys.intern(kwargs["id"])
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as error:  # a model validator the checks above missed
        parser.fail("", str(error))
        return None


def parse_document(document: Document) -> ParsedDocument:
    """Parse one data file; problems are collected in the result, never raised."""
    problems: list[Problem] = []
    empty = ParsedDocument(document, (), (), (), ())
    if document.text.startswith("\ufeff"):
        message = (
            "starts with a byte order mark (BOM, U+FEFF), which TOML does not allow; "
            "save the file as UTF-8 without a BOM"
        )
        return attrs.evolve(empty, problems=(Problem(document.name, "", "", message, 1),))
    try:
        document.text.encode("utf-8")
        data = toml_loads(document.text)
    except UnicodeEncodeError as error:  # a lone surrogate: no file could ever hold it
        message = f"is not valid Unicode text ({error.reason} at character {error.start})"
        return attrs.evolve(empty, problems=(Problem(document.name, "", "", message),))
    except _toml().TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) if found else None
        problem = Problem(document.name, "", "", f"is not valid TOML: {error}", line)
        return attrs.evolve(empty, problems=(problem,))
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        message = "is not valid TOML for painkb: values are nested too deeply"
        return attrs.evolve(empty, problems=(Problem(document.name, "", "", message),))
    sections = [str(kind) for kind in Kind] + [SOURCE_SECTION]
    sources: list[tuple[Source, Origin]] = []
    entities: list[tuple[Entity, Origin]] = []
    links: list[tuple[Link, Origin]] = []
    id_lines = document.all_id_lines()  # once per file: looking up each entry alone is quadratic
    occurrences: dict[str, int] = {}
    for section, entries in data.items():
        if section not in sections:
            hint = suggest(section, sections, limit=1)
            problems.append(
                Problem(
                    document.name,
                    "",
                    visible(section),
                    "unknown section"
                    + (f"; did you mean [[{hint[0]}]]?" if hint else f" (use one of {', '.join(sections)})"),
                )
            )
            continue
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            problems.append(Problem(document.name, "", section, f"must be written as [[{section}]] tables"))
            continue
        cls: type[Any] = Source if section == SOURCE_SECTION else ENTITY_CLASSES[Kind(section)]
        link_lines = document.subtable_lines(f"{section}.{LINK_KEY}") if cls is not Source else {}
        headers = document.table_lines(section)
        for index, table in enumerate(entries):
            entry = _entry_id(table, section, index)
            # The n-th entry with this id is on the n-th line that names it (duplicates too);
            # an id no line names as written (a number, an escape) is at its [[section]] line.
            nth = occurrences[entry] = occurrences.get(entry, -1) + 1
            lines = id_lines.get(entry, [])
            line = lines[nth] if nth < len(lines) else headers[index] if index < len(headers) else None
            origin = Origin(document.name, entry, "", line)
            entry_links = link_lines.get(line or 0, [])
            made = _parse_entry(cls, table, origin, problems, links, entry_links)
            if made is not None:
                (sources if cls is Source else entities).append((made, origin))
    return ParsedDocument(document, tuple(sources), tuple(entities), tuple(links), tuple(problems))


#: The file name problems found in objects made in Python are reported under.
PYTHON = "<python>"


def _raw(value: object) -> object:
    """``value`` as the TOML data a file would hold (enums as names, tuples as lists)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Citation):
        return {a.name: _raw(v) for a in attrs.fields(Citation) if (v := getattr(value, a.name)) is not None}
    if isinstance(value, (tuple, list)):
        return [_raw(item) for item in value]
    return value


def _table(obj: object, names: Iterable[str]) -> dict[str, object]:
    return {name: _raw(value) for name in names if (value := getattr(obj, name, None)) is not None}


def _unencodable(table: Mapping[str, object]) -> Iterator[tuple[str, UnicodeEncodeError]]:
    """``(field, error)`` for each string in ``table`` no file could hold (a lone surrogate)."""
    stack: list[tuple[str, object]] = list(table.items())
    while stack:
        field, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as error:
                yield field, error
        elif isinstance(value, list):
            stack.extend((f"{field}[{i}]", item) for i, item in enumerate(value))
        elif isinstance(value, dict):
            stack.extend((f"{field}.{key}", item) for key, item in value.items())


def orphan_link(index: int, link: Link) -> Problem:
    """The problem with ``links[index]``, whose subject is none of the entities given."""
    return Origin(f"links[{index}]", str(link.subject), LINK_KEY).problem(
        "a link's subject must be one of the entities given"
    )


def parse_objects(
    entities: Iterable[Entity], sources: Iterable[Source], links: Iterable[Link] = ()
) -> ParsedDocument:
    """Objects made in Python, checked as `parse_document` checks a file's entries.

    Nothing is rendered as text: each object is checked as the table a file would hold,
    so the same rules give the same messages. Problems name the object by its place in
    the arguments (``entities[3]``, ``sources[0]``, ``links[7]``) instead of a file:line.

    >>> from painkb.model import Citation, Region
    >>> parsed = parse_objects([Region(id="hip", name="Hip")], [], [Link("hip", "part_of", "leg", [])])
    >>> [str(p) for p in parsed.problems]
    ['links[0]: [hip] link.citations: a link needs at least one citation ({ source = ..., quote = ... })']
    """
    problems: list[Problem] = []
    made_sources: list[tuple[Source, Origin]] = []
    made_entities: list[tuple[Entity, Origin]] = []
    made_links: list[tuple[Link, Origin]] = []
    entity_list = list(entities)
    link_tables: dict[str, list[dict[str, object]]] = {}
    link_origins: dict[str, list[str]] = {}
    subjects = {getattr(entity, "id", None) for entity in entity_list}
    for index, link in enumerate(links):
        where = f"links[{index}]"
        if link.subject not in subjects:
            problems.append(orphan_link(index, link))
            continue
        table = {"relation": link.relation, "target": link.target, "citations": _raw(link.citations)}
        table.update(dict(link.qualifiers))
        link_tables.setdefault(link.subject, []).append(table)
        link_origins.setdefault(link.subject, []).append(where)
    groups: tuple[tuple[str, Iterable[Any], list[Any]], ...] = (
        ("sources", sources, made_sources),
        ("entities", entity_list, made_entities),
    )
    for name, objects, made in groups:
        for index, obj in enumerate(objects):
            cls: type[Any] = Source if name == "sources" else ENTITY_CLASSES[obj.kind]
            table = _table(obj, _field_types(cls))
            entry = _entry_id(table, str(getattr(cls, "kind", SOURCE_SECTION)), index)
            origin = Origin(f"{name}[{index}]", entry)
            if cls is not Source and entry in link_tables:
                table[LINK_KEY] = link_tables.pop(entry)
            for field, error in _unencodable(table):
                message = f"is not valid Unicode text ({error.reason} at character {error.start})"
                problems.append(origin.problem(message, field))
            found = _parse_entry(cls, table, origin, problems, made_links, [], link_origins.get(entry, ()))
            if found is not None:
                made.append((found, origin))
    return ParsedDocument(
        Document(PYTHON, ""), tuple(made_sources), tuple(made_entities), tuple(made_links), tuple(problems)
    )
