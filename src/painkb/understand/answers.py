"""Answers to screening questions inside a text ("Any numbness around your bottom? No.").

A screening question put to the person, or a pasted "Q: ... A: ..." transcript, gives
what it names the status of the answer in the next sentence; "No to all of them" denies
the findings of the sentence before.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence, Set

import attrs

from painkb._pattern_store import compile as compile_pattern
from painkb.model import Entity, Kind
from painkb.understand.context import Direction, Status, find_triggers
from painkb.understand.fields import boxes, field_end, in_a_faculty_field, label_start, mark_after_label
from painkb.understand.inference import doubts_settled, plain_words
from painkb.understand.interpretation import CONFIDENT, Mention
from painkb.understand.questions_put import ability_denied, answer_taken_back
from painkb.understand.sentences import QUESTION_WORDS, WRITER_WORDS, Sentence
from painkb.understand.words import Token, language

__all__ = [
    "checklist_answered",
    "denied_all_after",
    "denied_in_a_field",
    "denied_by_reference",
    "denied_in_a_later_clause",
    "function_asked",
    "function_field_answered",
    "injury_answered_yes",
    "which_leg_answered",
    "listed_after_talk",
    "may_answer_fields",
    "reported_answers",
    "screening_answered",
]


# A sentence that only answers "no" to everything just listed ("GP asked about weight loss,
# fever, bladder problems. No to all of them.") denies the findings of the sentence before.
_DENY_ALL = frozenset(
    {
        ("no", "to", "all"),
        ("no", "to", "all", "of", "them"),
        ("no", "to", "all", "of", "those"),
        ("no", "to", "everything"),
        ("none", "of", "them"),
        ("none", "of", "those"),
        ("none", "of", "these"),
        ("none", "of", "the", "above"),
        ("no", "to", "any", "of", "them"),
        ("no", "to", "any", "of", "those"),
        # "Honestly it was no to the lot."
        ("no", "to", "the", "lot"),
        ("it", "was", "no", "to", "the", "lot"),
        ("it", "was", "no", "to", "all", "of", "them"),
        ("it", "was", "no", "to", "everything"),
        ("no", "to", "all", "of", "it"),
        ("no", "to", "every", "one", "of", "them"),
        ("no", "to", "each", "of", "them"),
    }
)
# "I said no to every one of them", "I answered no to all of them": only after questions asked
# ("the nurse asked: any numbness ..., any trouble passing urine"), never after what the writer
# told ("People keep telling me to go to A&E because I can't pee. I said no to all of them.")
_SAID_NO_TO_ALL = frozenset(
    (*who, verb, "no", "to", *what)
    for who in (("i",), ())
    for verb in ("said", "answered")
    for what in (
        ("all",),
        ("all", "of", "them"),
        ("every", "one"),
        ("every", "one", "of", "them"),
        ("each", "one"),
        ("everything",),
        ("the", "lot"),
    )
)


def _questions_asked(text: str, sentence: Sentence) -> bool:
    """True when ``sentence`` puts questions: it ends in "?", or lists "any ..., any ...", or
    says "questions" ("the nurse asked a whole list of questions: ..."); not "asked me to go"."""
    norms = [t.norm for t in sentence.tokens]
    asked = text[sentence.tokens[-1].end : sentence.tokens[-1].end + 2].strip().startswith("?")
    return asked or norms.count("any") >= 2 or "questions" in norms


# ... and one that says none of what was just talked of has come ("Red flags I was told about:
# losing bladder control, both legs weak. None so far.", "Thankfully nothing like that."):
# only after a sentence that talks of findings (a doubting word in it: "red flags", "told me
# about", "if"), never after one that tells what the person has.
_NONE_OF_WHAT_WAS_TOLD = frozenset(
    {
        ("none",),
        ("nothing", "like", "that"),
        ("none", "of", "that"),
        ("i", "have", "none"),
        ("ive", "got", "none"),
        ("ive", "had", "none"),
        ("i", "have", "neither"),
        ("ive", "got", "neither"),
        ("neither",),
        *((*start, "nothing", "like", "that") for start in (("ive", "got"), ("i", "have"), ("ive", "had"))),
        *(
            (*start, "any", "of", which)
            for start in (("i", "dont", "have"), ("i", "havent", "got"), ("i", "havent", "had"))
            for which in ("them", "those", "these")
        ),
    }
)
# Words around such an answer that change nothing: "Thankfully none so far."
_AROUND_AN_ANSWER = frozenset(
    {"thankfully", "luckily", "fortunately", "honestly", "so", "far", "yet", "thank", "god", "goodness", "at",
     "all", "though", "either", "touch", "wood", "as", "of", "now", "but", "and", "still"}
)  # fmt: skip


def _answer(sentence: Sentence) -> tuple[str, ...]:
    """The words of the sentence, less those around an answer ("Thankfully none so far."),
    unless the sentence as written is one ("No to all.")."""
    norms = tuple(t.norm for t in sentence.tokens)
    return norms if norms in _DENY_ALL else _without_words_around(norms)


def _without_words_around(norms: Sequence[str]) -> tuple[str, ...]:
    """``norms`` less the words around an answer at either end ("thankfully", "so far")."""
    begin, end = 0, len(norms)
    while begin < end and norms[begin] in _AROUND_AN_ANSWER:
        begin += 1
    while end > begin and norms[end - 1] in _AROUND_AN_ANSWER:
        end -= 1
    return tuple(norms[begin:end])


def denied_all_after(text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with those of a sentence followed by a "no to all of them" denied."""
    answers = [(i, _answer(s)) for i, s in enumerate(sentences) if i > 0]
    answers = [
        (i, a)
        for i, a in answers
        if a in _DENY_ALL
        or a in _NONE_OF_WHAT_WAS_TOLD
        or (a in _SAID_NO_TO_ALL and _questions_asked(text, sentences[i - 1]))
    ]
    if not answers:
        return mentions
    spans = [
        (sentences[i - 1].tokens[0].start, sentences[i - 1].tokens[-1].end)
        for i, answer in answers
        if sentences[i - 1].tokens
        and (
            answer in _DENY_ALL
            or answer in _SAID_NO_TO_ALL
            or _talks_of_findings(sentences[i - 1])
            # "Red flags I was told about: losing bladder control ... None so far."
            or (i > 1 and _opens_a_list(text, sentences[i - 2], sentences[i - 1]))
        )
    ]
    return [
        attrs.evolve(m, status=Status.ABSENT)
        if m.status in (Status.PRESENT, Status.UNCERTAIN) and any(b <= m.start < e for b, e in spans)
        else m
        for m in mentions
    ]


def denied_in_a_later_clause(
    text: str, sentences: Sequence[Sentence], mentions: list[Mention]
) -> list[Mention]:
    """The mentions, with those of talk of findings denied by a later clause of the same
    sentence that says none of them ("Read that you should look out for a throbbing in the
    stomach, but I've got nothing like that")."""
    spans = []
    for sentence in sentences:
        tokens = sentence.tokens
        for begin in sentence.clause_starts[1:]:
            end = next(
                (
                    i
                    for i in range(begin, len(tokens) - 1)
                    if "," in text[tokens[i].end : tokens[i + 1].start]
                ),
                len(tokens) - 1,
            )
            said = _without_words_around([t.norm for t in tokens[begin : end + 1]])
            if said in _NONE_OF_WHAT_WAS_TOLD and _talk_in(tokens[:begin]):
                spans.append((tokens[0].start, tokens[begin].start))
    if not spans:
        return mentions
    # only what was talked of: "My legs are numb and the GP warned me about bladder problems,
    # but I've got nothing like that" keeps the legs
    return doubts_settled(mentions, spans, Status.ABSENT)


# A question told as asked, then its answer: "The GP asked if I'd had trouble peeing and I
# said no", "111 asked about numbness around my bottom, I told them yes", "they asked if I'd
# lost control of my bowels, nope".
_ASKED_THEN_ANSWERED = compile_pattern(
    r"\basked\s+(?:me\s+)?(?:if|whether|about)\b(?P<asked>[^.!?;]*?)"
    r"(?:,\s*|\s+and\s+|\s+so\s+|\s*[-\u2013\u2014]\s*)"
    r"(?:i\s+(?:said|told\s+(?:them|him|her|the\s+\w+)|replied|answered)\s+)?"
    # a "no" that ends its sentence, not one that opens a finding ("no feeling at all when I
    # wipe") nor one taken back after it ("I said no, but since yesterday ...")
    r"(?P<answer>yes|yeah|yep|yup|(?:no|nope|nah)(?=\s*(?:$|[.;!?)]|,?\s*(?:thankfully|luckily|none|nothing|never|"
    r"not\s+at\s+all)\b)))\b",
    re.IGNORECASE,
)


