"""Check and time ``kb.find``: ``python -m benchmarks.findcheck [--sizes N ...] [--seed S]``.

1. **Top-1 against the previous implementation.** Every bundled label (name, alias, id)
   gets one and two random typos (a seeded mix of dropped, doubled, swapped and replaced
   letters); the top-1 answer of ``kb.find`` is compared with the top-1 of the
   implementation it replaced (kept below as :class:`OldTextIndex`, a frozen copy: it
   scored every label when no word was close, which made nonsense cost a full scan and
   always answer something).
2. **Latency** on the bundled data and on synthetic data of each size (built in memory
   with :func:`benchmarks.synth.generate`, no TOML): a set of names, typos and
   abbreviations (median), ``"lower back"``, nonsense, and one long word and 1,000
   characters of spaced words (the longest text ``find`` accepts).

Nothing here decides pass or fail.
"""

from __future__ import annotations

import argparse
import bisect
import math
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence

import painkb
from painkb.fuzzy import normalize
from painkb.kb import KnowledgeBase
from painkb.textindex import _FIND_CUTOFF

__all__ = ["OldTextIndex", "main", "old_find", "typo"]

_LENGTH_RATIO = 70.0 / 130.0


class OldTextIndex:
    """painkb 0.x's word index, before the trigram index (the oracle for the top-1 check)."""

    def __init__(self, labels: Sequence[str]) -> None:
        self._labels = labels
        postings: dict[str, list[int]] = {}
        for position, label in enumerate(labels):
            for word in dict.fromkeys(label.split()):
                postings.setdefault(word, []).append(position)
        self._postings = postings
        self._sorted_words = sorted(postings)
        self._by_length: dict[int, list[str]] = {}
        for word in self._sorted_words:
            self._by_length.setdefault(len(word), []).append(word)

    def _similar_words(self, word: str) -> set[str]:
        from rapidfuzz import fuzz, process

        low, high = math.ceil(len(word) * _LENGTH_RATIO), math.floor(len(word) / _LENGTH_RATIO)
        pool = [w for length in range(low, high + 1) for w in self._by_length.get(length, ())]
        found = {
            w for w, _s, _i in process.extract(word, pool, scorer=fuzz.ratio, score_cutoff=70, limit=None)
        }
        if len(word) >= 3:
            start = bisect.bisect_left(self._sorted_words, word)
            for candidate in self._sorted_words[start:]:
                if not candidate.startswith(word):
                    break
                found.add(candidate)
            for size in range(3, len(word)):
                for begin in range(len(word) - size + 1):
                    if word[begin : begin + size] in self._postings:
                        found.add(word[begin : begin + size])
        return found

    def search(self, query: str, cutoff: float) -> Iterator[tuple[int, str, float]]:
        from rapidfuzz import fuzz, process

        positions_set: set[int] = set()
        for word in dict.fromkeys(query.split()):
            for similar in self._similar_words(word):
                positions_set.update(self._postings[similar])
        positions = sorted(positions_set) if positions_set else range(len(self._labels))
        choices = [self._labels[p] for p in positions]
        for label, score, index in process.extract_iter(
            query, choices, scorer=fuzz.WRatio, processor=None, score_cutoff=cutoff
        ):
            yield positions[index], label, score


def old_find(kb: KnowledgeBase, index: OldTextIndex, text: str) -> str | None:
    """The top-1 id the previous ``find`` gave for ``text`` (None if nothing)."""
    query = normalize(text)
    best: dict[str, float] = {}
    for position, label, score in index.search(query, _FIND_CUTOFF):
        owner = kb._label_owners[position]
        adjusted = 101.0 if label == query else score - abs(len(label) - len(query)) / 4
        if adjusted > best.get(owner, -1.0):
            best[owner] = adjusted
    return min(best.items(), key=lambda item: (-item[1], item[0]))[0] if best else None


