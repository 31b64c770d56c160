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

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

import attrs

__all__ = ["Model", "second_reading", "terms"]

# scikit-learn's default tokens: runs of two or more word characters, in lower case
_TOKEN = re.compile(r"\b\w\w+\b")
_SENTENCE_END = re.compile(r"[.!?;\n]+")


def terms(text: str) -> list[str]:
    """The terms the model weighs: the words of two letters or more, in lower case, and each
    pair of words next to each other in one sentence (so that the order of sentences does not
    change what is read). `benchmarks/second_reading.py` trains on the same terms.

    >>> terms("Back hurts. Can't wee")
    ['back', 'hurts', 'back hurts', 'can', 'wee', 'can wee']
    """
    found: list[str] = []
    for sentence in _SENTENCE_END.split(text.lower()):
        words = _TOKEN.findall(sentence)
        found += words
        found += [f"{a} {b}" for a, b in pairwise(words)]
    return found


@attrs.frozen
class Model:
    """Per sign, the weights that say how likely a message tells it.

    Attributes:
        idf: every word and word pair the model knows, with its inverse document frequency.
        weights: sign id -> (intercept, term -> weight).
        threshold: the probability at or above which a sign told in part is raised.
        ask_threshold: the probability at or above which a sign nothing in the text came
            close to is asked about first (a question, never a flag).
    """

    idf: Mapping[str, float]
    weights: Mapping[str, tuple[float, Mapping[str, float]]]
    threshold: float
    ask_threshold: float = 0.5

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Model:
        """The model as ``benchmarks/second_reading.py`` writes it."""
        return cls(
            idf=dict(data["idf"]),
            weights={
                sign: (float(model["intercept"]), dict(model["weights"]))
                for sign, model in data["signs"].items()
            },
            threshold=float(data["threshold"]),
            ask_threshold=float(data.get("ask_threshold", 0.5)),
        )

    def vector(self, text: str) -> dict[str, float]:
        """The message's TF-IDF vector (sublinear term frequency, unit length).

        >>> v = second_reading().vector("my back my back")
        >>> round(sum(x * x for x in v.values()), 6)
        1.0
        """
        counts = Counter(terms(text))
        vector = {
            term: (1.0 + math.log(n)) * self.idf[term] for term, n in counts.items() if term in self.idf
        }
        norm = math.sqrt(sum(x * x for x in vector.values()))
        return {term: x / norm for term, x in vector.items()} if norm else {}

    def probability(self, text: str, sign: str) -> float | None:
        """How likely ``text`` tells ``sign``, 0-1; None when the sign has no model."""
        model = self.weights.get(sign)
        if model is None:
            return None
        return _logistic(model, self.vector(text))

    def probabilities(self, text: str, signs: Iterable[str] | None = None) -> dict[str, float]:
        """How likely ``text`` tells each sign the model reads (of ``signs`` only, when
        given; a sign with no model is left out), the text's vector made once.

        >>> told = second_reading().probabilities("I push and push and my wee comes out very slow")
        >>> max(told, key=told.__getitem__)
        'bladder-dysfunction'
        """
        vector = self.vector(text)
        wanted = self.weights if signs is None else [s for s in signs if s in self.weights]
        return {sign: _logistic(self.weights[sign], vector) for sign in wanted}


def _logistic(model: tuple[float, Mapping[str, float]], vector: Mapping[str, float]) -> float:
    intercept, weights = model
    score = intercept + sum(x * weights.get(term, 0.0) for term, x in vector.items())
    return 1.0 / (1.0 + math.exp(-score))


@cache
def second_reading() -> Model:
    """The bundled model, read on first use."""
    raw = files("painkb.understand").joinpath("second_reading.json").read_text(encoding="utf-8")
    return Model.from_json(json.loads(raw))
