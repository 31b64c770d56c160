"""Where a form's answer stands: after the label a finding opens, and in a checklist's boxes.

A field is a label, a colon (or a dash, or "=") and its answer: "Numbness in the saddle area
(bottom/genitals): none". A finding named at the label's start is answered past the label's
last words. A checklist marks each item with a tick or a cross, before it ("✓ Back pain ✗
Fever", "[x] Low back pain [ ] Numbness") or after it ("Fever ✗").

>>> text = "Numbness anywhere: no. Pain: lower back"
>>> mark_after_label(text, 0, 8)
17
>>> listed = "Checklist: ✓ Back pain ✗ Fever"
>>> [(listed[b:e], ticked) for b, e, ticked in boxes(listed)]
[('Back pain', True), ('Fever', False)]
"""

from __future__ import annotations

import functools
import re

from painkb._pattern_store import compile as compile_pattern
from painkb.understand.context import RELATIVES
from painkb.understand.splice import spliced
from painkb.understand.words import Token, keys_of

__all__ = [
    "boxes",
    "faculty_fields",
    "faculty_fields_read",
    "field_end",
    "in_a_faculty_field",
    "label_start",
    "mark_after_label",
    "night_fields_read",
]


# The last words of a label after the finding that opens it, up to the field's mark: "anywhere",
# "in the saddle area (bottom/genitals)", "over the buttock", "or sneezing" (no mark of a sentence,
# clause or field between; a hyphen within a word ends the search too: "X-ray")
_TO_A_MARK = compile_pattern(r"[^.!?;,\n:=\u2013\u2014-]{1,60}(?=[:=\u2013\u2014-])")
_A_TAIL = compile_pattern(r"(?:[^\S\n]*(?:\([^()\n]{1,40}\)|[\w\u2019'/&+]+|\)))*[^\S\n]*")
_TAIL_WORDS = 8
_A_WORD = compile_pattern(r"[a-z\u2019']+", re.IGNORECASE)
# A label names a finding; it tells nothing of its own: not "my legs are numb sometimes - not
# really", "the pain when I cough: no idea why".
_NOT_IN_A_LABEL = frozenset(
    {"i", "im", "ive", "id", "ill", "me", "we", "he", "she", "they", "it", "its", "but", "because",
     "cos", "since", "so", "then", "which", "who", "is", "are", "was", "were", "has", "have", "had",
     "been", "did", "does", "do", "can", "cant", "will", "would", "feel", "feels", "felt", "get", "gets",
     "got", "keep", "keeps", "kept", "goes", "went", "said", "says", "told", "asked"}
)  # fmt: skip
_LABEL_LENGTH = 80  # characters from the label's start to its mark
_FIELD_STARTS = ".!?;,\n"


def label_start(text: str, position: int) -> int:
    """Where the field of the label at ``position`` starts: after the last sentence mark, comma,
    line end or checklist mark before it."""
    start = max(text.rfind(mark, 0, position) for mark in _FIELD_STARTS) + 1
    marks = [box.end() for box in _A_MARK.finditer(text, start, position)]
    return marks[-1] if marks else start


def mark_after_label(text: str, start: int, end: int) -> int | None:
    """Where the mark of a field stands when the finding at ``start``..``end`` opens its label
    and more words of the label follow it ("Numbness anywhere: no"), or None (no field, or the
    words are no label's: "my legs are numb sometimes - not really")."""
    tail = _TO_A_MARK.match(text, end)
    if tail is None:
        return None
    at = tail.end()
    if text[at] not in ":=" and not (text[at - 1].isspace() and text[at + 1 : at + 2].isspace()):
        return None  # a hyphen, not a dash: "X-ray"
    if _A_TAIL.fullmatch(text, end, at) is None or len(_A_WORD.findall(text, end, at)) > _TAIL_WORDS:
        return None
    begin = label_start(text, start)
    if at - begin > _LABEL_LENGTH:
        return None
    words = {w.lower().replace("\u2019", "").replace("'", "") for w in _A_WORD.findall(text, begin, at)}
    return None if words & _NOT_IN_A_LABEL else at


def field_end(text: str, position: int) -> int:
    """Where the field whose answer runs at ``position`` ends: the next sentence mark or line."""
    ends = [at for at in (text.find(mark, position) for mark in ".!?;\n") if at >= 0]
    return min(ends, default=len(text))


