"""A second look at a warning sign the person's own words tell only in part.

The rules raise a sign when one of its phrases is said whole; a part of one ("I push and push
and it comes very slow") is asked about. People tell the same sign in more ways than rules
list, so before asking the reader weighs the whole message with a model learned from labelled
messages (``second_reading.json``: per sign, the weights of a logistic regression over the
TF-IDF of words and word pairs, written by ``benchmarks/second_reading.py``). The sign is
raised only when the model gives it at least `Model.threshold`; it never raises a sign the
rules found nothing of, nor one denied, doubted, past or someone else's. A sign the rules found
nothing of that the model gives at least `Model.ask_threshold` is asked about first
(`painkb.assess`), so that it is not missed silently.

>>> model = second_reading()
>>> model.probability("my lower back aches", "not-a-sign") is None
True
>>> 0.0 <= model.probability("my lower back aches", "bladder-dysfunction") < model.threshold
True
"""

from __future__ import annotations

import array
import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from itertools import pairwise
from typing import Any, cast

import attrs

from painkb._pattern_store import compile as compile_pattern
from painkb.understand.words import normal, stem

__all__ = ["Model", "second_reading", "stem_term", "terms"]

# scikit-learn's default tokens: runs of two or more word characters, in lower case
_TOKEN = compile_pattern(r"\b\w\w+\b")
_SENTENCE_END = compile_pattern(r"[.!?;\n]+")


def terms(text: str) -> list[str]:
    """The terms the model weighs: the words of two letters or more, in lower case, each pair
    of words next to each other in one sentence (so that the order of sentences does not
    change what is read), and the stem of each word that is not its own stem, marked ``~``
    (`stem_term`). `benchmarks/second_reading.py` trains on the same terms.

    >>> terms("Back hurts. Can't wee")
    ['back', 'hurts', 'back hurts', '~hurt', 'can', 'wee', 'can wee']
    """
    found: list[str] = []
    for sentence in _SENTENCE_END.split(text.lower()):
        # (each word as the reader spells it, so a word typed in a hurry, "alwys", weighs as its word)
        words = [normal(word) for word in _TOKEN.findall(sentence)]
        found += words
        found += [f"{a} {b}" for a, b in pairwise(words)]
        found += [term for word in words if (term := stem_term(word))]
    return found


def stem_term(word: str) -> str | None:
    """The stem of a lower-case word as a term of its own ("~numb" of "numbness" and "numbed",
    "~when" of "wen" typed in a hurry), so that a writer's other form of a word the model
    learned is read as well; None when the word is its own stem (it is a term already).

    >>> stem_term("numbness"), stem_term("numb"), stem_term("wen")
    ('~numb', None, '~when')
    """
    stemmed = stem(normal(word))
    return None if stemmed == word else _STEM_MARK + stemmed


_STEM_MARK = "~"  # (no word has it: words are runs of word characters)


@attrs.frozen
class Model:
    """Per sign, the weights that say how likely a message tells it.

    Attributes:
        columns: every word and word pair the model knows -> its column in the lists below.
        idf: the inverse document frequency of each column's term.
        weights: sign id -> (intercept, the weight of each column's term).
        threshold: the probability at or above which a sign told in part is raised.
        ask_threshold: the probability at or above which a sign nothing in the text came
            close to is asked about first (a question, never a flag).
    """

    columns: Mapping[str, int]
    idf: Sequence[float]
    weights: Mapping[str, tuple[float, Sequence[float]]]
    threshold: float
    ask_threshold: float = 0.5

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Model:
        """The model as ``benchmarks/second_reading.py`` writes it."""
        columns = {term: column for column, term in enumerate(data["idf"])}
        weights = {}
        for sign, model in data["signs"].items():
            dense = array.array("d", bytes(8 * len(columns)))
            for term, weight in model["weights"].items():
                if term in columns:  # (a term with no idf is never in a vector)
                    dense[columns[term]] = float(weight)
            weights[sign] = (float(model["intercept"]), dense)
        return cls(
            columns=columns,
            idf=array.array("d", map(float, data["idf"].values())),
            weights=weights,
            threshold=float(data["threshold"]),
            ask_threshold=float(data.get("ask_threshold", 0.5)),
        )

    def vector(self, text: str) -> dict[str, float]:
        """The message's TF-IDF vector (sublinear term frequency, unit length).

        >>> v = second_reading().vector("my back my back")
        >>> round(sum(x * x for x in v.values()), 6)
        1.0
        """
        return {term: x for term, (_, x) in self._vector(text).items()}

    def _vector(self, text: str) -> dict[str, tuple[int, float]]:
        """term -> (its column, its value in the message's vector)."""
        columns, idf = self.columns, self.idf
        counts = Counter(terms(text))
        vector = {
            term: (column, (1.0 + math.log(n)) * idf[column])
            for term, n in counts.items()
            if (column := columns.get(term)) is not None
        }
        norm = math.sqrt(sum(x * x for _, x in vector.values()))
        return {term: (column, x / norm) for term, (column, x) in vector.items()} if norm else {}

    def probability(self, text: str, sign: str) -> float | None:
        """How likely ``text`` tells ``sign``, 0-1; None when the sign has no model."""
        model = self.weights.get(sign)
        if model is None:
            return None
        return _logistic(model, self._vector(text).values())

    def probabilities(self, text: str, signs: Iterable[str] | None = None) -> dict[str, float]:
        """How likely ``text`` tells each sign the model reads (of ``signs`` only, when
        given; a sign with no model is left out), the text's vector made once.

        >>> told = second_reading().probabilities("I push and push and my wee comes out very slow")
        >>> max(told, key=told.__getitem__)
        'bladder-dysfunction'
        """
        vector = list(self._vector(text).values())
        wanted = self.weights if signs is None else [s for s in signs if s in self.weights]
        return {sign: _logistic(self.weights[sign], vector) for sign in wanted}


