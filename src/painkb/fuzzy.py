"""Text normalisation and "did you mean" suggestions, shared by lookups and errors.

>>> normalize("  Glute-Med. ")
'glute med'
>>> suggest("piriformus", ["piriformis", "psoas-major", "gluteus-medius"])
('piriformis',)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["normalize", "suggest"]

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
