"""Regular expressions compiled on first use.

Compiling painkb's screening patterns at import cost about 15 ms of every cold start, for
a ``painkb`` command that may never read free text.

>>> word = LazyPattern(r"\\bback\\b")
>>> bool(word.search("my back hurts"))
True

A case-insensitive scan is some two to four times slower than a case-sensitive one, so a
pattern may be read in a copy of the text put in lower case (`LazyPattern.finditer_lower`):

>>> [m.span() for m in LazyPattern(r"\\bback\\b", re.I).finditer_lower("My BACK", lower_case("My BACK"))]
[(3, 7)]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from painkb._pattern_store import compile as compile_pattern

__all__ = ["LazyPattern", "case_free", "compile_all", "lower_case"]

# The only characters but A-Z that IGNORECASE finds equal to an ASCII letter: capital I
# with a dot, dotless i, long s and the Kelvin sign.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_UNSURE = object()  # the lower-case pattern of a LazyPattern not yet looked at
_MADE: list[LazyPattern] = []  # every LazyPattern made, for compile_all (all live as long as painkb)


def lower_case(text: str) -> str | None:
    """``text`` with A-Z in lower case, the rest as it is; None when a case-insensitive
    pattern may find there what a case-sensitive one would not in that copy."""
    if text.isascii():
        return text.lower()
    if any(c in text for c in _FOLDS_TO_ASCII):
        return None
    return text.translate(_ASCII_LOWER)


def case_free(pattern: str) -> bool:
    """True when ``pattern`` finds the same in a `lower_case` text with or without
    IGNORECASE: no upper-case or non-ASCII letter, no inline flag, no escape but
    ``\\b \\s \\w \\d`` (and their capitals), of a sign, or ``\\uXXXX`` of a character
    that has no case (a curly apostrophe). False whenever unsure."""
    pattern = _CASELESS_ESCAPE.sub(_without_caseless, pattern)
    if re.search(r"\\[^bBsSwWdDAZ\W]|\(\?[aiLmsux-]", pattern):
        return False
    rest = re.sub(r"\\.|\(\?P[<=]\w+", "", pattern)
    # no capital letter, and any other letter than a-z without case (a curly apostrophe)
    return rest.lower() == rest and all(c.lower() == c.upper() for c in _ASCII.sub("", rest))


_ASCII = re.compile(r"[\x00-\x7f]+")
_CASELESS_ESCAPE = re.compile(r"(?<!\\)\\u([0-9a-fA-F]{4})")


def _without_caseless(escape: re.Match[str]) -> str:
    """Nothing for the escape of a character without case ("\\u2019"), else the escape."""
    character = chr(int(escape.group(1), 16))
    return "" if character.lower() == character.upper() else escape.group()


class LazyPattern:
    """A pattern that compiles itself the first time it is used (safe to share: a second
    thread compiling it at the same moment gets the same pattern from ``re``'s cache)."""

    __slots__ = ("_compiled", "_flags", "_lower", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._lower: object = _UNSURE
        _MADE.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = self._compiled = compile_pattern(self._source, self._flags)
        return found

    def in_lower_case(self) -> LazyPattern | None:
        """This pattern without IGNORECASE when that finds the same in a `lower_case`
        text, else None (a case-sensitive pattern, or one whose source case would change)."""
        lower = self._lower
        if lower is _UNSURE:
            quick = self._flags & re.IGNORECASE and not self._flags & re.ASCII and case_free(self._source)
            lower = self._lower = LazyPattern(self._source, self._flags & ~re.IGNORECASE) if quick else None
        return lower if isinstance(lower, LazyPattern) else None

    # The readers below ask ``_compiled`` before ``compiled``: they run for every text, many
    # times, and a property call costs about as much as a short search.
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self.compiled).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self.compiled).match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (self._compiled or self.compiled).finditer(string, pos, endpos)

    def search_lower(self, string: str, lowered: str | None) -> re.Match[str] | None:
        """`search` in ``string``, read in ``lowered`` (its `lower_case`) when that finds
        the same: the span is the same, the text of the match is in lower case."""
        if lowered is not None:
            quick = self._lower if self._lower is not _UNSURE else self.in_lower_case()
            if isinstance(quick, LazyPattern):
                return (quick._compiled or quick.compiled).search(lowered)
        return (self._compiled or self.compiled).search(string)

    def finditer_lower(self, string: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """`finditer` in ``string``, read in ``lowered`` (its `lower_case`) when that finds
        the same: the spans are the same, the text of the matches is in lower case."""
        if lowered is not None:
            quick = self._lower if self._lower is not _UNSURE else self.in_lower_case()
            if isinstance(quick, LazyPattern):
                return (quick._compiled or quick.compiled).finditer(lowered)
        return (self._compiled or self.compiled).finditer(string)


def compile_all() -> int:
    """Compile every LazyPattern made so far, and its lower-case twin; how many were made.

    >>> compile_all() >= 1
    True
    """
    made = list(_MADE)
    for pattern in made:
        _ = pattern.compiled
        twin = pattern.in_lower_case()
        if twin is not None:
            _ = twin.compiled
    return len(made)
