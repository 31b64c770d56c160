"""What follows from the findings of a text once they are found: the modifiers each one is
said with, the status a region takes from the symptom it belongs to, and pain read from
a complaint about a place.

>>> import painkb
>>> kb = painkb.load()
>>> it = painkb.interpret(kb, "My lower back's been bad. My legs aren't weak.")
>>> sorted((m.entity.id, str(m.status)) for m in it.mentions if m.entity.id in ("lower-back-pain", "leg"))
[('leg', 'absent'), ('lower-back-pain', 'present')]
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date

import attrs

from painkb._lazy_re import LazyPattern, lower_case
from painkb._pattern_store import compile as compile_pattern
from painkb.kb import KnowledgeBase
from painkb.model import Kind, Urgency, WarningSign
from painkb.understand.context import Status
from painkb.understand.interpretation import CONFIDENT, Mention, with_modifiers_of
from painkb.understand.lexicon import pain_of_regions
from painkb.understand.quantities import durations_in
from painkb.understand.sentences import PAIRED_PLURALS, Sentence, sentence_of
from painkb.understand.word_tables import ToldApart
from painkb.understand.words import (
    LONG_STANDING,
    SENTENCE_END,
    Token,
    asked_if_fine,
    language,
    sentence_end,
)

__all__ = [
    "told_apart",
    "pain_from_complaints",
    "plain_words",
    "leaks_on_effort",
    "may_say",
    "regions_follow_their_findings",
    "places_said_present",
    "asked_in_the_same_words",
    "said_long_standing",
    "years_said_with",
    "long_standing_spans",
    "said_to_improve",
    "states_of_a_place",
    "symptoms_gone",
    "gone_in_the_next_sentence",
    "with_modifiers",
]


def may_say(lowered: str | None, words: Iterable[str]) -> bool:
    """False only when ``lowered`` (a text's `lower_case`, None when that is unsure) holds none
    of ``words`` (in lower case): a case-insensitive pattern that needs one of them can find
    nothing in that text, and need not be run.

    >>> may_say(lower_case("Fine NOW"), ["now", "again"]), may_say(lower_case("sore"), ["now"])
    (True, False)
    """
    return lowered is None or any(word in lowered for word in words)


def last_said(lowered: str | None, words: Iterable[str]) -> int:
    """Where the last of ``words`` starts in ``lowered`` (as `may_say`): a case-insensitive
    pattern that needs one of them matches nothing that starts after it. -1 when none is
    there, past every position when ``lowered`` is None.

    >>> last_said(lower_case("Gone, GONE"), ["gone"]), last_said(lower_case("sore"), ["gone"])
    (6, -1)
    """
    return sys.maxsize if lowered is None else max(map(lowered.rfind, words))


def with_modifiers(
    mentions: list[Mention], bounds: Sequence[tuple[int, int]], said_how: Sequence[frozenset[str]]
) -> list[Mention]:
    """Each mention with the modifiers of its sentence (``bounds[i]`` are the offsets of
    sentence ``i``, ``said_how[i]`` its modifiers), or of the next sentence when that one
    names no finding of its own ("My leg is numb. It's getting worse."); a pain that stays
    whatever is done passes on from a next sentence that names only places or things tried
    ("... waking me at night. It doesn't matter whether I lie on that side or my back, it's
    still there.")."""
    if not any(said_how):
        return mentions
    where = [next((i for i, (b, e) in enumerate(bounds) if b <= m.start < e), -1) for m in mentions]
    named = set(where)
    placed = {i for m, i in zip(mentions, where, strict=True) if m.entity.kind not in _PLACES_AND_THINGS}
    result = []
    for mention, index in zip(mentions, where, strict=True):
        how = set(said_how[index]) if index >= 0 else set()
        if 0 <= index < len(bounds) - 1 and index + 1 not in named:
            how |= said_how[index + 1]
        elif 0 <= index < len(bounds) - 1 and index + 1 not in placed:
            how |= said_how[index + 1] & _STAYS
        result.append(with_modifiers_of(mention, tuple(sorted(how))) if how else mention)
    return result


# A worsening said of the back or a pain in a clause of its own is that finding's, not a
# deficit's said in another clause of the sentence ("my back is worse every day, my leg feels a bit
# weak" is a weak leg and a back getting worse; not "my leg is weak and it's worse every day", nor
# "the numbness is spreading and my back hurts"). The clause: from a stop, a comma, "and" or "but"
# to the next; a clause that names a doing of the legs ("worse when I walk") may be the deficit's.
_OF_THE_BACK_OR_A_PAIN = LazyPattern(
    r"\b(?:back|backs|spine|lumbar|waist|neck|hips?|bum|buttocks?|pain|pains|painful|aches?|aching|achy|"
    r"hurts?|hurting|sore|soreness|agony|stiff\w*|sciatica|discomfort)\b",
    re.I,
)
_OF_A_DEFICIT = LazyPattern(
    r"\b(?:weak\w*|numb\w*|tingl\w*|pins|needles|dead|feeling|sensation|strength|power|give|gives|giving|gave|"
    r"drag\w*|drop\w*|flop\w*|slap\w*|heav\w*|useless|wobbl\w*|buckl\w*|spread\w*|creep\w*|crept|"
    r"lift\w*|trip\w*|walk\w*|stand\w*|stairs|steps?)\b",
    re.I,
)
# the findings a worsening makes a progressive deficit of
_DEFICITS = frozenset(
    {
        "leg-weakness", "numbness", "tingling", "foot-drop", "numbness-tingling-or-weakness",
        "progressive-neurological-deficit", "foot-drop-weakness",
    }
)  # fmt: skip
_WORSENING = "worsening"
_PROGRESSIVE = "progressive-neurological-deficit"


def clause_of_another(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause of ``text`` holding the worsening at ``start``..``end`` when it says the back
    or a pain gets worse and no loss of strength or feeling ("my back is worse every day"); None
    when the worsening may be a deficit's ("it's worse every day", "the numbness is spreading").

    >>> text = "my back is worse every day, my leg feels a bit weak"
    >>> clause_of_another(text, 11, 26)
    (0, 26)
    >>> clause_of_another("my leg is weak and it's worse every day", 24, 39) is None
    True

    Nor when its sentence tells a deficit before it and a loss come "now" after it: the pain and
    the deficit grow together ("Left leg weak and numb, back pain and leg pain worse every week, now
    the leg is dragging", "My left leg is weak and it hurts more every day, now I can't climb the
    stairs on it": a review, rev106; not "my back is getting worse every day and now my right leg is
    tingling", a loss new with it).

    >>> text = "my leg is weak, it hurts more every day, now I can't climb the stairs"
    >>> clause_of_another(text, 18, 37) is None
    True
    """
    begin = max(text.rfind(mark, 0, start) for mark in ".!?,;:") + 1
    for word in _CLAUSE_OPENINGS.finditer(text, begin, start):
        begin = word.end()
    stop = _A_CLAUSE_END.search(text, end)
    finish = stop.start() if stop else len(text)
    clause = text[begin:finish]
    if _OF_THE_BACK_OR_A_PAIN.search(clause) is None or _OF_A_DEFICIT.search(clause) is not None:
        return None
    if _grows_with_a_deficit(text, begin, finish):
        return None
    return begin, finish


def _grows_with_a_deficit(text: str, begin: int, finish: int) -> bool:
    """True when the sentence of the clause ``begin``..``finish`` tells a deficit before it and
    a loss come "now" after it."""
    now = _NOW_A_LOSS.search(text, finish, sentence_end(text, finish))
    if now is None or _OF_A_DEFICIT.search(now.group()) is None:
        return False
    opening = 0  # (the sentence's start)
    for found in SENTENCE_END.finditer(text, 0, begin):
        opening = found.end()
    return _A_LOSS.search(text, opening, begin) is not None


# the words of a loss of strength or feeling itself (not a doing: "Walked away from it but ...")
_A_LOSS = LazyPattern(
    r"\b(?:weak\w*|numb\w*|tingl\w*|pins|needles|dead|drag\w*|drop\w*|flop\w*|slap\w*|heav\w*|useless|"
    r"wobbl\w*|buckl\w*|(?:give|gives|gave|giving)\s+way)\b",
    re.I,
)


# "now" and the clause it opens ("..., now the leg is dragging")
_NOW_A_LOSS = LazyPattern(r"\bnow\b[^.!?,;:]*", re.I)
_CLAUSE_OPENINGS = LazyPattern(r"\b(?:and|but|though|although|whereas)\b", re.I)
_A_CLAUSE_END = LazyPattern(r"[.!?,;:]|\b(?:and|but|though|although|whereas)\b", re.I)


def worsening_of_another(
    text: str, mentions: list[Mention], worse: Sequence[tuple[int, int]], bounds: Sequence[tuple[int, int]]
) -> list[Mention]:
    """``mentions``, a deficit said getting worse only by words of another clause of its sentence
    that say the back or a pain gets worse (`clause_of_another`; ``worse`` are where the words of a
    worsening are, ``bounds`` the sentences) kept without the worsening; a progressive deficit
    read across such a clause is dropped ("my leg is weak and my back is getting worse")."""
    if not worse or not any(m.entity.id in _DEFICITS for m in mentions):
        return mentions  # most texts: no deficit, or none said getting worse
    result = []
    for mention in mentions:
        if mention.entity.id not in _DEFICITS:
            result.append(mention)
            continue
        at = sentence_of(bounds, mention.start)
        begin, end = bounds[at] if at < len(bounds) else (0, 0)
        here = [(s, e) for s, e in worse if begin <= s < end]
        clauses = [clause_of_another(text, s, e) for s, e in here]
        others = [c for c in clauses if c is not None]
        if mention.entity.id == _PROGRESSIVE and any(
            mention.start < c[1]
            and c[0] < mention.end
            and not (c[0] <= mention.start and mention.end <= c[1])
            for c in others
        ):
            continue  # read across the clause of another: a weakness said apart from it
        if (
            _WORSENING not in mention.modifiers
            or not here
            or len(others) < len(clauses)
            or any(c[0] <= mention.start < c[1] for c in others)
            # (carried from the next sentence, which names nothing: "... Each day it's worse.")
            or (at + 1 < len(bounds) and any(bounds[at + 1][0] <= s < bounds[at + 1][1] for s, _ in worse))
        ):
            result.append(mention)
            continue
        result.append(with_modifiers_of(mention, tuple(m for m in mention.modifiers if m != _WORSENING)))
    return result


# what a next sentence may name and still speak of the pain before it ("... I'm up at 3am with
# a hot water bottle")
_PLACES_AND_THINGS = frozenset({Kind.REGION, Kind.JOINT, Kind.MUSCLE, Kind.EQUIPMENT, Kind.TREATMENT})
_STAYS = frozenset({"persistent"})


def regions_follow_their_findings(mentions: list[Mention]) -> list[Mention]:
    """A region inside the words of a symptom or sign takes its status: in "my legs aren't
    weak" the legs are denied with the weakness; the nearest words first, so in "no chills
    with this backache" the back is the backache's (present), not the denied sign's."""
    felt = [m for m in mentions if m.entity.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN)]
    result = []
    for mention in mentions:
        if mention.entity.kind is Kind.REGION:
            around = [m for m in felt if m.start <= mention.start and mention.end <= m.end]
            if around:
                status = min(around, key=lambda m: m.end - m.start).status
                if status is not mention.status:
                    mention = attrs.evolve(mention, status=status)
        result.append(mention)
    return result


def places_said_present(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a finding said in doubt where the same finding is said present
    elsewhere in the text (the doubt is answered), nor a region said in the past where the same
    region is said present: the place is one the person has something in now, and the findings
    said there keep their own status ("I broke my back in 2009 and I've had aches there ever
    since" is the back, a fracture in the past, pain now).

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "I broke my back in 2009 and my back has ached ever since")
    >>> sorted({(m.entity.id, str(m.status)) for m in it.mentions if m.entity.id == "lower-back"})
    [('lower-back', 'present')]
    """
    present = {m.entity.id for m in mentions if m.status is Status.PRESENT}
    if not present:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.entity.id in present
            and (
                m.status is Status.UNCERTAIN
                or (m.status is Status.HISTORICAL and m.entity.kind is Kind.REGION)
            )
        )
    ]


def asked_in_the_same_words(mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` without each present finding said in the same words as another read through a
    label that makes it a question (``[status] asked_in_the_same_words_as``), and those findings,
    to ask about: "an old
    football injury to my hip" is an old injury; whether it is a recent one too is asked.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "I had an old football injury to my hip that still niggles")
    >>> [(m.entity.id, str(m.status)) for m in it.partial if m.entity.id == "recent-injury"]
    [('recent-injury', 'uncertain')]
    """
    asked_as = language().asked_in_the_same_words_as
    if not any(m.entity.id in asked_as for m in mentions):
        return mentions, []
    kept, asked = _said_in_the_words_of(
        mentions,
        lambda m, n: m.status is Status.PRESENT and n.present and n.via in asked_as.get(m.entity.id, ()),
    )
    return kept, [attrs.evolve(m, status=Status.UNCERTAIN) for m in asked]


def the_most_specific(mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` without each finding said in the same words as a narrower one of the same
    status (``[status] narrower_in_the_same_words``), and those findings: "my legs keep giving
    way" is weakness in both legs, which is weakness of a leg too.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "my legs keep giving way")
    >>> [m.entity.id for m in it.broader]
    ['leg-weakness']
    """
    narrower = language().narrower_in_the_same_words
    if not any(m.entity.id in narrower for m in mentions):
        return mentions, []
    return _said_in_the_words_of(
        mentions, lambda m, n: n.entity.id in narrower.get(m.entity.id, ()) and n.status is m.status
    )


def _said_in_the_words_of(
    mentions: list[Mention], other: Callable[[Mention, Mention], bool]
) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` split in two: those said in no words another mention shares with ``other``
    true of the pair (mention, other), and those that are."""
    kept: list[Mention] = []
    found: list[Mention] = []
    for m in mentions:
        said = any(n.start < m.end and m.start < n.end and other(m, n) for n in mentions)
        (found if said else kept).append(m)
    return kept, found


def doubts_settled(
    mentions: Sequence[Mention], spans: Sequence[tuple[int, int]], status: Status
) -> list[Mention]:
    """``mentions``, each doubted one that starts within ``spans`` given ``status``: what an
    answer settles ("Numbness? yep" is had, "..., but I've got nothing like that" is not)."""
    return [
        attrs.evolve(m, status=status)
        if m.status is Status.UNCERTAIN and any(b <= m.start < e for b, e in spans)
        else m
        for m in mentions
    ]


_WORSE_WITHIN = 14  # characters between a place and "got worse": "back's got worse", "hip is getting worse"


def pain_from_complaints(
    kb: KnowledgeBase,
    mentions: Sequence[Mention],
    text: str = "",
    worsening: Sequence[int] = (),
    pain_elsewhere: Collection[tuple[int, int]] = (),
    bounds: Sequence[tuple[int, int]] = (),
    complained: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Pain in each region said to trouble the person ("my back is bad" is back pain), or
    said to get worse just after its name ("my back's got worse"; ``worsening`` are where
    such words start), unless that pain is already found; never a symptom that flags a
    warning sign, nor for a place whose pain word is another place's (``pain_elsewhere``:
    spans of its words, "landed on my backside, my lower back hurts"), nor for a place said
    in a clause of its own beside the complaint of another (``complained``: the offsets of
    the clauses a complaint is said in, within sentences ``bounds``; "bruised my hip but I
    can walk on it fine", "the physio checked my hips, but the back is still bad")."""
    pain_of = pain_of_regions(kb)
    if not any(
        m.present and m.entity.id in pain_of and ("complaint" in m.modifiers or worsening) for m in mentions
    ):
        return []  # most texts: no place said with a complaint or getting worse
    found = {m.entity.id for m in mentions if m.present}
    lowered = text.lower()  # (the contrast patterns are read in lower case)
    felt = [(m.start, m.end) for m in mentions if m.entity.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN)]
    states = states_of_a_place(kb)
    stated = [(m.start, m.end) for m in mentions if m.present and m.entity.id in states]
    added: list[Mention] = []
    for mention in mentions:
        symptom = pain_of.get(mention.entity.id)
        if symptom is None or symptom in found or not mention.present:
            continue
        if "complaint" in mention.modifiers and (
            any(start <= mention.start and mention.end <= end for start, end in stated)
            or any(mention.start <= start < mention.end for start, _ in pain_elsewhere)
        ):
            continue  # "numb bum and back pain": the place has a state of its own
        if "complaint" in mention.modifiers and _complained_elsewhere(lowered, mention, bounds, complained):
            continue
        if "complaint" not in mention.modifiers and not (
            any(
                0 <= start - mention.end <= _WORSE_WITHIN
                and not SENTENCE_END.search(text, mention.end, start)
                for start in worsening
            )
            and not any(start <= mention.start and mention.end <= end for start, end in felt)
        ):
            continue
        found.add(symptom)
        added.append(attrs.evolve(mention, entity=kb.get(symptom), via=f"{mention.via} + complaint"))
    return added


# ... not when it is fine only at times, or against what follows
_FINE_ONLY_SOMETIMES = compile_pattern(
    r"\b(?:but|though|although|until|till|except|apart|when|whenever|if|unless|during|in\s+the|at\s+night|"
    r"by\s+night|first\s+thing|most|some|sometimes|mostly|usually|while|whilst|then|after|yesterday|"
    # ... or so only in a state: "fine on the painkillers", "fine sitting down", "fine for an hour"
    r"on\s+the|sitting|lying|standing|for\s+an?|right\s+now)\b",
    re.IGNORECASE,
)


def pain_of_places_said_fine(
    kb: KnowledgeBase, text: str, mentions: Sequence[Mention], bounds: Sequence[tuple[int, int]]
) -> list[Mention]:
    """No pain in a place said to be fine or not the trouble ("my back's fine", "it's not my
    hip"), when the place is denied by itself, not as where a denied symptom would be ("no
    numbness in my legs" says nothing of pain there, nor is any other finding denied in its
    sentence: ``bounds`` are the sentences' offsets), and no pain of it is found.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "My knee is sore but my back's fine.")
    >>> sorted(m.entity.id for m in it.mentions if m.status.value == "absent")
    ['lower-back', 'lower-back-pain']
    """
    pain_of = pain_of_regions(kb)
    denied = [m for m in mentions if m.status is Status.ABSENT and m.entity.id in pain_of]
    if not denied:
        return []
    found = {m.entity.id for m in mentions}
    felt = [m for m in mentions if m.entity.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN)]
    added: list[Mention] = []
    for mention in denied:
        symptom = pain_of[mention.entity.id]
        sentence = sentence_of(bounds, mention.start)
        if symptom in found or any(
            (m.start <= mention.start and mention.end <= m.end)
            or (m.status is Status.ABSENT and sentence_of(bounds, m.start) == sentence)
            for m in felt
        ):
            continue  # "no redness or swelling over my hip" denies those, not a pain
        end = bounds[sentence][1] if sentence < len(bounds) else len(text)
        if _FINE_ONLY_SOMETIMES.search(text, mention.end, end):
            continue  # "my back's fine in the morning but by night it's unbearable" (a review rev60)
        found.add(symptom)
        added.append(attrs.evolve(mention, entity=kb.get(symptom), via=f"{mention.via} + said fine"))
    return added


def places_not_the_trouble(kb: KnowledgeBase, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a place said not to be the trouble denied, as one said fine is ("my
    back's not the problem, it's my hip"); not a pain said so ("the pain in my back isn't the
    problem, it's the weight I've lost": the pain's own words hold the place).

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "My back's not the problem, it's my hip")
    >>> sorted((m.entity.id, str(m.status)) for m in it.mentions if "back" in m.entity.id)
    [('lower-back', 'absent'), ('lower-back-pain', 'absent')]
    """
    if not _NOT_THE_TROUBLE.search(text):
        return mentions  # most texts
    pain_of = pain_of_regions(kb)
    felt = [m for m in mentions if m.entity.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN)]
    return [
        attrs.evolve(m, status=Status.ABSENT)
        if m.present
        and m.entity.id in pain_of
        and _NOT_THE_TROUBLE.match(text, m.end)
        and not any(f.start <= m.start and m.end <= f.end for f in felt)
        else m
        for m in mentions
    ]


def pain_of_the_place_said_instead(
    kb: KnowledgeBase, text: str, mentions: Sequence[Mention], bounds: Sequence[tuple[int, int]]
) -> list[Mention]:
    """The pain of a place said instead of one denied, or said not to be the trouble, in its
    sentence: "it's not my back, it's my hip", "my back's not the problem, it's my hip" (the place
    after "it's my" or "it is the", with no pain of it found).

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "It's not my back, it's my hip.")
    >>> sorted(m.entity.id for m in it.mentions if m.present)
    ['hip', 'hip-pain']
    """
    pain_of = pain_of_regions(kb)
    # a place denied, or its pain ("Hip pain: no, it's all lower back")
    pains = set(pain_of.values())
    denied = [
        sentence_of(bounds, m.start)
        for m in mentions
        if m.status is Status.ABSENT and (m.entity.id in pain_of or m.entity.id in pains)
    ]
    # (or said not to be the trouble: "my back's not the problem, it's my hip"; a trigger would
    # deny a pain said so too, "the pain in my back isn't the problem, it's the weight I've lost")
    denied += [sentence_of(bounds, m.start()) for m in _NOT_THE_TROUBLE.finditer(text)]
    if not denied:
        return []  # most texts
    # ... and a field's label denied reaches its answer: "Hip pain: no, it's all lower back"
    denied += [d + 1 for d in denied if d + 1 < len(bounds) and ":" in text[bounds[d][1] : bounds[d + 1][0]]]
    found = {m.entity.id for m in mentions if m.present}
    added: list[Mention] = []
    for mention in mentions:
        symptom = pain_of.get(mention.entity.id)
        if symptom is None or symptom in found or not mention.present:
            continue
        if sentence_of(bounds, mention.start) not in denied:
            continue
        begin = max(0, mention.start - 24)
        if _SAID_INSTEAD.search(text, begin, mention.start):
            found.add(symptom)
            added.append(attrs.evolve(mention, entity=kb.get(symptom), via=f"{mention.via} + said instead"))
    return added


_NOT_THE_TROUBLE = LazyPattern(
    r"(?:[\u2019']?s\s+|\s+is\s+|\s+)?(?:is\s+not|isn[\u2019']?t|not)\s+the\s+(?:problem|issue|trouble)\b",
    re.IGNORECASE,
)
# "..., it's my hip", "... it is the hip", "... its my left hip" just before the place; "Hip pain:
# no, it's all lower back" (a review of forms, rev111)
_SAID_INSTEAD = LazyPattern(
    r"\b(?:it[\u2019']?s|it\s+is)\s+(?:(?:all|just|only|mostly)\s+(?:(?:in\s+)?(?:my|the)\s+)?|(?:my|the)\s+)"
    r"(?:(?:left|right|lower|low|upper)\s+)?$",
    re.IGNORECASE,
)


def pain_of_the_back_alone(kb: KnowledgeBase, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The pain of the back, when the back is said to be all that troubles the person and no
    pain of it is found: "no numbness, bladder fine, it's just my lower back", "this time it's
    only my lower back", "strictly low back" (not "it's just my low back that's stiff", which
    says what it is).

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "Legs feel normal. It's just my lower back.")
    >>> "lower-back-pain" in {m.entity.id for m in it.mentions if m.present}
    True
    """
    if "back" not in text.lower():
        return []
    spans = [m.span() for m in _ONLY_THE_BACK.finditer(text)]
    pain_of = pain_of_regions(kb)
    found = {m.entity.id for m in mentions if m.present}
    added: list[Mention] = []
    for mention in mentions:
        symptom = pain_of.get(mention.entity.id)
        if (
            symptom is not None
            and symptom not in found
            and mention.present
            and any(start <= mention.start and mention.end <= end for start, end in spans)
        ):
            found.add(symptom)
            added.append(attrs.evolve(mention, entity=kb.get(symptom), via=f"{mention.via} + complaint"))
    return added


# "it's just my lower back", "only the back", "strictly low back" (not "the only back-related
# thing", nor "it's just my low back that's stiff")
_ONLY_THE_BACK = LazyPattern(
    r"\b(?:just|only|purely|strictly)\s+(?:in\s+)?(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back\b(?!-)"
    r"(?!\s*(?:that|thats|which|is|was|has|feels|s\b|[\u2019']s))",
    re.IGNORECASE,
)


# A clause set against the one before it ("..., now my lower back is in bits", "... but now one
# spot in my back is agony"), unless it speaks of the same thing again ("... but it hurts").
_SET_AGAINST = LazyPattern(r"\b(?:but|now|however|although|though|whereas|except|yet)\W*$")
_OPENS_WITH_CONTRAST = LazyPattern(r"(?:but|now|however|although|though|whereas|except|yet)\b")
# (not a cleft that names another: "... but it's my groin that aches")
_THE_SAME_AGAIN = LazyPattern(
    r"(?:(?:but|now|however|although|though|yet)\W+)*(?:it|its|it\W?s|that|this)\b"
    r"(?!\W+(?:my|the|your|his|her)\b)"
)


def _complained_elsewhere(
    lowered: str, mention: Mention, bounds: Sequence[tuple[int, int]], complained: Sequence[tuple[int, int]]
) -> bool:
    """True when the sentence of ``mention`` (in ``lowered``, the text in lower case) says a
    complaint only in clauses set against the one the place is named in, of something else
    ("landed on my bum, now my lower back is in bits"), not of the place again ("fell onto my
    hip, I can walk on it but it hurts")."""
    sentence = next(((b, e) for b, e in bounds if b <= mention.start < e), None)
    if sentence is None:
        return False
    here = [(b, e) for b, e in complained if sentence[0] <= b < sentence[1]]
    if not here or any(b <= mention.start and mention.end <= e for b, e in here):
        return False

    def set_against(b: int) -> bool:
        before = _SET_AGAINST.search(lowered, max(sentence[0], b - 12), b)
        opens = _OPENS_WITH_CONTRAST.match(lowered, b)
        return bool(before or opens) and not _THE_SAME_AGAIN.match(lowered, b)

    return all(b > mention.end and set_against(b) for b, _ in here)


def states_of_a_place(kb: KnowledgeBase) -> frozenset[str]:
    """The warning signs of lost feeling or strength (``[status] asked_when_passing``) and the
    symptoms that flag them, less any pain: a place said numb or weak has a state of its own,
    so a complaint said with another place is not its pain. Built once per knowledge base."""
    return kb.derived("painkb.understand.states_of_a_place", _find_states_of_a_place)


def _find_states_of_a_place(kb: KnowledgeBase) -> frozenset[str]:
    signs = language().asked_when_passing
    symptoms = {link.target for sign in signs for link in kb.links_from(sign, "flagged_by")}
    pains = set(pain_of_regions(kb).values())
    return frozenset(e for e in signs | symptoms if e not in pains and "pain" not in e)


# A symptom said to have gone ("the numbness has gone", "the tingling I had in my foot has
# completely gone"), with no new state after "gone" ("gone numb", "gone into my leg"). Only
# for symptoms: "my back has gone" and "my legs have gone" are a back or legs giving way.
_GONE_ITSELF = (
    r"(?:now\s+|completely\s+|totally\s+|fully\s+|all\s+|pretty\s+much\s+|just\s+|finally\s+|long\s+)?"
    r"(?:gone(?:\s+down)?|shrunk|settled(?:\s+down)?|cleared(?:\s+up)?|vanished|passed|worn\s+off)"
    r"(?:\s+(?:away|now|completely|altogether|entirely))*"
    # then nothing more about it: "has gone really painful", "has gone numb" are no recovery;
    # nor "since" ("has gone since ..." read as gone away cost a held-out wrong denial)
    r"(?=\s*(?:$|[.,;:!?)]|(?:and|but|this|for|after|with|thank|thankfully|today|at\s+last)\b|"
    # "settled on colchicine" (not "gone on for weeks", "gone on and off")
    r"on\b(?!\s+(?:and|for|off|ever|since|with|and\s+on)\b)))"
)
_GONE = compile_pattern(
    # "... has gone", or the same said of "it" after a comma ("the chest pain was last month,
    # it's gone now", "flu two weeks ago, fever and all, but that's long gone")
    r"(?:[^.;:!?,]{0,60}?,\s*(?:but\s+)?(?:it|that|which|both|they)(?=['\u2019]s|\s+(?:has|had|have|is|are)\b)\s*|"
    # ... or by "but that's" later in the sentence ("My upper back was sore last week after
    # painting the ceiling but that's settled")
    r"[^.;:!?,]{0,80}?\bbut\s+(?:that|it)(?=['\u2019]s|\s+(?:has|had)\b)\s*|"
    r"[^.;:!?,]{0,40}?\b)"
    r"(?:has|have|had|is|are|['\u2019]s|'ve)\s+" + _GONE_ITSELF,
    re.IGNORECASE,
)
# "the tingling's gone": the "'s" read as part of the finding's word
_S_GONE = compile_pattern(r"\s+" + _GONE_ITSELF, re.IGNORECASE)
# one of these is in every match of _GONE and of _ALL_BETTER
_GONE_WORDS = (
    "gone", "shrunk", "settled", "cleared", "vanished", "passed", "better", "now", "resolved", "went", "worn",
)  # fmt: skip
_A_WORD = compile_pattern(r"\w+")
_GONE_WORD = compile_pattern(
    r"\b(?:gone|shrunk|settled|cleared|vanished|passed|worn|better|okay|ok|fine|well|normal)\b", re.IGNORECASE
)
# "... but that was 2 weeks ago and it's all ...": a trouble told as over (read by _ALL_BETTER
# and _BUT_IT)
_THAT_WAS_AGO = (
    r"that\s+was\s+[^.;:!?,]{0,30}?\bago\s+and\s+(?:it|everything)\s*(?:['\u2019]s|\sis)\s+(?:all\s+)?"
)
# "had a temperature last week, all better now": over, told after a comma
_ALL_BETTER = compile_pattern(
    r"[^.;:!?,]{0,60}?(?:,\s*|\s+(?=but\s+(?:now|it|its|it['\u2019]s|i['\u2019]m|i\s+am)\b))(?:(?:(?:it|that)\s*(?:['\u2019]s|\sis)\s+)?(?:now\s+)?all\s+better(?:\s+now)?|"
    # "had fever last week, now I am okay"
    r"(?:but\s+)?now\s+(?:i\s*(?:am|['\u2019]?m)|it\s*(?:is|['\u2019]s))\s+(?:okay|ok|fine|better|well)|"
    # "my bum went numb on the long drive, fine now", "... but it's fine now", "had a fever for
    # a few days, all gone now", "shivery for a day, all fine now", "... but I'm fine now"
    r"(?:but\s+)?(?:(?:it|its|that)\s*(?:['\u2019]s|\sis)?\s+|i\s*(?:['\u2019]m|\sam)\s+)?"
    # ("... but it's completely better now", "totally fine now")
    r"(?:all\s+|completely\s+|totally\s+|fully\s+|absolutely\s+|perfectly\s+)?(?:fine|ok|okay|normal|better|all\s+good|"
    r"(?:all\s+)?back\s+to\s+normal|(?:all\s+)?gone)\s+now|"
    # "I couldn't wee for the first day after the catheter came out, but that was 2 weeks ago and
    # it's all back to normal now"
    rf"(?:but\s+)?{_THAT_WAS_AGO}(?:back\s+to\s+normal|fine|ok|okay|normal)(?:\s+now)?|"
    # "tingly bum after cycling yesterday, but it was gone by this morning"
    r"(?:but\s+)?(?:(?:it|that|they)\s+)?(?:was|were|had)\s+(?:all\s+)?gone\s+by\s+(?:the\s+)?(?:this\s+|next\s+)?"
    r"(?:morning|evening|afternoon|day|time\s+\w+)|"
    # "Had a bad chest infection in January with a fever, got antibiotics and it cleared
    # completely"
    r"(?:[^.;:!?,]{0,40}?\b(?:and|but)\s+)?(?:it|that|which)\s+(?:cleared(?:\s+up)?|resolved|went\s+away)"
    r"\s+(?:completely|fully|totally|quickly|within\s+(?:a|the)\s+\w+|in\s+(?:a|the)\s+\w+))"
    # ("all better now apart from a bit of a cough")
    r"(?=\s*(?:$|[.,;:!?)]|(?:and|but|only|just|apart|except|bar)\b))",
    re.IGNORECASE,
)
# "... but it's gone": the "but" turns to the finding just said, not to a new state
_BUT_IT = compile_pattern(
    r"(?:\bbut\s+(?:it|that|both|they)\s*(?:['\u2019]s|\s(?:has|had|have|is|are|was))\s+"
    r"(?:now\s+|completely\s+|all\s+|just\s+|long\s+)?|"
    # "..., now I am okay"
    r"\b(?:but\s+)?now\s+(?:i\s*(?:am|['\u2019]?m)|it\s*(?:is|['\u2019]s))\s+|"
    # "... but I'm fine now"
    r"\bbut\s+i\s*(?:['\u2019]m|\sam)\s+|"
    # "..., got antibiotics and it cleared completely"
    r"\band\s+(?:it|that)\s+|"
    # "..., but that was 2 weeks ago and it's all back to normal now"
    rf",?\s*but\s+{_THAT_WAS_AGO}(?:back\s+to\s+)?)$",
    re.IGNORECASE,
)


# A loss said over with "now" and no verb, right after it and ending its sentence: "my bum was
# numb but now fine", "numb bum after the long drive, now gone", "couldn't pee for a bit after
# the op but now back to normal", "both legs were weak but they're better now". Not with
# something else told between ("... and the leg pain was bad but now fine", "... so they put a
# catheter in, now fine"), nor "now better but not completely", "now gone numb", "now fine?".
# (up to six words of the loss's own, nothing else told: then a comma or "but")
_OF_THE_LOSS = r"(?:\s+(?!(?:and|since|so|because|cos|when|but|then|while|until|till)\b)[\w'\u2019]+){0,6}?"
_TURN = r"(?:\s*,\s*(?:but\s+)?|\s+but\s+)"
_NOW_OVER = compile_pattern(
    rf"(?:{_OF_THE_LOSS}{_TURN}now\s+(?:fine|ok|okay|normal|gone|back\s+to\s+normal)|"
    r"\s+but\s+they\s*(?:['\u2019]re|\s+are)\s+(?:fine|ok|okay|normal|better)\s+now|"
    # "my legs were weak last week, they're fine now", "... but now they feel normal" ("they" only:
    # a place named is often another one, "I keep wetting myself, my legs are ok now", and "it"
    # another thing, "... my back was killing me but it's fine now", a review rev60)
    rf"{_OF_THE_LOSS}{_TURN}(?=[^.!?]*\bnow\b)(?:now\s+)?(?P<they>they)"
    r"(?:\s+now)?(?:\s*['\u2019]re|\s+(?:are|feel))\s+(?:fine|ok|okay|normal|back\s+to\s+normal|grand|alright|all\s+right)"
    r"(?:\s+now)?(?:\s*,?\s*(?:thanks|thank\s+god|thankfully))?)"
    r"(?=\s*(?:$|[.!]))",
    re.IGNORECASE,
)
# ... unless anything later may tell it back or doubt it ("... now fine. It's numb again", "now
# fine... NOT", "my legs still give way")
_MAYBE_NOT_OVER = compile_pattern(
    r"\b(?:again|still|not|nope|nah|(?:came|come|comes|coming)\s+back|back\s+(?:again|now|to\s+being)|"
    r"it['\u2019]?s\s+back)\b",
    re.IGNORECASE,
)


def _over_now(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is said over with "now" (`_NOW_OVER`) and nothing later may tell it
    back (`_MAYBE_NOT_OVER`); "they" only of parts that come in pairs ("my legs were weak, they're
    fine now"; not "I wet myself in front of the kids, they're fine now", a review rev61)."""
    over = _NOW_OVER.match(text, mention.end)
    return (
        over is not None
        and not (
            over.group("they") and _PAIRED_PARTS.isdisjoint(plain_words(text[mention.start : mention.end]))
        )
        and _MAYBE_NOT_OVER.search(text, over.end()) is None
    )


_PAIRED_PARTS = PAIRED_PLURALS | {"hips", "buttocks", "cheeks", "both"}


def _before_gone(words: str) -> int:
    """Where "gone" (or "shrunk", "settled" ...) starts in what `_GONE` matched."""
    found = _GONE_WORD.search(words)
    return found.start() if found else len(words)


def plain_words(text: str) -> list[str]:
    """The words of ``text`` in lower case.

    >>> plain_words("Can't feel IT")
    ['can', 't', 'feel', 'it']
    """
    return [word.lower() for word in _A_WORD.findall(text)]


_SMALLER = compile_pattern(r"\b(?:shrunk|gone\s+down)\b", re.IGNORECASE)
_SWOLLEN = compile_pattern(r"swell|swollen|lump|bump", re.IGNORECASE)
_BACK_AGAIN = compile_pattern(
    r"\b(?:(?:came|come|comes|coming)\s+back|back\s+again|returned|returns|(?:it'?s|is)\s+back)\b",
    re.IGNORECASE,
)


_THEN = compile_pattern(
    r"\b(?:but|now|then|again|while|whilst|though|although|whereas|and\s+(?:i|my|it|now))\b", re.IGNORECASE
)


_SYMPTOM_OR_SIGN = frozenset({Kind.SYMPTOM, Kind.WARNING_SIGN})
_FACULTIES = frozenset({"control", "use", "movement", "grip", "balance", "sense", "feel", "feeling"})
# a feeling said not felt: "couldn't feel it down there", "can't really feel my bum"
_NOT_FELT = compile_pattern(
    r"(?:couldn['\u2019]?t|could\s+not|can['\u2019]?t|cannot|can\s+not)\s+(?:\w+\s+)?feel\b", re.IGNORECASE
)


_WITH_A_TREATMENT = (
    r"\s+with\s+(?:the\s+|some\s+|a\s+bit\s+of\s+|a\s+course\s+of\s+|my\s+)?(?:physio|physiotherapy|rest|time|"
    r"exercises?|stretches|stretching|treatment|painkillers|tablets|antibiotics|pelvic\s+floor\s+exercises|"
    r"injections?|an\s+injection|massage|chiro|osteo)"
)
_IN_A_TIME = (
    r"\s+(?:in|within|after|over)\s+(?:about\s+|around\s+|roughly\s+|just\s+|under\s+|less\s+than\s+)?"
    r"(?:a\s+few|a\s+couple\s+of|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?:days?|weeks?|wks?|months?|mths?)"
)
# What is "now just" left when a symptom told as had is over: an ache or a stiffness, or the
# back itself ("now just a sore lower back", "now it's only a mild ache"), not a pain, a
# numbness or a weakness kept in another place ("now just a dull ache in both legs", "now just
# the left one", "now just a little less")
_MILDER = (
    r"(?:an?\s+|some\s+|the\s+odd\s+)?(?:(?:mild|slight|dull|bit\s+of\s+(?:an?\s+)?|little|tiny|bit)\s+)?"
    r"(?:(?:sore|stiff|achy|aching|niggly|tight)\s+)?(?:my\s+|the\s+)?(?:(?:lower|low|upper)\s+)?"
    r"(?:(?:back\s*)?(?:ache|aches|stiffness|soreness|niggle|twinge|twinges)|back(?:\s+pain)?)\b"
    r"(?![^.;:!?,]{0,20}?\b(?:legs?|feet|foot|bum|buttocks?|groin|thighs?|calf|calves|down)\b)"
)
# "... but that cleared up 4 years ago", "... went away last year", "... resolved in 2019"
_AGO = (
    r"\s+(?:(?:about|around|over|nearly|almost|some)\s+)?(?:(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|many)\s+(?:years?|yrs?|months?)\s+ago|(?:years|ages|months)\s+ago|"
    r"last\s+(?:year|summer|winter|spring|autumn)|in\s+(?:19|20)\d\d)"
)
# "... but it recovered fully", "but that sorted itself out", "but I'm back to normal now":
# told after the finding, of it (a pronoun) or of the writer, a recovery makes it past.
_RECOVERED = compile_pattern(
    r"[^.;:!?]{0,80}?(?:,\s*|\s+)(?:but\s+|and\s+)?(?:"
    r"(?:it|that|which|this|they)\s+(?:all\s+)?(?:has\s+|had\s+|have\s+)?(?:since\s+)?(?:all\s+)?"
    r"(?:fully\s+|completely\s+|totally\s+)?"
    r"(?:recovered|resolved|sorted\s+(?:itself|themselves)\s+out|cleared\s+up|got\s+better|settled(?:\s+down)?|"
    r"healed(?:\s+(?:fine|well|up|nicely))?|went\s+away|disappeared)"
    # ... with what and in how long: "but that all settled with physio in about six weeks",
    # "settled in 6 wks with pelvic floor exercises"; or when: "but that cleared up 4 years ago"
    rf"(?:{_WITH_A_TREATMENT}(?:{_IN_A_TIME})?|{_IN_A_TIME}(?:{_WITH_A_TREATMENT})?|{_AGO})?"
    # "the numbness round my bum went after the op and hasn't come back"
    r"|(?P<went>(?:went|went\s+away|disappeared|cleared)\b[^.;:!?,]{0,40}?\band\s+(?:it\s+)?"
    r"(?:has\s*n[o'\u2019]?t|hasnt|has\s+never|never)\s+(?:come|came)\s+back)"
    # "sciatica down my right leg after my second baby that went after a few months"; or the
    # finding named again: "swelling on my back ..., but the swelling went down within a week"
    # (its word: see _recovered_from)
    r"|(?:that|which|it|the\s+(?P<noun>[a-z]+))\s+(?:went|went\s+away|went\s+down|cleared(?:\s+up)?|settled(?:\s+down)?)"
    r"(?:\s+(?:after|within|in)\s+"
    rf"(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five|six|several)\s+(?:days|weeks|months|years)|{_IN_A_TIME})"
    # "... in 2019 but it stopped after the birth", "a temperature ..., but that cleared before
    # the back pain started"
    r"|(?:that|which|it)\s+(?:went|went\s+away|cleared(?:\s+up)?|settled(?:\s+down)?|stopped)\s+"
    r"(?:after\s+(?:the|my)\s+(?:birth|delivery|pregnancy|op|operation|surgery|treatment|antibiotics)|"
    r"(?:long\s+)?before\s+(?:the|this|my)\s+(?:back|pain)[^.;:!?,]*)"
    # "..., recovered completely" (see _recovered_from: right after the finding's own clause)
    # (said with how well, or ending its sentence: not "Both legs went weak, recovered, then went
    # weak again", nor "my legs gave way, recovered and got myself to bed")
    r"|(?<=,\s)(?P<bare>(?:fully|completely|totally)\s+(?:recovered|resolved)|(?:recovered|resolved)"
    r"(?:\s+(?:fully|completely|well)|(?=\s*(?:[.!;]|$))))"
    r"|i\s*(?:am|['\u2019]?m|was|have|['\u2019]?ve)\s+(?:been\s+)?(?:fully\s+|completely\s+)?"
    r"(?:back\s+to\s+normal|recovered|(?:fully|completely|totally|all)\s+better)"
    # "I had a fever but it was years ago"
    r"|(?:it|that)\s+was\s+(?:\w+\s+)?(?:years|months|ages|decades)\s+ago"
    r"|(?:it|that)\s+was\s+(?:a\s+)?long\s+(?:time\s+)?ago"
    # "I had sciatica down my leg, now just a sore lower back" (see _recovered_from: told with
    # "had" or "used to")
    r"|(?<=,\s)(?P<now_only>(?:but\s+)?now(?:\s+(?:it['\u2019]?s|its|it\s+is|i['\u2019]?ve\s+got|i\s+have|there['\u2019]?s))?"
    rf"(?=\s+(?:just|only)\s+{_MILDER}))"
    # "it was sore over the weekend and has gone now"
    r"|(?<=\band\s)(?:has|have)\s+(?:now\s+|completely\s+|all\s+)?(?:gone|cleared(?:\s+up)?|settled(?:\s+down)?)"
    r")(?:\s+(?:fully|completely|now|since|well))*"
    # ... and in how long, after how well: "but it recovered fully within six months"
    rf"(?:{_IN_A_TIME})?"
    r"(?=\s*(?:$|[.,;:!?)]|(?:and|but|only|just|thankfully)\b))",
    re.IGNORECASE,
)
# The finding itself said to have gone, in the simple past with how long it took: "the swelling
# went down within a week", "the numbness cleared up in a few days" (not "the pain went down my
# leg", "the swelling went down a bit")
_WENT_ITSELF = compile_pattern(
    r"\s+(?:(?:completely|fully|totally|quickly|soon)\s+)?"
    r"(?:went\s+(?:down|away)|cleared(?:\s+up)?|settled(?:\s+down)?|disappeared|subsided|resolved)"
    rf"(?:\s+(?:completely|fully|totally))?{_IN_A_TIME}"
    r"(?=\s*(?:$|[.,;:!?)]|(?:and|but|thankfully)\b))",
    re.IGNORECASE,
)
# one of these is in every match of _RECOVERED and _WENT_ITSELF
_RECOVERY_WORDS = (
    "recovered", "resolved", "sorted", "cleared", "better", "healed", "went", "disappeared", "settled",
    "stopped", "normal", "ago", "gone", "now", "subsided",
)  # fmt: skip


# Between a finding and "but it got better", something else the person had, took or did,
# which may be what got better ("... I had a UTI last month but it cleared up", "cut my hand
# but it got better", "took paracetamol and it got better"); not a cause told with the
# finding ("after my knee op", "after a slipped disc").
_SOMETHING_ELSE = compile_pattern(
    r"\b(?:had|have|got|caught|took|take|taking|tried|used|using|cut|bruised|sprained|burnt|burned)\s+"
    r"(?:a|an|my|some|the|this|that)?\b"
    r"|\b(?:whiplash|cold|flu|covid|uti|infection|virus|bug|tonsillitis|rash|cut|bruise|sprain)\b",
    re.IGNORECASE,
)
_FEVERS = frozenset({"fever", "fever-with-back-pain"})
_AN_ILLNESS = compile_pattern(r"cold|flu|covid|virus|bug|tonsillitis|infection", re.IGNORECASE)
# A faculty that went and "hasn't come back" is the loss itself, not a recovery.
_FACULTY_WENT = compile_pattern(
    r"\b(?:feeling|sensation|control|strength|power|use|grip|appetite)\b", re.IGNORECASE
)
_STILL = compile_pattern(r"\b(?:but|and)\s+(?:i\s*(?:am|['\u2019]?m)\s+)?still\b", re.IGNORECASE)


# An event, an operation or a history told as had stays what it was when something milder is
# "now" all there is ("had a fall, now just a sore back"): only symptoms are over by it.
_EVENTS = frozenset(
    {
        "recent-injury", "major-trauma", "minor-trauma-with-osteoporosis", "unable-to-bear-weight-after-fall",
        "recent-spinal-surgery", "recent-bacterial-infection", "iv-drug-use", "history-of-cancer",
        "immunosuppression",
    }
)  # fmt: skip
# (not "I've had", which goes on to now)
_HAD_BEFORE = compile_pattern(
    r"(?<!\bi['\u2019]ve\s)(?<!\bive\s)(?<!\bhave\s)(?<!\bhas\s)\b(?:had|used\s+to\s+(?:get|have))\b[^.;:!?,]*$",
    re.IGNORECASE,
)


_STILL_TOO = compile_pattern(r"\bstill\b|\bas\s+well\s+as\b|\btoo\b|\balso\b", re.IGNORECASE)
# another bout than the one told: "last time", "the time before", "previously"
_ANOTHER_TIME = compile_pattern(
    r"\b(?:last|previous|other)\s+(?:time|times|bout|episode|flare)\b|\bthe\s+time\s+before\b|\bpreviously\b",
    re.IGNORECASE,
)


def _went_itself(text: str, mention: Mention) -> bool:
    """True when ``mention`` is the subject of its own going (`_WENT_ITSELF`), and nothing later in
    the sentence tells it back or still there."""
    went = _WENT_ITSELF.match(text, mention.end)
    if went is None or _ANOTHER_TIME.search(text, max(0, mention.start - 20), mention.start):
        return False  # (not an earlier bout: "Last time the swelling went down within a week")
    end = sentence_end(text, went.end())
    return not (_BACK_AGAIN.search(text, went.end(), end) or _STILL.search(text, went.end(), end))


def _recovered_from(text: str, mention: Mention, recovered: re.Match[str]) -> bool:
    """True when the recovery read after ``mention`` is of it: nothing else the person had,
    took or did stands between them (an illness, an injury, a treatment), a faculty
    that "went and hasn't come back" is still lost, and nothing says it is back or still there."""
    gap = text[mention.end : recovered.end()]
    if _ANOTHER_TIME.search(gap):
        return False  # an earlier bout: "Pain down both legs since Friday, last time it recovered ..."
    if recovered.group("now_only") and not (
        gap.count(",") == 1
        and mention.entity.id not in _EVENTS
        and _HAD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    ):
        return False  # "Fell off a ladder, now just can't stand": the fall is what matters
    if recovered.group("now_only") and _STILL_TOO.search(
        text, recovered.end(), sentence_end(text, recovered.end())
    ):
        return False  # "... now just a stiff back and the numbness is still there", "as well as"
    if recovered.group("noun") and recovered.group("noun").lower() not in plain_words(mention.orth):
        return False  # another thing named: "swelling on my back, but the bruise went down in a week"
    if recovered.group("bare") and gap.count(",") > 1:
        return False  # "Both legs weak since yesterday, slipped disc years ago, recovered."
    other = _SOMETHING_ELSE.search(gap)
    # a fever goes with the illness it came with: "a fever last month with covid, recovered
    # completely"
    if other and not (
        mention.entity.id in _FEVERS and _AN_ILLNESS.fullmatch(other.group()) and gap.count(",") <= 1
    ):
        return False
    if recovered.group("went") and _FACULTY_WENT.search(text, max(0, mention.start - 30), recovered.end()):
        return False  # "the feeling in my bum went ... and hasn't come back": still lost
    end = sentence_end(text, recovered.end())
    return not (_BACK_AGAIN.search(text, recovered.end(), end) or _STILL.search(text, recovered.end(), end))


# A finding said to go, then to come back: "the numbness in my groin went away but it came back
# today", "sciatica down my leg went away but now it's back"
_WENT_THEN_BACK = compile_pattern(
    r"[^.;:!?]{0,40}?\b(?:went\s+away|gone\s+away|disappeared|cleared(?:\s+up)?|wore\s+off|worn\s+off|resolved|"
    r"settled)\b[^.;:!?]{0,40}?\b(?:but|and|then|until)\b"
    # (a few words, none a negation, a fear or an instruction: not "... and hasn't come back",
    # "... but I'm worried it will come back", "... the GP said to come back if it returns")
    r"(?:\s+(?!\w*n['\u2019]?t\b|not\b|never\b|will\b|would\b|might\b|may\b|could\b|should\b|to\b|if\b|"
    r"worried\b|scared\b|afraid\b|said\b|says\b|told\b)[\w'\u2019]+){0,4}?\s+"
    r"(?:(?:came|come|comes|coming)\s+back|\b(?:it['\u2019]?s|it\s+is|its|they['\u2019]?re|they\s+are)\s+back\b|"
    # (seeming or deciding to is no instruction: "it seems to have come back", "then it decided
    # to come back today": a review, rev91)
    r"\b(?:seems?|seemed|appears?|appeared|decided|started)\s+to\s+(?:have\s+)?(?:come|came)\s+back\b|"
    r"\bback\s+again\b|\breturned\b)",
    re.IGNORECASE,
)
_WENT_THEN_BACK_WORDS = ("back", "returned")


def back_after_going(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where a symptom denied by its going ("went away", "cleared up") is said to
    have come back later in its sentence, with no other finding between: present again.

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "the numbness in my groin went away but it came back today")
    >>> sorted({str(m.status) for m in it.mentions if m.entity.id == "saddle-anaesthesia"})
    ['present']
    """
    if not any(m.status is Status.ABSENT for m in mentions) or not may_say(
        lower_case(text), _WENT_THEN_BACK_WORDS
    ):
        return mentions  # (most texts)
    starts = sorted({m.start for m in mentions})
    # the end of the longest words read from each start ("sciatica down" and "sciatica down my leg")
    longest: dict[int, int] = {}
    for m in mentions:
        longest[m.start] = max(longest.get(m.start, m.end), m.end)
    kept = []
    for mention in mentions:
        if mention.status is Status.ABSENT and mention.entity.kind in _SYMPTOM_OR_SIGN:
            end = longest[mention.start]
            back = _WENT_THEN_BACK.match(text, end, sentence_end(text, end))
            if back is not None and not any(end <= at < back.end() for at in starts):
                mention = attrs.evolve(mention, status=Status.PRESENT)
        kept.append(mention)
    return kept


def symptoms_gone(text: str, mentions: list[Mention]) -> list[Mention]:
    """Present symptoms (and signs found in their words) said to have gone become absent; said
    to have been recovered from, past."""
    # (the patterns match only from a word of theirs on: none after a mention, no match)
    lowered = lower_case(text)
    last_recovery, last_gone = last_said(lowered, _RECOVERY_WORDS), last_said(lowered, _GONE_WORDS)
    # (a cancer that has gone is still a past cancer: "I had breast cancer, it's gone now")
    stays = language().a_history_stays
    kept = []
    for mention in mentions:
        if mention.entity.id in stays:
            kept.append(mention)
            continue
        a_symptom = mention.present and mention.entity.kind in _SYMPTOM_OR_SIGN
        recovered = (
            _RECOVERED.match(text, mention.end) if a_symptom and last_recovery >= mention.end else None
        )
        if (
            (recovered and _recovered_from(text, mention, recovered))
            or (a_symptom and last_gone >= mention.end and _over_now(text, mention))
            or (a_symptom and last_recovery >= mention.end and _went_itself(text, mention))
        ):
            kept.append(attrs.evolve(mention, status=Status.HISTORICAL))
            continue
        # "the strength in my legs has gone", "my bladder control has gone": a loss, not a
        # symptom that went (but a feeling not felt is a loss told: only its end may follow, "I
        # couldn't feel it down there for weeks, totally fine now")
        goes = a_symptom and last_gone >= mention.end
        faculty = goes and any(
            word in language().faculty_lost or word in _FACULTIES
            for word in plain_words(text[mention.start : mention.end])
        )
        not_felt = faculty and _NOT_FELT.match(text, mention.start) is not None
        if goes and (not faculty or not_felt):
            gone = (None if not_felt else _GONE.match(text, mention.end)) or _ALL_BETTER.match(
                text, mention.end
            )
            if gone is None and text[mention.end - 2 : mention.end] in ("'s", "\u2019s"):
                gone = _S_GONE.match(text, mention.end)
            said_before = gone.group()[: _before_gone(gone.group())] if gone else ""
            head = _BUT_IT.sub("", said_before)
            if (
                gone is not None
                # "... but now it has gone numb": a new state before the verb (a "now" after
                # "gone" says it is over: "it's gone now")
                and not _THEN.search(head)
                and not any(w in _FACULTIES or w == "like" for w in plain_words(gone.group()))
                # "had gone this morning and then came back worse": back again later on
                and not _BACK_AGAIN.search(text, gone.end(), sentence_end(text, gone.end()))
                # a swelling shrinks or goes down; a numb patch that shrank is getting better
                and (
                    not _SMALLER.search(gone.group())
                    or _SWOLLEN.search(f"{mention.orth} {mention.entity.id}")
                )
            ):
                # "the numbness has gone" denies it; "the chest pain was last month, it's gone
                # now" tells of a past one
                told_before = "," in head or head != said_before
                mention = attrs.evolve(mention, status=Status.HISTORICAL if told_before else Status.ABSENT)
        kept.append(mention)
    return kept


# A sentence of its own that says "it" went, and nothing more: "I had a really sore right buttock
# for a few weeks. It's gone now.", "... It lasted about four days and then went on its own."
# Read whole, to the sentence's end: not "It hasn't gone", "It's gone six weeks now", "It went
# straight to answerphone", "It wore off after an hour", "It settled after a minute each time".
_GONE_NEXT = compile_pattern(
    r"\W*(?:but\s+|and\s+|thankfully\s+|luckily\s+)?(?:it|that|the\s+pain)(?:['\u2019]s|\s+has|\s+had|\s+is)?\s+"
    r"(?:(?:all|completely|totally|fully|long)\s+)?"
    r"(?:(?:gone|went|settled|cleared|passed|disappeared|resolved|eased|died)(?:\s+(?:away|down|up|off))?|"
    r"lasted\s+(?:about\s+|around\s+|only\s+)?(?:a|an|one|two|three|four|five|six|seven|a\s+few|a\s+couple\s+of|\d+)\s+"
    r"(?:days?|weeks?|hours?)\s+(?:and\s+)?then\s+(?:went|cleared|settled|passed|disappeared)(?:\s+(?:away|up|down))?)"
    r"(?:\s+(?:now|on\s+its\s+own|by\s+itself|of\s+its\s+own\s+accord))?"
    r"(?:\s*,?\s*(?:touch\s+wood|thankfully|thank\s+god|thank\s+goodness))?\W*",
    re.IGNORECASE,
)
_STILL_THERE = compile_pattern(
    r"\b(?:still\s+(?:there|here|got\s+it|hurts|aches)|started\s+(?:up\s+)?again)\b", re.IGNORECASE
)
_GONE_NEXT_WORDS = (
    "gone",
    "went",
    "settled",
    "cleared",
    "passed",
    "disappeared",
    "resolved",
    "wore",
    "eased",
    "died",
)


def gone_in_the_next_sentence(
    kb: KnowledgeBase, text: str, bounds: Sequence[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` where the pains of one sentence are said to have gone in the next, a short
    sentence of its own that names no finding ("I had a really sore right buttock for a few
    weeks. It's gone now."): told as past, with the places they were in. A sign of an emergency
    so told is asked about, not dropped ("Chest pain and back pain this morning. It's gone
    now."); a loss of feeling or strength is left as it is (its return is read by
    `said_to_have_passed`)."""
    lowered = lower_case(text)
    if len(bounds) < 2 or not may_say(lowered, _GONE_NEXT_WORDS):
        return mentions  # most texts
    gone_after: set[int] = set()  # the sentences whose next sentence says "it" went
    for index, (start, end) in enumerate(bounds[1:], start=1):
        said = _GONE_NEXT.fullmatch(text, start, max(end, sentence_end(text, start)))
        if (
            said is None
            or "?" in said.group()
            or any(start <= m.start < end and m.present for m in mentions)
            # back later: "It's gone now. Then this morning it came back worse than ever."
            or _BACK_AGAIN.search(text, said.end())
            or _STILL_THERE.search(text, said.end())
        ):
            continue
        gone_after.add(index - 1)
    gone = [
        m for m in mentions if m.present and _a_pain_said(m) and sentence_of(bounds, m.start) in gone_after
    ]
    if not gone:
        return mentions
    pains = {m.entity.id for m in gone}
    places = {region for region, pain in pain_of_regions(kb).items() if pain in pains}
    kept = []
    for m in mentions:
        if m in gone:
            urgent = isinstance(m.entity, WarningSign) and m.entity.urgency is Urgency.EMERGENCY
            m = attrs.evolve(m, status=Status.UNCERTAIN if urgent else Status.HISTORICAL)
        elif m.present and m.entity.kind is Kind.REGION and m.entity.id in places:
            m = attrs.evolve(m, status=Status.HISTORICAL)
        kept.append(m)
    return kept


def _a_pain_said(m: Mention) -> bool:
    """True for a pain or a sciatica (a symptom or a sign), whose going is read from "it went"."""
    return m.entity.kind in _SYMPTOM_OR_SIGN and ("pain" in m.entity.id or "sciatica" in m.entity.id)


_IMPROVING = "improving"


# Said right after a finding: it is getting better ("the pins and needles in my foot are
# much better this week", "the numbness is improving").
_IMPROVED = compile_pattern(
    # at most three words between, none that starts a new subject ("my leg is numb and my
    # back is much better" is a back that is better)
    # (and never past the end of its sentence: "legs giving way. feel better after exercise")
    r"(?:[^\w.!?;]+(?!(?:and|but|my|while|whereas|though|although|his|her|their)\b)\w+){0,3}?[^\w.!?;]*"
    r"\b(?:is|are|s|has|have|feels?|seems?|getting|got)\s+"
    r"(?:(?:much|a\s+lot|loads|way|far|so\s+much|heaps|lots|a\s+bit|a\s+little|slowly|definitely)\s+)?"
    r"(?:better|improving|improved|easing|easier|settling|settled)\b",
    re.IGNORECASE,
)


def said_to_improve(text: str, mention: Mention) -> Mention:
    """``mention`` with the modifier "improving" when the words after it say so."""
    if mention.present and mention.entity.kind in _SYMPTOM_OR_SIGN and _IMPROVING not in mention.modifiers:
        improved = _IMPROVED.match(text, mention.end)
        # "hasn't got better", "is no better", "never gets better": no improvement
        if improved is not None and not _NOT_SO.search(improved.group()):
            return attrs.evolve(mention, modifiers=(*mention.modifiers, _IMPROVING))
    return mention


# The feeling said to have come back, in words of its own, after a loss of it: "it was back
# before the first song", "it came right", "the feeling is coming back", "it all came back",
# "rolled over and it sorted itself out", "fine by my ten o'clock meeting" (not "it hasn't
# come back", "the numbness keeps coming back": see _NOT_BACK).
_CAME_BACK = LazyPattern(
    r"\b(?:it|that|everything|all|feeling|sensation|they)(?:['\u2019]s|\s+(?:was|were|is|are|had|has|have))?\s+"
    r"(?:all\s+|completely\s+|fully\s+)?(?:been\s+)?back\s+(?:by|before|within|after|once|when|soon|straight|quickly|"
    r"in\s+(?:a|an|no|about|\d+|ten|five|twenty))\b"
    r"|\b(?:came|come|comes|coming)\s+(?:right|good|round|back\s+(?:to\s+life|when|once|after|as\s+soon|within|by|"
    r"before|straight|quickly|slowly|gradually|in\s+(?:a|an|about|\d+)))\b"
    # (not "it came back", which may be the numbness coming back)
    r"|\b(?:everything|feeling|sensation|it\s+all|they\s+all)\s+(?:\w+\s+){0,2}?(?:came|come|comes|coming)\s+back\b"
    r"|\b(?:sorted|righted)\s+itself(?:\s+out)?\b"
    r"|\b(?:it|that|this|they|everything|numbness|tingling|feeling)\s+(?:\w+\s+)?"
    r"(?:went\s+away|wore\s+off|had\s+worn\s+off|faded(?:\s+away)?|eased\s+off|passed)\b"
    # fine, or gone, by a time or an event: "fine by my ten o'clock meeting", "right as rain the
    # next day", "disappeared as soon as I stood", "it went after a bit" (not "my legs went after
    # the fall": the subject of "went" is "it"; not "better after" nor "eased when", said of pain)
    # (not a comparison: "I lift my knee higher than normal when I step")
    r"|(?<!than\s)\b(?:fine|ok|okay|normal|grand|right\s+as\s+rain|recovered|disappeared|vanished|passed|no\s+harm\s+done|"
    r"all\s+good|(?:it|that|they)\s+(?:went|had\s+gone|was\s+gone|were\s+gone))\s+(?:again\s+)?"
    r"(?:by|after|within|once|when|as\s+soon\s+as|the\s+(?:moment|minute|second|next)|next|before|"
    r"in\s+(?:a|an|about|\d+|no|under|ten|five|twenty)|on\s+the\s+(?:walk|way|drive))\b"
    r"|\bright\s+as\s+rain\b|\ball\s+(?:good|fine|ok|okay|normal)\s+(?:now|again)\b"
    # "walked it off at the station", "shook it out"
    r"|\b(?:walked|walking|shook|shaking|stretched|rubbed|slept)\s+it\s+(?:off|out)\b"
    # ... or with no subject, just after a comma, the going of what came before it: "numb bum
    # after the ride, went away about 20 mins after I got off" (not "went away for the weekend")
    r"|(?:(?<=,)|(?<=,\s))(?:went\s+away|wore\s+off|faded(?:\s+away)?|eased\s+off)"
    r"(?=\s*(?:[.,;!?]|$)|\s+(?:(?:about|around|roughly|maybe|after|within|in)\s+)?"
    r"(?:a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|a\s+few|a\s+couple\s+of|half\s+an|\d+)\s+"
    r"(?:mins?|minutes?|hours?|hrs?|secs?|seconds?)\b"
    r"|\s+(?:by|after|within|once|when|as\s+soon\s+as|the\s+(?:moment|minute|second|next))\b)"
    # "..., wore off by the evening", "gone by the time we got to the hotel"
    r"|\b(?:wore|worn|wearing)\s+off\s+(?:by|after|within|once|when|as|in)\b"
    r"|\bgone\s+(?:by|before|within)\b"
    # "Walked around the services and it was fine" (said as past, or fine "now" or "again")
    r"|\b(?:it|that|everything|they)\s+(?:was|were)\s+(?:all\s+|totally\s+|completely\s+|perfectly\s+)?"
    r"(?:fine|ok|okay|normal|alright|grand)\b(?!\s+(?:to|with|if|until|till))"
    r"|\b(?:it|that|everything|they)(?:['\u2019]s|\s+is|\s+are)\s+(?:all\s+)?(?:fine|ok|okay|normal)\s+(?:now|again)\b"
    # "Five minutes' walk and it's fine"
    r"|\band\s+(?:it['\u2019]?s|it\s+is|it\s+was)\s+(?:all\s+)?(?:fine|ok|okay|normal|gone)\b"
    r"(?!\s+(?:to|with|if|until|till|but|apart|except|otherwise))"
    # "my bum cheeks went dead at the concert but they woke up on the walk back"
    r"|\b(?:it|they|both|everything)\s+(?:\w+\s+)?(?:woke|wakes|woken|waking)\s+(?:back\s+)?up\b",
    re.IGNORECASE,
)
# ... but not when denied or said to recur: "it still hasn't come back", "never came right",
# "it keeps coming back", "the numbness came back"; nor only expected: "the epidural should have
# worn off by now", "was supposed to wear off by the evening"
_NOT_BACK = compile_pattern(
    r"\b(?:not|never|yet|still|keeps?|kept|till|until|unless|should|shouldve|supposed|meant|(?:has|have|had|is|was|were|are|did|does|do|wo|ca|could)nt)\b"
    r"|n['\u2019]t\b|\b(?:numbness|tingling|pain|sciatica)\s+\w*\s*(?:came|come|comes|coming)\b",
    re.IGNORECASE,
)
_NOT_BACK_REACH = 20  # characters before a return where its denial may stand
# Lost for a while and then not: "went numb for about four hours", "felt numb for an hour
# afterwards" (not "has been numb for six hours", which still is)
_FOR_A_WHILE = LazyPattern(
    r"\b(?:went|was|were|felt|go|goes)\s+(?:\w+\s+){0,3}?(?:numb|dead|tingly|weak)\b(?:(?!\b(?:until|till|unless)\b)[^.;!?,]){0,40}?"
    r"\bfor\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|nearly\s+|almost\s+)?"
    r"(?:an?|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|half\s+an|\d+)\s+"
    r"(?:hours?|hrs?|minutes?|mins?|seconds?)\b(?!\s+(?:now|so\s+far))"
    # "my lady bits were numb for the rest of the day"
    r"|\b(?:went|was|were|felt)\s+(?:\w+\s+){0,3}?(?:numb|dead|tingly)\b[^.;!?,]{0,30}?"
    r"\bfor\s+(?:the\s+rest\s+of\s+the|the\s+whole|the|an?)\s+(?:day|evening|afternoon|morning|night|ride|journey|trip|drive)\b"
    # ... or lost whenever a pressure lasts: "goes numb if I sit on the sofa too long"
    r"|\b(?:if|when|whenever|once)\s+i\s+(?:sit|lie|ride|cycle|drive|kneel)\b[^.;!?,]{0,30}?"
    r"\b(?:too\s+long|for\s+(?:too\s+)?(?:long|ages|hours|a\s+while))\b"
    # "goes numb on the toilet if I'm on my phone too long"
    r"|\b(?:if|when|whenever)\s+(?:i['\u2019]?m|i\s+am|i\s+stay|i\s+sit)\b[^.;!?,]{0,30}?\btoo\s+long\b",
    re.IGNORECASE,
)


# ... nor said of a time gone: "fine after a rest at first but not now", "it used to come back"
_NOT_NOW = compile_pattern(
    r"[^.;!?]{0,40}?\b(?:at\s+first|but\s+(?:not|now|no\s+longer)|not\s+(?:now|any\s*more))\b"
)
_USED_TO = compile_pattern(r"\bused\s+to\b[^.;!?]{0,30}$")


def _returns(text: str, lowered: str | None) -> list[int]:
    """Where ``text`` (``lowered``: its `lower_case`) says a feeling came back (see _CAME_BACK),
    not denied nor recurring, nor said of a time gone."""
    return [
        found.start()
        for found in _CAME_BACK.finditer_lower(text, lowered)
        if not _NOT_BACK.search(text, max(0, found.start() - _NOT_BACK_REACH), found.end())
        and not _NOT_NOW.match(text, found.end())
        and not _USED_TO.search(text, max(0, found.start() - 40), found.start())
        and not asked_if_fine(text, found.start())  # "is that normal after surgery?"
        and not _BACK_AGAIN_AFTER.search(text, found.end(), sentence_end(text, found.end()))
    ]


# ... nor one said to have come again after it: "went away, came back and has stayed for two
# days", "faded after an hour, but it's back today", "went away by the evening, now numb again"
# (a hunt, rev101)
_BACK_AGAIN_AFTER = compile_pattern(
    _BACK_AGAIN.pattern + r"|\bagain\b|\bit\u2019s\s+back\b|\bstayed\b|\bstill\s+there\b", re.IGNORECASE
)


# A pressure on the saddle told as a habit or a long ride: "my balls go numb on long rides", "every
# ride", "whenever I cycle more than an hour", "gaming for hours gives me a dead bum", "after about
# forty miles" (not a pressure once: "after sitting all day at work my saddle area is numb" may be the
# loss of feeling itself, noticed when sitting)
_PRESSED = compile_pattern(
    r"\b(?:every|each)\s+(?:ride|time\s+i\s+(?:ride|cycle|drive))\b|\bwhenever\s+i\s+(?:ride|cycle|drive|fly)\b"
    r"|\bwhen\s+(?:i|you|u)\s+(?:ride|cycle)\b"
    r"|\bon\s+(?:long|longer)\s+(?:rides|drives|flights|journeys)\b"
    r"|\b(?:gives?|gave)\s+me\s+a\s+(?:numb|dead)\b|\b(?:after|for)\s+(?:about\s+|around\s+)?\w+\s+miles\b"
    # ... or a ride of a length ("after a 100 mile ride", "on a 3 hour sportive")
    r"|\b(?:after|on|during|from)\s+(?:a|an|my|the|that|this|todays|yesterdays)\s+\w+\s*-?\s*"
    r"(?:miles?|mi|km|k|kilometres?|hours?|hrs?|hr)\s+(?:bike\s+|cycle\s+|road\s+)?(?:ride|cycle|sportive)\b",
    re.IGNORECASE,
)
# ... nor a numbness told beyond the ride: "numb all the time, not just when I ride", "... when I
# cycle or when I sit or stand", "numb the way it was after a 100 mile sportive, except it hasn't
# worn off in three days"
_NOT_ONLY_PRESSED = compile_pattern(
    r"\bnot\s+(?:just|only)\s+(?:when|on|after)\b|\ball\s+(?:the\s+time|day)\b|\bor\s+when\s+i\s+(?:sit|stand)"
    r"|\b(?:has|have)(?:n['\u2019]?t|\s+not)\s+(?:\w+\s+)?(?:worn|gone)\s+(?:off|away)\b|\bnever\s+(?:wore|went)\s+(?:off|away)\b"
    # ... or lasting, spreading or with more ("still numb a week later", "ever since, 4 days now",
    # "spreading over 2 days", "my back went during a 5 hour ride": a hunt, rev101)
    r"|\bstill\s+(?:numb|there|tingly|tingling|dead)\b|\bever\s+since\b|\b(?:\d+|two|three|four|five|six|a\s+few|several)\s+days\b|\ba\s+week\s+later\b"
    r"|\bspread\w*|\bcame\s+back\b|\bagain\b|\bback\s+went\b|\bdribbl\w*|\bcan['\u2019]?t\s+feel\b",
    re.IGNORECASE,
)
# ... but not a crash or a fall: "since I came off the bike my groin has been numb"
_A_CRASH = compile_pattern(
    r"\b(?:crash\w*|fell|fall|fallen|came\s+off|knocked|hit|accident|collision|thrown)\b", re.IGNORECASE
)


def said_to_have_passed(
    kb: KnowledgeBase, text: str, bounds: Sequence[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` where each loss of feeling or strength (`states_of_a_place`) said, then
    said anywhere after it to have come back in words of its own ("zero feeling in my arse
    cheeks ... it was back before the first song"), or said lost for a few hours or minutes
    ("went numb for about four hours"), or, for the saddle, told with a ride or a long sit
    (``[status] asked_when_pressed``), has the modifier "passing": it passed, so its signs are
    asked about, not raised (``[status] asked_when_passing``).

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "Numb crotch on the ride in, fine by my ten o'clock meeting.")
    >>> [m.modifiers for m in it.mentions if m.entity.id == "saddle-numbness"]
    [('passing',)]
    """
    states = states_of_a_place(kb)
    said = [m for m in mentions if m.present and m.entity.id in states and _PASSING not in m.modifiers]
    if not said:
        return mentions  # most texts: no loss of feeling or strength, no patterns to run
    lowered = lower_case(text)
    returns = _returns(text, lowered)
    spells = [(found.start(), found.end()) for found in _FOR_A_WHILE.finditer_lower(text, lowered)]
    pressed = language().asked_when_pressed
    pressures = (
        [(found.start(), found.end()) for found in _PRESSED.finditer(text)]
        if any(m.entity.id in pressed for m in said)
        and _A_CRASH.search(text) is None
        and _NOT_ONLY_PRESSED.search(text) is None
        else []
    )
    if not returns and not spells and not pressures:
        return mentions

    def passed(m: Mention) -> bool:
        start, end = next(((low, high) for low, high in bounds if high > m.start), (0, len(text)))
        return (
            any(p >= m.end for p in returns)
            or any(low < end and high > m.start for low, high in spells)
            or (m.entity.id in pressed and any(low < end and high > start for low, high in pressures))
        )

    return [
        attrs.evolve(m, modifiers=(*m.modifiers, _PASSING)) if m in said and passed(m) else m
        for m in mentions
    ]


_PASSING = "passing"


_NOT_SO = compile_pattern(r"n[\u2019']?t\b|\b(?:not|no|never|hardly|barely)\b", re.IGNORECASE)


def said_long_standing(text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Each finding said in its own clause to have lasted years ("a weak stream for years",
    "numb feet since 2015", "erectile dysfunction for years from my diabetes"), or to be known
    and looked after ("old news, my doctor knows"), with the modifier "long_standing", unless
    something new is said with it ("for years and now I can't go at all"). The years belong
    to the finding whose words hold them ("always numb"), else the one right after ("for
    years I've had ..."), else the nearest before and those joined to it by "and" or "or"; a
    short remark of its own ("..., it's managed") speaks of its sentence's findings.

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "I've had a weak stream for years from my prostate. My back aches.")
    >>> [(m.entity.id, m.modifiers) for m in it.mentions if m.entity.id == "urinary-retention"]
    [('urinary-retention', ('long_standing',))]
    """
    spans = long_standing_spans(text)
    if not spans:
        return mentions
    findings = [i for i, m in enumerate(mentions) if m.present and m.entity.kind in _FINDINGS]
    said = [(i, m) for i, m in enumerate(mentions) if m.present]
    shorter = [span for d, span in durations_in(text) if d.days < _A_YEAR]  # "since Tuesday"
    signs_of_new_pain = language().said_with_new_back_pain
    marked: set[int] = set()
    for start, end in spans:
        if text[start:end].lower().startswith("since") and _NOT_SINCE.search(
            text, max(0, start - _NOT_SINCE_REACH), start
        ):
            continue  # "I never did that since I was a kid": the first time since, so new
        sentence = next((s for s in sentences if s.tokens[0].start <= start < s.tokens[-1].end), None)
        if sentence is None:
            continue
        position = sentence.position_at(start)
        begin, stop = sentence.clause_offsets(position)
        clause = sentence.clause(position)
        if (
            clause[1] - clause[0] <= _A_REMARK
            and not any(begin <= mentions[i].start < stop for i in findings)
            and _NOT_IN_A_REMARK.isdisjoint(t.norm for t in sentence.tokens[clause[0] : clause[1]])
        ):
            # a remark of its own on what was said before it: "..., it's managed", "..., the
            # doctor knows"
            begin = sentence.tokens[0].start
        if len(sentence.tokens) <= _A_REMARK_SENTENCE and not any(
            begin <= mentions[i].start < stop for i in findings
        ):
            # ... or a short sentence of its own on the one before that tells findings: "my
            # feet have been numb for ages; the podiatrist knows all about it", "Both legs get
            # heavy after I've walked a while. It's been like this for a year."
            begin = _findings_before(sentences, sentence, [mentions[i] for i in findings], begin)
        inside = sorted(
            (i for i in findings if begin <= mentions[i].start < stop), key=lambda i: mentions[i].start
        )
        before = [i for i in inside if mentions[i].end <= start]
        after = [i for i in inside if mentions[i].start >= end]
        # "I've always had aching in both legs", "for years I've had a weak stream": the
        # finding right after; else the one before ("a weak stream for years")
        right_after = [i for i in after if _OPENS_WHAT_LASTED.fullmatch(text, end, mentions[i].start)]
        # the years among a finding's own words: "my feet are always numb"
        around = [i for i in inside if mentions[i].start <= start and end <= mentions[i].end]
        chain = around or right_after[:1] or (_joined_before(text, mentions, before) if before else after[:1])
        # and the other readings of the same words ("aching in both legs": leg pain, sciatica)
        chain += [i for i in inside if i not in chain and _overlaps(mentions, i, chain)]
        if any(m.entity.id in signs_of_new_pain and m.start < end and start < m.end for _, m in said):
            # "I'm on steroid tablets and have back pain": the medicine is a sign itself, whose
            # back pain is new, not its side effect ("legs weak for years on my chemo tablets" is)
            chain = [i for i in chain if not mentions[i].entity.id.endswith("pain")]
        # a place counts too: its pain may be read from a complaint only later ("Pulled
        # something in my lower back on Saturday")
        reach = _reach(sentences, sentence, [m for _, m in said])
        others = [m for i, m in said if begin <= m.start < reach and i not in chain]
        own = [(mentions[i].start, mentions[i].end) for i in chain]
        known = _KNOWN.search(text, start, end) is not None  # "it's managed": no "since" makes it new
        if not _said_new(text, (begin, reach), [*spans, *own], others, shorter, own, known):
            marked.update(chain)
    return [
        attrs.evolve(m, modifiers=(*m.modifiers, LONG_STANDING))
        if i in marked and LONG_STANDING not in m.modifiers
        else m
        for i, m in enumerate(mentions)
    ]


def years_said_with(text: str, mention: Mention) -> bool:
    """True when years are said in ``mention``'s own run of words, whatever the rest of the
    text says is new: "back problems since a fall at work in 2012", "back ache on and off
    since the kids", "for years I've had back pain" (not "back pain since Monday, and numb
    feet for years").

    >>> import painkb
    >>> kb = painkb.load()
    >>> text = "Back ache on and off since 2015. It started again last week."
    >>> pains = [m for m in painkb.interpret(kb, text).mentions if m.entity.id == "lower-back-pain"]
    >>> [years_said_with(text, m) for m in pains]
    [True]
    """
    return any(
        (mention.end <= start and _LASTED_BETWEEN.fullmatch(text, mention.end, start))
        or (end <= mention.start and _OPENS_WHAT_LASTED.fullmatch(text, end, mention.start))
        or (mention.start <= start and end <= mention.end)
        for start, end in _years_spans(text)
        # ("my back is always aching" says how often, not since when)
        if text[start:end].lower() != "always"
    )


# Between a finding and its years, a few words that tell no other thing: "back ache on and off
# since the kids", "my back has been bad for years" (not "... but my feet for years")
_LASTED_BETWEEN = compile_pattern(
    r"\s*(?:(?:on\s+and\s+off|off\s+and\s+on|(?!(?:and|but|or|then|now|until|till|except|apart|not|no|never)\b"
    r"|[\w\u2019']*n[\u2019']?t\b)[\w\u2019']+)\s+){0,4}",
    re.IGNORECASE,
)


def _overlaps(mentions: Sequence[Mention], index: int, others: Sequence[int]) -> bool:
    one = mentions[index]
    return any(one.start < mentions[j].end and mentions[j].start < one.end for j in others)


def _reach(sentences: Sequence[Sentence], sentence: Sentence, findings: Sequence[Mention]) -> int:
    """Where what is said of ``sentence``'s years may still be told: its end, or the next
    sentence's when that one names no finding of its own ("... for years. Since Monday
    nothing.")."""
    index = sentences.index(sentence)
    if index + 1 < len(sentences):
        begin, end = sentences[index + 1].tokens[0].start, sentences[index + 1].tokens[-1].end
        if not any(begin <= m.start < end for m in findings):
            return end
    return sentence.tokens[-1].end


def _said_new(
    text: str,
    where: tuple[int, int],
    years: Sequence[tuple[int, int]],
    others: Sequence[Mention],
    shorter: Sequence[tuple[int, int]],
    own: Sequence[tuple[int, int]] = (),
    known: bool = False,
) -> bool:
    """True when ``where`` says something new, worse or recent ("weak for years but this week
    they gave way", "always weak since the fall"), but for what says years (``years``: "since
    I had polio as a child") and what is said of another finding ("a weak stream for years,
    new back ache"; "my back has hurt since Tuesday")."""
    begin, reach = where
    said = [(m.start(), m.end()) for m in _NEW_IN_A_CLAUSE.finditer(text, begin, reach)]
    said += [(s, e) for s, e in shorter if begin <= s < reach]
    for first, last in said:
        if any(low <= first < high for low, high in years):
            continue  # the years' own words, or the finding's ("trouble getting erections")
        if _NOT_SO_BEFORE.search(text, max(0, first - 12), first):
            continue  # "nothing different lately"
        if any(first < low and _STARTED.fullmatch(text, first, last) for low, _ in years):
            continue  # "started X 2 years ago"
        if any(_JUST_AFTER.fullmatch(text, o.end, first) for o in others):
            continue  # "my back has hurt since Tuesday", "my back pain is new"
        if text[first:last].lower() == "since":
            # since when: years ("since I had polio as a child"), or of something known and
            # looked after ("ever since my hysterectomy ..., it's managed"); else an event
            # ("always weak since the fall")
            if known or any(0 <= low - last <= _SINCE_REACH for low, high in years if (low, high) not in own):
                continue
            return True
        if any(_JUST_BEFORE.fullmatch(text, last, o.start) for o in others):
            continue  # "new back ache"
        return True
    return False


_SINCE_REACH = 30  # characters from "since" to the years it opens


def _joined_before(text: str, mentions: Sequence[Mention], before: Sequence[int]) -> list[int]:
    """The last of ``before`` and those joined to it by "and", "or" or a cause ("weak from my
    MS")."""
    chain = [before[-1]]
    for earlier in reversed(before[:-1]):
        gap = text[mentions[earlier].end : mentions[chain[-1]].start]
        cause = mentions[chain[-1]].entity.kind in _CAUSES
        if not (_JOINED.fullmatch(gap) or (cause and _CAUSED_BY.fullmatch(gap))):
            break
        chain.append(earlier)
    return chain


_A_YEAR = 365
# words at most in a clause that only remarks on the one before ("and it's been like that for years")
_A_REMARK = 7
# ... which denies nothing: "it's not like my usual aches" says the pain is new
_NOT_IN_A_REMARK = frozenset({"not", "no", "never", "isnt", "wasnt", "nothing", "unlike"})
_A_REMARK_SENTENCE = 8  # words at most in a sentence that only remarks on one before it
_REMARK_REACH = 2  # sentences back a remark may speak of ("...; I have to sit. It's been a year.")


def _findings_before(
    sentences: Sequence[Sentence], sentence: Sentence, findings: Sequence[Mention], begin: int
) -> int:
    """Where the nearest of the ``_REMARK_REACH`` sentences before ``sentence`` that tells a
    finding starts; ``begin`` when none does."""
    index = next((i for i, s in enumerate(sentences) if s is sentence), 0)
    for earlier in reversed(sentences[max(0, index - _REMARK_REACH) : index]):
        low, high = earlier.tokens[0].start, earlier.tokens[-1].end
        if any(low <= m.start < high for m in findings):
            return low
    return begin


# Words of a thing known and looked after (see [status] long_standing)
_KNOWN = compile_pattern(
    r"\b(?:managed|knows?|nothing\s+new|not\s+new|old\s+(?:news|issue|problem)|monitored|eye\s+on)\b", re.I
)
_OPENS_WHAT_LASTED = compile_pattern(  # with no comma between: "... on my pills, back sore" is another thing
    r"\s*(?:(?:i|ive|i[\u2019']ve|had|have|has|got|been|a|an|the|my|some|suffered|suffer|with|from)\s+){0,4}",
    re.IGNORECASE,
)
_NOT_SO_BEFORE = compile_pattern(
    r"(?:\bno|\bnot|\bnothing|\bnever|n[\u2019']?t)\W+(?:\w+\W+)?$", re.IGNORECASE
)
_NOT_SINCE = compile_pattern(r"\b(?:never|not|first\s+time)\b|n[\u2019']?t\b", re.IGNORECASE)
_NOT_SINCE_REACH = 24  # characters before the years
_STARTED = compile_pattern(r"started|starting|began|begun", re.IGNORECASE)
_JUST_BEFORE = compile_pattern(r"\W+(?:\w+\W+)?")  # at most one word between: "new back ache"
_JUST_AFTER = compile_pattern(
    r"\W+(?:\w+\W+){0,2}"
)  # "my back has hurt since Tuesday", "my back pain is new"
_FINDINGS = frozenset({Kind.SYMPTOM, Kind.WARNING_SIGN, Kind.CONDITION, Kind.CAUSE})
_CAUSES = frozenset({Kind.CONDITION, Kind.CAUSE})
_JOINED = compile_pattern(r"[\s,&/]*(?:(?:and|or|plus|also|my|both)\b[\s,]*)*", re.IGNORECASE)
_CAUSED_BY = compile_pattern(
    r"\s*(?:from|due\s+to|because\s+of|caused\s+by|with)\s+(?:my|the|a|his|her)?\s*", re.IGNORECASE
)
# Words that say something in a clause is new, worse or of late: the years are not all of it.
_NEW_IN_A_CLAUSE = compile_pattern(
    r"\b(?:new|newly|started|starting|began|begun|worse|worsening|worsened|weaker|now|suddenly|sudden|"
    r"today|tonight|yesterday|last\s+night|this\s+(?:week|morning|weekend|month|afternoon|evening)|"
    r"anymore|any\s+more|no\s+longer|lately|recently|recent|changed|different|getting|stopped|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|"
    # "since the fall", "since my back went" (the years' own "since 2015" is theirs); not
    # "since before": "the same old one I've had since before the transplant"
    r"since(?!\s+(?:long\s+)?before|(?:\s+[\w']+){1,5}?\s+(?:years|decades)\s+ago\b))\b",
    re.IGNORECASE,
)
# one of these is in every match of _LASTING_CAUSE
_LASTING_CAUSE_WORDS = (
    "from", "because", "due", "caused", "with", "tablets", "pills", "medic", "meds", "antidepressant",
    "sertraline", "citalopram", "fluoxetine", "paroxetine", "venlafaxine", "blocker", "effect",
)  # fmt: skip
_SINCE_A_YEAR = compile_pattern(
    # "since 2015", "diagnosed 2019", "since I was diagnosed with diabetes in 2012"
    r"\b(?:since|diagnosed|dx)\s+(?:[\w']+\s+){0,5}?(?:in\s+)?(?:(?:early|mid|late)\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A lasting cause said of a finding: "my feet tingle because of my diabetes", "pins and
# needles from my neuropathy", "numb from an old injury". Not "since": "since my stroke last
# week", "since the injury to my back on the 3rd" tell when something new began.
_LASTING_CAUSE = LazyPattern(
    r"\b(?:from|because\s+of|due\s+to|caused\s+by|with)\s+(?:my|the|an?|his|her)\s+"
    r"(?:diabetes|diabetic\s+neuropathy|neuropathy|ms|multiple\s+sclerosis|polio|spina\s+bifida|"
    r"cerebral\s+palsy|parkinson[\u2019']?s|muscular\s+dystrophy|old\s+injury|old\s+nerve\s+damage)\b|"
    # a medicine known to do it: "trouble getting erections since starting my blood pressure
    # tablets", "Since starting sertraline I can't orgasm", "a side effect of my pills"
    r"\b(?:since\s+(?:starting|i\s+started|going\s+on|being\s+on)|from|because\s+of|due\s+to|on)\s+"
    r"(?:my\s+|the\s+|a\s+|new\s+)*(?:[\w-]+\s+){0,2}?(?:tablets|pills|medication|medicine|meds|antidepressants?|"
    r"sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|beta[\s-]?blockers?)\b|"
    r"\bside[\s-]?effects?\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8)  # asked twice of each text (its findings, then those inferred)
def long_standing_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text says years: "for years", "for 3 years", "since 2015"; or that a thing
    is lifelong, known or unchanged ("always", "since I was a boy", "not new"); or a lasting
    cause ("from my diabetes", "on my tablets") or a clinician who knows."""
    lowered = lower_case(text)
    spans = list(_years_spans(text))
    if may_say(lowered, _LASTING_CAUSE_WORDS):
        spans += [(m.start(), m.end()) for m in _LASTING_CAUSE.finditer_lower(text, lowered)]
    if may_say(lowered, _CLINICIAN_KNOWS):
        spans += [(m.start(), m.end()) for m in _KNOWN_TO_A_CLINICIAN.finditer(text)]
    return tuple(sorted(spans))


@functools.lru_cache(maxsize=8)
def _years_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `long_standing_spans` said in words of time or of a thing known, not of
    its cause."""
    lowered = lower_case(text)
    spans = [(m.start(), m.end()) for m in _long_standing_words().finditer_lower(text, lowered)]
    spans += [(s, e) for d, (s, e) in durations_in(text) if d.days >= _A_YEAR]
    if "19" in text or "20" in text:  # (no year, no match)
        this_year = date.today().year
        spans += [(m.start(), m.end()) for m in _SINCE_A_YEAR.finditer(text) if int(m["year"]) < this_year]
    if may_say(lowered, ["since"]) and may_say(lowered, ["ago"]):
        spans += [(m.start(), m.end()) for m in _SINCE_YEARS_AGO.finditer(text)]
    return tuple(sorted(spans))


# Known and looked after, in any words: "my GP and podiatrist know", "the consultant is aware"
_KNOWN_TO_A_CLINICIAN = compile_pattern(
    r"\b(?:gp|doctors?|consultant|specialist|podiatrist|physio|nurse|urologist|neurologist|"
    r"rheumatologist|oncologist|diabetes\s+team)s?(?:\s+and\s+(?:my\s+|the\s+)?[a-z]+)?\s+"
    r"(?:knows?|are\s+aware|is\s+aware|(?:are|is)\s+keeping\s+an\s+eye)\b"
    # a known side effect: "chemo has left my feet numb, which the team told me to expect"
    r"|\b(?:told|warned)\s+me\s+(?:to\s+expect|it\s+would\s+happen|it\s+might\s+happen|about\s+it)\b"
    r"|\b(?:an\s+)?(?:expected|known|common)\s+side[\s-]?effect\b",
    re.IGNORECASE,
)
_CLINICIAN_KNOWS = ("know", "aware", "keeping", "told", "warned", "side")  # one is in each match


# "since my prolapse surgery years ago": an event years ago, and the years since
_SINCE_YEARS_AGO = compile_pattern(
    r"\bsince(?:\s+[\w']+){1,5}?\s+(?:(?:many|several|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:years|decades)\s+ago\b",
    re.IGNORECASE,
)


_APOSTROPHE = "['\u2019]?"
_CONTRACTIONS = (  # a listed word in normal form, as it may be written: "its" is "it's"
    compile_pattern(r"^(i)(ve|m|d|ll)$"),
    compile_pattern(r"^(\w+n)(t)$"),
    compile_pattern(r"^(it|that|there|what|he|she|nothing)(s)$"),
)


def _as_written(word: str) -> str:
    for pattern in _CONTRACTIONS:
        found = pattern.match(word)
        if found:
            return re.escape(found[1]) + _APOSTROPHE + re.escape(found[2])
    return re.escape(word)


@functools.cache
def _long_standing_words() -> LazyPattern:
    # the phrases, longest first, grouped by their first letter (in that order within each):
    # the same matches, with one test of a word's first letter instead of one per phrase
    by_first: dict[str, list[str]] = {}
    for phrase in sorted(language().long_standing, key=len, reverse=True):
        first = re.escape(phrase[0])
        by_first.setdefault(first, []).append(
            " ".join(_as_written(w) for w in phrase.split()).removeprefix(first)
        )
    alternatives = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return LazyPattern(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def leaks_on_effort(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each leak of urine said to come with a sneeze, a cough, a laugh or a jump ("I leak a
    tiny bit of wee when I sneeze") asked about, not raised: stress incontinence, common after
    childbirth and in pregnancy, is not the painless loss of control the bladder sign means
    (NHS: urinary incontinence, "stress incontinence ... when you cough, sneeze or laugh").

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "I leak a bit of wee when I sneeze, my back aches")
    >>> sorted(str(m.status) for m in it.mentions if m.entity.id == "bladder-dysfunction")
    ['uncertain']
    """
    if not any(m.present and m.entity.id in _LEAKS for m in mentions) or not _EFFORT.search(text):
        return mentions
    kept = []
    for m in mentions:
        if (
            m.present
            and m.entity.id in _LEAKS
            and (_RIGHT_AFTER_EFFORT.match(text, m.end) or _RIGHT_BEFORE_EFFORT.search(text, 0, m.start))
        ):
            m = attrs.evolve(m, status=Status.UNCERTAIN)
        kept.append(m)
    return kept


_LEAKS = frozenset({"bladder-dysfunction", "urinary-incontinence"})
_EFFORT = compile_pattern(
    r"\b(?:when(?:ever)?|every\s*time|each\s+time|if|as)\s+(?:i\s+|you\s+)?(?:sneeze|cough|laugh|jump|"
    r"sneezed|coughed|laughed|jumped|skip|skipped|trampoline)",
    re.IGNORECASE,
)
# right after the leak, no other clause between ("I can't control my bladder and my back is
# agony, it gets worse when I cough" is the back's cough) ...
_RIGHT_AFTER_EFFORT = compile_pattern(rf"[^,;.!?]{{0,30}}?{_EFFORT.pattern}", re.IGNORECASE)
# ... or right before it: "when I sneeze I leak a little"
_RIGHT_BEFORE_EFFORT = compile_pattern(rf"{_EFFORT.pattern}\w*\s+(?:\w+\s+){{0,3}}$", re.IGNORECASE)


def told_apart(
    kb: KnowledgeBase, text: str, sentences: Sequence[Sentence], mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, with the warning signs a text tells apart from their own words
    (``[[told_apart]]`` in language.toml): in a sentence and the few after it, one run of words of
    each group the sign needs, a pain said as present in them, and no other word of doubt;
    nothing that explains it anywhere, and none of those sentences a question.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "no postion helps at nite, my back just aches and aches")
    >>> [(m.entity.id, str(m.status)) for m in it.mentions if "night" in m.entity.id]
    [('night-pain', 'present'), ('persistent-night-pain', 'present')]
    """
    said = {w for s in sentences for t in s.tokens for w in (t.norm, t.key)}
    named = {m.entity.id for m in mentions}
    for rule, openings in zip(language().told_apart, _openings_needed(), strict=True):
        if rule.sign not in kb or rule.sign in named:
            continue
        # (every group needs a first word the text holds: most texts hold none, and stop here)
        if any(said.isdisjoint(words) for words in openings):
            continue
        if rule.explained_by and any(_runs_in(s.tokens, rule.explained_by) for s in sentences):
            continue
        for index in range(len(sentences)):
            # (the sentence alone first, then with those after it: a doubt in the next sentence
            # undoes no sign its own sentence tells whole)
            found = None
            for reach in range(min(rule.reach, len(sentences) - index - 1) + 1):
                window = sentences[index : index + 1 + reach]
                if any(sentence.question for sentence in window):
                    break  # asked, not told ("Is it normal that no position helps at night?")
                pained = sentences[index : index + 1 + max(reach, rule.pain_reach)]
                found = _told_in(kb, text, rule, window, mentions, pained)
                if found is not None:
                    break
            if found is not None:
                mentions = found
                named = {m.entity.id for m in mentions}
                break
    return mentions


@functools.cache
def _openings_needed() -> tuple[tuple[frozenset[str], ...], ...]:
    """For each rule of `told_apart`, the first words of the runs of each group it needs."""
    return tuple(
        tuple(frozenset(run[0] for run in group) for group in rule.needs) for rule in language().told_apart
    )


def _told_in(
    kb: KnowledgeBase,
    text: str,
    rule: ToldApart,
    sentences: Sequence[Sentence],
    mentions: list[Mention],
    pained: Sequence[Sentence],
) -> list[Mention] | None:
    """``mentions`` with ``rule``'s sign when the first of ``sentences`` (and the rest, its
    reach) tell it apart from its words (see `told_apart`); None when they do not. The pain may
    be told in ``pained`` (``sentences`` and the ones after them the rule's pain reaches)."""
    window = [t for s in sentences for t in s.tokens]
    found = [_runs_in(window, group) for group in rule.needs]
    if rule.of_the_pain:
        pains = [(m.start, m.end) for m in mentions if m.present and m.entity.id in rule.pains]
        found = [[run for run in runs if _of_the_pain(rule, window, run, pains)] for runs in found]
    if not all(found):
        return None
    inside = {i for runs in found for begin, end in runs for i in range(begin, end)}
    if rule.undoubted:
        inside.update(i for begin, end in _runs_in(window, rule.undoubted) for i in range(begin, end))
    if any(t.norm in rule.doubt for i, t in enumerate(window) if i not in inside):
        return None
    start, end = sentences[0].tokens[0].start, pained[-1].tokens[-1].end
    pain = next(
        (m for m in mentions if m.present and m.entity.id in rule.pains and start <= m.start < end),
        None,
    )
    if pain is None:
        return None
    # (a pain read as denied by the runs' own words, "no position helps", is no denial)
    said_in_runs = [(window[b].start, window[e - 1].end) for runs in found for b, e in runs]
    kept = [
        m
        for m in mentions
        if not (
            m.entity.id in rule.pains
            and m.status is Status.ABSENT
            and any(b <= m.start < e or m.start <= b < m.end for b, e in said_in_runs)
        )
    ]
    first = found[0][0]
    span = window[first[0]].start, window[first[1] - 1].end
    words = " ... ".join(" ".join(t.text for t in window[runs[0][0] : runs[0][1]]) for runs in found)
    sign = Mention(
        kb.get(rule.sign),
        *span,
        text[span[0] : span[1]],
        Status.PRESENT,
        CONFIDENT,
        f"{words} + {pain.entity.name}",
    )
    return [*kept, sign]


@functools.lru_cache(maxsize=64)
def _by_first(runs: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``runs`` by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for run in runs:
        found.setdefault(run[0], []).append(run)
    return {word: tuple(these) for word, these in found.items()}


_THE_PAIN_ITSELF = frozenset({"pain", "it", "ache", "aching", "agony", "throbbing", "sciatica"})
_A_NEW_SUBJECT = frozenset({"and", "the", "a", "an", "my", "his", "her", "our", "their", "this", "that"})
_AFTER_THE_PAIN = 6  # words from a pain to the run that says it goes on ("my back throbs at night non stop")
_BEFORE_THE_PAIN = 2  # ... or from the run to the pain ("non stop pain in my back")


def _of_the_pain(
    rule: ToldApart, window: Sequence[Token], run: tuple[int, int], pains: Sequence[tuple[int, int]]
) -> bool:
    """True when the run of ``window`` at ``run`` may be read: a run of ``rule.of_the_pain`` only
    when a pain (its offsets in ``pains``) is said just before it or just after it, so that it is
    said of the pain, not of a tap or a snore."""
    if tuple(t.norm for t in window[run[0] : run[1]]) not in rule.of_the_pain:
        return True
    begin, end = window[run[0]].start, window[run[1] - 1].end
    if run[1] < len(window) and window[run[1]].norm in _A_NEW_SUBJECT - {"and"}:
        return False  # the run opens another's clause: "for weeks the kettle has been broken"
    if any(t.norm in _THE_PAIN_ITSELF for t in window[max(0, run[0] - 2) : run[0]]):
        return True  # "... and the pain never stops", "... and it never eases"
    for start, stop in pains:
        if stop <= begin:
            between = [t.norm for t in window if stop <= t.start < begin]
            if between and between[-1] == "and":
                between.pop()  # the pain's own "and": "my back aches at night and never lets up"
            # (no new subject between: "my back hurts at night and the boiler bangs nonstop")
            if len(between) <= _AFTER_THE_PAIN and _A_NEW_SUBJECT.isdisjoint(between):
                return True
        elif start >= end and sum(end <= t.start < start for t in window) <= _BEFORE_THE_PAIN:
            return True
    return False


def _runs_in(tokens: Sequence[Token], runs: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """Where each of ``runs`` (of words) stands in ``tokens``, a word matching a token as written
    (lower case) or by its stem: ``(begin, end)`` pairs, the first place first."""
    starting = _by_first(runs)
    found = []
    for i, token in enumerate(tokens):
        for run in (
            *starting.get(token.norm, ()),
            *(starting.get(token.key, ()) if token.key != token.norm else ()),
        ):
            if i + len(run) <= len(tokens) and all(
                word in (tokens[i + k].norm, tokens[i + k].key) for k, word in enumerate(run[1:], 1)
            ):
                found.append((i, i + len(run)))
    return sorted(found)
