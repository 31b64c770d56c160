"""A sentence that opens with a verb and no subject, as forum posts drop their "I" ("Leaked on
the way to the toilet again today"), read with "I" before it, before phrases are matched:
the phrases of the writer's own leaks then read it (``[subject_dropped]`` in language.toml).
Only when the text tells of nobody else, before it or after it: a carer's "Looking after my MIL.
Leaked on the way to the toilet again" may be the MIL's, and is asked.

>>> from painkb.understand.words import WORD
>>> text = "Back is agony. Leaked on the way to the loo."
>>> words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
>>> [w for _, _, w in subjects_read(text, words)][3:6]
['I', 'Leaked', 'on']
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from painkb._pattern_store import compile as compile_pattern
from painkb.understand.splice import spliced

__all__ = ["subjects_read"]

_Word = tuple[int, int, str]

# a sentence's end (not a point between digits: "38.5"), a new line, or the text's start
_SENTENCE_END = compile_pattern(r"[!?;\n]|(?<!\d)\.|\.(?!\d)")
_APOSTROPHE = compile_pattern(r"['\u2019]")


_OTHER_PERSON = "other_person"


@functools.cache
def _lists() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[tuple[str, ...]]]:
    """The openings (as runs of words), their first words, and the runs of words that tell of
    another person: ``others`` and every phrase of context.toml's someone-else triggers."""
    from painkb.understand.words import read_data

    data = read_data("language.toml")["subject_dropped"]
    openings = frozenset(tuple(opening.split()) for opening in data["openings"])
    others = {(word,) for word in data["others"]}
    others.update(
        tuple(phrase.split())
        for group in read_data("context.toml")["trigger"]
        if group["status"] == _OTHER_PERSON
        for phrase in group["phrases"]
    )
    return openings, frozenset(o[0] for o in openings), frozenset(others)


def _plain(word: str) -> str:
    return _APOSTROPHE.sub("", word.lower())


def _someone_else_told(plain: Sequence[str], others: frozenset[tuple[str, ...]]) -> bool:
    """True when another person is told of anywhere in the text, before the leak or after it
    ("Mummy is 88. Leaked on the way to the loo, my back hurts from lifting her")."""
    sizes = sorted({len(run) for run in others})
    return any(tuple(plain[i : i + size]) in others for i in range(len(plain)) for size in sizes)


def subjects_read(text: str, words: Sequence[_Word]) -> Sequence[_Word]:
    """``words`` (``(start, end, word)``) with "I" read before each sentence that opens with one
    of the openings, when no other person is told of in the text (whose the leak is, is then
    asked); ``words`` itself when none is."""
    openings, firsts, others = _lists()
    plain = [_plain(word) for _, _, word in words]
    if firsts.isdisjoint(plain):
        return words  # (most texts open no sentence so)
    replaced: dict[int, tuple[int, list[_Word]]] = {}
    for i, (start, end, word) in enumerate(words):
        if plain[i] not in firsts:
            continue
        if i and not _SENTENCE_END.search(text, words[i - 1][1], start):
            continue
        run = tuple(plain[i : i + 3])
        if any(run[: len(opening)] == opening for opening in openings):
            replaced[i] = (i, [(start, end, "I"), (start, end, word)])
    if not replaced or _someone_else_told(plain, others):
        return words
    return spliced(words, replaced)
