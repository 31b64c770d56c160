"""Words: tokens with their place in the text, normalised, mapped to word classes and stemmed.

The same steps apply to a knowledge base's names and aliases and to what a person
types, so "pain in my bum" and the alias "buttock pain" meet as the same stems.

>>> [t.key for t in tokenize("My bum's killing me!")]
['my', 'buttock', 'pain', 'me']
>>> [(t.start, t.end, t.text) for t in tokenize("can't pee")]
[(0, 5, "can't"), (6, 9, 'pee')]
"""

from __future__ import annotations

import functools
import itertools
import re
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from painkb._lazy_re import LazyPattern, lower_case
from painkb._pattern_store import compile as compile_pattern
from painkb.errors import DataError, Problem
from painkb.understand.questions_put import answered_words
from painkb.understand.subject_dropped import subjects_read
from painkb.understand.word_tables import (
    Accidents,
    CausesOfThePart,
    Injuring,
    Language,
    PhraseIndexes,
    ShakingLegs,
    ToldApart,
)

__all__ = [
    "WRITER_WORDS",
    "Language",
    "a_cause_of_the_part",
    "Token",
    "clause_ends",
    "figures_of_speech",
    "is_stopword",
    "keys_of",
    "language",
    "modifiers_in",
    "names_a_findings_field",
    "names_only_places",
    "NOT_NEW",
    "WORD",
    "normal",
    "spelled_out",
    "read_data",
    "sizes_by_first_word",
    "stem",
    "stopwords_among",
    "tokenize",
]

# Words with inner apostrophes ("can't", "mum's") and numbers; the rest is separator.
#: A word as the reader reads it: letters and digits, with apostrophes inside ("can't").
WORD = compile_pattern(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)
# Sentence punctuation that ends a clause.
# A point or colon between digits ("38.5", "3:30am") ends nothing. (The look ahead at the
# first character passes over a word's letters at once: a scan about half as long.)
_CLAUSE_PUNCTUATION = compile_pattern(
    r"(?=[;!?.:\s])(?:[;!?\n]|(?<!\d)[.:]|[.:](?!\d)|\s[-\u2013\u2014/|]\s)"
)
#: The writer's words of themself: a sentence with one tells of the writer.
WRITER_WORDS = frozenset({"i", "im", "ive", "id", "ill", "me", "my", "mine", "myself"})
SENTENCE_END = compile_pattern(
    r"[!?;]|(?<!\d)\.|\.(?!\d)"
)  # where a sentence's reach ends, for the rules that look past a word


def sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at ``start`` ends (`SENTENCE_END`), or the text's end."""
    found = SENTENCE_END.search(text, start)
    return found.start() if found else len(text)


@attrs.frozen
class Token:
    """One word of a text.

    Attributes:
        start: where it starts in the text.
        end: where it ends (exclusive).
        text: the word as written.
        norm: lower case without apostrophes ("can't" is "cant").
        key: its stem after word classes ("hurts" is "pain"); a short word written in
            capitals (an acronym such as "AS") keeps its case, so it never matches the
            ordinary word.
    """

    start: int
    end: int
    text: str
    norm: str
    key: str


_EASING = frozenset({"passing", "improving"})  # modifiers: said to pass, or to get better
#: Modifiers that say a finding is no new loss: it passes, gets better, has lasted years or
#: has not changed (a part of a sign that must be new is never made of such a finding).
NOT_NEW = frozenset({*_EASING, "long_standing", "unchanged"})


def asked_when_easing(sign: str, modifiers: Iterable[str]) -> bool:
    """True when ``sign`` is one of lost feeling or strength (``asked_when_passing``) and the
    modifiers say it passes or gets better: it is asked about, not raised ("my bum goes numb
    on the bleachers, it's fine as soon as I stand up"; "the numbness is improving").

    >>> asked_when_easing("saddle-anaesthesia", ("passing",))
    True
    >>> asked_when_easing("chest-pain-with-back-pain", ("passing",))
    False
    """
    return sign in language().asked_when_passing and not _EASING.isdisjoint(modifiers)


def asked_when_long_standing(sign: str, modifiers: Iterable[str]) -> bool:
    """True when ``sign`` is one of a new loss (``asked_when_long_standing``) and the modifiers
    say its finding has lasted years: it is asked about, not raised ("I've had a weak stream
    for years from my prostate").

    >>> asked_when_long_standing("bladder-dysfunction", ("long_standing",))
    True
    >>> asked_when_long_standing("major-trauma", ("long_standing",))
    False
    """
    said = set(modifiers)
    return LONG_STANDING in said and "worsening" not in said and sign in language().asked_when_long_standing


LONG_STANDING = "long_standing"  # the modifier of a finding said to have lasted years
# the modifiers of a finding said to be old: years of it, or the same as ever ("the same one
# I've always had", "same as it's been for decades")
OLD = frozenset({LONG_STANDING, "unchanged"})


# A feeling denied run together or written out: "don't feel my bum on the seat" and "do not feel
# my bum on the seat" (the tokenizer keeps "do not" as two words). Only "feel": other negations
# written out match far more than their phrase meant ("the plaster does not go hard", a review).
_FEEL_WRITTEN_OUT = {"dont": ("do", "not"), "doesnt": ("does", "not"), "didnt": ("did", "not")}


def feelings_written_out(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with each that opens "don't/doesn't/didn't feel" also written out, where no
    phrase of that spelling is written already.

    >>> sorted(feelings_written_out({("dont", "feel", "my", "bum"): ("numb", "bum")}))
    [('do', 'not', 'feel', 'my', 'bum'), ('dont', 'feel', 'my', 'bum')]
    """
    found = {
        (*_FEEL_WRITTEN_OUT[words[0]], *words[1:]): meaning
        for words, meaning in phrases.items()
        if len(words) > 1 and words[1] == "feel" and words[0] in _FEEL_WRITTEN_OUT
    }
    return {**found, **phrases}


_ME = "me"


def _me_as_my(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]], nouns: Iterable[str]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with "me" read as "my" before each of ``nouns`` ("me dads" is "my dads", "me
    bits" is what "my bits" is), where no phrase of those two words is written already ("me
    mam" is "my mum").

    >>> sorted(_me_as_my({("me", "mam"): ("my", "mum"), ("my", "bits"): ("my", "genital")},
    ...                  ["mam", "dads", "bits"]).items())[:3]
    [(('me', 'bits'), ('my', 'genital')), (('me', 'dads'), ('my', 'dads')), (('me', 'mam'), ('my', 'mum'))]
    """
    return {**{(_ME, noun): phrases.get(("my", noun), ("my", noun)) for noun in nouns}, **phrases}


_TESTED_FOR = ("tested", "for")


def _tests_read(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]], verbs: Iterable[str], samples: Iterable[str]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with each of ``verbs`` (of testing), one of ``samples`` and "for" read as
    "tested for" ("tested my urine for infection" tests for an infection, as "tested for"
    does), where no phrase of that spelling is written already.

    >>> _tests_read({}, ["checked"], ["me", "my urine"])[("checked", "my", "urine", "for")]
    ('tested', 'for')
    """
    sampled = [tuple(sample.split()) for sample in samples]
    return {**{(verb, *sample, "for"): _TESTED_FOR for verb in verbs for sample in sampled}, **phrases}


_LEAKING_BOWEL = ("leaking", "from", "my", "anus")  # "leaking from my back passage", as an alias reads
_NO_SOILING = ("no", "soiling", "myself")


def _leaks_read(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]],
    leaks: Iterable[str],
    places: Iterable[str],
    denials: Iterable[str] = ("no",),
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with each of ``leaks`` before each of ``places`` (the back passage in other
    words) read as "leaking from my back passage" ("leaking a bit from behind", "stuff keeps
    coming out of my bum"), and after one of ``denials`` as no such leak ("nothing leaking from
    my anus"), where no phrase of that spelling is written already.

    >>> _leaks_read({}, ["keeps coming out"], ["from behind"])[("keeps", "coming", "out", "from", "behind")]
    ('leaking', 'from', 'my', 'anus')
    >>> read = _leaks_read({}, ["leaking"], ["from my anus"], ["nothing is"])
    >>> read[("nothing", "is", "leaking", "from", "my", "anus")]
    ('no', 'soiling', 'myself')
    """
    placed = [tuple(place.split()) for place in places]
    read = {(*leak.split(), *place): _LEAKING_BOWEL for leak in leaks for place in placed}
    # (not "behind" a place named after it: "leaking from behind my knee" is read as "leaking
    # behind my knee", which no phrase reads again)
    kept = {
        (*words, owner): (*words[:-2], "behind", owner)
        for words in read
        if words[-2:] == ("from", "behind")
        for owner in _A_PLACE_BEHIND
    }
    # denied, the bowel's leak alone: "no leaking from behind" is read before "no leaking" (the
    # bladder's, [phrases]), and not as "no leaking" again
    openers = [tuple(denial.split()) for denial in denials]
    denied: dict[tuple[str, ...], tuple[str, ...]] = {
        (*no, *words): _NO_SOILING for no in openers for words in read
    }
    denied.update(
        {(*no, *words): ("no", "leak", *meaning[-2:]) for no in openers for words, meaning in kept.items()}
    )
    return {**read, **kept, **denied, **phrases}


_A_PLACE_BEHIND = ("my", "the", "his", "her", "your")


# who does not: "I don't" or "it doesn't" (and in full), and who does then
_NOT_DOING = {
    ("i", "dont"): "i",
    ("i", "do", "not"): "i",
    ("it", "doesnt"): "it",
    ("it", "does", "not"): "it",
}


def _every_time_read(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]],
    openers: Iterable[str],
    times: Iterable[str],
    links: Iterable[str],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with a double negative of every time read as every time: each of ``openers``,
    a time of ``times``, one of ``links`` or none, then "I don't" or "it doesn't".

    >>> _every_time_read({}, ["theres not a"], ["night"], [])[("theres", "not", "a", "night", "i", "dont")]
    ('every', 'night', 'i')
    """
    read = {
        (*opener.split(), time, *link, *not_doing): ("every", time, doer)
        for opener in openers
        for time in times
        for link in ((), *(tuple(link.split()) for link in links))
        for not_doing, doer in _NOT_DOING.items()
    }
    return {**read, **phrases}


def _about_to_fail_read(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]],
    parts: Iterable[str],
    feelings: Iterable[str],
    futures: Iterable[str],
    failures: Iterable[str],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with parts felt to be about to fail read as felt weak: each of ``parts``
    ("legs"), ``feelings`` ("feel like"), a future of ``futures`` ("theyll", "theyre going to") and
    a failure of ``failures`` ("give way") is the part, the feeling's verb and "weak" ("both legs
    feel like they'll give way" is "both legs feel weak"), where no phrase of that spelling is
    written already. Another subject is not read ("my ankles feel like they'll give way").

    >>> read = _about_to_fail_read({}, ["legs"], ["feel like"], ["theyll"], ["give way"])
    >>> read[("legs", "feel", "like", "theyll", "give", "way")]
    ('legs', 'feel', 'weak')
    >>> ("feel", "like", "theyll", "give", "way") in read
    False
    """
    read = {
        (*part.split(), *feeling.split(), *future.split(), *failure.split()): (
            *part.split(),
            feeling.split()[0],
            "weak",
        )
        for part in parts
        for feeling in feelings
        for future in futures
        for failure in failures
    }
    return {**read, **phrases}


_TOUCHES = ("touches", "touched", "touch", "touching")
_DOWN_THERE = (("down", "there"), ("down", "below"), ("there",))
_WHOSE_PARTNER = ("my", "the")


def _partners_touch(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]], partners: Iterable[str]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with "my" or "the" and each of ``partners`` touching "me down there" read as sex
    down there ("no feeling when my girlfriend touches me down there" is no feeling during sex;
    "when the missus touches me down there I can't feel a thing"), where no phrase of that
    spelling is written already.

    >>> _partners_touch({}, ["wife"])[("the", "wife", "touches", "me", "down", "there")]
    ('during', 'sex', 'down', 'there')
    """
    return {
        **{
            (whose, *partner.split(), touch, "me", *there): ("during", "sex", *there)
            for whose in _WHOSE_PARTNER
            for partner in partners
            for touch in _TOUCHES
            for there in _DOWN_THERE
        },
        **phrases,
    }


# Whose a phrase of "my" things keeps: "his undercarriage" is his privates (not the writer's).
_OWNERS = ("his", "her", "their")


def _owners_kept(
    phrases: Mapping[tuple[str, ...], tuple[str, ...]],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``phrases`` with each that names a thing of the writer's in other words ("my
    undercarriage" is "my privates") also read of another owner, where no phrase of that
    spelling is written already.

    >>> sorted(_owners_kept({("my", "undercarriage"): ("my", "privates")}))[:2]
    [('her', 'undercarriage'), ('his', 'undercarriage')]
    >>> _owners_kept({("my", "undercarriage"): ("my", "privates")})[("his", "undercarriage")]
    ('his', 'privates')
    """
    found = {
        (owner, *words[1:]): (owner, *meaning[1:])
        for words, meaning in phrases.items()
        if len(words) > 1 and words[0] == "my" and meaning[:1] == ("my",)
        for owner in _OWNERS
    }
    return {**found, **phrases}


