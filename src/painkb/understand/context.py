"""Whether a person has a finding: negation, uncertainty, history and other people.

Triggers come from ``context.toml`` (NegEx, Chapman 2001; ConText, Harkema 2009, tuned
for lay text). A trigger reaches the findings after it (forward) or before it
(backward) within its clause, up to a trigger of status ``end``. The longest trigger at
a place wins; a trigger inside a finding's own words ("can't pee") is part of the
finding, not about it.

>>> from painkb.understand.words import tokenize
>>> tokens = tokenize("no numbness or tingling")
>>> [(t.start, t.status.value) for t in find_triggers(tokens)]
[(0, 'absent')]
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from painkb._pattern_store import compile as compile_pattern
from painkb.understand.words import (
    WORD,
    WRITER_WORDS,
    Token,
    keys_of,
    language,
    names_a_findings_field,
    names_only_places,
    normal,
    read_data,
    sizes_by_first_word,
)

__all__ = [
    "RELATIVES",
    "SAYING",
    "Direction",
    "Status",
    "Trigger",
    "bare_patients_told",
    "body_words",
    "find_triggers",
    "forms_about_someone_else",
    "quoted_of_others",
    "status_of",
    "trigger_phrases",
]


class Status(str, enum.Enum):
    """Whether the person has a finding, as their words say."""

    PRESENT = "present"
    ABSENT = "absent"
    UNCERTAIN = "uncertain"
    HISTORICAL = "historical"
    OTHER_PERSON = "other_person"

    def __str__(self) -> str:
        return str(self.value)


class Direction(str, enum.Enum):
    """Which way a trigger reaches."""

    FORWARD = "forward"
    BACKWARD = "backward"
    BOTH = "both"


# When several triggers reach a finding, the first in this order decides. A pseudo-
# trigger ("never had this before") is "present" and overrides them all.
_PRECEDENCE = (Status.OTHER_PERSON, Status.HISTORICAL, Status.UNCERTAIN, Status.ABSENT)
_END = "end"
_FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me", "myself", "mine", "mines", "us", "we"})
# (and "my" after the other person: "since having my kids my back hurts" is the writer's back)
# the writer as the object inside a finding's words: "he kicked me in the back" (not "my
# sister had cancer, I have back pain": her cancer, then the writer's pain)
_ME = frozenset({"me", "myself"})
# Relatives named without "my" at the start of a sentence ("Mum slipped"), unless the
# sentence speaks to them ("Mum, I ...", then the next word is "i").
# Relatives named at a sentence start, or after "my" (then "my" is not the writer).
RELATIVES = frozenset(
    {"mum", "mom", "mam", "dad", "nan", "nana", "gran", "granny", "grandma", "grandad", "grandpa",
     "grandmother", "grandfather", "mother", "father", "husband", "wife", "hubby", "son", "daughter",
     # "Mum's got breast cancer", "Dad's on chemo" (apostrophes are dropped)
     "mums", "moms", "mams", "dads", "nans", "grans", "grannys", "grandmas", "grandads", "grandpas",
     "husbands", "wifes", "sons", "daughters", "mothers", "fathers",
     # "Kids have all had a fever", "The wife's back went", "Our son fell off his bike"
     "kids", "children", "partner", "partners", "brother", "sister", "brothers", "sisters",
     "missus", "boyfriend", "girlfriend"}
)  # fmt: skip
# "the kids", "our son", "both kids": a relative named without "my"
_THE = frozenset({"the", "our", "both", "a"})
# Other people named after "the" or "a" at a sentence start ("The man in the bed next to me
# couldn't pee"), never alone: "Man, my back hurts" is the writer's.
_PEOPLE = frozenset(
    {"man", "woman", "guy", "lady", "bloke", "patient", "girl", "boy", "lad", "chap", "fella", "gentleman"}
)
# ... where: "on my course", "at the gym", "next door", "in the bed next to me" (not "Woman in a
# car crash, my back ...", "Man on a motorbike", "Guy in construction here": the writer)
_PLACED_BY = frozenset({"on", "in", "at", "next", "across"})
_PLACE_OPENERS = frozenset({"my", "the", "our", "work", "door", "school"})
# People who are not family, named at a sentence start without "my" ("Friend had a car
# crash", "Boss had chest pains", "Neighbour's kid fell off the climbing frame"); never words
# that may address the reader ("Mate, my back is killing me").
_OTHERS = frozenset(
    {"friend", "friends", "boss", "neighbour", "neighbor", "neighbours", "neighbors", "colleague",
     "colleagues", "coworker", "coworkers", "workmate", "flatmate", "housemate", "roommate", "uncle",
     "aunt", "auntie", "aunty", "cousin", "nephew", "niece", "grandson", "granddaughter", "stepdad",
     "stepmum", "stepmom", "fiance", "fiancee", "youtuber", "influencer", "celebrity", "footballer",
     # "Teammate has got sciatica down both legs"
     "teammate", "teammates", "classmate", "classmates", "clubmate", "clubmates", "bestie",
     # as typed, and only when what they did follows ("bf fell off ladder", "gf cant pee": a review,
     # rev78; not "Bf all night so shattered", breastfeeding: rev79)
     "bf", "gf", "hubs"}
)  # fmt: skip
# ... and only when what follows tells what they had or did ("Friend had a car crash"), or names
# their relative ("Neighbours kid fell"); not "Friends house, fell off the roof", "Uncle drove,
# car crash", "Cousin, help", "Friend is driving, can't feel my legs"
_THEY_HAD = frozenset(
    {"had", "has", "got", "gets", "fell", "broke", "slipped", "tripped", "crashed", "suffers", "suffered",
     "died", "passed", "injects", "injected", "keeps", "kept", "just", "recently", "was", "went", "collapsed",
     "couldnt", "cant", "cannot", "ended", "needs", "needed", "lost", "with", "in", "is", "keep"}
)  # fmt: skip


# After "says", the words that open what is said of the writer or of a cause ("Partner says it's a
# disc", "Mum says I should rest"), not what the one who speaks has ("son says both legs weak": a
# review, rev78).
_SAID_OF_ANOTHER = frozenset(
    {"its", "it", "that", "this", "i", "im", "ive", "you", "youre", "to", "the", "a", "an", "my", "me", "he",
     "she", "hes", "shes", "they", "we", "if", "maybe", "probably",
     # what they tell the writer to do, or a greeting ("Wife says go to A&E, both legs weak", "Mum
     # says hi, numb bum": a review, rev83)
     "go", "ring", "call", "phone", "stop", "get", "see", "rest", "take", "come", "sit", "lie", "wait",
     "calm", "relax", "dont", "hi", "hello", "hey", "nothing", "ok", "okay", "thanks", "hospital",
     # ... or what they think it is ("Mum says prob a disc", "Wife says just sciatica", "Wife said
     # ambulance": a review, rev85)
     "prob", "probs", "just", "only", "defo", "deffo", "definitely", "likely", "ambulance", "doctor",
     "gp", "sciatica", "disc"}
)  # fmt: skip


#: The words with which someone reports what they have ("son says both legs weak").
SAYING = frozenset({"says", "said"})


def _says_a_finding(tokens: Sequence[Token], norms: Sequence[str], named: int) -> bool:
    """True when a relative named at a sentence start "says" a finding, no one's words after it
    up to a comma: "son says both legs weak", "Wife says hot to touch"."""
    if norms[named + 1] not in SAYING or named + 2 >= len(norms):
        return False
    rest = [norms[named + 2]]
    for i in range(named + 3, len(tokens)):
        if _after_a_mark(tokens, i):
            break
        rest.append(norms[i])
    return rest[0] not in _SAID_OF_ANOTHER and _FIRST_PERSON.isdisjoint(rest) and _OWNERS.isdisjoint(rest)


_OWNERS = frozenset({"my", "he", "she", "hes", "shes", "his", "her"})


def _told_of_them(norms: Sequence[str], named: int) -> bool:
    following = norms[named + 1] if named + 1 < len(norms) else ""
    return following in _THEY_HAD or following in RELATIVES or following in _CHILDREN


_CHILDREN = frozenset({"kid", "kids", "boy", "girl", "lad", "son", "daughter", "baby", "toddler"})


def forms_about_someone_else(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` (start, end) that fill in a form about someone else: from a field
    that names who it is about ("Patient: dad, 78", "Who: my wife", "For: our son"), a field of
    findings whose value opens with someone else and has no word of the writer's ("Weakness: mum
    can't walk"; not "Weakness: kids have to help me up", "Symptoms: wife worried sick") or a
    heading that says whose the answers are ("For my dad:", "Filling this in for my mum.", "Dad's
    answers:", "Husband's:"), up to a field of the writer's ("Me:", "Mine:", "Patient: me", "Name:
    mum of 3", "Pt: 45, mum (me)", "... it's me", "I'm the one with ...") or the end. What the
    form tells there is theirs. A name alone, or the writer, is the writer filling the form in
    ("Name: John, 45", "Patient: me"); so is a who field whose value tells something else than
    who ("Re: hubby's worried about me", "Patient: husband typing for me", "Who: husband & me")
    or names one who types or posts for the writer ("Re: mum, she said to post here"); a
    relative of the writer's named later in the value is who ("mother of 3, 82, my mum").

    >>> forms_about_someone_else("Age 40. Patient: husband, 58. Temp 39. Me: 40")
    ((7, 38),)
    >>> forms_about_someone_else("Form for my brother. Fever 39. Mine: none")
    ((0, 30),)
    >>> forms_about_someone_else("Name: John, 45. Symptoms: numb bum")
    ()
    >>> forms_about_someone_else("Re: wife's advice to post. Fever 39")
    ()
    >>> forms_about_someone_else("Patient: husband, typing for me. Numb bum")
    ()
    >>> forms_about_someone_else("Patient: dad, I'm typing for him. Numb bum")
    ((0, 42),)
    >>> forms_about_someone_else("Patient: mum of 3, 82, my mum. Numb bum")
    ((0, 39),)
    """
    # (a heading may be a sentence of its own: "Filling this in for my mum. Fever 39")
    theirs = [
        m.start()
        for m in _A_HEADING.finditer(text)
        if _whose(m) in _FORM_PEOPLE and not _THEY_SPEAK_OF_ME.match(text, m.end())
    ]
    if ":" not in text and " - " not in text and not theirs:
        return ()  # (most texts hold no form)
    theirs += [
        m.start()
        for m in _WHO_FIELD.finditer(text)
        if _named_alone(text, m.end()) or _named_later(text, m.end())
    ]
    theirs += [
        _sentence_start(text, m.start())
        for m in _A_COLON.finditer(text)
        if names_a_findings_field(text, m.start())
        and _someone_named(text, m.end())
        and not _THE_WRITER_IN.search(text, m.end(), _clause_end(text, m.end()))
    ]
    if not theirs:
        return ()
    writers = [m.start() for m in _THE_WRITERS_FIELD.finditer(text)]
    writers += [m.start() for m in _IT_IS_ME.finditer(text)]
    spans = []
    start: int | None = None
    for at, of_them in sorted([*((at, True) for at in theirs), *((at, False) for at in writers)]):
        if of_them and start is None:
            start = at
        elif not of_them and start is not None:
            spans.append((start, at))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return tuple(spans)


def _whose(heading: re.Match[str]) -> str:
    return (heading["who"] or heading["owner"]).lower()


def _someone_named(text: str, at: int) -> bool:
    """True when someone else is named at ``at`` and not as one who speaks of the writer
    ("dad, 78", "my 80 year old mum"; not "dad says I ...", "husband and I") nor as one who
    helps the writer ("wife worried sick", "wife drives now")."""
    named = _SOMEONE_NAMED.match(text, at)
    return (
        named is not None
        and named.group("who").lower() in _FORM_PEOPLE
        and _HELPS_THE_WRITER.match(text, named.end()) is None
    )


def _named_alone(text: str, at: int) -> bool:
    """True when a who field's value at ``at`` names someone else as what it is about: the
    person, maybe with an age, then the value ends ("dad, 78.", "my wife", "mum (66)") or tells
    more of them in words not the writer's ("my dad who has dementia"); not "hubby's worried",
    "husband typing for me", "husband, typing for me", "mum, she said to post here", "husband &
    me", "mum of 3"."""
    named = _SOMEONE_NAMED.match(text, at)
    if named is None or named.group("who").lower() not in _FORM_PEOPLE:
        return False
    # (what a "who" or "with" tells of them may name the writer: "my dad who lives with me")
    ends = _A_VALUE_ENDS.match(text, named.end())
    if ends is None:
        return False
    # (what follows a comma or a dash may still be of the value: "husband, typing for me")
    of_the_value = ends["more"] is None and _SENTENCE_MARKS.union("\n").isdisjoint(ends.group())
    return not of_the_value or _HELPS_THE_WRITER.match(text, ends.end()) is None


def _named_later(text: str, at: int) -> bool:
    """True when a who field's value at ``at`` names someone else of the writer's in an item of
    its own after a comma ("mother of 3, 82, my mum": the writer's mum, not the writer), and
    the value does not open with the writer ("me, 45, my husband typing")."""
    end = _sentence_end(text, at)
    if _THE_WRITER_OPENS.match(text, at, end) or _TYPING_FOR_ME.search(text, at, end):
        return False  # (nor "67, retired nurse, my daughter, 40, is typing this for me": rev97)
    return any(
        _A_RELATIVE_OF_MINE.match(text, comma + 1, end) and _named_alone(text, comma + 1)
        for comma in range(at, end)
        if text[comma] == ","
    )


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(mark, 0, at) for mark in ".!?;\n") + 1


def _clause_end(text: str, at: int) -> int:
    """Where the clause from ``at`` ends: its sentence's end or a comma ("Weakness: mum's legs give
    way, I had to call an ambulance" tells of mum before the comma)."""
    comma = text.find(",", at)
    end = _sentence_end(text, at)
    return min(end, comma) if comma >= 0 else end


def _sentence_end(text: str, at: int) -> int:
    ends = [end for mark in ".!?;\n" if (end := text.find(mark, at)) >= 0]
    return min(ends, default=len(text))


