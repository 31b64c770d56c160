"""Words of a question put to the person, read as the answer after it says them, before
phrases are matched.

A question of what the person can do, answered no, is what they cannot do: "Can you put
weight on the leg since the fall? No, not at all" is "I can't put weight on the leg since the
fall", and "you" in it is the writer ("... when you wipe" is "when I wipe"). A question of a
trouble keeps the answer as it is ("Any trouble walking? Not at all" denies the trouble:
`painkb.understand.answers.screening_answered`). And "it" opening the answer to a question
about the bladder or the bowel is what it passes: "Trouble with your bladder? Yes, it takes
ages to get started" is the wee.

>>> from painkb.understand.words import WORD
>>> text = "Can you walk ok? Not at all."
>>> words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
>>> [w for _, _, w in answered_words(text, words)][:4]
['I', "can't", 'walk', 'ok']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from painkb._pattern_store import compile as compile_pattern
from painkb.understand.splice import spliced

__all__ = ["ability_denied", "answer_taken_back", "answered_words"]

_Word = tuple[int, int, str]

_ABILITY_ASKED = compile_pattern(
    r"(?:(?:and|so|but)\s+)?(?:(?:can|could)\s+(?:you|u|ya)|(?:are|r)\s+(?:you|u)\s+able\s+to|able\s+to)\b",
    re.IGNORECASE,
)
# (one question only, of what the person can do: not one with a second part the answer may be
# to, "Can you wee ok, any burning or stinging? No, just the back", nor one of what may happen,
# in general or with a condition, "Can you lose control of your bowels from a slipped disc?",
# "Can you control your bladder if you have cauda equina?")
_A_SECOND_PART = compile_pattern(
    r"[,;:\u2013\u2014]|\s-\s|\bor\s+(?:is|are|was|were|do|does|did|has|have|any|anything|can|could|will|would)\b",
    re.IGNORECASE,
)
_WHAT_MAY_HAPPEN = compile_pattern(
    r"\s*(?:lose|develop|become|catch|feel\s+(?:numb|tingl\w*|pins|weak|dizzy|faint|sick|pain)|"
    # (not "get up", "get to the toilet": what the person can do)
    r"get(?!\s+(?:up|out|about|around|dressed|to|in|into|on|off|back|down|there|yourself)\b))\b"
    r"|[^?]*?\bif\s+(?:you|u)(?:\s+have|\s*[\u2019']?ve|\s+get|\s+got|\s+had|\s+are)\b",
    re.IGNORECASE,
)
# the answer says they cannot, and no more than that before its clause ends: "No, not at all",
# "Nope.", "Not really,", "I can't", "Barely", "No way" (not "No idea", "No problem", "Can't
# complain", "Can't say I've noticed", "Not at all bad", "Barely noticed any change")
_CANNOT = (
    r"(?:not\s+at\s+all|not\s+really|not\s+a\s+chance|no\s+way|definitely\s+not|never|"
    r"(?:i\s+)?can(?:not|[\u2019']?t|\s+not)(?:\s+at\s+all)?|(?:i\s+)?(?:barely|hardly)(?:\s+at\s+all)?)"
)
_ABILITY_DENIED = compile_pattern(
    r"\s*\?+\s*(?:a\s*:\s*)?(?:(?:well|hmm|um|erm|oh|honestly)\W+)?"
    rf"(?:(?:no|nope|nah)(?:[\s,]+{_CANNOT})?|{_CANNOT})(?=\s*(?:[,.!;:\u2013\u2014-]|$))",
    re.IGNORECASE,
)
# ... nor what the answer goes on to say takes it back or tells it otherwise: the "no" taken
# back ("No, I mean yes I can"), the function fine ("No - I mean I can feel it perfectly fine"),
# long-standing ("Nope, never could, always been a bit of a leaker"), or general, another's say
# ("No, not usually, my physio said")
_TOLD_OTHERWISE = compile_pattern(
    r"\b(?:i\s+mean|actually|wait|yes|yeah|yep|fine|normal|normally|ok|okay|perfectly|all\s+good|"
    r"no\s+(?:problems?|bother|trouble|issues?)|never\s+(?:could|have|been)|always|nothing\s+new|"
    r"for\s+years|all\s+my\s+life|since\s+(?:i\s+was|childhood|birth|the\s+kids)|"
    r"usually|rarely|generally|apparently|says|said|leaflet)\b",
    re.IGNORECASE,
)
_TO_THE_SENTENCE_END = compile_pattern(r"(?:[^.!?\n]|\.(?=\d))*")
_YOURS = {"you": "I", "u": "I", "ya": "I", "your": "my", "ur": "my", "yourself": "myself"}

# "it" opening the answer to a question about the bladder or the bowel: what it passes
_BLADDER = compile_pattern(r"\b(?:bladder|waterworks|wee|weeing|pee|peeing|urine|urinating)\b", re.I)
_BOWEL = compile_pattern(r"\b(?:bowels?|poo|pooing|stools?|motions?|back\s+passage)\b", re.I)
_ANSWER_OPENING = frozenset(
    {"yes", "yeah", "yep", "yup", "no", "nope", "nah", "well", "actually", "i", "mean", "hmm", "oh", "um"}
)
_ANSWER_YES = frozenset({"yes", "yeah", "yep", "yup"})
_ANSWER_NO = frozenset({"no", "nope", "nah"})
# a question of the function's usual state ("Bladder ok?"), answered yes, tells no trouble
_USUAL_STATE = compile_pattern(r"\b(?:ok|okay|fine|normal|alright|all\s+right|good|working|behaving)\b", re.I)
# a question of someone else's ("Does your son have any bladder trouble?", "Is his bladder ok?")
_ANOTHERS = compile_pattern(
    r"\b(?:his|her|their|he|she|they|him|them)\b|\byour\s+(?!bladder|bowels?|waterworks|wee|pee|poo|urine|stools?|motions?)\w+",
    re.I,
)
_ITS = {"it": ("{}",), "it's": ("{}", "is"), "it\u2019s": ("{}", "is"), "its": ("{}", "is")}
_QUESTION_WORDS = 12  # words at most in a question whose answer's "it" is the function's
# (a point or colon between digits ends nothing: "38.5")
_SENTENCE_END = compile_pattern(r"[!?;]|(?<!\d)\.|\.(?!\d)")


def ability_denied(text: str, start: int, end: int) -> bool:
    """True when the question from ``start`` to ``end`` (its last word's end) asks only what
    the person can do and the answer right after it is a bare "cannot" ("Can you walk ok? Not
    at all", "Can you feel it when you wipe? No. Back pain"; not "Can't complain", "No, I mean
    yes I can")."""
    asked = _ABILITY_ASKED.match(text, start)
    if asked is None or _A_SECOND_PART.search(text, asked.end(), end):
        return False
    if _WHAT_MAY_HAPPEN.match(text, asked.end()):
        return False
    denied = _ABILITY_DENIED.match(text, end)
    if denied is None:
        return False
    rest = _TO_THE_SENTENCE_END.match(text, denied.end())
    return rest is None or not _TOLD_OTHERWISE.search(rest.group())


def answered_words(text: str, words: Sequence[_Word]) -> Sequence[_Word]:
    """``words`` (``(start, end, word)``, as `painkb.understand.words.tokenize` finds them),
    with the words of each question read as its answer says them (see the module); ``words``
    itself when none is."""
    if "?" not in text:
        return words  # (most texts)
    replaced: dict[int, tuple[int, list[_Word]]] = {}  # first word -> (last word, its reading)
    opening = 0  # the first word of the sentence being read
    for i, (_, end, _) in enumerate(words):
        if i and _SENTENCE_END.search(text, words[i - 1][1], words[i][0]):
            opening = i
        if i + 1 < len(words) and "?" not in text[end : words[i + 1][0]]:
            continue  # not a question's last word
        if i + 1 == len(words) and "?" not in text[end:]:
            continue
        _read_an_ability(text, words, opening, i, replaced)
        if i + 1 < len(words) and i - opening < _QUESTION_WORDS:
            _read_an_answer(text, words, opening, i, replaced)
            _read_a_place_answer(text, words, opening, i, replaced)
    if not replaced:
        return words
    return spliced(words, replaced)


def _read_an_ability(
    text: str, words: Sequence[_Word], first: int, last: int, replaced: dict[int, tuple[int, list[_Word]]]
) -> None:
    """The question of words ``first``..``last`` read as "I can't ..." when it asks what the
    person can do and the answer says they cannot."""
    asked = _ABILITY_ASKED.match(text, words[first][0])
    if asked is None or not ability_denied(text, words[first][0], words[last][1]):
        return
    opener = first
    while opener + 1 <= last and words[opener + 1][1] <= asked.end():
        opener += 1
    if opener == first:
        return  # (an opening is two words at least)
    replaced[first] = (
        opener,
        [(words[first][0], words[first][1], "I"), (words[first + 1][0], words[opener][1], "can't")],
    )
    for k in range(opener + 1, last + 1):  # "... when you wipe" is "when I wipe"
        mine = _YOURS.get(words[k][2].lower())
        if mine is not None:
            replaced[k] = (k, [(words[k][0], words[k][1], mine)])


def _read_an_answer(
    text: str, words: Sequence[_Word], first: int, last: int, replaced: dict[int, tuple[int, list[_Word]]]
) -> None:
    """The "it" opening the answer after the question of words ``first``..``last`` read as what
    the bladder or bowel passes, when the question names one (and not both)."""
    asked = text[words[first][0] : words[last][1]]
    bladder, bowel = _BLADDER.search(asked) is not None, _BOWEL.search(asked) is not None
    if bladder == bowel or _ANOTHERS.search(asked):
        return
    k = last + 1
    while k < len(words) and words[k][2].lower() in _ANSWER_OPENING:
        k += 1
    if k == last + 1 or k >= len(words) or words[k][2].lower() not in _ITS:
        return  # (an answer opens it: "Yes, it ...", "No. Well actually yes, it ...")
    # the answer must say a trouble: yes to one asked ("Trouble with your bladder? Yes, it takes
    # ages to get started"), no to the usual state ("Bladder ok? No, it just leaks"); not "Bladder
    # ok? Yes, it takes a while to get going in the mornings, but that's my back", "Any change in
    # your bowels? No, it comes out of nowhere, the pain"
    said = [w[2].lower() for w in words[last + 1 : k] if w[2].lower() in _ANSWER_YES | _ANSWER_NO]
    if not said or (said[-1] in _ANSWER_YES) == (_USUAL_STATE.search(asked) is not None):
        return
    if _SENTENCE_END.search(text, words[k - 1][1], words[k][0]):
        return  # another sentence: "Bladder ok? Yes. It hurts in my back."
    passed = "wee" if bladder else "poo"
    start, end, _ = words[k]
    replaced[k] = (k, [(start, end, w.format(passed)) for w in _ITS[words[k][2].lower()]])


# A question of where a finding is, answered with the place alone: "Where's the pain? Left
# buttock mainly" is "pain left buttock mainly"; "Any numbness? Yes, in the saddle area" is
# "numbness in the saddle area" (the answer's "yes" is the finding asked of).
_WHERE_ASKED = compile_pattern(
    r"(?:so\s+|and\s+)?where(?:[\u2019']?s|\s+is|\s+does)\s+(?:the\s+|your\s+|ur\s+)?(?:pain|it\s+hurt|it)\s*\?+\s*$",
    re.IGNORECASE,
)
_A_PLACE_ANSWERED = compile_pattern(
    r"(?:(?:mainly|mostly|mostly\s+in|in|on|at|around|across|down)\s+)?(?:(?:my|the)\s+)?"
    r"(?:(?:left|right|lower|low|upper|both|middle|mid|outer|outside|inner|front|back\s+of\s+(?:my|the))\s+)*"
    r"(?:buttocks?|bum|hips?|back|groin|legs?|thighs?|knees?|spine|tailbone|coccyx|sides?|glutes?|calf|calves|"
    r"shins?|feet|foot|ankles?|pelvis|bottom|cheek|sacrum)\b",
    re.IGNORECASE,
)
_ANY_ASKED = compile_pattern(
    r"(?:^|\s)any\s+(?P<what>(?:numbness|tingling|pins\s+and\s+needles|weakness|pain|burning|"
    r"loss\s+of\s+feeling)(?:\s+or\s+(?:numbness|tingling|pins\s+and\s+needles|weakness|pain|burning))?)\s*\?+\s*$",
    re.IGNORECASE,
)
_YES_THEN_WHERE = compile_pattern(
    r"\s*(?:yes|yeah|yep|yup)\b[\s,\u2013\u2014-]*(?=(?:in|on|around|round|down|across|at)\s)", re.IGNORECASE
)


def _read_a_place_answer(
    text: str, words: Sequence[_Word], first: int, last: int, replaced: dict[int, tuple[int, list[_Word]]]
) -> None:
    """The answer after the question of words ``first``..``last`` read with the finding asked
    of when it gives only its place (see `_WHERE_ASKED`)."""
    k = last + 1
    if k in replaced or k >= len(words):
        return
    asked = text[words[first][0] : words[k][0]]
    start, end, word = words[k]
    if answer_taken_back(text, start):
        return  # "Where's the pain? Down both legs - no wait, just the right one"
    if _WHERE_ASKED.search(asked) and _A_PLACE_ANSWERED.match(text, start):
        replaced[k] = (k, [(start, end, "pain"), (start, end, word)])
        return
    what = _ANY_ASKED.search(asked)
    if what is not None and _YES_THEN_WHERE.match(text, start):
        replaced[k] = (k, [(start, end, w) for w in what.group("what").split()])


def answer_taken_back(text: str, start: int) -> bool:
    """Whether the answer from ``start`` to its sentence's end is taken back or corrected
    ("Down both legs - no wait, just the right one", "Both... actually only the left")."""
    end = _AN_ANSWERS_END.search(text, start)
    return _TAKEN_BACK.search(text, start, end.start() if end else len(text)) is not None


_AN_ANSWERS_END = compile_pattern(r"(?<!\.)[.!?;\n](?!\.)")  # (not an ellipsis: "Both legs... actually")
_TAKEN_BACK = compile_pattern(
    r"(?:[-\u2013\u2014,]|\.\.+)\s*(?:no\s+wait|wait|sorry|actually|i\s+mean|scratch\s+that|"
    r"no\b[\s,]*(?:just|only)|not\s+both|just\s+the|only\s+the)\b",
    re.IGNORECASE,
)
