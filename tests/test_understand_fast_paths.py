"""The quick paths of the reader find exactly what the plain ones do."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from painkb import _lazy_re
from painkb.understand import lexicon, quantities, words
from painkb.understand.words import figures_of_speech, language

_FIGURES = [
    "My boss is a PAIN IN THE NECK",
    "Came Back from work and my back hurts",
    "I\u2019m BACK to square one, laughing so hard I nearly wet myself",
    "He\u2019s got my back, bum went numb but woke up",
    "Kelvin \u212aick up the backside, \u0130t \u017fucks, \u0131tching to",
    "caf\u00e9 \u2013 BOTTOM shelf \u2014 back then",
]


def _plain(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """What the case-insensitive pattern finds in ``text`` as it is."""
    found = []
    for match in language().figurative.finditer(text):
        masked = match.span()
        for name, value in match.groupdict().items():
            if value is not None and name.startswith("mask"):
                masked = match.span(name)
        found.append((match.span(), masked))
    return found


def test_figures_of_speech_read_in_lower_case_are_the_same() -> None:
    assert language().figurative.in_lower_case() is not None
    for text in _FIGURES:
        assert figures_of_speech(text) == _plain(text), text


_PARTS = [*" ".join(_FIGURES).split(), "\u212a", "\u0130", "\u00c9", ",", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=12))
def test_figures_of_speech_match_the_case_insensitive_pattern(parts: list[str]) -> None:
    text = " ".join(parts)
    assert figures_of_speech(text) == _plain(text)


def test_a_pattern_that_case_would_change_is_never_read_in_lower_case() -> None:
    assert _lazy_re.case_free(r"\bback\s+(?P<mask>off)\b(?!\s+\w)")
    for pattern in (r"\bBack", r"(?i)back", r"\x41", r"caf\u00c9", "\u00e9", r"\N{LATIN SMALL LETTER A}"):
        assert not _lazy_re.case_free(pattern), pattern
    assert _lazy_re.LazyPattern("back").in_lower_case() is None  # already case-sensitive
    assert _lazy_re.LazyPattern("back", re.I | re.ASCII).in_lower_case() is None


@settings(max_examples=500, deadline=None)
@given(st.text("abcdeilnorstu", min_size=5, max_size=14), st.text("abcdeilnorstu", min_size=3, max_size=16))
def test_a_word_left_out_before_scoring_would_score_below_the_cutoff(a: str, b: str) -> None:
    from rapidfuzz import fuzz

    if not lexicon._may_be_close(a, b):
        assert fuzz.ratio(a, b) < lexicon._FUZZY_CUTOFF


def test_a_pattern_opening_with_a_digit_is_tried_only_at_word_starts() -> None:
    assert words._opens_with_a_letter(r"\b\d+(?:[.,]\d+)?\s*foot\b|\bback\b")
    assert words._opens_with_a_letter(r"\b(?:\w+ly|six)\s+feet")
    assert words._opens_with_a_letter(r"(?<!my\s)back|(?:over\s+)?a\s+year")
    for pattern in (r"\d?x", r"\w*back", r"\s+back", r"[0-9]+ foot", r"(?:a)?", r"(?:a)?\s", r"(?<!x)?a"):
        assert not words._opens_with_a_letter(pattern), pattern
    quick = language().figurative.in_lower_case()
    assert quick is not None
    assert quick.compiled.pattern.startswith(r"(?=\w)")


def test_tokens_are_the_same_whichever_word_was_seen_first() -> None:
    text = "Pins and needels in my BUM, can't pee, AS flare, backache couldnt feel"
    first = [(t.start, t.end, t.text, t.norm, t.key) for t in words.tokenize(text)]
    again = [(t.start, t.end, t.text, t.norm, t.key) for t in words.tokenize(text)]
    assert first == again
    assert [t.key for t in words.tokenize("backache")] == [*words.keys_of("back"), *words.keys_of("ache")]


_QUANTITIES = [
    "I'm 62, BACK pain for THREE WEEKS",
    "Aged Seventy-Two and in my Late 50s? No: 38F, my LEFT leg and my Right foot",
    "\u212aept going for 2 wks since Yesterday, I\u2019m fifty five years old",
    "Sixteen and the other leg hurts AS WELL, for the last Months",
    "TURNED 70 last week. Pain at 61, left leg fine, right leg numb",
]


def test_quantities_read_in_lower_case_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    functions = (quantities.age_in, quantities.duration_in, quantities.both_sides_in)
    quick = [[function(text) for function in functions] for text in _QUANTITIES]
    monkeypatch.setattr(quantities, "lower_case", lambda text: None)  # every pattern as written
    assert quick == [[function(text) for function in functions] for text in _QUANTITIES]


def test_the_openings_of_a_pattern_are_those_of_every_match() -> None:
    assert words._openings(r"\b(?:ab|cd)e|\b(?P<mask>xy)z") == {"ab", "cd", "xy"}
    assert words._openings(r"\bcd|(?<!x)\ba+b") == {"cd", "a"}
    assert words._openings(r"\b\d+x") == set("0123456789")
    # unsure: no word start, what may be left out, a class, a flag of its own
    for pattern in (r"ab", r"(?:\bab|cd)", r"\ba?b", r"\b(?:ab)?cd", r"\b[ab]c", r"\b(?i:ab)", r"\b\w+"):
        assert words._openings(pattern) is None, pattern
    assert words._figures_by_opening() is not None  # the bundled figures take the quick path


@settings(max_examples=300, deadline=None)
@given(st.text("abcdefghiklmnorstuwy 1-", max_size=40))
def test_a_word_list_is_found_as_its_pattern_finds_it(text: str) -> None:
    for found in (quantities._SPELLED_WORD, quantities._DURATION_WORD, quantities._SIDE_WORD):
        lowered = _lazy_re.lower_case(text)
        assert found.said_in(text, lowered) == (found._pattern.search(text) is not None)
