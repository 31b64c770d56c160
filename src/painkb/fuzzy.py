"""Text normalisation and "did you mean" suggestions, shared by lookups and errors.

>>> normalize("  Glute-Med. ")
'glute med'
>>> suggest("piriformus", ["piriformis", "psoas-major", "gluteus-medius"])
('piriformis',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["Suggester", "normalize", "suggest"]

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """Lowercase, with punctuation and runs of spaces folded to single spaces."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def suggest(word: str, choices: Iterable[str], limit: int = 3, cutoff: float = 70) -> tuple[str, ...]:
    """The choices closest to ``word``, best first, for "did you mean" messages."""
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        word,
        list(dict.fromkeys(choices)),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=cutoff,
    )
    return tuple(choice for choice, _score, _index in found)


class Suggester:
    """``suggest`` for many words against the same choices, in bounded time.

    The choices are listed and normalised once; each word's answer is remembered; and
    only the first ``budget`` distinct words are looked up, later ones get no suggestion.
    Reporting thousands of unknown ids against thousands of ids so costs ``budget``
    lookups, not one full comparison per problem (16k bad links took 33 s).

    >>> hint = Suggester(["piriformis", "psoas-major"], budget=1)
    >>> hint("piriformus"), hint("piriformus"), hint("psoas-majr")
    (('piriformis',), ('piriformis',), ())
    """

    __slots__ = ("_budget", "_choices", "_memo", "_processed")

    def __init__(self, choices: Iterable[str], budget: int = 100) -> None:
        from rapidfuzz import utils

        self._choices = list(dict.fromkeys(choices))
        self._processed: list[Any] = [utils.default_process(c) for c in self._choices]
        self._memo: dict[str, tuple[str, ...]] = {}
        self._budget = budget

    def __call__(self, word: str, limit: int = 1, cutoff: float = 70) -> tuple[str, ...]:
        """The choices closest to ``word``, best first (none once the budget is spent)."""
        key = f"{limit}\0{cutoff}\0{word}"
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= self._budget:
                return ()
            from rapidfuzz import fuzz, process, utils

            close = process.extract(
                utils.default_process(word),
                self._processed,
                scorer=fuzz.ratio,
                processor=None,
                limit=limit,
                score_cutoff=cutoff,
            )
            found = self._memo[key] = tuple(self._choices[index] for _c, _s, index in close)
        return found