def _logistic(model: tuple[float, Sequence[float]], vector: Iterable[tuple[int, float]]) -> float:
    intercept, weights = model
    score = intercept + sum(x * weights[column] for column, x in vector)
    return 1.0 / (1.0 + math.exp(-score))


@cache
def second_reading() -> Model:
    """The bundled model, read on first use (from its columns stored in painkb's cache
    folder when they were stored for these very bytes: some five times quicker than JSON)."""
    from painkb import snapshot
    from painkb.understand.lexicon_store import bundled

    raw = bundled("second_reading.json")

    if not snapshot.enabled():
        return Model.from_json(json.loads(raw))
    key = hashlib.sha256(str(_FORMAT).encode() + raw).hexdigest()
    path = snapshot.cache_dir() / f"second-reading-{key[:32]}.bin"
    try:
        return _read_columns(path.read_bytes(), key)
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        pass
    model = Model.from_json(json.loads(raw))
    snapshot.store(path, _columns_of(model, key))
    return model


_FORMAT = 2
_MAGIC = "painkb-second-reading"


def _columns_of(model: Model, key: str) -> bytes:
    """``model`` as one line of JSON (the thresholds, the signs and their intercepts, the
    terms) followed by its numbers: every idf, then each sign's weights."""
    head = {
        "magic": _MAGIC,
        "key": key,
        "threshold": model.threshold,
        "ask_threshold": model.ask_threshold,
        "signs": [[sign, intercept] for sign, (intercept, _) in model.weights.items()],
        "terms": "\n".join(model.columns),
    }
    numbers = array.array("d", model.idf)
    for _, weights in model.weights.values():
        numbers.extend(weights)
    line = json.dumps(head, separators=(",", ":")).encode()
    line += b" " * (-(len(line) + 1) % numbers.itemsize)  # the numbers start aligned
    return line + b"\n" + numbers.tobytes()


def _read_columns(data: bytes, key: str) -> Model:
    """The model `_columns_of` stored for ``key``; a ValueError when it is not that."""
    end = data.index(b"\n")
    head = json.loads(data[:end])
    if head["magic"] != _MAGIC or head["key"] != key:
        raise ValueError("stored for other bytes")
    names = head["terms"].split("\n")
    if (end + 1) % 8 or (len(data) - end - 1) % 8:
        raise ValueError("truncated")
    # the numbers are read where they lie, not copied: a view of doubles (typed as the
    # sequence of floats it is)
    numbers = cast("Sequence[float]", memoryview(data)[end + 1 :].cast("d"))
    size = len(names)
    if len(numbers) != size * (1 + len(head["signs"])):
        raise ValueError("truncated")
    weights = {
        sign: (float(intercept), numbers[size * (1 + row) : size * (2 + row)])
        for row, (sign, intercept) in enumerate(head["signs"])
    }
    return Model(
        columns=dict(zip(names, range(size), strict=True)),
        idf=numbers[:size],
        weights=weights,
        threshold=float(head["threshold"]),
        ask_threshold=float(head["ask_threshold"]),
    )