_FORM_PEOPLE = RELATIVES | _OTHERS | _CHILDREN | {"patient", "pt", "client", "resident"}
_WHO_LABELS = r"(?:patient|pt|name|who|for|re|person|subject|client)"
_WHO_FIELD = compile_pattern(rf"(?:^|(?<=[.!?;\n]))\s*{_WHO_LABELS}\s*(?::|\s[-\u2013])\s*", re.IGNORECASE)
_SOMEONE_NAMED = compile_pattern(
    r"\s*(?:(?:my|our|the)\s+)?(?:\d{1,3}\s*(?:yo|y/o|yrs?|years?)?\s*(?:old\s+)?)?"
    r"(?:(?:elderly|old|little|young|teenage|eldest|youngest|older|younger)\s+)?(?P<who>[a-z]+)\b"
    r"(?!['\u2019]?\s*(?:and\s+(?:i|me)|says|said|thinks|reckons|noticed|told|asked|wants|mentioned)\b)",
    re.IGNORECASE,
)
# ... what may follow the person in a who field: an age, then the end of the value, or words that
# tell more of them ("my dad who has dementia", "mum with MS")
_A_VALUE_ENDS = compile_pattern(
    r"(?:\s*[,(]?\s*(?:aged?\s+)?\d{1,3}\s*(?:yo|y/o|yrs?|years?)?(?:\s+old)?\s*\)?)?"
    r"\s*(?:[.,;!?\n]|\s[-\u2013]\s|$|(?P<more>\s(?:who|with|aged?)\b))",
    re.IGNORECASE,
)
# a word of the writer's, not the "my" of "my dad": "husband drove me to A&E", "I'm worried"
_THE_WRITER_IN = compile_pattern(
    r"\b(?:i|me|myself|mine|im|ive|id|i['\u2019](?:m|ve|d|ll))\b|\bmy\b(?!\s+(?:"
    + "|".join(sorted(RELATIVES))
    + r")\b)",
    re.IGNORECASE,
)
# A heading that says whose the answers after it are, ended by a colon, a dash or a stop (a
# sentence of its own): "For my dad:", "Filling this in for my mum.", "Form for my brother.",
# "For my husband - Legs: ...", "This is for my dad.", "On behalf of my nan:"; or a label
# that owns them: "Dad's answers:", "Husband's:" (not "Asking for a friend.": often the writer)
_A_HEADING = compile_pattern(
    r"(?:^|(?<=[.!?;\n]))\s*(?:(?:this\s+is\s+)?"
    r"(?:(?:asking|posting|writing|enquiring|answering|replying|typing|"
    r"(?:filling|completing|doing)(?:\s+(?:this|it)(?:\s+form)?)?(?:\s+(?:in|out))?|"
    r"(?:(?:a|the|this)\s+)?(?:form|questionnaire|checklist|answers))\s+)?"
    r"(?:for|about|re|regarding|on\s+behalf\s+of)\s+(?:my|our)\s+(?:\w+\s+)?(?P<who>[a-z]+)"
    r"\s*(?::|[.!\n]|\s[-\u2013]\s|$)"
    r"|(?:(?:my|our)\s+)?(?P<owner>[a-z]+)(?:['\u2019]s(?:\s+(?:answers|form|details|symptoms))?|"
    r"s\s+(?:answers|form|details))\s*:)",
    re.IGNORECASE,
)
# ... not one after which they speak of the writer: "About my husband - he thinks I'm
# overreacting. Numb bum ..." is the writer's (a hunt, rev96)
_THEY_SPEAK_OF_ME = compile_pattern(
    r"\s*(?:he|she|they)\s+(?:\w+\s+)?(?:thinks?|thought|says?|said|reckons?|reckoned|told\s+me)\s+"
    r"(?:that\s+)?(?:i|im|i['\u2019]m|i['\u2019]ve|ive|my|me)\b",
    re.IGNORECASE,
)
_A_COLON = compile_pattern(r":(?!\d)")
_THE_WRITER_OPENS = compile_pattern(r"\s*(?:me|myself|mine|i)\b", re.IGNORECASE)
_TYPING_FOR_ME = compile_pattern(
    r"\b(?:is\s+|are\s+)?(?:typing|writing|helping|filling)\b[^.!?;\n]{0,20}?\b(?:for\s+)?me\b", re.IGNORECASE
)
_A_RELATIVE_OF_MINE = compile_pattern(r"\s*(?:my|our)\s", re.IGNORECASE)
# What one named in a field does for the writer, not what they have, said right after them:
# they type the message ("husband, typing for me", "wife - she's typing"). (Not one who worries,
# urges the writer to post or drives now: a hunt, rev97, found that most often the patient,
# "Patient: husband, he's worried sick. Numb bum ...": asked as theirs, not raised.)
_MESSAGING = r"(?:typing|typed|types|writing|wrote|writes|posting|posted|posts|messaging|filling|filled)"
_HELPS_THE_WRITER = compile_pattern(
    r"\s*(?:[,\u2013-]\s*)?(?:"
    r"(?:he|she|they)(?:['\u2019](?:s|re)|\s+(?:is|was|has|are|were|had))?\s+(?:just\s+|kindly\s+)?"
    rf"{_MESSAGING}\b(?!\s+(?:down\s+|up\s+|out\s+)?(?:his|her|their|about)\b)|"
    rf"{_MESSAGING}\s+(?:this\s+|it\s+)?(?:for|on\s+behalf\s+of)\s+me\b)",
    re.IGNORECASE,
)
# A field of the writer's own: "Me: saddle numbness - yes", "My own: fever", "Patient: me", "Who:
# myself", a who field the writer marks as theirs ("Pt: 45 yo mum of 2 (me)") or fills with a
# parent or a grandparent "of" or "to" so many ("Name: mum of 3", "Nan to 6").
_THE_WRITERS_FIELD = compile_pattern(
    rf"(?:^|(?<=[.!?;\n]))\s*(?:{_WHO_LABELS}\s*(?::|\s[-\u2013])\s*"
    r"(?:(?:me|myself|mine|i)\b|[^.!?;\n]*?\((?:me|myself|that['\u2019]?s\s+me|this\s+is\s+me)\)|"
    r"(?:[\w-]+\s+){0,3}?(?:mum|mom|mam|mummy|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|"
    r"grandpa|grandmother|grandfather|wife|husband)\s+(?:of|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|many)\b)"
    # ... or a part of the writer's own after another's ("Now mine - numb bum", "Mine's simpler:",
    # "Me too though:", "My back:", "Wife (me):", "Also for myself -": a hunt, rev96)
    r"|(?:(?:and|for|as\s+for|about|now|also|also\s+for|then)\s+)?"
    r"(?:me|myself|mine|self|i|my\s+own(?:\s+[a-z]+)?|mine['\u2019]?s(?:\s+[a-z]+)?|me\s+too(?:\s+though)?|"
    r"my\s+(?:back|bit|part|turn|symptoms|answers|details)|[a-z]+\s*\((?:me|myself)\))"
    r"\s*(?::|\s[-\u2013\u2014]\s))",
    re.IGNORECASE,
)
# ... and the writer saying it is them after all: "About my son: he's fine, it's me.", "That's
# me", "Patient: wife - I'm the one with the symptoms", "I'm the patient"
# (not a contact or a next of kin named before it, "Next of kin: his daughter, that's me", nor
# the one with them, "I'm the one with him at A&E", "... with lasting power of attorney": rev97)
_IT_IS_ME = compile_pattern(
    r"(?<!daughter,\s)(?<!daughter\s-\s)(?<!son,\s)(?<!son\s-\s)(?<!wife,\s)(?<!husband,\s)(?<!carer,\s)"
    r"(?<!kin,\s)(?<!contact,\s)"
    r"(?:(?<!\bso\s)\bit|\bthat)(?:['\u2019]?s|\s+is)\s+(?:actually\s+|really\s+|just\s+)?me\b"
    r"(?=\s*(?:[.,;!?\n]|$))|"
    r"\bi(?:['\u2019]?m|\s+am)\s+(?:actually\s+|really\s+)?the\s+(?:patient|one\s+(?:with|who\s+has|that\s+has))\b"
    r"(?!\s+(?:him|her|them|his|their|lasting|power|the\s+power|a\s+power)\b)",
    re.IGNORECASE,
)


def bare_patients_told(text: str, tokens: Sequence[Token], triggers: list[Trigger]) -> list[Trigger]:
    """``triggers``, with a patient named bare ("patient reports ...", "Pt has ...") read as whose
    the text says: someone else's when the writer says they are a clinician or a carer ("nurse
    here - patient reports numb buttocks", "my patient has ..."), the writer's when their own
    letter or notes come before it ("My GP wrote: patient reports saddle numbness": the trigger
    is dropped) or the writer says after it that the patient is them ("... patient reports saddle
    numbness. That's me"), else asked ("Patient reports numb saddle area": a nurse's note or the
    writer's copy of theirs; "Writing up my notes from clinic: patient reports ...").

    >>> from painkb.understand.words import tokenize
    >>> def told(text):
    ...     tokens = tokenize(text)
    ...     return [str(t.status) for t in bare_patients_told(text, tokens, find_triggers(tokens))]
    >>> told("patient reports numb bum"), told("nurse here, patient reports numb bum")
    (['uncertain'], ['other_person'])
    >>> told("my notes say patient reports numb bum")
    []
    """
    bare = [t for t in triggers if _a_bare_patient(tokens, t)]
    if not bare:
        return triggers  # (most sentences)
    if _A_CLINICIAN_OR_CARER.search(text):
        return triggers
    kept = []
    for trigger in triggers:
        if trigger not in bare:
            kept.append(trigger)
        elif not _THE_WRITERS_RECORDS.search(text, 0, trigger.start) and not _IT_IS_ME.search(
            text, trigger.start
        ):
            kept.append(attrs.evolve(trigger, status=Status.UNCERTAIN))
    return kept


def _a_bare_patient(tokens: Sequence[Token], trigger: Trigger) -> bool:
    return (
        trigger.status is Status.OTHER_PERSON
        and trigger.last == trigger.first + 1
        and tokens[trigger.first].norm in _BARE_PATIENT
    )


_BARE_PATIENT = frozenset({"patient", "pt"})
_CARING = (
    r"(?:nurse|doctor|dr|gp|physio|physiotherapist|paramedic|carer|care\s+worker|caregiver|care\s+assistant|"
    r"support\s+worker|hca|midwife|osteopath|osteo|chiropractor|chiro|therapist|clinician|medic|registrar|"
    r"consultant|surgeon|pharmacist|emt|ot|sonographer|radiographer|practitioner)"
)
# The writer named as one who looks after patients: "nurse here", "I'm a community nurse", "as a
# carer", "my patient", "one of our residents"
_A_CLINICIAN_OR_CARER = compile_pattern(
    rf"\b{_CARING}\s+here\b|"
    rf"\b(?:i\s*['\u2019]?m|i\s+am|as|i\s+work\s+as|working\s+as)\s+an?\s+(?:(?!(?:my|the|your|his|her|result)\b)[\w-]+\s+){{0,2}}?{_CARING}\b|"
    r"\b(?:my|our)\s+(?:patients?|clients?|residents?|service\s+users?)\b|"
    r"\b(?:patient|client|resident)\s+of\s+(?:mine|ours)\b|\bon\s+(?:my|our)\s+(?:ward|shift|caseload)\b",
    re.IGNORECASE,
)
# The writer's own letter, notes or report, or what their clinician wrote of them: "My discharge
# letter says:", "Copied from my physio notes -", "My GP wrote:", "the letter from my consultant";
# not notes the writer writes up ("Writing up my notes from clinic: patient reports ...": a
# clinician's, maybe)
_THE_WRITERS_RECORDS = compile_pattern(
    r"(?<!\bwriting\sup\s)(?<!\btyping\sup\s)\bmy\s+(?:[\w&-]+\s+){0,2}?(?:letter|letters|notes|note|records?|reports?|discharge|summary|referral|"
    r"results|file|chart|paperwork|write-?up)\b|"
    r"\b(?:letter|notes|report|summary|referral)\s+(?:from|by)\s+my\b|"
    r"\bmy\s+(?:gp|doctor|doc|dr|consultant|physio|surgeon|nurse|specialist|neurologist|neurosurgeon|"
    r"osteopath|chiropractor|registrar)\s+(?:has\s+|had\s+|just\s+)?(?:wrote|written|writes|put|noted|typed|"
    r"recorded|documented)\b",
    re.IGNORECASE,
)


# A relative who speaks of the writer: "Partner thinks its a slipped disc, bladder leaking ..."
_SPEAKING = frozenset({"thinks", "says", "said", "reckons", "told", "noticed", "mentioned", "wants", "asked"})
_AWAY = frozenset({"at", "out", "away"})  # "the missus is at work, lower back agony": where they are
_ADDRESSED = frozenset({"i", "im", "ive", "id", "and", "me"})
# A finding whose own words say something cannot be done ("can't empty my bladder") is
# reported, not compared, after "feels like" ("feels like I can't empty my bladder").
_INABILITY = frozenset({"cant", "not", "doesnt", "dont", "isnt", "wont", "no"})
_INABILITY_WORDS = _INABILITY | {"cannot", "barely", "hardly", "arent", "wasnt", "didnt", "couldnt"}
# Pseudo-triggers that begin with a denial ("does not improve", "doesn't help").
_DENYING_START = frozenset(
    {"does", "doesnt", "did", "didnt", "do", "dont", "not", "wont", "hasnt", "havent", "isnt", "never"}
)
# Words that deny. A finding whose own phrase denies something ("lost weight for no reason",
# "don't notice when I need to poo") takes another denial in its place as its own: "my weight
# is reducing without any reason", "I've lost 6 kilos not trying".
_NEGATING = _INABILITY_WORDS | {"never", "without", "havent", "hasnt", "none", "nothing", "unable"}
# A negated helper verb with no verb after it, before a comma, is said of what came before ("they
# just don't, back's been bad for a week"): it denies nothing after the comma.
_ELLIPTICAL = frozenset({"dont", "doesnt", "didnt", "wont", "wouldnt", "isnt", "arent", "wasnt", "werent"})
# "but not" before one of these denies only the words up to ", and": a contrast told short
# ("better with exercise but not with rest, and wakes me up in the early hours"; not a list, "but
# not with fever, night sweats or weight loss")
_CONTRASTED_BY = frozenset({"with", "by", "from", "after", "when", "during", "while"})
# A phrase that names a difficulty ("hard to lift the front of my foot") is what a denial
# followed by one of _PROPERLY says: "my foot is not lifting properly".
_DIFFICULTY = _NEGATING | {"hard", "difficult", "difficulty", "trouble", "struggle", "struggling", "weak"}
_PROPERLY = frozenset({"properly", "normally", "fully", "right", "completely", "correctly"})


