"""The fast path of a load: valid data in one pass, or None at the first irregularity.

`fast_load` builds the knowledge base straight from the parsed TOML, checking as it
goes everything `painkb.parse.parse_document` and `painkb.crosscheck.cross_check`
check. It keeps no origins, line numbers or messages: at the first thing that is not
plainly right (a problem, or anything unusual, or an error of its own) it gives up and
returns None, and `painkb.load_documents` does the whole load again the careful
way, so every error message is the careful loader's. Whatever it accepts, the careful
loader accepts too, with an equal result (a property test checks both on generated and
faulty data).

It parses with ``toml_rs`` (a Rust TOML parser) held to TOML 1.0 when that is installed
and refuses every TOML 1.1-only construct, else with the parser the careful loader uses.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from types import MemberDescriptorType
from typing import Any

import attrs

from painkb import model, parse
from painkb.crosscheck import _cycles
from painkb.documents import Document, Encoded
from painkb.errors import Origin
from painkb.kb import KnowledgeBase
from painkb.metagraph import RELATIONS
from painkb.model import (
    CURIE_PATTERN,
    ENTITY_CLASSES,
    FORBIDDEN_CHARACTERS,
    ID_PATTERN,
    Citation,
    Entity,
    EvidenceLevel,
    Kind,
    Link,
    Source,
)
from painkb.parse import LINK_KEY, SOURCE_SECTION, TOML_1_1_ONLY, _forbidden

__all__ = ["fast_load", "toml_parser"]

_intern = sys.intern
_setattr = object.__setattr__  # frozen attrs classes refuse their own
# A forbidden character, or an escape that can make one the raw text does not show
# (\b, \f, \uXXXX, \UXXXXXXXX): then every string is checked as the careful loader does.
# Two searches, each of which the regex engine runs quickly, rather than one alternation.
_ESCAPE = re.compile(rb"\\[bfuU]")
# Every byte but those a forbidden character's UTF-8 starts with (the C0 controls but tab,
# newline and carriage return; DEL; 0xC2, which starts U+0080-U+009F; 0xEF, which starts
# U+FFFE and U+FFFF). Deleting them from a file's bytes leaves nothing when the file holds
# no forbidden character: a pass in C some ten times faster than the regex's search,
# which then runs only on files that hold one of those bytes.
_NOT_FORBIDDEN_BYTES = bytes(
    b
    for b in range(256)
    if b in (0x09, 0x0A, 0x0D) or (0x20 <= b < 0x7F) or (b >= 0x80 and b not in (0xC2, 0xEF))
)
_CITATION_KEYS = frozenset(a.name for a in attrs.fields(Citation))
_EVIDENCE = {str(level.value): level for level in EvidenceLevel}
_NO_ORIGIN = Origin("", "")


#: toml_rs overflows the C stack (the process dies) at about 2,500-3,000 nested arrays
#: and inline tables. Nesting is at most the number of ``[`` and ``{`` in the text, so
#: toml_rs only reads text with fewer than this many; tomllib (which raises
#: RecursionError) reads the rest. Files are parsed in pieces, each a run of whole
#: entries with fewer than `PIECE_OPENERS` of them, which also keeps the memory
#: toml_rs holds while it parses small.
DEPTH_LIMIT = 1000
PIECE_OPENERS = 1000
_ENTRY_HEADER = re.compile(rb"^\[\[[a-z_]+\]\]\r?$", re.MULTILINE)
# The same headers after a newline: a literal start the regex engine skips to quickly
# (``^`` in MULTILINE mode is tried at every character).
_NEXT_ENTRY_HEADER = re.compile(rb"\n(\[\[[a-z_]+\]\]\r?)$", re.MULTILINE)
_PREAMBLE_LINE = re.compile(rb"[ \t]*(?:#.*)?\r?")


class _Irregular(Exception):
    """Something the fast path does not handle; the careful loader takes over."""


def _toml_rs() -> Callable[[str], dict[str, Any]] | None:
    try:
        import toml_rs  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None

    def loads(text: str) -> dict[str, Any]:
        return toml_rs.loads(text, toml_version="1.0.0")  # type: ignore[no-any-return,unused-ignore]

    for text in TOML_1_1_ONLY.values():
        try:
            loads(text)
        except toml_rs.TOMLDecodeError:
            continue
        return None  # reads TOML 1.1: never for painkb
    return loads


_parser: Callable[[str], dict[str, Any]] | None = None


def toml_parser() -> Callable[[str], dict[str, Any]]:
    """The fast path's TOML 1.0 parser: toml_rs if usable, else the careful loader's."""
    global _parser
    if _parser is None:
        _parser = _toml_rs() or parse.toml_loads
    return _parser


#: What a load has made so far, each kept to be shared when the data holds it again: a
#: string by itself, a citation by the tuple of its five fields as written, a link's
#: qualifiers by themselves. Equal strings written in many places (quotes, notes, titles,
#: descriptions, qualifier values) then take the memory of one, as a snapshot's citations
#: do. Keys of one sort never equal keys of another: a string is no tuple, and parsed
#: TOML holds lists, never the pairs that qualifiers are made of.
_Made = dict[Any, Any]


def _read_citations(raw: object, required: bool, made: _Made) -> tuple[Citation, ...]:
    """The citations of a list of tables, each shared with an equal one made before."""
    if type(raw) is not list or (required and not raw):
        raise _Irregular
    citations = []
    for item in raw:
        if type(item) is not dict or not _CITATION_KEYS.issuperset(item):
            raise _Irregular
        key = (
            item.get("source"),
            item.get("quote", ""),
            item.get("locator", ""),
            item.get("evidence"),
            item.get("note", ""),
        )
        citation = made.get(key)  # only checked ones are kept: a key of other types misses
        if citation is None:
            citation = _citation(*key, made)
            # Kept under an equal key of shared strings, so the strings of ``key`` can go.
            evidence = citation.evidence
            shared_key = (
                citation.source,
                citation.quote,
                citation.locator,
                None if evidence is None else evidence.value,
                citation.note,
            )
            made[shared_key] = citation
        citations.append(citation)
    return tuple(citations)


def _citation(
    source: object, quote: object, locator: object, evidence: object, note: object, made: _Made
) -> Citation:
    if (
        type(source) is not str
        or not ID_PATTERN.match(source)
        or type(quote) is not str
        or type(locator) is not str
        or type(note) is not str
        or not (quote.strip() or locator.strip())
    ):
        raise _Irregular
    level = None
    if evidence is not None:
        level = _EVIDENCE.get(evidence) if type(evidence) is str else None
        if level is None:
            raise _Irregular
    # Checked as Citation's validators would: set the fields directly, as a snapshot does.
    citation = object.__new__(Citation)
    _setattr(citation, "source", _intern(source))
    _setattr(citation, "quote", made.setdefault(quote, quote))
    _setattr(citation, "locator", made.setdefault(locator, locator))
    _setattr(citation, "evidence", level)
    _setattr(citation, "note", made.setdefault(note, note))
    return citation


# -- entries: each field read by a reader chosen once per class -------------------------

_Reader = Callable[[Any, "_Made"], Any]


def _text(raw: Any, made: _Made) -> str:
    if type(raw) is not str:
        raise _Irregular
    return made.setdefault(raw, raw)  # type: ignore[no-any-return]


def _nonblank(raw: Any, made: _Made) -> str:
    if type(raw) is not str or not raw.strip():
        raise _Irregular
    return made.setdefault(raw, raw)  # type: ignore[no-any-return]


def _id(raw: Any, made: object) -> str:
    if type(raw) is not str or not ID_PATTERN.match(raw):
        raise _Irregular
    return _intern(raw)


def _flag(raw: Any, made: object) -> bool:
    if type(raw) is not bool:
        raise _Irregular
    return raw


def _strings(raw: Any, made: _Made) -> tuple[str, ...]:
    if type(raw) is not list or not all(type(item) is str for item in raw):
        raise _Irregular
    share: Callable[[str, str], str] = made.setdefault
    return tuple([share(item, item) for item in raw])


def _curies(raw: Any, made: _Made) -> tuple[str, ...]:
    found = _strings(raw, made)
    if not all(CURIE_PATTERN.match(curie) for curie in found):
        raise _Irregular
    return found


def _citations(raw: Any, made: _Made) -> tuple[Citation, ...]:
    return _read_citations(raw, False, made)


def _choice(cls: type[enum.Enum]) -> _Reader:
    members = {member.value: member for member in cls}

    def read(raw: Any, made: object) -> enum.Enum:
        member = members.get(raw) if type(raw) is str else None
        if member is None:
            raise _Irregular
        return member

    return read


# What each validator of the model checks, as a reader of the field it guards.
_VALIDATED: dict[object, _Reader] = {
    model.ID: _id,
    model.NON_BLANK: _nonblank,
    model.CURIES: _curies,
}


def _reader(cls: type[Any], field: attrs.Attribute[Any]) -> _Reader:
    """The reader of one field: its type checked as the careful loader checks it, and
    what its validator checks. A field of another sort is a TypeError: the fast path
    then never reads that class (the careful loader does)."""
    if field.validator is not None:
        found = _VALIDATED.get(field.validator)
        if found is None:
            raise TypeError(f"the fast path cannot check {cls.__name__}.{field.name}")
        return found
    expected = _type(cls, field)
    if expected is str:
        return _text
    if expected is bool:
        return _flag
    if expected == tuple[str, ...]:
        return _strings
    if expected == tuple[Citation, ...]:
        return _citations
    if isinstance(expected, type) and issubclass(expected, enum.Enum):
        return _choice(expected)
    raise TypeError(f"the fast path cannot read {cls.__name__}.{field.name}: {expected!r}")


@attrs.frozen
class _Entry:
    """How the fast path reads and makes one model class."""

    readers: dict[str, _Reader]
    required: frozenset[str]
    make: Callable[[dict[str, Any]], Any]


def _constructor(cls: type[Any]) -> Callable[[dict[str, Any]], Any]:
    """A function making a ``cls`` from read values: each field set directly, a default
    for each one not given, as a snapshot restores objects (the readers have checked
    what the validators check and made what the converters make).

    Its source is made here from the field names of painkb's own model class.
    """
    found = _CONSTRUCTORS.get(cls)
    if found is not None:
        return found
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        raise TypeError(f"the fast path cannot make {cls.__name__}: it checks itself")
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = ["def make(values):", "    obj = new(cls)"]
    for index, field in enumerate(attrs.fields(cls)):
        slot = getattr(cls, field.name, None)
        if (
            not field.name.isidentifier()
            or type(slot) is not MemberDescriptorType
            or field.converter not in (None, *_CONVERTERS, _type(cls, field))
        ):
            raise TypeError(f"the fast path cannot make {cls.__name__}.{field.name}")
        namespace[f"set_{index}"] = slot.__set__  # what object.__setattr__ finds by name
        if field.default is attrs.NOTHING:
            lines.append(f"    set_{index}(obj, values[{field.name!r}])")
        elif isinstance(field.default, (str, bool, tuple, enum.Enum, type(None))):
            namespace[f"default_{index}"] = field.default
            lines.append(f"    set_{index}(obj, values.get({field.name!r}, default_{index}))")
        else:
            raise TypeError(f"the fast path cannot make {cls.__name__}.{field.name}")
    lines.append("    return obj")
    exec("\n".join(lines), namespace)  # our own field names, not the data's
    make: Callable[[dict[str, Any]], Any] = namespace["make"]
    _CONSTRUCTORS[cls] = make
    return make


# Converters that make only what the readers already made: a tuple, or a link's sorted
# qualifiers (an enum class as its own converter makes a member, which its reader made).
_CONVERTERS = (model._strings, model._to_citations, model._to_qualifiers)

_ENTRIES: dict[type[Any], _Entry] = {}
_CONSTRUCTORS: dict[type[Any], Callable[[dict[str, Any]], Any]] = {}


# The annotations of the model's fields, as written (painkb.model postpones them): read
# from this table, or an enum class of painkb.model by its name, rather than through
# `attrs.resolve_types`, whose `typing.get_type_hints` compiles every annotation of every
# class (about 1.5 ms of each process's first load).
_TYPES: dict[str, object] = {
    "str": str,
    "bool": bool,
    "tuple[str, ...]": tuple[str, ...],
    "tuple[Citation, ...]": tuple[Citation, ...],
    "tuple[tuple[str, str], ...]": tuple[tuple[str, str], ...],
}


def _type(cls: type[Any], field: attrs.Attribute[Any]) -> object:
    """The type of ``field``, its annotation resolved as `attrs.resolve_types` would;
    a TypeError (the fast path never reads ``cls``) for an annotation it cannot resolve."""
    written = field.type
    if not isinstance(written, str):
        return written
    found = _TYPES.get(written)
    if found is None:
        found = vars(model).get(written)
        if not (isinstance(found, type) and issubclass(found, enum.Enum)):
            raise TypeError(f"the fast path cannot resolve {cls.__name__}.{field.name}: {written!r}")
    return found


def _entry(cls: type[Any]) -> _Entry:
    found = _ENTRIES.get(cls)
    if found is None:
        fields = [f for f in attrs.fields(cls) if not f.name.startswith("_")]
        found = _ENTRIES[cls] = _Entry(
            {f.name: _reader(cls, f) for f in fields},
            frozenset(f.name for f in fields if f.default is attrs.NOTHING),
            _constructor(cls),
        )
    return found


def _make(cls: type[Any], table: dict[str, Any], skip: str | None, made: _Made) -> Any:
    entry = _entry(cls)
    readers = entry.readers
    values: dict[str, Any] = {}
    for key, raw in table.items():
        if key == skip:
            continue
        read = readers.get(key)
        if read is None:
            raise _Irregular
        values[key] = read(raw, made)
    if not entry.required <= values.keys():
        raise _Irregular
    return entry.make(values)


def _links(subject: str, raw: object, out: list[Link], made: _Made) -> None:
    if type(raw) is not list:
        raise _Irregular
    make_link = _constructor(Link)
    for table in raw:
        if type(table) is not dict:
            raise _Irregular
        relation_name = table.get("relation")
        relation = RELATIONS.get(relation_name) if type(relation_name) is str else None
        target = table.get("target")
        if relation is None or type(target) is not str or not ID_PATTERN.match(target):
            raise _Irregular
        qualifiers = {}
        for name, allowed in relation.qualifiers.items():
            value = table.get(name)
            if type(value) is not str or value not in allowed:
                raise _Irregular
            qualifiers[name] = made.setdefault(value, value)
        if len(table) != 3 + len(qualifiers):  # relation, target, citations and the qualifiers
            raise _Irregular
        citations = _read_citations(table.get("citations"), True, made)
        pairs = tuple(sorted(qualifiers.items()))
        out.append(
            make_link(
                {
                    "subject": subject,
                    "relation": _intern(relation.name),
                    "target": _intern(target),
                    "citations": citations,
                    "qualifiers": made.setdefault(pairs, pairs),
                }
            )
        )


def _document(
    document: Document | Encoded,
    entities: list[Entity],
    sources: list[Source],
    links: list[Link],
    made: _Made,
) -> None:
    # A file read is bytes, UTF-8 already checked; a document's text is encoded (a lone
    # surrogate raises: tomli parses it, no file can hold it).
    encoded = document.data if isinstance(document, Encoded) else document.text.encode("utf-8")
    if encoded.startswith(b"\xef\xbb\xbf"):  # a byte order mark
        raise _Irregular
    # Piece by piece, so only one piece's text and parsed tables are held beside the
    # objects made; the text of the whole file is never made.
    for piece, openers in _pieces(encoded):
        _piece(piece, openers, entities, sources, links, made)


def _piece(
    encoded: bytes,
    openers: int,
    entities: list[Entity],
    sources: list[Source],
    links: list[Link],
    made: _Made,
) -> None:
    text = encoded.decode("utf-8")
    data = _parse_piece(text, openers)
    maybe_forbidden = (
        encoded.translate(None, _NOT_FORBIDDEN_BYTES) and FORBIDDEN_CHARACTERS.search(text)
    ) or _ESCAPE.search(encoded)
    del text
    if maybe_forbidden and next(_forbidden(data), None) is not None:
        raise _Irregular
    for section, entries in data.items():
        if type(entries) is not list:
            raise _Irregular
        if section == SOURCE_SECTION:
            for table in entries:
                if type(table) is not dict:
                    raise _Irregular
                sources.append(_make(Source, table, None, made))
            continue
        cls = ENTITY_CLASSES[Kind(section)]  # ValueError for an unknown section
        for table in entries:
            if type(table) is not dict:
                raise _Irregular
            entity = _make(cls, table, LINK_KEY, made)
            entities.append(entity)
            if LINK_KEY in table:
                _links(entity.id, table[LINK_KEY], links, made)


def _openers(text: bytes, start: int = 0, end: int | None = None) -> int:
    end = len(text) if end is None else end
    return text.count(b"[", start, end) + text.count(b"{", start, end)


def _parse_piece(text: str, openers: int) -> dict[str, Any]:
    """Parse ``text``, which holds ``openers`` ``[`` and ``{``."""
    if openers < DEPTH_LIMIT:
        return toml_parser()(text)
    return parse.toml_loads(text)


def _pieces(text: bytes) -> Iterator[tuple[bytes, int]]:
    """The UTF-8 of a document in pieces that mean what the whole file means, each with
    the number of ``[`` and ``{`` it holds.

    A piece starts at an entry's ``[[section]]`` line, so each holds whole entries, and
    the pieces together are the whole text (cut before a ``[``, so between characters).
    A cut inside a multi-line string or array leaves a piece that does not parse. Every
    piece must hold only arrays of tables (so no ``[table]`` or key refers to what an
    earlier piece defined), and nothing but comments may come before the first header
    (so no key there meets a later ``[[header]]`` of the same name); otherwise the whole
    text is one piece.
    """
    first = _ENTRY_HEADER.search(text)
    if first is None or not all(
        _PREAMBLE_LINE.fullmatch(line) for line in text[: first.start()].split(b"\n")
    ):
        yield text, _openers(text)
        return
    cuts = [m.start(1) for m in _NEXT_ENTRY_HEADER.finditer(text, first.end())]
    cuts.append(len(text))
    start = end = 0
    count = 0
    for cut in cuts:
        more = _openers(text, end, cut)
        if count and count + more >= PIECE_OPENERS:
            yield text[start:end], count
            start, count = end, 0
        end = cut
        count += more
    yield text[start:end], count


def _cross_check(entities: Sequence[Entity], sources: Sequence[Source], links: Sequence[Link]) -> None:
    source_ids = {s.id for s in sources}
    by_id = {e.id: e for e in entities}
    if len(source_ids) != len(sources) or len(by_id) != len(entities):
        raise _Irregular  # a duplicate id
    for entity in entities:
        for citation in entity.citations:
            if citation.source not in source_ids:
                raise _Irregular
    keys = set()
    for link in links:
        for citation in link.citations:
            if citation.source not in source_ids:
                raise _Irregular
        target = by_id.get(link.target)
        if target is None or not RELATIONS[link.relation].allows(by_id[link.subject].kind, target.kind):
            raise _Irregular
        keys.add(link.key)
    if len(keys) != len(links):
        raise _Irregular  # a link written twice
    if _cycles([(link, _NO_ORIGIN) for link in links if RELATIONS[link.relation].transitive]):
        raise _Irregular


def fast_load(documents: Sequence[Document | Encoded]) -> KnowledgeBase | None:
    """The knowledge base of valid ``documents`` (or files as read); None if anything
    needs the careful loader."""
    entities: list[Entity] = []
    sources: list[Source] = []
    links: list[Link] = []
    made: _Made = {}
    try:
        for document in documents:
            _document(document, entities, sources, links, made)
        made.clear()  # shared already; its table and keys are memory the indexes can use
        _cross_check(entities, sources, links)
        return KnowledgeBase(entities, sources, links)
    except Exception:  # any surprise, our own included: the careful loader decides
        return None