# A checklist's marks: a tick ("✓", "[x]") says the item is had, a cross or an empty box ("✗",
# "[ ]", "☐", "✖️", "🚫") that it is not. ("x" alone is no mark: "fever x" may tick or cross.) A tick with an
# answer after it is checked and clear: "numb bum ✓ ok", "fever ✓ none" (a hunt, rev113).
_TICK = r"[\u2713\u2714\u2611\u2705\U0001f7e2]\ufe0f?|\[[xX\u2713\u2714]\]|\([xX\u2713\u2714]\)"
_CROSS = r"[\u2717\u2718\u2716\u274c\u274e\u2610\U0001f6ab]\ufe0f?|\[\s?\]|\(\s\)"
_CLEAR = (
    rf"(?:{_TICK})[^\S\n]*(?:[-:=][^\S\n]*)?(?:ok|okay|fine|none|nil|no|nope|clear|normal|negative|n/a)\b"
    rf"(?=[^\S\n]*(?:[,.;!?\n]|$|{_TICK}|{_CROSS}))"
)
_A_MARK = compile_pattern(rf"(?P<clear>{_CLEAR})|(?P<tick>{_TICK})|(?P<cross>{_CROSS})", re.IGNORECASE)
_ITEM_ENDS = compile_pattern(r"[.;!?\n]")
# A checklist's key, which answers nothing itself: "Key: ✓ = have it, ✗ = don't", "✗ means no".
# (A key defines both marks, with "=", ":" or "means": not an answer, "Fever ✓ - no".)
_A_KEY = compile_pattern(
    rf"(?P<mark>{_TICK}|{_CROSS})[^\S\n]*(?:=|:|means)[^\S\n]*"
    r"(?:(?P<had>yes|y|have(?:\s+(?:it|got))?|had|got|present|positive|\+ve|true)|"
    r"no|n|don[\u2019']?t(?:\s+have(?:\s+it)?)?|do\s+not(?:\s+have(?:\s+it)?)?|not|none|absent|negative|-ve|false|"
    r"haven[\u2019']?t(?:\s+got)?)\b"
    # (a time in the meaning: the marks tell when, not whether: "✓ = have now, ✗ = had in the past")
    r"(?P<when>[^\S\n]+(?:now|currently|at\s+the\s+moment|in\s+the\s+past|before|previously|ago|used\s+to|"
    r"last|recently|earlier|once|still|then))?",
    re.IGNORECASE,
)
# A colour legend or a red light: a green light is a traffic light's "fine", no tick ("Numbness
# 🟢 Fever 🔴 (green = fine, red = problem)")
_TRAFFIC_LIGHTS = compile_pattern(
    r"[\U0001f534\U0001f7e0\U0001f7e1]|\b(?:green|red|amber|traffic\s+lights?)\b[^\S\n]*(?:[=:]|means|check)",
    re.IGNORECASE,
)
_GREEN = "\U0001f7e2"
_ANSWERED_ITSELF = compile_pattern(r"[:=]|\s(?:yes|yeah|yep|no|nope|none|nil)\b", re.IGNORECASE)
_BLANK = compile_pattern(r"[\s:,\-\u2013\u2014]*")
# A list's heading that tells what the writer has not: its ticks deny ("Symptoms I don't have: ✓
# fever", "Ruled out so far: ✓ cancer", "All clear: numb bum ✔️").
_NOT_HAD_HEADING = compile_pattern(
    r"\b(?:(?:don|doesn|haven|hasn|didn)[\u2019']?t|do\s+not|does\s+not|have\s+not|has\s+not|never|not)\s+"
    r"(?:\w+\s+){0,2}?(?:have|had|got|get|gotten|experienc\w*|suffer\w*|noticed)\b|"
    r"\brul(?:ed|e)\s+out\b|\bnegative\b|\babsent\b|\ball\s+clear\b|\bfree\s+(?:of|from)\b|\bnone\s+of\b",
    re.IGNORECASE,
)
# ... and one of troubles, whose items are troubles: a faculty ticked there is a trouble with it
# ("Tick any problems: bowel control ✓"), crossed none ("Red flags: bladder control ❌")
_TROUBLES_HEADING = compile_pattern(
    r"\b(?:problems?|issues?|troubles?|difficult(?:y|ies)|red\s*-?\s*flags?|warning\s+signs?|symptoms?|"
    r"concerns?|complaints?)\b",
    re.IGNORECASE,
)
# ... and one that asks for ticks ("Tick any problems:", "tick if you have them")
_TICKS_ASKED = compile_pattern(r"\btick(?:s|ed)?\b", re.IGNORECASE)
# ... and one that names a checklist to answer: its crosses deny what they mark
_A_CHECKLIST = compile_pattern(r"\b(?:check\s*-?\s*list|tick\w*|questionnaire|leaflet|form)\b", re.IGNORECASE)
# ... and one of complaints: its crosses are bullets ("The bad news: ❌ ...", "Back pain since
# Saturday and now: ❌ numb bum ❌ leaking wee", "Things that are wrong ✗ ...")
_COMPLAINTS = compile_pattern(
    r"\b(?:wrong|bad|worse|woes?|problems?|issues?|going\s+on|happening|update|news|now|since|today|currently)\b",
    re.IGNORECASE,
)
# An item that denies itself ("✅ no saddle numbness"): its tick says only that it was checked.
_DENIED_ITEM = compile_pattern(
    r"(?:no|not|never|without|none|nil|zero|nothing|free\s+of|negative\s+for)\b", re.IGNORECASE
)
# An item told as a complaint, not named as a label: the writer's words, what they cannot do, a
# time or a figure ("can't feel my bum", "wet myself this morning", "fever 39", "since Tuesday"),
# or a question or a thing to do ("why is my bum numb", "call 111 about the numb bum").
_TOLD = frozenset(
    {"i", "im", "ive", "id", "ill", "me", "my", "myself", "mine", "we", "it", "its", "is", "are", "was",
     "were", "has", "have", "had", "did", "does", "do", "can", "cant", "cannot", "couldnt", "wont", "unable",
     "struggling", "struggle", "since", "now", "still", "today", "yesterday", "tonight", "every", "ago",
     "last", "twice", "until", "why", "what", "how", "should", "call", "ring", "phone", "buy", "book", "ask",
     "lost", "wet", "went", "gone", "giving", "gives", "slaps", "keeps", "help"}
)  # fmt: skip