@attrs.frozen
class Trigger:
    """A trigger found in a text: tokens ``first``..``last`` (inclusive)."""

    first: int
    last: int
    start: int
    status: Status | None  # None: ends the reach of the triggers before it
    direction: Direction
    comparison: bool = False  # "feels like": doubts what is compared, not where or what is felt


_COMPARISON = "comparison"


_POSSESSED_WITHIN = 2  # "my wife's left leg": the owned words come next


@functools.cache
def _listed() -> dict[tuple[str, ...], tuple[Status | None, Direction]]:
    """The triggers as context.toml lists them."""
    table: dict[tuple[str, ...], tuple[Status | None, Direction]] = {}
    for group in read_data("context.toml")["trigger"]:
        status = None if group["status"] == _END else Status(group["status"])
        listed = Direction(group["direction"])
        for phrase in group["phrases"]:
            words = tuple(phrase.split())
            old = table.get(words)
            # The same words listed forward and backward reach both ways (that phrase only:
            # the rest of the group keeps its own direction).
            both = old is not None and old[0] == status and old[1] is not listed
            table[words] = (status, Direction.BOTH if both else listed)
    return table


@functools.cache
def _flagged(flag: str) -> frozenset[tuple[str, ...]]:
    """The triggers of the groups with ``flag = true``: ``opens_a_clause`` (they count only
    where a clause opens), ``opens_a_sentence`` (only where a sentence opens),
    ``unless_said_of_oneself`` (only when asked in general: "is it normal for sciatica to ..."
    doubts; "is it normal for my back to ..." tells)."""
    return frozenset(
        tuple(phrase.split())
        for group in read_data("context.toml")["trigger"]
        if group.get(flag)
        for phrase in group["phrases"]
    )


_ONESELF = frozenset({"i", "im", "ive", "id", "me", "my", "myself"})


def _said_of_oneself(norms: Sequence[str], last: int) -> bool:
    """True when "I", "my" or "me" follows position ``last`` in its clause."""
    breaks = language().clause_breaks
    for norm in norms[last + 1 :]:
        if norm in breaks:
            return False
        if norm in _ONESELF:
            return True
    return False


# Words after which a clause opens, for the triggers that need an opening.
_OPENERS = frozenset({"but", "and", "so", "or", "then", "well", "ok", "okay", "also", "hi", "hey", "now"})


@functools.cache
def _possessives() -> frozenset[tuple[str, ...]]:
    """ "my girlfriend's back" is hers as much as "my girlfriend": the possessive of every
    "my <person>" (apostrophes are dropped, so "my girlfriends"). It reaches only what it
    owns, the next few words ("at my niece's party I landed on my bum" is the writer's)."""
    listed = _listed()
    return frozenset(
        ("my", words[1] + "s")
        for words, (status, _) in listed.items()
        if status is Status.OTHER_PERSON and len(words) == 2 and words[0] == "my"
        and not words[1].endswith("s") and ("my", words[1] + "s") not in listed
    )  # fmt: skip


@functools.cache
def _ours() -> frozenset[tuple[str, ...]]:
    """ "our son", "our mum": every "my <person>" said with "our" (not listed in the file)."""
    listed = _listed()
    return frozenset(
        ("our", words[1])
        for words, (status, _) in listed.items()
        if status is Status.OTHER_PERSON
        and len(words) == 2
        and words[0] == "my"
        and ("our", words[1]) not in listed
    )


@functools.cache
def _ones_in_charge() -> frozenset[tuple[str, ...]]:
    """ "one of my climbers", "one of our players": one of the people in the writer's charge
    ("in_ones_charge" in context.toml), someone else (not "one of my legs")."""
    return frozenset(
        ("one", "of", owner, people)
        for owner in ("my", "our")
        for people in read_data("context.toml").get("in_ones_charge", ())
    )


@functools.cache
def _table() -> dict[tuple[str, ...], tuple[Status | None, Direction]]:
    other = (Status.OTHER_PERSON, Direction.FORWARD)
    return {
        **dict.fromkeys(_ones_in_charge(), other),
        **_listed(),
        **dict.fromkeys(_possessives(), other),
        **dict.fromkeys(_ours(), other),
    }


@functools.cache
def _comparisons() -> frozenset[tuple[str, ...]]:
    return frozenset(language().comparisons) - frozenset(_table())


def trigger_phrases() -> tuple[tuple[str, ...], ...]:
    """Every trigger's words."""
    return (*_table(), *_comparisons())


@functools.cache
def _sizes() -> dict[str, tuple[int, ...]]:
    """First word of a trigger -> the lengths of the triggers it starts, longest first."""
    return sizes_by_first_word((*_table(), *_comparisons()))


@functools.cache
def _openings() -> frozenset[tuple[str, ...]]:
    """The first two words of every trigger of two words or more."""
    return frozenset(words[:2] for words in (*_table(), *_comparisons()) if len(words) > 1)


# Words that may open a trigger not listed in context.toml: "my 16 year old son", "in 2019",
# "my 2018 back surgery".
_READ_ALONE = frozenset({"my", "in"})


_DECADES = compile_pattern(
    r"\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|early|mid|late"
)


def _placed(norms: Sequence[str]) -> bool:
    """True for a person named by where they are ("girl on my course", "guy at the gym"), not a
    writer who tells their age ("Woman in my 30s")."""
    if len(norms) < 3 or norms[1] not in _PLACED_BY or norms[2] not in _PLACE_OPENERS:
        return False
    return not (norms[1:3] == ["in", "my"] and len(norms) > 3 and _DECADES.fullmatch(norms[3]) is not None)


_BUT = "but"  # (a contrast after a comma, inside a trigger of the past)


def find_triggers(tokens: Sequence[Token]) -> list[Trigger]:
    """The triggers in ``tokens`` (a sentence), longest first at each place, never overlapping.

    A sentence that opens with a relative's name as its subject ("Mum slipped in the
    bathroom", "Dad has sciatica") is about them up to "I" or "me".
    """
    table = _table()
    comparisons = _comparisons()
    sizes = _sizes()
    opening_only = _flagged("opens_a_clause")
    sentence_opening_only = _flagged("opens_a_sentence")
    told_again_flagged = _flagged("unless_told_again")
    openings = _openings()
    norms = [t.norm for t in tokens]
    found = []
    index = 0
    named = 1 if len(norms) > 1 and norms[0] in _THE else 0  # "the wife", "our son"
    if named and len(norms) > 2 and norms[1] in _DESCRIBING:
        named = 2  # "the old boy next door", "our little one" (not "New mum here": the writer)
    elif (
        not named
        and len(norms) > 1
        and norms[0] in _DESCRIBING
        and (norms[1] in _OTHERS or norms[1] in _DESCRIBED_OTHERS)
        and (len(norms) < 3 or norms[2] not in _SELF_INTRODUCED)
    ):
        # "Elderly neighbour fell outside and I helped her up", "Little brother has a fever" (not
        # a parent or spouse, who may be the writer: "Young mum here", "Disabled dad of two")
        named = 1
    named = _past_an_age(norms, named)  # "13 year old daughter has back pain"
    if (
        len(norms) > named
        and (
            norms[named] in RELATIVES
            or (norms[named] in _OTHERS and _told_of_them(norms, named))
            or (named and norms[named] in _PEOPLE)
            # ... or alone when where they are follows ("girl on my course is on chemo", "guy at
            # the gym slipped a disc"; not "Man, my back hurts")
            or (not named and norms[0] in _PEOPLE and _placed(norms))
        )
        and (len(norms) < named + 2 or norms[named + 1] not in _ADDRESSED)
        and not _introduced(tokens, norms, named)
        and not _AWAY.intersection(norms[named + 1 : named + 3])  # "kids at school, hubby at work, ..."
        and (len(norms) < named + 2 or norms[named + 1] not in _SPEAKING)  # "Partner thinks it's a disc"
    ):
        found.append(Trigger(0, named, tokens[0].start, Status.OTHER_PERSON, Direction.FORWARD))
        index = named + 1
    elif (
        len(norms) > named + 1
        and (norms[named] in RELATIVES or norms[named] in _OTHERS)
        and _says_a_finding(tokens, norms, named)
    ):
        # "son says both legs weak", "Wife says hot to touch": theirs, or the writer's as they saw
        # it (reviews rev78, rev79): asked, up to the first comma
        found.append(Trigger(0, named + 1, tokens[0].start, Status.UNCERTAIN, Direction.FORWARD))
        index = named + 2
    while index < len(tokens):
        starts = sizes.get(norms[index], ())
        if not starts and norms[index] not in _READ_ALONE:
            index += 1  # most words: no trigger starts here (the else below adds none)
            continue
        aged = _an_aged_relative(norms, index, table) if norms[index] == "my" else 0
        if aged:
            found.append(Trigger(index, aged, tokens[index].start, Status.OTHER_PERSON, Direction.FORWARD))
            index = aged + 1
            continue
        if (
            starts
            and starts[0] > 1
            and (index + 1 == len(norms) or (norms[index], norms[index + 1]) not in openings)
        ):
            # its first two words open no trigger: only a one-word trigger may stand here
            starts = starts[-1:] if starts[-1] == 1 else ()
        for size in starts:
            if size > len(tokens) - index:
                continue  # too long here
            words = tuple(norms[index : index + size])
            if (
                size > 1
                and table.get(words, (None,))[0] is Status.HISTORICAL
                and any(_after_a_mark(tokens, i) for i in range(index + 1, index + size) if norms[i] != _BUT)
            ):
                # a time is said in one run of words: "for years, back pain" is no "years back" (but
                # a contrast may follow its comma: "I've had fevers before, but none with this")
                continue
            if words in told_again_flagged and _told_again(tokens, norms, index + size):
                continue  # "a car accident before, but this one was a head-on": the present again
            if words == ("may",) and _the_month(tokens, index):
                continue  # "my last fall was in May": the month, not a doubt
            if words in _SPAN_OPENINGS and _a_span_follows(tokens, norms, index + size):
                continue  # "in the past 3 weeks" is a span up to now, not a past that is over
            if (
                words in opening_only
                and index
                and norms[index - 1] not in _OPENERS
                and not _after_a_mark(tokens, index)
            ):
                continue
            if words in sentence_opening_only and index:
                continue
            if words in table or words in comparisons:
                status, direction = table.get(words, (Status.UNCERTAIN, Direction.FORWARD))
                if (
                    status is Status.OTHER_PERSON
                    and index <= named
                    and _introduced(tokens, norms, index + size - 1)
                ):
                    index += size  # the writer, introduced: "Granny here, 88, osteoporosis for years"
                    break
                if (
                    status is Status.OTHER_PERSON
                    and index
                    and norms[index - 1] == "by"
                    and words[0] in _A_STRANGER
                    and (index + size == len(norms) or norms[index + size] not in _RELATIVE_CLAUSE)
                ):
                    # who did it to the writer: "tackled by a guy twice my size and fell" (not one
                    # of theirs: "looked after by my mum who fell down the stairs", "kept awake by
                    # the kids who both had a high temperature")
                    continue
                found.append(
                    Trigger(
                        index, index + size - 1, tokens[index].start, status, direction, words in comparisons
                    )
                )
                # "and my" ends what came before, and its "my" may still open "my son" (as may the
                # "my" of "noticed my": "I've noticed my mum's back has developed a hump": rev82)
                if status is None and words[0] == "and":
                    index += 1
                elif status is None and size > 1 and words[-1] == "my":
                    index += size - 1
                else:
                    index += size
                break
        else:
            if _a_past_year(norms, index):
                # "in 2019", "my 2018 back surgery": what is said next to a past year is history
                # (after "my", only what follows: "a fever ... around my 2018 surgery scar")
                direction = Direction.FORWARD if norms[index] == "my" else Direction.BOTH
                found.append(Trigger(index, index + 1, tokens[index].start, Status.HISTORICAL, direction))
                index += 2
                continue
            index += 1
    # "If I sneeze it feels like I've been stabbed" says when it hurts; "if" doubts only what
    # may come ("If my legs go numb I'll call 999"), and "if I'm honest" states no condition.
    found += _cannot_tell_if(tokens, norms, found)
    future = (
        not _FUTURE.isdisjoint(norms)
        or (not _WOULD.isdisjoint(norms) and _imagined(tokens))
        or _what_i_would_do(norms)
        or _help_to_get(norms)
    )
    general_only = _flagged("unless_said_of_oneself")
    return _double_negatives(
        [
            t
            for t in found
            if (norms[t.first : t.last + 1] != ["if"] or (future and not _no_condition(norms, t.last)))
            and not (tuple(norms[t.first : t.last + 1]) in general_only and _said_of_oneself(norms, t.last))
        ],
        tokens,
    )


# "New back pain in the past 3 weeks", "in the past few days": a span up to now
_SPAN_OPENINGS = frozenset({("in", "the", "past"), ("over", "the", "past"), ("for", "the", "past")})
# ("two and a half weeks", "ten or so days", "2-3 days", "half hour"; not "in the past a couple of
# days of digging would set it off": a past that is over)
_COUNT_WORDS = frozenset(
    {"few", "couple", "of", "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
     "ten", "eleven", "twelve", "fourteen", "twenty", "thirty", "and", "half", "or", "so", "odd"}
)  # fmt: skip
_ONE = frozenset({"a", "an"})
_AND_HALF = frozenset({"and", "half"})
_A_COUNT = compile_pattern(r"\d+(?:[-/]\d+)?")
_SPAN_UNITS = frozenset(
    {"fortnight", "week", "weeks", "month", "months", "day", "days", "hour", "hours", "night", "nights"}
)


def _a_span_follows(tokens: Sequence[Token], norms: Sequence[str], after: int) -> bool:
    """True when a count of days, weeks or months follows at ``after`` in one run of words
    ("in the past 3 weeks", "the past few days"); not years ("in the past 20 years I've had
    two episodes" tells of a past)."""
    index = after
    while index < len(norms) and (
        _A_COUNT.fullmatch(norms[index])
        or norms[index] in _COUNT_WORDS
        # "two and a half weeks", "half an hour" (not "the past a couple of days of digging")
        or (norms[index] in _ONE and index > after and norms[index - 1] in _AND_HALF)
    ):
        index += 1
    return (
        index < len(norms)
        and norms[index] in _SPAN_UNITS
        and not any(_after_a_mark(tokens, i) for i in range(after, index + 1))
    )


