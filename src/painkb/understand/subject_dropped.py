"""A sentence that opens with a verb and no subject, as forum posts drop their "I" ("Leaked on
the way to the toilet again today"), read with "I" before it, before phrases are matched:
the phrases of the writer's own leaks then read it (``[subject_dropped]`` in language.toml).

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


@functools.cache
def _lists() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """The openings (as runs of words), their first words, and the words of other people."""
    from painkb.understand.words import read_data

    data = read_data("language.toml")["subject_dropped"]
    openings = frozenset(tuple(opening.split()) for opening in data["openings"])
    return openings, frozenset(o[0] for o in openings), frozenset(data["others"])


def _plain(word: str) -> str:
    return _APOSTROPHE.sub("", word.lower())


def subjects_read(text: str, words: Sequence[_Word]) -> Sequence[_Word]:
    """``words`` (``(start, end, word)``) with "I" read before each sentence that opens with one
    of the openings, when no other person is told of before it; ``words`` itself when none is."""
    openings, firsts, others = _lists()
    replaced: dict[int, tuple[int, list[_Word]]] = {}
    for i, (start, end, word) in enumerate(words):
        plain = _plain(word)
        if plain in others:
            break  # (someone else told of: whose the leak after it is, is asked)
        if plain not in firsts:
            continue
        if i and not _SENTENCE_END.search(text, words[i - 1][1], start):
            continue
        run = tuple(_plain(w) for _, _, w in words[i : i + 3])
        if any(run[: len(opening)] == opening for opening in openings):
            replaced[i] = (i, [(start, end, "I"), (start, end, word)])
    return spliced(words, replaced) if replaced else words
