"""The lexicon: every name and alias of a knowledge base as stems to look for in text.

A phrase is the stems of a label's content words (stopwords dropped), in any order.
Labels with the same stems on several entities (``"lumbar support"`` is equipment and a
treatment) form one *shared* phrase that finds all of them. Built once per knowledge
base, on first use, and immutable afterwards.

>>> import painkb
>>> lexicon = lexicon_of(painkb.load())
>>> "fell off a ladder" in [p.label for p in lexicon.phrases_with("ladders")]
True
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections import defaultdict
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from painkb._pattern_store import compile as compile_pattern
from painkb.kb import KnowledgeBase
from painkb.model import Kind
from painkb.understand.context import trigger_phrases
from painkb.understand.words import is_stopword, keys_of, language, normal, read_data, tokenize

__all__ = ["Lexicon", "Phrase", "lexicon_of"]

# A word found in the labels of at most this many entities tells them apart
# ("bladder", "ladder"); one found in many ("pain", "leg") does not.
SPECIFIC_WORD_ENTITIES = 8
# Typos are corrected only on words this long, by at most about one letter in six.
_FUZZY_MIN_LENGTH = 5
_FUZZY_CUTOFF = 85.0
_SWAP_MIN_LENGTH = 6  # words this long may have one letter changed or two swapped
_NEAR_CACHE_SIZE = 4096  # (first letter, length) pairs of new words whose label words are kept


@attrs.frozen
class Phrase:
    """The stems of one label, and the entities that carry it (several when shared)."""

    label: str
    keys: tuple[str, ...]
    entities: tuple[str, ...]
    warning: bool  # one of the entities is a warning sign
    norms: frozenset[str] = frozenset()  # every word of the label, stopwords too
    kinds: tuple[Kind, ...] = ()  # the kind of each entity, in order
    # Computed once here: the reader asks for them for every candidate phrase.
    wanted: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    """The distinct stems to find."""
    warning_signs: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    """The entities that are warning signs, in order."""

    @wanted.default
    def _wanted(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.keys))

    @warning_signs.default
    def _warning_signs(self) -> tuple[str, ...]:
        if not self.warning:
            return ()  # most labels: no need to look (a stored lexicon builds 1,300 of these)
        return tuple(e for e, k in zip(self.entities, self.kinds, strict=False) if k is Kind.WARNING_SIGN)

    @property
    def shared(self) -> bool:
        """True when the label belongs to more than one entity."""
        return len(self.entities) > 1


@attrs.frozen
class Lexicon:
    """Phrases with an index from each stem to the phrases that contain it."""

    phrases: tuple[Phrase, ...]
    by_key: Mapping[str, tuple[int, ...]]
    entities_per_key: Mapping[str, int]
    words: Mapping[str, str]  # every content word of every label -> its stem
    plain: frozenset[str]  # stems of words that say nothing on their own ("no", "if", "need")
    # Phrases that can match in full, by their rarest stem (they need it); warning-sign
    # phrases of two or more stems that can match in part, by each of their specific stems.
    by_rarest: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict)
    partial_by_key: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict)
    # Phrases made only of common body words ("pain from sitting"): never a name of a
    # condition, cause, treatment or equipment.
    only_body_words: frozenset[int] = frozenset()
    # Words spelled right somewhere in the knowledge base's own text (descriptions, quotes,
    # notes): real words, never read as a typo of a label word ("heart" is not "heat").
    real_words: frozenset[str] = frozenset()
    symptom_stems: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """Stems that are by themselves a label of a symptom ("fever")."""
    _fuzzy_cache: dict[str, tuple[str, float] | None] = attrs.field(factory=dict, eq=False, repr=False)
    _by_initial: dict[str, tuple[str, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    _near_cache: dict[tuple[str, int], tuple[str, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    _wanting_cache: dict[tuple[str, frozenset[str]], tuple[tuple[str, frozenset[str]], ...]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    _lock: threading.Lock = attrs.field(factory=threading.Lock, eq=False, repr=False)

    @symptom_stems.default
    def _symptom_stems(self) -> frozenset[str]:
        return frozenset(p.keys[0] for p in self.phrases if len(p.keys) == 1 and Kind.SYMPTOM in p.kinds)

    def phrases_with(self, word: str) -> tuple[Phrase, ...]:
        """The phrases that contain ``word`` (any form: "ladders", "Ladder")."""
        found = [i for key in keys_of(word) for i in self.by_key.get(key, ())]
        return tuple(self.phrases[i] for i in dict.fromkeys(found))

    def phrases_wanting(
        self, entity_id: str, found: frozenset[str]
    ) -> tuple[tuple[str, frozenset[str]], ...]:
        """Each phrase of ``entity_id`` that has all the stems ``found``, by its label, with the
        stems it still wants (kept: a matter of the lexicon alone, asked again and again)."""
        cached = self._wanting_cache.get((entity_id, found))
        if cached is not None:
            return cached
        # A phrase with all the words found has the rarest of them: look among its phrases only.
        rarest = min(found, key=lambda key: len(self.by_key.get(key, ())))
        wanting = tuple(
            (phrase.label, frozenset(phrase.wanted) - found)
            for phrase in (self.phrases[index] for index in self.by_key.get(rarest, ()))
            if entity_id in phrase.entities and found <= set(phrase.wanted)
        )
        with self._lock:
            self._wanting_cache[entity_id, found] = wanting
        return wanting

    def specific(self, key: str) -> bool:
        """True when few entities use this stem, so finding it points to them."""
        if key in self.plain or len(key) < 3:
            return False
        return 0 < self.entities_per_key.get(key, 0) <= SPECIFIC_WORD_ENTITIES

    def correct(self, norm: str) -> tuple[str, float] | None:
        """The stem of the label word ``norm`` is a typo of, with the similarity (0-1).

        Only for words of five letters or more that no label uses, differing from a
        label word by about one letter and starting with the same letter ("numbnes",
        "buttok").
        """
        if (
            len(norm) < _FUZZY_MIN_LENGTH
            or not norm.isalpha()
            or norm in self.words
            or norm in self.real_words
        ):
            return None
        cached = self._fuzzy_cache.get(norm, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        near = self._near(norm[0], len(norm))
        pool = near
        if "rapidfuzz.process" not in sys.modules:
            # Leaving out the words surely too far keeps the result and spares the import
            # when none is left; once imported, scoring them all is quicker than checking.
            pool = [w for w in pool if _may_be_close(norm, w)]
        result = None
        if pool:  # rapidfuzz is imported only when some word may be close enough
            from rapidfuzz import fuzz, process

            best = process.extractOne(norm, pool, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
            result = None if best is None else (self.words[best[0]], best[1] / 100.0)
        if result is None and len(norm) >= _SWAP_MIN_LENGTH:
            result = self._one_letter_swapped(norm, near)
        with self._lock:
            if len(self._fuzzy_cache) < 100_000:
                self._fuzzy_cache[norm] = result
        return result

    def _near(self, letter: str, length: int) -> list[str]:
        """The label words that start with ``letter`` and are at most two letters longer or
        shorter than ``length``, in the order of `_starting_with` (kept: every new word of a
        text asks for them)."""
        found = self._near_cache.get((letter, length))
        if found is None:
            found = tuple(w for w in self._starting_with(letter) if abs(len(w) - length) <= 2)
            with self._lock:
                if len(self._near_cache) < _NEAR_CACHE_SIZE:
                    self._near_cache[letter, length] = found
        return list(found)

    def _one_letter_swapped(self, norm: str, near: list[str]) -> tuple[str, float] | None:
        """The one label word of ``norm``'s length that a changed letter or two letters
        swapped make of it ("weeker" is weaker, "wieght" weight), with its similarity.

        The ratio above misses these in words of six or seven letters (one changed letter
        of six leaves 83 %); two label words that close leave the word unread.
        """
        same = [w for w in near if len(w) == len(norm) and _one_letter_apart(norm, w)]
        if len(same) != 1:
            return None
        return self.words[same[0]], 1.0 - 1.0 / len(norm)

    def _starting_with(self, letter: str) -> tuple[str, ...]:
        """The label words that start with ``letter`` (grouped once, on first use)."""
        groups = self._by_initial
        if not groups:
            with self._lock:
                if not groups:
                    found: dict[str, list[str]] = defaultdict(list)
                    for word in self.words:
                        found[word[0]].append(word)
                    groups.update({k: tuple(v) for k, v in found.items()})
        return groups.get(letter, ())


def _one_letter_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` (of one length) differ by one letter or two neighbours
    swapped: a Damerau-Levenshtein distance of 1, checked without importing rapidfuzz."""
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differ) == 1:
        return True
    if len(differ) != 2:
        return False
    i, j = differ
    return j == i + 1 and a[i] == b[j] and a[j] == b[i]