@functools.lru_cache(maxsize=16)
def boxes(text: str) -> tuple[tuple[int, int, bool], ...]:
    """The items of the checklists in ``text`` whose marks answer them: (start, end, ticked),
    each item the words its mark stands before ("✓ Back pain ✗ Fever") or, when the marks stand
    after the items, after ("Back pain ✓, fever ✗"). A cross is a bullet, and answers nothing,
    in a list of crosses only whose items are told as complaints ("❌ can't pee ❌ numb bum") or
    under a heading of complaints; a tick answers nothing on an item that denies itself ("✓ no
    fever"), and denies under a heading of what is not had ("Symptoms I don't have: ✓ fever")."""
    marks = list(_A_MARK.finditer(text))
    if not marks:
        return ()
    if _GREEN in text and _TRAFFIC_LIGHTS.search(text):
        marks = [m for m in marks if _GREEN not in m.group()]
    keys, swapped = _keys(text)
    if keys:
        marks = [m for m in marks if not any(k.start() <= m.start() < k.end() for k in keys)]
    items = []
    kept: set[int] = set()
    lost: set[int] = set()
    lists = _lists(text, marks)
    for index, (line, group) in enumerate(lists):
        first = group[0]
        colon = text.rfind(":", line, first.start())
        opening = colon + 1 if colon >= 0 else line
        # the marks stand before their items when none opens the list with words before it, or
        # when words follow the last mark ("Medical history ✗ diabetes ✓ breast cancer ✗ heart
        # problems": the words before the first mark are a heading, not an item)
        stop = _item_end(text, group[-1].end(), len(text))
        # (not words after the last mark that answer themselves: "Fever 🚫 numbness 🚫 back pain
        # yes for 2 weeks")
        before = _BLANK.fullmatch(text, opening, first.start()) is not None or (
            _BLANK.fullmatch(text, group[-1].end(), stop) is None
            and group[-1].group("clear") is None
            and _ANSWERED_ITSELF.search(text, group[-1].end(), stop) is None
        )
        heading = text[line : first.start() if before else max(opening - 1, line)]
        listed = []
        for at, mark in enumerate(group):
            if before:
                begin = mark.end()
                end = _item_end(text, begin, group[at + 1].start() if at + 1 < len(group) else len(text))
            else:
                begin = group[at - 1].end() if at else opening
                begin = max(begin, max(text.rfind(m, begin, mark.start()) for m in ".;!?\n") + 1)
                end = mark.start()
            begin, end = _stripped(text, begin, end)
            if begin < end:
                listed.append((begin, end, mark))
        kinds = {mark.lastgroup for _, _, mark in listed} | _kinds_near(text, lists, index)
        crosses_bullets = (
            "tick" not in kinds
            and _A_CHECKLIST.search(heading) is None
            and (_COMPLAINTS.search(heading) is not None or any(_told(text, b, e) for b, e, _ in listed))
        )
        not_had = _NOT_HAD_HEADING.search(heading) is not None
        # (under a heading of troubles a faculty ticked is a trouble with it when the heading asks
        # for ticks, "Tick any problems: bowel control ✓", crossed none; under any other heading of
        # troubles its mark says neither, a red flag gone through and clear ("GP went through the
        # red flags: bladder control ✓, bowel control ✓") or a trouble: it is left to be asked)
        troubles = bool(listed) and _TROUBLES_HEADING.search(text, line, listed[0][0]) is not None
        ticks_asked = troubles and _TICKS_ASKED.search(text, line, listed[0][0]) is not None
        for begin, end, mark in listed:
            if troubles and _a_faculty_item(text, begin, end) and mark.group("clear") is None:
                if not ticks_asked:
                    continue
                if mark.group("tick") is not None:
                    lost.add(begin)
                else:
                    kept.add(begin)
            if swapped and mark.group("clear") is None:
                items.append((begin, end, mark.group("tick") is None))
            elif mark.group("clear") is not None:
                items.append((begin, end, False))  # "numb bum ✓ ok"
            elif mark.group("tick") is not None:
                if not_had:
                    items.append((begin, end, False))  # "Symptoms I don't have: ✓ fever"
                elif _DENIED_ITEM.match(text, begin) is None:
                    items.append((begin, end, True))  # (not "✓ no fever": the item's own no)
            elif not crosses_bullets:
                items.append((begin, end, False))
    # a faculty crossed is lost, ticked kept: "Bowel control ❌ bladder control ✅"
    return tuple(
        (begin, end, begin in lost if begin in lost | kept else ticked != _a_faculty_item(text, begin, end))
        for begin, end, ticked in items
    )