def _longest_first(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its words, the longest first (so a longer opening wins)."""
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


@functools.cache
def read_data(name: str) -> dict[str, Any]:
    """A TOML file of this package, parsed (kept as JSON in the cache folder; read once,
    shared: never changed)."""
    from painkb.understand.lexicon_store import word_list

    return word_list(name)


def _modifier_phrases(data: Mapping[str, Any]) -> dict[tuple[str, ...], str]:
    """Modifier phrase (normal words) -> its name: each ``[modifiers]`` phrase, and each first
    word with each word after it of ``[[modifiers_combined]]`` ("fine" + "after")."""
    combined = {
        tuple(f"{first} {then}".split()): group["name"]
        for group in data.get("modifiers_combined", ())
        for first in group["first"]
        for then in group["then"]
    }
    listed = {
        tuple(phrase.split()): name for name, phrases in data["modifiers"].items() for phrase in phrases
    }
    return combined | listed  # a phrase listed by name wins


def _woken_by(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each sign of ``[status.woken_by]`` with the causes of a waking that are not the back's."""
    return dict.fromkeys(table["signs"], frozenset(table["causes"]))


def _check_one_word(section: str, lists: Mapping[str, Collection[str]]) -> None:
    """Raise `DataError` for every entry of ``lists`` that is not one word: these lists are
    matched a word of the text at a time, so an entry of two words ("stomach bug") never would.

    >>> try:
    ...     _check_one_word("status.explained_by", {"numbness": ["cold", "tight shoes"]})
    ... except DataError as error:
    ...     print(error.problems[0].message)
    'tight shoes' is not one word; each is matched as a word, so write one ('shoes')
    """
    problems = [
        Problem(
            "understand/language.toml",
            section,
            key,
            f"{word!r} is not one word; each is matched as a word, so write one ({word.split()[-1]!r})",
        )
        for key, words in lists.items()
        for word in words
        if len(word.split()) != 1
    ]
    if problems:
        raise DataError(problems)


@functools.cache
def language() -> Language:
    """The bundled word lists (read once)."""
    data = read_data("language.toml")
    status = data["status"]
    _check_one_word("status.explained_by", status.get("explained_by", {}))
    _check_one_word("status.woken_by", {"causes": status["woken_by"]["causes"]})
    _check_one_word("status", {"no_harmless_cause": status.get("no_harmless_cause", [])})
    figurative = data["figurative"]
    patterns = [*figurative["idioms"], *figurative["adverbs"]]
    # One alternation, each pattern in its own group, so a single scan finds them all;
    # named "mask" groups are renamed per pattern (a name may appear once per regex).
    figures = tuple(p.replace("(?P<mask>", f"(?P<mask{i}>") for i, p in enumerate(patterns))
    parts = [f"(?:{p})" for p in figures]
    phrases = feelings_written_out({tuple(k.split()): tuple(v.split()) for k, v in data["phrases"].items()})
    phrases = _owners_kept(_me_as_my(phrases, data["me_is_my_before"]))
    phrases = _tests_read(phrases, data["test_verbs"], data["tested_samples"])
    phrases = _leaks_read(phrases, data["leaks_out"], data["back_passages"], data["leaks_denied_by"])
    phrases = _partners_touch(phrases, data["partners"])
    failing = data["about_to_fail"]
    phrases = _about_to_fail_read(
        phrases, failing["parts"], failing["feelings"], failing["futures"], failing["failures"]
    )
    phrases = _every_time_read(
        phrases, data["every_time_openers"], data["every_time_times"], data["every_time_links"]
    )
    return Language(
        stopwords=frozenset(data["stopwords"]),
        clause_breaks=frozenset(data["clause_breaks"]),
        new_subject_after_and=frozenset(data["new_subject_after_and"]),
        new_doing_after_and=frozenset(data["new_doing_after_and"]),
        until_a_doing=frozenset(data["until_a_doing"]),
        the_doer_after_until=frozenset(data["the_doer_after_until"]),
        denials=frozenset(data["denials"]),
        past_doings=frozenset(data["past_doings"]),
        reported_after_and=frozenset(data["reported_after_and"]),
        correction_openings=frozenset(data["correction_openings"]),
        eased_after_a_comma=frozenset(data["eased_after_a_comma"]),
        ways_it_eases=frozenset(data["ways_it_eases"]),
        pains_that_ease=frozenset(data["pains_that_ease"]),
        not_a_correction_after=frozenset(data["not_a_correction_after"]),
        not_a_correction_of=frozenset(data["not_a_correction_of"]),
        places_after_and=frozenset(data["places_after_and"]),
        me_stays_after=frozenset(data["me_stays_after"]),
        both_then_a_state=frozenset(data["both_then_a_state"]),
        synonyms={k: tuple(v.split()) for k, v in data["synonyms"].items()},
        phrases=phrases,
        phrase_sizes=sizes_by_first_word(phrases),
        given_way={tuple(k.split()): tuple(v.split()) for k, v in data.get("given_way", {}).items()},
        in_doubt_with_a_cause={
            tuple(k.split()): tuple(v.split()) for k, v in data["in_doubt_with_a_cause"]["readings"].items()
        },
        causes_of_the_part=_causes_of_the_part(data["in_doubt_with_a_cause"]),
        said_with_what_it_is_of={
            tuple(k.split()): frozenset(v) for k, v in data["said_with_what_it_is_of"].items()
        },
        unread_when_told_otherwise={
            tuple(reading.split()): tuple(tuple(told.split()) for told in table["told"])
            for table in data["unread_when_told_otherwise"]
            for reading in table["readings"]
        },
        no_need_explained_by=tuple(tuple(run.split()) for run in data["no_need_felt"]["explained_by"]),
        figurative=LazyPattern(_at_word_starts(patterns, "|".join(parts)), re.IGNORECASE),
        figures=figures,
        comparisons=tuple(tuple(c.split()) for c in figurative["comparisons"]),
        never_alone=frozenset(data["partial_matches"]["never_alone"]),
        fillers=frozenset(data["conversation"]["fillers"]),
        outside=frozenset(data["scope"]["outside"]),
        of_the_place_said=frozenset(data["scope"]["of_the_place_said"]),
        past_counts_as_present=frozenset(data["status"]["past_counts_as_present"]),
        a_history_stays=frozenset(data["status"].get("a_history_stays", ())),
        past_course=_word_lists(data["status"], "past_course"),
        explained_by=_word_lists(data["status"], "explained_by"),
        explained_anywhere={k: tuple(v) for k, v in data["status"].get("explained_anywhere", {}).items()},
        explained_in_its_sentence={
            k: tuple(v) for k, v in data["status"].get("explained_in_its_sentence", {}).items()
        },
        explained_unless=_word_lists(data["status"], "explained_unless"),
        woken_by=_woken_by(data["status"]["woken_by"]),
        said_of_both_sides=frozenset(data["status"]["said_of_both_sides"]),
        said_on_each_side=dict(data["status"].get("said_on_each_side", {})),
        narrower_in_the_same_words=_word_lists(data["status"], "narrower_in_the_same_words"),
        asked_in_the_same_words_as=_word_lists(data["status"], "asked_in_the_same_words_as"),
        said_of_a_place=dict(data["status"].get("said_of_a_place", {})),
        never_one_sided=frozenset(data["status"].get("never_one_sided", ())),
        asked_when_passing=frozenset(data["status"].get("asked_when_passing", ())),
        asked_when_gone=frozenset(data["status"].get("asked_when_gone", ())),
        asked_when_pressed=frozenset(data["status"].get("asked_when_pressed", ())),
        asked_when_walking_brings_on=frozenset(data["status"].get("asked_when_walking_brings_on", ())),
        not_read_again_when_rest_eases=frozenset(data["status"].get("not_read_again_when_rest_eases", ())),
        asked_when_unchanged=frozenset(data["status"].get("asked_when_unchanged", ())),
        asked_unless_increasing=frozenset(data["status"]["asked_unless_increasing"]),
        increasing_explained_by=frozenset(data["status"]["increasing_explained_by"]),
        never_explained_after=frozenset(data["status"].get("never_explained_after", ())),
        explained_only_as_the_cause=frozenset(data["status"].get("explained_only_as_the_cause", ())),
        no_harmless_cause=frozenset(data["status"].get("no_harmless_cause", ())),
        asked_when_lifelong=frozenset(data["status"].get("asked_when_lifelong", ())),
        long_standing=tuple(data["status"].get("long_standing", ())),
        asked_when_long_standing=frozenset(data["status"].get("asked_when_long_standing", ())),
        still_there=tuple(data["status"].get("still_there", ())),
        names_a_finding=frozenset(stem(normal(w)) for w in data["status"].get("names_a_finding", ())),
        not_a_finding_before=frozenset(data["status"].get("not_a_finding_before", ())),
        said_in_one_clause=frozenset(data["status"].get("said_in_one_clause", ())),
        place_in_one_sentence=frozenset(data["status"].get("place_in_one_sentence", ())),
        said_with_the_back=frozenset(data["status"].get("said_with_the_back", ())),
        said_with_a_pain=frozenset(data["status"].get("said_with_a_pain", ())),
        asked_when_the_back_is_denied=frozenset(data["status"].get("asked_when_the_back_is_denied", ())),
        felt_in_a_comparison=frozenset(data["status"].get("felt_in_a_comparison", ())),
        said_with_a_complaint=frozenset(data["status"].get("said_with_a_complaint", ())),
        said_with_new_back_pain=frozenset(data["status"].get("said_with_new_back_pain", ())),
        recent_within_days={k: int(v) for k, v in data["status"].get("recent_within_days", {}).items()},
        lasting_at_least_days={k: int(v) for k, v in data["status"].get("lasting_at_least_days", {}).items()},
        of_a_place=frozenset(data["status"].get("of_a_place", ())),
        asked_when_past=frozenset(data["status"].get("asked_when_past", ())),
        of_the_back=frozenset(data["status"].get("of_the_back", ())),
        of_the_spine=frozenset(data["status"].get("of_the_spine", ())),
        of_the_saddle=frozenset(data["status"].get("of_the_saddle", ())),
        parts_of_the_leg=frozenset(data["scope"].get("parts_of_the_leg", ())),
        back_places=frozenset(data["status"].get("back_places", ())),
        back_places_also=_word_lists(data["status"], "back_places_also"),
        back_words=frozenset(data["status"].get("back_words", ())),
        modifiers=_modifier_phrases(data),
        normal_functions={k: tuple(v) for k, v in data["normal_state"]["functions"].items()},
        normal_states=frozenset(data["normal_state"]["states"]),
        normal_between=frozenset(data["normal_state"]["between"]),
        normal_changes=frozenset(data["normal_state"]["changes"]),
        faculty_lost=dict(data["faculties"]["lost_state"]),
        faculty_losses=frozenset(data["faculties"]["losses"]),
        faculty_negations=frozenset(data["faculties"]["negations"]),
        faculty_amounts=frozenset((*data["faculties"]["amounts"], *data["faculties"].get("possessions", ()))),
        faculty_between=frozenset(data["faculties"]["between"]),
        faculty_gone=frozenset(data["faculties"]["gone"]),
        faculty_not_after_gone=frozenset(data["faculties"]["not_after_gone"]),
        shaking_legs=_table(ShakingLegs, data["shaking_legs"]),
        spreading_sign=data["spreading"]["sign"],
        spreading_pain=frozenset(data["spreading"]["pain"]),
        spreading_motion=frozenset(data["spreading"]["motion"]),
        spreading_directions=frozenset(data["spreading"]["directions"]),
        spreading_between=frozenset(data["spreading"]["between"]),
        spreading_places=frozenset(data["spreading"]["places"]),
        cues=_cue_words(data["cues"]["signs"]),
        asks_nothing_alone=frozenset(data["questions"].get("asks_nothing_alone", ())),
        cues_not_before=frozenset(data["cues"]["not_before"]),
        cues_not_after=frozenset(data["cues"]["not_after"]),
        cues_asked_in_the_past=frozenset(data["cues"]["asked_in_the_past"]),
        cues_of_a_place=frozenset(data["cues"]["of_a_place"]),
        cues_asked_of_others=frozenset(data["cues"]["asked_of_others"]),
        cues_not_asked_of_others=frozenset(data["cues"].get("not_asked_of_others", ())),
        cues_asked_of_others_with=_word_lists(data["cues"], "asked_of_others_with"),
        injuring=_table(Injuring, data["cues"]["injuring"]),
        told_apart=tuple(_told_apart(entry) for entry in data.get("told_apart", ())),
        accidents=_table(Accidents, data["cues"]["accidents"]),
        said_with_sign={k: tuple(v) for k, v in data["status"].get("said_with_sign", {}).items()},
        denied_of_sign={k: tuple(v) for k, v in data["status"].get("denied_of_sign", {}).items()},
        said_together={
            k: (frozenset(v["of"]), frozenset(v["with"]))
            for k, v in data["status"].get("said_together", {}).items()
        },
        pain_lasting=(data["status"]["pain_lasting"]["symptom"], int(data["status"]["pain_lasting"]["days"])),
        pain_lasting_conditions=frozenset(data["status"]["pain_lasting"].get("conditions", ())),
        pain_unhelped=tuple(tuple(run.split()) for run in data["status"].get("pain_unhelped", ())),
        asked_when_to_come=frozenset(data["status"].get("asked_when_to_come", ())),
        operations=frozenset(data["status"].get("operations", ())),
        question_reports=_longest_first(data["questions"]["reports"]),
        question_hypotheticals=frozenset(data["questions"]["hypotheticals"]),
        question_reports_of_oneself=_longest_first(data["questions"]["reports_of_oneself"]),
        question_reports_of_oneself_if=_longest_first(data["questions"]["reports_of_oneself_if"]),
        question_told_as_so=frozenset(data["questions"]["told_as_so"]),
    )


def _told_apart(data: Mapping[str, Any]) -> ToldApart:
    def runs(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(phrase.split()) for phrase in phrases)

    return ToldApart(
        sign=data["sign"],
        reach=int(data["reach"]),
        needs=tuple(runs(group) for group in data["needs"]),
        pains=frozenset(data["pains"]),
        doubt=frozenset(data["doubt"]),
        explained_by=runs(data["explained_by"]),
        of_the_pain=runs(data.get("of_the_pain", ())),
        undoubted=runs(data.get("undoubted", ())),
        pain_reach=int(data.get("pain_reach", 0)),
    )


def _causes_of_the_part(table: Mapping[str, Any]) -> CausesOfThePart:
    """The words of ``[in_doubt_with_a_cause]`` that tell a cause of a leg's own."""
    return CausesOfThePart(
        causes=tuple(tuple(cause.split()) for cause in table["causes"]),
        injuries=frozenset(table["injuries"]),
        parts=frozenset(table["parts"]),
        passed=frozenset(table["passed"]),
        not_before=frozenset(table["not_before"]),
        unless=frozenset(table["unless"]),
    )


def _word_lists(table: Mapping[str, Any], name: str) -> dict[str, frozenset[str]]:
    """The word lists by name of ``table[name]`` (``{}`` when it has none), each a frozenset."""
    return {key: frozenset(words) for key, words in table.get(name, {}).items()}


_Table = typing.TypeVar("_Table", bound=tuple[Any, ...])


def _table(cls: type[_Table], data: Mapping[str, Any]) -> _Table:
    """The named tuple ``cls`` read from a TOML table, each field by its type: a word list
    (``frozenset[str]``), a number (``int``), a text (``str``), word lists by name
    (``Mapping[str, frozenset[str]]``) or a table of another such class.

    >>> _table(Injuring, read_data("language.toml")["cues"]["injuring"]).of_another.most_words
    3
    """
    types = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for name in typing.cast("Any", cls)._fields:
        kind, raw = types[name], data[name]
        if kind is int or kind is str:
            values[name] = kind(raw)
        elif isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields"):
            values[name] = _table(kind, raw)
        elif typing.get_origin(kind) is frozenset:
            values[name] = frozenset(raw)
        elif typing.get_origin(kind) is Mapping:
            values[name] = {key: frozenset(words) for key, words in raw.items()}
        else:
            raise TypeError(f"{cls.__name__}.{name}: no reader for {kind}")
    return typing.cast("Callable[..., _Table]", cls)(**values)


def _cue_words(signs: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    words: dict[str, list[str]] = {}
    for sign, cues in signs.items():
        for word in cues:
            words.setdefault(word, []).append(sign)
    return {word: tuple(found) for word, found in words.items()}


def figures_of_speech(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``(span, masked)`` for each figure of speech in ``text``: where it stands, and the
    part of it to set aside (a pattern's ``mask`` group, else all of it).

    The text is read in lower case when that finds the same (about four times quicker).

    >>> figures_of_speech("My boss is a Pain in the Neck")
    [((8, 29), (8, 29))]
    """
    found = []
    lowered = lower_case(text)
    by_opening = _figures_by_opening()
    if lowered is None or by_opening is None:
        matches = language().figurative.finditer_lower(text, lowered)
    else:
        matches = by_opening.finditer(lowered)
    for match in matches:
        masked = match.span()
        for name, value in match.groupdict().items():
            if value is not None and name.startswith("mask"):
                masked = match.span(name)
        found.append((match.span(), masked))
    return found


@attrs.frozen
class _FiguresByOpening:
    """The figures of speech in parts by the letters they open with, each part in the order
    of the whole alternation. The whole is tried only where a word starts, and there only the
    figures that open with its letters can match: the first of them to match at the first
    word where one does is what the whole finds, in a few tries instead of a hundred."""

    by_two: Mapping[str, LazyPattern]  # two letters -> the figures that may open with them
    by_one: Mapping[str, LazyPattern]  # a letter -> the figures that open with it alone
    whole: LazyPattern  # all of them (for a word that opens beyond ASCII)

    def finditer(self, lowered: str) -> Iterator[re.Match[str]]:
        """The matches of the whole in ``lowered`` (a `lower_case` text), as `re.finditer`."""
        end = 0
        for word in _WORD_START.finditer(lowered):
            at = word.start()
            if at < end:
                continue  # inside the last match
            part = self.by_two.get(lowered[at : at + 2]) or self.by_one.get(lowered[at])
            if part is None:
                if lowered[at].isascii():
                    continue  # no figure opens with this letter
                part = self.whole  # (a digit beyond ASCII may open a figure: ask the whole)
            found = part.match(lowered, at)
            if found is not None:
                yield found
                end = found.end()


_WORD_START = compile_pattern(r"\b\w")


@functools.cache
def _figures_by_opening() -> _FiguresByOpening | None:
    """The figures of speech by their openings; None when some figure may open with no
    letter or digit said in its pattern, or the whole cannot be read in lower case."""
    lang = language()
    whole = lang.figurative.in_lower_case()
    if whole is None:
        return None
    openings = [_openings(figure) for figure in lang.figures]
    if any(found is None for found in openings):
        return None
    known: list[set[str]] = [found for found in openings if found is not None]

    def part(members: Iterable[int]) -> LazyPattern:
        return LazyPattern("|".join(f"(?:{lang.figures[i]})" for i in members))

    by_opening: dict[str, list[int]] = {}  # one or two letters -> the figures that open so, in order
    for i, found in enumerate(known):
        for opening in found:
            by_opening.setdefault(opening, []).append(i)
    return _FiguresByOpening(
        # (two letters: the figures that open with them, or with the first alone)
        by_two={
            pair: part(sorted({*members, *by_opening.get(pair[0], ())}))
            for pair, members in by_opening.items()
            if len(pair) == 2
        },
        by_one={letter: part(members) for letter, members in by_opening.items() if len(letter) == 1},
        whole=whole,
    )


def _openings(pattern: str, bounded: bool = False) -> set[str] | None:
    """The first two characters (or the one, when the second is not sure) of every match of
    ``pattern``, each an ASCII lower-case letter or digit, where a word starts (a ``\\b``
    before them, or ``bounded``); None when unsure."""
    bars, end = _scan(pattern)
    if end != len(pattern):
        return None
    found: set[str] = set()
    for a, b in itertools.pairwise([-1, *bars, len(pattern)]):
        opening = _opening(pattern[a + 1 : b], bounded)
        if opening is None:
            return None
        found |= opening
    return found


def _opening(alternative: str, bounded: bool) -> set[str] | None:
    """`_openings` of one alternative (no top-level ``|``)."""
    skipped = _past_what_reads_nothing(alternative)
    if skipped is None:
        return None
    alternative, bounded = skipped[0], bounded or skipped[1]
    group = re.match(r"\((?:\?:|\?P<\w+>)?", alternative)
    if group is not None:
        rest = alternative[group.end() :]
        _, close = _scan(rest)
        if close == len(rest) or not _at_least_once(rest, close + 1):
            return None
        return _openings(rest[:close], bounded)
    if not bounded:
        return None
    if alternative.startswith(r"\d"):
        return set("0123456789") if _at_least_once(alternative, 2) else None
    opening = ""
    for at, char in enumerate(alternative[:2]):
        if not (char.isascii() and (char.islower() or char.isdigit())):
            break
        if not _at_least_once(alternative, at + 1):
            break  # may be left out
        opening += char
        if alternative[at + 1 : at + 2] in ("+", "{"):
            break  # repeated: what comes next is not sure
    return {opening} if opening else None


def _at_least_once(pattern: str, after: int) -> bool:
    """False when the quantifier at ``after`` (right after a character or a group) may take
    it no times, or is not sure."""
    quantifier = pattern[after : after + 1]
    if quantifier == "{":
        return re.match(r"\{[1-9]\d*(?:,\d*)?\}", pattern[after:]) is not None
    return quantifier not in ("?", "*")


def _at_word_starts(patterns: Sequence[str], joined: str) -> str:
    """``joined`` (the ``patterns`` as one alternation), tried only where a word starts when
    every pattern surely opens with a letter or a digit: the same matches, found about twice
    as fast."""
    if all(_opens_with_a_letter(p) for p in patterns):
        return rf"(?=\w)(?:{joined})"
    return joined


def at_word_starts(pattern: str) -> str:
    """``pattern``, tried only where a word starts when it surely opens with a letter or a
    digit (see `_at_word_starts`)."""
    return _at_word_starts([pattern], pattern)


_LOOKAROUNDS = ("(?<!", "(?<=", "(?!", "(?=")


def _past_what_reads_nothing(alternative: str) -> tuple[str, bool] | None:
    """``alternative`` past the ``\\b`` and lookarounds it opens with (they read no character),
    and whether a ``\\b`` was among them; None when a lookaround is quantified or never closes."""
    bounded = False
    while alternative.startswith((r"\b", *_LOOKAROUNDS)):
        if alternative.startswith(r"\b"):
            alternative = alternative[2:]
            bounded = True
            continue
        _, close = _scan(alternative[1:])
        if close == len(alternative) - 1 or alternative[close + 2 : close + 3] in ("?", "*", "{", "+"):
            return None
        alternative = alternative[close + 2 :]
    return alternative, bounded


def _opens_with_a_letter(pattern: str) -> bool:
    """True when, read from its text, every match of ``pattern`` surely starts with a
    letter or a digit: each alternative opens (after any ``\\b``) with a letter, ``\\d`` or
    ``\\w``, or with a group whose alternatives all do, followed by one of these when it may
    be left out (a lookaround before any of these reads nothing). False whenever unsure."""
    bars, end = _scan(pattern)
    if end != len(pattern):
        return False
    cuts = [-1, *bars, len(pattern)]
    return all(_starts_with_a_letter(pattern[a + 1 : b]) for a, b in itertools.pairwise(cuts))


def _starts_with_a_letter(alternative: str) -> bool:
    skipped = _past_what_reads_nothing(alternative)  # what follows it opens
    if skipped is None:
        return False
    alternative = skipped[0]
    if alternative[:1].isascii() and alternative[:1].isalpha():
        return alternative[1:2] not in ("?", "*", "{")
    if alternative[:2] in (r"\d", r"\w"):  # a digit is a word character too ("6 foot")
        return alternative[2:3] not in ("?", "*", "{")
    opening = re.match(r"\((?:\?:|\?P<\w+>)?", alternative)
    if opening is None:
        return False
    rest = alternative[opening.end() :]
    _, close = _scan(rest)
    if close == len(rest) or not _opens_with_a_letter(rest[:close]):
        return False
    after = rest[close + 1 :]
    if after[:1] in ("?", "*"):  # the group may be left out: then what follows opens
        return _starts_with_a_letter(after[2:] if after[1:2] in ("?", "+") else after[1:])
    return after[:1] != "{"


@functools.lru_cache(maxsize=1024)  # (the figures are read twice: for `language` and by their openings)
def _scan(pattern: str) -> tuple[tuple[int, ...], int]:
    """The offsets of the top-level ``|`` of ``pattern``, and of the ``)`` closing the group
    it lies in (its length when none)."""
    bars: list[int] = []
    depth = 0
    for token in _PATTERN_SYNTAX.finditer(pattern):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return tuple(bars), token.start()
            depth -= 1
        elif char == "|" and depth == 0:
            bars.append(token.start())
    return tuple(bars), len(pattern)


# What `_scan` looks at in a pattern: a group's brackets, a bar, and what to pass over whole
# (an escaped character; a class, to its end: "]" first is a member, "[^]]" too).
_PATTERN_SYNTAX = compile_pattern(r"\\.?|\[\^?\]?(?:\\.?|[^\]\\])*\]?|[()|]", re.DOTALL)


def sizes_by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """First word of a phrase -> the lengths of the phrases it starts, longest first."""
    sizes: dict[str, set[int]] = {}
    for phrase in phrases:
        if phrase:
            sizes.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}


@functools.cache
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


#: Stems known without the stemmer: those stored with the lexicon (see lexicon_store).
known_stems: dict[str, str] = {}


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of a lower-case word.

    >>> stem("numbness"), stem("legs"), stem("tingling")
    ('numb', 'leg', 'tingl')
    """
    known = known_stems.get(word)
    return known if known is not None else str(_stemmer().stemWord(word))


@functools.lru_cache(maxsize=65536)
def normal(word: str) -> str:
    """Lower case, apostrophes (straight or curly) dropped ("Can't" is "cant"), a word typed
    in a hurry spelled out (`spelled_out`: "wen" is "when", "walkin" is "walking").

    >>> normal("Can't"), normal("Evry"), normal("walkin")
    ('cant', 'every', 'walking')
    """
    norm = word.casefold().replace("\u2019", "").replace("'", "")
    return spelled_out().get(norm, norm)


@functools.cache
def spelled_out() -> Mapping[str, str]:
    """Words as people type them in a hurry -> the word they write (``[spelled_out]`` in
    language.toml): text-speak, dropped g's, letters left out."""
    return dict(read_data("language.toml").get("spelled_out", {}))


@functools.lru_cache(maxsize=65536)
def keys_of(word: str) -> tuple[str, ...]:
    """The stems a word stands for: one, or several for a word such as "backache"."""
    if len(word) <= 2 and word.isupper() and word.isalpha() and word not in {"I", "OK"}:
        return (word,)  # an acronym: "AS" is not "as"
    norm = normal(word)
    if a_weight(norm):
        norm = _WEIGHT_UNIT  # a number and its unit as one word ("dropped 6kg"): a weight, as "6 kg" is
    return tuple(stem(part) for part in language().synonyms.get(norm, (norm,)))


_A_WEIGHT = compile_pattern(r"\d+(?:\.\d+)?(?:kg|kgs|kilos?|lbs?|st|stone|pounds)")
_WEIGHT_UNIT = "kg"
_AN_ORDINAL = compile_pattern(r"(?:\d*[02-9])?1st")  # "the 21st", "the 1st" (not "11st": 11 stone)


def a_weight(norm: str) -> bool:
    """Whether a word is a number and its unit of weight written as one ("6kg", "10lbs", "11st";
    not a date: "since the 21st").

    >>> a_weight("6kg"), a_weight("11st"), a_weight("21st"), a_weight("kg")
    (True, True, False, False)
    """
    return norm[:1].isdigit() and _A_WEIGHT.fullmatch(norm) is not None and not _AN_ORDINAL.fullmatch(norm)


def is_stopword(token: Token) -> bool:
    """True for a word that carries no finding ("the", "my"); never for an acronym ("AS")."""
    return token.norm in language().stopwords and not (token.key == token.text and token.text.isupper())


def stopwords_among(tokens: Sequence[Token]) -> list[bool]:
    """`is_stopword` of each token (in one go: the reader asks it of every word)."""
    stopwords = language().stopwords
    return [t.norm in stopwords and not (t.key == t.text and t.text.isupper()) for t in tokens]


def tokenize(text: str) -> list[Token]:
    """The words of ``text``; a word standing for several ("backache") gives one token each.

    A run of words listed as one phrase ("pins and needles", "did my back in") becomes
    the tokens of what it means, spanning the whole run.
    """
    words, facts = _words_of(text)
    read = answered_words(text, words)  # (a question put to the person, read as answered)
    read = subjects_read(text, read)  # (a sentence opened with no "I": "Leaked on the way to the loo")
    if read is not words:
        words, facts = list(read), [_word_facts(word) for _, _, word in read]
    norms: list[str] = []
    plain: list[str] = []
    long: list[bool] = []
    if any(fact[2] for fact in facts):
        norms = [fact[0] for fact in facts]
        # A phrase also matches through one-word synonyms: "couldnt feel" is "cant feel".
        plain = [fact[1] for fact in facts]
        long = [len(norm) >= _PHRASE_TYPO_LENGTH for norm in norms]
    lang = language()
    phrases = lang.phrases
    indexes = _phrase_indexes()
    openings = indexes.openings
    anchors = indexes.misspelling_anchors  # most runs of words can hold no misspelt phrase
    written_sizes = indexes.sizes_by_opening
    any_determiner = indexes.any_determiner
    any_determiner_sizes = indexes.any_determiner_sizes
    # "erections have totally gone" is "erections have gone": a phrase is also read past the
    # words that only say how much (never its first word)
    intensified = bool(norms) and not _INTENSIFIERS.isdisjoint(norms)
    after_a_comma: frozenset[int] | None = None  # (read when an intensifier is read past)
    tokens: list[Token] = []
    index = 0
    count = len(words)
    while index < count:
        norm, _, sizes, keys = facts[index]
        if sizes and norm == _ME and index and norms[index - 1] in lang.me_stays_after:
            sizes = ()  # the person told something, not "my": "warned me foot drop can happen"
        tries: tuple[tuple[int, bool], ...] = ()
        opens = False
        if sizes and index + 1 < count:  # (the last word opens no phrase of two words or more)
            # A phrase is written out (not misspelt) only where its first two words are.
            opens = (norm, norms[index + 1]) in openings or (plain[index], plain[index + 1]) in openings
            reach = index + sizes[0]  # past the words of the longest phrase that starts here
            misspelt = _NO_SIZES  # the lengths of the phrases it may open misspelt
            if opens or any(long[index + 1 : reach]):  # (`_misspelt_phrase` needs a long word)
                misspelt = _misspellable(anchors, norms, index)
            if opens:
                # the lengths a lookup below may find at all (a phrase opens with its first two words)
                second = norms[index + 1]
                as_written = written_sizes.get((norm, second), ())
                through_synonyms = written_sizes.get((plain[index], plain[index + 1]), ())
                second = "my" if second in _DETERMINERS else second
                with_a_determiner = any_determiner_sizes.get((norm, second), _NO_SIZES)
                tries = _tries(sizes, with_a_determiner)
            # only the lengths of phrases that start with this word; where none is written as it
            # is, read again with any determiner ("came off the motorbike" as "came off my
            # motorbike"). One not written out is read only misspelt or past an intensifier
            # after its first word (`_read_past_intensifiers`).
            elif misspelt or (intensified and not _INTENSIFIERS.isdisjoint(norms[index + 1 : reach])):
                tries = _tries(sizes, _NO_SIZES)
        for size, either in tries:
            if not 1 < size <= count - index:
                continue
            meaning: tuple[str, ...] | None = None
            if either:
                meaning = any_determiner.get(_with_my(norms[index : index + size]))
            elif opens:
                if size in as_written:
                    meaning = phrases.get(tuple(norms[index : index + size]))
                if meaning is None and size in through_synonyms:
                    meaning = phrases.get(tuple(plain[index : index + size]))
            if meaning is None and not either and size in misspelt and any(long[index + 1 : index + size]):
                meaning = _misspelt_phrase(tuple(norms[index : index + size]))
            taken = size  # the words of the text the phrase takes
            if intensified and not either and not _INTENSIFIERS.isdisjoint(norms[index + 1 : index + size]):
                # the reading that takes more words wins: "can't really feel worse" is "can't
                # feel worse", not "can't really feel" (numb) and "worse"
                if after_a_comma is None:
                    after_a_comma = _after_a_comma(text, words, norms)
                past, taken_past = _read_past_intensifiers(
                    norms, plain, index, size, openings, phrases, after_a_comma
                )
                if past is not None:
                    meaning, taken = past, taken_past
            if meaning is None:
                continue  # no phrase of this length here
            if not _holds_here(meaning, text, words, norms, plain, index, taken):
                continue  # "my nose feels full but nothing will come out": not the bladder's
            if opens or taken != size:
                for _ in range(_CHAIN_DEPTH):  # "can no longer feel the toes": 3 readings
                    read_on = _chained(meaning, norms, index + taken, phrases, taken)
                    if read_on == (meaning, taken):
                        break
                    meaning, taken = read_on
            if meaning and _a_maybe_said_outright(meaning, text, words, norms, index, taken):
                meaning = meaning[1:]  # "I haven't passed urine at all": no longer a maybe
            elif (
                meaning
                and meaning[0] == _MAYBE
                and _WEAK in meaning
                and _gives_way_after(text, words, norms, index + taken)
            ):  # a weakness in doubt that gives way is one ([given_way])
                meaning = lang.given_way.get(meaning, meaning[1:])
            if meaning in lang.in_doubt_with_a_cause and a_cause_of_the_part(
                _sentence_norms(text, words, norms, index, index + taken)
            ):  # "sprained my ankle, my foot is too weak to push off": in doubt
                meaning = lang.in_doubt_with_a_cause[meaning]
            if not _a_break_between(text, words[index][1], words[index + taken - 1][0]) and not (
                # a denial answered apart is no denial of the words after it: "Bladder normal? No,
                # leaking" (not "no leaking")
                norm in _ANSWERED_NO and "," in text[words[index][1] : words[index + 1][0]]
            ):
                start, end = words[index][0], words[index + taken - 1][1]
                if meaning[0] == norm and norm in _ANSWERED_NO and len(meaning) > 1 and taken > 1:
                    # the writer's own "no" stays theirs, and reaches on as any denial does: "no
                    # leaking or trouble peeing" ("no leaking" read as "no urinary incontinence")
                    first_end = words[index][1]
                    tokens.extend(
                        Token(start, first_end, text[start:first_end], norm, k) for k in keys_of(norm)
                    )
                    start, meaning = words[index + 1][0], meaning[1:]
                tokens.extend(
                    Token(start, end, text[start:end], word, key) for word in meaning for key in keys_of(word)
                )
                index += taken
                break
        else:
            start, end, word = words[index]
            if len(keys) == 1:
                tokens.append(Token(start, end, word, norm, keys[0]))
            else:
                tokens.extend(Token(start, end, word, norm, key) for key in keys)
            index += 1
    return tokens


@functools.cache
def _phrase_indexes() -> PhraseIndexes:
    """The indexes `tokenize` reads the phrases with, made in one pass over them (each pass
    over some five thousand phrases costs a new process a millisecond or more)."""
    sizes: dict[tuple[str, ...], set[int]] = {}
    found: dict[tuple[str, ...], tuple[str, ...] | None] = {}  # any determiner (None: two meanings)
    anchors: dict[tuple[str, int, str], set[int]] = {}
    misspellable: dict[str, list[tuple[str, ...]]] = {}
    for key, meaning in language().phrases.items():
        size = len(key)
        if size < 2:
            continue
        sizes.setdefault(key[:2], set()).add(size)
        # "couldn't really feel my" is a maybe of the body, "couldn't really feel the water"
        # another thing: no maybe is read with any determiner
        if not _DETERMINERS.isdisjoint(key[1:]) and meaning[0] != _MAYBE:
            canonical = _with_my(key)
            found[canonical] = meaning if found.get(canonical, meaning) == meaning else None
        typos_possible = False
        for i in range(1, size):
            if len(key[i]) >= _PHRASE_TYPO_LENGTH:
                typos_possible = True
                anchors.setdefault(_misspelling_anchor(key, i), set()).add(size)
        if typos_possible:
            misspellable.setdefault(key[0], []).append(key)
    any_determiner = {key: meaning for key, meaning in found.items() if meaning is not None}
    determiner_sizes: dict[tuple[str, ...], set[int]] = {}
    for key in any_determiner:  # (each of two words or more: a determiner follows its first)
        determiner_sizes.setdefault(key[:2], set()).add(len(key))
    return PhraseIndexes(
        openings=frozenset(
            {*sizes, *((first, d) for first, second in sizes if second in _DETERMINERS for d in _DETERMINERS)}
        ),
        sizes_by_opening={opening: frozenset(lengths) for opening, lengths in sizes.items()},
        any_determiner=any_determiner,
        any_determiner_sizes={opening: frozenset(lengths) for opening, lengths in determiner_sizes.items()},
        misspelling_anchors={anchor: frozenset(lengths) for anchor, lengths in anchors.items()},
        misspellable={first: tuple(keys) for first, keys in misspellable.items()},
    )


@functools.cache
def _tries(sizes: tuple[int, ...], with_a_determiner: frozenset[int]) -> tuple[tuple[int, bool], ...]:
    """Each size as written, then each of them a phrase read with any determiner may have."""
    as_written = ((size, False) for size in sizes)
    return (*as_written, *((size, True) for size in sizes if size in with_a_determiner))


_MAYBE = "maybe"
# Not "any more": "I don't get the urge to pee at night any more since the new tablets" may be
# good news.
_OUTRIGHT = (
    ("at", "all"), ("and", "i", "did"), ("which", "i", "did"), ("and", "it", "did"), ("and", "did"),
    ("then", "i", "did"), ("didnt", "make", "it"), ("couldnt", "hold", "it"), ("couldnt", "stop", "it"),
    ("it", "just", "came", "out"), ("it", "came", "out"), ("and", "then", "i", "did"),
)  # fmt: skip
_OUTRIGHT_REACH = 6  # words after a phrase
# A wee not had for a stretch is held in when no need of it is felt either, said with it ("I haven't
# been for a wee since last night and I don't feel the need at all": a review, rev108); not after
# "but", a reassurance as often ("... but I don't feel the need, so I'm fine")
_PEE = "pee"
_NO_URGE = (
    ("and", "i", "dont", "feel", "the", "need"), ("and", "dont", "feel", "the", "need"),
    ("and", "i", "dont", "feel", "the", "urge"), ("and", "dont", "feel", "the", "urge"),
    ("and", "i", "dont", "get", "the", "urge"), ("and", "i", "dont", "even", "feel", "the", "need"),
    ("and", "no", "urge"),
)  # fmt: skip
_FOUND_OUT = frozenset({"noticed", "realised", "realized", "discovered"})
_FOUND_OUT_REACH = 3  # words before a phrase: "I noticed that I"


def _a_maybe_said_outright(
    meaning: tuple[str, ...],
    text: str,
    words: Sequence[tuple[int, int, str]],
    norms: Sequence[str],
    first: int,
    taken: int,
) -> bool:
    """Whether ``meaning``, read from the ``taken`` words at ``first``, is a maybe said outright
    (`_said_outright`); a wee not had is also by no need felt (`_NO_URGE`)."""
    if meaning[0] != _MAYBE:
        return False
    after = first + taken
    return _said_outright(text, words, norms, first, after) or (
        _PEE in meaning
        and _said_outright(text, words, norms, first, after, _NO_URGE)
        and not _told_undenied(norms, language().no_need_explained_by)  # "it's 35 degrees"
    )


def _holds_here(
    meaning: tuple[str, ...],
    text: str,
    words: Sequence[tuple[int, int, str]],
    norms: Sequence[str],
    plain: Sequence[str],
    first: int,
    taken: int,
) -> bool:
    """Whether the reading ``meaning`` of the ``taken`` words at ``first`` holds: its sentence
    names what it is said of (``[said_with_what_it_is_of]``: "my bladder feels full but nothing
    will come out", not "my nose feels full ..."), and the text tells nothing, not denied, that
    makes it another thing (``[unread_when_told_otherwise]``: "I leaked on the way to the toilet,
    it was diarrhoea")."""
    lang = language()
    needed = lang.said_with_what_it_is_of.get(meaning)
    if needed is not None:
        begin, end = sentence_of_words(text, [(w[0], w[1]) for w in words], first, first + taken)
        if needed.isdisjoint(norms[begin:end]) and needed.isdisjoint(plain[begin:end]):
            return False
    otherwise = lang.unread_when_told_otherwise.get(meaning)
    if otherwise is not None and _told_undenied(norms, otherwise):
        return False
    return not _denied_but_for(meaning, text, words, norms, first, taken)


@functools.cache
def _exceptions() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], int]:
    """``[denied_but_for]``: the openers, the runs of words of an exception (`exceptions`, and
    each of `only` before each of `small`), the amounts, and the reach."""
    table = read_data("language.toml")["denied_but_for"]
    runs = [tuple(words.split()) for words in table["exceptions"]]
    runs += [(*only.split(), *small.split()) for only in table["only"] for small in table["small"]]
    amounts = tuple(tuple(words.split()) for words in table["amounts"])
    return frozenset(table["openers"]), tuple(runs), amounts, int(table["reach"])


def _denied_but_for(
    meaning: tuple[str, ...],
    text: str,
    words: Sequence[tuple[int, int, str]],
    norms: Sequence[str],
    first: int,
    taken: int,
) -> bool:
    """True when ``meaning`` denies what the ``taken`` words at ``first`` say of "nothing" and an
    exception follows them in their sentence ("nothing leaks except when I cough", "nothing's
    leaking much, just a bit"): no denial (``[denied_but_for]``).

    >>> text = "nothing leaks except when I cough"
    >>> words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    >>> _denied_but_for(("no", "leak"), text, words, text.split(), 0, 2)
    True
    >>> text = "nothing leaks, just back pain"
    >>> words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    >>> _denied_but_for(("no", "leak"), text, words, "nothing leaks just back pain".split(), 0, 2)
    False
    """
    openers, runs, amounts, reach = _exceptions()
    if not meaning or meaning[0] != "no" or norms[first] not in openers:
        return False
    after = first + taken
    _, end = sentence_of_words(text, [(w[0], w[1]) for w in words], first, after)
    said = tuple(norms[after:end])
    if any(said[: len(amount)] == amount for amount in amounts):
        return True  # "nothing's leaking much"
    return any(
        said[i : i + len(run)] == run for i in range(min(reach, len(said))) for run in runs
    )  # "nothing leaks except when I cough", "nothing's leaked, just a bit"


_DENIAL_REACH = 2  # words before a run that may deny it ("no diarrhoea", "never had the runs")


def _told_undenied(norms: Sequence[str], runs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``runs`` of words is told in ``norms`` with no denial just before it.

    >>> _told_undenied("i leaked it was diarrhoea".split(), (("diarrhoea",),))
    True
    >>> _told_undenied("i leaked never had diarrhoea".split(), (("diarrhoea",),))
    False
    """
    denials = language().denials
    for index, norm in enumerate(norms):
        for run in runs:
            if (
                run[0] == norm
                and tuple(norms[index : index + len(run)]) == run
                and denials.isdisjoint(norms[max(0, index - _DENIAL_REACH) : index])
            ):
                return True
    return False


def _said_outright(
    text: str,
    words: Sequence[tuple[int, int, str]],
    norms: Sequence[str],
    first: int,
    after: int,
    outright: tuple[tuple[str, ...], ...] = _OUTRIGHT,
) -> bool:
    """True when "at all" or "and I did" follows a phrase read as a maybe ("I don't get the
    urge to wee at all", "I haven't passed urine at all for two days", "I thought I was going to
    wet myself and I did"), within a few words of its clause (or another of ``outright``: no
    need felt, `_NO_URGE`), or a word of finding out stands just before it ("this morning I
    noticed I couldn't feel the toilet paper"): said outright, the loss is no longer in doubt."""
    if any(norm in _FOUND_OUT for norm in norms[max(0, first - _FOUND_OUT_REACH) : first]):
        return True
    for index in range(after, min(after + _OUTRIGHT_REACH, len(norms))):
        if _CLAUSE_PUNCTUATION.search(text, words[index - 1][1], words[index][0]):
            return False
        said = next((o for o in outright if tuple(norms[index : index + len(o)]) == o), None)
        if said is not None:
            return norms[index + len(said) : index + len(said) + 1] != ["not"]  # not "and I did not"
    return False


def a_cause_of_the_part(norms: Sequence[str]) -> bool:
    """True when the words ``norms`` of a sentence tell a cause of a foot's or a leg's own
    (``[in_doubt_with_a_cause]``): a run of its causes ("flat feet", "pregnant") or an injury of a
    part of the leg ("sprained my ankle", "pulled my right thigh muscle", "a calf strain", "since I
    tore it"), not one denied or another's ("not pregnant", "my wife is pregnant"), and no word of
    the back's or a nerve's cause in the sentence ("a disc", "sciatica").

    >>> a_cause_of_the_part("sprained my ankle a week ago my foot is too weak to push off".split())
    True
    >>> a_cause_of_the_part("pulled my back and my foot is too weak to push off".split())
    False
    >>> a_cause_of_the_part("im not pregnant and its harder to lift my leg".split())
    False
    """
    told = language().causes_of_the_part
    if not told.unless.isdisjoint(norms):
        return False
    count = len(norms)
    for i, word in enumerate(norms):
        if i and norms[i - 1] in told.not_before:
            continue  # "not pregnant", "wife pregnant"
        if any(
            tuple(norms[i : i + len(cause)]) == cause for cause in told.causes if cause[0] == word
        ) and not (i > 1 and norms[i - 2] in told.not_before and norms[i - 1] in _BE):
            return True  # (not "my wife is pregnant", "I'm not pregnant")
        if word not in told.injuries:
            continue
        after = i + 1
        while after < count and norms[after] in told.passed:
            after += 1
        if (after < count and norms[after] in told.parts) or (i and norms[i - 1] in told.parts):
            return True  # "sprained my ankle", "tore it", "a calf strain"
    return False


_BE = frozenset({"is", "was", "s", "isnt", "wasnt", "not"})


# A weakness in doubt is said outright when the part gives way just after, in its sentence ("I
# can't stand on tiptoe on my left foot, it just gives way": not pain, a calf that fails)
_WEAK = "weak"
_GIVING_WAY = (("gives", "way"), ("give", "way"), ("gave", "way"), ("giving", "way"))
_GIVES_WAY_REACH = 8  # words after a phrase


def sentence_of_words(text: str, spans: Sequence[tuple[int, int]], first: int, last: int) -> tuple[int, int]:
    """The indexes (first, past the last) of the words of the sentence that holds the words
    ``first`` to ``last`` (not included), each word given by its span in ``text``.

    >>> sentence_of_words("My hip. It is weak now.", [(0, 2), (3, 6), (8, 10), (11, 13), (14, 18)], 3, 4)
    (2, 5)
    """
    begin = first
    while begin and not SENTENCE_END.search(text, spans[begin - 1][1], spans[begin][0]):
        begin -= 1
    end = last
    while end < len(spans) and not SENTENCE_END.search(text, spans[end - 1][1], spans[end][0]):
        end += 1
    return begin, end


def _sentence_norms(
    text: str, words: Sequence[tuple[int, int, str]], norms: Sequence[str], first: int, last: int
) -> Sequence[str]:
    """The words (``norms``) of the sentence of the words ``first`` to ``last`` (not included)."""
    begin, end = sentence_of_words(text, [(w[0], w[1]) for w in words], first, last)
    return norms[begin:end]


def _gives_way_after(
    text: str, words: Sequence[tuple[int, int, str]], norms: Sequence[str], after: int
) -> bool:
    """True when a giving way is said within a few words after ``after``, in its sentence, with no
    pain said before it."""
    for index in range(after, min(after + _GIVES_WAY_REACH, len(norms) - 1)):
        if index and SENTENCE_END.search(text, words[index - 1][1], words[index][0]):
            return False
        if norms[index] in _PAIN_SAID_FIRST:
            return False  # "can't stand on tiptoe because it hurts, my knee gives way"
        if (norms[index], norms[index + 1]) in _GIVING_WAY:
            return True
    return False


_PAIN_SAID_FIRST = frozenset(
    {"because", "cos", "coz", "cause", "hurts", "hurt", "pain", "painful", "sore", "agony"}
)


# Words that say only how much or how surely, read past inside a phrase: "can't actually
# feel", "my legs have completely gone". Not "just" ("not just one leg"), "still" or "all"
# ("lost all feeling"): they say more than how much.
_INTENSIFIERS = frozenset(
    {"totally", "completely", "really", "literally", "fully", "entirely", "actually", "basically",
     "honestly", "absolutely", "quite", "very", "even", "kinda", "sorta", "properly", "truly", "much",
     # "my legs just give out" is "my legs give out"
     "just",
     # ... and the words of when, inside a phrase: "pain now down the back of both legs", "my legs
     # still give way", "I also can't feel my bum" (not after a comma: "I shoot up, now my spine
     # hurts" is no "shoot up my spine")
     "now", "still", "also"}
)  # fmt: skip
_WHEN_WORDS = frozenset({"now", "still", "also"})
# ... read past only in a phrase that opens with a pain or a part ("pain now down", "legs still
# give way"), not a doing's ("I shoot up now my back hurts" is no "shoot up my back")
_PAIN_OR_PART = frozenset(
    {"pain", "pains", "ache", "aches", "sore", "numb", "numbness", "weakness", "tingling", "sciatica",
     "leg", "legs", "back", "hip", "hips", "bum", "buttock", "buttocks", "bottom", "foot", "feet",
     "knee", "knees", "thigh", "thighs", "groin", "spine", "bladder", "bowels", "bowel"}
)  # fmt: skip
_INTENSIFIERS_IN_A_ROW = 2  # "can't really even feel": at most two such words together
# ... but "just" after a negation says "simply", not how much: "I can't just move my legs out of
# bed, I have to log roll" is no "can't move my legs"
_JUST = "just"
_NOT_SIMPLY = frozenset({"cant", "cannot", "couldnt", "dont", "didnt", "doesnt", "wont", "not", "only"})


def _read_past_intensifiers(
    norms: Sequence[str],
    plain: Sequence[str],
    index: int,
    size: int,
    openings: frozenset[tuple[str, ...]],
    phrases: Mapping[tuple[str, ...], tuple[str, ...]],
    after_a_comma: frozenset[int] = frozenset(),
) -> tuple[tuple[str, ...] | None, int]:
    """The meaning of the phrase of ``size`` words at ``index`` read past the intensifiers
    among them, and how many words of the text it takes; ``(None, size)`` when there is none.
    A word of when after a comma (at an index of ``after_a_comma``) is not read past."""
    if _INTENSIFIERS.isdisjoint(norms[index + 1 : index + size]):
        return None, size  # none to read past: the words read would be the plain reading's
    positions = [index]
    skipped = 0
    for j in range(index + 1, len(norms)):
        if len(positions) == size:
            break
        if (
            norms[j] in _INTENSIFIERS
            and skipped < _INTENSIFIERS_IN_A_ROW
            and not (norms[j] == _JUST and norms[j - 1] in _NOT_SIMPLY)
            and not (norms[j] in _WHEN_WORDS and (j in after_a_comma or norms[index] not in _PAIN_OR_PART))
        ):
            skipped += 1
            continue
        positions.append(j)
        skipped = 0
    if len(positions) < size or positions[-1] == index + size - 1:
        return None, size  # too few words, or none read past (the plain reading failed)
    for words in (norms, plain):
        key = tuple(words[j] for j in positions)
        if key[:2] in openings:
            meaning = phrases.get(key)
            if meaning is not None:
                return meaning, positions[-1] - index + 1
    return None, size


def _after_a_comma(text: str, words: Sequence[tuple[int, int, str]], norms: Sequence[str]) -> frozenset[int]:
    """The indexes of the words of when (`_WHEN_WORDS`) that a comma or a dash stands before."""
    return frozenset(
        j
        for j in range(1, len(words))
        if norms[j] in _WHEN_WORDS and _A_COMMA.search(text, words[j - 1][1], words[j][0]) is not None
    )


_A_COMMA = compile_pattern(r"[,\-\u2013\u2014(]")


_Facts = tuple[str, str, tuple[int, ...], tuple[str, ...]]
_CHAIN_REACH = 4  # words after a phrase that may join what it means into another phrase
_CHAIN_DEPTH = 3  # readings of one run of words, at most


def _chained(
    meaning: tuple[str, ...],
    norms: Sequence[str],
    after: int,
    phrases: Mapping[tuple[str, ...], tuple[str, ...]],
    size: int,
) -> tuple[tuple[str, ...], int]:
    """What a phrase means, read again with the words after it when its start and they make
    another phrase: "can no longer" is "cant", and "cant feel my legs" is "numb legs"; "can no
    longer feel my" is "cant feel my", and its "cant feel" is "numb". Returns the meaning and
    how many words of the text it takes."""
    words = (*meaning, *norms[after : after + _CHAIN_REACH])
    for start in range(len(meaning)):  # "neither of my legs will" is "both my legs wont", and
        for total in range(len(words) - start, 1, -1):  # "wont hold me up" is "give way"
            key = words[start : start + total]
            further = phrases.get(key)
            if further is not None and key != meaning:
                read = (*meaning[:start], *further, *words[start + total : len(meaning)])
                return read, size + max(0, start + total - len(meaning))
    return meaning, size


# Words a phrase is read with whichever of them is written: "came off the motorbike" is "came
# off my motorbike", "fell off the balcony" is "fell off a balcony". Not "his" or "her":
# they say whose.
_DETERMINERS = frozenset({"the", "a", "an", "my", "that", "this"})  # "can't put that foot down"


def _with_my(norms: Sequence[str]) -> tuple[str, ...]:
    """``norms`` with every determiner after the first word read as "my"."""
    return (norms[0], *("my" if word in _DETERMINERS else word for word in norms[1:]))


@functools.lru_cache(maxsize=4)
def _words_of(text: str) -> tuple[list[tuple[int, int, str]], list[_Facts]]:
    """The words of ``text`` as ``(start, end, word)``, and the `_word_facts` of each: the
    reader asks `tokenize` and `modifiers_in` of the same text, which scan it once so.
    (The lists are shared: never changed.)"""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]  # quicker than *m.span()
    return words, [_word_facts(word) for _, _, word in words]


@functools.lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[str, str, tuple[int, ...], tuple[str, ...]]:
    """What `tokenize` needs of a word as written: its normal form, the word it stands for
    (`_one_word`), the lengths of the phrases either starts (longest first), its keys."""
    lang = language()
    norm = normal(word)
    # a number and its unit as one word is the unit in a phrase ("5kg lighter" as "kg lighter")
    plain = _WEIGHT_UNIT if a_weight(norm) else _one_word(lang, norm)
    sizes = lang.phrase_sizes.get(norm, ())
    if plain != norm:
        sizes = tuple(sorted({*sizes, *lang.phrase_sizes.get(plain, ())}, reverse=True))
    return norm, plain, sizes, keys_of(word)


# "Couldn't" is not read through to "can't" in a phrase: "couldn't feel my legs" is as often a
# moment that has passed (after an injection, on waking) as a numbness that stays, and it
# raised a false emergency on a held-out set.
_NOT_THROUGH = frozenset({"couldnt"})


def _one_word(lang: Language, norm: str) -> str:
    """The word ``norm`` stands for when a synonym makes it one word ("hardly" -> "cant")."""
    if norm in _NOT_THROUGH:
        return norm
    meaning = lang.synonyms.get(norm)
    return meaning[0] if meaning is not None and len(meaning) == 1 else norm


@functools.cache
def _modifier_sizes() -> dict[str, tuple[int, ...]]:
    """First word of a modifier phrase -> the lengths of the phrases it starts, longest first."""
    return sizes_by_first_word(language().modifiers)


@functools.cache
def _modifier_openings() -> frozenset[tuple[str, ...]]:
    """The first two words of every modifier phrase of two words or more."""
    return frozenset(key[:2] for key in language().modifiers if len(key) > 1)


def modifiers_in(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, modifier)`` for every modifier phrase in ``text`` ("getting worse").

    Read from the words as written, before word classes and phrases apply, so that
    "harder and harder" is seen whole.

    >>> modifiers_in("My leg is numb and getting worse every day")
    [(19, 32, 'worsening')]
    """
    lang = language()
    starts = _modifier_sizes()
    words, facts = _words_of(text)
    norms = [fact[0] for fact in facts]  # normal(word)
    found: list[tuple[int, int, str]] = [
        *_growing(text, words, norms),
        *_grown_since(text),
        *_worse_each_time(text),
    ]
    if starts.keys().isdisjoint(norms):
        return found  # most texts: no word opens a modifier
    openings = _modifier_openings()
    after = 0  # the first word not read into a modifier yet
    for index, norm in enumerate(norms):
        if index < after or norm not in starts:
            continue
        # most words that start a modifier are not followed by its second word
        opens = index + 1 < len(norms) and (norm, norms[index + 1]) in openings
        for size in starts[norm]:
            if index + size > len(norms) or (size > 1 and not opens):
                continue
            name = lang.modifiers.get(tuple(norms[index : index + size]))
            if name is not None and not _CLAUSE_PUNCTUATION.search(
                text, words[index][1], words[index + size - 1][0]
            ):
                passing_told = name == _PASSING and (
                    _COMPARED.search(text, 0, words[index][0])
                    or _ONLY_EXPECTED.search(text, 0, words[index][0])
                    or (index + size < len(norms) and norms[index + size] in _AN_EVENT)
                    # a question whether it is normal: "Is that normal when you're thin?"
                    or asked_if_fine(text, words[index][0])
                )
                if (
                    not passing_told
                    and not (
                        norms[index + size - 1] == "than"
                        and _THE_OTHER_SIDE.match(" ".join(norms[index + size :]))
                    )
                    and not (name == _WORSENING and _over_an_outing(text, words, norms, index, index + size))
                ):
                    found.append((words[index][0], words[index + size - 1][1], name))
                after = index + size
                break
    return found


# Weaker or more numb over a long walk, a drive or a shift is a loss that comes with the doing
# (and most often goes after it), not one that grows from day to day ("my right leg gets weaker over
# a long walk, then fine after I sit", "My foot goes more numb over a long drive": a review,
# rev106); not "over a long period", "over a few weeks"
_WORSENING = "worsening"
_OUTING = compile_pattern(
    r"(?:over|during|on|in) (?:a|an|the|my) (?:long |longer |big |whole )?"
    r"(?:walk|walks|drive|drives|run|runs|ride|rides|hike|shift|journey|flight|trip|session|game|match)\b"
)
_OUTING_REACH = 5  # words from the "over" to the outing's ("over a long walk")
_OVER = frozenset({"over", "during", "on", "in"})


def _over_an_outing(
    text: str, words: Sequence[tuple[int, int, str]], norms: Sequence[str], first: int, last: int
) -> bool:
    """True when the worsening at words ``first`` to ``last`` (not included) is said over a
    walk, a drive or a shift (`_OUTING`), in its clause."""
    # from the "over" a worsening may end with ("more numb over a"), or the word after it
    start = next((k for k in range(first, last) if norms[k] == "over"), last)
    if start >= len(norms) or norms[start] not in _OVER:
        return False  # most worsenings
    end = last
    while end < min(len(words), start + _OUTING_REACH) and not _CLAUSE_PUNCTUATION.search(
        text, words[end - 1][1], words[end][0]
    ):
        end += 1
    return _OUTING.match(" ".join(norms[start:end])) is not None


# "weaker than my right", "less feeling than the other leg": one side against the other, no
# worsening
_THE_OTHER_SIDE = compile_pattern(r"(?:my |the )?(?:right|left|other|good)\b")
# An exertion told as a comparison is no cause that passes: "my legs feel heavy and weak, like
# I've run a marathon but I haven't".
_PASSING = "passing"
# ... nor a sport or an outing named as what an event that injures happened at: "after a skiing
# accident", "after my rugby injury", "after a cycling crash"
_AN_EVENT = frozenset({"accident", "accidents", "injury", "injuries", "crash", "collision", "fall", "tackle"})
_COMPARED = compile_pattern(
    r"\b(?:like|as\s+if|as\s+though)\s+i\s*['\u2019]?\s*(?:ve|d|had|have)\s+(?:just\s+|been\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# ... nor one only expected: "the epidural was meant to wear off after a few hours"
_ONLY_EXPECTED = compile_pattern(
    r"\b(?:(?:supposed|meant|expected)\s+to|should(?:\s+have|\s+of|ve)?)\s+$", re.IGNORECASE
)


# "Is that normal after surgery?", "numb down there, is it ok after an epidural?": a question
# whether a state is fine after a procedure, not a lost feeling told to pass ("fine after I stood
# up?", "is that ok after a couple of minutes?" tell it passed, then ask).
_ASKS_IF_FINE = compile_pattern(
    r"\b(?:is|are|was|were)\s+(?:that|this|it|they|these|those)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_FINE_AFTER_A_PROCEDURE = compile_pattern(
    r"(?:normal|fine|ok|okay|alright|all\s+right)\s+(?:after|following|since)\s+(?:an?\s+|the\s+|my\s+|your\s+)?"
    r"(?:back\s+|spinal\s+|spine\s+|disc\s+|hip\s+)?(?:surgery|operation|op|procedure|"
    # (not a spinal or an epidural: numb "an hour ago, is that normal after a spinal?" is expected)
    r"discectomy|microdiscectomy|fusion|decompression|laminectomy|birth|delivery|c-?section|caesarean)\b",
    re.IGNORECASE,
)


# ... or for anyone in a state: "Is that normal when you're thin?"
_NORMAL_FOR_ANYONE = compile_pattern(
    r"(?:normal|fine|ok|okay|alright|all\s+right)\s+when\s+(?:you|u|ur|youre|you['\u2019]re|people|someone|one)\b",
    re.IGNORECASE,
)


def asked_if_fine(text: str, start: int) -> bool:
    """True when the state at ``start`` is what a question asks about: whether it is normal after
    a procedure ("is that normal after surgery?") or for anyone ("is that normal when you're
    thin?").

    >>> asked_if_fine("Numb since yesterday, is that normal after surgery?", 30)
    True
    >>> asked_if_fine("Numb since the op, is it ok after a couple of minutes?", 25)
    False
    >>> asked_if_fine("My leg went numb, normal again after a minute.", 18)
    False
    >>> asked_if_fine("Pulsing in my tummy. Is a pulse there normal when you're thin?", 38)
    True
    """
    close = SENTENCE_END.search(text, start)
    return (
        close is not None
        and close.group() == "?"
        and (
            _NORMAL_FOR_ANYONE.match(text, start) is not None
            or (
                _FINE_AFTER_A_PROCEDURE.match(text, start) is not None
                and _ASKS_IF_FINE.search(text[max(0, start - 40) : start]) is not None
            )
        )
    )


# A comparative said twice ("feebler and feebler", "further and further") or said against an
# earlier time ("more dead than the day before") tells that something grows worse, whatever
# the word; not of getting better ("better and better", "easier than yesterday").
_IMPROVING = frozenset({"better", "easier", "lighter", "fewer", "smaller", "quieter", "calmer", "looser"})
_EARLIER = (
    ("the", "day", "before"),
    ("the", "week", "before"),
    ("yesterday",),
    ("last", "week"),
    ("before",),
    ("it", "was"),
    ("they", "were"),
    ("a", "week", "ago"),
    ("last", "month"),
    ("at", "first"),
)


def _comparative(norm: str) -> bool:
    return len(norm) > 4 and norm.endswith("er") and norm not in _IMPROVING


_NOW_WORDS = frozenset({"today", "now", "tonight", "still"})


def _compared_from(norms: Sequence[str], than: int) -> int | None:
    """Where the comparison before "than" at ``than`` starts: "more dead than", "weaker than",
    "worse today than"; None when there is none, or it tells of getting better."""
    end = than - 1
    if end >= 0 and norms[end] in _NOW_WORDS:
        end -= 1  # "worse today than it was yesterday"
    if end < 0 or norms[end] in _IMPROVING:
        return None
    if end >= 1 and norms[end - 1] == "more":
        return end - 1
    return end if norms[end] == "worse" or _comparative(norms[end]) else None


def _growing(
    text: str, words: Sequence[tuple[int, int, str]], norms: Sequence[str]
) -> list[tuple[int, int, str]]:
    """``(start, end, "worsening")`` for each comparative said twice or against an earlier time."""
    found: list[tuple[int, int, str]] = []
    for index, norm in enumerate(norms):
        if norm == "and" and 0 < index < len(norms) - 1:
            before, after = norms[index - 1], norms[index + 1]
            if before == after and _comparative(before):
                found.append((words[index - 1][0], words[index + 1][1], "worsening"))
        elif norm == "than" and (first := _compared_from(norms, index)) is not None:
            rest = tuple(norms[index + 1 : index + 4])
            for earlier in _EARLIER:
                if rest[: len(earlier)] == earlier:
                    last = index + len(earlier)
                    if not _CLAUSE_PUNCTUATION.search(text, words[first][1], words[last][0]):
                        found.append((words[first][0], words[last][1], "worsening"))
                    break
    return found


# A time course told in one sentence, an earlier time then "now" then more of it: "the numb patch
# was the size of a coin last week, now it covers half my lower leg", "only in my toes last week,
# now it has come till my knee", "a bit numb last week and now the whole lower leg is numb". What
# has grown is worse (not "now it's fine": no word of more follows).
_GROWN_SINCE = compile_pattern(
    r"\b(?:last\s+(?:week|night|month)|(?:a|one|two|three|four|five|six|few|couple\s+of|\d+)\s+(?:days?|weeks?|months?)\s+ago|"
    r"yesterday|at\s+first|to\s+(?:begin|start)\s+with|the\s+other\s+day|first\s+(?:my|it|the|just|only))\b"
    r"[^.!?]{0,120}?\bnow\b[^.!?]{0,60}?"
    r"\b(?:whole|covers?|covering|all\s+the\s+way|up\s+to|till|until|reached|reaches|come\s+up|has\s+come|"
    r"spread\w*|half|rest\s+of|creep\w*|crept|further|higher|bigger|as\s+well|too|worse|weaker)\b",
    re.IGNORECASE,
)


# ... or with "now" opening the next sentence, where that sentence says the loss itself and
# how far it has gone ("Last week it was just my big toe that was numb. Now the whole front of
# my shin is numb too"; not "Yesterday my foot was numb. Now my back hurts as well").
_GROWN_BY_THE_NEXT_SENTENCE = compile_pattern(
    r"\b(?:last\s+(?:week|night|month)|(?:a|one|two|three|four|five|six|few|couple\s+of|\d+)\s+(?:days?|weeks?|months?)\s+ago|"
    r"yesterday|at\s+first|to\s+(?:begin|start)\s+with)\b[^.!?]{0,120}?[.!?]+\s+now\b"
    r"(?=[^.!?]{0,80}?\b(?:numb\w*|tingl\w*|pins\s+and\s+needles|weak\w*|dead|can[\u2019']?t\s+feel)\b)"
    r"[^.!?]{0,60}?\b(?:whole|covers?|covering|all\s+the\s+way|up\s+to|till|until|reached|reaches|come\s+up|"
    r"has\s+come|spread\w*|half|rest\s+of|creep\w*|crept|further|higher|bigger|worse|weaker)\b",
    re.IGNORECASE,
)


# ... or an ability had then and lost now: "Last week I could still walk on my heels, now my
# left foot just flops" (what is lost is worse)
_LOST_SINCE = compile_pattern(
    r"\b(?:last\s+(?:week|night|month)|(?:a|one|two|three|four|five|six|few|couple\s+of|\d+)\s+(?:days?|weeks?)\s+ago|"
    r"yesterday)\s*,?\s+i\s+could(?:\s+still)?\b[^.!?]{0,80}?\bnow\b"
    # a loss named in the clause of "now" (not "now I can lift it again", "now the feeling is
    # coming back", "now I still can")
    r"(?![^.!?,;]{0,60}?\b(?:again|still|coming\s+back|returning|i\s+can)\b)"
    r"[^.!?,;]{0,60}?\b(?:flops?|flopping|drags?|dragging|gives?\s+way|giving\s+way|can[\u2019']?t|cannot|"
    r"won[\u2019']?t|numb|dead|weak)\b",
    re.IGNORECASE,
)


# ... or a loss said now, then what it was at an earlier time ("now the side of my foot is numb, it
# was just tingly last week"): more now than then
_GROWN_FROM_LESS = compile_pattern(
    r"\bnow\b[^.!?]{0,60}?\b(?:numb\w*|weak\w*|dead|can[\u2019']?t\s+feel)\b"
    r"(?=[^.!?]{0,20}?\b(?:it|they)\s+(?:was|were)\s+(?:just|only)\s+[^.!?]{0,40}?"
    r"\b(?:last\s+(?:week|night|month)|yesterday|(?:a|one|two|three|four|five|few|couple\s+of|\d+)\s+(?:days?|weeks?)\s+ago)\b)",
    re.IGNORECASE,
)


# ... and not one that tells of less now: "now the numbness has gone and only my back aches as well"
_LESS_NOW = compile_pattern(
    r"\bnow\b.*\b(?:gone|better|fine|eased|easing|improv\w*|less|only|normal|cleared|settled|fading|faded)\b",
    re.IGNORECASE | re.DOTALL,
)


# A word each earlier time of the patterns above holds ("last week", "two days ago", "to begin
# with", "the other day")
_EARLIER_WORDS = ("last", "ago", "yesterday", "first", "begin", "start", "other")


def _grown_since(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "worsening")`` for each time course that tells of more now than before."""
    lowered = lower_case(text)
    if lowered is None:  # a character that folds to a letter: only the "now" gate is sure
        if "now" not in text.lower():
            return []
    elif "now" not in lowered or not any(word in lowered for word in _EARLIER_WORDS):
        return []  # each pattern needs "now" and a word of an earlier time
    grown = (
        m
        for pattern in (_GROWN_SINCE, _GROWN_BY_THE_NEXT_SENTENCE, _LOST_SINCE, _GROWN_FROM_LESS)
        for m in pattern.finditer(text)
        if not _LESS_NOW.search(m.group())
    )
    return [(m.start(), m.end(), "worsening") for m in grown]


# A time said first, then that it is worse by it: "Each day it's a bit worse", "every morning
# they're weaker" (the time after: "worse every day", in [[modifiers_combined]])
_WORSE_EACH_TIME = compile_pattern(
    r"\b(?:each|every)\s+(?:single\s+)?(?:day|week|morning)\s*,?\s+(?:it|they)"
    r"(?:[\u2019']?s|\s+is|\s+are|[\u2019']?re|\s+gets?|\s+seems?|\s+feels?)\s+"
    r"(?:(?:a\s+)?(?:bit|little|touch|tad|lot)\s+|slightly\s+|even\s+|noticeably\s+)?"
    r"(?:worse|weaker|number|more\s+numb)\b",
    re.IGNORECASE,
)


def _worse_each_time(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "worsening")`` for each time said with its worsening after it."""
    lowered = text.lower()
    if "each" not in lowered and "every" not in lowered:
        return []
    return [(m.start(), m.end(), "worsening") for m in _WORSE_EACH_TIME.finditer(text)]


# A word of a phrase may be misspelt by about one letter when it is this long or longer
# ("pins and needels").
_PHRASE_TYPO_LENGTH = 6
_PHRASE_TYPO_SCORE = 85.0


def _misspelling_anchor(key: tuple[str, ...], i: int) -> tuple[str, int, str]:
    """The words a run of words shares with the phrase ``key`` when it spells it with the
    long word at ``i`` misspelt: the phrase's first word with its second (at 1: the misspelt
    word comes later), or with its third (at 2: the second is misspelt); for a phrase of
    two words, its first alone (at 0, ""). (`_misspellable` looks these up.)"""
    if len(key) == 2:
        return (key[0], 0, "")
    if i == 1:
        return (key[0], 2, key[2])
    return (key[0], 1, key[1])


_NO_SIZES: frozenset[int] = frozenset()


def _misspellable(
    anchors: Mapping[tuple[str, int, str], frozenset[int]], norms: Sequence[str], index: int
) -> frozenset[int]:
    """The lengths of the phrases the words at ``index`` may spell with one word misspelt
    (see `_misspelling_anchor`); for any other length `_misspelt_phrase` surely finds none."""
    first = norms[index]
    sizes = anchors.get((first, 0, ""), _NO_SIZES) | anchors.get((first, 1, norms[index + 1]), _NO_SIZES)
    if index + 2 < len(norms):
        sizes |= anchors.get((first, 2, norms[index + 2]), _NO_SIZES)
    return sizes


@functools.cache
def _phrases_but_one_word(first: str) -> dict[tuple[tuple[str, ...], int], tuple[tuple[str, ...], ...]]:
    """Of the phrases that open with ``first``: (a phrase with its word at ``i`` left out,
    ``i``) -> the phrases it is, for each long word after the first: the phrases a text may
    spell with that word misspelt are found with one look-up per word instead of comparing
    every phrase that starts the same way. (Made for a first word when a text asks: a new
    process seldom needs more than a few.)"""
    grouped: dict[tuple[tuple[str, ...], int], list[tuple[str, ...]]] = {}
    for key in _phrase_indexes().misspellable.get(first, ()):
        for i in range(1, len(key)):
            if len(key[i]) >= _PHRASE_TYPO_LENGTH:
                grouped.setdefault(((*key[:i], *key[i + 1 :]), i), []).append(key)
    return {k: tuple(v) for k, v in grouped.items()}


@functools.lru_cache(maxsize=65536)
def _misspelt_phrase(norms: tuple[str, ...]) -> tuple[str, ...] | None:
    """The meaning of the phrase ``norms`` spells with one long word misspelt, if exactly one."""
    but_one = _phrases_but_one_word(norms[0])  # (the word left out is never the first)
    found = [
        key
        for i in range(1, len(norms))
        # a word of five letters or fewer is never close enough to a word of six or more
        if len(norms[i]) >= _PHRASE_TYPO_LENGTH - 1 and norms[i].isalpha()
        for key in but_one.get(((*norms[:i], *norms[i + 1 :]), i), ())
        if norms[i] != key[i] and norms[i][0] == key[i][0] and _ratio(norms[i], key[i]) >= _PHRASE_TYPO_SCORE
    ]
    return language().phrases[found[0]] if len(found) == 1 else None


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # imported only when a word may be misspelt

    return float(fuzz.ratio(a, b))


def import_matchers() -> None:
    """Import the stemmer and the typo matcher now (each is imported on first use)."""
    from rapidfuzz import fuzz  # noqa: F401

    _stemmer()


def names_only_places(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` (at least one) name only places, as a subject listed before "and my"
    does ("my hips" of "My hips and my legs are fine").

    >>> names_only_places(tokenize("my left hip")), names_only_places(tokenize("my hip hurts"))
    (True, False)
    """
    places = language().places_after_and
    return bool(tokens) and all(token.norm in places for token in tokens)


_ANSWERED_NO = frozenset({"no", "nope", "nah"})


def _a_break_between(text: str, start: int, end: int) -> bool:
    """True when punctuation that ends a clause stands in ``text[start:end]`` (`clause_ends`:
    "Bladder: no feeling" is read as one phrase)."""
    return any(_ends_a_clause(text, m.start()) for m in _CLAUSE_PUNCTUATION.finditer(text, start, end))


def clause_ends(text: str) -> list[int]:
    """Offsets of the punctuation in ``text`` that ends a clause: not the colon of a form's
    field whose value says where or how ("Weakness: both legs" is weakness in both legs), and
    the brackets of an aside that says the writer is fine ("hit by a car (I'm fine) but ...")."""
    ends = [m.start() for m in _CLAUSE_PUNCTUATION.finditer(text) if _ends_a_clause(text, m.start())]
    if "(" in text:
        asides = [at for m in _AN_ASIDE.finditer(text) for at in (m.start(), m.end() - 1)]
        if asides:
            return sorted({*ends, *asides})
    return ends


# An aside in brackets that says the writer is fine: "hit by a car last week (I'm fine-ish!!)
# but now my back hurts" does not deny the car. (Only this aside: a review found a subject, a
# denial or a time cut off from what it reaches by others: "My friend (she is 50) has ...",
# "No numbness (I checked) or tingling", "a car crash (it was 15 years ago)".)
# ... or that someone or something else came to no harm: "fell down the stairs carrying the baby
# (shes fine) and landed on my lower back" (not "(legs fine)": the writer's own).
_AN_ASIDE = compile_pattern(
    r"\((?=\s*(?:(?:i\s*(?:am|['\u2019]m)|im)\s+|"
    r"(?:s?he|they|both|(?:the|my|our)\s+(?:baby|son|daughter|kids?|child|children|toddler|dog|cat|puppy|"
    r"horse|wife|husband|partner|mum|mom|dad|car|bike))\s*(?:['\u2019]?s\s+|['\u2019]re\s+|\s+(?:is|was|are|were)\s+|\s+))"
    r"(?:totally\s+|completely\s+|perfectly\s+|all\s+)?(?:fine|ok|okay|alright|all\s+right|good|grand|unhurt|uninjured|unharmed)\b)"
    r"[^()]{1,60}\)",
    re.IGNORECASE,
)


def _ends_a_clause(text: str, at: int) -> bool:
    return not (
        (text[at] == ":" and (_a_fields_colon(text, at) or _FOR_SOMEONE.search(text, max(0, at - 40), at)))
        # (only a colon or the space before a dash can part a label from its state)
        or ((text[at] == ":" or text[at].isspace()) and _a_function_said_fine(text, at))
    )


def _a_function_said_fine(text: str, at: int) -> bool:
    """True when the colon or dash at ``at`` parts a body function's label opening the text or
    a sentence from a state said of it as usual ("Bladder: fine", "Bowels - normal"): the
    label and its state are one clause, read together as the function working
    (``normal_state``)."""
    start = max(0, at - _FUNCTION_LABEL_REACH)
    return any(
        m.start("mark") <= at < m.end("mark") for m in _A_FUNCTION_SAID_FINE.finditer(text, start, at + 40)
    )


# A body function's label and its usual state: "Bladder: fine", "Waterworks - ok", "Temp: normal"
# (a review of forms' answers found the colon parting them, so neither was read: the 55th note)
_FUNCTION_LABEL_REACH = 20
_A_FUNCTION_SAID_FINE = compile_pattern(
    r"(?:^|(?<=[.\n;!?,]))\s*(?:my\s+)?(?:bladder|bowels?|waterworks|urine|urination|urinating|wee|weeing|pee|peeing|stools?|poo|pooing|motions|"
    r"temp|temperature)(?P<mark>\s*:|\s+[-\u2013\u2014]\s)\s*(?:(?:all|totally|completely|perfectly|seems?|still)\s+)?"
    r"(?:fine|ok|okay|normal|good|grand|alright|all\s+right|unaffected|unchanged|regular|working|functioning|"
    r"behaving)\b"
    # ... the state ending the field: the text's or the sentence's end, or the next field
    # ("Bladder: fine, bowels: fine"); not trouble told after it ("Bladder: ok, bit of leaking
    # when I cough", "Wee: fine, only a trickle though", "Temp - fine by day, spikes at night":
    # a hunt, rev96)
    r"(?=\s*(?:$|[.;!?\n]|,\s*(?:my\s+)?[a-z]+\s*(?::|\s[-\u2013\u2014]\s)))",
    re.IGNORECASE,
)


# A heading that says whose the answers after it are: "For my dad: saddle numbness - yes",
# "Filling this in for my mum: ...", "Re my husband:" (a review, rev76): the colon ends nothing,
# so the person named reaches what follows.
_FOR_SOMEONE = compile_pattern(
    r"\b(?:for|about|re|regarding|on\s+behalf\s+of)\s+(?:my|our)\s+(?:\w+\s+)?(?:dad|father|mum|mom|mother|"
    r"husband|wife|partner|son|daughter|brother|sister|nan|gran|grandma|grandad|grandpa|grandmother|"
    r"grandfather|child|boy|girl|aunt|uncle|friend|patient|client|stepdad|stepmum)\s*$",
    re.IGNORECASE,
)


# A form's field whose value tells where or how, not an answer: "Weakness: both legs", "Pain:
# down my left leg"; not "Numbness: no", "Red flags: ...".
_FIELDS = frozenset({"numbness", "weakness", "tingling", "pain", "sensation", "power", "strength", "feeling"})
# ... and a field of a function or a place whose value says what it does: "Bowels: no control",
# "Bladder: no feeling", "Saddle area: numb" (not "Bladder: no", "Bowels: fine")
_FUNCTION_FIELDS = frozenset(
    {"bladder", "bowels", "bowel", "waterworks", "saddle", "area", "groin", "genitals", "legs", "feet", "bum",
     # "Urine: leaking since yesterday" (not "Walking: hard to find the time")
     "urine", "urination", "wee", "pee", "peeing", "weeing", "urinating", "stool", "stools", "poo", "pooing",
     "sex", "erections",
     # "Urinary sx: leaked without knowing twice today" (a review, rev76)
     "sx", "symptoms",
     # "Weight: lost a bit" (a review of terse answers, rev94; not "Weight: stable", no finding)
     "weight"}
)  # fmt: skip
_A_LOSS = compile_pattern(r"\s*(?:no|nil)\s+(?:control|feeling|sensation|power|strength)\b", re.IGNORECASE)
# (a place may name the field: "Leg pain: both sides, down the back of both thighs": a review, rev76)
_A_FIELDS_LABEL = compile_pattern(
    r"(?:^|[.\n])\s*(?:(?P<place>saddle|leg|legs|back|buttock|bum|hip|foot|feet|urinary|bladder|bowel)\s+)?([a-z]+)\s*$",
    re.IGNORECASE,
)
_LABEL_REACH = 30  # characters before the colon in which the label is looked for
_AN_ANSWERS_START = compile_pattern(
    r"\s*(?:(?:yes|yeah|yep|no|not|nope|none|nil|normal|fine|ok|okay|good|nothing|never|absent|present|negative|"
    r"positive|denies|unchanged|same|n/?a)\b|[^a-z\s])",
    re.IGNORECASE,
)


def _a_fields_colon(text: str, colon: int) -> bool:
    """True when the colon at ``colon`` follows a field's one-word label opening the text or a
    sentence ("Weakness:") and a value that is no answer comes after it ("both legs")."""
    label = _A_FIELDS_LABEL.search(text, max(0, colon - _LABEL_REACH), colon)
    if label is None or colon + 1 >= len(text):
        return False
    name = label.group(2).lower()
    place = label.group("place")
    if place is not None and place.lower() != "saddle" and name not in _PLACED_FIELDS:
        return False  # "Leg numbness: both legs and around my bum" (a place of its own after)
    if (place is not None or name in _FUNCTION_FIELDS) and _SOMEONE_ELSES.match(text, colon + 1):
        # "Urinary sx: dad can't pee since yesterday", "Bladder: he'd lost control": theirs (reviews
        # rev77, rev79); not "Numbness: dad noticed, his legs are numb", whose label the person's
        # words go on with
        return False
    answered = _AN_ANSWERS_START.match(text, colon + 1) is not None
    # (a function's loss reads like an answer: "Bowels: no control")
    lost = name in _FUNCTION_FIELDS and _A_LOSS.match(text, colon + 1) is not None
    return (name in _FIELDS or name in _FUNCTION_FIELDS or name in _PLACE_FIELDS) and (not answered or lost)


# ... and a field of a place or of sitting whose value tells how it hurts: "Hip: sore going
# upstairs", "Sitting: agony after 10 min" (a review of forms, rev111; not "Knee: fine", an
# answer; nor "Walking: struggling to find time", how much is walked: a hunt, rev36b)
_PLACE_FIELDS = frozenset(
    {"hip", "hips", "knee", "knees", "buttock", "buttocks", "thigh", "thighs", "leg", "foot", "groin",
     "sitting"}
)  # fmt: skip


def names_a_findings_field(text: str, colon: int) -> bool:
    """True when the colon at ``colon`` ends the label of a field of findings that opens the
    text or a sentence ("Weakness:", "Saddle area:", "Urinary sx:"; not "Hx:", "Name:").

    >>> names_a_findings_field("Bladder: leaking", 7), names_a_findings_field("Hx: cancer", 2)
    (True, False)
    """
    label = _A_FIELDS_LABEL.search(text, max(0, colon - _LABEL_REACH), colon)
    name = "" if label is None else label.group(2).lower()
    return name in _FIELDS or name in _FUNCTION_FIELDS


# The labels a place may name ("Leg pain:", "Leg weakness:", "Urinary sx:"; not "Leg numbness:",
# whose value may name a place of its own), and a value that opens with someone else.
_PLACED_FIELDS = frozenset({"pain", "weakness", "power", "strength", "sx", "symptoms"})
_SOMEONE_ELSES = compile_pattern(
    r"\s*(?:(?:my|our|the)\s+)?(?:dad|mum|mom|mam|father|mother|husband|hubby|wife|son|daughter|partner|nan|"
    r"gran|grandma|grandad|brother|sister|he|she|his|her|they|their)(?:['\u2019]?s)?\b",
    re.IGNORECASE,
)
