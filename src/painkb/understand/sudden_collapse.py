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

import itertools
import re
from collections.abc import Sequence

import attrs

from painkb.kb import KnowledgeBase
from painkb.understand.context import Status, find_triggers
from painkb.understand.interpretation import CONFIDENT, Mention
from painkb.understand.quantities import durations_in
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
    if _SIGN not in kb or any(m.entity.id == _SIGN for m in mentions) or _CAUSED.search(text):
        return []  # (a cause of its own said anywhere is left to be asked: "period cramps", "a hangover")
    for pain in mentions:
        if pain.entity.id not in _PAINS or not pain.present or not pain.confident:
            continue
        where = sentence_of(bounds, pain.start)
        if where >= len(bounds):
            continue
        start, end = bounds[where]
        if not _sudden_pain(text, start, end, pain) or _STRAINED.search(text, start, end) is not None:
            continue  # (a strain or a twinge on a movement is left to be asked: "a sudden twinge lifting")
        if any(duration.days >= 1 for duration, _ in durations_in(text[start:end])):
            continue  # a pain of days or weeks: "Lower back pain for 3 weeks, and out of nowhere ..."
        # (from the pain's clause: "I never said it to my wife but I have sudden severe pain")
        begin = max([start, *(found.end() for found in _CLAUSE_START.finditer(text, start, pain.start))])
        if _NOT_HAD.search(text, begin, pain.start):
            continue
        for shock, opens in _shocks_near(text, bounds, where):
            if _NOT_HAD.search(text, opens, shock.start()) or _A_NAMED_ONE.search(text, opens, shock.start()):
                continue  # denied, feared, imagined, or someone else's: "but no fainting, dizziness"
            told = text[min(begin, shock.start()) : max(shock.end(), pain.end)]
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


def _shocks_near(text: str, bounds: Sequence[tuple[int, int]], where: int) -> list[tuple[re.Match[str], int]]:
    """The signs of shock in sentence ``where``, the one before it and the two after it (each
    with where its sentence opens), up to a sentence that opens with a time of its own ("This
    morning I felt dizzy")."""
    found: list[tuple[re.Match[str], int]] = []
    for k in range(max(0, where - 1), min(len(bounds), where + 3)):
        start, end = bounds[k]
        if k > where and _A_TIME_OF_ITS_OWN.match(text, start):
            break
        found += [(shock, start) for shock in _SHOCK.finditer(text, start, end)]
    return found


def _sudden_pain(text: str, start: int, end: int, pain: Mention) -> bool:
    """Whether a word of a sudden start is said of the pain: in its part of the sentence between
    commas, or in a part next to it with no sign of shock ("it came on so sudden, agony in my
    tummy"; not "back pain for weeks, and out of nowhere I get dizzy spells")."""
    marks = [start, *(m.end() for m in _PART_MARK.finditer(text, start, end)), end]
    parts = list(itertools.pairwise(marks))
    at = next((k for k, (a, b) in enumerate(parts) if a <= pain.start < b), None)
    if at is None:
        return False
    for k in (at, at - 1, at + 1):
        if 0 <= k < len(parts):
            a, b = parts[k]
            if _SUDDEN.search(text, a, b) and (k == at or not _SHOCK.search(text, a, b)):
                return True
    return False