# "I can't tell if my legs are actually weak or if I'm just exhausted" doubts what follows; not
# "I can't tell if I need a wee" (a lost feeling). Read here, not listed in context.toml:
# "tell" and "need" are words of findings ("can't tell when I need to go").
_CANNOT_TELL = frozenset({("cant", "tell"), ("cannot", "tell")})
_IF_WORDS = frozenset({"if"})  # not "whether": "couldn't tell whether I'd finished weeing"
# "can't tell if I need a wee", "... if I've finished", "... if my bladder is empty": a lost feeling
_A_NEED_FELT = frozenset(
    {
        "need", "needed", "have", "want", "wanted", "going", "gotta", "finished", "emptied", "empty", "done",
        "go", "bladder", "bowel", "bowels",
    }
)  # fmt: skip


def _cannot_tell_if(tokens: Sequence[Token], norms: Sequence[str], found: Sequence[Trigger]) -> list[Trigger]:
    """An uncertain trigger for each "can't tell if" not followed by a need felt."""
    added: list[Trigger] = []
    if "tell" not in norms:
        return added  # most sentences
    for index in range(len(norms) - 2):
        if (norms[index], norms[index + 1]) in _CANNOT_TELL and norms[index + 2] in _IF_WORDS:
            after = norms[index + 3 : index + 5]
            if _A_NEED_FELT.intersection(after):
                continue
            if any(t.first <= index + 2 and index <= t.last for t in found):
                continue
            added.append(Trigger(index, index + 2, tokens[index].start, Status.UNCERTAIN, Direction.FORWARD))
    return added


# "Can't sit for 20 minutes without my back aching", "never without pain": what cannot be done
# without a finding says the finding. A word of these before "without" (no mark between) ...
_CANNOT = frozenset(
    {"cant", "cannot", "couldnt", "cudnt", "unable", "impossible", "never", "struggle", "struggling"}
)
_WITHOUT_REACH = 8  # ... up to this many words before it


# "I wouldn't say my legs aren't weak": a denial said not to be said, up to this many words
# after "say", says the finding.
# word -> how many words after it a denial may stand: "it's not like the pain isn't going
# down my leg", "I can't remember the last morning I wasn't stiff"
_SAY = {"say": 4, "said": 4, "saying": 4, "like": 4, "remember": 6, "recall": 6}
_NOT_SAY = frozenset({"wouldnt", "cant", "cannot", "couldnt", "not", "dont", "didnt", "never", "wont"})
_SAY_REACH = max(_SAY.values())


_HONESTLY = frozenset({"honestly", "really", "truly", "exactly", "truthfully"})
_ANSWERS = frozenset({"no", "nope", "nah", "none", "nothing"})


def _denied_saying(tokens: Sequence[Token], say: int) -> int | None:
    """The position of the denial before the "say" at ``say`` ("wouldn't say", "can't honestly
    say"), or None."""
    before = say - 1
    if before > 0 and tokens[before].norm in _HONESTLY:
        before -= 1
    return before if before >= 0 and tokens[before].norm in _NOT_SAY else None


def _double_negatives(found: list[Trigger], tokens: Sequence[Token]) -> list[Trigger]:
    """``found`` with the "without" that follows a "can't" or "never" made an end (and without
    that "never"), and without the denials of "I wouldn't say my legs aren't weak": the double
    negative denies nothing."""
    spent: set[int] = set()
    for trigger in found:
        if trigger.status is not Status.ABSENT:
            continue
        if tokens[trigger.first].norm in _ANSWERS and trigger.last == len(tokens) - 1:
            continue  # "I wouldn't say there's any numbness, no": an answer, no second denial
        said = next(
            (
                (i, denial)
                for i in range(trigger.first - 1, max(0, trigger.first - 1 - _SAY_REACH), -1)
                if trigger.first - i <= _SAY.get(tokens[i].norm, 0)
                and (denial := _denied_saying(tokens, i)) is not None
                and not _after_a_mark(tokens, i + 1)
            ),
            None,
        )
        if said is not None and not any(
            _after_a_mark(tokens, k) for k in range(said[0] + 1, trigger.first + 1)
        ):
            spent.update({trigger.first, said[1]})
            continue
        if tokens[trigger.first].norm != "without":
            continue
        index = trigger.first - 1
        while index >= 0 and trigger.first - index <= _WITHOUT_REACH and not _after_a_mark(tokens, index + 1):
            if tokens[index].norm in _CANNOT:
                spent.add(trigger.first)
                spent.add(index)
                break
            index -= 1
    if not spent:
        return found
    kept = []
    for trigger in found:
        if trigger.status is not Status.ABSENT or (trigger.first not in spent and trigger.last not in spent):
            kept.append(trigger)
        elif tokens[trigger.first].norm == "without":
            kept.append(attrs.evolve(trigger, status=None))  # read, and it ends what came before
        # the "never" of "never without" denies nothing either
    return kept


def _no_condition(norms: Sequence[str], last: int) -> bool:
    """True for an "if" that states no condition: "if I'm honest", "if anything"."""
    return not _NOT_A_CONDITION.isdisjoint(norms[last + 1 : last + 4])


# Words that tell of what may come: an "if" that opens a clause doubts what follows only in
# a sentence with one of them.
_FUTURE = frozenset({"ill", "will", "shall", "wont", "gonna", "youll", "shell", "theyll"})
# ... or a "would" said with a past verb of what is imagined: "If I couldn't pee I'd go to A&E",
# "if I lost feeling down there I would call 999" (not "If I stand up my legs would give way": a
# present "if" with "would" tells what happens)
_WOULD = frozenset({"id", "would", "wouldnt"})
_IMAGINED = frozenset(
    {"couldnt", "lost", "were", "was", "had", "got", "didnt", "started", "noticed", "felt", "dont",
     # an injury imagined: "If I fell off the ladder I'd break my back", "If I injured my back I
     # would stop running"
     "fell", "injured", "hurt", "slipped", "tripped", "broke", "crashed", "landed", "twisted", "did"}
)  # fmt: skip
# "If I'm honest", "if anything": no condition.
_NOT_A_CONDITION = frozenset({"honest", "anything", "so", "not"})


# "my six-year-old", "my eighty year old mum"
_AGE_NUMBERS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
     "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)  # fmt: skip
_AGE_WORDS = frozenset({"year", "years", "yr", "yrs", "old", "yo", "month", "months", "week", "weeks"})


_AN_AGE = compile_pattern(r"\d{1,3}(?:yo|yr|yrs)?")


def _past_an_age(norms: Sequence[str], index: int) -> int:
    """Where a relative named after an age ("13 year old daughter", "80 yo mum") would
    stand, starting at ``index``: past the age and its words, or ``index`` when none."""
    if index >= len(norms) or not _AN_AGE.fullmatch(norms[index]):
        return index
    last = index + 1
    if not norms[index].isdigit():  # "80yo mum"
        return last if last < len(norms) and norms[last] in RELATIVES else index
    while last < len(norms) and norms[last] in _AGE_WORDS:
        last += 1
    return last if last > index + 1 and last < len(norms) and norms[last] in RELATIVES else index


def _an_aged_relative(norms: Sequence[str], index: int, table: Mapping[tuple[str, ...], Any]) -> int:
    """The last position of "my 16 year old son" (or "my 80-year-old mum", "my elderly
    neighbour") starting at ``index``, or 0 when there is none: the person is someone else,
    their age or what describes them between."""
    if norms[index] != "my" or index + 1 >= len(norms):
        return 0
    # "my elderly neighbour", "my poor old mum": a word or two that describe them
    described = index + 1
    while described < len(norms) and described - index <= 2 and norms[described] in _DESCRIBING:
        described += 1
    if described > index + 1 and described < len(norms):
        status = table.get(("my", norms[described]))
        if status is not None and status[0] is Status.OTHER_PERSON:
            return described
    if not (norms[index + 1].isdigit() or norms[index + 1] in _AGE_NUMBERS):
        return 0
    last = index + 2
    while last < len(norms) and norms[last] in _AGE_WORDS:
        last += 1
    if last == index + 2 or last >= len(norms):
        return 0
    if norms[last - 1] == "old" and norms[last] in _TOLD_OF:
        return last - 1  # "My 12-year-old has had a fever": the child, named by their age
    status = table.get(("my", norms[last]))
    return last if status is not None and status[0] is Status.OTHER_PERSON else 0


# Someone named after "by" with one of these is a stranger who did something to the writer
# ("tackled by a guy"), unless a relative clause after them tells of them ("by the kids who had")
_A_STRANGER = frozenset({"a", "an", "the", "some", "this", "another"})
_RELATIVE_CLAUSE = frozenset({"who", "whod", "whos", "that", "whose", "which", "with"})
# the people a describing word opens a sentence with who are never the writer, and the words
# after them with which a writer introduces themselves ("Young lad here")
_DESCRIBED_OTHERS = frozenset(
    {"brother", "sister", "son", "daughter", "kid", "kids", "boy", "girl", "baby", "toddler", "grandson",
     "granddaughter", "nephew", "niece", "neighbour", "neighbor", "grandma", "grandad", "nan", "gran"}
)  # fmt: skip
_SELF_INTRODUCED = frozenset({"here", "of", "writing", "asking", "posting"})
_DESCRIBING = frozenset(
    {"elderly", "old", "older", "young", "younger", "little", "big", "poor", "dear", "eldest", "youngest",
     "oldest", "late", "frail", "disabled", "pregnant", "new", "best", "teenage", "adult", "twin", "baby"}
)  # fmt: skip


# What is told of a person named by their age alone ("my 12-year-old has ...", "my
# 80 year old keeps falling")
_TOLD_OF = frozenset(
    {"has", "had", "is", "was", "keeps", "says", "said", "complains", "fell", "got", "hurt", "hurts",
     "woke", "cant", "cannot", "wont", "started", "hasnt", "isnt", "seems", "just"}
)  # fmt: skip


def _introduced(tokens: Sequence[Token], norms: Sequence[str], named: int) -> bool:
    """True when the person named at ``named`` is the writer introducing themselves: "here" and a
    mark or the sentence's end after it ("Granny here, 88, osteoporosis for years", "Dad here.");
    not "Mum here has fallen", where "here" tells where she is."""
    at = named + 1
    return len(norms) > at and norms[at] == "here" and (len(norms) == at + 1 or _after_a_mark(tokens, at + 1))


@functools.cache
def _told_again_runs() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(words.split()) for words in read_data("context.toml")["told_again"])


_A_NUMBER = compile_pattern(r"\d+(?:\.\d+)?")


def _told_again(tokens: Sequence[Token], norms: Sequence[str], after: int) -> bool:
    """True when the present is told again (``told_again`` in context.toml) at the opening of a
    clause from ``after`` on: right at ``after`` or after a mark, or past a number opening it
    ("I've had fevers before but never with the back pain, 39 today")."""
    runs = _told_again_runs()
    openings = [after, *(i for i in range(after + 1, len(tokens)) if _after_a_mark(tokens, i))]
    for at in openings:
        if at < len(norms) and _A_NUMBER.fullmatch(norms[at]):
            at += 1
        if any(tuple(norms[at : at + len(run)]) == run for run in runs):
            return True
    return False


def _after_a_mark(tokens: Sequence[Token], index: int) -> bool:
    """True when a comma, dash or bracket stands between token ``index`` and the one before."""
    return tokens[index].start - tokens[index - 1].end > 1


# Words before "May" that make it the month: "in May", "since May", "mid-May".
_BEFORE_A_MONTH = frozenset(
    {"in", "since", "until", "till", "by", "of", "early", "mid", "late", "last", "this", "next", "from",
     "during",
     # "(it's now May)", "from March to May" (not "and May be cancer", as some write the modal)
     "now", "its", "to", "april", "june"}
)  # fmt: skip


def _the_month(tokens: Sequence[Token], index: int) -> bool:
    """True when the "may" at ``index`` is the month: written with a capital after a word
    that names a time ("in May", "since May") or before a day's number ("May 3rd")."""
    if tokens[index].text != "May":
        return False
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return (index > 0 and tokens[index - 1].norm in _BEFORE_A_MONTH) or after[:1].isdigit()


def _a_past_year(norms: Sequence[str], index: int) -> bool:
    if norms[index] not in _READ_ALONE or index + 1 >= len(norms) or not norms[index + 1].isdigit():
        return False
    return len(norms[index + 1]) == 4 and 1900 <= int(norms[index + 1]) < datetime.date.today().year


_I_SUBJECTS = frozenset({"i", "ive", "id"})
_WITNESSED = frozenset(
    {
        "had",
        "have",
        "has",
        "got",
        "get",
        "saw",
        "seen",
        "watched",
        "heard",
        "found",
        "noticed",
        "helped",
        "let",
        "made",
    }
)