def _may_be_close(a: str, b: str) -> bool:
    """False when ``fuzz.ratio(a, b)`` is surely below the cutoff, so it need not be
    computed: the ratio is 200 x (longest common subsequence) / (len(a) + len(b)), and that
    subsequence is never longer than the letters the two words share, counted with repeats.
    """
    shared = sum(min(a.count(letter), b.count(letter)) for letter in set(a))
    return 200 * shared >= _FUZZY_CUTOFF * (len(a) + len(b))


def build_lexicon(kb: KnowledgeBase) -> Lexicon:
    """The lexicon of every entity's name and aliases."""
    # stems in order -> (label, entity id, is a warning sign, every word of the label)
    grouped: dict[
        tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, tuple[str, ...], str, bool, frozenset[str]]]
    ]
    grouped = defaultdict(list)
    words: dict[str, str] = {}
    flagging = flagging_symptoms(kb)
    for entity in kb:
        labels = entity.labels
        if entity.kind is Kind.WARNING_SIGN:
            labels = (*labels, *(below for label in labels for below in _below_the_knee(label)))
        elif entity.id in flagging:
            # "weak leg" is "weak calf" or "weak shin" too; not pain ("leg pain"), not the
            # ankle or thigh ("weak ankles from netball", "weak thighs after leg day")
            labels = (
                *labels,
                *(
                    _LEG.sub(part, label)
                    for label in labels
                    if _LEG.search(label) and not _PAIN_WORDS.search(label)
                    for part in _CALF_AND_SHIN
                ),
            )
        for label in dict.fromkeys(labels):
            tokens = tokenize(label)
            content = [t for t in tokens if not is_stopword(t)]
            if not content:
                continue
            for token in content:
                words.setdefault(token.norm, token.key)
            keys = tuple(t.key for t in content)
            norms = frozenset(t.norm for t in tokens)
            owner = (label, keys, entity.id, entity.kind is Kind.WARNING_SIGN, norms)
            # A place's words keep their order (the reader wants them in order), so two
            # labels of places with the same words in another order stay two phrases.
            order = keys if entity.kind is Kind.REGION else ()
            grouped[(tuple(sorted(keys)), order)].append(owner)
    phrases = []
    for _sorted_keys, owners in sorted(grouped.items()):
        label, keys = owners[0][0], owners[0][1]
        entities = tuple(dict.fromkeys(owner[2] for owner in owners))
        norms = frozenset().union(*(owner[4] for owner in owners))
        kinds = tuple(kb.get(e).kind for e in entities)
        phrases.append(Phrase(label, keys, entities, any(owner[3] for owner in owners), norms, kinds))
    by_key: dict[str, list[int]] = defaultdict(list)
    owners_per_key: dict[str, set[str]] = defaultdict(set)
    for index, phrase in enumerate(phrases):
        for key in dict.fromkeys(phrase.keys):
            by_key[key].append(index)
            owners_per_key[key].update(phrase.entities)
    lang = language()
    trigger_words = {w for phrase in trigger_phrases() for w in phrase}
    single_triggers = [phrase[0] for phrase in trigger_phrases() if len(phrase) == 1]
    grammar = {k for w in (*lang.clause_breaks, *single_triggers, "cant", "cannot") for k in keys_of(w)}
    plain = grammar | {k for w in (*lang.fillers, *trigger_words) for k in keys_of(w)}
    body_kinds = (Kind.REGION, Kind.SYMPTOM, Kind.WARNING_SIGN)
    body_words = {k for p in phrases if any(kind in body_kinds for kind in p.kinds) for k in p.keys}
    lexicon = Lexicon(
        phrases=tuple(phrases),
        plain=frozenset(plain),
        by_key={k: tuple(v) for k, v in by_key.items()},
        entities_per_key={k: len(v) for k, v in owners_per_key.items()},
        words={normal(w): k for w, k in words.items()},
    )
    by_rarest: dict[str, list[int]] = defaultdict(list)
    partial_by_key: dict[str, list[int]] = defaultdict(list)
    never_alone = {k for word in language().never_alone for k in keys_of(word)}
    only_body: set[int] = set()
    for index, phrase in enumerate(phrases):
        wanted = phrase.wanted
        if all(key in grammar for key in wanted):
            continue  # "can't get around" must not be found in every "can't"
        by_rarest[min(wanted, key=lambda k: (len(by_key[k]), k))].append(index)
        if phrase.warning and len(wanted) >= 2:
            for key in wanted:
                if lexicon.specific(key) and key not in never_alone:
                    partial_by_key[key].append(index)
        if len(wanted) > 1 and not any(lexicon.specific(k) or k not in body_words for k in wanted):
            only_body.add(index)
    return attrs.evolve(
        lexicon,
        by_rarest={k: tuple(v) for k, v in by_rarest.items()},
        partial_by_key={k: tuple(v) for k, v in partial_by_key.items()},
        only_body_words=frozenset(only_body),
        real_words=_real_words(kb, lexicon.words) | common_words(),
    )


