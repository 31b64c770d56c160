"""Error types raised by painkb.

Every error painkb raises on purpose is a `PainKBError`, so callers can catch the
whole family at once.

>>> import painkb
>>> issubclass(painkb.DataError, painkb.PainKBError)
True
>>> issubclass(painkb.UnknownEntityError, KeyError)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

__all__ = [
    "BadArgumentError",
    "DataError",
    "ExportError",
    "Origin",
    "PainKBError",
    "Problem",
    "TextTooLongError",
    "UnknownEntityError",
    "UnknownFormatError",
    "UnknownKindError",
    "UnknownSourceError",
    "WrongKindError",
]


#: A text as the parts it sorts by: text and numbers taking turns, text first.
NaturalKey = tuple[str | int, ...]
_DIGITS = re.compile("([0-9]+)")


def natural_key(text: str) -> NaturalKey:
    """``text`` split into text and numbers, so that numbers compare as numbers.

    >>> natural_key("links[12].target")
    ('links[', 12, '].target')
    >>> sorted(["a10", "a9", "b"], key=natural_key)
    ['a9', 'a10', 'b']
    """
    # re.split with a group alternates text and digits, text first: the parts of two keys
    # at the same place are of one type, so the keys always compare.
    return tuple(int(part) if index % 2 else part for index, part in enumerate(_DIGITS.split(text)))


class PainKBError(Exception):
    """Base class of every error painkb raises on purpose."""


@attrs.frozen
class Problem:
    """One thing wrong with the data: where it is and what to do about it.

    Attributes:
        file: the data file, as the loader names it (``muscles.toml``).
        entry: the id of the entry (or ``""`` for the file as a whole).
        field: the field within the entry, dotted (``link[2].target``), or ``""``.
        message: what is wrong and, where one is known, the fix.
        line: the 1-based line in the file where the entry starts, if known.

    >>> print(Problem("muscles.toml", "piriformis", "name", "must be a string", 12))
    muscles.toml:12: [piriformis] name: must be a string
    """

    file: str
    entry: str
    field: str
    message: str
    line: int | None = None

    def sort_key(self) -> tuple[NaturalKey, int, NaturalKey, NaturalKey, str, tuple[str, str, str]]:
        """File, line, entry, field, message: the order problems are reported in.

        Numbers in the file, entry and field compare as numbers, so ``entities[2]`` comes
        before ``entities[10]`` and ``aliases[2]`` before ``aliases[10]``.

        Examples:
            >>> places = ["entities[10]", "entities[2]", "sources[0]"]
            >>> [p.file for p in sorted((Problem(f, "", "", "x") for f in places), key=Problem.sort_key)]
            ['entities[2]', 'entities[10]', 'sources[0]']
        """
        return (
            natural_key(self.file),
            self.line or 0,
            natural_key(self.entry),
            natural_key(self.field),
            self.message,
            # Names equal as numbers ("x01", "x1") still sort one way on every run.
            (self.file, self.entry, self.field),
        )

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where + ":"]
        if self.entry:
            parts.append(f"[{self.entry}]")
        if self.field:
            parts.append(f"{self.field}:")
        parts.append(self.message)
        return " ".join(parts)


@attrs.frozen
class Origin:
    """Where an object was written: file, entry id, field and line; a `Problem`
    without its message.

    The parser gives each object it reads an origin, and the checks turn an origin into
    a problem with `problem`. `Problem` keeps the four fields flat rather than
    holding an ``Origin`` because they are its documented, public attributes.

    >>> print(Origin("muscles.toml", "piriformis", "", 12).problem("must be a string", "name"))
    muscles.toml:12: [piriformis] name: must be a string
    """

    file: str
    entry: str
    field: str = ""
    line: int | None = None

    def problem(self, message: str, field: str | None = None) -> Problem:
        """A `Problem` at this origin (or at one of its fields)."""
        return Problem(self.file, self.entry, self.field if field is None else field, message, self.line)


class DataError(PainKBError, ValueError):
    """The data failed validation; `problems` lists every problem found.

    The loader collects all problems before raising, so one run shows everything that
    needs fixing.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(set(problems), key=Problem.sort_key))
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"{count} {noun} in the data:\n{lines}")

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...]]]:
        # (rebuilt from its problems, not its message: it crosses a process pool whole)
        return type(self), (self.problems,)


class UnknownEntityError(PainKBError, KeyError):
    """No entity has this id; `suggestions` holds close ids ("did you mean").

    It is a `KeyError`, so ``except KeyError`` catches it too.
    """

    entity_id: str
    suggestions: tuple[str, ...]

    def __init__(self, entity_id: str, suggestions: Iterable[str] = ()) -> None:
        self.entity_id = entity_id
        self.suggestions = tuple(suggestions)
        super().__init__(entity_id)

    def __reduce__(self) -> tuple[type[UnknownEntityError], tuple[str, tuple[str, ...]]]:
        return type(self), (self.entity_id, self.suggestions)

    _noun = "entity"

    def __str__(self) -> str:
        message = f"no {self._noun} with id {self.entity_id!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(map(repr, self.suggestions)) + "?"
        return message


class UnknownSourceError(UnknownEntityError):
    """No source has this id (see `KnowledgeBase.source`); a kind of `UnknownEntityError`.

    `entity_id` holds the source id asked for, `suggestions` close source ids.
    """

    _noun = "source"


class UnknownFormatError(PainKBError, ValueError):
    """An export format (or RDF serialisation) painkb does not write."""


class BadArgumentError(PainKBError, ValueError):
    """An argument is out of its range (a limit below 1, for example)."""


class UnknownKindError(PainKBError, ValueError):
    """A ``kind`` argument names no entity kind."""


class WrongKindError(PainKBError, ValueError):
    """An entity was passed where a different kind was expected."""


class ExportError(PainKBError, ValueError):
    """The knowledge base cannot be written in the format asked for.

    The message names the entity (`entry`) and the field (`field`) whose value
    the format cannot carry, for example an xref whose IRI would not be a valid IRI in RDF.
    Nothing is written when it is raised: an existing file is left as it was.
    """

    entry: str
    field: str

    def __init__(self, entry: str, field: str, message: str) -> None:
        self.entry = entry
        self.field = field
        self._message = message
        super().__init__(f"[{entry}] {field}: {message}")

    def __reduce__(self) -> tuple[type[ExportError], tuple[str, str, str]]:
        return type(self), (self.entry, self.field, self._message)


class TextTooLongError(PainKBError, ValueError):
    """A text lookup was given more text than it accepts (see `KnowledgeBase.find`)."""