def status_of(
    first: int,
    last: int,
    clause: tuple[int, int],
    triggers: Sequence[Trigger],
    tokens: Sequence[Token],
    own_words: frozenset[str] = frozenset(),
    literal: bool = False,
) -> Status:
    """The status of the finding in tokens ``first``..``last`` of a clause ``(begin, end)``.

    Only triggers in the same clause count; a forward trigger reaches up to the next
    ``end`` trigger (and, for another person, up to "I"/"me"). A trigger among the
    finding's words counts only when its words are not the finding's own (``own_words``:
    "can't pee" is a finding; "legs aren't weak" denies one). A comparison ("feels like")
    doubts nothing when the finding is ``literal`` (a place or a symptom is still felt).
    """
    begin, end = clause
    reaching: set[Status] = set()
    keeping: list[Trigger] = []  # the pseudo-triggers that keep the finding present
    denied_inside = False
    denied_ever = False  # "never": at no time, so no time said with it makes it had
    for trigger in triggers:
        if trigger.status is None or trigger.last < begin or trigger.first >= end:
            continue
        if _of_its_phrase_only(tokens, trigger, first, last):
            continue
        if trigger.comparison and (
            literal
            or own_words & _INABILITY
            or _inability_follows(tokens, trigger)
            or _sensation_follows(tokens, trigger)
            or _a_person_like(tokens, trigger)
            or _a_purpose_between(tokens, trigger.last, first)
        ):
            continue  # "feels like I'm not emptying" reports what cannot be done
        inside = first <= trigger.first <= last or first <= trigger.last <= last
        if (
            inside
            and trigger.status is Status.OTHER_PERSON
            and (
                any(tokens[i].norm == "i" for i in range(first + 1, trigger.first))
                # "I slipped carrying my grandson and hurt my back": the finding opens with
                # what the writer did (not what they saw or had done: "I had a resident fall")
                or (
                    first > begin
                    and tokens[first - 1].norm in _I_SUBJECTS
                    and tokens[first].norm not in _WITNESSED
                    # (not what was done to them: "I landed on my son and hurt his back")
                    and all(
                        tokens[i].norm not in _THEIRS_TOLD_OR_THEM for i in range(trigger.last + 1, last + 1)
                    )
                )
                # "I can't feel anything when my partner touches my genitals": the writer's
                # (in the same run of words: not "a history of cancer in my family and my back hurts")
                or any(
                    _a_written_my(tokens[i])
                    and not _a_mark_between(tokens, trigger.last, i)
                    and all(tokens[j].norm not in ("and", "but") for j in range(trigger.last + 1, i))
                    for i in range(trigger.last + 1, last + 1)
                )
            )
        ):
            continue  # "my back when I hugged my grandson, sudden pain": the writer's, who hugged him
        if inside:
            words = {tokens[i].norm for i in range(trigger.first, trigger.last + 1)}
            if words <= own_words or _own_denial(words, own_words):
                continue  # part of the finding's own words
            if (
                trigger.status is Status.HISTORICAL
                and trigger.last < last
                and _a_time_of_its_own(tokens, trigger.last + 1, min(end, last + _OWN_TIME_REACH))
            ):
                # "Diagnosed with osteoporosis in 2019 and slipped yesterday": the old time is the
                # diagnosis's, the slip has one of its own (a helper's note, 56th session)
                continue
            if trigger.status is Status.PRESENT:
                if tokens[trigger.last].norm in own_words and tokens[trigger.last].norm in _NEGATING:
                    # "it's not that I can't pee, I can": the finding's own "can't" is what
                    # the double negative takes back; but what comes instead may be the same
                    # trouble in other words ("it's not that I can't pee, I just can't get it
                    # started"): asked, never denied
                    reaching.add(Status.UNCERTAIN)
                    continue
                own_stems = {k for w in own_words for k in keys_of(w)}
                trigger_stems = {tokens[i].key for i in range(trigger.first, trigger.last + 1)}
                if (
                    tokens[trigger.first].norm in _DENYING_START
                    and trigger_stems & own_stems
                    # "lost 6 kilos not trying" agrees with "without trying"; "not trying to
                    # lose weight" denies it
                    and (own_words.isdisjoint(_NEGATING) or tokens[trigger.last].norm == "to")
                ):
                    # "does not get better" inside "better with movement", "doesn't help"
                    # inside "ibuprofen helps": the pseudo-trigger's denial falls on the
                    # finding's own words.
                    reaching.add(Status.ABSENT)
                continue
        before = trigger.last < first
        if not inside and before and trigger.direction is Direction.BACKWARD:
            continue
        if (
            before
            and trigger.status is Status.ABSENT
            and tokens[trigger.last].norm in _ELLIPTICAL
            and _after_a_mark(tokens, trigger.last + 1)
        ):
            continue  # "I tell them to step and they just don't, back's been bad": said of what came before
        if (
            before
            and trigger.status is Status.ABSENT
            and tokens[trigger.last].norm == "not"
            and trigger.first > 0
            and tokens[trigger.first - 1].norm == "but"
            and trigger.last + 1 < len(tokens)
            and tokens[trigger.last + 1].norm in _CONTRASTED_BY
            and _and_after_a_mark(tokens, trigger.last + 1, first)
        ):
            continue  # "eases with exercise but not with rest, and wakes me at 4am": denies the rest only
        if (
            not inside
            and not before
            and trigger.status is Status.ABSENT
            and _said_of_a_new_subject(tokens, last, trigger.first, own_words)
        ):
            continue  # "pain goes down my left leg and both knees are fine": the knees are fine
        if (
            not inside
            and not before
            and trigger.status is Status.ABSENT
            and _after_what_came_before(tokens, first, last, trigger.first)
            and any(t.norm in _THEN_CHANGED for t in tokens[trigger.last + 1 :])
        ):
            continue  # "After my back surgery my back was fine until last week": the back was fine
        if (
            not inside
            and trigger.status is Status.HISTORICAL
            and (before or tokens[trigger.last].norm not in _RECOVERED)
            and (
                _said_new(
                    tokens,
                    first,
                    trigger.last + 1 if before else last + 1,
                    first if before else trigger.first,
                )
                or (
                    _a_time_of_its_own(tokens, trigger.last + 1, min(end, last + _OWN_TIME_REACH))
                    if before
                    else _a_time_of_its_own(tokens, last + 1, trigger.first)
                )
            )
        ):
            # "back surgery last month and knee surgery last year": the knee's year; "I fell
            # off a ladder years ago and hurt my back last week": the fall's years
            continue
        if not inside and not before and trigger.direction is Direction.FORWARD:
            continue
        if trigger.status is Status.ABSENT and _impaired(tokens, trigger, first, last, end, own_words):
            continue  # "my foot is not lifting properly": the difficulty said, not denied
        if (
            trigger.status is Status.ABSENT
            and before
            and _presupposed(tokens, trigger.last, first, last, end)
        ):
            continue  # "no chills with this backache", "sneezing doesn't make my back any worse"
        if (
            trigger.status is Status.UNCERTAIN
            and before
            and tuple(tokens[i].norm for i in range(trigger.first, trigger.last + 1)) in _DOUBTS
            and _said_to_be_something(tokens, last, end)
        ):
            continue  # "I'm worried the numbness around my bum is cauda equina": what it is, doubted
        low, high = (trigger.last, first) if before else (last, trigger.first)
        # "My hips and my legs are fine": a place named bare, then "and my ...", is one of the
        # subjects the denial after them is said of (not "my back hurts and my legs ...")
        listed = not before and trigger.status is Status.ABSENT and _named_bare_and(tokens, begin, last)
        if not inside and _ended(triggers, low + listed, high, tokens, own_words, trigger.status):
            continue
        if (
            before
            and trigger.status is Status.OTHER_PERSON
            and _handled_by_the_writer(tokens, trigger, begin)
            and _a_break_between(tokens, trigger.last, first)
        ):
            continue  # "I've been lifting the kids all week, lower back stiff": the writer's back
        if (
            before
            and trigger.status is Status.OTHER_PERSON
            # up to the finding's last word, as written: "he kicked me in the back" is the
            # writer's kick ("wet the bed", read as "wet myself", is not the writer)
            and any(
                (tokens[i].norm in (_FIRST_PERSON if i < first else _ME) or _my_own(tokens, i, first, last))
                # ("my" as written, or for "me": not one a phrase put in, "my toddler has no
                # bladder control" read as "can't control my bladder")
                and (i < first or _a_written_my(tokens[i]) or tokens[i].text.lower() == tokens[i].norm)
                and not (tokens[i].norm == "mine" and tokens[i - 1].norm == "of")  # "a friend of mine"
                and not _placed_by_me(tokens, i)  # "the man in the bed next to me had chest pain"
                # (not past a comma inside the finding's words: "the lady in the waiting room had
                # weakness in both legs and was in a wheelchair, made me feel lucky")
                and not (i > first and _a_mark_between(tokens, first, i))
                for i in range(trigger.last + 1, last + 1)
            )
        ):
            continue
        if (
            before
            and (tokens[trigger.first].norm, tokens[trigger.last].norm) in _possessives()
            and first - trigger.last > _POSSESSED_WITHIN
            and not _owns_a_body_part(tokens, trigger)
        ):
            continue
        if (
            trigger.status is Status.ABSENT
            and tokens[trigger.first].norm == "never"
            and (
                # (up to the next denial: "never had cancer, never had back problems either
                # till now" tells the back problems new, not the cancer)
                _before(tokens, last, _next_denial(tokens, last, end), own_words)
                or _never_so(tokens, trigger.last, end)
            )
        ):
            # "never had a bad back before", "never felt so weak": new, so present (not what a
            # denial of its own stands nearer to: "never had back pain like this before, no pain
            # in the legs though")
            if not _nearer(triggers, trigger, first, last, begin, end, tokens):
                keeping.append(trigger)
        elif trigger.status is Status.PRESENT:
            # A pseudo-trigger ("first time", "no better") keeps a finding present unless a
            # trigger of its own stands nearer ("first time my back has gone ... no numbness").
            if not _nearer(triggers, trigger, first, last, begin, end, tokens):
                keeping.append(trigger)
        else:
            reaching.add(trigger.status)
            denied_inside = denied_inside or (inside and trigger.status is Status.ABSENT)
            denied_ever = denied_ever or (
                trigger.status is Status.ABSENT
                # (as written: "didn't use to hurt", read as "never ... maybe", tells a time gone)
                and tokens[trigger.first].text.lower() == "never"
                and (inside or (before and not _a_mark_between(tokens, trigger.last, first)))
                and not (trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].norm in ("used", "use"))
            )
    # A denial among the finding's own words stands against a pseudo-trigger said apart from it
    # ("back pain still no better, legs aren't weak tho"), not one that frames it ("it's not
    # that the pain doesn't go down my leg": a double negative).
    if not reaching:
        return Status.PRESENT  # most findings: no trigger reaches them
    present = any(not (denied_inside and _apart(tokens, pseudo, first, last)) for pseudo in keeping)
    if present and Status.OTHER_PERSON not in reaching:
        return Status.PRESENT  # "never had it before" cancels a denial, not another person
    if denied_ever and Status.OTHER_PERSON not in reaching:
        return Status.ABSENT  # "a scare last year, never had cancer"
    for status in _PRECEDENCE:
        if status in reaching:
            return status
    return Status.PRESENT


# An illness said cured after it is cured past its own time: "I had fever last month with
# dengue, fully cured now" (not "recovered": "Had a lumbar fusion last month and recovered
# well" is still an operation last month).
_RECOVERED = frozenset({"cured"})


# A complaint said with its own words (a pain, an ache, numbness) and then "and my ..." or
# "and both ...": a denial after that is said of the new subject, not of the complaint.
_COMPLAINT_WORDS = frozenset(
    {
        "pain", "pains", "painful", "hurts", "hurt", "hurting", "ache", "aches", "aching", "achy",
        "sore", "goes", "going", "shoots", "shooting", "radiates", "radiating", "burning", "numb",
        "numbness", "tingling", "tingles", "tingly", "throbbing", "throbs", "stiff", "spreads",
        "spreading", "killing", "agony",
    }
)  # fmt: skip
_JOINS = frozenset({"and", "while", "whereas"})
_NEW_SUBJECT = frozenset({"my", "both", "the", "his", "her", "our", "their", "your"})


def _said_of_a_new_subject(
    tokens: Sequence[Token], last: int, trigger_first: int, own_words: frozenset[str]
) -> bool:
    """True when the complaint ending at ``last`` is followed, before the denial at
    ``trigger_first``, by "and" and a new subject ("... and both knees are fine")."""
    if own_words.isdisjoint(_COMPLAINT_WORDS):
        return False  # "my back and my legs are fine": one denial of both
    return any(
        tokens[i].norm in _JOINS and tokens[i + 1].norm in _NEW_SUBJECT
        for i in range(last + 1, trigger_first - 1)
    )


def _after_what_came_before(tokens: Sequence[Token], first: int, last: int, trigger_first: int) -> bool:
    """True when the finding at ``first``..``last`` is what came before ("after my back
    surgery", "since the fall") and the denial after it is said of a new subject of the writer's
    ("... my back was fine"): the denial is of that subject, not of the event (when the sentence
    goes on to say it changed)."""
    # (the writer's own: "after my back surgery", not "since Dad's back surgery")
    if not any(
        t.norm in _WHAT_CAME_BEFORE and k + 1 < len(tokens) and tokens[k + 1].norm == "my"
        for k, t in enumerate(tokens[max(0, first - 3) : first], start=max(0, first - 3))
    ):
        return False
    return any(
        tokens[i].norm == "my" and tokens[i + 1].norm not in _OWN_EVENTS
        for i in range(last + 1, trigger_first - 1)
    )


_WHAT_CAME_BEFORE = frozenset({"after", "since", "following"})
# ... when it was fine for a while only: "... my back was fine, but two months later it's hurting"
_THEN_CHANGED = frozenset({"until", "till", "but", "now"})
_OWN_EVENTS = frozenset({"surgery", "operation", "op", "fall", "accident", "injury"})


def _named_bare_and(tokens: Sequence[Token], begin: int, last: int) -> bool:
    """True when the clause from ``begin`` up to the finding ending at ``last`` names only
    places and "and" and a new subject follow at once ("my hips and my legs ..."): the test
    `split_sentences` keeps such a list in one clause by."""
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].norm == "and"
        and tokens[last + 2].norm in _NEW_SUBJECT
        and names_only_places(tokens[begin : last + 1])
    )


_TIME_WORDS = frozenset({"ago", "yesterday", "today", "tonight", "recently", "lately"})
_FEW = frozenset({"few", "couple", "two", "three", "four", "five", "six", "2", "3", "4", "5", "6"})
_LAST = frozenset({"last", "this", "past"})
_SPANS_OF_TIME = frozenset(
    {
        "week",
        "weekend",
        "month",
        "night",
        "morning",
        "fortnight",
        "friday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "saturday",
        "sunday",
    }
)


_OWN_TIME_REACH = 4  # words after a finding where a time of its own may be said


def _a_time_of_its_own(tokens: Sequence[Token], low: int, high: int) -> bool:
    """True when a recent time is said in tokens ``low``..``high`` - 1: between a finding and a
    time trigger after it ("back surgery last month and knee surgery last year"), or after a
    finding a time trigger before it reaches ("years ago and hurt my back last week")."""
    return any(
        tokens[i].norm in _TIME_WORDS
        or (tokens[i].norm in _LAST and i + 1 < high and tokens[i + 1].norm in _SPANS_OF_TIME)
        # "for the past three weeks", "the last few days"
        or (
            tokens[i].norm in _LAST
            and i + 2 < high
            and tokens[i + 1].norm in _FEW
            and tokens[i + 2].norm.rstrip("s") in _SPANS_OF_TIME
        )
        for i in range(low, high)
    )


def _said_new(tokens: Sequence[Token], first: int, low: int, high: int) -> bool:
    """True when the finding at ``first`` is said to be new and a comma (or other mark) parts
    it from the time long gone at the other end of ``low``..``high``: "kidney transplant in
    2019, new back pain for a week" (not "In 2015 I developed new weakness in both legs")."""
    return any(tokens[i].norm == "new" for i in range(max(0, first - 2), first)) and any(
        tokens[i].start - tokens[i - 1].end > 1 or tokens[i].norm in _JOINS
        for i in range(max(1, low), min(high + 1, len(tokens)))
    )


