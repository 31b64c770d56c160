"""A word index over names and aliases, so fuzzy lookup scores a few labels, not all.

Scoring every label with a fuzzy scorer grows with the knowledge base (about 2 µs a
label). The index picks a bounded number of candidate labels first, in three steps:

1. **Close words.** Each query word is matched against the vocabulary (every word of
   every label): words within the typo tolerance (``fuzz.ratio`` 70 or more), found
   through a trigram index over the vocabulary; words it starts (``"glut"`` ->
   ``gluteus``); and, for words run together (``"massagetherapy"``), the vocabulary
   words inside it, found by walking a sorted vocabulary, never by trying every
   substring. Each query word's close words are remembered (up to `_MEMO_SIZE` words
   per index), so a word met again costs a dictionary lookup.
2. **Capped postings.** For each query word, at most `POSTING_CAP` labels holding
   one of its close words are taken, closest words first and, within a word, labels
   closest in length to the query. For a query of several words, the labels holding a
   close word for *every* query word (the intersection of their postings, computed in
   C) are added, again at most `POSTING_CAP` of them. When those postings hold
   more than `_COMMON_BUDGET` entries, the intersection is looked for among the
   labels nearest the query in length, reading about that many entries, so a common
   word costs the same however many labels hold it.
3. **Weighted ranking.** Each candidate gets the sum, over query words, of the query
   word's idf (rarer words count more) times how close the label's best word is; the
   `CANDIDATES` best (ties: closest in length to the query) are scored with
   rapidfuzz's ``WRatio``.

There is no fallback: a query none of whose words comes close to a word of a label
finds nothing, however many labels there are. All work is bounded: at most
`MAX_QUERY_WORDS` distinct words of at most `MAX_WORD_LENGTH` characters are
looked up, each at a cost that follows the vocabulary's trigram postings, not the
number of labels; callers refuse texts longer than `MAX_TEXT_LENGTH`.

>>> index = TextIndex(["piriformis", "seated piriformis stretch", "lower back"])
>>> sorted(index.candidates("piriformis strech"))
[0, 1]
>>> sorted(index.candidates("lowr"))
[2]
>>> index.candidates("qwertyuiop asdf")
[]
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = [
    "CANDIDATES",
    "FIND_MIN_SCORE",
    "MAX_QUERY_WORDS",
    "MAX_TEXT_LENGTH",
    "MAX_WORD_LENGTH",
    "POSTING_CAP",
    "TextIndex",
    "rank",
]

#: Longest text `painkb.KnowledgeBase.find` accepts, in characters.
MAX_TEXT_LENGTH = 1_000
#: Query words longer than this are looked up by their first this-many characters.
MAX_WORD_LENGTH = 32
#: At most this many distinct query words are looked up (the first ones).
MAX_QUERY_WORDS = 32
#: Labels taken per query word (and from the intersection) before ranking.
POSTING_CAP = 256
#: Labels scored with ``WRatio`` per query.
CANDIDATES = 32
#: The default ``min_score`` of `rank` and `painkb.KnowledgeBase.find`.
FIND_MIN_SCORE = 70.0
# Labels whose WRatio is below this are dropped before the length adjustment of rank().
_FIND_CUTOFF = 62.0

# fuzz.ratio(a, b) = 200 * matches / (len(a) + len(b)); it can reach _WORD_CUTOFF only
# when the shorter word is at least this fraction of the longer one.
_WORD_CUTOFF = 70.0
_LENGTH_RATIO = _WORD_CUTOFF / (200.0 - _WORD_CUTOFF)
_MIN_PREFIX = 3
_PREFIX_CAP = 32
_PREFIX_SIMILARITY = 80.0
_PART_SIMILARITY = 70.0
# Posting entries read, at most (about), looking for labels that hold every query word.
_COMMON_BUDGET = 32 * POSTING_CAP
# Query words whose close words an index remembers (then it forgets them all and starts
# again): a word's lookup is about half of a short query's cost, and queries repeat words.
_MEMO_SIZE = 4096

# rapidfuzz's modules, imported on first use (``import painkb`` does not need them).
_rapidfuzz: tuple[Any, Any] | None = None


def _fuzz_and_process() -> tuple[Any, Any]:
    global _rapidfuzz
    if _rapidfuzz is None:
        from rapidfuzz import fuzz, process

        _rapidfuzz = (fuzz, process)
    return _rapidfuzz


class _Match:
    """What `TextIndex.candidates` needs of one query word's close words, worked out once.

    ``idf``: the query word's weight (the idf of its closest word, the rarer on a tie);
    ``shares``: ``(close word, idf * (closeness / 100) ** 2)``, closest word first.
    """

    __slots__ = ("idf", "shares")

    def __init__(self, close: dict[str, float], all_idf: dict[str, float]) -> None:
        self.idf = idf = all_idf[max(close, key=lambda w: (close[w], -all_idf[w], w))]
        self.shares = tuple(
            (word, idf * (close[word] / 100.0) ** 2) for word in sorted(close, key=lambda w: (-close[w], w))
        )


def _trigrams(word: str) -> set[str]:
    padded = f"${word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class TextIndex:
    """Candidate lookup and scoring over normalised labels (see `painkb.fuzzy.normalize`).

    Args:
        labels: normalised labels; results refer to them by position.
    """

    __slots__ = (
        "_idf",
        "_label_words",
        "_labels",
        "_lengths",
        "_matches",
        "_order",
        "_postings",
        "_sorted_words",
        "_trigram_postings",
    )

    def __init__(self, labels: Sequence[str]) -> None:
        self._labels = labels
        # Labels are numbered by length, so a posting list (ascending numbers) is also
        # sorted by length and "closest in length to the query" is a bisection.
        order = sorted(range(len(labels)), key=lambda p: (len(labels[p]), p))
        self._order = order
        self._lengths = [len(labels[p]) for p in order]
        self._label_words = [tuple(dict.fromkeys(labels[p].split())) for p in order]
        postings: dict[str, list[int]] = {}
        for number, words in enumerate(self._label_words):
            for word in words:
                postings.setdefault(word, []).append(number)
        self._postings = postings
        total = len(labels) + 1
        self._idf = {word: math.log(total / len(found)) + 0.1 for word, found in postings.items()}
        self._sorted_words = sorted(postings)
        # The vocabulary words holding each trigram, by length, so a length window is a
        # slice (and the words themselves, not numbers, so a pool is gathered in C).
        trigram_postings: dict[str, list[str]] = {}
        for word in sorted(postings, key=lambda w: (len(w), w)):
            for gram in _trigrams(word):
                trigram_postings.setdefault(gram, []).append(word)
        self._trigram_postings = trigram_postings
        self._matches: dict[str, _Match | None] = {}

    # -- close words --------------------------------------------------------------------

    def similar_words(self, word: str) -> dict[str, float]:
        """Vocabulary words close to ``word`` (a normalised word), with their closeness (0-100)."""
        fuzz, process = _fuzz_and_process()
        word = word[:MAX_WORD_LENGTH]
        found: dict[str, float] = {}
        shortest, longest = math.ceil(len(word) * _LENGTH_RATIO), math.floor(len(word) / _LENGTH_RATIO)
        pool: set[str] = set()
        for gram in _trigrams(word):
            posting = self._trigram_postings.get(gram)
            if posting:
                low = bisect.bisect_left(posting, shortest, key=len)
                pool.update(posting[low : bisect.bisect_right(posting, longest, low, key=len)])
        if pool:
            for similar, score, _i in process.extract(
                word, list(pool), scorer=fuzz.ratio, score_cutoff=_WORD_CUTOFF, limit=None
            ):
                found[similar] = score
        if len(word) >= _MIN_PREFIX:
            self._add_prefixed(word, found)
            self._add_parts(word, found)
        return found

    def _add_prefixed(self, word: str, found: dict[str, float]) -> None:
        """Words that ``word`` starts ("glut" -> "gluteus"), at most _PREFIX_CAP."""
        words = self._sorted_words
        start = bisect.bisect_left(words, word)
        for candidate in words[start : start + _PREFIX_CAP]:
            if not candidate.startswith(word):
                break
            found.setdefault(candidate, _PREFIX_SIMILARITY)

    def _add_parts(self, word: str, found: dict[str, float]) -> None:
        """Vocabulary words inside ``word`` ("massagetherapy" -> massage, therapy).

        From each start, the piece grows one letter at a time while some vocabulary word
        starts with it (a bisection in the sorted vocabulary), so the work is at most
        the word's length times the longest vocabulary word, not cubic.
        """
        words = self._sorted_words
        size = len(words)
        for begin in range(len(word) - _MIN_PREFIX + 1):
            lo = 0
            for end in range(begin + _MIN_PREFIX, len(word) + 1):
                if end - begin >= len(word):
                    break  # the whole word is not a part of itself
                piece = word[begin:end]
                lo = bisect.bisect_left(words, piece, lo)
                if lo == size or not words[lo].startswith(piece):
                    break
                if words[lo] == piece:
                    found.setdefault(piece, _PART_SIMILARITY)

    def _match(self, word: str) -> _Match | None:
        """The close words of ``word`` (at most MAX_WORD_LENGTH long) as `candidates`
        weighs them, None if there is none; remembered for the next query."""
        matches = self._matches
        try:
            return matches[word]  # one lookup: another thread may clear the memo
        except KeyError:
            pass
        close = self.similar_words(word)
        found = _Match(close, self._idf) if close else None
        if len(matches) >= _MEMO_SIZE:
            matches.clear()
        matches[word] = found
        return found

    # -- candidates ---------------------------------------------------------------------

    def _near(self, numbers: Sequence[int], length: int, cap: int) -> Sequence[int]:
        """At most ``cap`` of ``numbers`` (ascending) whose labels are closest to ``length``."""
        if len(numbers) <= cap:
            return numbers
        lengths = self._lengths
        middle = bisect.bisect_left(numbers, bisect.bisect_left(lengths, length))
        low, high = max(0, middle - cap // 2), min(len(numbers), middle + cap - cap // 2)
        if high - low < cap:
            low, high = (0, cap) if low == 0 else (len(numbers) - cap, len(numbers))
        return numbers[low:high]

    def candidates(self, query: str) -> list[int]:
        """Positions of the labels worth scoring for ``query`` (a normalised text), best first.

        Empty when no query word comes close to a word of any label.
        """
        words = list(dict.fromkeys(w[:MAX_WORD_LENGTH] for w in query.split()))[:MAX_QUERY_WORDS]
        matches = [m for m in map(self._match, words) if m is not None]
        if not matches:
            return []
        length = len(query)
        postings = self._postings
        # weight of a label: sum over query words of idf * closeness**2 of its best word,
        # accumulated over each query word's capped postings (closest words first).
        weight: dict[int, float] = {}
        capped = False
        for i, match in enumerate(matches):
            taken: list[tuple[Sequence[int], float]] = []
            budget = POSTING_CAP
            for word, share in match.shares:
                if budget <= 0:
                    capped = True
                    break
                posting = postings[word]
                near = self._near(posting, length, budget)
                capped = capped or len(near) < len(posting)
                taken.append((near, share))
                budget -= len(near)
            best = _closest_first(taken)
            if i == 0:
                weight = best
            else:
                summed = best | weight
                for number in weight.keys() & best.keys():
                    summed[number] = weight[number] + best[number]
                weight = summed
        if capped and len(matches) > 1:
            # Common words were capped: add the labels that hold a close word for every
            # query word, which the caps may have left out (weights computed in full).
            weight.update(self._common(matches, length))
        lengths, order = self._lengths, self._order
        ranked = [(-weight[n], abs(lengths[n] - length), n) for n in self._heaviest(weight, length)]
        ranked.sort()
        return [order[number] for _w, _d, number in ranked]

    def _heaviest(self, weight: dict[int, float], length: int) -> list[int]:
        """The CANDIDATES labels of ``weight`` first by weight, then closest in length, then number.

        The labels heavier than the CANDIDATES-th are taken from a sort done in C; among
        those tied with it, the closest in length are found by walking out from the
        query's length.
        """
        if len(weight) <= CANDIDATES:
            return list(weight)
        heavy = sorted(weight, key=weight.__getitem__, reverse=True)
        threshold = -weight[heavy[CANDIDATES - 1]]

        def lighter(number: int) -> float:
            return -weight[number]

        above = bisect.bisect_left(heavy, threshold, key=lighter)
        chosen = heavy[:above]
        tied = sorted(heavy[above : bisect.bisect_right(heavy, threshold, above, key=lighter)])
        lengths = self._lengths
        # Walk out from the query's length a block of one length at a time, the shorter
        # side first on a tie; within a block, smallest number first, as in the sort.
        right = bisect.bisect_left(tied, bisect.bisect_left(lengths, length))
        left = right  # tied[:left] are shorter than the query, tied[right:] not
        while len(chosen) < CANDIDATES:  # the tied labels hold enough to fill it
            if right == len(tied) or (
                left > 0 and length - lengths[tied[left - 1]] <= lengths[tied[right]] - length
            ):
                start = bisect.bisect_left(tied, bisect.bisect_left(lengths, lengths[tied[left - 1]]))
                chosen += tied[start:left][: CANDIDATES - len(chosen)]
                left = start
            else:
                end = bisect.bisect_left(tied, bisect.bisect_right(lengths, lengths[tied[right]]), right)
                chosen += tied[right:end][: CANDIDATES - len(chosen)]
                right = end
        return chosen

    def _common(self, matches: list[_Match], length: int) -> dict[int, float]:
        """At most POSTING_CAP labels holding a close word for every query word, with weights.

        When the close words' postings hold more than `_COMMON_BUDGET` entries in
        all, the labels are looked for in a window of label numbers (so of lengths)
        around the query's length, sized to read about half that budget and doubled
        while it holds fewer than POSTING_CAP of them and the budget lasts: the cost
        follows the budget, not the size of the postings.
        """
        postings, count = self._postings, len(self._lengths)
        ordered = [[word for word, _share in match.shares] for match in matches]
        total = sum(len(postings[word]) for words in ordered for word in words)
        middle = bisect.bisect_left(self._lengths, length)
        span = count if total <= _COMMON_BUDGET else max(POSTING_CAP, count * _COMMON_BUDGET // (4 * total))
        read = 0
        while True:
            low, high = max(0, middle - span), min(count, middle + span)
            pieces: list[list[Sequence[int]]] = []
            for words in ordered:
                found: list[Sequence[int]] = []
                for word in words:
                    posting = postings[word]
                    if low == 0 and high == count:
                        found.append(posting)
                        continue
                    start = bisect.bisect_left(posting, low)
                    found.append(posting[start : bisect.bisect_left(posting, high, start)])
                read += sum(map(len, found))
                pieces.append(found)
            holders = sorted((set().union(*found) for found in pieces), key=len)
            common = holders[0].intersection(*holders[1:])
            if len(common) >= POSTING_CAP or (low == 0 and high == count) or read > _COMMON_BUDGET:
                break
            span *= 2
        chosen = self._near(sorted(common), length, POSTING_CAP)
        weight = dict.fromkeys(chosen, 0.0)
        for found, match in zip(pieces, matches, strict=True):
            shares = _closest_first(
                [(numbers, share) for (_word, share), numbers in zip(match.shares, found, strict=True)]
            )
            for number in chosen:
                weight[number] += shares[number]
        return weight

    def search(self, query: str, cutoff: float) -> Iterator[tuple[int, str, float]]:
        """``(position, label, score)`` for candidate labels scoring at least ``cutoff``.

        Scores are rapidfuzz's WRatio (0-100), which tolerates typos, word order and
        partial matches.
        """
        positions = self.candidates(query)
        for label, score, index in self._scored(query, positions, cutoff):
            yield positions[index], label, score

    def _scored(self, query: str, positions: list[int], cutoff: float) -> list[tuple[str, float, int]]:
        """``(label, score, i)`` for ``positions[i]`` scoring at least ``cutoff``."""
        if not positions:
            return []
        fuzz, process = _fuzz_and_process()
        labels = self._labels
        found: list[tuple[str, float, int]] = process.extract(
            query,
            [labels[p] for p in positions],
            scorer=fuzz.WRatio,
            processor=None,
            score_cutoff=cutoff,
            limit=None,
        )
        return found


def _closest_first(taken: list[tuple[Sequence[int], float]]) -> dict[int, float]:
    """Label number -> share, from postings closest word first: a label keeps its first share."""
    best: dict[int, float] = {}
    for numbers, share in reversed(taken):
        best.update(dict.fromkeys(numbers, share))
    return best


def rank(
    index: TextIndex,
    owners: Sequence[str],
    query: str,
    *,
    limit: int,
    min_score: float = FIND_MIN_SCORE,
    keep: Callable[[str], bool] | None = None,
) -> list[tuple[str, float]]:
    """The owners of the labels best matching ``query`` (normalised), best first, with scores.

    ``owners[i]`` owns ``index``'s label ``i``; an owner's score is its best label's. The
    score is rapidfuzz's ``WRatio`` of the query and the label, less a quarter point per
    character the two differ in length (so ``"piriformis strech"`` finds the stretch
    before the muscle itself); an exact match scores 100 and ranks before every other.
    Owners scoring below ``min_score``, or that ``keep`` refuses, are left out; ties go
    to the smaller owner.

    >>> index = TextIndex(["piriformis", "piriformis stretch", "seated piriformis stretch"])
    >>> owners = ["muscle", "stretch", "seated"]
    >>> [owner for owner, _ in rank(index, owners, "piriformis strech", limit=3)]
    ['stretch', 'muscle', 'seated']
    >>> rank(index, owners, "piriformis", limit=1)
    [('muscle', 100.0)]
    """
    best: dict[str, float] = {}
    positions = index.candidates(query)
    length = len(query)
    for label, score, i in index._scored(query, positions, min(_FIND_CUTOFF, min_score)):
        owner = owners[positions[i]]
        if keep is not None and not keep(owner):
            continue
        adjusted = 101.0 if label == query else score - abs(len(label) - length) / 4
        if adjusted >= min_score and adjusted > best.get(owner, -1.0):
            best[owner] = adjusted
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [(owner, min(score, 100.0)) for owner, score in ranked]
