"""A word index over names and aliases, so fuzzy lookup scores few labels, not all.

Scoring every label with a fuzzy scorer grows with the knowledge base (about 2 µs a
label). The index first picks the labels that share a word with the query, allowing
typos: a label is considered when one of its words is within the typo tolerance of a
query word (edit similarity 70 or more) or starts with it. Only those labels are then
scored. Words are looked up only among words of a length that could reach that
similarity, so the cost follows the vocabulary, not the number of labels.

>>> index = TextIndex(["piriformis", "seated piriformis stretch", "lower back"])
>>> sorted(index.candidates("piriformis strech"))
[0, 1]
>>> sorted(index.candidates("lowr"))
[2]
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Sequence

__all__ = ["TextIndex"]

# fuzz.ratio(a, b) = 200 * matches / (len(a) + len(b)); it can reach _WORD_CUTOFF only
# when the shorter word is at least this fraction of the longer one.
_WORD_CUTOFF = 70.0
_LENGTH_RATIO = _WORD_CUTOFF / (200.0 - _WORD_CUTOFF)
_MIN_PREFIX = 3


class TextIndex:
    """Candidate lookup and scoring over normalised labels (see :func:`painkb.fuzzy.normalize`).

    Args:
        labels: normalised labels; results refer to them by position.
    """

    __slots__ = ("_by_length", "_labels", "_postings", "_sorted_words")

    def __init__(self, labels: Sequence[str]) -> None:
        self._labels = labels
        postings: dict[str, list[int]] = {}
        for position, label in enumerate(labels):
            for word in dict.fromkeys(label.split()):
                postings.setdefault(word, []).append(position)
        self._postings = postings
        self._sorted_words = sorted(postings)
        by_length: dict[int, list[str]] = {}
        for word in self._sorted_words:
            by_length.setdefault(len(word), []).append(word)
        self._by_length = by_length

    def _similar_words(self, word: str) -> set[str]:
        from rapidfuzz import fuzz, process

        low = math.ceil(len(word) * _LENGTH_RATIO)
        high = math.floor(len(word) / _LENGTH_RATIO)
        pool = [w for length in range(low, high + 1) for w in self._by_length.get(length, ())]
        close = process.extract(word, pool, scorer=fuzz.ratio, score_cutoff=_WORD_CUTOFF, limit=None)
        found = {w for w, _score, _i in close}
        if len(word) >= _MIN_PREFIX:
            start = bisect.bisect_left(self._sorted_words, word)
            for candidate in self._sorted_words[start:]:
                if not candidate.startswith(word):
                    break
                found.add(candidate)
            # Words run together ("massagetherapy"): known words inside the query word.
            for size in range(_MIN_PREFIX, len(word)):
                for begin in range(len(word) - size + 1):
                    if word[begin : begin + size] in self._postings:
                        found.add(word[begin : begin + size])
        return found

    def candidates(self, query: str) -> set[int] | range:
        """Positions of the labels worth scoring for ``query`` (a normalised text).

        When no word of any label comes close, every label is a candidate, so a query
        that only a whole-label comparison can place still finds its match.
        """
        positions: set[int] = set()
        for word in dict.fromkeys(query.split()):
            for similar in self._similar_words(word):
                positions.update(self._postings[similar])
        return positions or range(len(self._labels))

    def search(self, query: str, cutoff: float) -> Iterator[tuple[int, str, float]]:
        """``(position, label, score)`` for candidate labels scoring at least ``cutoff``.

        Scores are rapidfuzz's WRatio (0-100), which tolerates typos, word order and
        partial matches.
        """
        from rapidfuzz import fuzz, process

        found = self.candidates(query)
        positions = found if isinstance(found, range) else sorted(found)
        choices = self._labels if isinstance(found, range) else [self._labels[p] for p in positions]
        for label, score, index in process.extract_iter(
            query, choices, scorer=fuzz.WRatio, processor=None, score_cutoff=cutoff
        ):
            yield positions[index], label, score