def _keys(text: str) -> tuple[list[re.Match[str]], bool]:
    """A checklist's keys in ``text``, each a sentence defining a tick and a cross, and whether
    they swap the marks: when the cross means had and the tick not had ("Key: ✗ = have it, ✓ =
    don't"); a key of other meanings is not followed ("✓ = have now, ✗ = had in the past")."""
    keys = []
    ticks: set[bool] = set()
    crosses: set[bool] = set()
    timed = False
    found = [key for key in _A_KEY.finditer(text) if _A_MARK.fullmatch(key.group("mark"))]
    for key in found:
        sentence = (_sentence_start(text, key.start()), _item_end(text, key.end(), len(text)))
        both = {
            _A_MARK.fullmatch(other.group("mark")).lastgroup  # type: ignore[union-attr]
            for other in found
            if sentence[0] <= other.start() < sentence[1]
        }
        if {"tick", "cross"} <= both:
            keys.append(key)
            tick = _A_MARK.fullmatch(key.group("mark")).lastgroup == "tick"  # type: ignore[union-attr]
            (ticks if tick else crosses).add(key.group("had") is not None)
            timed = timed or key.group("when") is not None
    followed = not timed and len(ticks) == len(crosses) == 1 and ticks != crosses
    return keys, followed and crosses == {True}


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(m, 0, position) for m in ".;!?\n") + 1


def _a_faculty_item(text: str, begin: int, end: int) -> bool:
    faculty = _FACULTY.search(text, begin, end)
    return faculty is not None and _a_faculty_label(text, begin, faculty, end) is not None


def _item_end(text: str, begin: int, stop: int) -> int:
    """Where the item that opens at ``begin`` ends: a sentence mark or a line's end before ``stop``."""
    found = _ITEM_ENDS.search(text, begin, stop)
    return found.start() if found else stop


def _told(text: str, begin: int, end: int) -> bool:
    """Whether the item ``text[begin:end]`` is told as a complaint, not named as a label."""
    words = {w.lower().replace("\u2019", "").replace("'", "") for w in _A_WORD.findall(text, begin, end)}
    return not words.isdisjoint(_TOLD) or any(c.isdigit() for c in text[begin:end])