_SIGN = "burst-aneurysm-symptoms"
# the writer's pain of the back or the tummy (a region said with a pain is a pain of it)
_PAINS = frozenset({"lower-back-pain", "lower-abdomen", "lower-back"})
_SUDDEN = re.compile(
    r"\b(?:sudden(?:ly)?|all\s+of\s+a\s+sudden|all\s+at\s+once|out\s+of\s+(?:the\s+)?(?:blue|nowhere)|"
    r"without\s+(?:any\s+)?warning|in\s+(?:a\s+few\s+)?seconds|within\s+seconds|"
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
    r"\b(?:clammy|(?:feel|feeling|felt|going|gone|went)\s+(?:really\s+|very\s+|a\s+bit\s+)?faint(?!-|\s+hearted)|"
    r"fainted|fainting|passed\s+out|passing\s+out|blacked\s+out|collapsed|dizzy(?!\s+with\s+relief)|dizziness|"
    r"light\s?-?headed|(?:going|about)\s+to\s+pass\s+out|"
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
_PART_MARK = re.compile(r"[,;:]|\band\b|\bbut\b", re.IGNORECASE)
# a sentence after the pain's that opens with a time of its own tells another moment: "Sudden
# lower back pain last Tuesday. This morning I felt dizzy"
_A_TIME_OF_ITS_OWN = re.compile(
    r"\W*(?:this\s+(?:morning|afternoon|evening)|yesterday|today|tonight|last\s+night|earlier|later|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:a|an|two|three|few)\s+(?:hours?|days?)\s+(?:ago|later))\b",
    re.IGNORECASE,
)
# a name just before a sign of shock: someone else's ("Emma fainted in assembly")
_A_NAMED_ONE = re.compile(
    r"\b(?!(?:I|Then|And|Just|Now|Nearly|Almost|Also|Suddenly|Sudden|So|But|Literally|Actually|Totally|"
    r"Really|Very|Even|Still|Feel|Feeling|Felt|Went|Gone|Going|Getting|Got|Am|Was|Help|Omg|Ok|Okay)\b)[A-Z][a-z]+\s+$"
)
# words before a sign of shock in its sentence (or before the pain in its clause) that deny it,
# fear or imagine it, or give it to someone else: "but no fainting, dizziness or sweating", "I'm
# terrified of fainting", "We were all dizzy", "he went grey"
_NOT_HAD = re.compile(
    r"\b(?:no|not|never|nothing|none|without|nor|isn[\u2019']?t|wasn[\u2019']?t|didn[\u2019']?t|don[\u2019']?t|"
    r"haven[\u2019']?t|hasn[\u2019']?t|terrified|scared|afraid|worried|worry|worrying|fear|frightened|unless|if|"
    r"might|would|could|case|whether|hope|once|we|everyone|everybody|us|he|she|they|his|her|their|him|them|"
    r"asked|ask|asking|question|questions|read|google\w*)\b",
    re.IGNORECASE,
)
# a cause of its own said anywhere, or a pain known from before: asked, not raised ("Period cramps
# came on suddenly and I nearly fainted", "a hot yoga class", "a hangover", "gave blood",
# "kidney stones like last time")
_CAUSED = re.compile(
    r"\b(?:periods?|cramps?|menstrua\w*|yoga|spin|sauna|heat|hot|run|ran|running|marathon|race|eaten|eat|"
    r"hungry|rollercoaster|drank|drunk|drinking|alcohol|hangover|hungover|curry|food|sugar|diabet\w*|hypo|"
    r"pots|labyrinthitis|vertigo|asthma\w*|codeine|co-codamol|tramadol|morphine|opioids?|oramorph|tablets?|"
    r"pills?|medication|meds|needles?|injection|jab|blood|standing\s+up\s+too|stood\s+up\s+too|every\s+month|"
    r"every\s+time|always|usual|panic\w*|anxiety|anxious|boat|seasick|flu|virus|bug|covid|pregnan\w*|"
    r"kidney|stones?|gallstones?|gallbladder|last\s+time|again|migraine|caffeine|coffees?|energy\s+drinks?|"
    r"thought|dentist|tomorrow|spells?|ears?|separately|got\s+up|stood\s+up|standing\s+up|getting\s+up|twang\w*)\b",
    re.IGNORECASE,
)


def _of_another_or_past(said: str) -> bool:
    """Whether the words ``said`` hold a trigger of someone else or of the past ("my aunty",
    "a mate's", "years ago")."""
    return any(
        trigger.status in (Status.OTHER_PERSON, Status.HISTORICAL)
        for trigger in find_triggers(tokenize(said))
    )