# A finding a denial does not reach, though it follows it: one brought in as known ("no
# temperature or chills with this backache", "no numbness with the back pain"), and one a
# denied worsening is said of ("sneezing doesn't make my back any worse").
_WITH = frozenset({"with", "alongside"})
_KNOWN_DETERMINERS = frozenset({"this", "my", "the", "that"})
_MAKE = frozenset({"make", "makes", "made", "making"})
_WORSE = frozenset({"worse", "any"})


# What a denied thing is for, the cause of, or does to a finding the writer calls their own:
# "no painkiller works for my sciatica", "doctors haven't found the cause of my back pain",
# "there's no position that eases my back pain" (the denial is of the painkiller, the cause,
# the position; "the" is too loose here: "I don't get up for the toilet")
_FOR_IT = frozenset(
    {"for", "causing", "caused", "eases", "ease", "easing", "helps", "help", "helping", "relieves",
     "relieve", "stops", "stop", "shifts", "shift", "fixes", "fix", "examine", "examined", "checked",
     "believes", "believe"}
)  # fmt: skip
_CAUSE_OF = frozenset({"cause", "causes", "reason", "reasons", "source", "root", "bottom", "origin"})
_OWN = frozenset({"my", "this", "these"})


def _presupposed(tokens: Sequence[Token], trigger_last: int, first: int, last: int, end: int) -> bool:
    """True when the finding at ``first``..``last`` is brought in by "with this/my/the" after a
    denial, is what a denied thing is for or acts on ("for my sciatica", "the cause of my back
    pain"), or is what a denied "make ... worse" is said of."""
    if first >= 2 and first - 2 > trigger_last:
        before, determiner = tokens[first - 2].norm, tokens[first - 1].norm
        if before in _WITH and determiner in _KNOWN_DETERMINERS:
            return True
        cause_of = before == "of" and first - 3 > trigger_last and tokens[first - 3].norm in _CAUSE_OF
        if determiner in _OWN and (before in _FOR_IT or cause_of):
            return True
    between = [t.norm for t in tokens[trigger_last + 1 : first]]
    return (
        bool(between)
        and between[0] in _MAKE
        and all(w in _KNOWN_DETERMINERS for w in between[1:])
        and last + 1 < end
        and tokens[last + 1].norm in _WORSE
    )


# A finding followed by "is", "was", "could be", "might be" ... is the subject of what is said
# of it: a doubt before it ("worried", "not sure if", "maybe") falls on that ("I'm worried the
# pain in my spine could be cancer", "not sure if the numbness in my leg is getting worse"),
# and the finding is had. Not what is still to come ("worried the numbness is coming back").
# (only a doubt or a worry: "I've heard losing bladder control is one" is talk of a sign, and
# "sudden back pain with fainting can be an aneurysm" says what may be, in general)
_DOUBTS = frozenset(
    tuple(words.split())
    for words in (
        "worried", "worry", "worrying", "scared", "afraid", "concerned", "fear", "terrified",
        "frightened", "panicking", "not sure", "unsure", "not certain", "maybe", "perhaps",
        "possibly", "probably", "wonder", "wondering", "wonder if", "i wonder", "i think", "i guess",
        "suspect", "dont know if", "dont know whether", "no idea if", "my fear is", "my biggest fear is",
        "my worst fear is", "my worry is", "my biggest worry is", "biggest fear", "i think the",
        "i think my", "worried that", "scared that", "afraid that", "concerned that",
    )
)  # fmt: skip
_COPULAS = frozenset({"is", "was", "isnt", "wasnt", "are", "were"})
_MODALS = frozenset({"could", "might", "may", "must", "would"})
_TO_COME_AFTER = frozenset({"going", "gonna", "coming", "about", "gon"})


def _said_to_be_something(tokens: Sequence[Token], last: int, end: int) -> bool:
    """True when the finding ending at ``last`` is followed in its clause by "is", "was" or a
    modal and "be", then more words, none telling of what is still to come."""
    at = last + 1
    if at >= end:
        return False
    if tokens[at].norm in _COPULAS:
        at += 1
    elif tokens[at].norm in _MODALS and at + 1 < end and tokens[at + 1].norm == "be":
        at += 2
    else:
        return False
    return at < end and tokens[at].norm not in _TO_COME_AFTER


def _of_its_phrase_only(tokens: Sequence[Token], trigger: Trigger, first: int, last: int) -> bool:
    """True when ``trigger`` is a word a phrase made ("don't feel the urge" is "maybe can't
    tell when") and the finding has none of that phrase's words: the phrase doubts itself,
    not the back pain said after it ("I don't really feel the urge to go, and my back is
    agony")."""
    after = trigger.last + 1
    if after >= len(tokens):
        return False
    start, end = tokens[trigger.first].start, tokens[trigger.first].end
    if (tokens[after].start, tokens[after].end) != (start, end):
        return False  # the trigger's words are the text's own
    return not (tokens[first].start < end and tokens[last].end > start)


def _imagined(tokens: Sequence[Token]) -> bool:
    """True when an "if" is followed, within a few words as written, by a past verb: "if I
    couldn't ...", "if I lost feeling ..." (read as "numb")."""
    for i, token in enumerate(tokens):
        if token.norm == "if":
            written = {_APOSTROPHES.sub("", w) for t in tokens[i + 1 : i + 4] for w in t.text.lower().split()}
            if not _IMAGINED.isdisjoint(written):
                return True
    return False


def _help_to_get(norms: Sequence[str]) -> bool:
    """True when the writer says they know whom to call or where to go, the plan of an "if":
    "If my legs go weak I know to call 999" (not help got or advised: "If I stand both legs
    buckle, so I had to call an ambulance", "I've been told to head to A&E" tell of now).

    >>> _help_to_get("if my legs go weak i know to call 999".split())
    True
    >>> _help_to_get("if i stand both legs buckle so i had to call an ambulance".split())
    False
    """
    return "know" in norms and any(
        norm == "know" and i + 2 < len(norms) and norms[i + 1] == "to" and norms[i + 2] in _GETTING_HELP
        for i, norm in enumerate(norms)
    )


# What the writer knows to do: "I know to call 999", "know to go to A&E", "know to ring 111"
_GETTING_HELP = frozenset({"call", "ring", "phone", "dial", "go", "head", "get", "seek", "contact"})


def _what_i_would_do(norms: Sequence[str]) -> bool:
    """True when the writer says what they would do: "If I lose feeling down there I'd go to
    A&E", "I would call 999" (not what a symptom would do: "my legs would give way")."""
    if "id" not in norms and "would" not in norms:
        return False  # most sentences
    return any(
        (norm == "id" or (norm == "would" and i and norms[i - 1] == "i"))
        and i + 1 < len(norms)
        and norms[i + 1] in _ACTIONS
        for i, norm in enumerate(norms)
    )


_ACTIONS = frozenset(
    {"go", "call", "ring", "phone", "head", "see", "get", "dial", "ask", "want", "need", "worry", "panic",
     "be", "know", "probably", "definitely", "straight", "just", "rush"}
)  # fmt: skip
_APOSTROPHES = compile_pattern("['\u2019]")


_BESIDE = frozenset({"beside", "opposite", "behind", "near", "nearby"})


def _placed_by_me(tokens: Sequence[Token], i: int) -> bool:
    """True when the "me" at ``i`` only says where someone else is: "next to me", "beside me"."""
    if tokens[i].norm != "me" or i < 1:
        return False
    before = tokens[i - 1].norm
    return before in _BESIDE or (before == "to" and i > 1 and tokens[i - 2].norm == "next")


def _own_denial(words: set[str], own_words: frozenset[str]) -> bool:
    """True when a denial stands in for the finding's own ("without any reason" for "for no
    reason"): both deny, and the trigger's other words are the finding's, never a difficulty
    denied ("no difficulty starting to pee" denies "can't pee")."""
    rest = words - _NEGATING
    denying = bool(words & _NEGATING) and bool(own_words & _NEGATING)
    return denying and rest <= own_words and rest.isdisjoint(_DIFFICULTY)


def _impaired(
    tokens: Sequence[Token], trigger: Trigger, first: int, last: int, end: int, own_words: frozenset[str]
) -> bool:
    """True when a denial just before or inside a difficulty's words is followed by "properly"
    ("my left foot is not lifting properly", "my bladder isn't emptying fully")."""
    if own_words.isdisjoint(_DIFFICULTY) or not first - 3 <= trigger.last <= last:
        return False
    return any(tokens[i].norm in _PROPERLY for i in range(last + 1, min(last + 3, end)))


def _my_own(tokens: Sequence[Token], i: int, first: int, last: int) -> bool:
    """True when "my" at ``i`` owns a part of the body: "since having my kids my back hurts",
    "Girlfriend noticed a red lump on my lower back" are the writer's; "my sister is staying at
    my flat and has lost weight" is not."""
    if tokens[i].norm != "my":
        return False
    owned = {t.norm for t in tokens[i + 1 : i + 3]}
    if body_words().isdisjoint(owned):
        # "my temperature": a reading of the writer's, only before the finding's words
        return i < first and not _readings().isdisjoint(owned)  # ("my flat": a thing)
    # inside the finding's words, only where they tell one thing ("a lump on my lower back"),
    # not two joined by "and" ("kids have had a fever and my back's aching")
    return i < first or all(tokens[j].norm != "and" for j in range(first, i))


@functools.cache
def _readings() -> frozenset[str]:
    """The readings of a body a possessive may own ("possessed_readings" in context.toml)."""
    return frozenset(read_data("context.toml").get("possessed_readings", ()))


@functools.cache
def body_words() -> frozenset[str]:
    """The words of parts of the body a possessive may own ("possessed_body" in context.toml)."""
    return frozenset(read_data("context.toml").get("possessed_body", ()))