def _lists(text: str, marks: list[re.Match[str]]) -> list[tuple[int, list[re.Match[str]]]]:
    """The marks grouped by the list they stand in, with where each list starts: a line, parted
    where a new heading's colon stands between two marks ("Good: ✅ ... Bad: ❌ ...")."""
    groups: list[tuple[int, list[re.Match[str]]]] = []
    for mark in marks:
        line = text.rfind("\n", 0, mark.start()) + 1
        if groups and text.rfind("\n", 0, groups[-1][1][-1].start()) + 1 == line:
            last = groups[-1][1][-1]
            colon = text.rfind(":", last.end(), mark.start())
            if colon < 0:
                groups[-1][1].append(mark)
                continue
            # a new heading: its list starts after the last sentence mark before its colon
            line = max(text.rfind(m, last.end(), colon) + 1 for m in ".;!?") or last.end()
        groups.append((line, [mark]))
    return groups


def _kinds_near(text: str, lists: list[tuple[int, list[re.Match[str]]]], index: int) -> set[str]:
    """The kinds of the marks of the lists on the lines just before and after list ``index``,
    each opening its own line (one list written down the page: "✓ Back pain\n✗ Fever")."""
    kinds: set[str] = set()
    for step in (-1, 1):
        at = index
        while 0 <= at + step < len(lists):
            upper, lower = sorted((at, at + step))
            # (the lower list opens the line after the upper one's last mark)
            if text.find("\n", lists[upper][1][-1].end()) + 1 != lists[lower][0] or lists[lower][0] == 0:
                break
            at += step
            kinds.update(mark.lastgroup or "" for mark in lists[at][1])
    return kinds


def _stripped(text: str, begin: int, end: int) -> tuple[int, int]:
    """``begin``..``end`` less the spaces, commas and dashes at either end."""
    while begin < end and text[begin] in " \t,-\u2013\u2014:":
        begin += 1
    while end > begin and text[end - 1] in " \t,-\u2013\u2014:":
        end -= 1
    return begin, end


# A label of a faculty ("Bowel control", "Feeling in the saddle area", "Power in the left leg")
# answers whether the faculty is had: "no", "none", "nil", "lost", "✗" tell it lost, "fine",
# "normal", "✓" kept. (Not a label of a trouble with it, "Bladder control problems: no", "Loss
# of bowel control: no", nor of a change, "Any change in bladder control: no"; "yes" says no
# more than the question: asked.)
_FACULTY = compile_pattern(r"\b(?:control|feeling|sensation|power|strength)\b", re.IGNORECASE)
_NOT_IN_A_FACULTY_LABEL = _NOT_IN_A_LABEL | frozenset(
    {"no", "not", "any", "loss", "lost", "losing", "lose", "problem", "problems", "issue", "issues",
     "trouble", "troubles", "difficulty", "difficulties", "change", "changes", "changed", "worse",
     "better", "new", "reduced", "weak", "weakness", "numb", "numbness", "incontinence", "gone",
     "improving", "improved", "back", "normal", "returned", "return", "returning", "recovered",
     "recovering", "pain", "painful", "pins", "needles", "tingling", "like", "when", "if", "your",
     "you", "sick", "good", "bad", "free"}
)  # fmt: skip
_CONTROLLED = frozenset({"bladder", "bowel", "bowels", "waterworks", "continence", "toilet", "wee", "poo"})
_FELT = frozenset(
    {"leg", "legs", "foot", "feet", "bum", "bottom", "buttock", "buttocks", "saddle", "groin", "genitals",
     "below", "privates", "thigh", "thighs", "knee", "knees", "ankle", "ankles", "toes", "calf", "calves",
     "hip", "hips", "perineum", "anus", "vagina", "penis", "crotch", "cheeks", "bits"}
)  # fmt: skip
# (a power or strength of a leg or a foot: "Calf strength: poor" or "Hip strength" is fitness)
_MOVED = frozenset({"leg", "legs", "foot", "feet", "toes"})
# someone else's faculty: "Dad - bladder control: none", "Mum's bowel control: poor"
_SOMEONE_ELSE = RELATIVES | frozenset({"his", "her", "their", "he", "she", "they", "hes", "shes"})
_FACULTY_BEFORE = 2  # words at most before the faculty: "Left leg power"
# the label's words after the faculty ("in the saddle area", "of my bladder", "down below"),
# then its mark and the answer
_A_FACULTY_TAIL = r"(?:[^\S\n]+(?:in|of|around|round|down|to|at|on|over)\b(?:[^\S\n]+[a-z\u2019'/]+){1,4}?)?"
_A_FACULTY_TAIL_ONLY = compile_pattern(_A_FACULTY_TAIL + r"[^\S\n]*", re.IGNORECASE)
_FACULTY_ANSWER = compile_pattern(
    rf"(?P<tail>{_A_FACULTY_TAIL})"
    r"(?:[^\S\n]*[:=][^\S\n]*|[^\S\n]+[-\u2013\u2014][^\S\n]*|[^\S\n]+)"
    r"(?:(?P<kept>fine|ok|okay|good|normal|intact|full|all\s+good|grand|no\s+(?:problems?|issues?|trouble|change)|"
    r"unchanged|(?:the\s+)?same)|"
    r"(?P<lost>no|nope|nah|none|nil|zero|n|lost|gone|poor|bad|absent|nothing|not\s+(?:good|great|really|much|any)))"
    r"(?=[^\S\n]*(?:$|[.,;!?)\n]|[-\u2013\u2014]|[\u2713\u2714\u2611\u2705\u2717\u2718\u2716\u274c\u274e\U0001f6ab\U0001f7e2]|"
    r"(?:and|but|with|since|i|im|i[\u2019']m|ive|i[\u2019']ve)\b))",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16)
