"""One entry per type a model field can have: how to read it, write it, draw it and break it.

The parser (`painkb.parse`), the canonical writer (`painkb.dump`) and the test
strategies (`painkb.strategies`) all look a field's type up here with `of`, so
a field of a new type needs an entry here and nothing more than the model.

Each `FieldType` has:

- ``parse(fail, field, raw)``: check the TOML value ``raw``; ``(True, value)``, or
  ``(False, None)`` after reporting what is wrong through ``fail(field, message)``;
- ``render(key, value)``: the canonical TOML lines assigning ``value`` to ``key``;
- ``generate(attribute, cited)``: a hypothesis strategy for valid values of the field
  (``cited`` is the source ids citations may cite: ``()`` for none, None for any);
- ``break_()``: a hypothesis strategy for TOML values that are not of the type.

Hypothesis is imported only inside ``generate`` and ``break_``, so ``import painkb``
never imports it.

>>> problems = []
>>> of(bool).parse(lambda field, message: problems.append(f"{field}: {message}"), "group", "yes")
(False, None)
>>> problems
['group: must be true or false, not a string']
>>> of(tuple[str, ...]).render("aliases", ("QL", "quadratus"))
['aliases = ["QL", "quadratus"]']
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from painkb.fuzzy import suggest
from painkb.model import (
    CURIES,
    FORBIDDEN_CHARACTERS,
    ID,
    ID_PATTERN,
    NON_BLANK,
    Citation,
    EvidenceLevel,
    Rule,
)

__all__ = [
    "FieldType",
    "of",
    "rule_of",
    "rule_problems",
    "strategy_for",
    "toml_string",
    "type_name",
    "unknown_keys",
    "visible",
]

#: ``fail(field, message)``: report one problem with a field.
Fail = Callable[[str, str], None]

#: The widest an inline list of strings is written before it is split one item a line.
WIDTH = 88

_CITATION_FIELDS = tuple(a.name for a in attrs.fields(Citation))


@attrs.frozen
class FieldType:
    """How painkb reads, writes, draws and breaks the values of one field type."""

    name: str
    parse: Callable[[Fail, str, object], tuple[bool, Any]]
    render: Callable[[str, Any], list[str]]
    generate: Callable[[attrs.Attribute[Any], tuple[str, ...] | None], Any]
    break_: Callable[[], Any]


# -- shared by the entries ------------------------------------------------------------------


def visible(text: str) -> str:
    """``text`` with each forbidden character written as an escape (``\\x1b``), for messages."""
    return FORBIDDEN_CHARACTERS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def type_name(value: object) -> str:
    """What a TOML value is, for messages (``a string``, ``a list``)."""
    names = {
        str: "a string",
        bool: "true or false",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


def toml_string(value: str) -> str:
    """A TOML basic string holding ``value``."""
    # A JSON string is a valid TOML basic string once DEL, which TOML forbids raw, is escaped.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return toml_string(str(value))


def _render_scalar(key: str, value: Any) -> list[str]:
    return [f"{key} = {_scalar(value)}"]


def unknown_keys(fail: Fail, field: str, table: Mapping[str, object], known: tuple[str, ...]) -> None:
    """Report each key of ``table`` not in ``known``, with the nearest known key as a hint."""
    for key in table:
        if key not in known:
            hint = suggest(key, known, limit=1)
            message = "unknown field" + (f"; did you mean {hint[0]!r}?" if hint else "")
            fail(f"{field}.{visible(key)}" if field else visible(key), message)


def _scalars() -> Any:
    from painkb.strategies._faults import _NUMBERS, _SCALARS, _TABLES

    return _SCALARS, _NUMBERS, _TABLES


# -- str ---------------------------------------------------------------------------------------


def _parse_str(fail: Fail, field: str, raw: object) -> tuple[bool, Any]:
    if isinstance(raw, str):
        return True, raw
    fail(field, f"must be a string, not {type_name(raw)}")
    return False, None


def _generate_str(attribute: attrs.Attribute[Any], cited: tuple[str, ...] | None) -> Any:
    from painkb.strategies._objects import TEXT

    return TEXT


def _break_str() -> Any:
    from hypothesis import strategies as st

    scalars, numbers, tables = _scalars()
    return st.one_of(st.booleans(), numbers, st.lists(scalars, max_size=2), tables)


TEXT = FieldType("text", _parse_str, _render_scalar, _generate_str, _break_str)


# -- bool --------------------------------------------------------------------------------------


def _parse_bool(fail: Fail, field: str, raw: object) -> tuple[bool, Any]:
    if isinstance(raw, bool):
        return True, raw
    fail(field, f"must be true or false, not {type_name(raw)}")
    return False, None


def _generate_bool(attribute: attrs.Attribute[Any], cited: tuple[str, ...] | None) -> Any:
    from hypothesis import strategies as st

    return st.booleans()


def _break_bool() -> Any:
    from hypothesis import strategies as st

    scalars, numbers, _ = _scalars()
    return st.one_of(st.text(max_size=5), numbers, st.lists(scalars, max_size=2))


FLAG = FieldType("flag", _parse_bool, _render_scalar, _generate_bool, _break_bool)


# -- tuple[str, ...] ---------------------------------------------------------------------------


def _parse_strings(fail: Fail, field: str, raw: object) -> tuple[bool, Any]:
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return True, tuple(raw)
    fail(field, f"must be a list of strings, not {type_name(raw)}")
    return False, None


def _render_strings(key: str, value: Any) -> list[str]:
    items = [toml_string(item) for item in value]
    inline = f"{key} = [{', '.join(items)}]"
    if len(inline) <= WIDTH:
        return [inline]
    return [f"{key} = ["] + [f"    {item}," for item in items] + ["]"]


def _generate_strings(attribute: attrs.Attribute[Any], cited: tuple[str, ...] | None) -> Any:
    from hypothesis import strategies as st

    from painkb.strategies._objects import TEXT as TEXTS

    return st.lists(TEXTS, max_size=3)


def _break_strings() -> Any:
    from hypothesis import strategies as st

    scalars, numbers, tables = _scalars()
    mixed = st.lists(scalars, min_size=1, max_size=3).filter(lambda v: not all(isinstance(i, str) for i in v))
    return st.one_of(st.text(max_size=5), numbers, mixed, tables)


STRINGS = FieldType("strings", _parse_strings, _render_strings, _generate_strings, _break_strings)


# -- enums -------------------------------------------------------------------------------------


def parse_choice(fail: Fail, field: str, enum_cls: type[enum.Enum], raw: object) -> tuple[bool, Any]:
    """``raw`` as a member of ``enum_cls``, or a problem naming the nearest value."""
    values = [str(member.value) for member in enum_cls]
    if isinstance(raw, str) and raw in values:
        return True, enum_cls(raw)
    hint = suggest(raw, values, limit=1) if isinstance(raw, str) else ()
    message = f"{raw!r} is not one of {', '.join(values)}"
    fail(field, message + (f"; did you mean {hint[0]!r}?" if hint else ""))
    return False, None


def _break_choice() -> Any:
    from hypothesis import strategies as st

    scalars, numbers, tables = _scalars()
    return st.one_of(numbers, st.booleans(), st.lists(scalars, max_size=2), tables)


_CHOICES: dict[type[enum.Enum], FieldType] = {}


def _choice(enum_cls: type[enum.Enum]) -> FieldType:
    if enum_cls not in _CHOICES:

        def parse(fail: Fail, field: str, raw: object) -> tuple[bool, Any]:
            return parse_choice(fail, field, enum_cls, raw)

        def generate(attribute: attrs.Attribute[Any], cited: tuple[str, ...] | None) -> Any:
            from hypothesis import strategies as st

            return st.sampled_from(enum_cls)

        _CHOICES[enum_cls] = FieldType(enum_cls.__name__, parse, _render_scalar, generate, _break_choice)
    return _CHOICES[enum_cls]


# -- tuple[Citation, ...] ----------------------------------------------------------------------


def parse_citations(fail: Fail, field: str, raw: object, *, required: bool) -> tuple[bool, Any]:
    """A list of citation tables; ``required``: at least one (a link's)."""
    if not isinstance(raw, list):
        fail(field, f"must be a list of citation tables, not {type_name(raw)}")
        return False, None
    if required and not raw:
        fail(field, "a link needs at least one citation ({ source = ..., quote = ... })")
        return False, None
    citations = []
    ok = True
    for index, item in enumerate(raw):
        citation = parse_citation(fail, f"{field}[{index}]", item)
        ok = ok and citation is not None
        if citation is not None:
            citations.append(citation)
    return ok, tuple(citations)


def parse_citation(fail: Fail, field: str, raw: object) -> Citation | None:
    """One citation table, or None after reporting what is wrong with it."""
    if not isinstance(raw, dict):
        fail(field, f"must be a table like {{ source = ..., quote = ... }}, not {type_name(raw)}")
        return None
    failures: list[str] = []

    def note(at: str, message: str) -> None:
        failures.append(at)
        fail(at, message)

    unknown_keys(note, field, raw, _CITATION_FIELDS)
    source = raw.get("source")
    if not isinstance(source, str) or not ID_PATTERN.match(source):
        note(f"{field}.source", f"needs a source id, not {source!r}")
    for key in ("quote", "locator", "note"):
        if key in raw and not isinstance(raw[key], str):
            note(f"{field}.{key}", f"must be a string, not {type_name(raw[key])}")
    if not str(raw.get("quote", "")).strip() and not str(raw.get("locator", "")).strip():
        note(field, "needs a verbatim quote or a locator (page, section)")
    evidence = None
    if "evidence" in raw:
        _, evidence = parse_choice(note, f"{field}.evidence", EvidenceLevel, raw["evidence"])
    if failures:
        return None
    return Citation(
        source=sys.intern(str(source)),
        quote=str(raw.get("quote", "")),
        locator=str(raw.get("locator", "")),
        evidence=evidence,
        note=str(raw.get("note", "")),
    )


def _parse_citation_list(fail: Fail, field: str, raw: object) -> tuple[bool, Any]:
    return parse_citations(fail, field, raw, required=False)


def _inline_citation(citation: Citation) -> str:
    parts = [
        f"{a.name} = {_scalar(getattr(citation, a.name))}"
        for a in attrs.fields(Citation)
        if getattr(citation, a.name) not in (None, "")
    ]
    return "{ " + ", ".join(parts) + " }"


def _render_citations(key: str, value: Any) -> list[str]:
    if not value:
        return [f"{key} = []"]
    return [f"{key} = ["] + [f"    {_inline_citation(c)}," for c in value] + ["]"]


def _generate_citations(attribute: attrs.Attribute[Any], cited: tuple[str, ...] | None) -> Any:
    from hypothesis import strategies as st

    from painkb.strategies._objects import citations

    return st.just(()) if cited == () else st.lists(citations(cited), max_size=2)


def _break_citations() -> Any:
    from hypothesis import strategies as st

    _, numbers, tables = _scalars()
    return st.one_of(st.text(max_size=5), numbers, st.booleans(), tables)


CITATIONS = FieldType(
    "citations", _parse_citation_list, _render_citations, _generate_citations, _break_citations
)


# -- the registry ------------------------------------------------------------------------------

_BY_TYPE: dict[Any, FieldType] = {
    str: TEXT,
    bool: FLAG,
    tuple[str, ...]: STRINGS,
    tuple[Citation, ...]: CITATIONS,
}


def of(field_type: Any) -> FieldType:
    """The entry for a model field's resolved type (``str``, ``tuple[str, ...]``, an enum...).

    Raises:
        TypeError: painkb has no entry for the type.
    """
    if isinstance(field_type, type) and issubclass(field_type, enum.Enum):
        return _choice(field_type)
    try:
        return _BY_TYPE[field_type]
    except (KeyError, TypeError):
        raise TypeError(f"no field type for {field_type!r}") from None


# -- rules beyond the type ---------------------------------------------------------------------


def rule_of(attribute: attrs.Attribute[Any]) -> Rule | None:
    """The `painkb.model.Rule` a model field follows beyond its type (its validator), if any."""
    return attribute.validator if isinstance(attribute.validator, Rule) else None


def rule_problems(fail: Fail, field: str, attribute: attrs.Attribute[Any], value: object) -> bool:
    """Report each way a parsed ``value`` breaks the field's rule; whether it keeps it."""
    rule = rule_of(attribute)
    kept = True
    for where, message in rule.problems(value) if rule is not None else ():
        fail(field + where, message)
        kept = False
    return kept


def _ids() -> Any:
    from painkb.strategies._objects import IDS

    return IDS


def _non_blank() -> Any:
    from painkb.strategies._objects import NAMES

    return NAMES


def _curies() -> Any:
    from hypothesis import strategies as st

    from painkb.strategies._objects import CURIES as CURIE_STRINGS

    return st.lists(CURIE_STRINGS, max_size=2)


#: Per rule: a hypothesis strategy for values that keep it (hypothesis is imported only
#: when one is asked for). A new `painkb.model.Rule` needs an entry here.
_RULE_STRATEGIES: dict[Rule, Callable[[], Any]] = {ID: _ids, NON_BLANK: _non_blank, CURIES: _curies}


def strategy_for(attribute: attrs.Attribute[Any], cited: tuple[str, ...] | None) -> Any:
    """A hypothesis strategy for valid values of a model field: its rule's, else its type's.

    ``attribute.type`` must be resolved (``attrs.resolve_types``).
    """
    rule = rule_of(attribute)
    if rule is not None:
        return _RULE_STRATEGIES[rule]()
    return of(attribute.type).generate(attribute, cited)
