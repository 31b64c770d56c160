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

__all__ = ["boxes", "field_end", "label_start", "mark_after_label"]


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
# "[ ]", "☐") that it is not. ("x" alone is no mark: "fever x" may tick or cross.) A tick with an
# answer after it is checked and clear: "numb bum ✓ ok", "fever ✓ none" (a hunt, rev113).
_TICK = r"[\u2713\u2714\u2611\u2705]\ufe0f?|\[[xX\u2713\u2714]\]|\([xX\u2713\u2714]\)"
_CROSS = r"[\u2717\u2718\u274c\u274e\u2610]\ufe0f?|\[\s?\]|\(\s\)"
_CLEAR = (
    rf"(?:{_TICK})[^\S\n]*(?:[-:=][^\S\n]*)?(?:ok|okay|fine|none|nil|no|nope|clear|normal|negative|n/a)\b"
    rf"(?=[^\S\n]*(?:[,.;!?\n]|$|{_TICK}|{_CROSS}))"
)
_A_MARK = compile_pattern(rf"(?P<clear>{_CLEAR})|(?P<tick>{_TICK})|(?P<cross>{_CROSS})", re.IGNORECASE)
_ITEM_ENDS = compile_pattern(r"[.;!?\n]")
_BLANK = compile_pattern(r"[\s:,\-\u2013\u2014]*")
# A list's heading that tells what the writer has not: its ticks deny ("Symptoms I don't have: ✓
# fever", "Ruled out so far: ✓ cancer", "All clear: numb bum ✔️").
_NOT_HAD_HEADING = compile_pattern(
    r"\b(?:(?:don|doesn|haven|hasn|didn)[\u2019']?t|do\s+not|does\s+not|have\s+not|has\s+not|never|not)\s+"
    r"(?:\w+\s+){0,2}?(?:have|had|got|get|gotten|experienc\w*|suffer\w*|noticed)\b|"
    r"\brul(?:ed|e)\s+out\b|\bnegative\b|\babsent\b|\ball\s+clear\b|\bfree\s+(?:of|from)\b|\bnone\s+of\b",
    re.IGNORECASE,
)
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
    items = []
    lists = _lists(text, marks)
    for index, (line, group) in enumerate(lists):
        first = group[0]
        colon = text.rfind(":", line, first.start())
        opening = colon + 1 if colon >= 0 else line
        # the marks stand before their items when none opens the list with words before it, or
        # when words follow the last mark ("Medical history ✗ diabetes ✓ breast cancer ✗ heart
        # problems": the words before the first mark are a heading, not an item)
        stop = _item_end(text, group[-1].end(), len(text))
        before = _BLANK.fullmatch(text, opening, first.start()) is not None or (
            _BLANK.fullmatch(text, group[-1].end(), stop) is None and group[-1].group("clear") is None
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
        for begin, end, mark in listed:
            if mark.group("clear") is not None:
                items.append((begin, end, False))  # "numb bum ✓ ok"
            elif mark.group("tick") is not None:
                if not_had:
                    items.append((begin, end, False))  # "Symptoms I don't have: ✓ fever"
                elif _DENIED_ITEM.match(text, begin) is None:
                    items.append((begin, end, True))  # (not "✓ no fever": the item's own no)
            elif not crosses_bullets:
                items.append((begin, end, False))
    return tuple(items)


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