def faculty_fields(text: str) -> tuple[tuple[int, int, int, bool], ...]:
    """The faculty labels answered in ``text``: (label start, the faculty word's start, the
    label's end, lost), lost when the answer tells the faculty lost ("Bowel control: no",
    "bladder control ❌"), not when kept ("Bladder control: fine").

    >>> text = "Bowel control: no. Feeling in the saddle area: fine"
    >>> [(text[b:e], lost) for b, _, e, lost in faculty_fields(text)]
    [('Bowel control', True), ('Feeling in the saddle area', False)]
    """
    found = []
    for faculty in _FACULTY.finditer(text):
        answer = _FACULTY_ANSWER.match(text, faculty.end())
        if answer is None:
            continue
        begin = max(label_start(text, faculty.start()), text.rfind(":", 0, faculty.start()) + 1)
        label = _a_faculty_label(text, begin, faculty, answer.end("tail"))
        lost = None if label is None else _answered_lost(text, faculty, answer)
        if label is not None and lost is not None:
            found.append((label, faculty.start(), answer.end("tail"), lost))
    for begin, end, ticked in boxes(text):  # "Bowel control ❌" (read as lost: see boxes)
        item = _FACULTY.search(text, begin, end)
        label = None if item is None else _a_faculty_label(text, begin, item, end)
        if item is not None and label is not None:
            found.append((label, item.start(), end, ticked))
    return tuple(found)


def _a_faculty_label(text: str, begin: int, faculty: re.Match[str], end: int) -> int | None:
    """Where the faculty label of ``faculty`` starts when ``begin``..``end`` holds one: a word
    or two before the faculty, the words of a place after it, none of a trouble; or None."""
    before = _A_WORD.findall(text, begin, faculty.start())
    # (a feeling with words before it is a sensation: "Pulsing feeling in the tummy: no")
    most = _FACULTY_BEFORE if faculty.group().lower() not in ("feeling", "sensation") else 0
    if len(before) > most or _A_FACULTY_TAIL_ONLY.fullmatch(text, faculty.end(), end) is None:
        return None
    words = {w.lower().replace("\u2019", "").replace("'", "") for w in _A_WORD.findall(text, begin, end)}
    if not words.isdisjoint(_NOT_IN_A_FACULTY_LABEL):
        return None
    # a control of the bladder or the bowel only ("Birth control: no" tells nothing); a feeling or
    # a power of a place ("Feeling: none" says not where)
    kind = faculty.group().lower()
    places = _CONTROLLED if kind == "control" else _FELT if kind in ("feeling", "sensation") else _MOVED
    if words.isdisjoint(places):
        return None
    said = _A_WORD.findall(text, _sentence_start(text, faculty.start()), faculty.start())
    if not _SOMEONE_ELSE.isdisjoint(w.lower().replace("\u2019", "").replace("'", "") for w in said):
        return None
    return faculty.start() if not before else text.find(before[0], begin)


