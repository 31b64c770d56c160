"""A sudden pain of the back or tummy told with signs of shock in other words and clauses: the
signs of a burst aortic aneurysm (NHS: "sudden, severe pain in the tummy or lower back" with
"dizziness", "sweaty, pale and clammy skin", "a fast heartbeat" or "fainting or passing out").

The sign's own phrases find it said in one clause ("sudden back pain and I feel faint"). People
tell it in parts: "Sudden agonising pain low down in my back, I've gone grey and sweaty" or
"Sudden severe pain in my lower back. I feel faint and clammy." This reads those parts
together: the writer's back or tummy pain said with a word of a sudden start, and a sign of
shock said, not denied, of no one else, in the same sentence or the next one. A cause said
anywhere ("a panic attack", "the sauna") still makes it a question
(``[status] explained_anywhere``).

>>> import painkb
>>> kb = painkb.load()
>>> told = painkb.assess(kb, text="Sudden severe pain in my lower back. I feel faint and clammy.")
>>> [f.warning_sign.id for f in told.red_flags]
['burst-aneurysm-symptoms']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from painkb.kb import KnowledgeBase
from painkb.understand.context import Status, find_triggers
from painkb.understand.interpretation import CONFIDENT, Mention
from painkb.understand.sentences import sentence_of
from painkb.understand.words import tokenize

__all__ = ["collapse_told"]


def collapse_told(
    kb: KnowledgeBase, text: str, bounds: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> list[Mention]:
    """The burst-aneurysm sign from a sudden back or tummy pain of the writer's and a sign of
    shock in its sentence or the next (see the module). Never over the sign said, denied or
    asked of its own.

    >>> said = painkb.interpret(kb, "Sudden agonising pain low down in my back, I've gone grey and sweaty")
    >>> [m.via for m in said.mentions if m.entity.id == "burst-aneurysm-symptoms"]
    ['sudden pain + grey and sweaty']
    """
    if _SIGN not in kb or any(m.entity.id == _SIGN for m in mentions):
        return []
    for pain in mentions:
        if pain.entity.id not in _PAINS or not pain.present or not pain.confident:
            continue
        where = sentence_of(bounds, pain.start)
        if where >= len(bounds):
            continue
        start, end = bounds[where]
        if _SUDDEN.search(text, start, end) is None or _STRAINED.search(text, start, end) is not None:
            continue  # (a strain or a twinge on a movement is left to be asked: "a sudden twinge lifting")
        last = bounds[where + 1][1] if where + 1 < len(bounds) else end
        # (from the pain's clause: "I never said it to my wife but I have sudden severe pain")
        begin = max([start, *(found.end() for found in _CLAUSE_START.finditer(text, start, pain.start))])
        for shock in _SHOCK.finditer(text, start, last):
            if _denied_or_another(text, start, shock.start()):
                continue
            told = text[begin : max(shock.end(), pain.end)]
            if _PAST.search(told) or _of_another_or_past(told):
                continue  # left to be asked: "My aunty is suddenly complaining of terrible back pain"
            return [
                attrs.evolve(
                    pain,
                    entity=kb.get(_SIGN),
                    start=min(pain.start, shock.start()),
                    end=max(pain.end, shock.end()),
                    orth=text[min(pain.start, shock.start()) : max(pain.end, shock.end())],
                    score=CONFIDENT,
                    exact=True,
                    via=f"sudden pain + {shock.group().lower()}",
                )
            ]
    return []


_SIGN = "burst-aneurysm-symptoms"
# the writer's pain of the back or the tummy (a region said with a pain is a pain of it)
_PAINS = frozenset({"lower-back-pain", "lower-abdomen", "lower-back"})
_SUDDEN = re.compile(
    r"\b(?:sudden(?:ly)?|all\s+of\s+a\s+sudden|out\s+of\s+(?:the\s+)?(?:blue|nowhere)|without\s+(?:any\s+)?warning|"
    r"came\s+on\s+(?:so\s+|really\s+|very\s+)?(?:fast|quickly|suddenly))\b",
    re.IGNORECASE,
)
# a pain said to be mild, or to come on a movement, is no sudden severe pain told in parts
_STRAINED = re.compile(
    r"\b(?:twinges?|niggles?|tweak(?:ed)?|lift(?:ing|ed)?|bend(?:ing)?|bent|twist(?:ing|ed)?|pick(?:ing|ed)\s+up|"
    r"reach(?:ing|ed)|sneez\w*|cough\w*|gym|workout|deadlift\w*|squat\w*|mild|slight|little)\b",
    re.IGNORECASE,
)
# the signs of shock of the NHS page: dizziness, sweaty, pale and clammy skin, a fast heartbeat,
# shortness of breath, fainting or passing out
_SHOCK = re.compile(
    r"\b(?:clammy|(?:feel|feeling|felt|going|gone|went)\s+(?:really\s+|very\s+|a\s+bit\s+)?faint|fainted|fainting|"
    r"passed\s+out|passing\s+out|blacked\s+out|collapsed|dizzy|dizziness|light\s?-?headed|"
    r"(?:grey|gray|pale|white)\s+and\s+(?:sweaty|clammy)|(?:sweaty|sweating)\s+and\s+(?:grey|gray|pale)|cold\s+sweats?|"
    r"heart\s+(?:is\s+)?(?:racing|pounding)|pulse\s+(?:is\s+)?(?:racing|(?:really\s+|very\s+|so\s+)?fast)|"
    r"short\s+of\s+breath|can[\u2019']?t\s+catch\s+my\s+breath)\b",
    re.IGNORECASE,
)
# a time past or an answer found: "The tummy pain last month came on suddenly and I fainted,
# they said it was an ovarian cyst"
_PAST = re.compile(
    r"\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn)|(?:\d+|a\s+few|several|some|two|three)\s+"
    r"(?:weeks|months|years)\s+ago|years\s+ago|sorted|turned\s+out|(?:they|he|she|the\s+\w+)\s+said\s+it\s+was|"
    r"diagnosed|mate|mates|friend|colleague|gentleman|lady|man|woman|patient|patients)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"\bbut\b|[;:]", re.IGNORECASE)
# the words just before a sign of shock that deny it or give it to someone else: "not dizzy",
# "no sweating", "never fainted", "he went grey"
_NOT_THE_WRITERS = re.compile(
    r"\b(?:no|not|never|without|nor|isn[\u2019']?t|wasn[\u2019']?t|didn[\u2019']?t|don[\u2019']?t|"
    r"haven[\u2019']?t|he|she|they|his|her|their|him|them)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)


def _of_another_or_past(said: str) -> bool:
    """Whether the words ``said`` hold a trigger of someone else or of the past ("my aunty",
    "a mate's", "years ago")."""
    return any(
        trigger.status in (Status.OTHER_PERSON, Status.HISTORICAL)
        for trigger in find_triggers(tokenize(said))
    )


def _denied_or_another(text: str, start: int, at: int) -> bool:
    """Whether the words before a sign of shock at ``at`` (back to ``start`` or the last mark)
    deny it or say it of someone else."""
    cut = max([start, *(text.rfind(mark, start, at) + 1 for mark in ".,;:!?")])
    return _NOT_THE_WRITERS.search(text, cut, at) is not None