def typo(text: str, count: int, rng: random.Random) -> str:
    """``text`` with ``count`` random typos (drop, double, swap or replace a letter)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(count):
        spots = [i for i, c in enumerate(text) if c.isalpha()]
        if len(spots) < 2:
            break
        i = rng.choice(spots)
        kind = rng.randrange(4)
        if kind == 0:
            text = text[:i] + text[i + 1 :]
        elif kind == 1:
            text = text[:i] + text[i] + text[i:]
        elif kind == 2 and i + 1 < len(text):
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        else:
            text = text[:i] + rng.choice(letters) + text[i + 1 :]
    return text


def top1_check(kb: KnowledgeBase, seed: int) -> dict[str, dict[str, int]]:
    """Per typo count (0, 1, 2): how many queries keep the old top-1, and how the rest differ.

    ``"none now"`` counts queries the old implementation answered only because it scored
    every label when no word was close (a mangled two- or three-letter text): they now
    find nothing, as intended. Both sides use the old cutoff (62).
    """
    rng = random.Random(seed)
    kb._text_lookup()  # builds the labels
    index = OldTextIndex(kb._labels)
    result = {}
    for count in (0, 1, 2):
        tally = {"same": 0, "none now": 0, "other": 0, "total": 0}
        for label in kb._labels:
            text = typo(label, count, rng)
            old = old_find(kb, index, text)
            found = kb.find(text, limit=1, min_score=_FIND_CUTOFF)
            new = found[0].id if found else None
            tally["total"] += 1
            tally["same" if new == old else "none now" if new is None else "other"] += 1
        result[f"{count} typos"] = tally
    return result


def timed(call: Callable[[], object], budget: float = 0.2) -> float:
    """Median seconds per call over 5 batches."""
    call()
    number, start = 1, time.perf_counter()
    while time.perf_counter() - start < budget / 5 and number < 1 << 16:
        call()
        number += 1
    batches = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(number):
            call()
        batches.append((time.perf_counter() - start) / number)
    return statistics.median(batches)


QUERIES = (
    "lower back",
    "QL",
    "glute med",
    "piriformis strech",
    "outer hip",
    "SI joint",
    "sciatica",
    "hamstrings",
    "foam roller",
    "massagetherapy",
    "tenis ball",
    "pain in my lower back",
)


def latencies(kb: KnowledgeBase) -> dict[str, float]:
    """Seconds per call: median over QUERIES, "lower back", nonsense, long texts."""
    kb.find("warm up the index")
    long_word = "a" * 1_000
    spaced = ("lumbar " * 143)[:1_000]
    return {
        "median of queries": statistics.median(timed(lambda q=q: kb.find(q)) for q in QUERIES),
        '"lower back"': timed(lambda: kb.find("lower back")),
        '"qwertyuiop asdf"': timed(lambda: kb.find("qwertyuiop asdf")),
        "1,000-letter word": timed(lambda: kb.find(long_word), 0.05),
        "1,000 chars of words": timed(lambda: kb.find(spaced), 0.05),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.findcheck", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-check", action="store_true", help="skip the top-1 comparison")
    args = parser.parse_args(argv)
    base = painkb.load(cache=False)  # leaves no snapshot in the user cache
    if not args.no_check:
        for name, tally in top1_check(base, args.seed).items():
            share = 100 * tally["same"] / tally["total"]
            print(
                f"top-1 as before, {name}: {tally['same']}/{tally['total']} ({share:.1f} %); "
                f"found nothing now: {tally['none now']}, other answer: {tally['other']}",
                flush=True,
            )
    from benchmarks import synth

    kbs: list[tuple[str, KnowledgeBase]] = [(f"bundled ({len(base)})", base)]
    for size in args.sizes:
        data = synth.generate(size, seed=args.seed)
        kbs.append((f"{size:,}", KnowledgeBase(data.entities, data.sources, data.links)))
    for name, kb in kbs:
        cells = ", ".join(f"{k} {v * 1e6:,.0f} µs" for k, v in latencies(kb).items())
        print(f"{name}: {cells}", flush=True)
        if kb is not base:
            del kb
    return 0


if __name__ == "__main__":
    sys.exit(main())