def _owns_a_body_part(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """True when the words a possessive owns are a part of the body ("my wife's left leg")."""
    owned = {t.norm for t in tokens[trigger.last + 1 : trigger.last + 2 + _POSSESSED_WITHIN]}
    # (or a reading of it: "My sister's been running a fever all week with a kidney infection")
    return not body_words().isdisjoint(owned) or not _readings().isdisjoint(owned)


# What a lost or odd feeling is compared to is the feeling itself: "feel like pins and
# needles", "a throbbing like a heartbeat", "like ants walking", "like it's gone to sleep".
_SENSATIONS = frozenset(
    {"pins", "needles", "numb", "dead", "asleep", "sleep", "sleeping", "tingling", "tingly", "heartbeat",
     "pulse", "ants", "crawling", "buzzing", "fizzing", "fizzy", "novocaine", "anaesthetic", "anesthetic",
     "dentist", "dentists", "injection", "cotton", "wool", "rubber"}
)  # fmt: skip


def _sensation_follows(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """True when a word of a feeling closely follows a comparison ("feels like pins and
    needles", "like a heartbeat"): the comparison says how it feels, not whether."""
    return any(token.norm in _SENSATIONS for token in tokens[trigger.last + 1 : trigger.last + 5])


_DID = frozenset({"did", "does", "do", "had", "has", "have", "got", "gets"})


# A purpose after a comparison is no part of it: "lifting my knee really high like a horse to stop
# tripping over my own foot" trips over the foot; only the gait is like a horse's.
_PURPOSES = frozenset({("to", "stop"), ("to", "avoid"), ("to", "prevent"), ("in", "order")})


def _a_purpose_between(tokens: Sequence[Token], after: int, before: int) -> bool:
    """True when words of a purpose ("to stop", "to avoid") stand after token ``after`` and
    before token ``before``."""
    return any((tokens[i].norm, tokens[i + 1].norm) in _PURPOSES for i in range(after + 1, before - 1))


def _a_person_like(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """True when a "like" compares the writer with someone who had the same ("I had bowel cancer
    like my dad did"): the writer's trouble is no less theirs for it."""
    after = [t.norm for t in tokens[trigger.last + 1 : trigger.last + 4]]
    if after[:1] == ["my"]:
        after = after[1:]
    return len(after) >= 2 and after[0] in RELATIVES and after[1] in _DID


def _inability_follows(tokens: Sequence[Token], trigger: Trigger) -> bool:
    """True when a word of inability follows a comparison closely, as written ("like I can't
    feel it", "like my bladder doesn't tell me"), whatever the words were read as."""
    for token in tokens[trigger.last + 1 : trigger.last + 4]:
        word = token.text.split()[0] if token.text.split() else ""
        if re.sub(r"[^a-z]", "", word.lower()) in _INABILITY_WORDS:
            return True
    return False


_MY_AS_WRITTEN = compile_pattern(r"\b(?:my|me|ma|mah)\b", re.IGNORECASE)  # (or as said: "me back")


def _a_written_my(token: Token) -> bool:
    """True for a "my" the writer wrote (or said: "me back"), not one a phrase put in ("no
    bladder control" read as "can't control my bladder")."""
    return token.norm == "my" and _MY_AS_WRITTEN.search(token.text) is not None


def _next_denial(tokens: Sequence[Token], last: int, end: int) -> int:
    """Where the first "never", "no" or "not" after token ``last`` stands, or ``end``."""
    return next((i for i in range(last + 1, end) if tokens[i].norm in _DENIALS), end)


_DENIALS = frozenset({"never", "no", "not", "nor", "neither"})


def _and_after_a_mark(tokens: Sequence[Token], low: int, high: int) -> bool:
    """True when ", and" and a doing stand between tokens ``low`` and ``high`` (", and wakes me
    up"; not a list: "not with fever, night sweats or weight loss", "not with numbness, tingling,
    and weakness in both legs")."""
    return any(
        _after_a_mark(tokens, i)
        and tokens[i].norm == "and"
        and i + 1 < len(tokens)
        and tokens[i + 1].norm in _A_DOING_AFTER_AND
        for i in range(max(low + 1, 1), high + 1)
    )


_A_DOING_AFTER_AND = frozenset(
    {
        "wakes",
        "wake",
        "woke",
        "keeps",
        "gets",
        "got",
        "feels",
        "felt",
        "is",
        "its",
        "it",
        "i",
        "im",
        "ive",
        "my",
    }
)


# What the writer does with someone's body that strains the writer's own ("lifting the kids",
# "carrying my son", "picking up my daughter"): the person is what the writer handles, and the
# strain told after a break is the writer's. Not the care of someone ill ("helped my dad to the
# loo", "moved my mum to the commode", "dressed my mum", "rolled my husband over"), after which
# what is told is theirs (a review, rev75).
_HANDLING = frozenset(
    {"lift", "lifts", "lifting", "lifted", "carry", "carries", "carrying", "carried", "pick", "picking",
     "picked", "hold", "holding", "held", "hug", "hugging", "hugged", "push", "pushing", "pushed",
     "pull", "pulling", "pulled", "chase", "chasing", "chased", "swing", "swinging", "swung", "throw",
     "throwing", "threw", "catch", "catching", "caught", "wrestle", "wrestling", "wrestled", "rock",
     "rocking", "bounce", "bouncing", "piggyback", "piggybacking"}
)  # fmt: skip
_PARTICLES = frozenset({"up", "around", "round", "about", "in", "out", "off"})
_THEIRS_TOLD = frozenset(
    {"he", "she", "they", "hes", "shes", "theyre", "his", "her", "their", "him", "himself", "herself",
     "themselves"}
)  # fmt: skip
_THEIRS_TOLD_OR_THEM = _THEIRS_TOLD | {"them"}  # (what was done to them: "... and hurt his back")
_BREAKS = frozenset({"and", "now", "then"})
_WHERE_THEY_LAY = frozenset({"floor", "ground", "toilet", "loo", "commode", "bed", "pavement"})
_WORDS = compile_pattern(r"[a-z]+")


def _handled_by_the_writer(tokens: Sequence[Token], trigger: Trigger, begin: int) -> bool:
    """True when the person named at ``trigger`` is what the writer lifts or carries, and nothing
    after tells of them: "I've been lifting the kids, ...", "carrying my son around, ..." (not "he
    was carrying my son", "lifting my wife onto the commode, soiled herself again")."""
    verb = trigger.first - 1
    if verb > begin and tokens[verb].norm in _PARTICLES:
        verb -= 1  # "picking up my daughter"
    if verb < begin or tokens[verb].norm not in _HANDLING:
        return False
    after = trigger.last + 1
    if after < len(tokens) and tokens[after].norm in _RELATIVE_CLAUSE:
        return False  # "lifting my mum who can't feel her legs and has wet the bed": hers
    if any(token.norm in _WHERE_THEY_LAY for token in tokens[after : after + 4]):
        return False  # "Picked up my nan off the kitchen floor, fell in the night": a rescue (rev85)
    # (as written: "soiled herself" is read as "soiling myself")
    if any(not _THEIRS_TOLD.isdisjoint(_WORDS.findall(token.text.lower())) for token in tokens[after:]):
        return False
    for i in range(verb - 1, begin - 1, -1):
        if tokens[i].norm in _FIRST_PERSON:
            return True
        if tokens[i].norm in _THEIRS_TOLD or tokens[i].norm in RELATIVES:
            return False
    return True  # "Lifting the kids all week, ...": the writer's doing


def _a_break_between(tokens: Sequence[Token], low: int, high: int) -> bool:
    """True when a comma, dash, bracket, "and", "now" or "then" stands between ``low`` and ``high``."""
    return _a_mark_between(tokens, low, high) or any(tokens[i].norm in _BREAKS for i in range(low + 1, high))


def _a_mark_between(tokens: Sequence[Token], low: int, high: int) -> bool:
    """True when a comma, dash or bracket stands between tokens ``low`` and ``high``."""
    return any(_after_a_mark(tokens, i) for i in range(max(low + 1, 1), high + 1))


def _apart(tokens: Sequence[Token], trigger: Trigger, first: int, last: int) -> bool:
    """True when a comma, dash or bracket stands between ``trigger`` and the finding."""
    if trigger.last < first:
        return _a_mark_between(tokens, trigger.last, first)
    return _a_mark_between(tokens, last, trigger.first)


def _nearer(
    triggers: Sequence[Trigger],
    pseudo: Trigger,
    first: int,
    last: int,
    begin: int,
    end: int,
    tokens: Sequence[Token] = (),
) -> bool:
    """True when a negation, doubt, history or other person trigger stands between the
    pseudo-trigger and the finding at ``first``..``last``, or as near to the finding on its
    other side, reaching it: "no numbness in my legs and ibuprofen doesn't help my back" (the
    "no" is the numbness's own; "doesn't help" is said of the back).

    >>> from painkb.understand.words import tokenize
    >>> tokens = tokenize("no numbness in my legs and ibuprofen doesnt help my back")
    >>> no = Trigger(0, 0, 0, Status.ABSENT, Direction.FORWARD)
    >>> help = Trigger(7, 8, 38, Status.PRESENT, Direction.BOTH)
    >>> _nearer([no, help], help, 1, 1, 0, len(tokens)), _nearer([no, help], help, 10, 10, 0, len(tokens))
    (True, False)
    """
    low, high = (pseudo.last, first) if pseudo.last < first else (last, pseudo.first)
    gap = high - low

    def reaches_nearer(t: Trigger) -> bool:
        # Only a trigger before the finding with the pseudo-trigger after it (one that wraps round
        # the finding is the pseudo-trigger's own: "used to manage the stairs fine"); as near as
        # it, or further off when a comma sets the pseudo-trigger apart and not the denial ("dont
        # have any numbness, first time ive had back pain this bad").
        before_it = t.last < first <= last < pseudo.first
        near = first - t.last <= gap or (
            bool(tokens) and _apart(tokens, pseudo, first, last) and not _apart(tokens, t, first, last)
        )
        return before_it and near and t.direction is not Direction.BACKWARD

    return any(
        t is not pseudo
        and t.status not in (None, Status.PRESENT)
        and begin <= t.first < end
        and (low < t.first < high or reaches_nearer(t))
        for t in triggers
    )


def _before(tokens: Sequence[Token], last: int, end: int, own_words: frozenset[str]) -> bool:
    # "never had back pain before", "never had back pain in my life until this month"
    if any(tokens[i].norm in ("before", "until", "till", "til") for i in range(last + 1, end)):
        return True
    # "never once had back trouble, then two weeks ago it started": what started is the trouble
    # (not "..., then my knee started hurting", "..., then he started")
    if any(tokens[i].norm == "then" and _it_started(tokens, i + 1, end) for i in range(last + 1, end)):
        return True
    # "never had a bad back in my life, but this last fortnight it's been aching" (not "..., but
    # I have a bad knee": what comes next is new, and of no other place). Only a back: "never
    # had a waterworks problem in my life, but this week I've been leaking" is asked.
    if _A_BAD_BACK.isdisjoint(own_words) or not (
        end < len(tokens)
        and tokens[end].norm in _BUT_NOW
        and any(tokens[i].norm == "life" and tokens[i - 1].norm == "my" for i in range(last + 1, end))
    ):
        return False
    following = {t.norm for t in tokens[end + 1 : end + 1 + _BUT_NOW_REACH]}
    keys = {t.key for t in tokens[end + 1 : end + 1 + _BUT_NOW_REACH]}
    return (
        not _NOW.isdisjoint(following)
        and body_words().isdisjoint(following)
        and not _HURTING.isdisjoint(following | keys)  # "..., but this year I've been worried" is no pain
        and _SOMEONE.isdisjoint(following)  # "..., but last week my husband put his back out"
        and language().outside.isdisjoint(following)  # "..., but this week my neck is stiff"
    )


_STARTED = frozenset({"started", "began", "begun", "kicked", "appeared", "came", "hit", "happened"})
_THEN_REACH = 6


def _it_started(tokens: Sequence[Token], first: int, end: int) -> bool:
    """True when "it" starts within a few words from ``first``, with nothing else named that
    may be what started ("then two weeks ago it started", "then last month it began")."""
    for i in range(first, min(end, first + _THEN_REACH)):
        norm = tokens[i].norm
        if norm in _STARTED:
            return i > first and tokens[i - 1].norm in ("it", "its", "this", "that")
        if norm in body_words() or norm in _SOMEONE:
            return False
    return False


_HURTING = frozenset(
    {"pain", "ache", "aching", "aches", "hurt", "hurts", "hurting", "sore", "agony", "killing", "unbearable",
     "excruciating", "awful", "terrible", "barely", "struggling"}
)  # fmt: skip
_SOMEONE = RELATIVES | frozenset({"he", "she", "his", "her", "they", "their", "him"})


_BUT_NOW = frozenset({"but", "until", "till", "til"})
_A_BAD_BACK = frozenset({"back", "backache", "backpain"})
_BUT_NOW_REACH = 10
_NOW = frozenset(
    {"now", "this", "last", "past", "recently", "lately", "suddenly", "today", "yesterday", "since"}
)


_SO = frozenset({"so", "such"})
_THIS = frozenset({"this", "that"})
_LIKE_OR_FELT = frozenset({"like", "felt", "feel", "been"})
_ANYTHING = frozenset({"anything", "something", "nothing"})  # "like this", "never felt this feverish"
# a degree after "this"/"that": "never had a fever this high" (not "never had a temperature
# with this back pain")
_DEGREES = frozenset(
    {"bad", "high", "much", "severe", "strong", "weak", "painful", "intense", "often", "long",
     "sore", "extreme", "awful", "terrible", "serious", "low", "hot", "numb", "many", "far"}
)  # fmt: skip


def _never_so(tokens: Sequence[Token], after: int, end: int) -> bool:
    """True when "never" tells of the worst yet, not a denial: "never felt so weak", "never had
    such weak legs", "never had a fever this high", "never had pain down both legs like this",
    "never had a temp like it"."""
    for i in range(after + 1, end):
        if tokens[i].norm in _SO:
            return True
        if tokens[i].norm in _THIS or (tokens[i].norm == "it" and tokens[i - 1].norm == "like"):
            following = tokens[i + 1].norm if i + 1 < end else None
            if tokens[i - 1].norm in _LIKE_OR_FELT or following in _DEGREES:
                # not "never had a fever or anything like that"
                return i < 2 or tokens[i - 2].norm not in _ANYTHING
    return False


def _ended(
    triggers: Sequence[Trigger],
    low: int,
    high: int,
    tokens: Sequence[Token],
    own_words: frozenset[str],
    status: Status | None = None,
) -> bool:
    # An ending word that belongs to the finding's own phrase ("I've just had ...") ends nothing;
    # nor does an adverb end what someone else has ("my daughter was just diagnosed with ..."),
    # nor "who" the clause that tells of them ("my mum who had cancer", "my brother who injects").
    spared = own_words | _ADVERBS if status is Status.OTHER_PERSON else own_words
    return any(
        t.status is None
        and low < t.first < high
        and not {tokens[i].norm for i in range(t.first, t.last + 1)} <= spared
        for t in triggers
    )


_ADVERBS = frozenset({"just", "only", "who"})


# Quotation marks. Double ones pair up in turn; a single one opens only at a word's start and
# closes only at a word's end (never an apostrophe between letters: "can't", "gran's").
_DOUBLE_MARKS = frozenset('"\u201c\u201d')
_SINGLE_MARKS = frozenset("'\u2018\u2019")
_QUOTE_MARKS = _DOUBLE_MARKS | _SINGLE_MARKS
_A_DOUBLE_MARK = compile_pattern('["\u201c\u201d]')
_A_SINGLE_MARK = compile_pattern("['\u2018\u2019]")
_SINGLE_REACH = 300  # characters a quotation in single marks may run to
_SENTENCE_MARKS = frozenset(".!?;")
# The speaker's own words in the quotation ("I", "I'm", "my", "me"), and none addressed to the
# writer ("I think you've got sciatica" tells of the writer), but for "you know", "thank you"
_QUOTED_SPEAKER = compile_pattern(r"\b(?:i|me|my|myself|mine)\b", re.IGNORECASE)
_QUOTED_LISTENER = compile_pattern(
    r"\b(?:you|your|yours|youre|you['\u2019]re|you['\u2019]ve|yourself|u|ur)\b", re.IGNORECASE
)
_ASIDES = compile_pattern(r"\b(?:you know|thank you|can you believe)\b", re.IGNORECASE)
# What one does who speaks the words quoted: "she said", "he keeps saying", "my gran told me",
# "he goes", "she was like", "he asked" (a question of their own: "why can't I feel my legs?")
_QUOTING = frozenset(
    {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "goes", "went", "go", "going",
     "ask", "asks", "asked", "asking", "complains", "complained", "complaining", "moans", "moaned",
     "moaning", "cried", "cries", "crying", "shouted", "shouting", "screamed", "screaming", "yelled",
     "whispered", "mumbled", "muttered", "mentioned", "admitted", "texted", "messaged", "wrote", "writes",
     "explained", "insists", "insisted", "groaned", "sobbed", "wailed", "replied", "answered"}
)  # fmt: skip
_LIKE = "like"  # "she was like", "he's like"
_BEING = frozenset({"was", "is", "were", "are", "s", "been", "being"})
# Who is spoken to, between the verb and the quotation: "told me", "said to my mum", "goes to her"
_SPOKEN_TO = frozenset(
    {"to", "me", "us", "him", "her", "them", "everyone", "everybody", "the", "my", "our", "his", "their",
     "a", "again", "once", "twice", "then", "out", "loud", "up", "over"}
)  # fmt: skip
# Words between the one who speaks and the verb: "she keeps saying", "he has been telling me",
# "my mum just went"
_SPEAKING_HOW = frozenset(
    {"keeps", "kept", "keep", "always", "just", "then", "also", "even", "literally", "actually", "was",
     "is", "has", "had", "been", "would", "will", "started", "starts", "still", "suddenly", "constantly",
     "only", "finally", "eventually", "now", "did", "does", "once", "basically", "sort", "kind", "of",
     "kinda", "sorta"}
)  # fmt: skip
_THIRD_PERSONS = frozenset({"he", "she", "they", "hes", "shes", "theyre", "theyve", "hed", "shed"})
_WRITER_SPEAKING = frozenset({"i", "im", "ive", "id", "ill", "we", "weve"})
# Who speaks of the writer in their own first person ("the GP said 'I'd like to refer you'"):
# never read as telling of themselves
_CLINICIANS = frozenset(
    {"gp", "doctor", "doctors", "doc", "dr", "nurse", "physio", "physiotherapist", "consultant", "surgeon",
     "paramedic", "paramedics", "chiro", "chiropractor", "osteo", "osteopath", "specialist", "receptionist",
     "pharmacist", "midwife", "neurologist", "neurosurgeon", "therapist", "medic", "medics", "registrar"}
)  # fmt: skip
_PERSONS = (
    RELATIVES | _OTHERS | _PEOPLE | _CHILDREN | _DESCRIBED_OTHERS
    # ("my 14 year old keeps saying")
    | frozenset({"mate", "mates", "pal", "nanna", "nanny", "gramps", "old"})
)  # fmt: skip
# What opens the words after a quotation that tell who said it: "that's what my gran told me",
# "is what he said", "according to my dad"
_SO_SAID = frozenset({"that", "thats", "this", "its", "is", "was", "what", "s", "exactly", "were", "all"})
_ACCORDING = ("according", "to")
_WHOSE = frozenset({"my", "our", "the", "his", "her", "their", "me", "ma"})
_WORDS_REACH = 120  # characters read beside a quotation for who said it
_AND_REACH = 5  # words before "and said" in which who speaks is looked for
_SPEECH_REACH = 3  # words at most of who is spoken to, or of how, beside the verb


def quoted_of_others(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` in ``text`` of the words someone else said of themselves, quoted:
    in their own first person, with a speaker named before ("he said", "my gran told me", "she
    keeps saying", "she was like") or after ("- that's what my gran told me", "my mum said").
    What they say of themselves is theirs; never what the writer quotes of their own ("I told
    the doctor 'I can't feel my bum'"), a clinician's words, words that address the writer
    ("you"), or a word set off in quotation marks ("my 'sciatica'").

    >>> t = 'he said "I can\\'t feel my bum" and his back is bad'
    >>> [t[s:e] for s, e in quoted_of_others(t)]
    ["I can't feel my bum"]
    >>> t = "\u201cmy legs won't hold me up\u201d - that's what my gran told me"
    >>> [t[s:e] for s, e in quoted_of_others(t)]
    ["my legs won't hold me up"]
    >>> quoted_of_others('I told the doctor "I can\\'t feel my bum"')
    ()
    >>> quoted_of_others('my "sciatica" is back'), quoted_of_others("she said 'you need an MRI'")
    ((), ())
    """
    if not _QUOTE_MARKS.intersection(text):
        return ()
    found = []
    for start, end in _quotations(text):
        quoted = _ASIDES.sub(" ", text[start:end])
        if _QUOTED_SPEAKER.search(quoted) is None or _QUOTED_LISTENER.search(quoted) is not None:
            continue
        said = _said_before(text, start)
        if said is None:
            said = _said_after(text, end)
        if said:
            found.append((start, end))
    return tuple(found)


def _quotations(text: str) -> list[tuple[int, int]]:
    """The spans inside quotation marks: double ones in pairs, single ones at words' edges.

    A straight mark with a space before it and a letter after it opens and never closes: one
    left open gives way to the next that opens (the first of 'he said "it's sciatica. But my
    "sciatica" is worse' is never closed). A single mark opens nothing before an elision ("'cos",
    "'em") and closes nothing after a plural's -s before a word ("the kids' holiday").

    >>> t = 'he said "it\\'s a disc. But my "sciatica" is worse'
    >>> [t[s:e] for s, e in _quotations(t)]
    ['sciatica']
    >>> _quotations("she says 'cos I'm 40 it's a disc, but it's ruining the kids' holiday")
    []
    """
    spans = []
    opened = None
    for found in _A_DOUBLE_MARK.finditer(text):
        i, mark = found.start(), found.group()
        if mark == '"' and i and text[i - 1].isdigit():
            continue  # inches: "5'10\""
        if mark == "\u201c" or (mark == '"' and _opening(text, i)):
            opened = i
        elif opened is not None:
            spans.append((opened + 1, i))
            opened = None
        elif mark == '"' and not _closing(text, i):
            opened = i
    opened = None
    for found in _A_SINGLE_MARK.finditer(text):
        i, mark = found.start(), found.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: "can't"
        if opened is not None and i - opened > _SINGLE_REACH:
            opened = None
        if (
            mark != "\u2019"
            and after.isalpha()
            and not before.isalnum()
            and (opened is None or _opening(text, i))
        ):
            if _ELIDED.match(text, i + 1) is None:  # not "'cos", "'em"
                opened = i
        elif (
            opened is not None
            and mark != "\u2018"
            and not after.isalnum()
            and (before.isalnum() or before in ".!?,")
            and not _plural_owning(text, i)  # not "the kids' holiday"
        ):
            spans.append((opened + 1, i))
            opened = None
    return spans


def _opening(text: str, i: int) -> bool:
    """True for a mark at ``i`` at a word's start: nothing or a space (or a bracket) before it,
    a letter right after it."""
    return (
        (i == 0 or text[i - 1].isspace() or text[i - 1] in "([")
        and i + 1 < len(text)
        and text[i + 1].isalpha()
    )


def _closing(text: str, i: int) -> bool:
    """True for a mark at ``i`` at a word's end: a letter or a stop before it, no letter after."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".!?,") and not after.isalnum()


# What an apostrophe opens for letters left out ("'cos I'm only 40", "'til Monday", "rock 'n'
# roll"): never a quotation
_ELIDED = compile_pattern(r"(?:cos|coz|cause|cuz|em|til|till|n|bout|round|nuff|specially)\b", re.IGNORECASE)
_OWNED_AFTER = compile_pattern(r"s['\u2019] ([a-z]+)")
_NOT_OWNED = frozenset({"yesterday", "today", "tonight", "earlier", "lately", "anymore", "anyway", "now"})


def _plural_owning(text: str, i: int) -> bool:
    """True for a mark at ``i`` that ends a plural owning the word after it ("the kids' holiday",
    "my parents' house"), not a quotation ("she said 'my legs' and cried"): the word after is
    no word that carries nothing ("and", "the", "to") nor a time."""
    found = _OWNED_AFTER.match(text, i - 1)
    if found is None:
        return False
    after = found.group(1)
    lang = language()
    return after not in lang.stopwords and after not in lang.clause_breaks and after not in _NOT_OWNED


def _words_around(text: str, at: int, backward: bool) -> list[tuple[str, str, bool]]:
    """The words (normal form, as written, and whether a comma or a dash stands before it) before
    or after ``at``, the nearest first, up to a sentence's end or another quotation mark."""
    if backward:
        piece = text[max(0, at - _WORDS_REACH) : at]
        matches = list(WORD.finditer(piece))[::-1]
        gaps = [piece[m.end() : (matches[i - 1].start() if i else len(piece))] for i, m in enumerate(matches)]
    else:
        piece = text[at : at + _WORDS_REACH]
        matches = list(WORD.finditer(piece))
        gaps = [piece[(matches[i - 1].end() if i else 0) : m.start()] for i, m in enumerate(matches)]
    words = []
    for match, gap in zip(matches, gaps, strict=True):
        if not _SENTENCE_MARKS.isdisjoint(gap) or not _QUOTE_MARKS.isdisjoint(gap):
            break
        words.append((normal(match.group()), match.group(), not _PAUSES.isdisjoint(gap)))
    return words


_PAUSES = frozenset(",:-\u2013\u2014(")


def _a_speaker(norm: str, written: str, verb: str = "") -> bool | None:
    """True for someone else who may speak ("she", "gran", "Dave"), False for the writer,
    None for anyone else (a clinician, a thing one reads or asks, or no one: "it was like").

    A word not known to name someone is a person's name when written as one: a capital and then
    small letters, and no word of a sentence's own ("It", "Then") nor a thing that answers
    ("Google", "Alexa"); never "ChatGPT", "NHS" or "111". A modal so written is a name before
    the ``verb`` of saying it comes before when that verb is a finite one ("Will said": no
    modal takes "said").

    >>> _a_speaker("sarah", "Sarah"), _a_speaker("google", "Google"), _a_speaker("nhs", "NHS")
    (True, None, None)
    >>> _a_speaker("will", "Will", "said"), _a_speaker("will", "Will", "say")
    (True, None)
    """
    if norm in _WRITER_SPEAKING:
        return False
    if norm in _CLINICIANS:
        return None
    if norm in _THIRD_PERSONS or norm in _PERSONS:
        return True
    named = len(written) > 1 and written[0].isupper() and written[1:].isalpha() and written[1:].islower()
    lang = language()
    if not named or norm in _ANSWERING or norm in lang.clause_breaks:
        return None
    if norm in lang.stopwords and not (norm in _MODAL_VERBS and _finite(verb)):
        return None
    return True


_MODAL_VERBS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
_FINITE_IRREGULAR = frozenset({"said", "told", "went", "wrote"})


def _finite(verb: str) -> bool:
    """True for a verb of saying in its past or its -s form ("said", "asks", "texted")."""
    return verb in _FINITE_IRREGULAR or (verb in _QUOTING and verb.endswith(("s", "ed")))


# What answers or tells the writer without being anyone: never who speaks a quotation ("'I
# can't feel my bum' Google says that's cauda equina")
_ANSWERING = frozenset(
    {"google", "reddit", "wikipedia", "alexa", "siri", "facebook", "youtube", "tiktok", "instagram",
     "mumsnet", "webmd", "bing", "internet", "online", "website", "site", "app", "leaflet", "forum",
     "forums", "article", "chatbot", "bot"}
)  # fmt: skip


def _said_before(text: str, start: int) -> bool | None:
    """Whether someone else speaks the quotation opening at ``start`` ("she said '...'"): None
    when no one is said to speak it there."""
    words = _words_around(text, start - 1, backward=True)
    norms = [norm for norm, _, _ in words]
    at = 0  # past who is spoken to: "told me", "said to my mum"
    while at < min(len(norms), _SPEECH_REACH) and norms[at] not in _QUOTING and norms[at] != _LIKE:
        if norms[at] not in _SPOKEN_TO and norms[at] not in _PERSONS and norms[at] not in _CLINICIANS:
            return None
        at += 1
    if at >= len(norms) or (norms[at] not in _QUOTING and norms[at] != _LIKE):
        return None
    if norms[at] == _LIKE:  # "she was like", "he's like" (not "feels like")
        if at + 1 < len(norms) and (norms[at + 1] in _THIRD_PERSONS or norms[at + 1] in _WRITER_SPEAKING):
            return _a_speaker(*words[at + 1][:2])
        if at + 1 >= len(norms) or norms[at + 1] not in _BEING:
            return None
        at += 1
    verb = at
    at += 1
    while at < len(norms) and at - verb <= _SPEECH_REACH and norms[at] in _SPEAKING_HOW:
        at += 1
    if at < len(norms) and norms[at] == "and":
        # "my nan rang me and said": who did the first is who speaks, the farthest one named
        found = [_a_speaker(norm, "") for norm in norms[at + 1 : at + 1 + _AND_REACH]]
        return next((speaker for speaker in reversed(found) if speaker is not None), None)
    return _a_speaker(*words[at][:2]) if at < len(norms) else None


def _said_after(text: str, end: int) -> bool | None:
    """Whether someone else is said after the quotation closing at ``end`` to have spoken it
    ("... - that's what my gran told me", "...", said my dad)."""
    words = _words_around(text, end + 1, backward=False)
    norms = [norm for norm, _, _ in words]
    at = 0
    if tuple(norms[:2]) == _ACCORDING:
        at = 2
        while at < len(norms) and norms[at] in _WHOSE:
            at += 1
        return _a_speaker(*words[at][:2]) if at < len(norms) else None
    while at < min(len(norms), _SPEECH_REACH) and norms[at] in _SO_SAID:
        at += 1
    if at < len(norms) and norms[at] in _QUOTING:  # "said my dad"
        at += 1
        while at < len(norms) and norms[at] in _WHOSE | _DESCRIBING:
            at += 1
        return _a_speaker(*words[at][:2]) if at < len(norms) else None
    while at < len(norms) and norms[at] in _WHOSE | _DESCRIBING:
        at += 1
    if at >= len(norms):
        return None
    speaker = at
    at += 1
    while at < len(norms) and at - speaker <= _SPEECH_REACH and norms[at] in _SPEAKING_HOW:
        at += 1
    if at < len(norms) and norms[at] in _QUOTING and not _says_more(words, at + 1):
        return _a_speaker(*words[speaker][:2], norms[speaker + 1])
    return None


# What opens a statement of its own after "she says" (not who says the quotation before it):
# the writer ('"I've wet myself" Sarah said I should go to A&E'), what the quotation is ('...
# Google says that's cauda equina', 'my husband says it's my age'), or advice ('Mum says ring
# 111', 'she told me to go to A&E')
_SAYING_MORE = frozenset(
    {"i", "im", "ive", "id", "ill", "my", "mine", "you", "youre", "youve", "youll", "youd", "your", "u", "ur",
     "it", "its", "itll", "itd", "thats", "this", "there", "theres", "what", "whats", "if", "whether",
     "because", "cos", "probably", "maybe", "definitely", "should", "must", "ring", "call", "phone", "go",
     "get", "see", "wait", "rest", "book", "nothing", "everything", "sounds"}
)  # fmt: skip
_THAT = "that"  # "says that ..." (not "said that night")
_TIMES = frozenset({"morning", "night", "day", "evening", "afternoon", "week", "time", "weekend"})
_TOLD = frozenset({"me", "us", "him", "her", "them", "everyone", "everybody"})  # "told me I should"
_TO_WHOM = _SPOKEN_TO | _PERSONS | _CLINICIANS  # "said to the nurse", "told me to rest"


def _says_more(words: Sequence[tuple[str, str, bool]], at: int) -> bool:
    """True when the words from ``at``, after a verb of saying, are a statement of its own
    ('... My husband says it's just my age', '... Mum says I should ring 111', '... she told me
    to rest'), not more of who said the quotation ('... my mum said last night', '... he told
    me, crying', '... she said to the nurse')."""
    while at < len(words) and words[at][0] in _TOLD and not words[at][2]:
        at += 1
    if at >= len(words) or words[at][2]:
        return False  # "... my mum said", "... he said, and he's 80"
    norm = words[at][0]
    following = words[at + 1] if at + 1 < len(words) else None
    if norm in _IT_HAS and following is not None and following[0] in _LASTED:
        return False  # how long what they said has lasted: "... my mum said it's been like that since Sunday"
    if norm == "to":  # "told me to rest" (not "said to me", "said to my mum")
        more = following is not None and not following[2] and following[0] not in _TO_WHOM
    elif norm == _THAT:
        more = following is None or following[0] not in _TIMES
    else:
        more = norm in _SAYING_MORE
    # ... and the statement is of the writer, or of no one: the quotation's speaker told of
    # alone goes on ('"I can't wee" my wife says it's nothing, but her back is agony')
    rest = {norm for norm, _, _ in words[at:]}
    return more and (rest.isdisjoint(_TOLD_OF_THEM) or not rest.isdisjoint(WRITER_WORDS))


_TOLD_OF_THEM = frozenset(
    {"he", "she", "her", "his", "him", "hes", "shes", "hed", "shed", "herself", "himself"}
)
_IT_HAS = frozenset({"its", "it", "itd"})
_LASTED = frozenset({"been", "has", "had", "started", "began", "came", "lasted", "went", "was"})