_TEXT_CHARACTERS = 1_000_000  # of the knowledge base's text read for its words


def strings_of(value: Any) -> list[str]:
    """Every string held by ``value``: a string, a tuple of them, or an attrs object's fields."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in strings_of(item)]
    if attrs.has(type(value)):
        return [
            text for field in attrs.fields(type(value)) for text in strings_of(getattr(value, field.name))
        ]
    return []


def _real_words(kb: KnowledgeBase, label_words: Mapping[str, str]) -> frozenset[str]:
    """The words of the knowledge base's text (up to `_TEXT_CHARACTERS`) that a typo could
    be taken for: long enough to be corrected and not label words already."""
    found: set[str] = set()
    size = 0
    for item in (*kb, *kb.links, *kb.sources.values()):
        if size > _TEXT_CHARACTERS:
            break
        for text in strings_of(item):
            size += len(text)
            found.update(normal(word) for word in _TEXT_WORD.findall(text))
    return frozenset(w for w in found if len(w) >= _FUZZY_MIN_LENGTH and w not in label_words)


@functools.cache
def _spelling() -> dict[str, frozenset[str]]:
    """The word lists of ``spelling.toml`` (written by ``scripts/real_words.py``), read once."""
    return {name: frozenset(words) for name, words in read_data("spelling.toml").items()}


def rare_words() -> frozenset[str]:
    """Rarer English words one letter from a label word ("peeking"): read as it, but no
    warning sign is raised through them."""
    return _spelling().get("rare_words", frozenset())


def common_words() -> frozenset[str]:
    """Common English words that are one letter from a label word but no typo of it
    ("black", "store", "paint")."""
    return _spelling()["real_words"]


_TEXT_WORD = compile_pattern(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")


# A warning sign said of one leg is said of its parts below the knee too ("pins and
# needles in my leg", "in my calf"), and of the thigh when it is no pain: pain in the thigh
# is often referred from the hip rather than from a nerve, numbness or weakness less so.
# Plural labels ("both legs") are left as they are: the signs of both legs are read from a
# symptom said of both sides.
_LEG = compile_pattern(r"\bleg\b")
_BELOW_THE_KNEE = ("calf", "shin", "ankle")
_CALF_AND_SHIN = ("calf", "shin")
_PAIN_WORDS = compile_pattern(
    r"\b(?:pain|pains|painful|hurts?|ache|aches|aching|sore|shooting|burning)\b", re.I
)


def flagging_symptoms(kb: KnowledgeBase) -> frozenset[str]:
    """The symptoms that flag a warning sign: their labels said of one leg are said of its
    parts too, as the signs' are."""
    return frozenset(e.id for e in kb if e.kind is Kind.SYMPTOM and kb.links_to(e.id, "flagged_by"))