def _answered_lost(text: str, faculty: re.Match[str], answer: re.Match[str]) -> bool | None:
    """Whether the answer of a faculty's label tells it lost (True) or kept (False), or None when
    its words tell more than the label answered: "no" is the faculty lost only when bare
    ("Bowel control: no.") or told as a loss ("none, I just leak", "nil, it just drags"), not
    when explained as normal ("no I haven't had any accidents", "no - all fine"), long-standing
    ("poor since the kids 20 years ago"), one of a list of troubles answered no ("Fever - no,
    bladder control - no"), nor a feeling answered "bad" (a pain); a kept answer hides no loss
    told after it ("ok but had two accidents")."""
    stop = _ITEM_ENDS.search(text, answer.end())
    end = stop.start() if stop else len(text)
    another = _ANOTHER_FIELD.search(text, answer.end(), end)
    told = text[answer.end() : another.start() if another else end]
    loss = _told_loss(told)
    if answer.group("kept") is not None:
        return None if loss or _A_BUT.search(told) else False
    if _LONG_STANDING.search(told):
        return None
    if loss:
        return True
    felt = faculty.group().lower() in ("feeling", "sensation")
    if felt and _A_PAINS_ANSWER.fullmatch(answer.group("lost")):
        return None
    start = _sentence_start(text, faculty.start())
    listed = any(
        _FACULTY.search(other.group()) is None
        for other in _A_FIELD_ANSWERED_NO.finditer(text, start, end)
        if not faculty.start() <= other.start() < answer.end()
    )
    return None if listed or _BLANK.fullmatch(told) is None else True


def _told_loss(told: str) -> bool:
    """Whether ``told`` tells a loss not denied: "I just leak", "had an accident", not "haven't
    had any accidents"."""
    for loss in _A_LOSS.finditer(told):
        clause = max(told.rfind(m, 0, loss.start()) for m in ",-\u2013\u2014(") + 1
        if not _A_DENIAL.search(told, clause, loss.start()):
            return True
    return False


_A_LOSS = compile_pattern(
    r"\b(?:accidents?|leak\w*|soil\w*|wet\s+(?:myself|my|the)|incontinen\w*|pads?|catheter\w*|numb\w*|"
    r"dead|drags?|dragging|gives?\s+way|gave\s+way|foot\s+drop|flopp?y|no\s+feeling|nothing\s+there|"
    r"(?:can[\u2019']?t|cannot|can\s+not|couldn[\u2019']?t|unable\s+to|don[\u2019']?t|didn[\u2019']?t)\s+"
    r"(?:feel|hold|control|stop|move|lift|tell|know\s+when|make\s+it))\b",
    re.IGNORECASE,
)
_A_DENIAL = compile_pattern(r"\b(?:no|not|never|without|free|nothing)\b|n[\u2019']t\b", re.IGNORECASE)
_A_BUT = compile_pattern(r"\b(?:but|except|apart\s+from|although|though)\b", re.IGNORECASE)
_LONG_STANDING = compile_pattern(
    r"\b(?:years?|decades?|ages)\s+(?:ago|back)\b|\b(?:19|20)\d\d\b|\bfor\s+(?:years|decades|ages)\b|"
    r"\b(?:always|lifelong|life-long|long-?standing)\b|\bnothing\s+new\b|\bnot\s+new\b|\bsame\s+as\s+(?:ever|always)\b|"
    r"\bsince\s+(?:i\s+was|birth|childhood|having|giving\s+birth|the\s+(?:kids|children|baby|babies))\b|"
    r"\bas\s+a\s+(?:child|kid|teen\w*)\b",
    re.IGNORECASE,
)
# (a feeling "bad" or "not great" is a pain, not a feeling lost: "Feeling in my bum: bad")
_A_PAINS_ANSWER = compile_pattern(r"bad|not\s+(?:good|great)", re.IGNORECASE)
# another label answered after this one's ("Fever - no, bladder control - no, numb bum - no")
_ANOTHER_FIELD = compile_pattern(
    r"[,;][^\S\n]*(?:[a-z/\u2019']+[^\S\n]+){0,3}[a-z/\u2019']+[^\S\n]*(?:[:=]|[-\u2013\u2014][^\S\n])",
    re.IGNORECASE,
)
_A_FIELD_ANSWERED_NO = compile_pattern(
    r"(?:[a-z/\u2019']+[^\S\n]+){0,3}[a-z/\u2019']+[^\S\n]*(?:[:=]|[^\S\n][-\u2013\u2014])[^\S\n]*(?:no|nope|none|nil|n)\b",
    re.IGNORECASE,
)


