"""Write painkb/understand/spelling.toml: common English words never read as a typo.

Usage: pip install wordfreq pyspellchecker && python scripts/real_words.py [N]   (default N: 400,000)

The reader corrects a word no label uses to the label word it is one letter away from
("numbnes" is numbness). A real word is no typo, but many are one letter from a label word:
"black" is not "back", "store" not "sore", "paint" not "pain", "religion" not "region". This
script lists every word among the N most frequent English words (wordfreq, Speer 2022) that
the reader would correct to another word, so that the reader leaves them as they are.
Spellings of the same word stay corrected: "tumor" (tumour), "paralyzed", "gettin".

Rarer words are listed apart ("peeking" is no "peeing"): read as the label word, but a
warning sign is never raised through them. A rarer word counts as real when pyspellchecker's
English dictionary (Tyler Barrus, MIT; misspellings removed) knows it: wordfreq also holds
common misspellings ("weeker", "stomache"), which stay typos.

wordfreq and pyspellchecker are used here only, never at run time; wordfreq's data is
CC BY-SA 4.0, and so is the list.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import attrs
from wordfreq import top_n_list, zipf_frequency

import painkb
from painkb.understand import lexicon as lexicon_module
from painkb.understand.words import keys_of, tokenize

# Only words people write often (Zipf frequency 3 and up: about once per million words) are
# listed; rarer ones are as often a typo of the label word ("excercise", "aneurism").
MIN_ZIPF = 3.0
# Words the reader must keep correcting although wordfreq knows them: split contractions, and
# forms of a label word the stemmer does not join to it ("sores" is sore, "spines" spine).
KEEP = frozenset(
    {
        "doesn",
        "couldn",
        "wouldn",
        "shouldn",
        "didn",
        "isn",
        "wasn",
        "hasn",
        "haven",
        "broke",
        "sores",
        "spines",
        "stomachs",
        "worsen",
        "sexually",
        "sprained",
        "troubles",
        "troubled",
        "weigh",
        # a surname, and a common misspelling of "bowels" ("cant controll my bowles")
        "bowles",
    }
)

# Real words neither list knows, found by a review ("a right chancer" is no cancer).
EXTRA_REAL = frozenset({"chancer", "chancers", "sweary", "lended"})

OUT = Path(__file__).resolve().parents[1] / "src" / "painkb" / "understand" / "spelling.toml"

# Other spellings of one word: American and British, a dropped final g.
_VARIANTS = (
    (r"or(s?)$", r"our\1"),
    (r"or(ed|ing|s)?$", r"our\1"),
    (r"yz(e|ed|es|ing)$", r"ys\1"),
    (r"iz(e|ed|es|ing|ation)$", r"is\1"),
    (r"er$", "re"),
    (r"ense$", "ence"),
    (r"eled$", "elled"),
    (r"eling$", "elling"),
    (r"in$", "ing"),
    (r"or$", "our"),
)


def spelled_otherwise(word: str, stem: str) -> bool:
    """True when ``word`` is another spelling of a word whose stem is ``stem``."""
    for pattern, replacement in _VARIANTS:
        other = re.sub(pattern, replacement, word)
        if other != word and stem in keys_of(other):
            return True
    return False


def main(size: int) -> None:
    kb = painkb.load()
    built = lexicon_module.lexicon_of(kb)
    # Judge every word afresh: only the words of the knowledge base's own text count as real.
    lexicon = attrs.evolve(
        built, real_words=lexicon_module._real_words(kb, built.words), fuzzy_cache={}, by_initial={}
    )
    from spellchecker import SpellChecker

    dictionary = SpellChecker(language="en").word_frequency  # real words, misspellings left out
    listed: list[str] = []
    rare: list[str] = []
    for word in dict.fromkeys([*top_n_list("en", size), *dictionary.keys(), *EXTRA_REAL]):
        if not word.isalpha() or not word.isascii():
            continue
        tokens = tokenize(word)
        if len(tokens) != 1 or tokens[0].key in lexicon.by_key:
            continue  # a label word, or one of its forms
        corrected = lexicon.correct(tokens[0].norm)
        if corrected is None or tokens[0].norm in KEEP or spelled_otherwise(tokens[0].norm, corrected[0]):
            continue
        if zipf_frequency(word, "en") >= MIN_ZIPF:
            listed.append(tokens[0].norm)
        elif word in dictionary or word in EXTRA_REAL:
            rare.append(tokens[0].norm)  # a real word: read, never raised through
        # else a misspelling wordfreq has seen ("weeker", "stomache"): read, and may raise
    words = sorted(set(listed))
    rare_words = sorted(set(rare) - set(words))
    lines = [
        '# Common English words never read as a typo of a label word ("black" is not "back").',
        "# Written by scripts/real_words.py from the most frequent English words of wordfreq",
        "# (Robyn Speer, 2022, doi:10.5281/zenodo.7199437; data CC BY-SA 4.0, and so is this list).",
        "# Regenerate after labels change; a word may be removed by hand when it is a typo people make.",
        "real_words = [",
    ]
    lines += _array(words)
    lines += [
        "",
        "# Rarer English words (pyspellchecker's English dictionary, MIT) one letter from a label word: read",
        '# as that word, but a warning sign is never raised through them ("peeking" may be "peeing").',
        "rare_words = [",
        *_array(rare_words),
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(words)} common and {len(rare_words)} rare words -> {OUT}")


def _array(words: list[str]) -> list[str]:
    """The lines of a TOML array of ``words``, closed."""
    lines = []
    line = "   "
    for word in words:
        item = f' "{word}",'
        if len(line) + len(item) > 96:
            lines.append(line)
            line = "   "
        line += item
    return [*lines, line, "]"]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400_000)