def _below_the_knee(label: str) -> tuple[str, ...]:
    """The label said of each part of the leg below the knee: "numb calf" for "numb leg"."""
    if _LEG.search(label) is None:
        return ()
    parts = _BELOW_THE_KNEE if _PAIN_WORDS.search(label) else (*_BELOW_THE_KNEE, "thigh")
    return tuple(_LEG.sub(part, label) for part in parts)


_PAIN_OF_A_PLACE = frozenset({"thoracic-back-pain"})


def _pain_of_regions(kb: KnowledgeBase) -> Mapping[str, str]:
    lexicon = lexicon_of(kb)
    pain = keys_of("pain")[0]
    regions: dict[frozenset[str], list[str]] = defaultdict(list)
    for phrase in lexicon.phrases:
        for entity, kind in zip(phrase.entities, phrase.kinds, strict=True):
            if kind is Kind.REGION:
                regions[frozenset(phrase.keys)].append(entity)
    found: dict[str, str] = {}
    for phrase in lexicon.phrases:
        rest = frozenset(phrase.keys) - {pain}
        if pain not in phrase.keys or len(phrase.wanted) != len(rest) + 1 or rest not in regions:
            continue
        for entity, kind in zip(phrase.entities, phrase.kinds, strict=True):
            # Pain read from a complaint never raises a warning sign by itself, unless the
            # sign is that pain: "my upper back aches" is upper back pain.
            plain_pain = kind is Kind.SYMPTOM and not kb.links_to(entity, "flagged_by")
            if plain_pain or (kind is Kind.WARNING_SIGN and entity in _PAIN_OF_A_PLACE):
                for region in regions[rest]:
                    found.setdefault(region, entity)
    return MappingProxyType(found)


def pain_of_regions(kb: KnowledgeBase) -> Mapping[str, str]:
    """Region id -> the symptom that is pain there, found from the labels ("lower back" and
    "lower back pain"), leaving out symptoms that flag a warning sign; built once per
    knowledge base."""
    return kb.derived("painkb.understand.pain_of_regions", _pain_of_regions)


def lexicon_of(kb: KnowledgeBase) -> Lexicon:
    """The lexicon of ``kb``, built on first use and kept with the knowledge base."""
    return kb.derived("painkb.understand.lexicon", _stored_or_built)


def _stored_or_built(kb: KnowledgeBase) -> Lexicon:
    """The stored lexicon of ``kb``, or one built (imported here: the store imports this module)."""
    from painkb.understand.lexicon_store import stored_or_built

    return stored_or_built(kb)
