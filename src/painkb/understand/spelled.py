"""A text with the words people type in a hurry spelled out, for the patterns that read text.

The reader reads each word through `words.normal`, which spells out "wen", "evry" and
"walkin"; the screening patterns (queries/screening.py) read the text itself, so they are
given it spelled out, with every span moved to match:

    >>> spelled = spell_out("evry mornin its betr after walkin")
    >>> spelled.text
    'every morning its better after walking'
    >>> spelled.position(len("evry mornin its betr")), spelled.position(5)
    (24, 6)
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from painkb.understand.words import WORD, spelled_out

if TYPE_CHECKING:
    from painkb.understand.interpretation import Interpretation, Mention

__all__ = ["Spelled", "as_spelled", "spell_out"]


@attrs.frozen
class Spelled:
    """A text spelled out: ``text``, and where each word that changed stood in the original.

    Attributes:
        text: the text with each word typed in a hurry spelled out.
        ends: where each changed word ends in the original, in order.
        shifts: how much longer the text is, after each changed word, than the original.
    """

    text: str
    ends: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def position(self, original: int) -> int:
        """Where a position of the original text (a word's start or end) is in `text`."""
        before = bisect.bisect_right(self.ends, original)
        return original + (self.shifts[before - 1] if before else 0)


def spell_out(text: str) -> Spelled:
    """``text`` with each word listed in ``[spelled_out]`` (language.toml) spelled out; the
    first letter keeps its case ("Evry" is "Every")."""
    table = spelled_out()
    parts: list[str] = []
    ends: list[int] = []
    shifts: list[int] = []
    done = 0
    shift = 0
    for found in WORD.finditer(text):
        word = found.group()
        spelled = table.get(word.casefold().replace("\u2019", "").replace("'", ""))
        if spelled is None:
            continue
        if word[:1].isupper():
            spelled = spelled[:1].upper() + spelled[1:]
        parts += [text[done : found.start()], spelled]
        done = found.end()
        shift += len(spelled) - len(word)
        ends.append(found.end())
        shifts.append(shift)
    if not ends:
        return Spelled(text)
    parts.append(text[done:])
    return Spelled("".join(parts), tuple(ends), tuple(shifts))


def as_spelled(interpretation: Interpretation) -> Interpretation:
    """``interpretation`` of its text spelled out: the same findings, their spans moved.

    The interpretation itself is returned when no word needs spelling out (most texts).
    """
    spelled = spell_out(interpretation.text)
    if spelled.text == interpretation.text:
        return interpretation

    def moved(mention: Mention) -> Mention:
        return attrs.evolve(mention, start=spelled.position(mention.start), end=spelled.position(mention.end))

    return attrs.evolve(
        interpretation,
        text=spelled.text,
        mentions=tuple(map(moved, interpretation.mentions)),
        partial=tuple(map(moved, interpretation.partial)),
    )
