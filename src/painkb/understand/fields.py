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
# "[ ]", "☐") that it is not. ("x" alone is no mark: "fever x" may tick or cross.)
_TICK = r"[\u2713\u2714\u2611\u2705]\ufe0f?|\[[xX\u2713\u2714]\]|\([xX\u2713\u2714]\)"
_CROSS = r"[\u2717\u2718\u274c\u274e\u2610]\ufe0f?|\[\s?\]|\(\s\)"
_A_MARK = compile_pattern(rf"(?P<tick>{_TICK})|(?P<cross>{_CROSS})")
_ITEM_ENDS = compile_pattern(r"[.;!?\n]")
_BLANK = compile_pattern(r"[\s:,\-\u2013\u2014]*")


@functools.lru_cache(maxsize=16)
def boxes(text: str) -> tuple[tuple[int, int, bool], ...]:
    """The items of the checklists in ``text``: (start, end, ticked), each item the words its
    mark stands before ("✓ Back pain ✗ Fever") or, when a mark ends the first item, after
    ("Back pain ✓, fever ✗")."""
    marks = list(_A_MARK.finditer(text))
    if not marks:
        return ()
    items = []
    for line, group in _by_line(text, marks):
        first = group[0]
        opening = text.rfind(":", line, first.start()) + 1 or line
        before = _BLANK.fullmatch(text, opening, first.start()) is not None
        for index, mark in enumerate(group):
            if before:
                stop = group[index + 1].start() if index + 1 < len(group) else len(text)
                found = _ITEM_ENDS.search(text, mark.end(), stop)
                begin, end = mark.end(), found.start() if found else stop
            else:
                begin = group[index - 1].end() if index else opening
                begin = max(begin, max(text.rfind(m, begin, mark.start()) for m in ".;!?\n") + 1)
                end = mark.start()
            begin, end = _stripped(text, begin, end)
            if begin < end:
                items.append((begin, end, mark.group("tick") is not None))
    return tuple(items)


def _by_line(text: str, marks: list[re.Match[str]]) -> list[tuple[int, list[re.Match[str]]]]:
    """The marks grouped by the line they stand on, with where each line starts."""
    groups: dict[int, list[re.Match[str]]] = {}
    for mark in marks:
        groups.setdefault(text.rfind("\n", 0, mark.start()) + 1, []).append(mark)
    return list(groups.items())


def _stripped(text: str, begin: int, end: int) -> tuple[int, int]:
    """``begin``..``end`` less the spaces, commas and dashes at either end."""
    while begin < end and text[begin] in " \t,-\u2013\u2014:":
        begin += 1
    while end > begin and text[end - 1] in " \t,-\u2013\u2014:":
        end -= 1
    return begin, end
