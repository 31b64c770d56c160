"""Age and how long something has lasted, as people state them.

>>> age_in("I'm 62 and my back hurts")
(62, (0, 6))
>>> duration_in("it has hurt for three weeks")[0].days
21
>>> duration_in("since yesterday")[0].days
1
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from painkb._lazy_re import LazyPattern, lower_case
from painkb._pattern_store import compile as compile_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["age_in", "both_sides_in", "duration_in", "durations_in", "their_age_in"]

Span = tuple[int, int]


class _AnyOf:
    """Whether a text holds any of some words (lower-case letters), in any case."""

    __slots__ = ("_pattern", "_words")

    def __init__(self, *words: str) -> None:
        self._words = words
        # (tried only where one of their first letters stands: about twice as fast)
        firsts = "".join(sorted({re.escape(word[0]) for word in words}))
        self._pattern = LazyPattern(rf"(?=[{firsts}])(?:{'|'.join(map(re.escape, words))})", re.I)

    def said_in(self, text: str, lowered: str | None) -> bool:
        """True when ``text`` holds one of the words: looked for one by one in ``lowered``
        (its `lower_case`; quicker than the pattern), else by a case-insensitive pattern."""
        if lowered is None:
            return self._pattern.search(text) is not None
        return any(word in lowered for word in self._words)


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a few": 3, "few": 3, "several": 4, "a handful of": 4,
    "half a": 0.5, "half an": 0.5, "half": 0.5,  # "pain already half year", "for half a year"
}  # fmt: skip
_UNIT_DAYS = {
    "day": 1, "week": 7, "wk": 7, "month": 30, "mth": 30, "mnth": 30, "year": 365, "yr": 365,
    "fortnight": 14,
}  # fmt: skip
# a count spelled out that may stand bare before its unit ("buttock pain three months."): not
# "a", "one" nor "half" ("once a month."), nor words that may stand inside another count
# ("few" of "after a few months")
_NOT_BARE = frozenset({"a", "an", "one", "half", "half a", "half an", "few", "couple of", "a handful of"})
_SPELLED_COUNT = (
    "(?:"
    + "|".join(
        re.escape(word).replace(r"\ ", r"\s+")
        for word in sorted(set(NUMBER_WORDS) - _NOT_BARE, key=len, reverse=True)
    )
    + r")\b"
)
_NUMBER = (
    r"(?P<number>\d{1,3}(?:\.\d)?|"
    + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
    + ")"
)
# (a pattern that opens with a count looks ahead at the characters one starts with first: the
# count's many words are then tried only there, half again as fast)
_A_COUNT_STARTS = rf"(?=[\d{''.join(sorted({word[0] for word in NUMBER_WORDS}))}])"
_UNIT = r"(?P<unit>day|week|wk|month|mth|mnth|year|yr|fortnight)s?"

# a person named after an age is the one of that age ("13 year old daughter", "80yo mum")
# The people a text names beside an age, shared by `_NOT_A_RELATIVE` and `_RELATIVE`.
_KIN = (
    "mum|mom|mam|mother|dad|father|nan|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|"
    "husband|wife|hubby|partner|brother|sister|son|daughter|kid|child|friend|neighbou?r|aunt|uncle|"
    "cousin|grandson|granddaughter"
)
_NOT_A_RELATIVE = rf"(?![\s-]+(?:{_KIN}|niece|nephew|colleague|client)s?\b)"

# A pattern that opens with looks behind may first look ahead at the characters its match can
# start with (``(?=\d)``): the looks behind are then tried only there, several times as fast.
# The opening of a text, past a greeting set apart: an age that opens a text opens it after one
# too ("G'day, 72 and never had back pain till now": a review, rev95; "Morning all, 70, ...").
_TEXT_OPENS = (
    r"^\s*(?:(?:hi|hiya|hey|hello|howdy|greetings|g['\u2019]?day|(?:good\s+)?(?:morning|afternoon|evening))"
    r"(?:\s+(?:all|everyone|everybody|folks|there|guys|doc|doctor|team|mate))?\s*[,!.:]\s*)?"
)
# ... not the weather's degrees: "Morning all, 80 and humid here in Florida", "90, sunny" (a hunt,
# rev97)
_NOT_THE_WEATHER = (
    r"(?!\s*(?:and\s+|,\s*)?(?:humid|sunny|scorching|raining|rainy|hot|cold|muggy|cloudy|windy|snowing|"
    r"freezing|warm|degrees|overcast|drizzly|pouring|sticky|baking|boiling|clear|dry|wet|stormy|chilly)\b)"
)
# Years opening a text (40 or more), alone before a stop or a comma, are the writer's age, not
# a duration: "72 yrs. back pain new. no fall.", "45 years, LBP 3 wks"
_OPENING_AGE = LazyPattern(_TEXT_OPENS + r"(?P<age>[4-9]\d)\s*(?:yrs?|years?)(?:\s+old)?\s*(?=[.,;]|$)", re.I)
_AGE_PATTERNS = (
    LazyPattern(
        # ("I am now 71"; as a form is filled in: "age: 58", "Name: Joy. Age - 62", not another
        # kind of age or another's: "metabolic age: 38", "in this day and age - 6 people ahead of
        # me", "My mum, age: 84", "my dog (age: 14)")
        # (not an age felt: "I'm only 24 and feel like I'm 80 getting out of bed")
        # (a filler "like" keeps it: "so like i'm 16 and my back started hurting")
        r"(?:(?<!feel\slike\s)(?<!feels\slike\s)(?<!felt\slike\s)(?<!look\slike\s)(?<!looks\slike\s)(?<!as\sif\s)"
        r"(?<!as\sthough\s)\b(?:i\s*['\u2019]?\s*a?m|i\s+am|age|aged|my\s+age\s+is)\s+"
        r"|(?:^|[.!?]\s*)(?:my\s+)?age\s*[:=-]\s*)(?:now\s+)?(?P<age>\d{1,3})\b"
        r"(?!\s*(?:[.,]\d|['\u2019\u2032\"]\s*\d|%|kg|lb|st\b|cm|ft|foot|feet|mg|weeks?|days?|months?|years?\s+(?:ago|into|since)"
        r"|hours?|minutes?|times?|x\b|miles?|km|steps|pounds|stone))",
        re.I,
    ),
    # Not "my 15 year old son", nor "13 year old daughter has back pain": someone else's age.
    LazyPattern(
        r"(?=\d)"
        # (nor a bound of ages in general: "anyone over 50 years of age with new back pain should
        # see a GP", a leaflet's words: a hunt, rev96; "I'm over 50" is read below)
        r"(?<!\bmy\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bover\s)(?<!\bunder\s)(?<!\bthan\s)"
        r"\b(?P<age>\d{1,3})\s*(?:-\s*)?(?:years?|yrs?|yr)\s*(?:-\s*)?(?:old|young|of\s+age)\b"
        + _NOT_A_RELATIVE,
        re.I,
    ),
    LazyPattern(r"(?=\d)\b(?P<age>\d{1,3})\s*(?:yo|y/o|y\.o\.)\b" + _NOT_A_RELATIVE, re.I),
    LazyPattern(
        r"\b(?:i\s*['\u2019]?\s*a?m|i\s+am|you\s+are|aged?)\s+(?:older\s+than|over)\s+(?P<over>\d{1,3})\b",
        re.I,
    ),
    LazyPattern(
        r"\b(?:i\s*['\u2019]?\s*a?m|i\s+am|you\s+are|aged?)\s+(?:younger\s+than|under)\s+(?P<under>\d{1,3})\b"
        r"(?!\s*(?:kg|lb|st\b|stone|pounds|%|miles?|km|minutes?|hours?))",
        re.I,
    ),
    # "the first time in my 58 years"
    LazyPattern(r"\bin\s+(?:all\s+)?my\s+(?P<age>[1-9]\d)\s+years\b", re.I),
    # the writer with another, both of an age: "My wife and I are both 67", "we're both 70"
    LazyPattern(
        # (not "were": "My husband and I were both 18 when we met")
        r"\b(?:and\s+i|and\s+me|we)\s*(?:are|['\u2019]re)\s+both\s+(?P<age>[1-9]\d)\b"
        r"(?!\s*(?:%|kg|lbs?|st\b|cm|ft|mg|days?|weeks?|months?|hours?|minutes?|miles?|km))",
        re.I,
    ),
    LazyPattern(r"\bin\s+my\s+(?P<part>early|mid|late)?\s*-?\s*(?P<decade>[2-9])0\s*['\u2019]?s\b", re.I),
    # "At 71 I've ...", "At 58 this is the first time my back ...", at the start of a sentence
    # (or after "now": "and now at 67 it's started") and followed by the person speaking or
    # what they tell (not a time: "At 10 my alarm goes").
    LazyPattern(
        r"(?:^|[.!?]\s+|\bnow\s+)at\s+(?:(?P<age>\d{2})\s*,?\s+(?:i|im|i['\u2019]m|ive|i['\u2019]ve)|"
        r"(?P<age2>1[6-9]|[2-9]\d)\s*,?\s+(?:this|my|it|its|it['\u2019]s))\b",
        re.I,
    ),
    # ... or after "but", an age of 20 or more only (not a time: "fine at breakfast but at 10 I
    # bent down"): "never had a bad back before but at 71 it's started aching"
    LazyPattern(
        r"\bbut\s+at\s+(?P<age>[2-9]\d)(?:\s+years?\s+old)?\s*,?\s+(?:i|im|i['\u2019]m|ive|i['\u2019]ve|this|my|it|its|it['\u2019]s)\b"
        # (not a time of day: "fine in the morning but at 22 I went to bed")
        r"(?![^.;!?]{0,25}\b(?:bed|work|night|pm|am|oclock|o['\u2019]clock|lunch|dinner|tea)\b)",
        re.I,
    ),
    # "just turned 70", "I'll be 65 next month"; "pain at 61" (an age after "at", closing
    # a clause: not "at 4am", "at 90 degrees").
    LazyPattern(
        r"(?=[th])(?<!temp\s)(?<!temperature\s)\b(?:turned|turning|hit)\s+(?P<age>\d{2})\b"
        r"(?![.,]\d)(?!\s*(?:%|°|degrees|mph|km|miles|times))",
        re.I,
    ),
    LazyPattern(
        # (not an injury at an age: "I broke my back at 19 and it aches now and then")
        r"(?=[pbhat])(?<!broke\smy\s)(?<!hurt\smy\s)(?<!injured\smy\s)(?<!fractured\smy\s)(?<!did\smy\s)(?<!put\smy\s)"
        r"\b(?:pain|back|hurts?|aches?|trouble)\s+at\s+(?:the\s+age\s+of\s+)?(?P<age>[1-9]\d)"
        r"(?:\s+years\s+of\s+age)?\s*(?=[,.;!?]|\s+and\b|$)",
        re.I,
    ),
    # "19 and started getting back pain", "34, inject daily": a bare age opening the text.
    # (and as typed fast: "17 n my back has started hurting")
    # (not a count and a half, or one still counting: "35 and a half hours in the car", "17 and
    # counting"; "n" only before the writer: "17 n my back", not "90 n climbing")
    LazyPattern(
        _TEXT_OPENS
        + r"(?P<age>[1-9]\d)\s*(?:,|\band\b|\bn\b(?=\s+(?:my|i|im|ive|me)\b))"
        + r"(?!\s*\d)(?!\s+(?:a\s+half|counting)\b)"
        + _NOT_THE_WEATHER,
        re.I,
    ),
    # ", at 58," set apart by commas: an age (20-99), not a time ("at 10", "at 4pm").
    LazyPattern(r"(?:^|[,;]\s*)at\s+(?P<age>[2-9]\d)\s*(?=[,;])", re.I),
    # "... 69, male, smoker, never had back pain": an age with a sex, opening a sentence
    LazyPattern(r"(?:^|[.!?]\s+)(?P<age>[1-9]\d)\s*,\s*(?:male|female|man|woman|m|f)\b", re.I),
    # "38F", "45 M": an age and sex as people write them in forums (capitals only) ...
    LazyPattern(r"(?=\d)(?<![\w.])(?P<age>\d{2})\s?[MF]\b"),
    # ... or "f" in lower case opening the text, set apart, of an age that is no temperature: "17f,
    # lower back pain just started" (not "75f, too hot to sleep"; not "m": metres, "60m, then I
    # stop")
    LazyPattern(_TEXT_OPENS + r"(?P<age>1[3-9]|[2-5]\d)\s?f\s*(?:[,.;:(]|\s+here\b)", re.I),
    # ... or the sex first: "Male 74", "female, 55", "F, 55", "(m45)", "M/45"
    LazyPattern(
        r"(?=[mf])(?<!\bmy\s)\b(?:male|female|(?<![\w'\u2019])[mf](?=[\s,/:]*\d))\s*[,/:]?\s*(?P<age>[1-9]\d)\b"
        r"(?!\s*(?:[.,]\d|%|kg|lbs?|cm|km|mins?|minutes?|hours?|days?|weeks?|months?|years?\s+ago|times))",
        re.I,
    ),
    # A self-introduction opening the text: "Retired teacher, 70.", "Nan (82) here"
    LazyPattern(
        r"^\s*(?!(?:my|his|her|our|their)\b)(?:[a-z]+\s+){0,3}[a-z]+\s*(?:,\s*(?P<age>[2-9]\d)\s*[.,;]|\((?P<age2>[1-9]\d)\))",
        re.I,
    ),
    # ... or an age opening it bare: "62 with osteoporosis, never had back trouble", "70, my
    # back has started hurting"; an age's birthday: "my 60th birthday was last week"
    LazyPattern(_TEXT_OPENS + r"(?P<age>[2-9]\d)\s*(?:,(?!\s*\d)|\s+with\b)" + _NOT_THE_WEATHER, re.I),
    LazyPattern(r"\bmy\s+(?P<age>[1-9]\d)(?:st|nd|rd|th)\s+birthday\b", re.I),
    _OPENING_AGE,
)
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_TEENS = {
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_SPELLED = (
    rf"(?P<tens>{'|'.join(_TENS)})(?:[\s-]+(?P<units>{'|'.join(_UNITS)}))?\b|(?P<teen>{'|'.join(_TEENS)})\b"
)
# An age spelled out: "I'm seventy-two", "a sixty five year old", "aged forty".
_SPELLED_AGE = (
    LazyPattern(
        rf"\b(?:i\s*['\u2019]?\s*a?m|i\s+am|aged?|turned|turning)\s+(?:{_SPELLED})(?![\s-]+(?:years?\s+ago|times|minutes|hours|days|weeks|months|percent))",
        re.I,
    ),
    LazyPattern(
        rf"(?<!\bmy\s)(?<!\bhis\s)(?<!\bher\s)\b(?:{_SPELLED})[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b",
        re.I,
    ),
    LazyPattern(rf"^\s*(?:{_SPELLED})\s*(?:,|\band\b)", re.I),
)
_DECADE_OFFSET = {"early": 2, "mid": 5, "late": 8, None: 5}
_DIGIT = LazyPattern(r"\d")
_SPELLED_WORD = _AnyOf(*_TENS, *_TEENS)

# Each pattern with the words one of which is in every match it makes (in lower case; a _UNIT is
# one of _UNIT_DAYS): a text without any is not read with it (most texts say a unit; fewer say
# "since", a plural unit, "last" or "past", or a "/").
_UNIT_WORDS = tuple(_UNIT_DAYS)
_DURATION_PATTERNS: tuple[tuple[tuple[str, ...], LazyPattern], ...] = (
    (
        _UNIT_WORDS,
        LazyPattern(
            # "since 2 years", "from 3 months" are how many people say "for" (Indian English).
            # "it's been there a month", "been going 5 weeks"
            # "going on six months my back has locked up", "coming up to a year"
            # "My bottom pain is 2 month" (a learner's English)
            rf"\b(?:for|past|last|over|almost|nearly|about|around|than|since|from|already|going\s+on|coming\s+up\s+to|"
            rf"(?:pain|ache|aching|sciatica)\s+is|"
            rf"been(?:\s+there|\s+going(?:\s+on)?|\s+like\s+(?:this|that))?)\s+(?:the\s+)?(?:past\s+|last\s+)?"
            # the filler "like" of an estimate, or a lower bound: "my glute has been sore for like a
            # month", "has been like this for at least 6 months"
            # ... and a half more, either side of the unit: "for one and a half months", Indian
            # English "for almost one and half months", "for a month and a half"
            rf"(?:like\s+|at\s+least\s+|well\s+over\s+|a\s+good\s+)?{_NUMBER}(?P<half>\s+and\s+(?:a\s+)?half)?\s+{_UNIT}\b"
            r"(?:(?P<half_after>\s+and\s+a\s+half)\b)?(?!\s+(?:old|of\s+age))",
            re.I,
        ),
    ),
    # "a month ago I could walk a mile" compares, it does not date the pain.
    (
        _UNIT_WORDS,
        LazyPattern(
            rf"{_A_COUNT_STARTS}\b{_NUMBER}\s+{_UNIT}\s+"
            r"(?:ago(?!\s*,?\s*(?:i|we)\s+(?:could|was\s+able|used\s+to|would)\b)|now|so\s+far|"
            r"running|on)\b",
            re.I,
        ),
    ),
    # "I've had 2 months of pain deep in my buttock", "three weeks of back pain"
    (
        _UNIT_WORDS,
        LazyPattern(
            rf"{_A_COUNT_STARTS}\b{_NUMBER}\s+{_UNIT}\s+of\s+"
            r"(?:(?:this|the|my|constant|bad|non[\s-]?stop|deep|dull|nagging|sharp|severe)\s+)?"
            # "six months of deep pain in my buttocks", "3 weeks of buttock pain"
            r"(?:lower\s+|low\s+)?(?:(?:back|buttock|bum|hip|glute|leg|nerve)\s*)?"
            r"(?:pain|ache|aching|agony|sciatica|backache|discomfort|hurting|stiffness)\b",
            re.I,
        ),
    ),
    # the clinical "an eight-month history of lower back pain", "a 3 week history of"
    (_UNIT_WORDS, LazyPattern(rf"{_A_COUNT_STARTS}\b{_NUMBER}[\s-]+{_UNIT}[\s-]+history\s+of\b", re.I)),
    # (and "been months now", "it's been weeks")
    # (not "it's been months now since the pain went": a time since, not of)
    (
        ("days", "weeks", "months", "years"),
        LazyPattern(
            r"\b(?:for|past|last|over|been)\s+(?P<plural>day|week|month|year)s\b(?!\s+(?:now\s+)?since)", re.I
        ),
    ),
    # one of a unit, as the time so far: "over the last month", "for the past fortnight"
    (
        ("last", "past"),
        LazyPattern(
            r"\b(?:over|for|in|during|throughout)\s+the\s+(?:last|past)\s+(?P<since>week|fortnight|month)\b",
            re.I,
        ),
    ),
    # a bare time closing a clause, as a symptom checker is typed to: "pain in left buttock
    # 2 months", "back pain 3 wks, numb foot" (not "physio in 2 weeks.", "every 4 hours.")
    (
        _UNIT_WORDS,
        LazyPattern(
            # (the count looked for first: the looks behind are tried only where one stands)
            rf"\b(?=\d|{_SPELLED_COUNT})"
            r"(?<!\bin\s)(?<!\bwithin\s)(?<!\bafter\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bnext\s)(?<!\bper\s)"
            # not an age: "I am 72 years, before never back pain"
            r"(?<!\bam\s)(?<!\bim\s)(?<!['\u2019]m\s)(?<!\bage\s)(?<!\baged\s)"
            # nor another's age or a stage ("She's 4 months.", "by 32 weeks."); "2day" is today
            r"(?<!\bis\s)(?<!\bwas\s)(?<!['\u2019]s\s)(?<!\bby\s)(?<!\bat\s)(?!2day\b)"
            rf"\b(?P<number>\d{{1,3}}|{_SPELLED_COUNT})\s*{_UNIT}(?=\s*(?:[,.;!?+]|$))",
            re.I,
        ),
    ),
    # clinical shorthand: "LBP 2/52" is two weeks, "3/7" three days, "6/12" six months (not a
    # date: "on 3/12", "3/12/2024")
    (
        ("/",),
        LazyPattern(
            r"(?=\d)(?<!\bon\s)(?<![\d/])(?P<number>\d{1,2})\s*/\s*(?P<per>7|52|12)\b(?!\s*/\s*\d)", re.I
        ),
    ),
    (
        ("since",),
        LazyPattern(
            r"\bsince\s+(?:last\s+)?(?P<since>yesterday|last\s+night|this\s+morning|today|week|month|year|christmas|the\s+weekend|"
            r"the\s+(?:start|beginning)\s+of\s+(?:last|this|the)\s+(?:week|month|year)|"
            # a season gone is months ago, the start of last month more than a month
            r"(?:(?:the\s+(?:end|start|beginning)\s+of|late|early)\s+)?(?:the\s+)?(?:summer|spring|autumn|winter)|"
            r"early\s+last\s+month)\b",
            re.I,
        ),
    ),
    # a year, counted to this one: "rods in my back since 2010", "since a car crash in 2010"
    (
        ("since",),
        LazyPattern(
            r"\bsince\s+(?:(?:the|my|a|an|our|that)\s+(?:[a-z']+\s+){1,3}?(?:in|back\s+in)\s+|"
            r"(?:about|around|early|mid|late)\s+)?(?P<year>(?:19|20)\d\d)\b(?![\d:]|\.\d)",
            re.I,
        ),
    ),
)
_SINCE_DAYS = {
    "yesterday": 1, "last night": 1, "this morning": 0.5, "today": 0.5, "week": 7,
    "month": 30, "year": 365, "fortnight": 14, "christmas": 30, "the weekend": 3,
    "the start of last week": 10, "the start of this week": 4, "the start of the week": 4,
    "the start of last month": 45, "the start of this month": 15, "the start of the month": 15,
    "the start of last year": 545, "the start of this year": 180, "the start of the year": 180,
    "summer": 90, "the summer": 90, "spring": 90, "the spring": 90, "autumn": 90, "the autumn": 90,
    "winter": 90, "the winter": 90, "early last month": 35,
}  # fmt: skip
# ... a season's start or end: "since the end of summer" is nearer than its start
_SINCE_DAYS.update(
    {
        f"{part}{the}{season}": days
        for season in ("summer", "spring", "autumn", "winter")
        for the in ("", "the ")
        for part, days in (("the end of ", 60), ("late ", 60), ("the start of ", 120), ("early ", 120))
    }
)
_PLURAL_DAYS = {"day": 3, "week": 14, "month": 60, "year": 730}
_PER_DAYS = {"7": 1, "52": 7, "12": 30}  # the days of one part of a clinical fraction
# Every duration pattern holds a unit, "since" or a "/": a text without any states none.
_DURATION_WORD = _AnyOf(*_UNIT_DAYS, "since", "started", "began", "begun", "starting")


def _fold(word: str) -> str:
    """``word`` as the ASCII key its case-insensitive match stands for: the patterns match
    U+017F (long s), U+0131 (dotless i) and U+212A (Kelvin sign) as ASCII letters."""
    return word.casefold().replace("\u0131", "i").replace("i\u0307", "i")


# "born 1958", "b. 1958", "DOB 1958", "year of birth: 1958"
_BORN = LazyPattern(
    r"(?=[bdy])\b(?:born(?:\s+in)?|b\.|d\.?o\.?b\.?:?|year\s+of\s+birth:?)\s*(?P<year>(?:19|20)\d\d)\b", re.I
)


def age_in(text: str) -> tuple[int, Span] | None:
    """The age a person states ("I'm 62", "62 years old", "in my late 50s", "born 1958": the
    age reached this year), with its span."""
    if not _DIGIT.search(text):
        return _spelled_age(text)
    born = _BORN.search(text)
    if born is not None:
        age = date.today().year - int(born.group("year"))
        if 1 <= age <= 120:
            return age, born.span()
    lowered = lower_case(text)  # the groups are read through _fold: their case is no matter
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer_lower(text, lowered):
            groups = match.groupdict()
            if groups.get("age") or groups.get("age2"):
                age = int(groups.get("age") or groups["age2"])
            elif groups.get("over"):
                age = int(groups["over"]) + 1  # "over 50": the least age that is
            elif groups.get("under"):
                age = int(groups["under"]) - 1  # "under 20": the greatest age that is
            else:
                age = int(groups["decade"]) * 10 + _DECADE_OFFSET[_fold(groups.get("part") or "") or None]
            if 1 <= age <= 120:
                return age, match.span()
    return _spelled_age(text)


_RELATIVE = rf"(?:{_KIN}|nana|mate|auntie|boyfriend|girlfriend|fiancee?|missus)(?:[\s-]in[\s-]law)?"
# Someone else's age, as people give it: "my mother is 68 years", "My dad, 74,", "My sister
# (54)", "Mum, 76, is ...", "my 12-year-old", "our son is 27".
_THEIR_AGE = LazyPattern(
    rf"\b(?:my|our)\s+(?:\w+\s+)?{_RELATIVE}\s*(?:,\s*|\(\s*|\s+is\s+(?:now\s+|only\s+)?|\s+aged\s+)"
    r"(?P<age>\d{1,3})\b(?!\s*(?:%|kg|lbs?|st\b|cm|ft|mg|days?|weeks?|months?|hours?|minutes?))"
    rf"|(?:^|[.!?]\s+){_RELATIVE}\s*,\s*(?P<age2>\d{{1,3}})\b"
    r"|\b(?:my|our)\s+(?P<age3>\d{1,3})[\s-]*(?:years?|yrs?|yr)[\s-]*old\b",
    re.IGNORECASE,
)


def their_age_in(text: str) -> int | None:
    """The age the text gives someone else (the first), if any.

    >>> their_age_in("My dad, 74, has new back pain"), their_age_in("My 12-year-old has a fever")
    (74, 12)
    >>> their_age_in("I'm 40 and my back hurts") is None
    True
    """
    if not _DIGIT.search(text):
        return None
    for match in _THEIR_AGE.finditer(text):
        age = int(match.group("age") or match.group("age2") or match.group("age3"))
        if 1 <= age <= 120:
            return age
    return None


# "I'm in my seventies", "now in my late sixties"
_SPELLED_DECADES = {
    "teens": 1, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
_SPELLED_DECADE = LazyPattern(
    # said of now ("I'm in my seventies", "now in my late sixties"), not "in my teens I had ..."
    # ... or a person so described at a sentence start or after "I'm a" ("Woman in my seventies, ...",
    # "I'm a woman in my sixties"; not "I was a fit man in my twenties")
    r"(?:\b(?:i\s*['\u2019]?m|i\s+am|im|now|currently)|(?:^|[.!?]\s+|\bi\s*['\u2019]?m\s+an?\s+(?:\w+\s+)?)"
    r"(?:woman|man|female|male|lady|gent|guy|bloke|chap|pensioner))"
    r"\s+(?:now\s+)?in\s+my\s+(?:(?P<part>early|mid|late)[\s-]*)?(?P<decade>"
    + "|".join(_SPELLED_DECADES)
    + r")\b",
    re.I,
)


_DECADE_WORD = _AnyOf(*_SPELLED_DECADES)


def _spelled_age(text: str) -> tuple[int, Span] | None:
    lowered = lower_case(text)  # the groups are read through _fold: their case is no matter
    # (every match names a decade: a text without one says none)
    named = _DECADE_WORD.said_in(text, lowered)
    decade = _SPELLED_DECADE.search_lower(text, lowered) if named else None
    if decade is not None:
        age = (
            _SPELLED_DECADES[_fold(decade["decade"])] * 10
            + _DECADE_OFFSET[_fold(decade["part"] or "") or None]
        )
        return age, decade.span()
    if not _SPELLED_WORD.said_in(text, lowered):
        return None
    for pattern in _SPELLED_AGE:
        for match in pattern.finditer_lower(text, lowered):
            groups = match.groupdict()
            if groups.get("teen"):
                return _TEENS[_fold(groups["teen"])], match.span()
            tens, units = groups.get("tens"), groups.get("units")
            if tens:
                return _TENS[_fold(tens)] + (_UNITS[_fold(units)] if units else 0), match.span()
    return None


def durations_in(text: str) -> list[tuple[timedelta, Span]]:
    """Every duration a text states ("for 3 weeks", "since yesterday"), with its span, in
    text order."""
    return list(_durations(text))


@functools.lru_cache(maxsize=8)  # the reader asks several times of the same text
def _durations(text: str) -> tuple[tuple[timedelta, Span], ...]:
    lowered = lower_case(text)
    if not _DURATION_WORD.said_in(text, lowered) and "/" not in text:
        return ()
    found: dict[Span, float] = {}
    for needs, pattern in _DURATION_PATTERNS:
        if lowered is not None and not any(word in lowered for word in needs):
            continue  # a gate: the pattern finds nothing without one of these words
        for match in pattern.finditer_lower(text, lowered):
            days = _days(match.groupdict())
            if days is not None and found.get(match.span(), -1.0) < days:
                found[match.span()] = days
    if _MONTH.search_lower(text, lowered):
        now = _NOW_MONTH.search(text)
        this_month = _MONTHS.index(_fold(now.group("now"))[:3]) if now else date.today().month - 1
        for match in _SINCE_MONTH.finditer(text):
            month = _fold(match.group("month").split()[-1])[:3]
            months = months_ago(_SEASON_MONTHS.get(month, month), this_month)
            found.setdefault(match.span(), months * 30.0 or 15.0)  # this month: about half of it
    opening = _OPENING_AGE.match(text)
    if opening is not None:  # "72 yrs. back pain new.": an age, as a form is filled in
        found = {span: days for span, days in found.items() if span[0] >= opening.end()}
    along = gestations_in(text) if found else []
    if along:  # "pregnancy? 28 weeks, ache ...": how far along, no duration
        found = {span: days for span, days in found.items() if not any(a <= span[0] < b for a, b in along)}
    return tuple((timedelta(days=days), span) for span, days in sorted(found.items()))


# How far along a pregnancy is, said bare just after it ("pregnancy? 28 weeks, ache round my bum",
# "pregnant w/ twins 28 wks, hips ache"): not how long a pain has lasted ("for 3 weeks", "I'm 30
# weeks pregnant and have had this buttock pain 16 weeks"), nor after a pregnancy denied or gone
# ("not currently pregnant, 20 weeks now", "since my last pregnancy 16 weeks now").
_PREGNANT = compile_pattern(r"\bpregnan(?:t|cy)\b", re.IGNORECASE)
_NOT_PREGNANT_NOW = compile_pattern(
    r"\b(?:not|no|never|last|previous|since|after)\b[^.!?]{0,20}$", re.IGNORECASE
)
_PREGNANCY_REACH = 25  # characters from "pregnant" to its weeks
_GESTATION = compile_pattern(
    r"\b(?:at\s+)?(?:1[2-9]|[23]\d|4[0-2])\s*(?:weeks?|wks?)\b(?:\s+(?:now|along|gone))?", re.IGNORECASE
)
# the words that may stand between "pregnant" and its weeks ("pregnant w/ twins 28 wks")
_ONLY_PREGNANCY_WORDS = frozenset(
    {"", "with", "w/", "twins", "twin", "my", "our", "first", "second", "third", "baby", "number", "and",
     "now", "im", "i'm", "currently", "-", "&"}
)  # fmt: skip
_AGO_OR_OF = compile_pattern(r"\s+(?:ago|of)\b", re.IGNORECASE)


def gestations_in(text: str) -> list[Span]:
    """The spans of ``text`` that say how far along a pregnancy is: a bare number of weeks from
    12 to 42 just after "pregnant" or "pregnancy" ("pregnancy? 28 weeks, ache round my bum"),
    not a length ("for 13 weeks", "14 weeks ago").

    >>> gestations_in("Back pain in pregnancy? 28 weeks, ache round my bum")
    [(24, 32)]
    >>> gestations_in("pregnant, bum pain for 13 weeks now"), gestations_in("not pregnant, bum ache 18 weeks")
    ([], [])
    """
    spans = []
    for pregnant in _PREGNANT.finditer(text):
        found = _GESTATION.search(text, pregnant.end(), pregnant.end() + _PREGNANCY_REACH)
        if (
            found is None
            or _NOT_PREGNANT_NOW.search(text, max(0, pregnant.start() - 25), pregnant.start())
            or not _ONLY_PREGNANCY_WORDS.issuperset(
                w.strip(",?!()") for w in text[pregnant.end() : found.start()].lower().split()
            )
            or _AGO_OR_OF.match(text, found.end())
        ):
            continue
        spans.append(found.span())
    return spans


# "my bum cheek has hurt since march, it's now july": a month's name after "since", counted to
# the month the text names as now, or else to this month
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def months_ago(month: str, this_month: int | None = None) -> int:
    """How many months before ``this_month`` (0 for January; this month when None) the last
    ``month`` (its name, or its first three letters) was.

    >>> months_ago("March", 11), months_ago("dec", 0), months_ago("June", 5)
    (9, 1, 0)
    """
    now = date.today().month - 1 if this_month is None else this_month
    return (now - _MONTHS.index(_fold(month)[:3])) % 12


_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)"  # not "may" nor "mar": "since May I" is rarely a month alone
)
# ... or a feast: "since Christmas", "started around Easter" (a season has no month here: "since
# the summer" is read as three months by the "since" pattern of _DURATION_PATTERNS, which can
# give a weight's time to a pain: "5 kilos down since the summer ... and back pain")
_SEASONS = r"christmas|xmas|easter|diwali"
_SEASON_MONTHS = {
    "chr": "dec", "xma": "dec", "eas": "apr", "diw": "nov",
}  # fmt: skip
_MONTH = LazyPattern(rf"\b(?:{_MONTH_NAME}|{_SEASONS})\b", re.I)
_SINCE_MONTH = LazyPattern(
    # "since March", "started in January", "began back in September", "started around Christmas",
    # "since about March"
    # ... and "since I started rowing in September", "since we moved in June"
    r"\b(?:since|(?:started|began|begun|starting)\s+(?:back\s+)?(?:in|around|at)|"
    r"since\s+(?:i|we)\s+(?:[a-z']+\s+){1,3}?(?:in|around|at)|"
    # ... and "since the marathon in April", "since my fall in June"
    r"since\s+(?:the|my|a|our|that)\s+(?:[a-z']+\s+){1,2}?(?:in|around|at|back\s+in))\s+(?:(?:before|about|around|roughly)\s+)?"
    rf"(?:(?:early|mid|late|the\s+(?:start|end)\s+of)\s+)?(?P<month>{_MONTH_NAME}|{_SEASONS})\b",
    re.I,
)
_NOW_MONTH = LazyPattern(
    # (May too: "it's now May" names the month)
    rf"\b(?:(?:it\W?s|its|it\s+is)\s+now|now\s+(?:it\W?s|its|it\s+is))\s+(?:already\s+)?(?P<now>{_MONTH_NAME}|may)\b",
    re.I,
)


def duration_in(text: str, near: Callable[[Span], bool] | None = None) -> tuple[timedelta, Span] | None:
    """The longest duration a text states ("for 3 weeks", "since yesterday"), with its span.

    With ``near``, the longest of those for which ``near(span)`` holds, when any does: the
    reader passes the clauses that name a finding, so "I've been running for years and my
    buttock has hurt since yesterday" lasts a day.
    """
    durations = durations_in(text)
    if near is not None:
        durations = [d for d in durations if near(d[1])] or durations
    return max(durations, key=lambda d: d[0], default=None)


def _days(groups: dict[str, str | None]) -> float | None:
    if groups.get("year"):
        years = date.today().year - int(str(groups["year"]))
        return years * 365.0 if years > 0 else None
    if groups.get("since"):
        return _SINCE_DAYS[re.sub(r"\s+", " ", _fold(str(groups["since"]))).replace("beginning", "start")]
    if groups.get("plural"):
        return _PLURAL_DAYS[_fold(str(groups["plural"]))]
    if groups.get("per"):
        return float(str(groups["number"])) * _PER_DAYS[str(groups["per"])]
    number, unit = groups.get("number"), groups.get("unit")
    if number is None or unit is None:
        return None
    word = re.sub(r"\s+", " ", _fold(number))
    count = NUMBER_WORDS[word] if word in NUMBER_WORDS else float(word)
    if groups.get("half") or groups.get("half_after"):
        count += 0.5  # "one and a half months", "a month and a half"
    return count * _UNIT_DAYS[_fold(unit)]


# A leg said on each side in turn: "couldn't feel my toes on the left, now it's the right foot
# as well", "my left leg and now my right leg", "it's spread to my other leg too".
_LEG_PART = r"(?:legs?|foot|feet|calf|calves|thighs?|shins?|ankles?|toes?|knees?|buttocks?|bum|side|one)"
_SIDE = LazyPattern(
    rf"\b(?P<side>left|right)[\s-]+(?:{_LEG_PART})\b|\b(?:{_LEG_PART})\s+on\s+the\s+(?P<after>left|right)\b"
    # "down the left AND the right leg": both sides in one
    rf"|\b(?P<pair>left\s+and\s+(?:the\s+|my\s+)?right|right\s+and\s+(?:the\s+|my\s+)?left)\s+(?:{_LEG_PART})\b"
    # the other leg joining in: "now the left has joined in", "the right one has started too"
    r"|\bthe\s+(?P<joined>left|right)(?:\s+one)?\s+has\s+(?:joined\s+in|started\s+too)\b"
    # the side of a sciatica or a leg's finding told with it: "right sided sciatica" (a review,
    # rev108), "left-sided leg pain"; only for a reader that knows its clause. Not the side of
    # another place ("left sided back pain", "left sided headache", "right sided groin pain from a
    # hernia", "left sided buttock ache": a hunt, rev110), which tells no side of a leg.
    r"|\b(?P<sided>left|right)[\s-]*sided\s+(?:\w+\s+)?(?:sciatica|sciatic|legs?|thighs?|calf|calves|"
    r"shins?|feet|foot|ankles?|knees?|hamstrings?)\b",
    re.IGNORECASE,
)
# A bare side added to what a clause before said: "down my leg on the left, and now on the right
# as well". It names no leg, so only a reader that knows the clause it adds to may use it.
_ADDED_SIDE = LazyPattern(
    r"(?=[anighfp])(?:\band\s+(?:now\s+)?|\bnow\s+|\bit[\u2019']?s\s+(?:now\s+)?|\b(?:get|have|feel)\s+it\s+|"
    # "... and the pain is on the right too"
    r"\b(?:pain|it|ache)\s+is\s+(?:now\s+)?)"
    r"on\s+the\s+(left|right)\s+(?:as\s+well|too|also)\b",
    re.IGNORECASE,
)
_OTHER = LazyPattern(
    r"\b(?:the\s+|my\s+)?other\s+(?:leg|foot|side|one)\b[^.!?]{0,30}\b(?:too|as\s+well|also)\b", re.I
)
# Said to be fine, or denied: "my right leg is fine", "not my left leg".
_FINE_AFTER = LazyPattern(
    r"^\W*(?:\w+\W+){0,3}?(?:fine|ok|okay|normal|alright|all\s+right|unaffected|good)\b"
    # ... or better now, before the other side is named: "My left leg was the problem and that's
    # much better now. But ... down my right leg"
    r"|^(?:(?!\b(?:left|right)\b)[^.;!?,]){0,40}?\b(?:much\s+better|better\s+now|all\s+gone|gone\s+now|"
    r"(?:has|have|had|is|s)\s+(?:gone|settled|cleared|recovered|resolved))\b"
    r"(?!\s+(?:numb|dead|weak|tingly|funny|odd|heavy|wobbly|to|into|down|up|off|out|all|completely|totally|from|under))",
    re.I,
)
_DENIED_BEFORE = LazyPattern(r"\b(?:not|no|never|neither)\W+(?:\w+\W+){0,2}$", re.I)
# ... or said to have a cause of its own, long standing: "my right knee aches from an old
# football injury" is not the sciatica of the left leg gone to the right.
_OLD_CAUSE_AFTER = LazyPattern(
    r"^\W*(?:\w+\W+){0,3}?(?:from|because\s+of|due\s+to|since)\s+(?:an?\s+|my\s+|the\s+)?(?:old|previous|past|"
    r"childhood|arthritis|osteoarthritis)\b"
    # ... or from sparing the other: "the left one just aches from limping to protect the right"
    r"|^\W*(?:\w+\W+){0,6}?(?:from|because\s+of|due\s+to|with)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:limping|"
    r"hobbling|over-?compensating|compensating|favou?ring|taking\s+(?:all\s+)?the\s+weight|walking\s+(?:funny|oddly|lopsided))\b"
    # ... or said to be that cause, set against the sciatica after the side's finding: "my right
    # knee aches too but that's my old arthritis" (a review, rev108). Not an old cause told of the
    # sciatica itself, with no "but" ("..., and now the right leg too, it's my old injury from rugby
    # playing up"), nor the back's or a nerve's own ("it's the old disc injury back again": a hunt,
    # rev110)
    r"|^\W*(?:\w+\W+){0,5}?(?:but|though|although|tho)\s+(?:that|it|this)(?:[\u2019']?s|\s+is)\s+"
    r"(?:just\s+|only\s+)?(?:my\s+|an?\s+|the\s+)?(?:old\s+(?!(?:disc|back|spine|spinal|nerve|sciatic|sciatica|"
    r"slipped|prolapsed|lumbar)\b)(?:\w+\s+)?(?:injury|sprain|break|fracture)|(?:old\s+)?(?:arthritis|osteoarthritis|"
    r"arthritic))\b",
    re.I,
)
# A side of then, the other side now: sciatica that moved is not sciatica of both legs
# (Lothian: pain of one leg "that has progressed to bilateral"). A side is of then when it is
# said to have moved ("switched from my left leg to my right", "... my right leg instead"), or
# the words after it say it cleared ("..., that cleared", "got better", "wore off"), or its own
# clause dates it long ago ("Last year the sciatica was in my left leg", "as a teenager") or as
# it was a while ago ("A few weeks ago it was the left leg"); and the other side is told as now
# ("now", "this time", "today"). A start told is no end: "It started in my left leg two weeks
# ago and today it's going down my right leg" is both. Never when the first is said to last
# ("still", "hasn't eased", "just as bad", "both are") or the other is added to it ("too",
# "as well", "spread"); nor for a date of anything else ("since my op in 2023").
_OWN_CLAUSE_END = LazyPattern(r"[,.;:!?\n]|\b(?:and|but|now|then|so)\b|\bthis\s+time\b", re.I)
_LONG_AGO = LazyPattern(
    r"\b(?:last|previous)\s+(?:year|time)\b"
    r"|\b(?:a|one|a\s+few|few|two|three|four|five|six|several|many|some|\d+)\s+years?\s+(?:ago|back)\b"
    r"|\b(?:ages|years)\s+ago\b|\b(?:in|back\s+in|during)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d(?=\s*[,.;])"
    r"|\bused\s+to\b|\boriginally\b|\bonce\s+upon\s+a\s+time\b|\bas\s+a\s+(?:teenager|child|kid|student)\b",
    re.I,
)
_A_WHILE_AGO = LazyPattern(
    r"\b(?:last|previous)\s+(?:week|month|summer|winter|spring|autumn)\b"
    r"|\b(?:a|one|a\s+few|few|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?)\s+(?:ago|back)\b"
    r"|\b(?:in|before|over)\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|christmas|easter|the\s+summer|the\s+winter|the\s+spring|the\s+autumn)\b",
    re.I,
)
# ... the side told as it was ("it was the left leg", "the pain went down my left leg"), not as a
# start ("my left leg went numb last week")
_AS_IT_WAS = LazyPattern(r"\b(?:was|were|went\s+(?:down|into|to)|ran|shot)\b", re.I)
# a date after "since" tells how long a thing has lasted: "Sciatica down my left leg since the op
# in 2021"
_SINCE = LazyPattern(r"\bsince\b", re.I)
_CLEARED = LazyPattern(
    r"\b(?:cleared|settled|resolved|went\s+away|gone\s+away|got\s+better|eased\s+off|disappeared|wore\s+off|"
    r"worn\s+off|stopped\s+hurting|sorted|(?:is|are|got)\s+(?:much\s+|a\s+lot\s+)?better|gone\s+from|"
    r"(?:pain|it|numbness|sciatica|tingling|weakness)\s+left\s+(?:my|the))\b"
    r"|\b(?:has|had|is|was)\s+gone\b(?!\s+(?:numb|dead|weak|tingly|funny|heavy|into|down|to|from))",
    re.I,
)
_SHIFT = LazyPattern(r"\b(?:now|then|this\s+(?:time|week)|these\s+days|instead|today|nowadays)\b", re.I)
_MOVED_TO = LazyPattern(
    r"\b(?:moved|switched|swapped|jumped|shifted|changed|gone\s+over|went\s+over)\b[^.;!?]{0,40}?"
    r"\b(?:to|into)\s+(?:my\s+|the\s+)?(?P<side>left|right)\b",
    re.I,
)
# the other side said alone: "now it's down my right leg only", "... my right leg instead"
_ALONE = LazyPattern(
    r"\binstead\b|\b(?:leg|side|one|foot)\s+only\b(?=\s*(?:[,.;!?]|$))"
    r"|\bonly\s+(?:in\s+|down\s+)?(?:my|the)\s+(?:left|right)\b",
    re.I,
)
_LASTING = LazyPattern(
    r"\b(?:still|never\s+(?:cleared|went\s+away|settled|got\s+better|gone|went|eased)|"
    r"(?:hasn['\u2019]?t|has\s+not|haven['\u2019]?t|didn['\u2019]?t|did\s+not)\s+(?:cleared?|gone|go\s+away|settled?|got\s+better|"
    r"changed|eased|improved)|neither|(?:just|equally)\s+as\s+bad|the\s+same|getting\s+worse|both\s+are|"
    r"(?:it['\u2019]?s|is|came|come|has\s+come)\s+back)\b",
    re.I,
)
# (not "both" denied: "now it's going down my right leg instead, never both at once")
_ADDED_LATER = LazyPattern(
    r"\b(?:too|as\s+well|also|spread|spreading|joined)\b|(?<!\bnever\s)(?<!\bnot\s)\bboth\b", re.I
)
_SENTENCE_STOP = LazyPattern(r"[.;!?\n]")
_THE_OTHER = {
    "left": LazyPattern(r"\b(?:right|other)\b", re.I),
    "right": LazyPattern(r"\b(?:left|other)\b", re.I),
}


def _gone_by(text: str, start: int, end: int, side: str) -> bool:
    """True when the side said at ``start``..``end`` is of then and the other side of now."""
    other = "right" if side == "left" else "left"
    sentence = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)), default=0)
    begin = max((m.end() for m in _OWN_CLAUSE_END.finditer(text, 0, start)), default=0)
    stop = _OWN_CLAUSE_END.search(text, end)
    finish = stop.start() if stop else len(text)
    # the first side's sentence and the next: where the other side may be told as now
    first_stop = _SENTENCE_STOP.search(text, end)
    second_stop = _SENTENCE_STOP.search(text, first_stop.end()) if first_stop else None
    reach = second_stop.start() if second_stop else len(text)
    third_stop = _SENTENCE_STOP.search(text, second_stop.end()) if second_stop else None
    moved = next(
        (
            m
            for m in _MOVED_TO.finditer(text, sentence, reach)
            if m.end() > end and m["side"].lower() == other
        ),
        None,
    )
    named = _THE_OTHER[side].search(text, finish, reach)
    if named is not None:
        at = named.start()
    elif moved is not None:
        at = moved.end()
    else:
        return False
    # what is said of the other side, in its own clause: "now it's in my right leg too"
    opens = max((m.end() for m in _OWN_CLAUSE_END.finditer(text, finish, at)), default=finish)
    closes = _OWN_CLAUSE_END.search(text, at)
    told = (opens, closes.start() if closes else len(text))
    if _ADDED_LATER.search(text, *told):
        return False
    # ("Two weeks ago ... my left leg. Today ... my right leg. Both are agony.")
    if _LASTING.search(text, begin, third_stop.start() if third_stop else len(text)):
        return False
    if moved is not None or _ALONE.search(text, *told):
        return True
    if not _SHIFT.search(text, finish, reach):
        return False
    if _CLEARED.search(text, begin, at):
        return True
    dated = _LONG_AGO.search(text, begin, finish)
    if dated is None and _AS_IT_WAS.search(text, begin, finish):
        dated = _A_WHILE_AGO.search(text, begin, finish)
    return dated is not None and not _SINCE.search(text, begin, dated.start())


# Both patterns need one of these words: a text without any says no side.
# "my legs just went, both of them", "my knees keep giving way, the pair of them", "aching
# down the back of each thigh": both sides at once.
_EACH = LazyPattern(
    r"\b(?:both\s+of\s+them|the\s+pair\s+of\s+them|(?:each|either)\s+(?:leg|thigh|calf|foot|knee|buttock|side)\b"
    r"(?!\s+or\b)"
    # a change to both told bare: "since last week it's in both", "Now it's in both."
    # ("... for a couple of weeks and its now on both sides and ...")
    r"|(?:\bnow|\bsince\s+\w+(?:\s+\w+)?)\s+(?:it[\u2019']?s\s+|its\s+|it\s+is\s+)?(?:in|down|on)\s+both\b"
    r"(?=\s*(?:[,.;!?]|$|now\b|legs?\b|sides?\s*(?:[,.;!?]|$|now\b|and\b)))"
    # "it's in both sides now", "it's down both now", "it's in both legs now"
    r"|\bit(?:[\u2019']?s|\s+is)\s+(?:in|down)\s+both(?:\s+(?:sides|legs))?\s+now\b"
    # ... or with no word of where: "It was my left calf, now it's both calves and both hamstrings"
    # (the places alone: not "now it's both legs numb", a state of its own)
    r"|\bnow\s+(?:it[\u2019']?s|its|it\s+is)\s+both\s+(?:my\s+)?(?:legs|thighs|calves|shins|feet|ankles|knees|"
    r"hamstrings|buttocks|sides)\b(?=\s*(?:[,.;!?]|$|and\b|now\b|too\b|as\s+well\b)))",
    re.I,
)
_AFTER_A_SIDE = 60  # characters after a side where what is said of it may stand ("... is fine")
_SIDE_WORD = _AnyOf("left", "right", "other", "both", "pair", "each", "either")


def both_sides_in(text: str) -> bool:
    """True when the text says a leg on each side (left and right, or "the other leg too"),
    neither said to be fine nor denied.

    >>> both_sides_in("couldn't feel my toes on the left, now it's the right foot as well")
    True
    >>> both_sides_in("my left leg is numb, my right leg is fine")
    False
    """
    said = {side for side, _ in sides_in(text)}
    return "both" in said or {"left", "right"} <= said


def sides_in(text: str, *, added: bool = False) -> list[tuple[str, int]]:
    """Each side of a leg the text says, with where: "left", "right", or "both" for "left
    and right" and "the other leg too"; sides said to be fine or denied are left out.

    >>> sides_in("my left leg is numb, my right leg is fine")
    [('left', 3)]

    With ``added``, a bare side added to the clause before counts too ("... on the right as
    well"): the caller checks what that clause says.
    """
    return list(_sides(text, added))


@functools.lru_cache(maxsize=8)  # the reader asks several times of the same text
def _sides(text: str, added: bool) -> tuple[tuple[str, int], ...]:
    lowered = lower_case(text)  # the sides are read through _fold: their case is no matter
    if not _SIDE_WORD.said_in(text, lowered):
        return ()
    sides = [("both", m.start()) for both in (_OTHER, _EACH) for m in both.finditer_lower(text, lowered)]
    if added:
        sides += [(_fold(m.group(1)), m.start()) for m in _ADDED_SIDE.finditer_lower(text, lowered)]
    for match in _SIDE.finditer_lower(text, lowered):
        if match.group("sided") and not added:
            continue
        after = text[match.end() : match.end() + _AFTER_A_SIDE]
        if _FINE_AFTER.match(after) or _OLD_CAUSE_AFTER.match(after):
            continue
        if _DENIED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        named = match.group("side") or match.group("after") or match.group("joined") or match.group("sided")
        side = "both" if match.group("pair") else _fold(named)
        if side != "both" and _gone_by(text, match.start(), match.end(), side):
            continue
        sides.append((side, match.start()))
    return tuple(sorted(sides, key=lambda found: found[1]))