def in_a_faculty_field(text: str, start: int, end: int) -> bool:
    """Whether ``start``..``end`` lies within a faculty label that is answered."""
    return any(b <= start and end <= e for b, _, e, _ in faculty_fields(text))


def faculty_fields_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a faculty label answered read as the faculty lost or kept: "Bowel
    control: no" is "loss control bowel", "Bladder control: fine" is "no loss control bladder"
    (the words after the faculty, then those before it, as ``[faculties]`` in language.toml
    reads a loss)."""
    if not _FACULTY.search(text):
        return tokens
    fields = faculty_fields(text)
    if not fields:
        return tokens
    replaced: dict[int, tuple[int, list[Token]]] = {}
    for begin, faculty, end, lost in fields:
        inside = [i for i, t in enumerate(tokens) if begin <= t.start and t.end <= end]
        at = next((i for i in inside if tokens[i].start == faculty), None)
        if not inside or at is None or inside[0] in replaced:
            continue
        said = [t.norm for t in tokens[at : inside[-1] + 1]] + [t.norm for t in tokens[inside[0] : at]]
        words = ["loss", *said] if lost else ["no", "loss", *said]
        replaced[inside[0]] = (
            inside[-1],
            [Token(begin, end, text[begin:end], word, keys_of(word)[0]) for word in words],
        )
    return spliced(tokens, replaced) if replaced else tokens


# A label of the night answered with what wakes the person: "Night: wakes me every night",
# "Nights - waking me 2-3 times", "At night: keeps me awake" (the pain does: the label's subject).
_NIGHT_FIELD = compile_pattern(
    r"(?:^|(?<=[\n.;!?,]))[^\S\n]*(?:at\s+)?(?:nights?|night\s*-?\s*time|overnight)[^\S\n]*(?:[:=]|[-\u2013\u2014](?=\s))"
    r"[^\S\n]*(?:it\s+)?(?P<verb>wakes?|waking|woken|keeps|keeping)\b(?P<rest>[^.;!?\n]*)",
    re.IGNORECASE,
)
# what wakes, named, is no pain: a worry, a child, a noise, the toilet ("Nights: keeping me awake -
# the worry about my mum", "Night: wakes me up, the cat wanting breakfast")
_ANOTHER_WAKER = compile_pattern(
    r"\b(?:worr\w*|stress\w*|anxi\w*|think\w*|thoughts?|mind|money|bills?|baby|babies|kids?|child\w*|"
    r"toddler|son|daughter|dog|cat|pets?|nois\w*|neighbou?rs?|snor\w*|partner|husband|wife|wee|pee|toilet|loo|"
    r"bathroom|urinat\w*|sweat\w*|flush\w*|hot|heat|cold|nightmares?|dreams?|traffic|alarm|shifts?|work|phone|"
    r"insomnia|restless|cramps?|itch\w*|cough\w*|breath\w*|hungry|hunger|thirst\w*|reflux|heartburn)\b",
    re.IGNORECASE,
)
_NIGHT_WORD = compile_pattern(r"\b(?:nights?|nightly|[1-4]\s*am|overnight)\b", re.IGNORECASE)


def night_fields_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with the waking word of a night's label read as the pain that wakes at night:
    "Night: wakes me every night" is "pain wakes me every night"."""
    if "night" not in text.lower():
        return tokens
    replaced: dict[int, tuple[int, list[Token]]] = {}
    for found in _NIGHT_FIELD.finditer(text):
        if found.group("verb").lower().startswith("keep") and not re.match(
            r"\s+me\s+(?:awake|up)\b", found.group("rest"), re.IGNORECASE
        ):
            continue  # (not "Nights: keeping the heat on")
        if _ANOTHER_WAKER.search(found.group("rest")):
            continue  # (what wakes is no pain: "At night: keeps me awake worrying about money")
        at = next((i for i, t in enumerate(tokens) if t.start == found.start("verb")), None)
        if at is None:
            continue
        verb = tokens[at]
        words = ["pain", verb.norm] + ([] if _NIGHT_WORD.search(found.group("rest")) else ["at", "night"])
        replaced[at] = (at, [Token(verb.start, verb.end, verb.text, w, keys_of(w)[0]) for w in words])
    return spliced(tokens, replaced) if replaced else tokens