def reported_answers(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with what a question told as asked names given the status of the
    answer told after it ("The GP asked if I'd had trouble peeing and I said no": absent;
    "... I told them yes": present). Only a doubted mention takes it: the question's "if"."""
    if "asked" not in text.lower():
        return mentions
    answered = [
        (found.start("asked"), found.end("asked"), found.group("answer").lower() in _YES)
        for found in _ASKED_THEN_ANSWERED.finditer(text)
    ]
    if not answered:
        return mentions
    # a "no" against what is said as present elsewhere is a doubt, as for screening_answered:
    # "they asked if I'd noticed any numbness there and I said no, but since yesterday ..."
    said = {m.entity.id for m in mentions if m.present and not any(s <= m.start < e for s, e, _ in answered)}
    result = []
    for mention in mentions:
        for start, end, yes in answered:
            if start <= mention.start < end and mention.status is Status.UNCERTAIN:
                if yes:
                    mention = attrs.evolve(mention, status=Status.PRESENT)
                elif mention.entity.id not in said:
                    mention = attrs.evolve(mention, status=Status.ABSENT)
        result.append(mention)
    return result


def listed_after_talk(text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the findings of a list that talk of findings, or of someone else's,
    opens with a colon or a dash ("The leaflet lists red flags: losing bladder control, numb
    bum.", "had a patient today with cauda equina - lost bowel control ...") doubted: a list
    of what may come is asked about, never raised. A list of the person's own ("My symptoms:
    numb bum, can't pee.") is not opened by talk, and one in their own words ("my left leg
    aches") is theirs. A list a denial opens ("Negative for all: fevers, weight loss, saddle
    numbness") is denied."""
    if _A_LIST_OPENS.search(text) is None:
        return mentions
    doubted, denied = [], []
    for opener, listed in itertools.pairwise(sentences):
        span = (listed.tokens[0].start, listed.tokens[-1].end)
        # a list in the person's own words is theirs: "The physio asked what I feel: my left
        # leg aches down to the knee", "Nothing serious: my foot slaps the floor"
        if not _OWN.isdisjoint(t.norm for t in listed.tokens):
            continue
        if _opens_a_denied_list(text, opener, listed):
            denied.append(span)  # "Negative for all: fevers, weight loss, saddle numbness"
        elif _opens_a_list(text, opener, listed):
            doubted.append(span)
    if not doubted and not denied:
        return mentions
    result = []
    for m in mentions:
        if m.present and any(b <= m.start < e for b, e in denied):
            m = attrs.evolve(m, status=Status.ABSENT)
        elif m.present and any(b <= m.start < e for b, e in doubted):
            m = attrs.evolve(m, status=Status.UNCERTAIN)
        result.append(m)
    return result


def _opens_a_list(text: str, talk: Sentence, listed: Sentence) -> bool:
    """True when ``talk`` talks of findings, or of someone else's, and a colon or a dash opens
    ``listed`` after it ("Lecture today on red flags for back pain - saddle anaesthesia, ...",
    "had a patient today with cauda equina - lost bowel control, numb saddle area")."""
    return (
        bool(talk.tokens and listed.tokens)
        and _A_LIST_OPENS.search(text, talk.tokens[-1].end, listed.tokens[0].start) is not None
        and _talks_of_findings(talk)
        and not (
            _HEADING_WORDS.issuperset(t.norm for t in talk.tokens)
            and _TALK_AFTER_A_HEADING.search(_OTHERWISE_NONE.sub(" ", text[talk.tokens[-1].end :])) is None
        )
    )


# A heading of nothing but these words is the writer's own list ("Red flags: sciatica in both legs
# (new this week), otherwise none", "My warning signs - numb bum": a review, rev76), not talk;
# unless what follows talks of them or denies them ("Warning signs: numb bum, can't pee. Luckily
# I've got none of them", "Red flags: numb bum or cant pee means go straight to A&E": rev79).
_TALK_AFTER_A_HEADING = compile_pattern(
    # (not a denial of another item: "Red flags: numb bum, no fever", "... haven't peed since": rev81)
    r"\b(?:none|all\s+clear|if|means|mean|leaflet|watch|look\s+out|look\s+for|checked|of\s+them|of\s+these|"
    r"said|says|warned|described|all\s+no|thankfully|not\s+me|no\s+to\s+(?:both|all|any)|"
    # a denial of the list itself (rev83: "Don't have them", "never had them", "havent had any")
    r"(?:dont|don[\u2019']t|never|havent|haven[\u2019']t|not)\s+(?:have\s+|had\s+|got\s+)?(?:them|these|those|any))\b",
    re.IGNORECASE,
)
_OTHERWISE_NONE = compile_pattern(
    r"\b(?:otherwise\s+none|none\s+otherwise|none\s+else|nothing\s+else|no\s+others?)\b", re.IGNORECASE
)
_HEADING_WORDS = frozenset(
    {"red", "flags", "flag", "warning", "signs", "sign", "my", "any", "possible", "current", "symptoms",
     "ces", "screen", "checklist"}
)  # fmt: skip


_A_LIST_OPENS = compile_pattern(r":|\s[-\u2013\u2014]\s")
_OWN = WRITER_WORDS | {"mines", "ours", "we", "us", "our"}  # "- mine's just a sore hammy"


def _talks_of_findings(sentence: Sentence) -> bool:
    """True when a word of the sentence doubts what follows it ("red flags", "warned me about")
    or gives it to someone else ("a patient today with ..."); not a comparison ("Feel like I've
    got flu - shivering, 39 degrees")."""
    return _talk_in(sentence.tokens)


def _talk_in(tokens: Sequence[Token]) -> bool:
    return any(t.status in _TALK and not t.comparison for t in find_triggers(tokens))


_TALK = frozenset({Status.UNCERTAIN, Status.OTHER_PERSON})


def _opens_a_denied_list(text: str, opener: Sentence, listed: Sentence) -> bool:
    """True when ``opener`` ends in a denial that a colon carries on to ``listed``: "Negative for
    all: fevers, weight loss, saddle numbness", "No history of: ..."."""
    if not (opener.tokens and listed.tokens) or len(opener.tokens) < _DENYING_OPENER:
        return False
    if ":" not in text[opener.tokens[-1].end : listed.tokens[0].start]:
        return False  # a colon only: "No - but my foot slaps the floor" denies nothing after it
    return any(
        t.status is Status.ABSENT
        and t.direction is not Direction.BACKWARD
        and all(token.norm in _A_LIST_AFTER for token in opener.tokens[t.last + 1 :])
        for t in find_triggers(opener.tokens)
    )


_DENYING_OPENER = 2  # words at least: "Negative for:", never a bare "No:"
# Words after a denial that still open a list with it ("Negative for all:", "No history of any
# of the following:"), never a finding ("It's not sciatica - the pain stays in my back").
_A_LIST_AFTER = frozenset({"all", "any", "of", "the", "following", "these", "those", "them", "to"})


# A denial that points back at what was just said: "Google says numbness in the groin is an
# emergency, I don't have that", "... bladder problems or leg weakness? I haven't got any of
# those." It opens its clause, and denies the findings of the clause (or sentence) before.
_DENIED_BY_REFERENCE = compile_pattern(
    # not "I haven't had that!": that tells something new
    r"(?:i\s+|i(?=['\u2019])|which\s+i\s+)?(?:(?:(?:do\s*n[o'\u2019]?t|dont)\s+(?:have|get)|(?:have\s*n[o'\u2019]?t|havent|have\s+not)\s+got)\s+"
    r"(?:any\s+of\s+|either\s+of\s+)?(?:that|those|these|them)\b"
    # "but I haven't got any", "and I've got neither"
    # ... "I have none of those", "I've none of that", "I've got neither"
    r"|(?:have\s*n[o'\u2019]?t|havent|have\s+not)\s+got\s+any"
    r"|(?:have|['\u2019]ve)(?:\s+got)?\s+(?:neither|none)(?:\s+of\s+(?:that|those|these|them|the\s+above))?)"
    r"(?:\s+(?:either|though|thankfully|luckily|at\s+all))?\s*(?=$|[.,;!?]|and\b|but\b)",
    re.IGNORECASE,
)


def denied_by_reference(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with those of the clause before "I don't have that" denied."""
    spans = []
    for found in _DENIED_BY_REFERENCE_HINT.finditer(text):
        listed = _a_list_denied(text, found.start(), mentions)
        if listed is not None:
            spans.append(listed)
            continue
        start = _clause_start(text, found.start())
        opening = text[start : found.start()].strip(" -\u2013\u2014")
        if opening and opening.lower() not in ("and", "but", "so", "well", "no"):
            continue  # not at the start of its clause
        denial = _DENIED_BY_REFERENCE.match(text, found.start())
        if denial is None:
            continue
        asked = text[:start].rstrip()
        question = _sentence_start(text, len(asked) - 1)
        if (
            asked.endswith("?")
            and _OF_SEVERAL.search(denial.group(0))
            # a question of findings only, not one after the writer's own ("My legs are weak,
            # should I get crutches? I haven't got any")
            and _SPEAKING_OF_ONESELF.isdisjoint(plain_words(text[question:start]))
        ):
            # several things asked about, then "I have none of those": the whole question
            spans.append((question, start))
            continue
        before = _clause_start(text, max(start - 1, 0))
        if not WRITER_WORDS.isdisjoint(plain_words(text[before:start])):
            continue  # "... the numb bit of my leg, I don't have those": the writer's own, or a thing
        spans.append((before, start))
    if not spans:
        return mentions
    return [
        attrs.evolve(m, status=Status.ABSENT)
        if m.status in (Status.PRESENT, Status.UNCERTAIN) and any(b <= m.start < e for b, e in spans)
        else m
        for m in mentions
    ]


def _a_list_denied(text: str, at: int, mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of a list of findings opening the sentence, up to its colon, that "I don't
    have any of them" at ``at`` denies ("Trouble peeing, losing control of my bowels, a numb
    bum: I was worried after reading about these but I don't have any of them"), or None."""
    if not _OF_A_LIST.match(text, at):
        return None
    start = _sentence_start(text, at)
    colon = text.find(":", start, at)
    if colon < 0:
        return None
    if len({m.entity.id for m in mentions if start <= m.start < colon}) < 2:
        return None
    if any(colon <= m.start < at for m in mentions if m.status is not Status.ABSENT):
        return None  # something said after the list may be what "them" is
    return (start, colon)


# A denial of several things: "none of those", "none of them".
# The writer as the subject of a question's sentence ("My legs are weak and I've wet myself,
# should I call an ambulance?"): what they said there is no item asked about.
_SPEAKING_OF_ONESELF = frozenset({"i", "im", "ive", "id", "me", "myself"})
_OF_SEVERAL = compile_pattern(r"\b(?:those|these|them|none)\b", re.IGNORECASE)
# "I don't have any of them", "... none of those": a denial of several things said before.
_OF_A_LIST = compile_pattern(
    r"(?:i\s+|which\s+i\s+)?(?:do\s*n[o'\u2019]?t|dont|have\s*n[o'\u2019]?t|havent|have\s+not)\s+(?:have|get|got)\s+"
    r"(?:any|either)\s+of\s+(?:them|these|those)\b",
    re.IGNORECASE,
)
_DENIED_BY_REFERENCE_HINT = compile_pattern(
    r"\b(?:i|which\s+i)(?:\s+|['\u2019])(?:do|dont|have|havent|ve)", re.IGNORECASE
)


# A checklist answered in place: "fever - no. history of cancer - no.", "Weight loss: none",
# "asked about weight loss, temperature and trouble peeing - no to all three". A dash or a
# colon, then the answer, right after what it answers.
_CHECKED = compile_pattern(
    # "fever - no", "fever: no", and in a list parted by slashes or commas "fever no / numbness
    # yes", "steroids no, HIV no."
    # ... and after a comma, a bare "no" that ends its item: "pain between the shoulder blades, no;"
    # ... past a label's last word: "Cancer hx: nil", "Cancer history - none" (a review, rev94)
    r"(?:\s+(?:hx|h/o|history|pmh|sx|symptoms?))?"
    r"(?:\s*[-\u2013\u2014:=]+\s*|\s+(?=(?:no|none|nope|nil|n)\s*(?:[/|,.;]|$))|,\s+(?=(?:no|nope)\s*[;.](?:\s|$)))(?:(?P<all>no\s+to\s+(?:all|both|any)(?:\s+(?:of\s+(?:them|those|these)|two|three|four|five))?|"
    r"none\s+of\s+(?:them|those|these|the\s+above))|(?P<no>"
    # ... and in other words: "none seen", "nah", "n/a", "-ve", "not me", "✗" (a review of forms, rev111)
    r"none\s+(?:seen|noticed|known|found|at\s+all|whatsoever|that\s+i\s+know\s+of|that\s+i[\u2019']?ve\s+noticed)|"
    r"nil(?:\s+(?:known|of\s+note))?|not\s+that\s+i\s+know\s+of|not\s+that\s+i[\u2019']?ve\s+noticed|"
    r"not\s+at\s+all|not\s+me|n/a|-?ve|neg|nah|absent|denied|denies|[\u2717\u2718\u2716\u274c\u274e\U0001f6ab]|(?:makes\s+)?no\s+difference|"
    r"no|none|nope|negative|never|not\s+really|n))"
    # the answer ends there: "fever - no." / "fever: no, back pain: yes", not "- no worse", "- no joke"
    # ... or a dash ("Saddle numbness: no - just a sore bum from the saddle": a review, rev76)
    # ... or the next item's number: "1. Chest pain - no 2. Dizziness - no"
    r"(?=\s*(?:$|[.;!?)\n/|]|[-\u2013\u2014]\s|\d{1,2}[.)](?:\s|$)|,(?!\s*(?:really|not|i|honestly|seriously|its|it|they|both|actually|wait)\b)"
    # (not an answer that says more of it, or when it came: "nah, worse than that", "never,
    # until last Tuesday": a hunt, rev113)
    r"(?!\s*(?:worse|more\s+than|even|until|till|til|up\s+(?:un)?till?|except|apart)\b)|"
    # ... or what is said fine: "Weakness in legs: none, they're fine"; or a note in brackets
    # that takes nothing back: "Fever: no (checked with thermometer)"
    # (not one with a side or a "but" after it: "Leg weakness: none, it's good on the right but the
    # left gives way"; nor a bracket that takes it back: "Fever: no (haven't got a thermometer but
    # I'm burning up)": a hunt, rev113)
    r",\s*(?:they|it)(?:[\u2019']?re|\s+are|[\u2019']?s|\s+is)\s+(?:fine|ok|okay|good|normal|alright|grand|strong)\b"
    r"(?![^.;!?\n]{0,40}\b(?:but|except|apart|though|although|only)\b)|"
    r"\((?!\s*(?:but|except|apart|well|actually|sometimes|only|just|a\s+bit|a\s+little|mild|slight|occasionally|yes|"
    r"not\s+really|though|maybe|\d))(?![^()\n]*\b(?:but|though|although|however|actually|except|apart)\b)|"
    r"and\b|but\b))",
    re.IGNORECASE,
)


def checklist_answered(text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with those answered in a checklist or a form taking the answer: "fever -
    no", "Numbness anywhere: none", "✗ Fever" are denied, "back pain: yes", "✓ Back pain" said,
    "Steroids: only the eczema cream" asked; all of the sentence before a "- no to all three" is
    denied, and what "all of the above except ..." leaves out."""
    ticked = boxes(text)
    if not ticked and not _CHECKED_HINT.search(text):
        return mentions  # most texts: no dash or colon
    denied: list[tuple[int, int]] = []  # (start, end) of text whose findings are denied
    said: list[tuple[int, int]] = []  # ... and of those answered "yes"
    doubted: list[tuple[int, int]] = []  # ... and of signs answered with something else
    theirs: list[tuple[int, int]] = []  # ... and of those answered "not me, my dad"
    for mention in mentions:
        answer = _field_answer(text, mention, mentions)
        if answer is not None:
            {_SAYS: said, _DENIES: denied, _ASKS: doubted, _THEIRS: theirs}[answer].append(
                (mention.start, mention.end)
            )
    for listed in _ALL_DENIED.finditer(text):  # "Fever, chills, sweats - no to all three"
        # the list just before the answer, not the whole sentence ("I have a fever ..., and
        # the GP asked about travel, pets and raw food - no to all three")
        begin = max(_sentence_start(text, listed.start()), listed.start() - _LISTED_WITHIN)
        asked = [m.end() for m in _ASKED_ABOUT.finditer(text, begin, listed.start())]
        begin = asked[-1] if asked else begin  # "... asked about fever, chills and sweats"
        denied.extend((m.start, m.end) for m in mentions if begin <= m.start and m.end <= listed.start())
    denied.extend(_left_out(text, mentions))
    for begin, end, tick in ticked:  # "✓ Back pain ✗ Fever"
        (said if tick else denied).append((begin, end))
    if not denied and not said and not doubted and not theirs:
        return mentions
    # what is said present outside the answers ("Fever no, ... burning up with a temp of 39")
    said_too = {m.entity.id for m in mentions if m.present and not _within(m, denied)}
    if _A_FEVERS_READING.search(text) is not None:
        said_too.add("fever")  # "Fever no, back pain getting worse, temp 39 tonight" (rev85)
    # a finding denied by its name and said in other words ("Fever: no. Chills and shivering:
    # yes"): the sign built on it is asked (not one whose finding is not said again: "Swelling:
    # no. Redness: yes, hot red patch" is the sign)
    # (not one denied of another time: "Fever last week: no. Fever now: yes, 38.9": a hunt, rev113)
    contradicted = said_too & {
        m.entity.id for m in mentions if _within(m, denied) and not _of_another_time(text, m)
    }
    contradicted -= _turned_to(text, mentions, denied)
    own = language().said_with_sign
    answered = []
    for m in mentions:
        if m.status in (Status.PRESENT, Status.UNCERTAIN) and _within(m, theirs):
            m = attrs.evolve(m, status=Status.OTHER_PERSON)
        elif m.status in (Status.ABSENT, Status.UNCERTAIN) and _within(m, said):
            m = attrs.evolve(m, status=Status.PRESENT)
        elif m.status in (Status.PRESENT, Status.UNCERTAIN) and _within(m, denied):
            m = attrs.evolve(m, status=Status.ABSENT)
        elif (
            m.present
            and m.entity.kind is Kind.WARNING_SIGN
            and (
                _within(m, doubted)
                or _holds_one_of(m, denied, said_too)
                or not contradicted.isdisjoint(own.get(m.entity.id, ()))
            )
        ):
            # a sign read across an item answered "no" ("fever no, back pain getting worse": a
            # review, rev76): its part denied, the rest said; asked, never raised
            m = attrs.evolve(m, status=Status.UNCERTAIN)
        answered.append(m)
    return answered


def _of_another_time(text: str, mention: Mention) -> bool:
    """Whether the label ``mention`` opens asks of a time gone: "Fever last week:", "Numb bum
    before the op:"."""
    end = mark_after_label(text, mention.start, mention.end) or mention.end
    return _ANOTHER_TIME.search(text, label_start(text, mention.start), end) is not None


_ANOTHER_TIME = compile_pattern(
    r"\b(?:last\s+(?:week|month|year|time|night|summer|winter|spring|autumn)|before|previously|in\s+the\s+past|"
    r"ago|yesterday|earlier|at\s+first|originally|prior|previous|as\s+a\s+(?:child|kid|teen\w*))\b",
    re.IGNORECASE,
)


# A field's answer: what its label names is said, denied, asked (answered with something
# else), or someone else's.
_SAYS, _DENIES, _ASKS, _THEIRS = "says", "denies", "asks", "theirs"


def may_answer_fields(text: str) -> bool:
    """Whether ``text`` may hold a field or a checklist's answers: a dash, a colon or a mark."""
    return _CHECKED_HINT.search(text) is not None or bool(boxes(text))


def denied_in_a_field(text: str, mention: Mention) -> bool:
    """Whether the field ``mention`` names is answered no ("Swelling: no", "Numbness anywhere:
    none"): a label so answered finds nothing."""
    if any(b <= mention.start and mention.end <= e and not tick for b, e, tick in boxes(text)):
        return True  # "✗ Fever"
    return _CHECKED_HINT.search(text) is not None and _field_answer(text, mention, ()) == _DENIES


def _field_answer(text: str, mention: Mention, mentions: Sequence[Mention]) -> str | None:
    """The answer of the checklist item or form field ``mention`` names: yes, no, something
    other ("Steroids: only the eczema cream") or None (no answer after it)."""
    if in_a_faculty_field(text, mention.start, mention.end):
        return None  # "Bowel control: no" is read as the control lost (fields.faculty_fields_read)
    # the answer follows the finding, or the rest of the label it opens ("Numbness in the
    # saddle area (bottom/genitals): none", "Worse on coughing or sneezing: no difference")
    at = mention.end
    if not _A_MARK_FOLLOWS.match(text, at):
        at = mark_after_label(text, mention.start, mention.end) or mention.end
    begin = label_start(text, mention.start)
    if (
        _EASING_BEFORE.search(text, begin, mention.start)
        or (at > mention.end and _AN_EASING.search(text, mention.end, at))
    ) and not _A_FACULTY.search(text, begin, at):  # (not "Feeling in the saddle gone: no")
        # a label that asks whether the finding is going ("Numbness in both legs improving: no",
        # "Leg weakness easing: nah": a hunt, rev113): a no tells it is still there, a yes asks
        if _CHECKED_YES.match(text, at):
            return None
        still = _CHECKED.match(text, at) or _NO_CHANGE.match(text, at)
        return _SAYS if still is not None and not still.groupdict().get("all") else None
    if _CHECKED_YES.match(text, at):
        # not "No numbness in my groin - yes, I've checked"
        return (
            None if _DENIED_BEFORE.search(text, _clause_start(text, mention.start), mention.start) else _SAYS
        )
    if _THEIRS_FIRST.match(text, at):
        return _THEIRS  # "Cancer history: my mum, not me"
    if _taken_as_other(text, at, mention, mentions):
        return _ASKS
    answer = _CHECKED.match(text, at)
    if answer is None and _A_CHANGE.search(text, begin, at):
        answer = _NO_CHANGE.match(text, at)  # "Worse on coughing or sneezing: no difference"
    if answer is None and _a_place_pain(mention):
        # a pain's place said instead: "Hip pain: no, it's all lower back" (not of a feeling,
        # which goes where it is said: "Pins and needles in feet: no, it's all up my legs": a
        # hunt, rev113)
        answer = _A_PLACE_INSTEAD.match(text, at)
    # a checklist item is said without "I" ("fever - no"), not "I can't feel my bum - no,
    # I mean really can't"; nor an answer taken back ("Fever no. Actually I just checked and
    # it's 38.9", "Fever: no - 38.5 though": a review, rev77)
    if (
        answer is None
        or _SPOKEN.search(text, _clause_start(text, mention.start), mention.start)
        or _AN_ANSWER_TAKEN_BACK.match(text, answer.end())
        # a fever answered "no" and then measured ("Fever no. Update: just took it again and
        # it's 38.9": a review, rev85)
        or (mention.entity.id in _FEVERS and _A_FEVERS_READING.search(text, answer.end()) is not None)
        # a label of a faculty: "Feeling in the saddle area: none" tells a loss
        or (at > mention.end and _A_FACULTY.search(text, begin, at))
    ):
        return None
    said_no = (answer.groupdict().get("no") or "").lower()
    if said_no.startswith("not") and said_no.endswith("me") and _SOMEONE_ELSE.match(text, answer.end()):
        return _THEIRS  # "Cancer history: not me, my mum had breast cancer"
    # "- no to all three" is read for its whole list (see checklist_answered)
    return None if answer.groupdict().get("all") else _DENIES


# Someone else named after "not me": "not me, my dad", "not me - my mum had it"
_SOMEONE_ELSE = compile_pattern(
    r"\s*(?:[,;\-\u2013\u2014]\s*)?(?:but\s+)?(?:my|our)\s+(?:\w+\s+)?(?:dad|father|mum|mom|mam|mother|husband|hubby|wife|"
    r"partner|son|daughter|brother|sister|nan|nana|gran|grandma|grandad|grandpa|grandmother|grandfather|aunt|auntie|"
    r"uncle|cousin|friend|family)\b",
    re.IGNORECASE,
)


# ... or named first, as the one who has it, then "not me": "Cancer history: my mum, not me", "Numb
# bum - my dad's, not mine", "my mum (breast) had it, not me"; not one who noticed, felt or said it
# ("my wife noticed the wet patches, not me": the finding is the writer's), nor taken back after
# ("my husband, not me... actually me too", "not me until 2019", "not me at first, but now I'm 39")
_THEIRS_FIRST = compile_pattern(
    r"[^\S\n]*[:=\-\u2013\u2014]+"
    + _SOMEONE_ELSE.pattern
    + r"(?:[\u2019']s)?(?:\s+side)?(?:\s*\([^()\n]{0,30}\))?"
    r"(?:\s+(?:had|has|have|did|does|got|gets|has\s+got)(?:\s+(?:it|one|that|this|them))?)?(?:\s+(?:only|though))?"
    r"\s*[,.\u2013\u2014-]*\s*(?:but\s+)?(?:not|never)\s+(?:me|mine)\b"
    r"(?![^\n]{0,40}?\b(?:me\s+too|and\s+me|me\s+as\s+well|me\s+also|as\s+well|until|till|at\s+first|"
    r"but\s+(?:now|then|i)|actually|now\s+i|i[\u2019']?m|i\s+am|i\s+have|i\s+had|i[\u2019']?ve)\b)",
    re.IGNORECASE,
)


# The mark of a field just after a finding: "Fever: no", "fever - no", "fever no".
_A_MARK_FOLLOWS = compile_pattern(
    # (not a label's "Y/N": "Numbness in legs Y/N: N")
    r"[^\S\n]*(?:[-\u2013\u2014:=]|[^\S\n]+(?:no|none|nope|nil|n|yes|yep|yeah|y)\b(?!/n\b))",
    re.IGNORECASE,
)
# A label that asks of a change ("Worse on coughing or sneezing:", "Any change in ...:") is
# answered no by "no difference", "no change", "the same".
_A_CHANGE = compile_pattern(
    r"\b(?:worse|better|worsen\w*|change[sd]?|changing|different|difference|affect\w*|increase[sd]?|eases?|easier|harder)\b",
    re.IGNORECASE,
)
_NO_CHANGE = compile_pattern(
    r"[^\S\n]*[:=\-\u2013\u2014]+[^\S\n]*(?:no\s+(?:change|different)|not\s+(?:any\s+)?(?:different|worse)|"
    r"(?:the\s+)?same|unchanged|makes\s+no\s+difference)(?=\s*(?:$|[.;!?,)\n]))",
    re.IGNORECASE,
)
# A label that asks whether the finding is going, or has gone ("improving", "going away", "any
# better", "gone", "settled", "easing", "reduced with gabapentin", "resolved", "cleared up"): a no
# answers that it is still there. (Not a change that is the finding: "Worse on coughing: no".)
_AN_EASING = compile_pattern(
    r"\b(?:improv\w*|better|gone|(?:going|go|went)\s+away|eas(?:ing|ed|es|e)|settl\w*|resolv\w*|reduc\w*|"
    r"clear(?:ed|ing)|back\s+to\s+normal|recover\w*|lessen\w*|fad(?:ed|ing)|subsid\w*|disappear\w*|"
    r"wear(?:ing)?\s+off|worn\s+off|heal(?:ed|ing)?)\b",
    re.IGNORECASE,
)
# ... or before it: "Any improvement in the numbness: no"
_EASING_BEFORE = compile_pattern(r"\b(?:improv\w*|recover\w*)\b", re.IGNORECASE)
# ... and a pain's place said instead of the one asked of: "Hip pain: no, it's all lower back",
# "Leg pain - no, it's mostly in my buttock" (not a time: "Night pain: no, it's all through the
# night")
_A_PLACE_INSTEAD = compile_pattern(
    r"[^\S\n]*[:=\-\u2013\u2014]+[^\S\n]*(?P<no>no|nope|nah|none|not\s+really)[^\S\n]*,[^\S\n]*"
    r"it(?:[\u2019']?s|\s+is)\s+(?:all|mostly)\s+(?:(?:in|on|at|across|around|round)\s+)?"
    r"(?:(?:my|the)\s+)?(?:(?:left|right|lower|low|upper|middle|mid)\s+)?"
    r"(?:back|spine|hips?|buttocks?|bum|glutes?|groin|knees?|thighs?|legs?|sides?|neck|shoulders?|tailbone|coccyx|"
    r"pelvis|stomach|tummy|belly)\b"
    # (not one that tells the finding again: "Night pain: no, it's all my lower back all night
    # long": a hunt, rev96)
    r"(?![^.;!?\n]*\b(?:night|nights|day|the\s+time)\b)",
    re.IGNORECASE,
)


def _a_place_pain(mention: Mention) -> bool:
    """Whether ``mention`` is of a pain, or a place: what "it's all lower back" says moved."""
    return mention.entity.id.endswith("pain") or mention.entity.kind is Kind.REGION


# A label of a faculty, which "none" or "no" tells lost: "Feeling down below: none", "Bladder
# control: no", "Power in the left leg: nil", "Pee flow: nil, just drips" (a hunt, rev113).
_A_FACULTY = compile_pattern(
    r"\b(?:feeling|sensation|sense|power|strength|control|movement|function|grip|reflexes|pulses?|flow|stream)\b",
    re.IGNORECASE,
)


def _taken_as_other(text: str, at: int, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a sign's label is answered with only something of another kind, nothing painkb
    reads: "Steroids: only the eczema cream", "Injecting drugs: just my insulin" (asked: it may be
    the sign or not); not "Leg weakness: only the left leg", which tells where, nor the sign told
    more nearly: "Cancer history: only ovarian, 2019", "Fever: only 38.5 at night" (a hunt, rev113)."""
    if mention.entity.kind is not Kind.WARNING_SIGN or not mention.present:
        return False
    other = _ONLY_OTHER.match(text, at)
    if other is None:
        return False
    end = field_end(text, other.end())
    # (a place or a treatment named with a steroid's local injection tells no more of the sign:
    # "Steroids: only a steroid injection in my knee"; but chemo is the sign by any way it is
    # given: "Chemo: only tablets now, plus injections in my tummy")
    steroid = _A_STEROID.search(text, label_start(text, mention.start), at) is not None
    beside = _BESIDE_ANOTHER_KIND if steroid else frozenset()
    # (an injection is another kind only of a steroid: chemo injected is chemo)
    kinds = [
        k
        for k in _ANOTHER_KIND.finditer(text, other.end(), end)
        if steroid or not _A_LOCAL_INJECTION.fullmatch(k.group())
    ]
    return bool(kinds) and not any(
        other.start() <= m.start < end and m.entity.kind not in beside for m in mentions
    )


_BESIDE_ANOTHER_KIND = frozenset({Kind.REGION, Kind.JOINT, Kind.MUSCLE, Kind.TREATMENT, Kind.EQUIPMENT})
_A_LOCAL_INJECTION = compile_pattern(
    r"(?:joint|knee|shoulder|hip|facet|epidural)\s+injections?|injections?\s+in(?:to)?\s+(?:my|the|a)\s+\w+",
    re.IGNORECASE,
)
_A_STEROID = compile_pattern(r"\b(?:steroids?|corticosteroids?|cortisone)\b", re.IGNORECASE)


_ONLY_OTHER = compile_pattern(
    r"[^\S\n]*[:=][^\S\n]*(?:only|just)\s+(?!(?:in|at|on|when|after|before|during|if|with|a\s+(?:bit|little|few|couple)|"
    r"slight|slightly|mild|mildly|sometimes|occasionally|once|twice|one|both|left|right|lower|upper|down|around|"
    r"across|over|under|below|above|first|now|today|recently|for|since|this|that|last|my|mornings?|nights?|"
    r"evenings?|odd|occasional|the\s+(?:left|right|lower|upper|one|odd|first|occasional|once))\b)",
    re.IGNORECASE,
)


# What is of another kind than a sign's label asks of: a steroid put on the skin or breathed in, an
# injection into a joint, a needle of medicine, a growth that was no cancer, a flush that is no fever.
_ANOTHER_KIND = compile_pattern(
    r"\b(?:creams?|ointments?|gels?|lotions?|inhalers?|puffers?|sprays?|drops|patch(?:es)?|topical|nasal|"
    r"(?:joint|knee|shoulder|hip|facet|epidural)\s+injections?|injections?\s+in(?:to)?\s+(?:my|the|a)\s+\w+|"
    r"insulin|b12|vitamins?|jabs?|vaccines?|benign|cysts?|polyps?|moles?|scares?|pre-?cancer\w*|"
    r"abnormal\s+cells|smears?|basal\s+cell|bcc|hot\s+flush\w*|flush(?:es|ing)?)\b",
    re.IGNORECASE,
)


def _left_out(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of what "all of the above except ..." leaves out of its list ("Pain down the
    leg, pins and needles, numb groin - all of the above except the numb groin"): the findings
    named after "except", and the same findings in the list before."""
    spans: list[tuple[int, int]] = []
    for found in _ALL_BUT.finditer(text):
        # (the items named right after it, up to the first clause mark: not "all of the above but
        # not constant, the numb bum comes and goes")
        end = min(field_end(text, found.end()), _clause_end(text, found.end()))
        named = [m for m in mentions if found.end() <= m.start < end]
        first = min((m.start for m in named), default=end)
        if not named or any(
            w.lower() not in _BEFORE_AN_ITEM for w in _A_WORD.findall(text, found.end(), first)
        ):
            continue
        out = {m.entity.id for m in named}
        begin = _sentence_start(text, found.start())
        spans.extend(
            (m.start, m.end)
            for m in mentions
            if m.entity.id in out and (begin <= m.start < found.start() or found.end() <= m.start < end)
        )
    return spans


_ALL_BUT = compile_pattern(
    r"[-\u2013\u2014:]\s*(?:(?:yes|yeah)\s+to\s+)?(?:all|everything|each)(?:\s+of\s+(?:the\s+above|them|those|these|it))?"
    # (a bare "but" adds a remark: "all of the above but the numb bum is the scariest": a hunt,
    # rev113)
    r"\s+(?:except(?:\s+for)?|apart\s+from|but\s+not|bar|other\s+than)\b",
    re.IGNORECASE,
)


# Only these may stand between "except" and the item it leaves out: "except (for) the numb groin"
_BEFORE_AN_ITEM = frozenset({"the", "for", "my", "any", "a", "an"})
_A_WORD = compile_pattern(r"[^\W\d_]+")


def _clause_end(text: str, position: int) -> int:
    ends = [at for at in (text.find(mark, position) for mark in _CLAUSE_MARKS) if at >= 0]
    return min(ends, default=len(text))


def _holds_one_of(mention: Mention, denied: Sequence[tuple[int, int]], said: Set[str]) -> bool:
    """Whether an item answered "no" (one of ``denied``) lies inside ``mention``, which reaches
    past it, and none of the sign's own findings is ``said`` present elsewhere."""
    own = language().said_with_sign.get(mention.entity.id, ())
    return said.isdisjoint(own) and any(
        mention.start <= begin and end <= mention.end and (begin, end) != (mention.start, mention.end)
        for begin, end in denied
    )


def _turned_to(text: str, mentions: Sequence[Mention], denied: Sequence[tuple[int, int]]) -> set[str]:
    """The findings denied that a "but" after the denial turns to, said present after it in its
    sentence: "no fever no, but shivering and sweating buckets with my back pain" (the writer's
    own words, the finding then said, not a form's answer said against: "Fever: no. Chills: yes")."""
    turned: set[str] = set()
    for m in mentions:
        if not _within(m, denied):
            continue
        turn = _A_TURN_AFTER.search(text, m.end, _sentence_end(text, m.end))
        if turn is not None and any(
            o.present and o.entity.id == m.entity.id and turn.end() <= o.start < _sentence_end(text, m.end)
            for o in mentions
        ):
            turned.add(m.entity.id)
    return turned


_A_TURN_AFTER = compile_pattern(r"\bbut\b", re.IGNORECASE)
_A_SENTENCE_END = compile_pattern(r"[.!?;\n]")


def _sentence_end(text: str, position: int) -> int:
    found = _A_SENTENCE_END.search(text, position)
    return found.start() if found else len(text)


def _within(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(begin <= mention.start and mention.end <= end for begin, end in spans)


_AN_ANSWER_TAKEN_BACK = compile_pattern(
    # (a reading with its decimal or its unit, not the next item's number, a score or an age: "1.
    # Chest pain - no 2. Dizziness - no", "no, 10/10 pain", "no, 45 years old": rev79; a hedge
    # that keeps the "no" is none: "well not that I know of", "actually no")
    # ... or a reading with when it was read, or after "but" ("no, 39 last night", "no, but 38.9 this
    # morning", "no, except last night it was 38.4": rev81)
    r"[\s.,;:!\u2013\u2014-]*(?:\d{2,3}\.\d|\d{2,3}\s*(?:c|f|degrees|\u00b0)\b|"
    # (a temperature's own range, not days, years or a score: "no, but back pain for 10 days": rev83)
    r"(?:3[5-9]|4[0-2]|9[5-9]|10[0-6])\s+(?:last|this|yesterday|today|tonight|now|earlier|at|when|in\s+the)\b|"
    r"(?:but|except|though|although)\b[^.;!?\d]{0,30}?(?:3[5-9]|4[0-2]|9[5-9]|10[0-6])(?:\.\d)?\b"
    r"(?!\s*(?:days?|weeks?|years?|months?|hours?|mins?|minutes?|out|/|%))|"
    r"(?:well|actually|wait|hmm|oh|i\s+mean|scratch\s+that|not\s+sure|i\s+thought)\b(?!\s*,?\s*(?:no|not|none|fine)\b)|"
    # ... or a time it ended: "never, until last Tuesday", "never. Until this week" (a hunt, rev113)
    r"(?:until|till|til|up\s+(?:un)?till?)\b)",
    re.IGNORECASE,
)
_FEVERS = frozenset({"fever", "fever-with-back-pain"})
# a temperature of a fever: 37.5 to 42 C, or 99.5 to 106 F with its unit
_A_FEVERS_READING = compile_pattern(
    r"(?<![\d.])(?:37\.[5-9]|3[89](?:\.\d)?|4[0-2](?:\.\d)?)(?![\d.%/])(?!\s*(?:days?|weeks?|years?|months?|hours?|mins?|kg|out))"
    r"|\b(?:99\.[5-9]|10[0-6](?:\.\d)?)\s*(?:f|degrees|\u00b0)",
    re.IGNORECASE,
)
_CHECKED_HINT = compile_pattern(
    r"[-\u2013\u2014:=/|]|\s(?:no|none|nope|nil|yes|yep|yeah)\s*(?:[,.;]|$)", re.IGNORECASE
)
_SPOKEN = compile_pattern(r"\b(?:i|im|i[\u2019']m|ive|i[\u2019']ve)\b", re.IGNORECASE)
_ASKED_ABOUT = compile_pattern(r"\b(?:asked\s+(?:me\s+)?about|asked\s+if|about)\b", re.IGNORECASE)
_LISTED_WITHIN = 45  # characters before "- no to all three" that its list may take
_ALL_DENIED = compile_pattern(
    r"[-\u2013\u2014:=]+\s*(?:no\s+to\s+(?:all|both|any)(?:\s+(?:of\s+(?:them|those|these)|two|three|four|five))?|"
    r"none\s+of\s+(?:them|those|these|the\s+above))\b",
    re.IGNORECASE,
)
_DENIED_BEFORE = compile_pattern(r"\b(?:no|not|never|without|none|nothing)\b|n[\u2019']?t\b", re.IGNORECASE)
_SENTENCE_MARKS = ".!?\n"
_CLAUSE_MARKS = ".!?,;\n"


def _start_after(marks: str, text: str, position: int) -> int:
    """Just after the last of ``marks`` before ``position``: where its sentence (or clause)
    starts."""
    return max(text.rfind(mark, 0, position) for mark in marks) + 1


def _clause_start(text: str, position: int) -> int:
    return _start_after(_CLAUSE_MARKS, text, position)


def _sentence_start(text: str, position: int) -> int:
    return _start_after(_SENTENCE_MARKS, text, position)


_CHECKED_YES = compile_pattern(
    r"(?:\s*[-\u2013\u2014:=]+\s*|\s+(?=(?:yes|yep|yeah|y)\s*(?:[/|,]|$)))"
    # ... and in other words: "Biologics: yup", "Fever: +ve", "Night pain: ✓" (a review of forms, rev111)
    r"(?:(?:yes|yep|yeah|yup|aye|y|positive|present|ticked|tick)\b(?![\w'\u2019-]|/n\b)|\+ve\b|[\u2713\u2714\u2611\u2705\U0001f7e2])",
    re.IGNORECASE,
)


# A screening question put to the person ("Any numbness around your bottom?", "Q: any leg
# weakness?") and the answer in the next sentence ("No." / "A: not that I've noticed." /
# "Yes, since yesterday."): what the question names takes the answer's status; a question
# left unanswered is a doubt, never a finding. "Any idea why my back hurts?" asks nothing
# of the kind.
_ASKING = frozenset({"any"})


_NOT_ASKING = frozenset(
    {
        "idea",
        "ideas",
        "advice",
        "suggestions",
        "tips",
        "help",
        "thoughts",
        "one",
        "body",
        "way",
        "chance",
        "reason",
        "recommendations",
        "exercises",
        "stretches",
        "treatment",
        "treatments",
        "recommendation",
        "good",
        "else",
        "point",
        "news",
        "experience",
        "experiences",
        "luck",
    }
)


# A question of a few words is put to the person only without "I" ("Can't feel my bum when
# I wipe? Nothing at all." tells of a loss), and answered only by a bare yes or no.
_WRITER = frozenset({"i", "im", "ive", "id", "ill", "me", "myself"})
_BARE = frozenset({"no", "nope", "nah", "yes", "yeah", "yep", "yup"})
_BARE_ANSWER = 2  # words: "No.", "Yes, definitely."
_WH = frozenset({"what", "why", "how", "when", "where", "who", "which", "whats", "hows", "whys"})
_NO = frozenset({"no", "nope", "nah", "never", "none", "negative", "nothing"})


_NOT_AN_ANSWER = frozenset({"idea", "clue", "sure"})  # "no idea", "not sure"


_NO_PHRASES = frozenset({("not", "that", "ive", "noticed"), ("not", "that", "i", "know"), ("not", "really")})
# A bare "no" in other words: "Numbness in my legs? Not at all."
_BARE_NO = frozenset(
    {("not", "at", "all"), ("definitely", "not"), ("absolutely", "not"), ("certainly", "not")}
)
_NO_ANSWERS = _NO_PHRASES | _BARE_NO


_YES = frozenset({"yes", "yeah", "yep", "yup", "aye", "definitely"})
_ANSWER_FILLERS = frozenset({"well", "hmm", "um", "erm", "oh", "actually", "honestly"})


_ANSWER_LENGTH = 4  # words: a longer sentence is not only an answer


_A_REQUEST = frozenset({"for", "to", "recommend", "recommendations", "suggest", "cure", "remedy", "remedies"})


_NOT_PLAIN_NO = frozenset(
    {
        "yes",
        "yeah",
        "mean",
        "actually",
        "more",
        "worse",
        "than",
        "though",
        "but",
        "except",
        "apart",
        "completely",
        "totally",
        "really",
        "numb",
        "sometimes",
        "bit",
        "little",
        "before",
        "now",
    }
)


def screening_answered(text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with those of a screening question given the status of its answer."""
    changes: list[tuple[tuple[int, int], Status | None]] = []  # question span, the answer's status
    # "Q:" is a sentence of its own: it marks the next one as a question put to the person
    put: set[int] = set()
    kept: list[Sentence] = []
    for sentence in sentences:
        if _without_label(text, sentence.tokens):
            kept.append(sentence)
        elif sentence.tokens and sentence.tokens[0].norm == "q":
            put.add(len(kept))
    sentences = kept
    for index, sentence in enumerate(sentences):
        if not sentence.question:
            continue
        words = _without_label(text, sentence.tokens)
        if len(words) < 2:
            continue
        span = (sentence.tokens[0].start, sentence.tokens[-1].end)
        answer = _answer_after(text, span[1]) if index + 1 < len(sentences) else []
        while len(answer) > 1 and answer[0] in _ANSWER_FILLERS:
            answer = answer[1:]  # "Well actually yes, ...", "Hmm, no"
        if _A_REQUEST.intersection(words) or words[1] in _NOT_ASKING:
            continue  # the person's own question ("Any remedies for saddle numbness?")
        # "Numbness around my bottom? No.": a question with no question word, answered at
        # once with yes or no, is a screening question answered too
        # "Can you walk ok? Not at all": read as "I can't walk ok" (questions_put),
        # which the "no" says
        cannot = ability_denied(text, span[0], span[1])
        put_to_the_person = (
            cannot
            or index in put
            or words[0] in _ASKING
            or (
                words[0] not in QUESTION_WORDS | _WH
                and _WRITER.isdisjoint(words)
                and ((0 < len(answer) <= _BARE_ANSWER and answer[0] in _BARE) or tuple(answer) in _BARE_NO)
            )
        )
        if not put_to_the_person:
            continue
        status: Status | None = None  # unanswered
        if answer and answer[0] in _YES and tuple(answer[:2]) not in _BARE_NO:
            status = Status.PRESENT
        elif answer and (
            (answer[0] in _NO and (len(answer) == 1 or answer[1] not in _NOT_AN_ANSWER))
            or any(tuple(answer[: len(p)]) == p for p in _NO_ANSWERS)
        ):
            status = Status.ABSENT
        if status is Status.ABSENT and (len(answer) > _ANSWER_LENGTH or _NOT_PLAIN_NO.intersection(answer)):
            status = None  # "No - I mean yes", "No more than usual", "Nope, it's completely numb"
        if cannot:
            status = Status.PRESENT
        elif status is not Status.PRESENT:
            corrected = _corrected_to_yes(text, span[1], answer)
            if corrected is not None:
                # "No. Actually yes, a bit.": the yes alone or with how much says it; told with
                # more, the answer's own words do ("No. Well actually yes, it takes ages to get
                # started now"; not "... yes, once, years ago", "... yes, my mum's"): asked
                status = Status.PRESENT if _A_DEGREE.issuperset(corrected) else None
        changes.append((span, status))
    if not changes:
        return mentions
    answered = []
    for mention in mentions:
        for (begin, end), status in changes:
            if begin <= mention.start < end and mention.status in (Status.PRESENT, Status.UNCERTAIN):
                mention = attrs.evolve(mention, status=status or Status.UNCERTAIN)
        answered.append(mention)
    # "No." then "My legs are weak though": a denial against what is said elsewhere is a doubt
    said = {m.entity.id for m in answered if m.present and not any(b <= m.start < e for (b, e), _ in changes)}
    return [
        attrs.evolve(m, status=Status.UNCERTAIN) if m.status is Status.ABSENT and m.entity.id in said else m
        for m in answered
        # a place asked about and said elsewhere ("Any numbness around your bottom? No. Just a
        # sore bum") is the place said
        if not (m.status is Status.ABSENT and m.entity.id in said and m.entity.kind is Kind.REGION)
    ]


# A "no" taken back: "No. Well actually yes", "Nah... well actually yeah", "No - I mean yes",
# "No, on second thoughts, yes" (a correction word just before the "yes"); the later word holds.
_CORRECTIONS = frozenset({"actually", "mean", "thought", "thoughts", "wait"})
_CORRECTION_REACH = 2  # words from the correction word to the "yes"


# what a yes may be said with and still say no more than the question: "Actually yes, a bit"
_A_DEGREE = frozenset(
    {"a", "bit", "little", "slightly", "some", "sometimes", "definitely", "i", "do", "have", "it", "is",
     "does", "there", "quite", "lot", "lots", "occasionally", "now", "and", "then", "fair", "mildly",
     "really"}
)  # fmt: skip


def _corrected_to_yes(text: str, end: int, answer: Sequence[str]) -> list[str] | None:
    """The words after the "yes" when the answer to a question ending at ``end`` (its words
    ``answer``, and those of the next sentence when the answer is a bare no) takes its "no"
    back for a yes; None when it does not."""
    if not answer or answer[0] not in _NO:
        return None
    words = list(answer)
    if len(answer) <= _BARE_ANSWER:
        found = _AN_ANSWER.match(text, end)
        if found is not None:
            words += _answer_after(text, found.end() + 1)
    return next(
        (
            words[k + 1 :]
            for k, word in enumerate(words)
            if k and word in _YES and not _CORRECTIONS.isdisjoint(words[max(0, k - _CORRECTION_REACH) : k])
        ),
        None,
    )


# (an ellipsis goes on: "No... well actually yes, a bit when I walk" is read whole)
_AN_ANSWER = compile_pattern(r"[?\s]*(?:a\s*:)?((?:[^.!?\n]|\.{2,}|\u2026)*)", re.IGNORECASE)


def _answer_after(text: str, end: int) -> list[str]:
    """The words of the answer after a question ending at ``end``: up to the next full stop,
    "!", "?" or line end, so "No - I mean yes, a bit" is read whole."""
    found = _AN_ANSWER.match(text, end)
    return plain_words(found.group(1).replace("'", "").replace("\u2019", "")) if found else []


def _without_label(text: str, tokens: Sequence[Token]) -> list[str]:
    """The words of a sentence without a leading "Q:" or "A:"."""
    words = [t.norm for t in tokens]
    if words and words[0] in {"q", "a"} and text[tokens[0].end : tokens[0].end + 1] == ":":
        return words[1:]
    return words


def function_asked(
    text: str,
    sentences: Sequence[Sentence],
    functions: Mapping[str, tuple[str, ...]],
    states: frozenset[str],
    kb_get: Callable[[str], Entity],
) -> list[Mention]:
    """Findings asked about as a body function working as usual and answered: "bladder ok?
    no not really" is a bladder problem to ask about (uncertain: the answer says no more),
    "bowels normal? yes" denies the bowel problem. The question is short and names the
    function and its usual state; the answer follows it.

    >>> import painkb
    >>> kb = painkb.load()
    >>> asked = painkb.interpret(kb, "bladder ok? no not really").partial
    >>> "bladder-dysfunction" in [m.entity.id for m in asked]
    True
    >>> [e.id for e in painkb.interpret(kb, "bowels normal? yes").absent]
    ['bowel-dysfunction']
    """
    found: list[Mention] = []
    for sentence in sentences:
        if not sentence.question:
            continue
        words = _without_label(text, sentence.tokens)
        if not 2 <= len(words) <= _FUNCTION_QUESTION_WORDS or states.isdisjoint(words):
            continue
        organs = [t for t in sentence.tokens if t.key in functions]
        if not organs:
            continue
        answer = _answer_after(text, sentence.tokens[-1].end)
        if not answer:
            continue
        if answer[0] in _NO or any(tuple(answer[: len(p)]) == p for p in _NO_PHRASES):
            status = Status.UNCERTAIN  # not as usual: a problem to ask about
        elif answer[0] in _YES and len(answer) <= _ANSWER_LENGTH and _NO.isdisjoint(answer[1:]):
            status = Status.ABSENT  # "yes", "yes fine", not "yes but I can't go"
        else:
            continue
        for organ in organs:
            for finding in functions[organ.key]:
                found.append(
                    Mention(
                        entity=kb_get(finding),
                        start=organ.start,
                        end=organ.end,
                        orth=organ.text,
                        status=status,
                        score=0.5,
                        via=organ.text,
                    )
                )
    return found


_FUNCTION_QUESTION_WORDS = 6  # "is your bladder working ok"


def function_field_answered(text: str, mention: Mention) -> Status | None:
    """The status of a finding denied by a function said to work as usual ("Bladder back to
    normal", "Bladder normal") when that label is answered no: the trouble still there (present)
    when the label asks whether it is over and the answer is bare ("Bladder back to normal: no"),
    else a doubt ("Bladder normal: no", "... no, it's fine now"); None when not so answered."""
    answer = _CHECKED.match(text, mention.end)
    if answer is None or not answer.group("no") or _AN_ANSWER_TAKEN_BACK.match(text, answer.end()):
        return None
    over = _AN_EASING.search(text, mention.start, mention.end) is not None
    bare = _A_BARE_END.match(text, answer.end()) is not None
    return Status.PRESENT if over and bare else Status.UNCERTAIN


_A_BARE_END = compile_pattern(r"[^\S\n]*(?:[.;!\n]|$)")


def injury_answered_yes(
    text: str,
    mentions: Sequence[Mention],
    kb_get: Callable[[str], Entity],
    long_ago: Callable[[str], bool],
) -> list[Mention]:
    """A recent injury when a form's label of an injury is answered yes and the answer tells a
    strain with what was felt ("Injury: yes - lifted a pallet and felt something go"; not
    "Injury: yes", "Injury: yes - lifting at work", nor one ``long_ago`` reads as a time long
    gone: "... in 2015", "... when I was 12"); never over the sign said, denied or asked of its
    own. A fall, a slip or a blow told after the yes is read as prose ("Injury: yes, fell down
    the stairs Sunday"), so "slipped disc", "fell asleep", "hit 50" or "hit my thumb" are not
    taken for one here."""
    if any(m.entity.id == _INJURY_SIGN for m in mentions):
        return []
    for label in mentions:
        if not (label.present and label.entity.id in _INJURY_LABELS):
            continue
        if _field_answer(text, label, mentions) != _SAYS:
            continue
        answer = _CHECKED_YES.match(text, mark_after_label(text, label.start, label.end) or label.end)
        if answer is None:
            continue
        end = _sentence_end(text, answer.end())
        told = _A_STRAIN_TOLD.search(text, answer.end(), end)
        if (
            told is None
            or _ANOTHER_TIME.search(text, answer.end(), end)
            or long_ago(text[answer.end() : end])
            or _ELSEWHERE.search(text, told.start(), end)
        ):
            continue
        return [
            Mention(
                entity=kb_get(_INJURY_SIGN),
                start=label.start,
                end=told.end(),
                orth=text[label.start : told.end()],
                status=Status.PRESENT,
                score=CONFIDENT,
                via=f"{label.orth}: yes + {told.group()}",
            )
        ]
    return []


# a label of an injury ("Injury:", "Injuries:") and the sign a told event of one is
_INJURY_LABELS = frozenset({"previous-injury"})
_INJURY_SIGN = "recent-injury"
# a strain told with what was felt ("lifted a pallet and felt something go", not "lifting at
# work"); a fall or a blow is read as prose, with its own meanings and places
_A_STRAIN_TOLD = compile_pattern(
    r"\b(?:lift\w*|pull\w*|twist\w*|bent|bending|reach\w*|carr(?:y|ied|ying)|mov(?:ed|ing)|push\w*)\b"
    r"[^.;!?\n]{0,60}?\b(?:felt|heard)\s+(?:(?:something|it|a|my\s+(?:lower\s+)?back)\s+)?"
    r"(?:go|went|pop|popped|snap|snapped|give|gave|twang|click|tear|tore|rip|ripped|crack)\b",
    re.IGNORECASE,
)
# the strain of another place than the back or hip ("... felt something go in my shoulder",
# "pulled my hamstring and felt it pop")
_ELSEWHERE = compile_pattern(
    r"\b(?:my|the|his|her)\s+(?:left\s+|right\s+)?(?:shoulders?|neck|arms?|elbows?|wrists?|hands?|"
    r"fingers?|thumbs?|knees?|ankles?|feet|foot|toes?|calf|calves|hamstrings?|quads?|chest|ribs?|head|"
    r"stomach|tummy|abs|bicep\w*|tricep\w*|shins?)\b",
    re.IGNORECASE,
)


def which_leg_answered(
    text: str, mentions: Sequence[Mention], each_side: Mapping[str, str], kb_get: Callable[[str], Entity]
) -> list[Mention]:
    """The signs of both legs that findings of a leg said just before "Which leg? Both" make: "I
    have pain and numbness down my leg. Which leg? Both now" is numbness and pain in both legs (as
    ``said_on_each_side`` in language.toml maps them). Only the findings of the sentence the
    question asks of, told with no cause nor circumstance of their own ("Numb patch on my thigh
    from tight jeans", "My leg goes numb when I sit on the loo", "Weak leg after my knee op"), and
    an answer that ends there ("Both, had both knees done" tells why) and is not taken back
    ("Both - no wait, just the right one"). A sign the text names is left as it is."""
    asked = _BOTH_ANSWERED.search(text)
    if asked is None or answer_taken_back(text, asked.end()):
        return []
    told_at = _sentence_start(text, max(0, _sentence_start(text, asked.start()) - 1))
    told = text[told_at : asked.start()]
    if _A_CIRCUMSTANCE.search(told):
        return []
    named = {m.entity.id for m in mentions}
    made: dict[str, Mention] = {}
    for m in mentions:
        sign = each_side.get(m.entity.id)
        if (
            m.present
            and told_at <= m.start
            and m.end <= asked.start()
            and sign is not None
            and sign not in named
        ):
            made.setdefault(sign, attrs.evolve(m, entity=kb_get(sign), side="both"))
    return list(made.values())


# a cause or circumstance told of the finding ("from tight jeans", "when I sit on the loo", "after
# my knee op", "since the fall", "because of the gym")
_A_CIRCUMSTANCE = compile_pattern(
    r"\b(?:from|after|when|whenever|if|because|cos|due\s+to|caused\s+by|while|"
    # (not a day it began: "since Monday")
    r"since(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last|this|the\s+weekend|\d|a\s+few|a\s+couple)))\b",
    re.IGNORECASE,
)


# "Which leg? Both", "Which side? both now", "Which leg? Both legs", an answer that ends there (not
# "Both, but mostly the left", nor "Both, had both knees done": see `which_leg_answered`)
_BOTH_ANSWERED = compile_pattern(
    r"\bwhich\s+(?:leg|side)\s*\?+\s*(?:a\s*:\s*)?both\b(?:\s+(?:legs|sides))?(?:\s+(?:now|again))?"
    r"(?=\s*(?:$|[.!;\n]))",
    re.IGNORECASE,
)
