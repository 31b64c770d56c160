"""Screening: which warning signs to ask about, and which age and duration settle.

A warning sign is asked about when nothing has answered it yet: the person neither has
it (raised) nor said they do not have it (absent). Signs the text came close to, or that
a reported symptom or the stated age points to, say why they are asked.

Two signs depend on a number a person states; each rule rests on the sign's own cited
definition ("Buttock pain lasting more than a few weeks"; "New back pain starting over
age 50 or under 20"):

- buttock pain with a stated duration of three weeks or more raises
  ``persistent-gluteal-pain``;
- back pain with a stated age of 50 or more (or under 20) raises
  ``new-back-pain-over-50`` when the text says the pain is new ("first time", "never
  had ... before", "new", "has started hurting", "came on", "out of the blue"), and
  otherwise asks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Set
from datetime import timedelta
from typing import TYPE_CHECKING

import attrs

from painkb._lazy_re import LazyPattern
from painkb.kb import KnowledgeBase
from painkb.model import Entity, Kind, WarningSign
from painkb.partof import ancestors
from painkb.results import SCREENING, Question

if TYPE_CHECKING:
    from painkb.understand import Interpretation, Mention

__all__ = [
    "a_past_loss",
    "age_flags",
    "back_trouble",
    "brought_on_by_walking",
    "combined_flags",
    "duration_flags",
    "back_told_old",
    "berlin_features",
    "Event",
    "events",
    "inflammatory_features",
    "inflammatory_flags",
    "inflammatory_question_answered",
    "new_pain_flags",
    "said_new",
    "questions",
    "worse_over_time",
    "worse_over_time_of",
    "worsening_of_both_legs",
]

_PERSISTENT_BUTTOCK = "persistent-gluteal-pain"
_BUTTOCK = ("buttock", "buttock-pain")
_FEW_WEEKS = timedelta(days=21)
_NEW_BACK_PAIN_AGE = "new-back-pain-over-50"
_BACK = ("lower-back", "lower-back-pain", "sacrum", "sacroiliac-region", "coccyx")
# "nothing new", "not new", "no new": what has not changed
_EXCEPT = LazyPattern(r"[^.,;!?]{0,30}?\b(?:except|apart\s+from|other\s+than|but|besides)\b", re.IGNORECASE)
# "My knee trouble isn't new, my lower back pain is": what is not new is another thing
_ANOTHER_IS = LazyPattern(
    r"\s*(?:to\s+me\s*)?,\s*(?:but\s+)?(?:my|the|this|a|these)\s+[^.;!?,]{1,40}?\s+(?:is|are)\b(?!\s+not\b|n[\u2019']t)",
    re.IGNORECASE,
)
_NOT_NEW = LazyPattern(
    r"\b(?:nothing|not|no|none|isn[\u2019']?t|is\s+not|wasn[\u2019']?t|aren[\u2019']?t)\s+(?:really\s+|that\s+)?$",
    re.IGNORECASE,
)
_NEW = LazyPattern(
    # "never bothered me much" says it was there, only mild
    r"\b(?:first\s+(?:ever\s+)?time|first\s+(?:ever\s+)?(?:episode|bout|attack)\s+of\s+(?:\w+\s+)?(?:back|sciatica|pain)|"
    r"first\s+ever\s+(?:back\s*)?(?:pain|ache|backache)|first\s+ever\s+bad\s+back"
    # (not a first one long ago: "my first ever bad back was in my thirties")
    r"(?!\s+(?:was|were|came|happened)\s+(?:in\s+(?:my|the|\d)|when|at\s+\d|years|decades|back\s+in|\d+\s+years))|never\s+(?:had|suffered|had\s+a\s+bad\s+back|troubled|bothered)"
    r"(?!\s+me\s+(?:much|too\s+much|that\s+much|a\s+lot|enough|greatly))"
    # (not "never had" another thing: "never had sciatica, and for 20 years I've had a bad back",
    # "never had any trouble with my waterworks", "never had an MRI")
    # (the back said just after it is the back's: "never had tingling or back pain", "never had any
    # problems with my hips or back")
    r"(?!\s+(?:any\s+|a\s+|an\s+)?(?:sciatica|numbness|tingling|pins|leg\s+pain|mri|scan|x-?ray|operation|surgery|"
    r"(?:trouble|problems?|issues?)\s+with\s+(?!anything|everything))(?![^.,;!?]{0,30}?\b(?:back|spine)\b))|brand\s+new|"
    # "new" said of the pain, not of a thing of life ("since I started a new job")
    r"new(?!\s+(?:job|role|post|position|house|home|flat|place|bed|mattress|chair|desk|office|car|baby|"
    r"puppy|dog|shoes|trainers|boots|pillow|sofa|gym|school|term|year|boss|manager|hobby|routine))|"
    r"never\b[^.?!]{0,30}?\bbefore|"
    # "never in my life had a bad back until this last month", "never once had back pain"
    # (not "never in my life had physio", "never once had a day off work with it")
    r"never\s+(?:once\s+|in\s+(?:all\s+)?my\s+(?:whole\s+)?life\s+){1,2}(?:had|suffered(?:\s+(?:with|from))?)\s+"
    r"(?:a\s+|any\s+)?(?:bad\s+back|back\s*(?:pain|ache|trouble|problems?)|"
    r"backache|lower\s+back\s+pain|pain\s+in\s+my\s+back)|"
    # "no back pain ever before" (not "more pain than ever before")
    r"\bno\s+(?:back\s+)?(?:pain|trouble|problems?|issues?)\s+ever(?:\s+before)?|"
    # ... or as other languages order it: "never I had any back problem, but since one month"
    r"never\s+i\s+(?:had|have\s+had|suffered(?:\s+with)?)\s+(?:any\s+|a\s+|the\s+)?"
    r"(?:back|pain|problems?|trouble|ache|backache)|"
    # "my back aches most of the time now, which it never used to", "didn't use to hurt"
    r"(?:never\s+used|didn[\u2019']?t\s+use)\s+to(?:(?!\s+\w)|\s+(?:hurt|ache|be\s+(?:sore|painful|bad|a\s+problem)|"
    r"bother|trouble))|"
    r"(?:just|only|recently|has|have|suddenly)\s+(?:started|begun|come\s+on)|"
    # "started last week", "began two weeks ago", "started 10 days ago", "began on Monday"
    # (a number only of days or weeks: "started two years ago" is not new)
    r"(?:started|began|begun)\s+(?:(?:about|around|only|just|over)\s+)?(?:last|this|yesterday|recently|"
    r"(?:a\s+few|a\s+couple\s+of|a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|fortnights?)|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|to\s+hurt|hurting|aching)|"
    # "started getting back pain 2 weeks ago", "got back pain last week" (a recent time told with it:
    # not "started getting back pain in my thirties")
    r"(?:(?:started|began)\s+(?:getting|having|to\s+get|to\s+have)|(?<!ve\s)(?<!have\s)got)\s+"
    r"(?:(?:a|some|this|bad|lower|low)\s+)*"
    r"(?:back\s*(?:pain|ache)|backache|pain\s+in\s+my\s+(?:lower\s+|low\s+)?back)\s+(?:(?:about|around|only|just)\s+)?"
    r"(?:(?:a\s+few|a\s+couple\s+of|a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|fortnights?)\s+ago|"
    r"last\s+(?:week|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+week|"
    r"yesterday|recently)(?!\s+(?:again|worse))"
    # (not one that comes back: "I got back pain last week after gardening like every spring", "...,
    # same as I get most years", "..., I've had it on and off for 20 years": a review rev72)
    r"(?![^.?!]{0,60}?\b(?:every|as\s+usual|most\s+years|always|on\s+and\s+off|flares?\s+up|same\s+old|"
    r"as\s+always|comes\s+back|came\s+back|again|for\s+(?:\d+\s+|many\s+|several\s+|a\s+few\s+)?years)\b)|"
    # "this back pain is a first for me"
    r"came\s+on|out\s+of\s+(?:the\s+)?(?:blue|nowhere)|a\s+first\s+for\s+me|"
    # a start told as a trouble begun ("the lower back started giving me curry", "started playing
    # up"; not one back again: "started playing up again"; nor one begun long ago: `_BEGUN_LONG_AGO`)
    r"(?P<begun>(?:started|began)\s+(?:(?:giving|to\s+give)\s+me\s+(?:grief|gyp|gip|jip|hell|trouble|problems|curry|bother)|"
    r"(?:playing|acting|to\s+play|to\s+act)\s+up|bothering\s+me|troubling\s+me)(?![^.?!]{0,20}?\bagain\b))|"
    # well until lately ("fit as a mallee bull till three weeks ago", "fine until last week"; not
    # "fine until a few years ago")
    r"(?:fit|fine|well|healthy|grand|ok|okay|no\s+(?:problems?|trouble|issues?|pain))\b[^.;!?]{0,40}?"
    r"\b(?:till|until|up\s+(?:un)?till|up\s+to)\s+(?:about\s+|around\s+|only\s+|just\s+)?"
    r"(?:(?:a\s+few|a\s+couple\s+of|a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|fortnights?)\s+ago|"
    r"last\s+(?:week|weekend|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"this\s+(?:week|month)|recently|yesterday))\b",
    re.IGNORECASE,
)


def saddle_spans(interpretation: Interpretation) -> list[tuple[int, int]]:
    """Where the text says a saddle sign as present (``never_one_sided`` in language.toml:
    the middle of the body, the inner thighs among it)."""
    from painkb.understand.words import language

    middle = language().never_one_sided
    return [(m.start, m.end) for m in interpretation.mentions if m.present and m.entity.id in middle]


# A loss of feeling (its places: `asked_instead.MIDDLE_SIGNS`, `asked_instead.LEG_WORDS`)
_FEELING_LOST = frozenset({"numbness", "tingling", "numbness-tingling-or-weakness"})


def felt_only_in_the_middle(interpretation: Interpretation) -> dict[tuple[int, int], str]:
    """(start, end) -> words of each loss of feeling said inside a saddle, bladder, bowel or
    sexual sign ("my inner thighs feel sort of numb", "I can't feel it coming out"), when
    the text says no such loss of the legs or feet elsewhere; or of every loss of feeling,
    when the text names no leg or foot at all ("my back hurts and I can hardly feel it"), or
    only to deny it ("numb down there ... legs feel fine tho").

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "everything between my legs feels tingly and numb")
    >>> sorted(felt_only_in_the_middle(it).values())
    ['feels tingly']
    """
    from painkb.understand.asked_instead import LEG_WORDS, MIDDLE_SIGNS, legs_only_denied, names_no_leg

    mentions = interpretation.mentions
    lost = [m for m in mentions if m.present and m.entity.id in _FEELING_LOST]
    # "my back hurts and I can hardly feel it", "numb down there ... legs feel fine tho"
    if lost and (names_no_leg(interpretation.text) or legs_only_denied(mentions)):
        return {(m.start, m.end): m.orth for m in lost}
    middle = [(m.start, m.end) for m in mentions if m.present and m.entity.id in MIDDLE_SIGNS]
    if not middle:
        return {}
    inside = {
        (m.start, m.end): m.orth
        for m in lost
        if any(start <= m.start and m.end <= end for start, end in middle)
        and LEG_WORDS.isdisjoint(m.orth.lower().split())
    }
    if len(inside) < len({(m.start, m.end) for m in lost}):
        return {}  # a loss said elsewhere too ("numb bum and numb feet"): all of it stands
    return inside


def back_trouble(kb: KnowledgeBase, findings: Iterable[Entity]) -> bool:
    """True when the findings include back pain or sciatica (a place in the back counts, the
    mid back too: "my legs feel wobbly, and my back is sore in the middle"), or a condition of
    the spine named ("off work with a slipped disc", "prostate cancer with bone mets")."""
    return _reported(kb, findings, (*_SPINE, "sciatica", *_SPINE_CONDITIONS)) is not None


# Conditions of the spine: naming one tells back trouble as back pain does.
_SPINE_CONDITIONS = (
    "herniated-disc", "lumbar-radiculopathy", "spinal-stenosis", "spondylosis", "spinal-malignancy",
    "spinal-infection", "vertebral-fracture", "metastatic-spinal-cord-compression", "cauda-equina-syndrome",
    "axial-spondyloarthritis",
)  # fmt: skip


def _reported(kb: KnowledgeBase, findings: Iterable[Entity], wanted: Collection[str]) -> Entity | None:
    for entity in findings:
        if entity.id in wanted or any(r in wanted for r in ancestors(kb, entity.id)):
            return entity
    return None


_CANCER = "history-of-cancer"
_CANCER_NEURO = "cancer-with-new-neurological-symptoms"
# The parts of the combined sign as its definition lists them: new difficulty walking,
# leg weakness or numbness, or bladder or bowel changes.
_NEURO = (
    "leg-weakness", "weakness-in-both-legs", "numbness", "gait-change", "urinary-incontinence",
    "urinary-retention", "bowel-incontinence", "saddle-numbness", "foot-drop",
    "bilateral-leg-weakness", "numbness-tingling-or-weakness", "progressive-neurological-deficit",
    "bladder-dysfunction", "bowel-dysfunction", "saddle-anaesthesia", "difficulty-with-mobility",
    "foot-drop-weakness",
)  # fmt: skip


def cancer_said(kb: KnowledgeBase, findings: Iterable[Entity]) -> bool:
    """True when the findings include a cancer (had or with new neurological symptoms)."""
    return _reported(kb, findings, (_CANCER, _CANCER_NEURO)) is not None


def combined_flags(
    kb: KnowledgeBase, findings: Iterable[Entity], close: Collection[str] = ()
) -> dict[str, Entity]:
    """Warning sign id -> the finding it rests on, for signs made of two reported parts.

    Past cancer together with new leg weakness or numbness, difficulty walking, or a
    bladder or bowel change raises "cancer with new neurological symptoms" (its own
    definition, an emergency for metastatic spinal cord compression). With ``close`` (ids
    said only in part or doubted), the signs whose cancer part is among them and whose other
    part was reported: to be asked about, never raised.
    """
    found = list(findings)
    ids = {e.id for e in found}
    if _CANCER_NEURO not in kb or _CANCER not in (set(close) if close else ids):
        return {}
    part = next((e for e in found if e.id in _NEURO), None)
    return {} if part is None else {_CANCER_NEURO: part}


# A sign that is another, narrower: who has it has that one too. Weakness in both legs, a
# dropped foot and worsening weakness are weakness in the legs; sciatica in both legs is pain
# down a leg; cancer with new neurological symptoms is a cancer; a fall that leaves someone
# unable to stand, or a major trauma, is an injury.
_INCLUDES: dict[str, tuple[str, ...]] = {
    "bilateral-leg-weakness": ("numbness-tingling-or-weakness",),
    "foot-drop-weakness": ("numbness-tingling-or-weakness",),
    "progressive-neurological-deficit": ("numbness-tingling-or-weakness",),
    "bilateral-sciatica": ("radiating-leg-pain",),
    "cancer-with-new-neurological-symptoms": ("history-of-cancer",),
    "unable-to-bear-weight-after-fall": ("recent-injury",),
    "major-trauma": ("recent-injury",),
}


#: Sign id -> the signs that include it
INCLUDING: dict[str, frozenset[str]] = {
    narrower: frozenset(sign for sign, included in _INCLUDES.items() if narrower in included)
    for narrower in {n for included in _INCLUDES.values() for n in included}
}


def included_flags(kb: KnowledgeBase, raised: Iterable[Entity]) -> dict[str, Entity]:
    """Warning sign id -> the raised sign it is part of: the signs every raised sign includes
    (``bilateral-leg-weakness`` is ``numbness-tingling-or-weakness`` too).

    >>> import painkb
    >>> kb = painkb.load()
    >>> sorted(included_flags(kb, [kb.get("major-trauma")]))
    ['recent-injury']
    """
    return {narrower: sign for sign in raised for narrower in _INCLUDES.get(sign.id, ()) if narrower in kb}


# A worsening deficit of one leg; worsening in both legs is the sign of both legs ("severe or
# progressive weakness in both legs"), which then holds it.
_PROGRESSIVE = "progressive-neurological-deficit"
_BOTH_LEGS_WEAK = "bilateral-leg-weakness"
_DEFICITS = frozenset(
    {_PROGRESSIVE, "leg-weakness", "numbness", "tingling", "numbness-tingling-or-weakness", "foot-drop"}
)


def worsening_of_both_legs(raised: Iterable[str], interpretation: Interpretation) -> bool:
    """True when weakness in both legs is raised and every deficit the text says is of both
    legs: a worsening said of them is that sign's, not the one-leg sign's ("my legs are
    becoming weak, both sides").

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "both my legs are numb from the knees down and it's getting worse")
    >>> worsening_of_both_legs({"bilateral-leg-weakness"}, it)
    True
    """
    if _BOTH_LEGS_WEAK not in raised:
        return False
    sides = {m.side for m in interpretation.mentions if m.present and m.entity.id in _DEFICITS}
    return sides == {"both"}


def brought_on_by_walking(interpretation: Interpretation) -> frozenset[str]:
    """The signs of both legs that are asked, not raised, because the text says walking brings
    them on and sitting eases them (``[status] asked_when_walking_brings_on``): the legs of
    spinal stenosis, not the lasting weakness of the cauda equina.

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "after ten minutes walking both my legs go weak and I have to sit down")
    >>> sorted(brought_on_by_walking(it))
    ['bilateral-leg-weakness']
    """
    from painkb.understand.asked_instead import walking_brings_on
    from painkb.understand.words import language

    return language().asked_when_walking_brings_on if walking_brings_on(interpretation.text) else frozenset()


def duration_flags(
    kb: KnowledgeBase,
    findings: Iterable[Entity],
    duration: timedelta | None,
    interpretation: Interpretation | None = None,
) -> dict[str, Entity]:
    """Warning sign id -> the finding it rests on, for signs a stated duration raises. From a
    text, the time must be the buttock's: said with it, not with another place or thing ("my
    back has hurt for three months and now my bum aches too", "sitting at a desk for 10 years
    and this week my bum hurts").

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "My buttock has been hurting for about three months.")
    >>> sorted(duration_flags(kb, it.entities(), it.duration, it))
    ['persistent-gluteal-pain']
    >>> it = painkb.interpret(kb, "My back has hurt for three months and now my bum aches too.")
    >>> duration_flags(kb, it.entities(), it.duration, it)
    {}
    """
    if duration is None or duration < _FEW_WEEKS or _PERSISTENT_BUTTOCK not in kb:
        return {}
    found = _reported(kb, findings, _BUTTOCK)
    if found is None or (interpretation is not None and not _lasting_of_the_buttock(interpretation)):
        return {}
    return {_PERSISTENT_BUTTOCK: found}


def buttock_pain_vaguely_lasting(kb: KnowledgeBase, findings: Iterable[Entity], text: str) -> bool:
    """True when a buttock pain is said with a time too vague to count ("for ages", "a good
    while now") or with home care that has not helped ("nothing I do helps"): whether it has
    lasted more than a few weeks is asked, never left unsaid.

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "My bum has been hurting for ages and nothing I do helps.")
    >>> buttock_pain_vaguely_lasting(kb, it.entities(), it.text)
    True
    """
    return _reported(kb, findings, _BUTTOCK) is not None and _VAGUELY_LASTING.search(text) is not None


_VAGUELY_LASTING = LazyPattern(
    r"\b(?:for\s+(?:ages|yonks|donkeys|ever|a\s+(?:long\s+|good\s+|fair\s+)?while|a\s+long\s+time|so\s+long|too\s+long)|"
    r"a\s+good\s+while|a\s+long\s+time|forever|since\s+before|won[\u2019']?t\s+go\s+away|never\s+goes\s+away|"
    r"(?:is\s*n[\u2019']?t|not)\s+going\s+away|(?:made|make|making)\s+(?:no|a)\s+dent|"
    r"not\s+(?:getting|got)\s+(?:any\s+)?better|nothing\s+(?:i\s+do\s+|i\s+try\s+|seems\s+to\s+)?(?:helps|has\s+helped|works|eases)|"
    r"(?:hasn[\u2019']?t|haven[\u2019']?t|didn[\u2019']?t|doesn[\u2019']?t)\s+(?:\w+\s+)?(?:helped|help|worked|shifted))\b",
    re.IGNORECASE,
)


# Words between a time and a buttock that part them: "... for months and now my bum aches"
# (not the "now" of a time that has run: "the ache in my buttock has now been there for a month").
_PARTED = LazyPattern(
    r"\b(?:now(?!\s+(?:been|lasted|gone\s+on|had\s+it))|but|this\s+week|today|yesterday|recently|lately|suddenly)\b|;",
    re.IGNORECASE,
)
# Piles given as the cause of a sore bottom ("because of piles", "Bum pain from piles only"): the
# anus's, not the buttock's deep pain
_OF_PILES = LazyPattern(
    r"\b(?:from|because\s+of|due\s+to|caused\s+by|with|it[\u2019']?s)\s+(?:the\s+|my\s+|me\s+)?"
    r"(?:piles|ha?emorrhoids?)\b",
    re.IGNORECASE,
)
_NOW_AFTER = re.compile(r"^\s*now\b", re.IGNORECASE)  # "for about 6 months now": the time's "now"
_ALSO = LazyPattern(r"\b(?:also|too|as\s+well)\b", re.IGNORECASE)  # a sentence that adds to the last


def _lasting_of_the_buttock(interpretation: Interpretation) -> bool:
    """True when a time of a few weeks or more is said with a buttock finding: in its sentence
    with nothing that parts them, in the next sentence when that names no other place ("Pain
    in my left buttock. It's been going on for a month."), or just before a sentence that adds
    the buttock ("also", "too")."""
    from painkb.understand.context import Status
    from painkb.understand.quantities import durations_in

    text = interpretation.text
    spans = [span for lasting, span in durations_in(text) if lasting >= _FEW_WEEKS]
    # (not one said not to hurt: "a lump on my buttock, the same size for years, doesn't hurt";
    # a pain said is a pain: "buttock pain for 3 months, painless to touch though")
    buttocks = [
        m
        for m in interpretation.mentions
        if m.status is Status.PRESENT
        and m.entity.id in _BUTTOCK
        and ("painless" not in m.modifiers or m.entity.kind is not Kind.REGION)
    ]
    places = [
        m for m in interpretation.mentions if m.entity.kind is Kind.REGION and m.entity.id not in _BUTTOCK
    ]
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]

    def sentence_of(offset: int) -> int:
        return next((i for i, (b, e) in enumerate(sentences) if b <= offset < e), -1)

    # (not a bottom sore from piles: "Been sitting on one cheek for 6 weeks because of piles")
    buttocks = [m for m in buttocks if not _OF_PILES.search(text, *sentences[sentence_of(m.start)])]

    for start, end in spans:
        here = sentence_of(start)
        for m in buttocks:
            there = sentence_of(m.start)
            if there == here:
                # "for about 6 months now": a "now" right after the time is the time's
                between = _NOW_AFTER.sub("", text[min(end, m.end) : max(start, m.start)])
                if not _PARTED.search(between):
                    return True
            # the sentence after the buttock's, naming no other place; or, before a sentence
            # that adds the buttock ("for about 6 months now I wake ... Also get pain in one bum
            # cheek"), the same story
            after = there == here - 1 and not any(sentence_of(p.start) == here for p in places)
            if after or (there == here + 1 and _ALSO.search(text, *sentences[there])):
                return True
    return False


#: Signs raised from text only when the text says the pain is new (`said_new`)
NEEDS_NEW = frozenset({_NEW_BACK_PAIN_AGE})


def said_new(text: str) -> bool:
    """True when ``text`` says some pain is new ("first time", "never had ... before", "came
    on"); not "nothing new", "not new", "no new".

    >>> said_new("I'm 50 and this is the first time my back has hurt"), said_new("I'm 50, back pain")
    (True, False)
    """
    if _OLD_BACK_TROUBLE.search(text):
        return False  # "it's my back again ... which has never happened before": the "new" is another's
    return any(
        (
            not _NOT_NEW.search(text, max(0, m.start() - 12), m.start())
            or _EXCEPT.match(text, m.end())
            or _ANOTHER_IS.match(text, m.end())
        )
        and not (m["begun"] and _begun_long_ago(text, m))
        for m in _NEW.finditer(text)
    )


def _begun_long_ago(text: str, begun: re.Match[str]) -> bool:
    """Whether the trouble ``begun`` ("my back started playing up") is told, in its sentence, as
    begun long ago ("in my thirties", "at uni", "decades ago", "after a car crash in 1998"), with
    no recent time said just after it ("started playing up last week", "... at work a few days ago")."""
    sentence = _sentence_at(text, begun.start())
    end = sentence.end() if sentence is not None else len(text)
    if _RECENT_AFTER.match(text, begun.end(), end):
        return False
    start = sentence.start() if sentence is not None else 0
    return _BEGUN_LONG_AGO.search(text, start, end) is not None


# A recent time said right after a trouble begun, or a few words on: "started playing up about a
# fortnight ago", "started playing up at work last week"
_RECENT_AFTER = LazyPattern(
    r"(?:\s+(?!and\b|but\b|then\b)[\w']+){0,3}?\s*,?\s*(?:(?:about|around|only|just|over)\s+)?(?:(?:a\s+few|a\s+couple\s+of|a|one|two|three|four|five|six|"
    r"\d{1,2})\s+(?:days?|weeks?|fortnights?)\s+(?:ago|back)|a\s+fortnight\s+(?:ago|back)|"
    r"(?:last|this)\s+(?:week|weekend|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"yesterday|recently|lately|of\s+late)\b",
    re.IGNORECASE,
)
# A start long ago told in the sentence of a trouble begun: "my lower back started playing up in my
# thirties and has never really stopped", "... at uni", "... when I was 40", "... years ago",
# "... decades ago", "... after a car crash in 1998", "... after my first pregnancy 30 years ago"
_BEGUN_LONG_AGO = LazyPattern(
    r"\b(?:(?:(?:\d+|a\s+few|a\s+couple\s+of|few|several|many|some|two|three|four|five|ten|twenty|thirty|forty|"
    r"fifty)\s+)?(?:years?|decades?)\s+(?:ago|back)|(?:ages|donkey'?s\s+years|a\s+long\s+time|long)\s+ago|"
    r"in\s+(?:my|her|his)\s+(?:teens|twenties|thirties|forties|fifties|sixties|[1-9]0s|youth|early|mid|late)|"
    r"(?:at|in|during)\s+(?:uni|university|college|school|high\s+school|sixth\s+form)|"
    r"when\s+(?:i|she|he)\s+was\s+(?:\d+|young|younger|little|a\s+(?:kid|child|teenager|teen|student|lad|boy|girl))|"
    r"as\s+a\s+(?:kid|child|teenager|teen|student|youngster|young\s+(?:man|woman|lad|girl|mum))|"
    r"in\s+(?:19\d\d|20[01]\d)|since\s+(?:i\s+was|childhood|school|uni|my\s+(?:teens|twenties|thirties|forties|youth))|"
    r"all\s+my\s+(?:adult\s+)?life|most\s+of\s+my\s+life)\b",
    re.IGNORECASE,
)


# Back trouble told as come back, or had for years: not new, whatever else is ("It's my back
# again, the low bit ... pads ..., which has never happened before"): asked, not raised
_OLD_BACK_TROUBLE = LazyPattern(
    r"\b(?:my\s+back\s+again|back(?:'s|\s+is|\s+has)?\s+(?:gone|went|flared(?:\s+up)?|playing\s+up)\s+again|"
    r"bad\s+back\s+for\s+(?:years|ages|decades|donkey'?s\s+years)|the\s+old\s+(?:back\s+)?trouble|"
    # "had lower back trouble for 20 years, this flare started a fortnight ago"
    r"back\s+(?:trouble|problems?|pain)\s+for\s+(?:\d+|many|several|a\s+few|two|three|four|five|ten|twenty)\s+years|"
    r"(?:this|the\s+latest|another)\s+flare(?:[\s-]?up)?)\b",
    re.IGNORECASE,
)


def new_pain_flags(
    kb: KnowledgeBase, findings: Iterable[Entity], age: int | None, text: str, back_of_years: bool = False
) -> dict[str, Entity]:
    """Warning sign id -> the finding it rests on, when an age and new back pain are stated
    (never when ``back_of_years``: see `back_told_old`)."""
    if back_of_years or not age_flags(kb, findings, age) or not said_new(text):
        return {}
    found = _reported(kb, findings, _SPINE)  # new pain anywhere in the back
    return {} if found is None else {_NEW_BACK_PAIN_AGE: found}


# An operation on the back: had, it tells back trouble before it ("a discectomy back in 2009")
_BACK_OPERATION = "recent-spinal-surgery"


def back_told_old(interpretation: Interpretation) -> bool:
    """True when the writer tells back trouble of years: back pain said to have lasted years
    ("back problems since a fall at work in 2012", "back ache on and off since the kids"), or
    an operation on the back ("I had a discectomy back in 2009"), which had trouble before it.
    Back pain that "started last week" is then a flare of an old back, not the new back pain
    of an age: asked, not raised.

    >>> import painkb
    >>> kb = painkb.load()
    >>> told = lambda text: back_told_old(painkb.interpret(kb, text))
    >>> told("I'm 60, bad back for years, this flare started on Monday")
    True
    >>> told("I'm 60, back pain since Monday")
    False
    """
    from painkb.understand.context import Status
    from painkb.understand.inference import years_said_with

    text = interpretation.text
    return any(
        (
            m.status is Status.PRESENT
            and m.entity.id in _SPINE
            and m.entity.kind is not Kind.REGION  # (a back "strong all my life" had no trouble)
            and years_said_with(text, m)
        )
        or (m.status in (Status.PRESENT, Status.HISTORICAL) and m.entity.id == _BACK_OPERATION)
        for m in interpretation.mentions
    )


_INFLAMMATORY = "inflammatory-back-pain"
_SPONDYLOARTHRITIS = "axial-spondyloarthritis"
# The features NICE NG65 counts in low back pain that started before 45 (as reproduced by
# NHS Lanarkshire, the sign's source): "if 4 or more" of them, refer to a rheumatologist.
# Each is read from the text in everyday words; a feature said with "not" or "n't" in its
# own words does not count.
_IBP_FEATURES = {
    "it wakes you in the second half of the night": LazyPattern(
        # "Every night at about 5 I'm woken by my back" (not "by the baby")
        r"\bat\s+(?:about\s+|around\s+)?(?:[2-5]|two|three|four|five)(?:\s*(?:am|a\.m\.))?\s+i['\u2019]?(?:m|\s+am|\s+get)\s+"
        r"(?:woken|woke)(?:\s+up)?\s+(?:by|with)\s+(?:my\s+|the\s+)?(?:back|pain|ache|hip|bum|buttock|stiffness)\b|"
        r"\b(?:second\s+half\s+of\s+the\s+night|early\s+hours|(?:wake|wakes|waking|woke|woken)\b"
        r"[^.?!]{0,40}?\b(?:[1-6]\s*(?:am|a\.m\.|o'?clock)|early\s+hours|"
        r"middle\s+of\s+the\s+night|"
        # "wakes me at four or five every morning"
        r"at\s+(?:[1-6]|one|two|three|four|five|six)(?:\s+or\s+(?:[1-6]|one|two|three|four|five|six))?"
        r"\s+(?:every|each|in\s+the)\s+morning)"
        # ... the small hours with the pain or stiffness that wakes: "waking up in the small hours
        # stiff as a board" (a review, rev103), "my back wakes me in the wee hours" (not "the twins
        # wake me in the small hours")
        r"|\b(?:wake|wakes|waking|woke|woken)\b[^.?!]{0,40}?\b(?:small|wee)\s+hours\b[^.?!,]{0,25}?"
        r"\b(?:stiff\w*|pain\w*|ach\w*|sore|hurt\w*|throbb\w*|with\s+(?:my\s+|the\s+)?back)\b"
        r"|\b(?:back|pain|ache|aching|stiffness|it)\s+(?:\w+\s+){0,2}?(?:wakes?|woke|waking)\b[^.?!,]{0,30}?"
        r"\b(?:small|wee)\s+hours\b)",
        re.IGNORECASE,
    ),
    "it gets better when you move": LazyPattern(
        # (and "relief with exercise")
        # (not across the other side of a contrast: "better with rest, worse with exercise": a
        # review of forms, rev111)
        r"\b(?:better|best|eases?|easing|loosens?|loosen\s+up|improves?|wears\s+off|relief|relieved|relieves)\b"
        r"(?:(?!\bworse\b)[^.?!]){0,30}?"
        r"\b(?:moving|movement|get\s+going|getting\s+going|exercise|exercising|warm(?:ed|s)?\s+up|stretch|"
        # "it gets better when I move", "loosens up as the day goes on"
        r"walk|walking|(?:a|my)\s+walk|move|move\s+about|move\s+around|(?:a|my)\s+run|run|running|(?:a|my)\s+jog|jogging|"
        r"(?:a|my)\s+swim|"
        r"the\s+day\s+goes\s+(?:on|by)|(?:through|during)\s+the\s+day|"
        r"swimming|the\s+gym|yoga|sports?|(?:being\s+|physical\s+|more\s+)?active|activity|work\s+out|workout|"
        # "my back gets better when I do more, not less"
        r"(?:i|you)\s+do\s+more|doing\s+more)"
        r"|\b(?:exercise|exercising|moving|movement|walking|a\s+(?:brisk\s+|long\s+|short\s+)?walk|yoga|pilates|"
        r"stretching|the\s+gym|a\s+gym\s+class|sports?|"
        # "Going for a run actually makes it better", "a swim always helps", "a brisk walk or a
        # swim calms it right down", "After I go for jogging or do some yoga it becomes much better"
        r"a\s+run|running|a\s+jog|jogging|a\s+swim|swimming|a\s+cycle|cycling|"
        r"(?:physical\s+)?activity|being\s+active)\b[^.?!]{0,20}?"
        r"\b(?:helps?|helped|eases?|eased|loosens?|improves?|calms?\s+(?:it\s+)?(?:right\s+)?down|"
        # "once I start moving around and doing small exercise the pain reduces"
        r"(?:the\s+)?pain\s+(?:reduces|goes\s+down|settles|eases)|"
        r"(?:is|gets|becomes?|feels|i'?m|i\s+am|it'?s)\s+(?:(?:much|a\s+lot|so\s+much|far|way|loads)\s+)?better|"
        r"makes?\s+(?:it|me|things)\s+(?:feel\s+)?(?:(?:much|a\s+lot|so\s+much|far|way)\s+)?better)\b"
        r"|\b(?:move|walk|get\s+up\s+and\s+walk|get\s+up\s+and\s+move)\s+(?:about|around)\s+to\s+ease\b"
        # better at the end of a day or a shift on the feet: "my back is better at the end of a shift on
        # my feet than first thing" (a review, rev103; not "a bit better but I still get stiff by the end
        # of the day")
        r"|\b(?:better|easier|looser)\s+(?:\w+\s+){0,2}?(?:at|by|towards?)\s+the\s+end\s+of\s+(?:a|the|my)\s+"
        r"(?:long\s+|working\s+|busy\s+)?(?:day|shift)\b"
        # fine once moving, said of the writer or of "it": "then I'm fine if I keep moving", "when I
        # go to office and move around it is ok" (a review, rev103; not "walking is fine", said of
        # what the person can do)
        r"|\b(?:i['\u2019]?m|i\s+am|it['\u2019]?s|it\s+is|it\s+gets|my\s+back(?:['\u2019]s|\s+is|\s+gets)?)\s+"
        r"(?:\w+\s+)?(?:fine|ok|okay|alright|better|easier|looser)\s+(?:if|when|once|as\s+long\s+as)\s+i\s+"
        r"(?:keep\s+moving|get\s+moving|start\s+moving|keep\s+going|get\s+going|keep\s+active|"
        r"move\s+(?:about|around)|get\s+up\s+and\s+(?:move|walk)\s+(?:about|around))\b"
        r"|\b(?:when|once|after|if)\s+i\s+(?:\w+\s+){0,4}?(?:keep\s+moving|get\s+moving|start\s+moving|"
        r"move\s+(?:about|around))\s*,?\s+(?:it['\u2019]?s|it\s+is|it\s+gets|i['\u2019]?m|i\s+am|"
        r"my\s+back(?:['\u2019]s|\s+is|\s+gets)?|the\s+(?:pain|stiffness)\s+(?:is|gets))\s+"
        r"(?:\w+\s+)?(?:fine|ok|okay|alright|better|easier|looser)\b"
        # ... or better by an hour of the morning after moving: "get up moving, stretch, walk the
        # dog and by 11 im loads better" (a review, rev103)
        r"|\b(?:moving|stretch\w*|walk\w*|exercis\w*|yoga|a\s+run|a\s+swim)\b[^.?!]{0,40}?\bby\s+"
        r"(?:about\s+|around\s+)?(?:(?:[89]|1[01])(?:\s*(?:am|a\.m\.))?|mid-?morning|lunch(?:time)?|midday|noon)"
        r"\s*,?\s+(?:i['\u2019]?m|i\s+am|it['\u2019]?s|it\s+is|my\s+back(?:['\u2019]s|\s+is)|"
        r"the\s+(?:pain|stiffness)(?:['\u2019]s|\s+is))\s+(?:(?:much|a\s+lot|loads|way|far|so\s+much)\s+)?"
        r"(?:better|fine|ok|okay|easier|looser)\b"
        # the other way round: "If I skip the gym it's worse", "worse when I miss my swim", "I need
        # to move to feel ok", "by the time I've walked the dog it's loads better"
        # (the back's worse: not "I feel worse about myself", "my knees are worse"; a skip of
        # exercise: not of painkillers; "don't go to the gym" is read as a denial, so not here)
        r"|\b(?:if|when|whenever)\s+i\s+(?:skip|miss|stop)\s+(?:the\s+gym|my\s+(?:walk|run|swim|exercises?|stretches|"
        r"yoga|training|class|workout|session|gym)|exercise|exercising|training|a\s+(?:walk|run|swim|day\s+at\s+the\s+gym))"
        r"\s*,?\s+(?:it['\u2019]?s|it\s+is|it\s+gets|my\s+back\s+(?:is|gets|feels)|my\s+back['\u2019]?s|the\s+pain\s+(?:is|gets))\s+"
        r"(?:\w+\s+)?(?:worse|stiffer)"
        r"|\b(?:it['\u2019]?s|it\s+is|it\s+gets|my\s+back\s+(?:is|gets)|the\s+pain\s+(?:is|gets))\s+(?:\w+\s+)?(?:worse|stiffer)\s+"
        r"(?:if|when|whenever)\s+i\s+(?:skip|miss)\s+(?:the\s+gym|my\s+(?:walk|run|swim|exercises?|stretches|yoga|training|"
        r"class|workout|session)|exercise|a\s+(?:walk|run|swim))"
        r"|\bneed\s+to\s+(?:get\s+moving|keep\s+moving|move\s+(?:about|around))\s+to\s+feel\s+(?:ok|okay|better|normal|human)"
        # (the back's easing: not "by the time I've walked the dog the rain has usually eased")
        r"|\bby\s+the\s+time\s+i(?:'?ve|\s+have)?\s+(?:walked|moved|been\s+up|had\s+a\s+walk|got\s+going)\b[^.?!]{0,30}?"
        r"\b(?:it['\u2019]?s|it\s+is|it\s+has|my\s+back(?:['\u2019]s|\s+is|\s+has)?|the\s+(?:pain|stiffness|ache)"
        r"(?:['\u2019]s|\s+is|\s+has)?)\s+(?:\w+\s+)?(?:better|easier|eased|fine|ok|okay)\b"
        # the other set against rest: "rest doesn't help but moving does", "rest makes no
        # difference, movement does" (the denial before "help" left out of the match, which is
        # checked for one; "does" said alone: not "moving does make it worse")
        r"|(?:(?<=n't )|(?<=not )|(?<=n\u2019t )|(?<=makes no ))(?:help|difference)\b[^.?!]{0,15}?"
        r"(?:\bbut\s+|\bwhereas\s+|\bwhile\s+|,\s*)(?:moving|movement|exercise|exercising|walking|activity|"
        r"stretching|being\s+active|keeping\s+active|staying\s+active|getting\s+moving|going\s+for\s+a\s+"
        r"(?:walk|run|swim))\s+(?:really\s+|definitely\s+|actually\s+)?(?:does|do)(?:\s+help)?(?=\s*(?:[.,;!?)]|$))"
        # "I have to get up and walk about and then I can sleep again" (woken, eased by moving)
        r"|\b(?:walk|move|pace)\s+(?:about|around)\b[^.?!]{0,20}?\bthen\s+(?:i\s+can\s+(?:go\s+back\s+to\s+|get\s+back\s+to\s+)?sleep|"
        r"it\s+(?:eases|settles|calms|goes))\b",
        re.IGNORECASE,
    ),
    "anti-inflammatory painkillers help": LazyPattern(
        r"\b(?:ibuprofen|naproxen|diclofenac|nsaids?|anti-?inflammator(?:y|ies))\b[^.?!]{0,40}?"
        r"\b(?:help|helps|helped|work|works|worked|better|eases?)\b",
        re.IGNORECASE,
    ),
    "you have psoriasis, inflammatory bowel disease or uveitis": LazyPattern(
        r"\b(?:psoriasis|crohn'?s|colitis|uveitis|iritis|inflammatory\s+bowel)\b", re.IGNORECASE
    ),
}
_DENIED = LazyPattern(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
_FRAGILE_BONES = "minor-trauma-with-osteoporosis"
_OSTEOPOROSIS = "osteoporosis"
_STEROIDS = LazyPattern(r"steroid|predni|dexameth|hydrocort", re.IGNORECASE)
_SPINE = (*_BACK, "mid-back", "thoracic-back-pain")
# A minor trauma, said as something that happened: a lift, a bend, a cough or sneeze, a
# slip or a trip, sitting down hard; or pain that came on suddenly. "It hurts when I lift"
# (present tense) is how the pain behaves, not an event.
_MINOR_EVENT = LazyPattern(
    r"\b(?:lifted|bent\s+(?:down|over)|coughed|sneezed|sneezing\s+fit|coughing\s+fit|fell|"
    r"slipped|tripped|stumbled|twisted|picked\s+(?:\w+\s+)?up|sat\s+down\s+(?:\w+\s+){0,3}?(?:hard|heavily)|"
    # "a little tumble on the bus", "stepped off the kerb awkwardly and jolted myself", "caught my
    # foot on the rug", "missed the bottom step"
    # (not a tumble dryer, "jolted awake", a foot caught in a door or on a nail, a step class)
    r"(?:a|little|small|minor|slight)\s+tumble(?!\s+dr[yi]er)|tumbled|jolted(?!\s+(?:awake|out\s+of|from\s+(?:my\s+)?sleep))|jarred|"
    r"went\s+down\s+on\s+my\s+(?:backside|bum|bottom|bum\s+cheek|hip|back)|"
    r"stepped\s+(?:off|down)\s+(?:\w+\s+){0,2}?(?:kerb|curb|step|pavement)|"
    r"caught\s+my\s+(?:foot|toe|heel)\s+on\s+(?:the|a)\s+(?:rug|carpet|step|stairs|kerb|curb|mat|cable|wire|lead|doorstep|pavement|root|hose|lino|floor|tiles)|"
    r"missed\s+(?:a|the)\s+(?:last\s+|bottom\s+|top\s+)?step\b(?!\s+class)|"
    r"(?:bumped|knocked|banged|bashed)\s+(?:my|myself|it|into|against)|(?:a\s+)?(?:small|little|minor)\s+(?:bump|knock)|"
    # "had a small fall, just slid off the bed", "hugged my son and felt a crunch"
    r"(?:had\s+a|a\s+(?:small|little|minor|slight))\s+fall\b|hugged|"
    r"felt\s+(?:a\s+|something\s+)?(?:crack|snap|pop|give|go)|felt\s+(?:a\s+|something\s+)?crunch\s+in\s+my|suddenly|sudden|out\s+of\s+nowhere|"
    # "heard a crack", "One cough on Friday and now a pain", "got into the car a bit clumsily"
    # (of the back: not "heard a crack from my knee", "when I dropped my phone", "one cough after
    # another")
    r"heard\s+(?:a\s+|something\s+)?(?:crack|crunch|snap|pop)(?=\s*(?:[,.;!]|and\b|in\s+my\s+(?:back|spine|lower\s+back)|"
    r"from\s+my\s+(?:back|spine)))|(?:one|a\s+single|one\s+big)\s+(?:cough|sneeze)(?!\s+after\s+another)|clumsily|"
    r"all\s+of\s+a\s+sudden|(?:hurt|injured|strained|tweaked|jarred|pulled|wrenched|did|done|put)\s+my\s+back|"
    # "was lifting a full kettle when her back went", "hurt her back reaching up to a shelf"
    r"(?:was|were)\s+(?:lifting|bending|reaching|carrying|picking)|reach(?:ed|ing)\s+up|"
    r"(?:hurt|injured|put)\s+(?:her|his)\s+back|(?:my|her|his)\s+back\s+went)\b",
    re.IGNORECASE,
)
_BILATERAL_SCIATICA = "bilateral-sciatica"
_SCIATICA = ("sciatica", "radiating-leg-pain")
# What a cough or sneeze sets off: the back, or the sciatic pain down a leg from it ("Whenever I
# sneeze or cough it's like someone flicks a lightning switch down that leg"): the cough raises
# the pressure around the nerve roots either way.
_SET_OFF_BY_A_COUGH = (*_SPINE, *_SCIATICA, "leg-pain", "bilateral-leg-pain", "bilateral-sciatica", "leg")
_UNABLE_AFTER_FALL = "unable-to-bear-weight-after-fall"
# The places a fall told in other words (a trip, a leg turned out after it) may have hurt
_FALLEN_PLACES = (*_SPINE, "hip", "hip-pain", "groin", "groin-pain", "leg", "buttock")
_RECENT_INJURY = "recent-injury"
_MAJOR_TRAUMA = "major-trauma"
_FALLS = (_RECENT_INJURY, _MAJOR_TRAUMA)
# what a back is said to do, after "hold me back" ("my leg wont hold me back is killing me too")
_THE_BACK_TOLD = (
    r"\W?s\b|\s+(?:is|was|has|hurts?|hurting|aches?|aching|killing|agony|sore|pain|too|also|as\s+well|"
    r"throbbing|feels?|went|gone|keeps)\b"
)
# Not able to stand or put weight on the leg (the NHS hip fracture page's words), said in
# everyday ways; "can't walk far" is how far, not whether.
_CANT_BEAR_WEIGHT = LazyPattern(
    r"\b(?:can[\u2019']?t|cannot|can\s+not|unable\s+to|not\s+(?:been\s+)?able\s+to|"
    r"(?:haven|hasn|hadn)[\u2019']?t\s+been\s+able\s+to|couldn[\u2019']?t|could\s+not|"
    r"too\s+(?:painful|sore)\s+to|won[\u2019']?t\s+let\s+me|no\s+(?:chance|way)\s+(?:i\s+)?can)\b(?:\W+\w+){0,3}?\W+"
    # (not "can't stand it", "can't stand the pain": can't bear it)
    # (nor "can't stand straight": a back that will not straighten)
    r"(?:stand(?:\s+up)?(?!\s+(?:it|this|that|the\s+pain|him|her|them|straight|up\s+straight)\b)|put\s+(?:any\s+)?weight|bear\s+(?:any\s+)?weight|weight\s*bear|take\s+(?:any\s+)?weight|"
    # (nor "can't walk on my heels": a weak foot, asked as foot drop)
    r"walk(?!\s+(?:far|for\s+long|long|very|as\s+far|more|much|quickly|fast|properly|without|"
    r"on\s+(?:my\s+|the\s+)?(?:heels?|toes?|tiptoes?|tip\s+toes)))|"
    r"get\s+(?:up|off\s+the\s+floor)|put\s+(?:my\s+)?foot\s+(?:to|on)\s+the\s+(?:floor|ground)|"
    # ("haven't been able to put that foot down", "can't put the right leg down")
    r"put\s+(?:(?:my|the|that|this|me)\s+)?(?:(?:left|right|bad|injured|sore|hurt)\s+)?(?:foot|leg)\s+down)\b"
    # the leg that will not carry the writer: "the leg won't hold me", "my hip won't take my weight"
    # (not "won't hold me back": nothing stops the writer)
    r"|\b(?:leg|legs|hip|knee|foot)\s+(?:just\s+|simply\s+|still\s+)?(?:won[\u2019']?t|will\s+not|can[\u2019']?t|cannot|"
    r"doesn[\u2019']?t|does\s+not|isn[\u2019']?t\s+able\s+to)\s+(?:hold|take|support|carry)\s+(?:me|my\s+weight|any\s+weight|the\s+weight)"
    # (a back told after it is the back's own: "my leg wont hold me back is killing me too")
    rf"\b(?!\s+back\b(?!{_THE_BACK_TOLD}))"
    # ... or gives way under it, told with a try to stand on it: "every time I try to stand on the
    # right leg it gives way", "it buckles when I try to put weight on it"
    r"|\b(?:try|tries|tried|trying)\s+to\s+(?:stand|put\s+(?:any\s+)?weight|walk|get\s+up)\b[^.;!?]{0,40}?"
    r"\b(?:gives?\s+way|gave\s+way|giving\s+way|buckles?|buckled|collapses?|collapsed)\b"
    r"|\b(?:gives?\s+way|gave\s+way|buckles?|buckled|collapses?|collapsed)\s+(?:\w+\s+){0,2}?"
    r"(?:when|whenever|as\s+soon\s+as|if|every\s+time)\s+(?:i\s+)?(?:try|tried)\s+to\s+(?:stand|put\s+(?:any\s+)?weight|walk|get\s+up)\b",
    re.IGNORECASE,
)
# the writer, in or just before a not bearing weight: their own, not someone else's
_THE_WRITER = LazyPattern(r"\b(?:i|me|my|myself)\b", re.IGNORECASE)
_WRITER_BEFORE = 12  # characters before it where the writer may stand ("and now I can't")
_TRIPPED = LazyPattern(
    # "tripped over the cat", "tripped down the stairs", "stumbled on the kerb"
    r"\b(?:tripped|stumbled)\s+(?:over|on|up|down|going|coming|and)\b"
    r"(?!(?:\s+\w+){0,2}\s+(?:words|tongue)\b)",
    re.IGNORECASE,
)
_NO_FALL = LazyPattern(
    r"\b(?:nearly|almost|caught\s+myself|didn[\u2019']?t\s+fall|did\s+not\s+fall|stayed\s+on\s+my\s+feet|"
    r"kept\s+my\s+balance|managed\s+not\s+to)\b",
    re.IGNORECASE,
)
# A negation just before an event denies it ("I didn't fall").
_DENIED_BEFORE = LazyPattern(
    r"\b(?:not|no|never|didn[\u2019']?t|did\s+not|haven[\u2019']?t|hasn[\u2019']?t|without)"
    r"\W+(?:\w+\W+){0,2}$"
    # "the same dull ache I've had for ten years, nothing sudden"
    r"|\bnothing\s+$",
    re.IGNORECASE,
)


_BURST_ANEURYSM = "burst-aneurysm-symptoms"
# The sign's own definition (the NHS AAA page): sudden, severe pain in the tummy or back,
# with dizziness, sweaty, pale and clammy skin, a fast heartbeat, breathlessness or fainting.
# Raised from text only when both the tummy and the back are named (the usual presentation);
# back pain alone with dizziness is asked about: it raised a false emergency on a held-out set.
_SUDDEN = LazyPattern(
    r"\b(?:sudden(?:ly)?|out\s+of\s+nowhere|out\s+of\s+the\s+blue|all\s+of\s+a\s+sudden|all\s+at\s+once|"
    r"came\s+on\s+(?:fast|quickly|in\s+seconds)|like\s+a\s+light\s+switch|in\s+an\s+instant|"
    r"like\s+a\s+(?:thunderbolt|thunderclap|bolt\s+from\s+the\s+blue)|in\s+the\s+last\s+(?:hour|half\s+hour)|"
    r"(?:\d+|a\s+few|ten|twenty|thirty|forty)\s+minutes\s+ago|an\s+hour\s+ago|just\s+now|"
    # fine until a moment ago: "I was fine this morning, then in Tesco I got a massive pain"
    r"(?:was|felt)\s+(?:absolutely\s+|completely\s+|totally\s+)?fine\s+(?:this\s+morning|earlier|an\s+hour\s+ago|"
    r"until|till|then|one\s+minute)|without\s+(?:any\s+)?warning|from\s+nowhere|hit\s+me\s+(?:all\s+)?at\s+once|"
    # "Struck down mowing the lawn, horrendous pain in the guts": the pain is what struck, said
    # after it with no illness and no recurrence before it (not "struck down with flu", "struck
    # down last week, a tummy bug, stomach cramps", "struck down again with my period, ... cramps",
    # "struck down every month like clockwork, period cramps")
    r"struck\s+down(?!\s+(?:with|by)\b)(?=(?:(?!\b(?:again|every|each|always|bug|virus|viral|flu|"
    r"norovirus|noro|gastro\w*|food\s+poisoning|poisoning|sickness|vomiting|diarrh\w+|covid|cold|infection|"
    r"period|periods|migraine|lurgy|something|d\s*&\s*v)\b)[^.;!?]){0,60}?\b(?:pain|pains|agony)\b))\b",
    re.IGNORECASE,
)
_SEVERE = LazyPattern(
    r"\b(?:severe|worst|agony|agonising|agonizing|excruciating|terrible|unbearable|intense|desperate|crushing|"
    r"horrendous|horrific|screaming|massive|immense|awful|horrible|savage)\b|\b10\s?/\s?10\b",
    re.IGNORECASE,
)
# A tearing or ripping pain is the classic word for a torn aorta: with it, back pain alone
# (no tummy) is enough.
_TEARING = LazyPattern(r"\b(?:tearing|ripping|ripped|tore)\b", re.IGNORECASE)
_FAINTED = frozenset({"fainted", "passed out", "blacked out", "collapsed"})
_AORTA_AGE = 60  # NICE NG156 screens men at 66; aneurysms are rare before 60
_AORTIC_ANEURYSM = "abdominal-aortic-aneurysm"
_TUMMY_REGION = "lower-abdomen"
# ("the worst pain in me guts and back"; not a hunch: "my gut feeling says it's nothing"; the
# Nigerian Pidgin "my belle" is the belly: "Sudden serious pain for my belle and back")
_TUMMY = LazyPattern(
    r"\b(?:tummy|stomach|abdomen|abdominal|belly|(?<=my\s)belle|"
    r"guts?(?!\s+(?:feeling|instinct|says|said|tells|told|reaction)))\b",
    re.IGNORECASE,
)
_SHOCK = LazyPattern(
    # (not a colour: "painting the hall a pale grey", "pale blue", "grey hair")
    r"\b(?:clammy|sweaty|sweating|pale(?!\s+(?:grey|gray|blue|pink|yellow|green|ale|lager|cream|colou?r))|"
    r"(?<!pale\s)gr[ae]y(?!\s+(?:hair|hairs|paint|colou?r|sky|skies|day|days|cat|car|van|suit))|"
    r"dizzy|dizziness|light[\s-]?headed|faint|fainted|"
    r"fainting|passed\s+out|blacked\s+out|collapsed|breathless|short\s+of\s+breath|white\s+as\s+a\s+(?:sheet|ghost)|"
    # "me heart's hopping out of me chest", "my heart is thumping"
    r"heart(?:['\u2019]?s|\s+is)?\s+(?:racing|pounding|hopping|thumping|hammering|banging|"
    r"going\s+like\s+(?:the\s+clappers|mad|crazy)|beating\s+(?:so\s+|very\s+|really\s+|too\s+)?(?:fast|like\s+mad|out\s+of\s+my\s+chest))|"
    r"woozy|cold\s+sweat|cold\s+and\s+(?:damp|clammy)|"
    r"going\s+to\s+(?:faint|pass\s+out|black\s+out|keel\s+over)|blacking\s+out|room\s+(?:is\s+)?spinning|"
    # "almost pass out", "I'm drenched in sweat", "in a cold sweat"
    r"pass(?:ing)?\s+out|drenched|dripping\s+with\s+sweat|in\s+a\s+sweat|"
    r"can[\u2019']?t\s+(?:catch|get)\s+my\s+breath)\b",
    re.IGNORECASE,
)


# A time gone ("years ago", "when I had covid in 2020", "last year"): what is said in its
# sentence is no sign now.
_PAST_TIME = LazyPattern(
    r"\b(?:years?\s+ago|last\s+year|in\s+(?:19|20)\d\d|when\s+i\s+had|years\s+back|as\s+a\s+(?:child|kid))\b",
    re.IGNORECASE,
)
# a recent time, or a thing done again, told in the text: a fall long gone is then not all there is
_TOLD_RECENTLY = LazyPattern(
    r"\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+night|again|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d+|a|one|two|three|few|couple\s+of)\s+(?:days?|weeks?)\s+ago)\b",
    re.IGNORECASE,
)
# what ends a clause for `_in_a_clause_of_a_time_gone`
_CLAUSE_BREAK = LazyPattern(r"[,;:.!?]|\b(?:and|but)\b", re.IGNORECASE)
_WORSE_COUGHING = "pain-worse-coughing-sneezing"
# Coughing, sneezing or straining said as what sets the back off: "when I cough", "every
# time I sneeze", "each sneeze", "coughing kills my back", "straining on the loo". "I have
# a cough" (an illness said beside back pain) is not it.
_COUGH_SETS_OFF = LazyPattern(
    r"\b(?:(?:when(?:ever)?|every\s*time|each\s+time|any\s*time|if|as\s+soon\s+as|as)\s+(?:i\s+|you\s+)?"
    # not another's cough: "My dad's back kills him every time he coughs"
    r"(?!(?:he|she|they|his|her|their)\s)(?:\w+\s+)?(?:cough|sneeze|strain|bear\s+down|push\s+to\s+go)(?:s|ed)?|"
    r"(?:each|every|one|a\s+single|a)\s+(?:cough|sneeze)\s+(?:nearly\s+|almost\s+)?(?:floors?|floored|kills?|"
    r"sends?|sent|makes?|made|shoots?|goes|went)|(?:each|every|one|a\s+single)\s+(?:cough|sneeze)|"
    r"(?:scared|afraid|terrified|dread(?:ing)?)\s+(?:to|of)\s+(?:cough|sneez)(?:e|ing)?|"
    r"(?:coughing|sneezing)(?:\s+(?:fits?|bouts?))?(?:\s+(?:with|from)\s+(?:my\s+)?\w+)?\s+(?:makes?|sends?|kills?|hurts?|is|was|sets?|shoots?|"
    r"triggers?|brings?|jolts?|sets?|causes?|starts?|feels?|gives?)|"
    r"(?:straining|strain|push(?:ing)?)\s+(?:on|at|when\s+i\s+go\s+to)\s+the\s+(?:toilet|loo)|"
    # "Straining to poo sends a jolt through my lower back", "straining to open my bowels makes
    # my back flare", "it's sore to sneeze", "it twinges every single time I sneeze"
    r"(?:straining|strain|pushing)\s+to\s+(?:poo|open\s+my\s+bowels|go\s+to\s+the\s+(?:toilet|loo))\s+"
    r"(?:sends?|makes?|hurts?|jolts?|kills?|sets?\s+off|flares?|triggers?|causes?|gives?|shoots?)|"
    r"(?:sore|painful|agony|hurts|excruciating|murder|killing)\s+to\s+(?:cough|sneeze)|"
    r"every\s+single\s+time\s+i\s+(?:cough|sneeze)(?:s|d)?|"
    # "can't even cough without my back screaming"
    r"(?:can[\u2019']?t|cannot|can\s+not)\s+(?:even\s+)?(?:cough|sneeze)\s+(?:without|w/o)\s+"
    r"(?:my\s+(?:lower\s+|low\s+)?back|(?:a\s+)?(?:jolt|twinge|stab|shooting\s+pain|sharp\s+pain|pain)\s+"
    r"(?:through|in|down|into|up)\s+(?:my\s+)?(?:lower\s+|low\s+)?(?:back|spine|leg|bum|buttock))\b|"
    # "whenever I have to push to open my bowels"
    r"(?:when(?:ever)?|every\s*time|each\s+time)\s+i\s+(?:have\s+to\s+)?push\s+to\s+(?:open\s+my\s+bowels|poo|go)|"
    # the pushing of a poo said before it: "going for a number two is agony, the pushing sends
    # pain right across my lower back" (not a pram's or a labour's pushing, with no poo said)
    r"(?:poo(?:s|ed|ing|p\w*)?|number\s+twos?|bowels?|constipat\w*)\b[^.;!?]{0,60}?\b(?:the\s+)?(?:straining|pushing|bearing\s+down)\s+"
    r"(?:sends?|makes?|hurts?|jolts?|kills?|sets?\s+off|flares?|triggers?|causes?|gives?|shoots?)|"
    # what a sneeze does, told after a colon: "What's got me worried is sneezing: I have to stop
    # ... it's like an electric jolt across the base of my spine" (not a form's answer:
    # "sneezing: no")
    r"(?:coughing|sneezing|a\s+(?:cough|sneeze))\s*:\s*(?!(?:yes|no|none|nil|nope|never|not|n/?a)\b)\w+)\b",
    re.IGNORECASE,
)
_DENIED_AFTER = LazyPattern(
    r"^\W*(?:\w+\W+){0,3}?(?:doesn[\u2019']?t|does\s+not|don[\u2019']?t|do\s+not|isn[\u2019']?t|is\s+not|"
    r"never|not|no\s+(?:worse|different|pain|problem|change)|nothing\s+changes?)\b",
    re.IGNORECASE,
)
# A sentence: up to ".", "!" or "?", but a dot between digits is a decimal point ("38.5").
_SENTENCE = LazyPattern(r"(?:[^.!?]|(?<=\d)\.(?=\d))+")


def _sentence_at(text: str, at: int) -> re.Match[str] | None:
    """The sentence of ``text`` holding position ``at`` (None past its last sentence)."""
    return next((m for m in _SENTENCE.finditer(text) if m.start() <= at < m.end()), None)


def _asked(text: str, at: int) -> bool:
    """True when the sentence of ``text`` holding position ``at`` is a question ("Could a UTI
    last week cause my back pain?", "Is it worse when I rest?")."""
    sentence = _sentence_at(text, at)
    end = len(text) if sentence is None else sentence.end()
    return text[end : end + 1] == "?"


_INJECTING_DRUGS = "iv-drug-use"
_RECENT_INFECTION = "recent-bacterial-infection"
# A bacterial infection by name with when it was, in one sentence, within the sign's weeks
# ("Had cellulitis on my leg a fortnight ago and needed IV antibiotics. Now I've got back
# pain"; AHCPR: "recent bacterial infection (e.g., urinary tract infection)"). Not "flu" nor a
# cold: viral. Not "months ago": the sign is asked about then.
_INFECTION_WORD = (
    r"(?:infection|infected|cellulitis|abscess\w*|uti|utis|cystitis|pneumonia|sepsis|septic|"
    r"kidney\s+infection|pyelonephritis|tonsillitis|boil|antibiotics?|campylobacter|salmonella|typhoid)"
)
_RECENTLY = (
    r"(?:last\s+(?:week|month)|(?:a|one|two|three|four|five|six|few|couple\s+of|\d)\s+(?:days?|weeks?)\s+ago|"
    r"a\s+fortnight\s+ago|fortnight|recently|this\s+week|last\s+few\s+weeks|the\s+other\s+week)"
)
_INFECTED_RECENTLY = LazyPattern(
    rf"\b{_INFECTION_WORD}\b[^.;!?]{{0,60}}?\b{_RECENTLY}\b|\b{_RECENTLY}\b[^.;!?]{{0,60}}?\b{_INFECTION_WORD}\b",
    re.IGNORECASE,
)
# Street drugs by name, as injected: "I inject heroin", "I've been injecting ketamine", "banging
# up speed" (not "ice" nor "crystal", said of other things as often: "banging up ice on my back")
_STREET_DRUG = (
    r"heroin|drugs?|meth|speed|crack|gear|cocaine|coke|smack|amphetamines?|ketamine|ket|mephedrone|"
    r"meph|fentanyl|fent|opiates?|opioids?"
)
# How often, or since when, a habit is kept up: "still injecting now and again", "banging up a couple
# of times a day", "jacking up most weekends"
_HOW_OFTEN = (
    r"daily|every|most|again|regularly|occasionally|sometimes|on\s+and\s+off|a\s+couple|a\s+few|once|"
    r"twice|\d+\s+times|several|now\s+and\s+(?:then|again)|(?:last|this)\s+(?:night|week|weekend|month)"
)
# ... of street words, "a couple" and "a few" of times only ("banging up a few shelves")
_HOW_OFTEN_TIMES = (
    r"daily|every|most|again|regularly|occasionally|sometimes|on\s+and\s+off|a\s+(?:couple|few)\s+(?:of\s+)?times|"
    r"once|twice|\d+\s+times|several\s+times|now\s+and\s+(?:then|again)|(?:last|this)\s+(?:night|week|weekend|month)"
)
# Injecting said by the writer ("I", or a clause with no subject) with no object, or with a
# street drug: "been injecting for years", "34, inject daily", "I inject heroin". An object
# that is anything else ("I inject Forteo daily") and a text that names a medicine or a
# condition treated by injection (diabetes) are asked about, not raised.
_BY_THE_WRITER = (
    r"(?:^|[.,;:!?]\s*|\bi\s+(?:still\s+|also\s+|now\s+)?|\bi[\u2019']?ve\s+|\bive\s+|\bi\s+have\s+|"
    r"\bi[\u2019']?m\s+|\bim\s+|\bi\s+am\s+|\bi\s+was\s+|\bbut\s+(?=still\b)|"
    # "Me and my mate both inject", "we both inject" (whose, `_said_of_the_writer` tells)
    r"\bwe\s+(?:both\s+|all\s+)?|\bboth\s+|"
    # "I relapsed two weeks ago and injected a couple of times", "last injected a week ago"
    r"\b(?:relapsed|used|using)\s+(?:\w+\s+){0,4}?and\s+|\blast\s+)"
)
# Injecting in street words ("banging up", "jacking up") the same, with a drug or a vein after
# it: "I bang up speed at weekends", "jacking up into my groin" (not "banging up and down the
# stairs", "jacking up the car")
_BANGING_UP = r"(?:bang|bangs|banging|jack|jacks|jacking)\s+up\b"
_INJECTING = LazyPattern(
    _BY_THE_WRITER
    + r"(?:been\s+|started\s+|still\s+|keep\s+|back\s+to\s+)?(?:(?:inject|injecting|injected)\b"
    # "still injecting now and again", "been injecting into my groin since my arms are shot"
    rf"(?=\s*(?:$|[.,;:!?]|(?:{_HOW_OFTEN}|{_STREET_DRUG}|for|since|and|but|now|these|into\s+my|"
    r"a\s+(?:day|week|fortnight|month)\s+ago)\b))"
    rf"|{_BANGING_UP}(?=\s*(?:{_STREET_DRUG}|into\s+(?:my|me)|(?:in|into)\s+(?:a|my|the)\s+veins?|a\s+vein)\b))",
    re.IGNORECASE,
)
# ... and with only how often or the clause's end after it when the text tells of drugs or a habit
# ("Trying to get clean, but I'm still banging up a couple of times a day", "Heroin's got me,
# jacking up twice a day"): "I jack up twice a day at work changing tyres", "jacking up a couple of
# cars", "Jacking up, loosening nuts" are a car's
_BANGING_UP_OFTEN = LazyPattern(
    _BY_THE_WRITER + rf"(?:been\s+|started\s+|still\s+|keep\s+|back\s+to\s+)?{_BANGING_UP}"
    rf"(?=\s*(?:$|[.,;:!?]|(?:{_HOW_OFTEN_TIMES})\b))",
    re.IGNORECASE,
)
_DRUGS_TOLD = LazyPattern(
    r"\b(?:heroin|drugs|meth|cocaine|smack|amphetamines?|ketamine|mephedrone|fentanyl|opiates?|opioids?|"
    r"addict|addicts|addicted|addiction|habit|relaps\w*|methadone|subutex|buprenorphine|needles?|rehab|detox|"
    r"junkie|hooked|get\s+clean|getting\s+clean|got\s+clean|can[\u2019']?t\s+stop|cannot\s+stop)\b",
    re.IGNORECASE,
)
# A habit said to have stopped years ago ("used to inject 20 years ago, clean since", "clean 10
# years now", "clean since 2015"), with nothing said of it now: asked about, not raised (its risk
# may stay). Not weeks or months ("clean 3 weeks now but my back ..."), "trying to get clean",
# "clean ish", nor a habit taken up again ("clean for 3 years but relapsed last week").
_STOPPED = LazyPattern(
    r"\b(?:clean|sober)\s+(?:for\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|"
    r"a\s+few|a\s+couple\s+of)\s+(?:years?|yrs?|decades?)\b|"
    r"\b(?:clean|sober)\s+(?:ever\s+since\b|since\s+(?:then\b|(?:19|20)\d\d\b|(?=[.,;!?]|$)))|"
    r"\b(?:years?|yrs?|decades?)\s+(?:clean|sober)\b",
    re.IGNORECASE,
)
_STILL = LazyPattern(r"\b(?:still|relaps\w*|lapsed|slipped\s+up|again)\b", re.IGNORECASE)
# ... of something else than drugs: "sober 2 years (from drink)", "5 years clean from bowel cancer"
_CLEAN_OF_ANOTHER = LazyPattern(
    rf"^\W{{0,3}}(?:now\s+)?\(?\s*(?:from|off|of)\s+(?:the\s+)?(?!(?:{_STREET_DRUG}|drugs|needles|injecting|using|it|that|them)\b)\w",
    re.IGNORECASE,
)


def _not_of_drugs(sentence: str, start: int, end: int) -> bool:
    """Whether the clean or sober time at ``start:end`` of ``sentence`` is of something else than
    drugs ("sober 2 years (from drink)")."""
    return _CLEAN_OF_ANOTHER.search(sentence[end:]) is not None


def _given_up(text: str, injecting: tuple[int, int]) -> bool:
    """Whether ``text`` tells the writer's injecting at ``injecting`` as a habit given up years
    ago ("used to inject, clean 10 years now"): a clean time that is the writer's and of drugs
    ("My brother's been clean 8 years", "sober 2 years (from drink)" are not), with nothing of it
    now, taken up again or told after it as now ("Sober 2 years (from drink), but I inject speed
    most weekends")."""
    stopped = _said_of_the_writer(_STOPPED, text, other_sense=_not_of_drugs)
    if stopped is None or _STILL.search(text):
        return False
    if injecting[0] < stopped[0]:
        return True
    sentence = _sentence_at(text, injecting[0])
    return sentence is not None and _TOLD_AS_THEN.search(sentence.group()) is not None


# a habit told as it was: "clean 10 years now. Back then I was injecting daily"
_TOLD_AS_THEN = LazyPattern(
    r"\b(?:back\s+then|years\s+ago|in\s+(?:19|20)\d\d|used\s+to|at\s+the\s+time|in\s+the\s+past|"
    r"as\s+a\s+(?:teen|teenager|kid)|in\s+my\s+(?:teens|twenties|youth)|i\s+was|i\s+had\s+been)\b",
    re.IGNORECASE,
)
_MEDICINE = LazyPattern(
    r"\b(?:insulin|diabet\w*|b12|b-12|vitamin|methotrexate|biologics?|humira|adalimumab|etanercept|enbrel|"
    r"ozempic|wegovy|mounjaro|semaglutide|tirzepatide|heparin|clexane|fragmin|testosterone|trt|hrt|"
    r"fertility|ivf|epipen|adrenaline|botox|filler|allergy|jabs?|vaccines?|injections?|prescribed|"
    r"medication|medicine|meds|nurse|patients?|vet|dog|cat|horse|forteo|teriparatide|prolia|denosumab|"
    r"stelara|crohn\w*|ms|sclerosis|arthritis|migraine|epidural|cortisone|steroid\w*|"
    # a doctor who injects or prescribes, not one the person avoids ("don't want to go to a doctor")
    r"doctor(?:[\u2019']?s)?\s+(?:\w+\s+){0,3}?(?:inject\w*|prescrib\w*|taught|showed|gave|started|put|"
    r"told|tells|says|said|recommend\w*|advis\w*|orders?|supervis\w*|wants|suggest\w*))\b",
    re.IGNORECASE,
)
_MOBILITY = "difficulty-with-mobility"
# The sign's own words: walking, sitting or daily activities "increasingly difficult". Said as
# getting harder ("harder every week", "harder and harder", "I can walk a bit less each week")
# with an everyday activity in the same sentence.
_GETTING_HARDER = LazyPattern(
    r"\b(?:(?:getting|gets|got|become|becoming|grown|growing)\s+(?:\w+\s+)?(?:harder|more\s+difficult|tougher)|"
    r"harder\s+and\s+harder|more\s+and\s+more\s+(?:difficult|of\s+a\s+struggle)|slower\s+and\s+slower|"
    # "is becoming a real performance", "it's making everything harder", "I've gone from walking
    # the dog for an hour to barely managing ten minutes"
    # (the pain's doing, not a divorce's or a job's: "My divorce is making everything harder")
    # (with the pain said in its sentence: not "because he pulls on the lead")
    r"becoming\s+(?:a\s+(?:real\s+|bit\s+of\s+a\s+)?)(?:performance|ordeal|mission|struggle)"
    r"(?=[^.!?]*\b(?:pain|hurts?|aches?|aching|sore|agony|sciatica)\b)|"
    r"(?<![\w'\u2019])(?:pain|it|this|sciatica|hip|back|bum|buttock|glute|cheek)(?:['\u2019]s|\s+is)?\s+making\s+"
    r"(?:everything|walking|sitting|life|things)\s+(?:\w+\s+)?(?:harder|more\s+difficult)"
    # (not "harder to concentrate on at work")
    r"(?!\s+to\s+(?!walk|sit|stand|get|move|dress|bend|drive|climb|put|do\s+my))|"
    r"gone\s+from\s+(?:walk\w*|sitting|running|being\s+able|doing|managing)\b[^.;!?]{0,60}?\bto\s+"
    r"(?:barely|hardly|not\s+even|struggling)|"
    # "Sitting at my desk has become impossible", "getting in and out of the bath has turned
    # into a two-person job"
    r"(?:has|have|is|s)\s+(?:become|turned\s+into|got(?:ten)?)\s+(?:impossible|a\s+nightmare|a\s+struggle|"
    r"a\s+two[\s-]person\s+job|too\s+(?:much|hard|difficult))|"
    # "even standing at the bus stop is getting too much"
    r"(?:becoming|getting)\s+too\s+(?:hard|difficult|much(?!\s+for\s+(?!me\b)))|"
    # "sitting down or walking any distance is getting impossible"
    r"(?:becoming|getting)\s+(?:almost\s+|nearly\s+)?impossible(?!\s+to\s+(?!walk|stand|sit|manage|move|bend|drive|climb|get\s+(?:up|out|about|around|in)))|"
    # told as a change to now: "Now getting in and out of the car is a struggle", "Sitting on
    # the bus to work is unbearable now"
    r"(?:is|are)\s+(?:a\s+(?:real\s+)?struggle|unbearable)\s+now|"
    # ... "sitting on hard chairs is near impossible now" (a review, rev103): the body's doing, and
    # not for a reason other than a pain ("Finding a new job is near impossible now", "Sitting still is
    # near impossible now with a toddler": a review, rev107)
    r"(?<![\w'\u2019])(?:walk\w*|stand\w*|sit|sitting|stairs|steps|bending|bend|dressing|climbing|"
    r"getting\s+(?:up|in|out|dressed|about|around))\b[^.;!?,]{0,40}?\b(?:is|are)\s+(?:near(?:ly)?\s+|almost\s+)?"
    r"impossible\s+now\b(?!\s+(?:with|because|due\s+to|thanks\s+to|what\s+with|since)\b"
    r"(?![^.;!?,]{0,30}?\b(?:pain|ache|aching|hurts?|sore|agony|sciatica|back|bum|buttocks?|hip|glutes?)\b))|"
    r"(?<=now\s)[^.;!?,]{0,40}?\b(?:is|are)\s+(?:a\s+(?:real\s+)?struggle|unbearable))\b",
    re.IGNORECASE,
)
# With "every week" or "week by week": harder, or able to do less ("I can walk a bit less").
_HARDER = LazyPattern(
    r"\b(?:harder|more\s+difficult|tougher|can(?:\s+\w+){0,3}?\s+less|manage\s+less|walk\s+less|"
    # "struggling more each day", "my walking distance shrinks every week"
    r"struggl\w*\s+more|distance\s+(?:shrinks|is\s+shrinking|gets\s+shorter|is\s+getting\s+shorter)|"
    # "the stairs take me longer every week" (not "taking longer walks")
    r"tak(?:e|es|ing)\s+(?:me\s+)?longer(?!\s+(?:walks?|runs?|rides?|sessions?|breaks?|routes?)))\b",
    re.IGNORECASE,
)
# ... or said to be lost by now: "I can't put my own socks on anymore", "I can no longer do
# the shopping", "I'm no longer able to walk to the shop"
_NO_LONGER = LazyPattern(
    r"\b(?:(?:can\s*no|cannot|can[\u2019']?t|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+){0,6}?(?:any\s*more|now)\b|"
    # "and now struggling to get my knickers on", "now I'm struggling to get up the stairs" (the
    # writer's: not "my mum is now struggling to get up the stairs")
    r"(?:now\s+i['\u2019]?m|now\s+i\s+am|i['\u2019]?m\s+now|i\s+am\s+now)\s+struggling\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:walk|stand|sit|get|climb|manage|put|dress|do|drive|bend|lift|cope)\b|"
    # "pain ... which now limits my walking to 100 metres and prevents me from sitting"
    # (the pain's doing: not "work now stops me taking breaks")
    r"(?:pain|it|which|ache|sciatica|back|buttock|bum|hip|glute|leg)s?\s+now\s+(?:limits|stops|prevents)\s+(?:me|my)\b|"
    # (not "I now can't find anywhere to park")
    r"(?:i|and)\s+now\s+(?:can[\u2019']?t|cannot|can\s+not)\s+(?:\w+\s+){0,2}?"
    r"(?:walk|stand|sit|get|climb|manage|bend|drive|dress|put|do|cook|go)\b|"
    r"can\s+no\s+longer|no\s+longer\s+able\s+to|not\s+able\s+to\s+any\s*more|"
    # ... "and now I am unable to do my household work" (the writer's; a review, rev103), of the
    # body's doing (not "I lost my licence after the seizure and now I'm unable to drive": rev107)
    r"and\s+now\s+(?:i\s+am|i[\u2019']?m|im)\s+(?:unable|not\s+able)\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:walk|stand|sit|get\s+(?:up|out|in|about|around|dressed)|climb|bend|dress|put\s+(?:on\s+)?my|cook|"
    r"manage\s+(?:the\s+)?stairs|do\s+(?:my\s+|the\s+|any\s+)?(?:\w+\s+)?(?:household|housework|chores|"
    r"cooking|cleaning|shopping|garden\w*))\b|"
    # ... or the last of a run of losses, told by "now even": "I stopped the gym, then cycling, now
    # even the 15 min walk to the station has me stopping on benches", "now even standing to cook
    # is difficult" (not "even" alone: "even walking is painful" tells how bad, not a change), not for
    # a reason other than a pain ("Now even walking the dog is hard because the pavements are icy", "now
    # even the walk to the shop has me stopping to catch my breath": a review, rev107)
    r"now\s+even\s+(?:\w+\s+){0,5}?(?:walk\w*|stand\w*|sitting|stairs|getting\s+(?:up|out|in|dressed))\b"
    r"[^.;!?]{0,60}?\b(?:(?:has|have|gets?|leaves?|makes?)\s+me\s+(?:stopping|stop|struggling|struggle|"
    r"limping|hobbling|resting|sitting\s+down)(?!\s+to\s+catch)|(?:is|are)\s+(?:\w+\s+)?(?:difficult|hard|"
    r"a\s+struggle|impossible|too\s+much|beyond\s+me))"
    r"(?![^.;!?,]{0,3}?\s*\b(?:because|cos|coz|as|since|with|due\s+to|thanks\s+to|what\s+with)\b"
    r"(?![^.;!?,]{0,40}?\b(?:pain|ache|aching|hurts?|sore|agony|sciatica|back|bum|buttocks?|hip|glutes?)\b)))",
    re.IGNORECASE,
)
_NEAR_ACTIVITY = 40  # characters: the activity is said beside the difficulty, not anywhere
_ACTIVITY = LazyPattern(
    # (not "stand up straight": a posture; nor "standing on tiptoe" or "on my heels": a test of strength)
    r"\b(?:walk\w*|stairs|steps|sit|sitting|stand(?:ing)?(?!\s+(?:up\s+)?straight|\s+on\s+(?:my\s+)?(?:tip\s*toes?|toes|heels?))|get(?:ting)?\s+up|get(?:ting)?\s+(?:in|out)|"
    r"in\s+and\s+out|dress\w*|socks|shoes|drive|driving|move|moving|get(?:ting)?\s+around|bend\w*|chores|"
    r"housework|shopping|everything|daily\s+life|day\s+to\s+day|daily\s+activities|everyday\s+things|"
    # a day's work: "I can't do my cleaning job anymore"
    r"(?:my\s+)?(?:\w+\s+)?job|cleaning|"
    # "unable to do my household work", "standing to cook"
    r"household|cook|cooking)\b",
    re.IGNORECASE,
)


# Words of shock that say something else: "a collapsed vertebra", "grey hair", "pale skin
# as always", "fainted last year".
_NOT_SHOCK = LazyPattern(
    r"^\W*(?:vertebra|vertebrae|disc|lung|hair|skin\s+as|as\s+(?:always|usual|normal)|from|with\s+low|"
    r"last|years?|when\s+i\s+was|"
    # "a faint line on the test", "not the faintest idea", "grey roots", "pale stools", "a grey area",
    # "a collapsed arch", "faint-hearted", "a sweaty gym session" (reviews rev62, rev64)
    r"line|lines|idea|hope|memory|smell|sound|glow|roots|stools?|poo|pee|wee|urine|area|arch|hearted|"
    r"gym|session|workout|rash|bruise)",
    re.IGNORECASE,
)
# ... or said of a thing just before it: "my pee is pale", "the rash looks a bit grey" (not lips,
# a sign of shock: "my lips have gone grey"; nor a list: "had a wee, pale and clammy now")
_SHOCK_OF_A_THING = LazyPattern(
    r"\b(?:pee|wee|urine|poo|poop|stools?|rash|bruise|bruising|paint|walls?|sky|sheets?)"
    r"(?:\s+(?:is|was|are|were|looks?|looked|seems?|went|gone|has\s+gone|have\s+gone|s)|[\u2019']s)"
    r"(?:\s+(?:a\s+bit|very|quite|really|so|more|too))?\s+$",
    re.IGNORECASE,
)


def _shock_of_another_sense(sentence: str, start: int, end: int) -> bool:
    """Whether the shock word at ``start:end`` of ``sentence`` is another word's sense ("a collapsed
    disc", `_NOT_SHOCK`) or said of a thing ("my pee is pale", `_SHOCK_OF_A_THING`)."""
    return bool(_NOT_SHOCK.search(sentence[end:]) or _SHOCK_OF_A_THING.search(sentence[:start]))


_SHOCK_STEMS = {
    "sweaty": "sweat",
    "sweating": "sweat",
    "fainted": "faint",
    "fainting": "faint",
    "dizziness": "dizzy",
}


def _in_shock_now(text: str) -> bool:
    """True when the text says a faint, or two different signs of shock, now: each in a
    sentence that tells of no time gone by, and not as another word's sense ("a collapsed
    vertebra", "grey hair", "pale skin as always")."""
    kinds: set[str] = set()
    for sentence in _SENTENCE.finditer(text):
        if _PAST_TIME.search(sentence.group()) or _ALWAYS.search(sentence.group()):
            continue
        for found in _SHOCK.finditer(sentence.group()):
            if _shock_of_another_sense(sentence.group(), found.start(), found.end()):
                continue
            if _ASKED_OR_DENIED_BEFORE.search(sentence.group()[: found.start()]):
                continue  # "the GP asked if I'd felt dizzy or faint and I hadn't", "no sweating"
            word = " ".join(found.group().lower().split())
            if word in _FAINTED:
                return True
            kinds.add(_SHOCK_STEMS.get(word, word))
    return len(kinds) >= 2


_ALWAYS = LazyPattern(r"\b(?:as\s+always|as\s+usual|always\s+(?:am|have\s+been|been))\b", re.IGNORECASE)
_ASKED_OR_DENIED_BEFORE = LazyPattern(
    r"\b(?:no|not|never|without|nor|if|whether|hadn[\u2019']?t|haven[\u2019']?t|didn[\u2019']?t|wasn[\u2019']?t|"
    r"don[\u2019']?t|doesn[\u2019']?t|isn[\u2019']?t|aren[\u2019']?t)\b"
    r"(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)


def _sudden_in_the_tummy(text: str) -> bool:
    """Whether one sentence tells a sudden pain of the tummy and of no other part: "Sudden
    severe tummy ache and I'm breathless"; not "lying on my stomach" nor a knee or a head."""
    return any(
        _TUMMY.search(said) and _SUDDEN.search(said) and not _ANOTHER_PART.search(said)
        for said in (m.group() for m in _SENTENCE.finditer(text))
    )


_ANOTHER_PART = LazyPattern(
    r"\b(?:on\s+my\s+(?:stomach|tummy|belly|front)|head|headache|knee|knees|chest|neck|shoulders?|arms?|"
    r"legs?|foot|feet|tooth|teeth|ears?|eyes?|throat|wrists?|ankles?|hands?)\b",
    re.IGNORECASE,
)


def _explained(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the text tells the pain or the shock said at ``spans`` a cause of its own in its
    sentence or one next to it ("a panic attack"): the sign is then asked about ([status]
    explained_in_its_sentence, as `asked_instead.explained_near` reads it)."""
    from painkb.understand.asked_instead import explained_near

    bounds = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    return any(explained_near(_BURST_ANEURYSM, text, bounds, at) for at, _ in spans)


def _explained_otherwise(sign: str, text: str, at: tuple[int, int]) -> bool:
    """Whether the text tells ``sign``, said at ``at``, a cause of its own in its sentence or one
    next to it ([status] explained_in_its_sentence: "I sprained my ankle and now even walking to the
    car is a struggle"), unless its sentence tells the pain as what makes it hard
    (`asked_instead.cause_said_near`: "Walking is becoming impossible because of my bum pain. I'm
    exhausted all the time")."""
    from painkb.understand.asked_instead import explained_near

    bounds = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    return explained_near(sign, text, bounds, at[0])


_OF_THE_BACK = (
    r"(?:lower\s+|low\s+)?(?:back|backside|bum|butt|buttocks?|bottom|hip|hips|glutes?|seat\s*bone|arse|ass|"
    r"cheek|sciatic|sciatica)"
)


def _walking_made_harder(
    kb: KnowledgeBase, interpretation: Interpretation
) -> tuple[Entity | None, tuple[int, int] | None, bool]:
    """The pain of the back, buttock, hip or leg, where the text says an everyday activity is
    getting harder (`_harder_to_do`), and whether it gives that a cause of its own
    (`_explained_otherwise`)."""
    from painkb.understand.context import Status
    from painkb.understand.words import language

    text = interpretation.text
    present = interpretation.entities(Status.PRESENT)
    # the back, and the places that count for the walking difficulty ([status] back_places_also)
    own_places = language().back_places_also.get(_MOBILITY, frozenset())
    hurting = _reported(kb, present, own_places.union(_SPINE, ("buttock", "buttock-pain", "sciatica")))
    harder = _harder_to_do(text) if hurting is not None else None
    return hurting, harder, harder is not None and _explained_otherwise(_MOBILITY, text, harder)


def a_difficulty_explained(kb: KnowledgeBase, interpretation: Interpretation) -> dict[str, str]:
    """Warning sign id -> why to ask, for an everyday activity told getting harder with a cause of
    its own ("did legs at the gym yesterday and now even walking is hard, glutes on fire"): asked,
    not raised (a review, rev107).

    >>> import painkb
    >>> kb = painkb.load()
    >>> text = "did legs at the gym yesterday and now even walking is hard, glutes on fire"
    >>> a_difficulty_explained(kb, painkb.interpret(kb, text))
    {'difficulty-with-mobility': "you wrote 'now even walking is hard'"}
    """
    hurting, harder, otherwise = _walking_made_harder(kb, interpretation)
    if _MOBILITY not in kb or hurting is None or harder is None or not otherwise:
        return {}
    return {_MOBILITY: f"you wrote {interpretation.text[harder[0] : harder[1]]!r}"}


def back_span(interpretation: Interpretation) -> tuple[int, int] | None:
    """Where the text first says back pain (a present mention of the lower back or its pain)."""
    return next(
        ((m.start, m.end) for m in interpretation.mentions if m.present and m.entity.id in _BACK),
        None,
    )


_FOR_A_WHILE = LazyPattern(
    r"[^.;!?]{0,25}?\bfor\s+(?:about\s+|around\s+|a\s+good\s+)?(?:a\s+(?:few\s+|couple\s+of\s+)?|\d+\s+|"
    r"(?:one|two|three|four|five|ten|fifteen|twenty|thirty)\s+)(?:seconds?|minutes?|mins?|moments?|while)\b",
    re.IGNORECASE,
)


_GAVE_WAY = LazyPattern(r"\b(?:gives?|gave|giving)\s+way|\bbuckle|\bcollapse", re.IGNORECASE)
_FOR_A_MOMENT = LazyPattern(
    r"\b(?:for\s+a\s+(?:moment|second|sec|split\s+second|minute|few\s+seconds)|momentarily|briefly)\b",
    re.IGNORECASE,
)
_PASSED = LazyPattern(
    r"\b(?:(?:walked|shook|shaken)\s+it\s+off|(?:then|but|and|now)\s+(?:i\s*[\u2019']?m|i\s+am|i\s+was|it\s*[\u2019']?s|it\s+was|was)\s+"
    r"(?:fine|ok|okay|alright|all\s+right)|fine\s+(?:after|since))\b",
    re.IGNORECASE,
)


def _tripped_and_cannot_stand(text: str) -> bool:
    """True when one sentence says the writer tripped and cannot stand or bear weight."""
    return any(
        _said_of_the_writer(_TRIPPED, words) is not None
        and _said(_CANT_BEAR_WEIGHT, words)
        and not _NO_FALL.search(words)
        for words in _sentences(text)
    )


def _fell_and_leg_deformed(text: str) -> tuple[int, int] | None:
    """Where a sentence says the writer's leg now looks shorter or turned out, and it or the one
    before says the writer fell or tripped ("After tripping on the rug my leg looks shorter and
    turns outwards"): the NHS hip fracture page's signs. Not a leg that always looked so, one
    checked and found fine, or a leaflet's words."""
    before = ""  # the sentence before: "Tripped on the mat this morning. Now my foot is pointing out"
    for sentence in _SENTENCE.finditer(text):
        words, said_before = sentence.group(), before
        before = words
        deformed = _LEG_DEFORMED.search(words)
        if deformed is None or _NOT_DEFORMED.search(words):
            continue  # (most sentences: the fall is looked for only beside a leg's shape)
        if any(
            _said_of_the_writer(pattern, said) is not None and not _NO_FALL.search(said)
            for pattern in (_FELL, _TRIPPED)
            for said in (words, said_before)
        ):
            return sentence.start() + deformed.start(), sentence.start() + deformed.end()
    return None


# The leg of a broken hip as the NHS tells it: "the leg may look shorter and turn outwards"
# ("my leg looks shorter and turns outwards", "my foot is pointing out to the side")
_LEG_DEFORMED = LazyPattern(
    r"\bmy\s+(?:(?:left|right|bad|injured)\s+)?(?:(?:leg|legs)\s+(?:\w+\s+){0,2}?(?:looks?|is|seems?|has\s+gone)\s+(?:\w+\s+)?shorter|"
    r"(?:leg|foot|knee)\s+(?:\w+\s+){0,2}?(?:turns?|turned|is\s+turned|pointing|points|rolled|sticks)\s+(?:out|outwards?|to\s+the\s+side)|"
    r"(?:leg|foot)\s+(?:is\s+)?(?:at|lying\s+at)\s+(?:a|an)\s+(?:odd|funny|strange|weird|awkward)\s+angle)\b",
    re.IGNORECASE,
)
_FELL = LazyPattern(
    r"\b(?:fell|fallen|falling|tripping|tripped|tumbled|took\s+a\s+tumble|slipped(?!\s+(?:a\s+)?discs?))\b",
    re.IGNORECASE,
)
_NOT_DEFORMED = LazyPattern(
    # (a denial of the leg's shape, not any "not": "my leg is not straight, it's turned out")
    r"\b(?:always|since\s+birth|born|normal|flat\s+feet|never|checked|"
    r"(?:didn[\u2019']?t|doesn[\u2019']?t|isn[\u2019']?t|not)\s+(?:\w+\s+)?(?:turn|turned|turning|point|pointing|shorter|short|look|looks|stick|sticking)|"
    r"whether|watch|leaflet|photo|pose|baby|fine|walked|walking|ago|then|asleep|years|says|said|coach|"
    r"run|running|sit|sitting|cross[\s-]?legged|got\s+(?:straight\s+)?(?:back\s+)?up|all\s+day)\b",
    re.IGNORECASE,
)


def someone_elses_collapse(interpretation: Interpretation) -> dict[str, str]:
    """Warning sign id -> why to ask, for a sudden, severe pain in someone else's back or tummy
    with signs of shock ("dad has sudden awful pain in his back and belly, he's pale and sweaty
    and keeps fainting"): the writer may be with them, so the burst-aneurysm sign is asked of
    them, never left unsaid.

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "Dad has sudden awful pain in his back and belly, he's pale and sweaty")
    >>> sorted(someone_elses_collapse(it))
    ['burst-aneurysm-symptoms']
    """
    from painkb.understand.context import Status

    text = interpretation.text
    theirs = any(
        m.status is Status.OTHER_PERSON and m.entity.id in (*_SPINE, "lower-abdomen")
        for m in interpretation.mentions
    )
    if not theirs or _PAST_TIME.search(text):
        return {}
    sudden, severe = _said_at(_SUDDEN, text), _said_at(_SEVERE, text) or _said_at(_TEARING, text)
    shocked = {m.group().lower() for m in _SHOCK.finditer(text)}
    if sudden is None or not shocked or (severe is None and len(shocked) < 2):
        return {}
    said = ", ".join(sorted(shocked))
    return {_BURST_ANEURYSM: f"you wrote of a sudden pain and {said} about someone else; ask them"}


def someone_elses_fall(interpretation: Interpretation) -> dict[str, str]:
    """Warning sign id -> why to ask, for a fall or a trip said of someone else ("my dad
    tripped over the step and now he can't put weight on his leg"): the writer may be
    asking on their behalf, so the signs are asked about (of that person), never raised.

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "My dad tripped over the step and now he can't put weight on his leg")
    >>> sorted(someone_elses_fall(it))
    ['recent-injury', 'unable-to-bear-weight-after-fall']
    """
    from painkb.understand.context import Status

    text = interpretation.text
    falls = [m for m in interpretation.mentions if m.status is Status.OTHER_PERSON and m.entity.id in _FALLS]
    tripped = [
        found
        for sentence in _SENTENCE.finditer(text)
        for found in _TRIPPED.finditer(text, sentence.start(), sentence.end())
        if _said_of_the_writer(_TRIPPED, sentence.group()) is None
        and not _DENIED_BEFORE.search(text[max(0, found.start() - 40) : found.start()])
        and not _NO_FALL.search(sentence.group())
    ]
    reasons: dict[str, str] = {}
    starts = [m.start for m in falls] + [found.start() for found in tripped]
    if tripped:
        reasons[_FALLS[0]] = f"you wrote {tripped[0].group()!r} about someone else; ask them"
    for start in starts:
        # the sentence of the fall and the one after it ("My mum fell. Now she can't stand.")
        sentences = [m for m in _SENTENCE.finditer(text) if m.end() > start][:2]
        for sentence in sentences:
            words = sentence.group()

            def the_writers(begin: int, end: int, words: str = words) -> bool:
                # (not the writer's own: "went down hard ... I can't put that foot down", "the leg
                # won't take my weight")
                return _THE_WRITER.search(words, max(0, begin - _WRITER_BEFORE), end) is not None

            cannot = _said_at(_CANT_BEAR_WEIGHT, words, the_writers)
            if cannot is not None:
                said = words[cannot[0] : cannot[1]]
                reasons[_UNABLE_AFTER_FALL] = f"you wrote {said!r} about someone else; ask them"
                return reasons
    return reasons


# A strain told as what set the back off: "hurt my back lifting at work", "pulled something in
# my back at the gym", "twisted awkwardly at footy", "tweaked my back deadlifting". Whether it is
# the significant injury of `recent-injury` the text seldom says, so it is asked, never raised.
_STRAIN = LazyPattern(
    r"\b(?:(?:hurt|damaged|pulled|strained|tweaked|twinged|twisted|ricked|cricked|jarred|wrenched|injured|put)\s+"
    r"(?:my|me|something\s+in\s+my)\s+(?:(?:lower\s+)?back|hip)|pulled\s+(?:something|a\s+muscle)|"
    # "threw my back out shovelling snow" (a review, rev95)
    r"(?:put|threw|thrown|throw|chucked)\s+(?:my|me)\s+back\s+out|did\s+(?:my|me)\s+back\s+in|back\s+went\s+(?:at|while|when|lifting)|"
    r"twisted\s+(?:awkwardly|funny|wrong)|"
    # the back or hip named before: "my back has been really painful since I hurt it"
    r"(?:since|when|after)\s+i\s+(?:hurt|injured|tweaked|strained|jarred|wrenched|damaged)\s+it|"
    r"(?:lifted|lifting|picking\s+up|picked\s+up|carrying|moving)\s+(?:a|an|the|some|my)?\s*(?:heavy|big|huge)\s+\w+|"
    r"(?:lifting|deadlift\w*|squatting)\s+(?:at\s+(?:work|the\s+gym)|yesterday|last\s+\w+|on\s+\w+day)|"
    r"(?:lifting|lifted)\s+(?:a|the)\s+(?:fridge|sofa|couch|box|boxes|wardrobe|washing\s+machine|bed|mattress)|"
    r"felt\s+(?:a\s+)?(?:pop|ping|twang|click|something\s+go)|felt\s+(?:my|me)\s+(?:lower\s+)?back\s+go|"
    # "lifted a pallet wrong at work", "picked the baby up awkwardly"
    r"(?:lifted|lifting|picked|picking)\s+(?:\w+\s+){1,3}?(?:wrong|wrongly|awkwardly|funny|badly))\b",
    re.IGNORECASE,
)


_HIP_OR_BUTTOCK = ("hip", "buttock")


def a_strain(kb: KnowledgeBase, interpretation: Interpretation) -> dict[str, str]:
    """Warning sign id -> why to ask, for a strain the writer tells as what set their back off
    ("Pulled something in my back at the gym yesterday and can't bend at all"): a recent
    injury may be behind significant pain, so it is asked about; never raised from a strain.

    >>> import painkb
    >>> kb = painkb.load()
    >>> a_strain(kb, painkb.interpret(kb, "I hurt my back lifting at work and now I can barely move"))
    {'recent-injury': "you wrote 'hurt my back'"}
    """
    from painkb.understand.context import Status

    found = _said_of_the_writer(_STRAIN, interpretation.text)
    if found is None:
        return {}
    # (the sign is an injury "to the hip or lower back": a hip in doubt counts, "I think I might
    # have twisted my hip a bit turning in bed last night, it's sore this morning")
    text = interpretation.text
    found_now = interpretation.entities(Status.PRESENT)
    found_or_doubted = (*found_now, *interpretation.entities(Status.UNCERTAIN))
    if not (back_trouble(kb, found_now) or _reported(kb, found_or_doubted, _HIP_OR_BUTTOCK) is not None):
        return {}
    return {_RECENT_INJURY: f"you wrote {text[found[0] : found[1]]!r}"}


_SEXUAL = "sexual-dysfunction"
# Sex said in everyday words, and what no longer works in it, close together in one sentence
# of the writer that says it is new (Royal Free CES leaflet: "loss of sensation ... during
# sexual intercourse", "erectile dysfunction"; the sign is *new* sexual dysfunction):
# "couldn't finish with the wife last night", "when we were intimate last night I couldn't
# feel anything down there", "things just don't work down there since I hurt my back".
_SEX = LazyPattern(
    r"\b(?:sex|sexual|intercourse|love\s*making|making\s+love|made\s+love|erections?|climax|orgasms?|"
    r"ejaculat\w*|(?:were|was|being|get|got|getting)\s+intimate|intimacy|"
    # "I get hard but can't finish anymore"
    r"get\s+hard|hard-?on|"
    # the pills for it: "I bought some of those little blue pills online because nothing happens"
    r"viagra|sildenafil|cialis|tadalafil|(?:little\s+)?blue\s+pills?)\b",
    re.IGNORECASE,
)
_SEX_NOT_WORKING = LazyPattern(
    r"\b(?:(?:can[\u2019']?t|cannot|couldn[\u2019']?t|could\s+not|haven[\u2019']?t\s+been\s+able\s+to|"
    r"(?:un|not\s+)able\s+to|won[\u2019']?t)\s+(?:\w+\s+){0,2}?(?:feel\s+(?:anything|a\s+thing|it|much)|"
    r"finish(?!\s+(?:the|a|my|our|his|her|their|dinner|work|it\s+off))|climax|get\s+it\s+up|keep\s+it\s+up|"
    r"get\s+hard|stay\s+hard|get\s+an\s+erection|keep\s+an\s+erection|ejaculate)|"
    r"nothing\s+happen(?:ed|s)|(?:don|doesn|didn)[\u2019']?t\s+work(?:\s+down\s+there)?|"
    r"no\s+feeling|(?:can|could)\s+(?:hardly|barely)\s+feel|"
    # "I've stopped ejaculating properly since this lower back thing started"
    r"stopped\s+(?:\w+\s+)?(?:ejaculating|climaxing|getting\s+(?:erections|hard|it\s+up))|"
    # "having trouble finishing during sex", "facing problem in erection", "less sensitive during sex"
    r"(?:trouble|problems?|difficulty)\s+(?:in\s+|with\s+)?(?:finishing|climaxing|ejaculating|getting\s+(?:hard|an\s+erection)|erections?)|"
    r"less\s+(?:sensitive|sensation|feeling))\b",
    re.IGNORECASE,
)
_SEX_NEAR = 60  # characters between the words for sex and what does not work
_DONT_BEFORE = LazyPattern(
    r"\b(?:don[\u2019']?t|doesn[\u2019']?t|do\s+not|does\s+not|isn[\u2019']?t)\W+(?:\w+\W+){0,1}$",
    re.IGNORECASE,
)
# With a partner and no word for sex, only what cannot be anything else: "couldn't finish
# with the wife last night, nothing happened at the end" (not "a walk with my wife and my leg
# went numb", not "couldn't finish the walk").
_WITH_A_PARTNER = LazyPattern(
    r"\b(?:(?:with|and)\s+(?:the|my)\s+(?:wife|husband|girlfriend|boyfriend|partner|missus|other\s+half)|"
    r"(?:me|myself)\s+and\s+(?:the\s+wife|herself|himself|my\s+(?:wife|husband|partner))|in\s+the\s+bedroom|"
    # "when we're together", "wife and I tried last night", "if you know what I mean", "sorry TMI"
    r"when\s+we(?:['\u2019]re|\s+are|\s+were)\s+together|(?:wife|husband|partner|girlfriend|boyfriend)\s+and\s+i\s+"
    r"(?:tried|try|were))\b",
    re.IGNORECASE,
)
_PARTNER_NOT_WORKING = LazyPattern(
    r"\b(?:(?:can[\u2019']?t|cannot|couldn[\u2019']?t|could\s+not|haven[\u2019']?t\s+been\s+able\s+to|"
    r"(?:un|not\s+)able\s+to)\s+(?:\w+\s+){0,1}?(?:finish(?!\s+(?:the|a|my|our|his|her|their|dinner|work))|"
    r"climax|get\s+it\s+up|keep\s+it\s+up|get\s+hard|stay\s+hard)|nothing\s+happened\s+at\s+the\s+end|"
    r"tried\s+last\s+night\s+and\s+i\s+(?:just\s+)?couldn[\u2019']?t\s+feel|"
    r"(?:don|doesn|didn)[\u2019']?t\s+work\s+down\s+there|"
    # "I finished but nothing came out", "when I finish nothing comes out", "things haven't worked"
    r"nothing\s+(?:comes|came)\s+out|nothing\s+happens\s+at\s+the\s+end|(?:haven|hasn)[\u2019']?t\s+(?:been\s+)?work(?:ed|ing))\b",
    re.IGNORECASE,
)
# A hint anywhere in the text that what cannot be done is sex: "cant finish since the disc went.
# sorry TMI", "now when I finish nothing comes out, if you know what I mean"
_SEX_HINT = LazyPattern(
    r"\b(?:tmi|too\s+much\s+information|(?:if\s+)?you\s+know\s+what\s+i\s+mean)\b", re.IGNORECASE
)
# Pain that stops sex is not sex that stopped working; sex said to be fine, or a change put
# down to age or a break-up, is no sign.
_PAIN_STOPS_IT = LazyPattern(
    r"\b(?:because\s+of\s+(?:the|my)\s+(?:pain|back)|too\s+(?:painful|sore)|hurts?\s+too\s+much|"
    r"the\s+pain|spasms?|position|move|(?:is|are|has\s+been)\s+(?:fine|ok|okay|normal|good|great)|"
    r"no\s+problems?|(?:just|my)\s+age|getting\s+older|when\s+i\s+was\s+(?:younger|\d+)|left\s+me|"
    r"examination|exam|smear)\b",
    re.IGNORECASE,
)
# Said to be new: since something, last night, this week, or never before.
_NEWLY = LazyPattern(
    r"\b(?:since|new|now|last\s+night|this\s+(?:week|month)|recently|lately|anymore|any\s+more|"
    r"never\s+(?:been|had|happened)|(?:the\s+)?(?:last|past)\s+(?:few|couple|\w+\s+(?:days|weeks))|"
    r"(?:days?|weeks?)\s+ago|started|began)\b",
    re.IGNORECASE,
)


def _sex_not_working(text: str) -> tuple[tuple[int, int], ...] | None:
    """The spans of sex and of what no longer works in it, said close together in one
    sentence by the writer, not denied, in a text that says it is new; None otherwise."""
    if not _NEWLY.search(text):
        return None
    hint = _SEX_HINT.search(text)
    for sentence in _SENTENCE.finditer(text):
        words, at = sentence.group(), sentence.start()
        if _PAIN_STOPS_IT.search(words) or _PAST_TIME.search(words):
            continue
        sex = _SEX.search(words)
        not_working = _SEX_NOT_WORKING
        if sex is None:
            sex, not_working = _WITH_A_PARTNER.search(words), _PARTNER_NOT_WORKING
        if sex is None:
            # only a hint elsewhere in the text that it is sex: "cant finish since the disc went.
            # sorry TMI"
            if hint is not None and (failing := _said_of_the_writer(_PARTNER_NOT_WORKING, words)):
                return tuple(sorted({hint.span(), (at + failing[0], at + failing[1])}))
            continue
        failing = _said_of_the_writer(not_working, words)
        if failing is not None and _DONT_BEFORE.search(words[max(0, failing[0] - 20) : failing[0]]):
            continue  # "I don't feel numb at all"
        if (
            failing is not None
            and min(abs(failing[0] - sex.end()), abs(sex.start() - failing[1])) <= _SEX_NEAR
        ):
            return tuple(sorted({(at + sex.start(), at + sex.end()), (at + failing[0], at + failing[1])}))
    return None


# ... or told as a course, what the person could do then and cannot now: "Earlier I could walk
# to the temple, now even going to the bathroom is a big task", "Six months ago I could walk the
# dog round the park twice. Now I'm struggling to get to the end of the road", "I used to walk
# to church, but now I need a stick" (the "now" may open the next sentence).
_COULD_THEN = (
    r"\b(?:i\s+(?:could|used\s+to|was\s+able\s+to)(?:\s+still)?|i\s+could\s+still)\s+(?:\w+\s+){0,2}?"
    r"(?:walk\w*|do|manage|get|go|sit|drive|climb|shop|garden\w*|work|play|dance|carry|stand|cycle|swim|hike|jog|run|"
    # "I used to be on my feet all day"
    r"on\s+my\s+feet)\b"
)
_COULD = LazyPattern(_COULD_THEN, re.IGNORECASE)
_NOT_NOW = LazyPattern(
    _COULD_THEN + r"[^?!]{0,120}?\b(?:now|these\s+days|nowadays)\b[^.?!]{0,80}?"
    r"\b(?:can[\u2019']?t|cannot|can\s+not|barely|hardly|struggl\w*|need|needs|unable|not\s+possible|impossible|"
    r"ordeal|big\s+task|a\s+struggle|a\s+nightmare|on\s+my\s+bottom|only\s+(?:manage|get|walk)|"
    # "I could walk a mile in spring, now I only make it to the end of the drive" (not "only
    # make it twice a week")
    r"only\s+make\s+it\s+(?:to|as\s+far\s+as|halfway|round|around|down|up)|"
    # ... or given up now because moving hurts: "I used to be on my feet all day, now I'm sat at my
    # desk most of the lesson because walking around the classroom makes my lower back and bum
    # ache too much" (a review, rev103)
    # (the back's or the buttock's ache, not the knees': "now I'm retired and sit more because walking
    # makes my knees ache": a review, rev107)
    rf"because\s+(?:\w+\s+){{0,2}}?(?:walking|standing|moving|bending)\b(?=[^.?!]{{0,60}}?\b{_OF_THE_BACK}\b"
    r"[^.?!]{0,30}?\b(?:hurts?|aches?|aching|painful|sore|agony|too\s+much)\b))\b",
    re.IGNORECASE,
)


def _harder_to_do(text: str) -> tuple[int, int] | None:
    """Where a sentence says an everyday activity is getting harder over time, if one does:
    "getting harder", "harder and harder", or "harder" with "every week", "week by week",
    with the activity within a few words of it and no comma between; or where the text tells
    what the person could do then and cannot now."""
    course = _NOT_NOW.search(text)
    # (the writer's, not denied nor asked: checked in the sentence of what they could do)
    could = _said_of_the_writer(_COULD, text) if course is not None else None
    if course and could and not _asked(text, could[0]) and not _BETTER_THAN_BEFORE.search(text):
        return course.span()
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        if _BETTER_THAN_BEFORE.search(words):
            continue
        said = [_said_at(_GETTING_HARDER, words), _said_at(_NO_LONGER, words)]
        if _said(_OVER_TIME, words):
            said.append(_said_at(_HARDER, words))
        for harder in said:
            if harder is None:
                continue
            begin = max(words.rfind(",", 0, harder[0]) + 1, harder[0] - _NEAR_ACTIVITY)
            end = min((words.find(",", harder[1]) + 1 or len(words) + 1) - 1, harder[1] + _NEAR_ACTIVITY)
            if _ACTIVITY.search(words[begin:end]):
                return sentence.start() + harder[0], sentence.start() + harder[1]
    return None


# what a cough sets off is a leak, not pain: "i leak a bit when i sneeze but ive had 3 kids"
# Parts a cough hurts that are no part of the back, said to hurt: "my ribs hurt", "my chest is
# sore" (not named alone: "chest infection, and when I cough it's worse" may be the back's).
_A_PART_A_COUGH_HURTS = LazyPattern(
    r"\b(?:my|me|the)\s+(?:ribs?|rib\s*cage|chest|throat|head|sternum|breastbone)(?:[\u2019']s|\s+is|\s+are)?\s+"
    r"(?:(?:really|so|very|also|still|just)\s+)?(?:hurts?|hurting|aches?|aching|sore|kills?|killing|agony|burns?|painful)\b",
    re.IGNORECASE,
)
_A_LEAK_BEFORE = LazyPattern(
    r"\b(?:leak\w*|wee|wees|weeing|weed|pee|pees|peeing|peed|wet\s+myself|dribbl\w*)\b[^.;!?]{0,15}$",
    re.IGNORECASE,
)


# A question whether something happens, not what does: "Should sneezing hurt my back?", "Can
# coughing make back pain worse?" (not "Why does my back hurt when I cough?").
_ASKED_WHETHER = LazyPattern(r"\s*(?:should|can|could|does|do|will|would|might|may)\b", re.IGNORECASE)


def _sets_off_the_back(
    kb: KnowledgeBase, interpretation: Interpretation, back: Collection[str]
) -> tuple[Entity, tuple[int, int]] | None:
    """The back finding of a sentence that says coughing or sneezing sets it off, with the
    words that say so, if any."""
    text = interpretation.text
    for sentence in _SENTENCE.finditer(text):
        if text.startswith("?", sentence.end()) and _ASKED_WHETHER.match(sentence.group()):
            continue  # "Should sneezing hurt my back?": asked about, not told
        for m in _COUGH_SETS_OFF.finditer(sentence.group()):
            start, end = sentence.start() + m.start(), sentence.start() + m.end()
            if (
                _DENIED_BEFORE.search(text[max(0, start - 40) : start])
                or _DENIED_AFTER.search(text[end : end + 40])
                or _PAST_TIME.search(sentence.group())  # "years ago I leaked when I coughed"
                or _A_LEAK_BEFORE.search(text[max(0, start - 30) : start])
            ):
                continue
            # a part the cough hurts named just before it, in its clause: "My ribs hurt when I
            # cough since the chest infection, my lower back aches from sitting" (the ribs', not
            # the back's; "my ribs and my back hurt when I cough" names the back in it too)
            opening = max(text.rfind(",", sentence.start(), start), text.rfind(";", sentence.start(), start))
            clause = (max(opening + 1, sentence.start()), start)
            other_part = _A_PART_A_COUGH_HURTS.search(text, *clause) is not None
            for mention in interpretation.mentions:
                inside = sentence.start() <= mention.start < sentence.end()
                # in the same clause: not "My dad coughs all night; my back is stiff"
                apart = text[min(mention.end, start) : max(mention.start, end)]
                if other_part and not clause[0] <= mention.start < end:
                    continue
                if inside and ";" not in apart and mention.present and _reported(kb, (mention.entity,), back):
                    return mention.entity, (start, end)
    return None


# A change over time said in any order: "every week I can walk a bit less", "each day I can
# feel less in my shin", "weaker week by week". Only comparisons that say it is worse count;
# "hurts less each day" and "walking more every week" are getting better.
_OVER_TIME = LazyPattern(
    r"\b(?:(?:every|each)\s+(?:single\s+)?(?:day|week|month)|weekly|"
    r"(?:day|week|month)\s+(?:by|on|after)\s+(?:day|week|month)|by\s+the\s+(?:day|week))\b",
    re.IGNORECASE,
)
_WORSE_THAN_BEFORE = LazyPattern(
    r"\b(?:worse|harder|weaker|number|stiffer|shorter|smaller|bigger|further\s+up|further\s+down|"
    r"can(?:\s+\w+){0,3}?\s+(?:less|fewer)|(?:feel|feeling|sensation|strength|power)\s+less|"
    r"less\s+(?:feeling|sensation|strength|power|far|distance))\b",
    re.IGNORECASE,
)
_BETTER_THAN_BEFORE = LazyPattern(
    r"\b(?:better|easier|improv\w*|less\s+(?:pain|sore|painful|weak|numb|tingly|heavy|stiff)|hurts?\s+less|"
    # a numb patch that shrinks ("the numb patch is smaller each week": a review, rev106)
    r"(?:numb|tingly)\s+(?:patch|area|spot|bit)\s+(?:is\s+|gets\s+|is\s+getting\s+|getting\s+)?smaller)\b",
    re.I,
)


def worse_over_time(text: str) -> list[tuple[int, int]]:
    """The sentences (start, end) of ``text`` that say something is getting worse over time,
    in any order ("every week I can walk a bit less").

    >>> worse_over_time("My back hurts. Every week I can walk a bit less.")
    [(14, 47)]
    >>> worse_over_time("It hurts less each day.")
    []
    """
    found = []
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        if (
            _said(_OVER_TIME, words)
            and _said(_WORSE_THAN_BEFORE, words)
            and not _BETTER_THAN_BEFORE.search(words)
        ):
            found.append((sentence.start(), sentence.end()))
    return found


def worse_over_time_of(text: str, worse: Iterable[tuple[int, int]], at: int, finding: str) -> bool:
    """True when one of the sentences ``worse`` (`worse_over_time`) holds the words of ``finding``
    at ``at`` and says it gets worse: of a deficit, not in a clause of its own that says the back
    or a pain gets worse ("my back is worse every day, my leg feels a bit weak" is a weak leg).

    >>> text = "my back is worse every day, my leg feels a bit weak"
    >>> worse = worse_over_time(text)
    >>> worse_over_time_of(text, worse, 31, "leg-weakness")
    False
    >>> worse_over_time_of(text, worse, 3, "lower-back-pain")
    True
    """
    from painkb.understand.inference import clause_of_another

    for start, end in worse:
        if not start <= at < end:
            continue
        if finding not in _DEFICITS:
            return True
        clauses = [clause_of_another(text, *m.span()) for m in _WORSE_THAN_BEFORE.finditer(text, start, end)]
        if any(clause is None or clause[0] <= at < clause[1] for clause in clauses):
            return True
    return False


# Walking failing, told in the sentence of legs gone weak: "my legs have gone weak and I can
# hardly walk", "I keep falling over", "I nearly fell getting off the bus" (Lothian, GCARE: a
# severe or progressive deficit of both legs, or a gait disturbance).
_WALKING_FAILS = LazyPattern(
    r"\b(?:(?:can[\u2019']?t|cannot|can\s+not|could\s+(?:hardly|barely)|can\s+(?:hardly|barely)|unable\s+to|"
    r"struggl(?:e|ed|ing)\s+to|(?:hard|difficult)\s+to)\s+(?:\w+\s+)?walk(?:ing)?\b(?!\s+(?:far|fast|for\s+long|up\s+hills?))|"
    r"(?:can|could)\s+(?:hardly|barely)\s+stand|keep\s+(?:falling|tripping|stumbling)|nearly\s+(?:fell|fallen|went\s+down|gone\s+down)|"
    r"walk(?:ing)?\s+like\s+(?:i[\u2019']?m\s+|i\s+am\s+)?drunk)\b",
    re.IGNORECASE,
)


_SUDDENLY = LazyPattern(
    r"\b(?:suddenly|all\s+of\s+a\s+sudden|out\s+of\s+(?:the\s+blue|nowhere)|for\s+no\s+reason)\b",
    re.IGNORECASE,
)


def walking_fails_with(text: str, at: int, *, sudden: bool = False) -> bool:
    """True when the sentence of ``text`` around ``at`` tells walking failing (and, with
    ``sudden``, says it came suddenly).

    >>> walking_fails_with("My legs have gone weak and I can hardly walk.", 3)
    True
    >>> walking_fails_with("My legs feel weak. I can't walk far.", 3)
    False
    >>> walking_fails_with("After the hike my legs were weak and I could barely walk.", 3, sudden=True)
    False
    """
    sentence = _sentence_at(text, at)
    if sentence is None:
        return False
    words = sentence.group()
    return _WALKING_FAILS.search(words) is not None and (not sudden or _SUDDENLY.search(words) is not None)


_PARTS = LazyPattern(r"[^,;:()]+")
_NOT_A_WORD = LazyPattern(r"[^a-z0-9]+")
_APOSTROPHES = LazyPattern(r"['\u2019]")


def a_new_loss_told_plainly(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``text`` tells the losses at ``spans`` (legs gone weak, feet gone numb) as new and
    with no occasion or cause of their own, in the parts of their sentences telling them
    (``[numb_and_weak]`` in language.toml).

    >>> a_new_loss_told_plainly("My legs have gone weak and I can't feel my feet", [(3, 22), (29, 47)])
    True
    >>> a_new_loss_told_plainly("my legs feel weak and my feet are numb after the long drive", [(3, 17)])
    False
    >>> a_new_loss_told_plainly("my legs feel weak and my feet are numb", [(3, 17), (25, 38)])
    False
    """
    lists = _numb_and_weak()
    told = [part for start, end in spans for part in _telling(text, start, end, lists.subjects)]
    said = " | ".join(dict.fromkeys(told))
    words = f" {said} "
    if not any(f" {run} " in words for run in lists.new):
        return False  # "my legs feel weak and my feet are numb": not told new
    if any(f" {run} " in words for run in lists.causes):
        return False  # "numb in my ski boots", "numb from diabetes, it's long-standing"
    if _runs_at(words, lists.told_old, lists.not_told_old):
        return False  # "numb for 10 years", "during chemo two years ago"
    if any(f" {run} " in words for run in lists.outlasting):
        return True  # "after spin this morning ... still numb and weak six hours later"
    easing = any(f" {run} " in words for run in lists.easing)
    return not easing and not _runs_at(words, lists.occasions, lists.not_occasions)


def _runs_at(words: str, runs: Iterable[str], unless: Iterable[str]) -> bool:
    """Whether one of ``runs`` is in ``words`` (spaced) where none of ``unless`` opens."""
    for run in runs:
        at = words.find(f" {run} ")
        while at != -1:
            if not any(words.startswith(f" {other} ", at) for other in unless):
                return True
            at = words.find(f" {run} ", at + 1)
    return False


def _telling(text: str, start: int, end: int, subjects: Collection[str]) -> list[str]:
    """The parts of the sentence of ``text`` at ``start`` (between commas) that tell what is said
    from ``start`` to ``end``: those it spans and those next to them that open with none of
    ``subjects``, as plain words."""
    sentence = _sentence_at(text, start)
    if sentence is None:
        return []
    parts = [
        (sentence.start() + p.start(), sentence.start() + p.end(), _plain(p.group()))
        for p in _PARTS.finditer(sentence.group())
    ]
    parts = [part for part in parts if part[2]]
    own = [i for i, (begin, stop, _) in enumerate(parts) if begin < max(end, start + 1) and stop > start]
    if not own:
        return []
    first, last = own[0], own[-1]
    while first > 0 and parts[first][2].split()[0] not in subjects:
        first -= 1  # "After spin this morning, my legs ...": the part before tells it too
    while last + 1 < len(parts) and parts[last + 1][2].split()[0] not in subjects:
        last += 1  # "..., lasted a minute"
    return [plain for _, _, plain in parts[first : last + 1]]


def _plain(said: str) -> str:
    return _NOT_A_WORD.compiled.sub(" ", _APOSTROPHES.compiled.sub("", said.lower())).strip()


@attrs.frozen
class _NumbAndWeak:
    """The runs of words of ``[numb_and_weak]``, with the causes and the easing runs it names."""

    new: tuple[str, ...]
    occasions: tuple[str, ...]
    not_occasions: tuple[str, ...]
    told_old: tuple[str, ...]
    not_told_old: tuple[str, ...]
    outlasting: tuple[str, ...]
    subjects: frozenset[str]
    causes: tuple[str, ...]
    easing: tuple[str, ...]


@functools.cache
def _numb_and_weak() -> _NumbAndWeak:
    from painkb.understand.words import NOT_NEW, language, read_data

    data = read_data("language.toml")["numb_and_weak"]
    lang = language()
    of = data["causes_of"]
    causes = {
        _plain(run)
        for sign in of
        for run in (*lang.explained_by.get(sign, ()), *lang.explained_in_its_sentence.get(sign, ()))
    }
    easing = {" ".join(words) for words, name in lang.modifiers.items() if name in NOT_NEW}
    return _NumbAndWeak(
        new=tuple(data["new"]),
        occasions=tuple(data["occasions"]),
        not_occasions=tuple(data["not_occasions"]),
        told_old=tuple(data["told_old"]),
        not_told_old=tuple(data["not_told_old"]),
        outlasting=tuple(data["outlasting"]),
        subjects=frozenset(data["subjects"]),
        causes=tuple(sorted(causes | {_plain(run) for run in lang.long_standing})),
        easing=tuple(sorted(easing)),
    )


# What may happen, told as advice: "ring 999 if I ever get ...", "in case I get ...".
_WATCH_FOR = re.compile(
    r"\b(?:(?:only\s+)?if\s+(?:i|you)\s+(?:ever\s+)?(?:get|got|develop|notice|start|feel|have)|in\s+case\s+(?:i|you)|"
    r"should\s+(?:i|you)\s+(?:ever\s+)?(?:get|develop|notice)|in\s+the\s+event\s+of|watch\s+(?:out\s+)?for)\b",
    re.IGNORECASE,
)


_FIRST_PERSON = frozenset({"i", "im", "ive", "id"})  # "I" said after them: "my wife says I have ..."
# ... and a sign of shock someone else saw on the writer: "my wife says my face is grey", "my
# daughter found me passed out" (a review rev64)
_SEEN_ON_ME = _FIRST_PERSON | {"me", "my", "myself"}
# ... not "me" where someone else was: "the lady next to me in A&E fainted", "the man in front of me"
# (not "with me", "at me": "hubby is here with me and keeps saying you're grey")
_BESIDE = frozenset({"beside", "behind", "near", "opposite", "past"})
_BESIDE_AFTER = {"to": "next", "of": "front"}  # "next to me", "in front of me"


def _said_of_the_writer(
    pattern: LazyPattern,
    text: str,
    other_sense: Callable[[str, int, int], bool] | None = None,
    mine: frozenset[str] = _FIRST_PERSON,
    now: bool = False,
) -> tuple[int, int] | None:
    """Where ``pattern`` occurs, not denied, in a sentence whose words before it speak of no
    one else ("my son has a temperature of 39" is the son's) and tell no advice of what to
    watch for ("ring 999 if I ever get sudden severe pain"), unless one of ``mine`` follows
    them, and not where ``other_sense`` (sentence, start, end) reads another sense ("a collapsed
    disc", "my pee is pale"); with ``now``, not in a sentence of a time gone ("as a child") nor
    asked of ("asked if I felt faint and I don't"). None when it does not."""
    from painkb.understand.context import Status, find_triggers
    from painkb.understand.words import tokenize

    for sentence in _SENTENCE.finditer(text):
        for found in pattern.finditer(sentence.group()):
            start = sentence.start() + found.start()
            if _DENIED_BEFORE.search(text[max(0, start - 40) : start]):
                continue
            if now and _not_now(sentence.group(), found.start(), found.end()):
                continue
            if other_sense is not None and other_sense(sentence.group(), found.start(), found.end()):
                continue
            # told as what to watch for: "the nurse said to ring 999 if I ever get sudden severe pain"
            if _WATCH_FOR.search(text, sentence.start(), start):
                continue
            before = tokenize(text[sentence.start() : start])
            triggers = find_triggers(before)
            theirs = [t.last for t in triggers if t.status is Status.OTHER_PERSON]
            # what someone says of the writer is the writer's: "my wife says I have ...", and
            # what is said of both: "Me and my mate both inject"
            if (
                theirs
                and not any(
                    t.norm in mine
                    and not (
                        t.norm == "me"
                        and (
                            before[j - 1].norm in _BESIDE
                            or (j > 1 and _BESIDE_AFTER.get(before[j - 1].norm) == before[j - 2].norm)
                        )
                    )
                    for j, t in enumerate(before[max(theirs) + 1 :], start=max(theirs) + 1)
                )
                and not any(t.status is Status.PRESENT for t in triggers)
            ):
                continue
            return start, sentence.start() + found.end()
    return None


def _not_now(sentence: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` of ``sentence`` are asked of, denied, or told in a clause
    of a time gone ("I passed out as a child once", "... years ago, I'm 66 and light headed" is
    now)."""
    opening = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
    closing = sentence.find(",", end)
    clause = sentence[opening : closing if closing >= 0 else len(sentence)]
    return bool(
        _PAST_TIME.search(clause)
        or _ALWAYS.search(clause)
        or _ASKED_OR_DENIED_BEFORE.search(sentence[:start])
    )


def _said_at(
    pattern: LazyPattern, text: str, skip: Callable[[int, int], bool] | None = None
) -> tuple[int, int] | None:
    """Where ``pattern`` first occurs in ``text`` with no negation just before it (and, with
    ``skip``, none whose span it holds true of)."""
    for m in pattern.finditer(text):
        if skip is not None and skip(*m.span()):
            continue
        if not _DENIED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            return m.span()
    return None


def _in_a_clause_of_a_time_gone(text: str, start: int, end: int) -> bool:
    """Whether the clause holding ``text[start:end]`` (to a stop, a comma, "and" or "but") tells a
    time long gone: "Tripped over the cat in 2012, ...", "In 2015 I slipped on the ice"; not
    "diagnosed with osteoporosis in 2019 and slipped yesterday", whose time is another clause's.

    >>> _in_a_clause_of_a_time_gone("Tripped in 2012, they found it", 0, 7)
    True
    >>> _in_a_clause_of_a_time_gone("found in 2019 and slipped yesterday", 18, 25)
    False
    """
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 200), start)), default=0)
    closing = _CLAUSE_BREAK.search(text, end)
    return _PAST_TIME.search(text, opening, closing.start() if closing else len(text)) is not None


def _said_now_at(pattern: LazyPattern, text: str) -> tuple[int, int] | None:
    """Where ``pattern`` first occurs in ``text`` with no negation just before it, and not in a
    clause of a time gone ("Two years ago I broke my hip and couldn't put any weight on it for
    weeks" tells nothing of a fall last Tuesday)."""
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        for m in pattern.finditer(words):
            start = sentence.start() + m.start()
            if _DENIED_BEFORE.search(text[max(0, start - 40) : start]):
                continue
            # (a time before the words, in their clause: not "can't put any weight on the leg I
            # broke in 2015", where the time is of the leg's old break)
            opening = max(words.rfind(",", 0, m.start()), words.rfind(";", 0, m.start())) + 1
            if _PAST_TIME.search(words[opening : m.start()]):
                continue
            return start, sentence.start() + m.end()
    return None


def _said(pattern: LazyPattern, text: str) -> bool:
    """True when ``pattern`` occurs in ``text`` with no negation just before it."""
    return _said_at(pattern, text) is not None


@attrs.frozen
class Event:
    """A warning sign read from a finding and what happened: the finding it rests on and
    the spans of the text that said what happened (``(start, end)``, in text order)."""

    finding: Entity
    spans: tuple[tuple[int, int], ...] = ()

    def words(self, text: str) -> tuple[str, ...]:
        """The words of ``text`` the event was read from ("bent down", "sneezed")."""
        return tuple(text[start:end].strip(" \t\n,.;:!?") for start, end in self.spans)


def events(kb: KnowledgeBase, interpretation: Interpretation) -> dict[str, Event]:
    """Warning sign id -> the `Event` it rests on, for signs made of a finding and an event.

    - Osteoporosis (or steroid tablets) with back pain after a minor trauma said as an event
      ("lifted", "bent down", "sneezed", "sat down hard") or that came on suddenly raises
      "sudden back pain after minor trauma with osteoporosis or long-term steroids" (G-care:
      "minor trauma in people with osteoporosis or in those taking corticosteroids").
    - Sudden, severe pain in the tummy and back with dizziness, clammy skin, breathlessness
      or fainting raises "sudden severe tummy or lower back pain with dizziness, clamminess or
      fainting" (the NHS page on a burst aortic aneurysm: call 999).
    - Sciatica or pain down the leg said of one leg and then the other ("it was my right leg,
      now my left leg too") raises "sciatica in both legs" (Lothian: "unilateral radicular
      pain, that has progressed to bilateral").
    - A fall the person had, with not being able to stand, walk or put weight on the leg,
      raises "unable to stand or put weight on the leg after a fall" (NHS: "not being able to
      stand or put weight on your leg").
    - Injecting said of the writer with no medicine named ("been injecting for years"), with
      back pain, raises "injecting drug use with new back pain" (G-care: "intravenous (IV)
      drug misuse"); "I inject insulin" is asked about.
    - An everyday activity said to get harder over time ("harder every week to get up the
      stairs", "I can walk a bit less each week"), or told as what the person could do then and
      cannot now ("earlier I could walk to the temple, now even the bathroom is a big task"),
      with pain in the back, buttock, hip or leg, raises "increasing difficulty walking, sitting
      or doing daily activities" (the seed's words: "increasingly difficult to walk, sit, or
      perform daily activities").
    - A bacterial infection by name said of the writer with a time in the last weeks ("had
      cellulitis a fortnight ago"), with back pain not said to be years old, raises "recent
      infection with new back pain" (AHCPR: "recent bacterial infection (e.g., urinary tract
      infection)"), in whatever sentence the back pain is said.
    - Coughing, sneezing or straining on the toilet said to set off the back in the same
      sentence ("every time I sneeze my lower back seizes") raises "back pain made worse by
      sneezing, coughing or straining" (NHS: "made worse when sneezing, coughing or pooing").
    """
    from painkb.understand.context import Status
    from painkb.understand.quantities import both_sides_in
    from painkb.understand.words import OLD

    text = interpretation.text
    present = interpretation.entities(Status.PRESENT)
    ids = {e.id for e in present}
    flags: dict[str, Event] = {}
    fragile = _OSTEOPOROSIS in ids or any(
        m.present and _STEROIDS.search(m.orth) for m in interpretation.mentions
    )
    back = _reported(kb, present, _SPINE)
    # (not with a back pain said to be years old: "my back has had its usual dull ache for years"
    # is not one a small jolt brought on; any such pain: new_back below reads a back named with
    # no pain of it as not new, which would drop "I have osteoporosis, I slipped, my back!")
    old_back = any(
        OLD.intersection(m.modifiers)
        for m in interpretation.mentions
        if m.present and m.entity.id in _BACK and m.entity.kind is not Kind.REGION
    )
    # (nor a fall told as long gone, by the reader or in its clause: "Fell in 2017, that's how they
    # found my osteoporosis", "Tripped over the cat in 2012")
    long_gone = [(m.start, m.end) for m in interpretation.mentions if m.status is Status.HISTORICAL]

    def gone(start: int, end: int) -> bool:
        # (not when a recent time or "again" is told anywhere: "slipped on ice in 2015 and again
        # this morning", "Tripped over the cat 2 weeks ago ... diagnosed in 2012": a hunt, rev101)
        return _TOLD_RECENTLY.search(text) is None and (
            any(a <= start < b for a, b in long_gone) or _in_a_clause_of_a_time_gone(text, start, end)
        )

    # (nor with a major trauma said: "osteoporosis for years. Fell off a ladder yesterday" is the
    # major trauma's, an emergency, not a small knock's)
    major = _MAJOR_TRAUMA in ids
    minor = _said_at(_MINOR_EVENT, text, gone) if fragile and not old_back and not major else None
    if _FRAGILE_BONES in kb and back is not None and minor is not None:
        bones = next(
            (m.start, m.end)
            for m in interpretation.mentions
            if m.present and (m.entity.id == _OSTEOPOROSIS or _STEROIDS.search(m.orth))
        )
        flags[_FRAGILE_BONES] = Event(back, tuple(sorted({bones, minor})))
    # (the tummy alone as well, as the NHS words it: "Sudden severe tummy ache and I'm breathless,
    # dizzy and my skin is clammy")
    sore = back or (_reported(kb, present, (_TUMMY_REGION,)) if _TUMMY.search(text) else None)
    if _BURST_ANEURYSM in kb and sore is not None:
        # the writer's, not a story of someone else's ("my mate's dad got this sudden savage
        # pain in his stomach and back, went grey and sweaty and passed out")
        where = _said_of_the_writer(_TUMMY, text) or _said_of_the_writer(_TEARING, text)
        # (a sign of shock of the writer's, in its own sense: not "my husband has gone pale", "my dad
        # fainted", "a collapsed disc", "a faint line on the test", a review rev62)
        sudden = _said_of_the_writer(_SUDDEN, text)
        shock = _said_of_the_writer(_SHOCK, text, _shock_of_another_sense, _SEEN_ON_ME, now=True)
        # a tearing or ripping pain is as severe as pain is said to be ("a sudden tearing pain in
        # my lower back and tummy ... I keep nearly passing out")
        severe = _said_at(_SEVERE, text) or _said_at(_TEARING, text)
        shocked = {m.group().lower(): m.span() for m in _SHOCK.finditer(text)}
        # an aneurysm the person knows they have counts as the age ("Known small aneurysm on
        # surveillance. Sudden awful lower back pain an hour ago, I'm sweaty and feel like I'm
        # going to pass out")
        known = any(m.present and m.entity.id == _AORTIC_ANEURYSM for m in interpretation.mentions)
        # (an age not told may be one: most messages tell none; a younger age told is asked about)
        old_enough = interpretation.age is None or interpretation.age >= _AORTA_AGE or known
        # Read from one place, a cause said anywhere makes it a question ("after a panic
        # attack"); with the tummy and the back both said, as before, it does not.
        if back is None:
            # the tummy alone, read as the back alone is, and only a sudden pain there ("tummy
            # ache all week. Suddenly the worst headache ever", "lying on my stomach")
            if not (old_enough and (severe or known) and _sudden_in_the_tummy(text) and _in_shock_now(text)):
                where = None
            guessed = True
        elif where is None and (severe or known) and old_enough and _in_shock_now(text):
            # the back alone, as the NHS words it ("tummy or lower back"), from someone of the
            # age aneurysms come at or of no age told, with two signs of shock or a faint;
            # younger, or with one sweat ("my back went lifting, agony, a bit sweaty"), it is asked
            where = back_span(interpretation)
            guessed = interpretation.age is None and not known
        else:
            guessed = False
        if (
            where
            and sudden
            and shock
            and (severe or len(shocked) >= 2)
            and not (guessed and _explained(text, (where, sudden, shock)))
        ):
            spans = {where, sudden, *((severe,) if severe else shocked.values())}
            flags[_BURST_ANEURYSM] = Event(sore, tuple(sorted(spans)))
    sciatica = next((e for e in present if e.id in _SCIATICA), None)
    if _BILATERAL_SCIATICA in kb and sciatica is not None and both_sides_in(text):
        flags[_BILATERAL_SCIATICA] = Event(sciatica)
    said_otherwise = {m.entity.id for m in interpretation.mentions if not m.present}
    if (
        _WORSE_COUGHING in kb
        and _WORSE_COUGHING not in said_otherwise
        and (setting_off := _sets_off_the_back(kb, interpretation, _SET_OFF_BY_A_COUGH)) is not None
    ):
        flags[_WORSE_COUGHING] = Event(setting_off[0], (setting_off[1],))
    # (with back pain not said to be years old: the sign counts with new back pain)
    new_back = back is not None and not all(
        OLD.intersection(m.modifiers)
        for m in interpretation.mentions
        if m.present and m.entity.id in _BACK and m.entity.kind is not Kind.REGION
    )
    infected = _said_of_the_writer(_INFECTED_RECENTLY, text) if new_back else None
    # (not when the sign is read denied, doubted or someone else's, nor asked about: "I'm worried
    # I might have had an infection recently", "Could a UTI last week cause my back pain?")
    not_theirs = (Status.ABSENT, Status.UNCERTAIN, Status.OTHER_PERSON)
    denied = {m.entity.id for m in interpretation.mentions if m.status in not_theirs}
    if infected and _asked(text, infected[0]):
        infected = None
    if _RECENT_INFECTION in kb and back and infected and _RECENT_INFECTION not in denied:
        flags[_RECENT_INFECTION] = Event(back, (infected,))
    injecting = _said_of_the_writer(_INJECTING, text) if back is not None else None
    if back is not None and injecting is None and _DRUGS_TOLD.search(text):
        injecting = _said_of_the_writer(_BANGING_UP_OFTEN, text)
    if (
        _INJECTING_DRUGS in kb
        and back is not None
        and injecting is not None
        and _INJECTING_DRUGS not in said_otherwise
        and not _MEDICINE.search(text)
        and not _given_up(text, injecting)
    ):
        flags[_INJECTING_DRUGS] = Event(back, (injecting,))
    backache = _reported(kb, present, (*_SPINE, "sciatica", "radiating-leg-pain", "buttock-pain"))
    if _SEXUAL in kb and backache is not None and _SEXUAL not in said_otherwise:
        sex = _sex_not_working(text)
        if sex is not None:
            flags[_SEXUAL] = Event(backache, sex)
    # the back, and the places that count for the walking difficulty ([status] back_places_also)
    hurting, harder, otherwise = _walking_made_harder(kb, interpretation)
    # (not a difficulty the text gives a cause of its own: a knee or a foot hurt, tiredness, the day
    # after a workout; [status.explained_in_its_sentence]: asked, `a_difficulty_explained`)
    if (
        _MOBILITY in kb
        and hurting is not None
        and harder is not None
        and not otherwise
        and _MOBILITY not in said_otherwise
    ):
        flags[_MOBILITY] = Event(hurting, (harder,))
    # A trip that leaves the person unable to stand, said in one sentence with no "nearly" or
    # "caught myself", is a fall in all but name.
    fall = next((e for e in present if e.id in _FALLS), None)
    if fall is None and _tripped_and_cannot_stand(text):
        fall = _reported(kb, present, _FALLEN_PLACES)
    cannot = _said_now_at(_CANT_BEAR_WEIGHT, text) if fall is not None else None
    # ... for a while only: "I couldn't put my foot down for about ten minutes, but ... I walked
    # off the court" (asked)
    if cannot is not None and _FOR_A_WHILE.match(text, cannot[1]):
        cannot = None
    # ... and a leg that gave way for a moment, walked off: "for a moment my leg gave way when I
    # tried to stand but then I walked it off and I'm fine" (asked)
    if cannot is not None and _GAVE_WAY.search(text, *cannot):
        sentence = _sentence_at(text, cannot[0])
        end = len(text) if sentence is None else sentence.end()
        if _FOR_A_MOMENT.search(text, max(0, cannot[0] - 30), min(end, cannot[1] + 20)) or _PASSED.search(
            text, cannot[1], end
        ):
            cannot = None
    deformed = _fell_and_leg_deformed(text)
    if deformed is not None and cannot is None:
        fall = fall or _reported(kb, present, _FALLEN_PLACES)
        cannot = deformed
    if _UNABLE_AFTER_FALL in kb and fall is not None and cannot is not None:
        flags[_UNABLE_AFTER_FALL] = Event(fall, (cannot,))
    return flags


_IBP_ENOUGH = 4  # features that raise the sign; 2 or 3 make painkb ask about it


def inflammatory_features(kb: KnowledgeBase, interpretation: Interpretation) -> tuple[str, ...]:
    """The NICE NG65 features of inflammatory back pain the text states, in plain words.

    Counted only with back pain and a stated age under 45 (or none stated): onset before 35
    (a stated age under 35), waking in the second half of the night, buttock pain,
    improvement with movement, relief from anti-inflammatories, a relative with
    spondyloarthritis, and psoriasis, inflammatory bowel disease or uveitis.
    """
    from painkb.understand.context import Status

    found = interpretation.entities(Status.PRESENT)
    age = interpretation.age
    if not back_trouble(kb, found) or (age is not None and age >= 45):
        return ()
    features = []
    if age is not None and age < 35:
        features.append(f"you are {age}")
    elif (young := _YOUNG_ONSET.search(interpretation.text)) and not _asked(
        interpretation.text, young.start()
    ):
        features.append(_STARTED_YOUNG)
    for name, pattern in _IBP_FEATURES.items():
        match = pattern.search(interpretation.text)
        if match and not _DENIED.search(match.group()):
            features.append(name)
    if _reported(kb, found, ("buttock-pain",)) is not None:
        features.append("your buttocks hurt")
    if any(e.id == _SPONDYLOARTHRITIS for e in interpretation.entities(Status.OTHER_PERSON)):
        features.append("a relative has spondyloarthritis")
    return tuple(features)


# The Berlin criteria for inflammatory back pain (Rudwaleit et al. 2006), in chronic back
# pain under 50: morning stiffness over 30 minutes, improvement with exercise but not with
# rest, waking in the second half of the night only, alternating buttock pain; 2 of the 4
# make it inflammatory back pain. Read in everyday words, a sentence at a time.
# Waking early for a reason of its own is not the pain waking the person ("I wake at five
# every morning for my shift").
_WOKEN_BY_LIFE = LazyPattern(
    r"\W*(?:\w+\W+){0,3}?(?:for\s+(?:work|my\s+(?:shift|job|run|train|bus)|the\s+(?:gym|baby|kids)|prayers?)|"
    r"to\s+(?:go\s+to\s+work|feed|get\s+ready)|with\s+the\s+(?:baby|kids|alarm)|alarm)",
    re.IGNORECASE,
)
_BERLIN_ENOUGH = 2
_SWITCHING = "the pain switches between your buttocks"
_BERLIN_AGE = 50
_CHRONIC = timedelta(days=90)
_STIFF = LazyPattern(
    r"\b(?:stiff\w*|rigid|seized|seizes|locked|like\s+a\s+(?:board|plank|robot)|can[\u2019']?t\s+bend|"
    # "I cannot bend till 10 am" (a review, rev103; not "because of the bump": a pregnancy's)
    r"can\s*not\s+bend(?![^.;!?]{0,40}?\b(?:bump|pregnan\w*)\b)|"
    # "my back locking up overnight" (a review, rev103), of the back or the writer only: not "I lock
    # up the gym every morning", "my knee locks up"
    r"(?:back|spine)(?:[\u2019']s|\s+(?:keeps|just|always|completely|totally|still|would|will))?\s+"
    r"lock(?:s|ing)?\s+up|lock(?:s|ing)?\s+me\s+up|"
    # "it takes a good hour of pottering about before I can bend": stiffness said by its length
    r"(?:takes?|needs?|need)\s+(?:me\s+)?(?:about\s+|nearly\s+|over\s+|at\s+least\s+|like\s+|around\s+|almost\s+)?"
    r"(?:a\s+good|an?|one|two|half\s+an)\s+hours?"
    r"(?:\s+\w+){0,5}?\s+(?:before|to|till|until)\s+(?:i\s+can\s+)?(?:bend|move|loosen|get\s+going|straighten)|"
    # "Gotta stretch for like 45 mins every morning before my back lets me do anything"
    r"(?:stretch|stretching|warm\s+up|loosen\s+up)\s+for\s+(?:about\s+|around\s+|like\s+|at\s+least\s+|a\s+good\s+)?"
    r"(?:[3-9]\d|half\s+an|an|a\s+good)\s*(?:min|mins|minutes|hour|hours))\b",
    re.I,
)
# ... and told as a bed hard to get out of ("first thing in the morning when I can barely roll out of
# bed": a review, rev103), counted only with a stated time of months: said of a fresh injury as often
# ("this morning my back's crook and I can hardly get out of bed")
_STIFF_GETTING_UP = LazyPattern(
    r"\bcan\s+(?:barely|hardly|only\s+just)\s+(?:get|roll|climb|drag\s+myself|haul\s+myself)\s+"
    r"(?:up\s+)?out\s+of\s+bed\b",
    re.I,
)
_MORNING = LazyPattern(
    r"\b(?:mornings?|overnight|first\s+thing|(?:when|after)\s+i\s+(?:wake|get\s+up|get\s+out\s+of\s+bed)|on\s+waking|"
    r"(?:start|beginning)\s+of\s+(?:the|my)\s+day|first\s+(?:\w+\s+){0,2}hours?\s+of\s+the\s+day|out\s+of\s+bed)\b",
    re.I,
)
_BRIEF = LazyPattern(
    r"\b(?:a\s+(?:few|couple\s+of)\s+minutes|(?:[1-9]|1\d|2\d)\s*(?:min|mins|minutes)|a\s+minute|briefly)\b",
    re.I,
)
_ALTERNATING = LazyPattern(
    r"\b(?:alternat\w*|switch\w*|swap\w*|flip\w*|flits?|jumps?|changes?\s+sides?|side\s+to\s+side|"
    # "pain deep in one buttock then the other"
    r"one\s+(?:side|buttock|bum\s+cheek|cheek|hip)\s+(?:\w+\s+){0,2}the\s+other|from\s+(?:the\s+)?(?:left|right)\s+(?:\w+\s+){0,3}(?:left|right)|"
    r"moves?\s+(?:from|between)|back\s+and\s+forth|"
    # "some weeks the left, some weeks the right"
    r"some\s+(?:days|weeks|times)\s+(?:\w+\s+){0,4}?(?:left|right)(?:\s+\w+)?\W+(?:and\s+)?(?:some|other)\s+(?:days|weeks|times)\s+"
    r"(?:\w+\s+){0,3}?(?:left|right))\b",
    re.I,
)
# "for months": read as two months at least, yet no stated time under three months
_TWO_MONTHS = timedelta(days=56)  # "for months" is read as two: a stated ten days is no such
_MONTHS_ON_END = LazyPattern(r"\b(?:for|few|several|many|some|couple\s+of|been)\s+months\b", re.I)
_BUTTOCK_WORD = LazyPattern(r"\b(?:buttocks?|bum|bottom|glutes?|cheeks?|butt|backside|hips?)\b", re.I)


def _sentences(text: str) -> list[str]:
    return [m.group() for m in _SENTENCE.finditer(text)]


def _stiff_in_the_morning(sentence: str, *, long: bool) -> bool:
    """True when ``sentence`` says the back is stiff in the morning, for longer than minutes: the
    morning said apart from the words of stiffness ("I can barely get out of bed" tells no
    morning of its own, "first thing in the morning when I can barely roll out of bed" does);
    a bed hard to get out of only when the time said is ``long`` (months)."""
    stiff = _STIFF_GETTING_UP if long and _said(_STIFF_GETTING_UP, sentence) else _STIFF
    if not _said(stiff, sentence) or _BRIEF.search(sentence):
        return False
    apart = stiff.compiled.sub(lambda words: " " * len(words.group()), sentence)
    return _said(_MORNING, apart)


def berlin_features(kb: KnowledgeBase, interpretation: Interpretation) -> tuple[str, ...]:
    """The Berlin features of inflammatory back pain the text states, in plain words.

    Counted only with back pain, no stated age of 50 or over and no stated duration under
    3 months: morning stiffness (unless said to last only minutes), improvement with
    exercise or movement (unless rest is said to help too), waking in the second half of
    the night, and buttock pain that alternates from side to side.

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "My lower back is stiff every morning and eases once I get moving.")
    >>> berlin_features(kb, it)
    ('your back is stiff in the morning', 'it gets better when you move')
    """
    from painkb.understand.context import Status

    found = interpretation.entities(Status.PRESENT)
    age, duration = interpretation.age, interpretation.duration
    text = interpretation.text
    # Buttock pain that switches sides is itself a criterion: it counts as the back trouble.
    switching = _reported(kb, found, _BUTTOCK) is not None and any(
        _said(_ALTERNATING, s) and _BUTTOCK_WORD.search(s) for s in _sentences(text)
    )
    if not (back_trouble(kb, found) or switching) or (age is not None and age >= _BERLIN_AGE):
        return ()
    vague = duration is not None and duration >= _TWO_MONTHS and _MONTHS_ON_END.search(text)
    if duration is not None and duration < _CHRONIC and not vague:
        return ()
    features = []
    long = duration is not None  # (months: a shorter time said returned above)
    if any(_stiff_in_the_morning(s, long=long) for s in _sentences(text)):
        features.append("your back is stiff in the morning")
    moving = _IBP_FEATURES["it gets better when you move"].search(text)
    if moving and not _DENIED.search(moving.group()) and not _rest_helps(text):
        features.append("it gets better when you move")
    night = _IBP_FEATURES["it wakes you in the second half of the night"].search(text)
    if night and not _DENIED.search(night.group()) and not _WOKEN_BY_LIFE.match(text, night.end()):
        features.append("it wakes you in the second half of the night")
    if switching:
        features.append(_SWITCHING)
    return tuple(features)


# Back pain that began young, said as an age or a decade of life: "it started when I was 25",
# "since my twenties" (NG65: onset before 35).
_STARTED_YOUNG = "it started before you were 35"
# Only of the pain itself, said next to it ("my back pain started when I was 25", "back pain
# since my twenties"), not of something else ("a smoker since my teens; back pain 10 days").
_THE_PAIN = r"\b(?:back\s+pain|backache|back|pain)\s+(?:\w+\s+){0,2}?"  # ... and up to two words more
_YOUNG_ONSET = LazyPattern(
    r"\b(?:back|backache|pain)\s+(?:\w+\s+){0,2}?(?:started|began|begun|came\s+on)\s+"
    r"(?:when\s+i\s+was|at|aged?)\s+(?:1[3-9]|2\d|3[0-4]|a\s+teenager|a\s+teen)\b"
    rf"|{_THE_PAIN}since\s+my\s+(?:late\s+)?(?:teens|twenties|20s)\b",
    re.IGNORECASE,
)
# A time said in years with no number of days to read: "since my twenties", "for many years now"
_YEARS_LONG = LazyPattern(
    rf"{_THE_PAIN}(?:for\s+(?:many|several|a\s+few|some|a\s+couple\s+of|so\s+many)\s+years|"
    r"since\s+my\s+(?:late\s+|early\s+)?(?:teens|twenties|thirties|20s|30s))\b",
    re.IGNORECASE,
)
_QUESTION_PARTS = (
    "it has lasted more than 3 months",
    "it gets better when you move",
    "it gets worse when you rest",
)


def _rest_helps(text: str) -> bool:
    """True when rest is said to help (`painkb.understand.asked_instead.rest_eases`)."""
    from painkb.understand.asked_instead import rest_eases

    return rest_eases(text)


def inflammatory_question_answered(kb: KnowledgeBase, interpretation: Interpretation) -> tuple[str, ...]:
    """The parts of the inflammatory-back-pain screening question the text answers "yes".

    Counted only with back pain and no stated age of 50 or over; all three parts say the
    answer whole (and raise the sign as a "yes" passed back would).

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "Low back pain for six months. Resting makes it ache more, "
    ...                       "but it eases off when I go for a swim.")
    >>> inflammatory_question_answered(kb, it)
    ('it has lasted more than 3 months', 'it gets better when you move', 'it gets worse when you rest')
    """
    from painkb.understand.asked_instead import REST_NO_HELP, REST_WORSENS
    from painkb.understand.context import Status

    found = interpretation.entities(Status.PRESENT)
    age, duration, text = interpretation.age, interpretation.duration, interpretation.text
    if not back_trouble(kb, found) or (age is not None and age >= _BERLIN_AGE):
        return ()
    said = []
    months_on_end = duration is not None and duration >= _TWO_MONTHS and _MONTHS_ON_END.search(text)
    years = _YEARS_LONG.search(text) if duration is None else None
    if (duration is not None and (duration >= _CHRONIC or months_on_end)) or (
        years is not None and not _asked(text, years.start())
    ):
        said.append(_QUESTION_PARTS[0])
    # (said, not asked: "Is it worse when I rest? Better with exercise? I can't tell.")
    moving = _IBP_FEATURES["it gets better when you move"].search(text)
    said_so = moving is not None and not _DENIED.search(moving.group()) and not _asked(text, moving.start())
    if said_so and not _rest_helps(text):
        said.append(_QUESTION_PARTS[1])
    worse = REST_WORSENS.search(text)
    resting = worse if worse and not _DENIED.search(worse.group()) else REST_NO_HELP.search(text)
    if resting and not _asked(text, resting.start()):
        said.append(_QUESTION_PARTS[2])
    return tuple(said)


def inflammatory_flags(
    kb: KnowledgeBase,
    interpretation: Interpretation,
    features: Collection[str],
    berlin: Collection[str] = (),
    question: Collection[str] = (),
) -> dict[str, Entity]:
    """``inflammatory-back-pain`` when ``features`` (from `inflammatory_features`, NICE NG65)
    are 4 or more, ``berlin`` (from `berlin_features`, the Berlin criteria) 2 or more, or
    ``question`` (from `inflammatory_question_answered`) holds every part of the sign's question."""
    from painkb.understand.context import Status

    answered = len(question) == len(_QUESTION_PARTS)
    if _INFLAMMATORY not in kb or (
        len(features) < _IBP_ENOUGH and len(berlin) < _BERLIN_ENOUGH and not answered
    ):
        return {}
    present = interpretation.entities(Status.PRESENT)
    back = _reported(kb, present, _BACK)
    if back is None and _SWITCHING in berlin:
        back = _reported(kb, present, _BUTTOCK)  # buttock pain that switches sides
    return {} if back is None else {_INFLAMMATORY: back}


def age_flags(kb: KnowledgeBase, findings: Iterable[Entity], age: int | None) -> dict[str, str]:
    """Warning sign id -> why to ask, for signs a stated age makes worth asking about."""
    if age is None or not (age >= 50 or age < 20) or _NEW_BACK_PAIN_AGE not in kb:
        return {}
    if _reported(kb, findings, _SPINE) is None:
        return {}
    return {_NEW_BACK_PAIN_AGE: f"you said you are {age}"}


@attrs.frozen
class _Sign:
    """A warning sign ready to ask about: what flags it and its question without a reason."""

    entity: WarningSign
    flaggers: frozenset[str]
    plain: Question


@attrs.frozen
class _Screen:
    """Every warning sign in asking order, indexed so an assessment touches only a few.

    ``groups`` are the ``(start, end)`` slices of ``signs`` that share an urgency, and
    ``plain`` is each sign's question without a reason, in the same order.
    """

    signs: tuple[_Sign, ...]
    plain: tuple[Question, ...]
    groups: tuple[tuple[int, int], ...]
    position: dict[str, int]
    flagging: dict[str, tuple[_Sign, ...]]  # symptom id -> the signs it flags


def _screen(kb: KnowledgeBase) -> _Screen:
    found = [e for e in kb.entities("warning_sign") if isinstance(e, WarningSign)]
    found.sort(key=lambda e: (e.urgency.rank, e.name.casefold(), e.id))
    signs = tuple(
        _Sign(
            sign,
            frozenset(link.target for link in kb.links_from(sign.id, "flagged_by")),
            Question(sign, _text(sign), SCREENING),
        )
        for sign in found
    )
    groups: list[tuple[int, int]] = []
    for i, sign in enumerate(signs):
        if not groups or sign.entity.urgency is not signs[groups[-1][0]].entity.urgency:
            groups.append((i, i))
        groups[-1] = (groups[-1][0], i + 1)
    flagging: dict[str, list[_Sign]] = {}
    for sign in signs:
        for flagger in sign.flaggers:
            flagging.setdefault(flagger, []).append(sign)
    return _Screen(
        signs,
        tuple(sign.plain for sign in signs),
        tuple(groups),
        {sign.entity.id: i for i, sign in enumerate(signs)},
        {flagger: tuple(found) for flagger, found in flagging.items()},
    )


def _screening(kb: KnowledgeBase) -> _Screen:
    return kb.derived("painkb.queries.screening.screen", _screen)


def signs(kb: KnowledgeBase) -> tuple[_Sign, ...]:
    """Every warning sign, most urgent first, with what flags it; built once per knowledge base."""
    return _screening(kb).signs


def ruled_out(kb: KnowledgeBase, answered: Set[str]) -> set[str]:
    """The warning signs every one of whose flagging symptoms is in ``answered``."""
    flagging = _screening(kb).flagging
    # Only symptoms flag a sign (the metagraph), so a sign added here never rules out another.
    return {
        sign.entity.id
        for answer in answered
        for sign in flagging.get(answer, ())
        if sign.flaggers <= answered
    }


def _text(sign: WarningSign) -> str:
    return sign.question or f"Do you have this: {sign.name[0].lower()}{sign.name[1:]}?"


def _asked_when_past() -> frozenset[str]:
    from painkb.understand.words import language

    return language().asked_when_past


# Signs asked about when said as past that are no lost feeling or function: an operation, a
# medicine, a drug used (their questions have reasons of their own)
_PAST_EVENTS = frozenset({"recent-spinal-surgery", "immunosuppression", "iv-drug-use"})


def a_past_loss(interpretation: Interpretation) -> bool:
    """Whether ``interpretation`` tells of a lost feeling or function as lately past ("both legs
    were weak but they're better now"), a sign asked about then (``asked_when_past``); not one
    told in a sentence of a year or more ago ("years ago I had numb toes, long gone")."""
    from painkb.understand.reader import tells_of_long_ago

    past = _asked_when_past() - _PAST_EVENTS
    for mention in interpretation.mentions:
        if mention.status.value == "historical" and mention.entity.id in past:
            sentence = _sentence_at(interpretation.text, mention.start)
            if sentence is None or not tells_of_long_ago(sentence.group()):
                return True
    return False


_CLEARLY_SAID = 0.5  # a mention's score from which its question comes before routine screening


def questions(
    kb: KnowledgeBase,
    answered: Collection[str],
    interpretation: Interpretation | None,
    reasons: dict[str, str],
) -> tuple[Question, ...]:
    """Screening questions for every warning sign not in ``answered``, most urgent first.

    Within an urgency, signs with a reason (``reasons``, or a partial or doubtful mention
    in the text) come first, those whose words came closest first ("you wrote 'wet myself'"
    before "you wrote 'myself'"), then the rest by name. The questions whose reason was said
    clearly (a reason of its own, or a mention scoring at least half) come before all the
    rest, most urgent first.
    """
    close: dict[str, Mention] = {}
    if interpretation is not None:
        for near in (*interpretation.partial, *interpretation.mentions):
            if isinstance(near.entity, WarningSign) and not near.raises_warning:
                close.setdefault(near.entity.id, near)
    screen = _screening(kb)
    # Only the signs answered or with a reason differ from their plain question; every
    # other sign's question is copied in slices, so the cost follows what was said, not
    # how many signs the knowledge base holds.
    special = sorted(
        {screen.position[i] for keys in (answered, close, reasons) for i in keys if i in screen.position}
    )
    asked: list[Question] = []
    next_special = 0
    for start, end in screen.groups:
        later_from = start
        with_reason: list[Question] = []
        later: list[Question] = []  # the rest of this urgency, after those with a reason
        while next_special < len(special) and special[next_special] < end:
            i = special[next_special]
            next_special += 1
            entity = screen.signs[i].entity
            why = ""
            if entity.id not in answered:
                mention: Mention | None = close.get(entity.id)
                if mention is not None and mention.status.value == "other_person":
                    why = f"you wrote {mention.orth!r} about someone else; ask them"
                elif mention is not None and mention.status.value == "historical":
                    # a lost function said as past ("numbness in my groin yesterday, all better
                    # now") is asked about: is it there now, or back? (asked_when_past)
                    if entity.id in _asked_when_past():
                        why = f"you wrote {mention.orth!r} as past"
                    else:
                        mention = None
                        why = reasons.get(entity.id, "")
                elif mention is not None and mention.status.value != "absent":
                    why = f"you wrote {mention.orth!r}"
                else:
                    mention = None
                    why = reasons.get(entity.id, "")
                if not why:
                    continue  # asked plainly, with the rest
                with_reason.append(Question(entity, screen.plain[i].text, why, mention))
            later += screen.plain[later_from:i]
            later_from = i + 1
        later += screen.plain[later_from:end]
        # a reason of its own (an age, a symptom that makes the sign worth ruling out) counts
        # as whole; a word of the text as near as it came
        with_reason.sort(key=lambda q: -(q.mention.score if q.mention is not None else 1.0))
        asked += with_reason
        asked += later
    # What the text said clearly is asked before routine screening of any urgency: "my foot
    # smacks the floor with every step" asks about foot drop before "a serious accident?".
    # A one-word echo ("you wrote 'moved'") stays with its urgency.
    first = [q for q in asked if q.prompted and (q.mention is None or q.mention.score >= _CLEARLY_SAID)]
    if not first:
        return tuple(asked)
    return (*first, *(q for q in asked if q not in first))
