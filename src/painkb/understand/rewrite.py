"""Words read as what they mean before phrases are matched: a faculty said to be lost is
its symptom ("zero feeling down there" is "numb" there), and "they" or "it" that opens
how a body part feels stands for that part ("my legs ... and they are weak").

The words of ``[faculties]`` in language.toml say which faculties and which words of loss.
A high temperature given as a reading ("temp hit 38.9", "39.2C", "101F") is a fever, and a
doubt word before a number is an estimate ("a van going maybe 50" is no doubt of the crash).

>>> from painkb.understand.words import tokenize
>>> [t.norm for t in faculties_lost("zero feeling down there", tokenize("zero feeling down there"))]
['numb', 'genital']
"""

from __future__ import annotations

import re

import attrs

from painkb._lazy_re import LazyPattern, lower_case
from painkb._pattern_store import compile as compile_pattern
from painkb.understand.inference import may_say
from painkb.understand.quantities import NUMBER_WORDS, durations_in, gestations_in
from painkb.understand.splice import spliced
from painkb.understand.words import (
    SENTENCE_END,
    Token,
    a_cause_of_the_part,
    keys_of,
    language,
    sentence_of_words,
)

__all__ = [
    "approximations_read",
    "crashed_vehicles_read",
    "falls_at_speed_read",
    "faculties_lost",
    "functions_named",
    "pains_that_wake",
    "small_hours_read",
    "pronouns_named",
    "thighs_as_legs",
    "shaking_legs_read",
    "heights_read",
    "blows_received_read",
    "cancers_had_read",
    "sports_injuries_read",
    "gestations_read",
    "weights_fallen_read",
    "temperatures_read",
]


# "My two legs are feeling funny and they are weak": a pronoun that opens what a body part
# feels stands for the part named just before it in the sentence.
_PRONOUNS = frozenset({"they", "theyre", "theyve", "it", "its", "them"})
_BODY_KEYS = frozenset(
    {"leg", "foot", "thigh", "calf", "calv", "knee", "shin", "ankl", "heel", "buttock", "hip", "groin"}
)
_FELT_KEYS = frozenset({"weak", "numb", "ting", "tingl", "heavi"})
_PAIN_KEY = "pain"
_BACK_KEYS = frozenset({"back"})
_NEVER = "never"
_THEIRS = frozenset({"her", "him", "them", "his"})
_NEVER_REACH = 5  # words from "never" to the back ("never had a bad back")
_TILL_NOW = frozenset({"now", "but", "until", "till"})
# the words that may stand between the back and "it": a time, "in my life", the age
_ONLY_TIME = _TILL_NOW | frozenset(
    {"in", "my", "life", "at", "the", "last", "this", "past", "few", "couple", "of", "week", "weeks",
     "fortnight", "month", "months", "day", "days", "since", "then", "suddenly", "and", "so", "even",
     "ever", "before", "really", "a", "i", "im", "ive", "recently", "lately", "aged", "age", "pain"}
)  # fmt: skip


def _never_bad_till_now(tokens: list[Token], back: int, between: set[str]) -> bool:
    """Whether the back at ``back`` is one said never to have hurt until now ("Never had a bad
    back in my life, now at 61 it's suddenly aching"): only then is the "it" that aches the
    back (not "my back doesn't hurt when I sneeze, it's just sore after the allotment"), and only
    with nothing else named between (not "never had a bad back, but my knee, now it aches", "...
    till my 30s", "... now my son won't speak to me and it hurts": a review)."""
    return (
        not between.isdisjoint(_TILL_NOW)
        and all(word in _ONLY_TIME or word.isdigit() for word in between)
        and any(t.norm == _NEVER for t in tokens[max(0, back - _NEVER_REACH) : back])
    )


_FELT_REACH = 3  # words from the pronoun to what is felt ("they are weak", "it's gone numb")
# ... or, of "it", that it gives way ("can't push off with my right leg, it just folds under me"; not
# "it gives me grief", nor "they", which may be both knees or a person: "they gave way")
_GIVE, _WAY = "give", "way"
_OWNED = compile_pattern(r"[\u2019']s$")


def _gives_way(tokens: list[Token], k: int) -> bool:
    """True when the words at ``k`` say a part gives way ("gives way", "gave way"), not with a
    pain said just after ("it gives way with pain in the hip": the pain's)."""
    return (
        tokens[k].key == _GIVE
        and k + 1 < len(tokens)
        and tokens[k + 1].key == _WAY
        and not any(t.key in _PAIN_KEYS for t in tokens[k + 2 : k + 2 + _PAIN_REACH])
    )


_PAIN_KEYS = frozenset({"pain"})  # (every word of pain: "hurts", "sore", "agony")
_PAIN_REACH = 4  # words after "way" ("it gives way because of the pain")
_ANTECEDENT_REACH = 15  # words back to the part


def pronouns_named(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with "they"/"it" read as the body part named just before them when what
    follows says how the part feels ("my legs ... and they are weak" is "legs are weak")."""
    parts: dict[int, tuple[Token, ...]] = {}  # pronoun -> the part it stands for ("both" first, if said)
    lang = language()
    for i, token in enumerate(tokens):
        if token.norm == _BOTH and _both_as_the_last_word(text, tokens, i):
            leg = _the_legs_before(text, tokens, i)
            if leg is not None:
                parts[i] = (attrs.evolve(token, norm=leg.norm, key=leg.key),)
            continue
        if token.norm == _MINE or token.norm in _THEY:
            named = _named_as_an_afterthought(text, tokens, i)
            if named is not None:
                part = attrs.evolve(token, norm=tokens[named].norm, key=tokens[named].key)
                both = [t.norm for t in tokens[max(0, i - 2) : i]] == [_BOTH, "of"]
                parts[i] = (attrs.evolve(token, norm=_BOTH, key=_BOTH), part) if both else (part,)
                continue
        if token.norm not in _PRONOUNS and not (token.norm == _BOTH and _both_alone(tokens, i)):
            continue
        reach = range(i + 1, min(len(tokens), i + 1 + _FELT_REACH))
        felt = next(
            (
                k
                for k in reach
                if tokens[k].key in _FELT_KEYS or (token.norm in _IT and _gives_way(tokens, k))
            ),
            None,
        )
        # ... and "it" that aches stands for the back said before it ("Never had a bad back in
        # my life, now at 61 it's suddenly aching"); not "they" ("my kids ... they hurt")
        back_only = felt is None and token.norm in _IT
        bodies = _BACK_KEYS if back_only else _BODY_KEYS
        if back_only:
            felt = next((k for k in reach if tokens[k].key == _PAIN_KEY), None)
            # (not a pain of someone else's, nor "a pain": "it's killing her", "it's a real pain")
            if felt is not None and (
                (felt + 1 < len(tokens) and tokens[felt + 1].norm in _THEIRS)
                or any(tokens[k].norm == "a" for k in range(i + 1, felt))
            ):
                felt = None
        # "it's numb around my back passage", "it's tingling in my fingers": "it" stands for
        # nothing, the place follows
        if felt is None or (felt + 1 < len(tokens) and tokens[felt + 1].norm in _PLACE_PREPOSITIONS):
            continue
        for j in range(i - 1, max(-1, i - 1 - _ANTECEDENT_REACH), -1):
            # back past the end of a sentence only to a question of a word or two before it:
            # "Legs? Both of them have gone weak."
            if SENTENCE_END.search(text, tokens[j].end, tokens[j + 1].start) and not _a_short_question(
                text, tokens, j
            ):
                break
            if not (back_only and tokens[j].key in bodies) and (
                tokens[j].norm in _OTHER_PARTS or tokens[j].norm in lang.outside
            ):
                break  # "back radiating into both legs and my grip, it's weak": the grip's
            if tokens[j].key in bodies:
                between = {t.norm for t in tokens[j + 1 : i]}
                before = {t.norm for t in tokens[max(0, j - 3) : j]}
                if back_only and not _never_bad_till_now(tokens, j, between):
                    break
                # not a part said to be fine ("my legs are fine, it feels weak in my arm"), nor
                # someone else's ("my daughter's legs ache and they feel weak")
                fine = between & _SAID_FINE and not _fine_till_now(tokens, j, i, felt)
                if not (fine or between & lang.outside or before & _SOMEONE_ELSES):
                    norm = tokens[j].norm
                    if _gives_way(tokens, felt) and _OWNED.search(tokens[j].text):
                        norm = tokens[j].key  # "my right leg's gone weak, it gave way": one leg
                    part = attrs.evolve(token, norm=norm, key=tokens[j].key)
                    if _BOTH in before and token.norm != _BOTH and between.isdisjoint(_ONE_OF_THEM):
                        parts[i] = (attrs.evolve(token, norm=_BOTH, key=_BOTH), part)  # "both legs ... they"
                    else:
                        parts[i] = (part,)
                break
    if not parts:
        return tokens
    # the pronoun stays (a new subject after "and" still opens a clause), the part follows it
    return [t for i, token in enumerate(tokens) for t in (token, *parts.get(i, ()))]


# One thigh said weak is its leg said weak ("my left thigh has become so weak that I cannot step up
# onto the bus", "a weak right thigh"); not thighs (both, and as often the gym's: "my thighs have
# no strength after 100 squats"), whose weakness the lexicon leaves to the calves and shins, nor
# one told hurt in its sentence ("Pulled my right thigh muscle at five-a-side, it's weak and
# bruised": a strain, a review, rev106; `a_cause_of_the_part`).
_THIGH, _LEG, _WEAK = "thigh", "leg", "weak"
_THIGH_REACH = 6  # words from the thigh to its weakness ("thigh has become so weak")
_CLAUSE_MARK = compile_pattern(r"[.,;:!?]")


def thighs_as_legs(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a leg read with a thigh said weak in its clause (its weakness after it,
    or just before it)."""
    if not any(t.norm == _THIGH for t in tokens):
        return tokens  # most texts: no thigh
    legs: set[int] = set()
    for i, token in enumerate(tokens):
        if token.norm != _THIGH or (i + 1 < len(tokens) and tokens[i + 1].key == _LEG):
            continue
        after = tokens[i + 1 : i + 1 + _THIGH_REACH]
        weak = next((k for k, t in enumerate(after) if t.key == _WEAK), None)
        said_after = weak is not None and not _CLAUSE_MARK.search(text, token.end, after[weak].start)
        before = tokens[max(0, i - 2) : i]
        said_before = any(
            t.key == _WEAK and not _CLAUSE_MARK.search(text, t.end, token.start) for t in before
        )
        if (said_after or said_before) and not a_cause_of_the_part(_sentence_of(text, tokens, i)):
            legs.add(i)
    if not legs:
        return tokens
    # the thigh stays (its place is still said), its leg follows it
    return [
        t
        for i, token in enumerate(tokens)
        for t in (token, *((attrs.evolve(token, norm=_LEG, key=_LEG),) if i in legs else ()))
    ]


_MAYBE, _SHAKE_READ = "maybe", "weak"
_KNEES_AS_LEGS = {"knee": "leg", "knees": "legs"}
_A_MARK_BETWEEN = compile_pattern(r"[.,;:!?()]")
_A_WORD = compile_pattern(r"\w+")


def shaking_legs_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with legs said to shake, tremble or wobble read as weak legs when the sentence
    tells them failing under the person, as written when a cause of the shake's own is told, and
    in doubt ("maybe" before them) when neither is (``[shaking_legs]``).

    >>> from painkb.understand.words import tokenize
    >>> def read(t):
    ...     return " ".join(x.norm for x in shaking_legs_read(t, tokenize(t)))
    >>> read("my legs shake on the stairs"), read("my legs shake when im nervous")
    ('my legs weak on the stairs', 'my legs shake when im nervous')
    >>> read("both my legs shake")
    'maybe both my legs weak'
    """
    told = language().shaking_legs
    shakes = [i for i, t in enumerate(tokens) if t.norm in told.shakes or t.norm in told.wobbles]
    if not shakes:
        return tokens  # most texts: no shake
    spans = [(t.start, t.end) for t in tokens]
    norms = [t.norm for t in tokens]
    weak: set[int] = set()
    legs: set[int] = set()  # knees that shake: the legs, as they give ("knees shake" is "legs weak")
    maybe: dict[int, int] = {}  # the token "maybe" goes before -> the shake it doubts
    for i in shakes:
        part = _the_part_that_shakes(text, tokens, i, norms[i] not in told.wobbles)
        if part is None:
            continue
        first, last = min(part, i), max(part, i)
        begin, end = sentence_of_words(text, spans, first, last + 1)
        opens = _opening_of_the_stretch(text, tokens, first, begin)
        closes = _end_of_the_stretch(text, tokens, last, end)
        # (the words as written: a phrase may have taken some, "nearly fell twice")
        if _a_run_in(_written(text, tokens[opens].start, tokens[closes - 1].end), told.causes):
            continue  # a tremor of its own cause: "my legs shake when I'm nervous"
        failing = _a_run_in(_written(text, tokens[begin].start, tokens[end - 1].end), told.under_load)
        if (
            not failing
            and opens > begin
            and _a_run_in(_written(text, tokens[begin].start, tokens[opens].start), told.causes)
        ):
            continue  # ... told before it: "Gave blood today, legs shaky afterwards"
        weak.add(i)
        if norms[part] in _KNEES_AS_LEGS:
            legs.add(part)
        denied = not language().denials.isdisjoint(norms[opens:first])
        # (nor a doubt of a weakness said with it: "my legs have gone shaky and weak")
        said_weak = any(tokens[k].key == _SHAKE_READ for k in range(opens, closes) if k != i)
        if not (failing or denied or said_weak):
            subject = first
            while subject > opens and norms[subject - 1] in told.subject:
                subject -= 1
            maybe[subject] = i
    if not weak:
        return tokens
    read: list[Token] = []
    for i, token in enumerate(tokens):
        if i in maybe:  # (spanning the words it doubts, as a phrase's reading does)
            end = tokens[maybe[i]].end
            read.append(Token(token.start, end, text[token.start : end], _MAYBE, _MAYBE))
        if i in weak:
            token = attrs.evolve(token, norm=_SHAKE_READ, key=_SHAKE_READ)
        elif i in legs:
            token = attrs.evolve(token, norm=_KNEES_AS_LEGS[token.norm], key=_LEG)
        read.append(token)
    return read


def _the_part_that_shakes(text: str, tokens: list[Token], i: int, a_shake: bool) -> int | None:
    """The index of the leg or knee (or, of ``a_shake``, not a wobble, the thigh) the shake or
    wobble at ``i`` is said of, just before it in its clause or just after it; None when none is."""
    told = language().shaking_legs
    parts = told.parts | told.shaking_parts
    found = None
    for j in range(i - 1, max(-1, i - 2 - told.reach), -1):
        if _A_MARK_BETWEEN.search(text, tokens[j].end, tokens[j + 1].start):
            break
        if tokens[j].norm in parts:
            found = j
            break
        if tokens[j].norm not in told.between_before:
            break
    for j in range(i + 1, len(tokens) if found is None else i + 1):
        if _A_MARK_BETWEEN.search(text, tokens[j - 1].end, tokens[j].start):
            break
        if tokens[j].norm in parts:
            found = j
            break
        if tokens[j].norm not in told.between_after:
            break
    if found is None or a_shake:
        return found
    # (a wobble of the thighs, even read as legs: "both my thighs" is "both my legs")
    written = _A_WORD.findall(tokens[found].text.lower())
    return (
        None
        if tokens[found].norm in told.shaking_parts or not told.shaking_parts.isdisjoint(written)
        else found
    )


def _opening_of_the_stretch(text: str, tokens: list[Token], i: int, begin: int) -> int:
    """The index of the first word after a mark or a word that opens a clause (``[shaking_legs]
    opening``: "I'm nervous because my legs shake") before ``i``, in its sentence (from ``begin``)."""
    openings = language().shaking_legs.opening
    while (
        i > begin
        and not _A_MARK_BETWEEN.search(text, tokens[i - 1].end, tokens[i].start)
        and tokens[i - 1].norm not in openings
    ):
        i -= 1
    return i


def _end_of_the_stretch(text: str, tokens: list[Token], i: int, end: int) -> int:
    """The index past the last word before a mark or a clause break after ``i`` (up to ``end``)."""
    breaks = language().clause_breaks
    i += 1
    while i < end and not _A_MARK_BETWEEN.search(text, tokens[i - 1].end, tokens[i].start):
        if tokens[i].norm in breaks:
            break
        i += 1
    return i


def _written(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]`` as written, in lower case, apostrophes dropped."""
    return _A_WORD.findall(_AN_APOSTROPHE.sub("", text[start:end].lower()))


_AN_APOSTROPHE = compile_pattern(r"['\u2019]")


def _a_run_in(norms: list[str], runs: frozenset[str]) -> bool:
    """Whether one of ``runs`` (words, or up to three words joined by spaces) is said in ``norms``."""
    return any(" ".join(norms[i : i + size]) in runs for i in range(len(norms)) for size in range(1, 4))


def _sentence_of(text: str, tokens: list[Token], i: int) -> list[str]:
    """The words (norms) of the sentence of the token at ``i``."""
    begin, end = sentence_of_words(text, [(t.start, t.end) for t in tokens], i, i + 1)
    return [t.norm for t in tokens[begin:end]]


# "both of mine are weak now, my legs I mean": the part that "mine" or "they" stood for, named
# after it as an afterthought (a review, rev95), in its sentence, after a comma
_MEANT = ("i", "mean")
_THEY = frozenset({"they", "theyre", "theyve"})
_AFTERTHOUGHT_REACH = 8  # words from the pronoun to the comma before the afterthought
_BEFORE_THE_PART = frozenset({"my", "both", "two", "left", "right", "lower", "upper"})


def _named_as_an_afterthought(text: str, tokens: list[Token], i: int) -> int | None:
    """The index of the body part named as an afterthought to the pronoun at ``i`` ("both of
    mine are weak now, my legs I mean", "they're numb, I mean my feet") when what the pronoun
    opens says how it feels; None otherwise."""
    reach = range(i + 1, min(len(tokens), i + 1 + _FELT_REACH))
    felt = next((k for k in reach if tokens[k].key in _FELT_KEYS), None)
    if felt is None:
        return None
    for comma in range(felt, min(len(tokens) - 1, i + _AFTERTHOUGHT_REACH)):
        gap = text[tokens[comma].end : tokens[comma + 1].start]
        if SENTENCE_END.search(gap):
            return None
        if "," not in gap:
            continue
        words = [t.norm for t in tokens[comma + 1 :]]
        meant = tuple(words[:2]) == _MEANT
        start = 2 if meant else 0
        if words[start : start + 1] != ["my"]:
            return None
        part = start + 1
        while part < len(words) and words[part] in _BEFORE_THE_PART:
            part += 1
        if part >= len(words) or tokens[comma + 1 + part].key not in _BODY_KEYS:
            return None
        meant = meant or tuple(words[part + 1 : part + 3]) == _MEANT
        return comma + 1 + part if meant else None
    return None


# "pain in both legs, now just the right one and it feels weak": one of them, not both
_ONE_OF_THEM = frozenset({"one", "left", "right"})
# "pain down both legs and both feel weak": "both" alone stands for the parts, as "they" does
# (not "both my legs", "both of them", "both sides")
_BOTH = "both"
_NOT_ALONE = frozenset({"my", "of", "the", "sides", "side", "these", "those", "his", "her"})


def _both_alone(tokens: list[Token], i: int) -> bool:
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    # (not people: "my husband and I both feel weak")
    before = tokens[i - 1].norm if i else ""
    return (
        following is not None
        and following.key not in _BODY_KEYS
        and following.norm not in _NOT_ALONE
        and before not in _PEOPLE_BEFORE
    )


_PEOPLE_BEFORE = frozenset({"i", "we", "us", "you", "they", "me", "them"})

# "The pain used to go down my right leg, now it goes down both": "both" that ends where the
# pain goes stands for the legs named before it, in that sentence or the one before.
_WHERE_IT_GOES = frozenset({"down", "into", "in", "to", "through", "radiate"})
_AFTER_THE_LAST_WORD = frozenset({"now", "too", "also", "and", "but", "as"})
_LEG_KEYS = frozenset({"leg"})
_LEGS_REACH = 30  # words back to the legs
_A_MARK = compile_pattern(r"[,.;:!?]")
# a thing of the person's own named after the legs, which "both" may stand for instead
_ANOTHER_THING = frozenset({"my", "his", "her", "their", "our", "your"})


def _both_as_the_last_word(text: str, tokens: list[Token], i: int) -> bool:
    """True when "both" at ``i`` closes where something goes ("now it goes down both.")."""
    if not i or tokens[i - 1].norm not in _WHERE_IT_GOES:
        return False
    if i + 1 == len(tokens):
        return True
    following = tokens[i + 1]
    return (
        following.norm in _AFTER_THE_LAST_WORD
        or _A_MARK.search(text, tokens[i].end, following.start) is not None
    )


def _the_legs_before(text: str, tokens: list[Token], i: int) -> Token | None:
    """The nearest leg word before ``tokens[i]``, in its sentence or the one before; None when
    another part or a thing of the person's own stands between."""
    sentences = 0
    for j in range(i - 1, max(-1, i - 1 - _LEGS_REACH), -1):
        if SENTENCE_END.search(text, tokens[j].end, tokens[j + 1].start):
            sentences += 1
            if sentences > 1:
                return None
        if tokens[j].key in _LEG_KEYS:
            return tokens[j]
        if (
            tokens[j].norm in _OTHER_PARTS
            or tokens[j].norm in _ANOTHER_THING
            or tokens[j].norm in language().outside
        ):
            return None  # "down my back and into both", "my eye infection has spread to both"
    return None


# "Lower back pain for six weeks. It wakes me at 3 every night": "it" that wakes the person,
# with a pain said before it, is the pain.
_IT = frozenset({"it", "its"})
_MINE = "mine"  # "My husband's back pain stays put, but mine has started to travel into my thigh"
_WAKING_KEYS = frozenset({"wake"})
_KEEPS = frozenset({"keeps", "keeping", "kept", "keep"})
_WITH, _UP = "with", "up"
_AWAKE = "awake"
_NIGHT = frozenset({"night", "nights", "nightly", "overnight"})
_NIGHT_REACH = 3  # words from "me up" to the night ("keeping me up most nights")
_OFTEN = frozenset({"always", "still", "often", "usually", "even", "also", "then", "now", "sometimes"})


# "It starts in my lower back and runs down the back of my left thigh": "it" that travels
# down or into a place is a pain, unless a numbness or tingling was said before it
_TRAVELLING = frozenset(
    {"runs", "run", "goes", "went", "shoots", "shot", "travels", "spreads", "radiates", "starts", "started",
     "moves", "shooting", "running", "radiating", "spreading", "travelling", "traveling"}
)  # fmt: skip
_DOWN = frozenset({"down", "into"})
# "it has started to travel into my thigh": the words before a travelling verb
_ON_THE_WAY = frozenset({"has", "have", "had", "is", "was", "started", "starting", "begun", "began", "to"})
_STARTING = frozenset({"started", "starting", "begun", "began"})
_TRAVEL_BASE = frozenset({"travel", "spread", "radiate", "shoot", "move", "go", "run"})
_TRAVEL_REACH = 8  # words from the verb to "down" or "into"


def pains_that_wake(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with "it" that wakes the person read as the pain said before it ("Lower
    back pain for six weeks. It wakes me every night" is "the pain wakes me"), and "it" that
    travels down a leg read as a pain ("It starts in my lower back and runs down my thigh")."""
    norms = {token.norm for token in tokens}
    if _IT.isdisjoint(norms) and _MINE not in norms:
        return tokens  # no "it" or "mine": nothing to read (most texts)
    named: set[int] = set()
    pain_said = False
    felt_said = False
    for i, token in enumerate(tokens):
        if token.key == "pain":
            pain_said = True
        elif token.key in _FELT_KEYS:
            felt_said = True
        elif token.norm in _IT or (token.norm == _MINE and pain_said):
            after = i + 1
            while after < len(tokens) and tokens[after].norm in _OFTEN:
                after += 1
            if after >= len(tokens):
                continue
            # "it wakes me", "it's keeping me awake"
            next_words = {t.norm for t in tokens[after + 1 : after + 3]}
            # ... "it keeps waking me"
            kept_awake = (
                tokens[after].norm in _KEEPS
                and (
                    _AWAKE in next_words
                    or any(t.key in _WAKING_KEYS for t in tokens[after + 1 : after + 2])
                    # ... "it's keeping me up every night" (up at night: not "keeps me up and about")
                    or (
                        [t.norm for t in tokens[after + 1 : after + 3]] == ["me", "up"]
                        and any(t.norm in _NIGHT for t in tokens[after + 3 : after + 3 + _NIGHT_REACH])
                    )
                )
            )
            wakes = pain_said and (tokens[after].key in _WAKING_KEYS or kept_awake)
            verb = after
            if tokens[after].norm not in _TRAVELLING:
                # "it has started to travel into my thigh" (not "it has spread into the left one")
                while verb < len(tokens) - 1 and tokens[verb].norm in _ON_THE_WAY:
                    verb += 1
                if not _STARTING.intersection(t.norm for t in tokens[after:verb]):
                    verb = after
            travels = (
                not felt_said
                and (tokens[verb].norm in _TRAVELLING or (verb > after and tokens[verb].norm in _TRAVEL_BASE))
                and any(t.norm in _DOWN for t in tokens[verb + 1 : verb + 1 + _TRAVEL_REACH])
                # not a numbness that goes down ("it has started to go numb down my leg")
                and not any(t.key in _FELT_KEYS for t in tokens[verb + 1 : verb + 1 + _TRAVEL_REACH])
            )
            if wakes or travels or _woken_with(tokens, i):
                named.add(i)
    if not named:
        return tokens
    return [
        t
        for i, token in enumerate(tokens)
        for t in ((token, attrs.evolve(token, norm="pain", key="pain")) if i in named else (token,))
    ]


def _woken_with(tokens: list[Token], i: int) -> bool:
    """True when the "it" at ``i`` is what the person wakes with ("there's not a night I don't
    wake with it", "I wake up with it every morning"): the pain, said or not."""
    before = list(tokens[max(0, i - 3) : i])
    if not before or before[-1].norm != _WITH:
        return False
    before.pop()
    if before and before[-1].norm == _UP:
        before.pop()
    return bool(before) and before[-1].key in _WAKING_KEYS


def _a_short_question(text: str, tokens: list[Token], last: int) -> bool:
    """True when the sentence that ends with token ``last`` is a question of at most two words
    ("Legs?", "Both legs?")."""
    if "?" not in text[tokens[last].end : tokens[last + 1].start]:
        return False
    first = last
    while first > 0 and not SENTENCE_END.search(text, tokens[first - 1].end, tokens[first].start):
        first -= 1
    return last - first < 2


# "I wouldn't say my bladder's fine, I've lost control of it": "it" after a word of control
# stands for the bladder or bowel named just before it in the sentence.
_FUNCTION_KEYS = frozenset({"bladder", "bowel"})
_CONTROL_KEYS = frozenset({"control"})
_OF = frozenset({"of", "over"})
# "my bowels have gone haywire, I just can't hold it in": held, the pronoun follows at once
_HOLD_KEYS = frozenset({"hold", "held"})
_HELD_OTHERWISE = frozenset({"down", "up", "together", "back", "still", "steady", "open", "there", "against"})
_FUNCTION_PRONOUNS = frozenset({"it", "them"})
# "waterworks were fine till Monday, now it just leaks": "it" that leaks is the function too
_LEAK_KEYS = frozenset({"leak", "dribbl"})
_A_THING_NAMED = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "our", "your"})
_BEFORE_A_LEAK = frozenset({"just", "keeps", "keep", "always", "still", "sometimes", "now", "also", "even"})


def functions_named(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with "it" or "them" after "control of" or "hold", or before a leak ("it just
    leaks"), read as the bladder or bowel named just before it in the sentence.

    >>> from painkb.understand.words import tokenize
    >>> t = "my bladder is not fine, I lost control of it"
    >>> [t.norm for t in functions_named(t, tokenize(t))][-1]
    'bladder'
    >>> t = "my bowels have gone haywire, I can't hold it in"
    >>> [t.norm for t in functions_named(t, tokenize(t))][-2]
    'bowels'
    """
    named: dict[int, Token] = {}
    for i, token in enumerate(tokens):
        if token.norm not in _FUNCTION_PRONOUNS or i < 1:
            continue
        if tokens[i - 1].key in _HOLD_KEYS:
            if i + 1 < len(tokens) and tokens[i + 1].norm in _HELD_OTHERWISE:
                continue  # "I could barely hold it down" (a drink), "hold it together"
            said = i - 1
        elif i >= 2 and tokens[i - 1].norm in _OF and tokens[i - 2].key in _CONTROL_KEYS:
            said = i - 2
        elif _leaks(tokens, i):
            said = i
        else:
            continue
        for j in range(said - 1, max(-1, said - 1 - _ANTECEDENT_REACH), -1):
            if SENTENCE_END.search(text, tokens[j].end, tokens[j + 1].start):
                break
            if said == i and (tokens[j].norm in _A_THING_NAMED or _a_subject_of_its_own(tokens, j)):
                # what leaks is the thing named between: "my bladder is fine, the tap, it leaks",
                # "Waterworks fine, roof's another story, it just leaks every time it rains"
                break
            if tokens[j].key in _FUNCTION_KEYS:
                named[i] = attrs.evolve(token, norm=tokens[j].norm, key=tokens[j].key)
                break
    return [named.get(i, token) for i, token in enumerate(tokens)] if named else tokens


def _a_subject_of_its_own(tokens: list[Token], j: int) -> bool:
    """True when the word at ``j`` is something else said to be so ("roof's another story",
    "the boiler is broken"): neither the bladder or bowel nor a pronoun ("I'm full", "that's")."""
    token = tokens[j]
    if token.key in _FUNCTION_KEYS or token.norm in _NO_SUBJECT_OF_ITS_OWN or token.key in _FUNCTION_PRONOUNS:
        return False
    if token.text.lower().endswith(("'s", "\u2019s")):
        return True
    return j + 1 < len(tokens) and tokens[j + 1].norm in _BEING


_BEING = frozenset({"is", "are", "was", "were"})
_NO_SUBJECT_OF_ITS_OWN = frozenset(
    {"it", "its", "that", "thats", "this", "there", "theres", "what", "whats", "which", "i", "im", "we",
     "you", "everything", "all", "who", "whos", "he", "hes", "she", "shes", "they", "mine"}
)  # fmt: skip


def _leaks(tokens: list[Token], i: int) -> bool:
    """True when the pronoun at ``i`` leaks ("it just leaks", "it keeps dribbling")."""
    after = i + 1
    while after < len(tokens) and tokens[after].norm in _BEFORE_A_LEAK:
        after += 1
    return after < len(tokens) and tokens[after].key in _LEAK_KEYS


_OTHER_PARTS = frozenset(
    {"back", "grip", "spine", "bum", "bottom", "backside", "stomach", "tummy", "belly", "bladder"}
)
_SAID_FINE = frozenset({"fine", "ok", "okay", "alright", "good", "normal", "grand", "strong"})
_WAS = frozenset({"was", "were", "felt", "been", "used"})  # "had been fine", "used to be fine"
_CHANGED_SINCE = frozenset({"now", "until", "till", "suddenly", "but", "today", "then"})
_CHANGE_TO_PRONOUN = 2  # words at most from the change to the pronoun ("until Tuesday and they")
# the words that may open a state of the part after "they" ("they've gone weak", "they feel so weak")
_STATE_OPENING = frozenset(
    {"are", "have", "feel", "felt", "feeling", "gone", "went", "going", "getting", "got", "so", "really",
     "very", "all", "now", "both", "quite", "seem", "seems", "suddenly", "completely", "totally", "just"}
)  # fmt: skip


def _fine_till_now(tokens: list[Token], part: int, pronoun: int, felt: int) -> bool:
    """Whether the part at ``part`` is said to have been fine until a change told before the
    pronoun, and the pronoun opens the state felt at ``felt`` ("both legs were fine but now
    they've gone weak", "my legs were ok until Tuesday, now they're numb"): the fine is a state
    gone, and the pronoun still stands for the part (not "legs were fine until now they said
    it's weak core").

    >>> from painkb.understand.words import tokenize
    >>> _fine_till_now(tokenize("my legs were fine but now they are weak"), 1, 6, 8)
    True
    >>> _fine_till_now(tokenize("my legs are fine now they are weak"), 1, 5, 7)
    False
    """
    if not _STATE_OPENING.issuperset(t.norm for t in tokens[pronoun + 1 : felt]):
        return False
    norms = [t.norm for t in tokens[part + 1 : pronoun]]
    fine = next((k for k, norm in enumerate(norms) if norm in _SAID_FINE), None)
    if fine is None or _WAS.isdisjoint(norms[:fine]):
        return False
    changed = [k for k in range(fine + 1, len(norms)) if norms[k] in _CHANGED_SINCE]
    # the pronoun opens what the change brought: "but now they", "until Tuesday, now they" (not
    # "until now they said it's weak core muscles": "it" is what they said)
    return (
        bool(changed)
        and len(norms) - changed[-1] - 1 <= _CHANGE_TO_PRONOUN
        and all(norm not in _PRONOUNS for norm in norms[changed[-1] + 1 :])
    )


_SOMEONE_ELSES = frozenset(
    {
        "his",
        "her",
        "their",
        "hes",
        "shes",
        "daughters",
        "sons",
        "wifes",
        "husbands",
        "mums",
        "moms",
        "dads",
        "mothers",
        "fathers",
        "brothers",
        "sisters",
        "partners",
        "friends",
        "boyfriends",
        "girlfriends",
        "grans",
        "nans",
        "grandads",
        "babys",
        "childs",
        "kids",
        "grandsons",
        "granddaughters",
        "grandmas",
        "grandpas",
        "girls",
        "boys",
        "toddlers",
    }
)


_FACULTY_PLACE_REACH = 6  # the most words between a faculty and "gone"


def faculties_lost(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a faculty said to be lost read as its symptom: "zero feeling down
    there" is "numb down there", "the strength in my legs has gone" is "weak legs"; see
    ``[faculties]`` in language.toml. The words that said the loss become one token of the
    symptom, so a negation before them still reaches it ("I haven't lost any feeling")."""
    lang = language()
    faculties = [i for i, t in enumerate(tokens) if t.norm in lang.faculty_lost]
    if not faculties:
        return tokens
    replaced: dict[int, tuple[int, list[Token]]] = {}  # first token -> (last token, what they mean)
    for i in faculties:
        state = lang.faculty_lost[tokens[i].norm]
        before = i - 1
        while before >= 0 and tokens[before].norm in lang.faculty_between and i - before <= 3:
            before -= 1
        opener = None
        if before >= 0 and (
            tokens[before].norm in lang.faculty_losses
            or (
                tokens[before].norm in lang.faculty_negations
                and any(tokens[j].norm in lang.faculty_amounts for j in range(before + 1, i))
            )
        ):
            opener = before
        # "without feeling it"; "no erection problems" (trouble denied, not the faculty)
        verb = i + 1 < len(tokens) and tokens[i + 1].norm in (_AFTER_A_VERB | _TROUBLE)
        # "a feeling of heaviness" is a sensation, not feeling lost ("control of my bowels" is)
        verb = verb or (i + 1 < len(tokens) and tokens[i + 1].norm == "of" and tokens[i].norm in _SENSED)
        if (
            verb
            and tokens[i + 1].norm == "for"
            and i + 2 < len(tokens)
            and _A_LENGTH_OF_TIME.match(tokens[i + 2].norm)
        ):
            verb = False  # "no erections for 2 weeks": how long, not what for
        # "I don't get any sensation when passing stool", "not getting any sensation for passing
        # stool": with a negation and an amount, what follows is what cannot be felt
        if verb and opener is not None and tokens[opener].norm in lang.faculty_negations:
            after = tokens[i + 2].norm if i + 2 < len(tokens) else ""
            verb = not (tokens[i + 1].norm == "when" or (tokens[i + 1].norm == "for" and after in _PASSING))
        # "if I lose control of my bladder": a loss that may come, read by the "if" trigger
        if opener is not None and any(t.norm == "if" for t in tokens[max(0, opener - 3) : opener]):
            continue
        if (
            opener is not None
            and not verb
            and not _CLAUSE_BREAK_BETWEEN.search(text, tokens[opener].end, tokens[i].start)
        ):
            start, end = tokens[opener].start, tokens[i].end
            replaced[opener] = (i, _meaning(text, start, end, state))
            continue
        # "the feeling in my bum has completely gone": no adjective before the faculty, a
        # place after it
        organ = i > 0 and tokens[i - 1].key in lang.normal_functions  # "my bladder control has gone"
        if i > 0 and tokens[i - 1].norm not in lang.faculty_between and not organ:
            continue
        if not organ and (i + 1 >= len(tokens) or tokens[i + 1].norm not in _PLACE_PREPOSITIONS):
            continue
        for j in range(i + 1, min(len(tokens), i + 2 + _FACULTY_PLACE_REACH)):
            if _CLAUSE_BREAK_BETWEEN.search(text, tokens[j - 1].end, tokens[j].start):
                break
            if tokens[j].norm in lang.faculty_gone:
                after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if after not in lang.faculty_not_after_gone and (j > i + 1 or organ):
                    replaced[i] = (i, _meaning(text, tokens[i].start, tokens[i].end, state))
                    replaced[j] = (j, [attrs.evolve(tokens[j], norm="gone", key="gone")])
                break
    if not replaced:
        return tokens
    return spliced(tokens, replaced)


def _meaning(text: str, start: int, end: int, words: str) -> list[Token]:
    """The tokens of ``words`` standing for ``text[start:end]``."""
    return [Token(start, end, text[start:end], word, keys_of(word)[0]) for word in words.split()]


_CLAUSE_BREAK_BETWEEN = compile_pattern(r"[.;:!?,()]")
_AFTER_A_VERB = frozenset(
    {
        "it",
        "them",
        "anything",
        "something",
        "a",
        "the",
        "when",
        "that",
        "like",
        "what",
        "if",
        "this",
        "myself",
        "me",
        "for",
        "towards",
        "about",  # "lost my feeling for running"
        # a feeling that is an emotion or a state: "I don't have feeling sick", "... much
        # feeling either way about surgery"
        "sick",
        "either",
        "unwell",
        "ill",
        "well",
        "good",
        "great",
        "bad",
        "anxious",
        "nervous",
        "guilty",
        "low",
        "down",
        "tired",
    }
)
_A_LENGTH_OF_TIME = compile_pattern(
    r"\d+$|(?:a|an|one|two|three|four|five|six|several|weeks?|days?|months?|ages|the|over|about|nearly)$"
)
_SENSED = frozenset({"feeling", "feelings", "sensation", "sensations"})
# (not "any feeling for him": a feeling for a person)
_PASSING = frozenset({"passing", "going", "stool", "stools", "urine", "wee", "poo", "peeing", "pooing"})
_TROUBLE = frozenset(
    {"problem", "problems", "issue", "issues", "trouble", "troubles", "difficulty", "difficulties"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "from", "of", "around", "round", "down", "to", "on", "at"})


# An hour of the small hours the writer is up or woken at, said as a bare number ("ugh up again at
# 3, back throbbing", "woke at 4 with my back", "it wakes me at 2"; a review, rev103), or with
# "am" written apart ("at 3 am"): the night, as "3am" is (not "up at 3 pm", "at 3:30 in the
# afternoon", nor an hour of the day: "at 10").
_SMALL_HOURS = LazyPattern(
    r"\b(?:(?:up|awake|woke|wake|wakes|waking|woken)(?:\s+(?:me|up|again)){0,2}\s+"
    r"(?:at|around|about|at\s+about|at\s+around)\s+(?P<hour>[1-4])"
    r"(?!\d|[:.,]\d|\s*p\.?m\b|\s+(?:o\W?clock\s+)?(?:in\s+the\s+)?(?:afternoon|times?|hours?|mins?|minutes?|miles?|days?|weeks?)\b)"
    r"|\b(?:at|around|about|till|until|by)\s+(?P<am>[1-4])\s+a\.?m\b)",
    re.IGNORECASE,
)
_NIGHT_WORD = "night"


def small_hours_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with an hour of the small hours the writer is up or woken at read as "night".

    >>> from painkb.understand.words import tokenize
    >>> t = "up again at 3, back throbbing"
    >>> [t.key for t in small_hours_read(t, tokenize(t))]
    ['up', 'again', 'at', 'night', 'back', 'pain']
    >>> t = "woke up at 3 pm"
    >>> [t.key for t in small_hours_read(t, tokenize(t))][3]
    '3'
    """
    if not any(map(str.isdigit, text)):
        return tokens
    hours = {
        found.start("hour") if found.group("hour") else found.start("am")
        for found in _SMALL_HOURS.finditer(text)
    }
    if not hours:
        return tokens
    # (the number keeps its own form, as "3am" does: its stem is the night)
    return [
        attrs.evolve(token, key=_NIGHT_WORD) if token.start in hours and token.text.isdigit() else token
        for token in tokens
    ]


# A reading of the body's temperature: "temp hit 38.9", "temperature 101.5F", "39C". 38 C or
# more is a high temperature (NHS: fever in adults, "a high temperature of 38C or above").
_READING = compile_pattern(
    r"(?P<whole>\d{2,3})(?:[.,](?P<tenths>\d))?\s*(?P<unit>°\s*[cf]?|degrees(?:\s+[cf]\b)?|[cf]\b)?",
    re.IGNORECASE,
)
_TEMPERATURE_WORDS = frozenset({"temp", "temps", "temperature", "temperatures", "thermometer"})
_READING_REACH = 4  # words from "temp" to its reading ("temp hit 38.9", "temperature went up to 39")
_FEVER_CELSIUS = 38.0
_WEATHER = LazyPattern(
    r"\b(?:heat\s*wave|weather|outside|forecast|sunny|scorching|boiling\s+hot|in\s+the\s+shade|oven|sauna|bath)\b",
    re.IGNORECASE,
)
# ... and the heat or the sun one is in ("40 degrees in this heat", not a heat pad's): a reading
# with only its unit is the air's, unless the body's heat or cold is told too ("temp 39.5, been
# lying in the sun", "readings of 39.5, can't even sit out in the sun", "stuck inside in this
# heat but freezing cold": a hunt, rev96) or the heat is denied ("no sunshine then")
_HEAT_ONE_IS_IN = LazyPattern(
    r"(?<!\bno\s)\b(?:sunshine|(?:in|out\s+in)\s+(?:this|the|all\s+this)\s+(?:heat|sun)\b"
    r"(?!\s+(?:pad|pack|patch|wrap|lamp|rub|gel)))",
    re.IGNORECASE,
)
_THE_BODYS_HEAT = LazyPattern(
    r"\b(?:readings?|read|thermometer|freezing|cold|shiver\w*|chills?|sweat\w*|rigors?|temp\w*|fever\w*)\b",
    re.IGNORECASE,
)
_FEVER = "fever"


def temperatures_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a temperature reading of 38 C (100.4 F) or more read as "fever": the
    temperature word before it ("temp hit 38.9"), or the reading itself when its unit says
    it is one ("39.5C and my back is killing me").

    >>> from painkb.understand.words import tokenize
    >>> t = "temp hit 38.9 this morning"
    >>> [t.norm for t in temperatures_read(t, tokenize(t))][:3]
    ['fever', 'hit', '38']
    >>> t = "temp is 37.1"
    >>> [t.norm for t in temperatures_read(t, tokenize(t))][0]
    'temp'
    """
    # (no reading without a digit; none in the weather: "40 degrees, heatwave")
    if not any(map(str.isdigit, text)):
        return tokens
    lowered = lower_case(text)
    if _WEATHER.search_lower(text, lowered):
        return tokens
    in_the_heat = (
        _HEAT_ONE_IS_IN.search_lower(text, lowered) is not None
        and _THE_BODYS_HEAT.search_lower(text, lowered) is None
    )
    read: dict[int, Token] = {}
    for i, token in enumerate(tokens):
        if not token.text[:1].isdigit():
            continue
        found = _READING.match(text, token.start)
        if found is None or not _a_fever(found):
            continue
        # the word before the reading, or right after a reading with tenths or a unit ("38.5
        # temperature since last night"; not an age: "I'm 39, temperature normal")
        after = range(i + 1, min(len(tokens), i + 3)) if found["tenths"] or found["unit"] else range(0)
        near = [*range(i - 1, max(-1, i - 1 - _READING_REACH), -1), *after]
        word = next((j for j in near if tokens[j].norm in _TEMPERATURE_WORDS), None)
        # "the temperature" is the air's ("the temperature hit 40 today"), "the thermometer" mine
        if word is not None and not (
            word > 0 and tokens[word - 1].norm == "the" and tokens[word].norm != "thermometer"
        ):
            read[word] = attrs.evolve(tokens[word], norm=_FEVER, key=_FEVER)
        elif found["unit"] and not in_the_heat:
            read[i] = attrs.evolve(token, norm=_FEVER, key=_FEVER)
    return [read.get(i, token) for i, token in enumerate(tokens)] if read else tokens


def _a_fever(reading: re.Match[str]) -> bool:
    """True for a reading of 38 C or more, in Celsius (35-43) or Fahrenheit (95-110)."""
    value = int(reading["whole"]) + int(reading["tenths"] or 0) / 10
    unit = (reading["unit"] or "").strip(" °").lower()[-1:]
    if unit == "f" or (not unit and 95 <= value <= 110):
        value = (value - 32) * 5 / 9
    return _FEVER_CELSIUS <= value <= 43


_HEIGHT = LazyPattern(
    r"(?P<count>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
    r"[\s-]*(?P<unit>metres?|meters?|m\b|feet|foot|ft\b)",
    re.IGNORECASE,
)
_FALL_WORDS = frozenset(
    {
        "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "tumbled", "plunged", "landed",
        "jumped", "thrown", "toppled", "plummeted",
    }
)  # fmt: skip
# ... and "came off" or "came down": "Came off the scaffold at work from the second lift, maybe
# two metres"
_CAME = frozenset({"came", "come", "coming"})
_OFF = frozenset({"off", "down"})
# words from the fall to its height ("I fell from the terrace parapet, around 10 feet")
_FALL_REACH = 14  # (and "Fell off the stepladder putting the curtains back up on Sunday, about five foot")
_A_HEIGHT_METRES = 1.0  # NICE NG41: a fall from more than 1 metre is a dangerous mechanism
_FELL, HEIGHT_WORD = "fell", "height"


def heights_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a fall from more than a metre read as "fell ... height" (a fall from a
    height, NICE NG41): "dropped about three metres onto the stairs", "fell 10 feet".

    >>> from painkb.understand.words import tokenize
    >>> t = "dropped about three metres onto the stairs"
    >>> [t.norm for t in heights_read(t, tokenize(t))][:4]
    ['fell', 'about', 'height', 'metres']
    >>> t = "fell about 2 feet off the step"
    >>> [t.norm for t in heights_read(t, tokenize(t))][2]
    '2'
    """
    at: dict[int, int] = {}  # the position of each token by its start, once a height is found
    read: dict[int, Token] = {}
    for found in _HEIGHT.finditer_lower(text, lower_case(text)):
        if not at:
            at = {token.start: i for i, token in enumerate(tokens)}
        i = at.get(found.start())
        if i is None:  # inside a word
            continue
        token = tokens[i]
        count = found["count"].lower()
        value = float(NUMBER_WORDS[count] if count.isalpha() else count)
        metres = value if found["unit"].lower().startswith("m") else value * 0.3048
        if metres <= _A_HEIGHT_METRES:
            continue
        before = range(i - 1, max(-1, i - 1 - _FALL_REACH), -1)
        fall = next(
            (
                j
                for j in before
                if tokens[j].norm in _FALL_WORDS
                or (tokens[j].norm in _CAME and j + 1 < len(tokens) and tokens[j + 1].norm in _OFF)
            ),
            None,
        )
        if fall is not None:
            read[fall] = attrs.evolve(tokens[fall], norm=_FELL, key=keys_of(_FELL)[0])
            read[i] = attrs.evolve(token, norm=HEIGHT_WORD, key=keys_of(HEIGHT_WORD)[0])
    return [read.get(i, token) for i, token in enumerate(tokens)] if read else tokens


def _spans_read(text: str, tokens: list[Token], spans: list[tuple[int, int]], words: str) -> list[Token]:
    """``tokens``, with those starting inside each of ``spans`` replaced by the tokens of ``words``."""
    kept: list[Token] = []
    for token in tokens:
        span = next(((a, b) for a, b in spans if a <= token.start < b), None)
        if span is None:
            kept.append(token)
        elif token.start == span[0]:
            kept += _meaning(text, *span, words)
    return kept


# A weight told as gone down from one figure to a smaller one: "dropped from eleven stone to
# ten", "gone from 80 kg down to 72", "went from 14st to 12st 6lb" (a unit said at least once;
# not a pain score, "went from 8 to 6", nor a dress size).
_WEIGHT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_WEIGHT_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(_WEIGHT_WORDS)
_WEIGHT_UNIT = r"stone|st|kg|kgs|kilos?|kilograms?|lbs?|pounds"
_WEIGHT_FALLEN = LazyPattern(
    r"\b(?:dropped|gone|went|come|came|fallen|fell|slipped|shrunk|lost)\s+(?:down\s+|right\s+down\s+)?"
    rf"from\s+(?:about\s+|around\s+|over\s+)?(?P<a>{_WEIGHT_NUMBER})\s*(?P<ua>{_WEIGHT_UNIT})?\b"
    rf"(?:\s*(?:and\s+)?\d+\s*(?:lbs?|pounds))?\s+(?:down\s+)?to\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+|barely\s+)?"
    rf"(?P<b>{_WEIGHT_NUMBER})\s*(?P<ub>{_WEIGHT_UNIT})?\b",
    re.IGNORECASE,
)


_A_LIFT = LazyPattern(
    r"\b(?:bench|squats?|deadlifts?|lifts?|lifting|press|pb|max|weights|dumbbells?|kettlebells?|bar|reps)\b",
    re.IGNORECASE,
)
_LIFT_REACH = 30  # characters before the weight where a lift is named


def _weight_figure(said: str) -> float:
    return _WEIGHT_WORDS[said.lower()] if said.isalpha() else float(said)


def weights_fallen_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a weight told as gone down from one figure to a smaller one read as
    "lost weight" ("dropped from eleven stone to ten").

    >>> from painkb.understand.words import tokenize
    >>> t = "I've dropped from eleven stone to ten without trying"
    >>> [t.norm for t in weights_fallen_read(t, tokenize(t))]
    ['ive', 'lost', 'weight', 'without', 'trying']
    >>> t = "the pain went from 8 to 6 after the tablets"
    >>> len(weights_fallen_read(t, tokenize(t))) == len(tokenize(t))
    True
    """
    found = [
        m
        for m in _WEIGHT_FALLEN.finditer_lower(text, lower_case(text))
        if (m["ua"] or m["ub"])
        and _weight_figure(m["b"]) < _weight_figure(m["a"])
        # (not a weight lifted: "my bench went from 100kg to 80kg")
        and not _A_LIFT.search(text, max(0, m.start() - _LIFT_REACH), m.start())
    ]
    return _spans_read(text, tokens, [m.span() for m in found], "lost weight") if found else tokens


def gestations_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with how far along a pregnancy is read as "pregnant", not as weeks of pain
    ("pregnancy? 28 weeks, ache round my bum" tells no buttock pain for weeks).

    >>> from painkb.understand.words import tokenize
    >>> t = "pregnant, 28 weeks, bum aches"
    >>> [t.norm for t in gestations_read(t, tokenize(t))]
    ['pregnant', 'pregnant', 'bum', 'aches']
    """
    along = gestations_in(text)
    return _spans_read(text, tokens, along, "pregnant") if along else tokens


# A blow the writer took from someone or something, to a part painkb covers: "the ram kicked me
# in the hip", "a lad kneed me right in the lower back", "took a knee to the lower back at 5 a
# side", "caught an elbow in the back": read as "I whacked my <part>". Not a baby's kick nor one in
# someone's sleep ("the baby kicked me in the back all night", "he kneed me in the back in his
# sleep"), nor anything else got in the back ("got a pain in my back": only a blow's words).
_BLOW_PART = (
    r"(?:(?:right|square|straight|full|hard|smack)\s+)?(?:in|on|into|to|across)\s+(?:the|my)\s+"
    # (not the backside: "my wife finally kicked me in the backside to see the GP" is a figure)
    r"(?P<part>(?:(?:lower|low|left|right|upper|small\s+of\s+my)\s+)?(?:hip|hips|back|tailbone|coccyx|pelvis|spine))\b"
)
_BLOW_RECEIVED = LazyPattern(
    r"\b(?:(?P<received>(?:kicked|kneed|elbowed|head-?butted|headbutted|butted|barged|rammed|booted|shoulder-?charged|"
    r"punched|thumped|stamped\s+on)\s+me"
    # ... or one who landed on the writer or dropped a thing on them ("one of my kids jumped on my
    # back", "a lad dropped a pallet on my back"; not a thing put there: "dropped a heat pack on")
    r"|(?P<landed>(?:jumped|leapt|leaped)(?=\s+(?:(?:right|square|straight|full|hard|smack)\s+)?on\s)"
    r"|dropped\s+(?:a|an|the|some|his|her|their)(?:\s+[\w-]+){1,3}?"
    r"(?<!pack)(?<!packs)(?<!bottle)(?<!cream)(?<!gel)(?<!towel)(?<!blanket)(?<!pillow)(?<!cushion)(?<!patch)))"
    # ... or a thing swung or thrown that struck the writer ("my nephew swung a bat and caught me
    # square in the low back", "the ball hit me right in the back": `_A_STRIKING_THING` before it)
    r"|(?P<struck>(?:caught|hit|struck|clipped|clocked|smacked|whacked|thumped|walloped|thwacked)\s+me)"
    r"|(?:took|got|caught|copped|taken|getting|taking|catching)\s+(?:a|an|his|her|their|the|one)\s+"
    r"(?:[\w-]+\s+){0,2}?"  # "a stray hockey stick", "a right good kick"
    r"(?:knee|elbow|boot|kick|ball|stick|bat|racket|racquet|shoulder|head|headbutt|punch|stud|studs|hoof|"
    r"fist|club|puck|knock|hit|whack|blow|smack|thump))\s+" + _BLOW_PART,
    re.IGNORECASE,
)
_NOT_A_BLOW = LazyPattern(
    r"\b(?:baby|babies|bump|unborn|twins|expecting|sleep|sleeping|slept|asleep|sleeper|bed|womb|pregnan\w*|plane|"
    r"flight|seat|massage|physio|osteo|all\s+(?:night|evening|day|morning)|every\s+night)\b"
    # ... nor one the writer says did no harm: "... kneed me in the back, I'm fine, but ..."
    r"|\bi\s*(?:['\u2019]?m|\s+am)\s+(?:fine|ok|okay|alright|unhurt)\b",
    re.IGNORECASE,
)
_NO_BLOW_BEFORE = LazyPattern(
    r"(?:\b(?:nobody|no\s+one|noone|never|not|didn[\u2019']?t|flu|cold|virus|bug|covid|week|life|work|job|stress|"
    r"menopause|chemo|age)\b(?:\s+\w+){0,2}|\b(?:it|this|that)(?:\s+(?:really|just|has|had|totally|properly))?)\s*$",
    re.IGNORECASE,
)
_THE_WRITER_TOOK = LazyPattern(
    r"(?:^|\b(?:i|ive|i['\u2019]ve|i\s+have|i\s+had|just|and|then|also|so|today|yesterday|tonight)|[,;:(])\s*$",
    re.IGNORECASE,
)
# A thing that strikes, said before "caught me", "hit me" in its sentence: a blow, not a pain that
# "caught me in the lower back" or "hit me in the back" (nor "it hit me right in the hip")
_A_STRIKING_THING = LazyPattern(
    r"\b(?:bat|bats|ball|stick|club|racket|racquet|puck|hoof|hooves|horn|horns|boot|elbow|knee|fist|"
    r"swung|swinging|swing|kick|kicked|tackle|headbutt|door|gate|branch|pole|plank|beam|brick|rock|stone|"
    r"cow|bull|horse|calf|heifer|bullock|steer|ram|goat|sheep|pony|mare|donkey)\b",
    re.IGNORECASE,
)
# The opening of a part of a sentence that tells when: "... brushing the horse when the pain caught me"
_WHEN_OPENING = LazyPattern(r"\b(?:when|while|whilst|as|until|till)\b", re.IGNORECASE)
# A pain said as what caught the writer: "the pain caught me", "a sudden spasm suddenly hit me"
_A_PAIN_AT_END = LazyPattern(
    r"\b(?:pain|pains|spasm|spasms|cramp|cramps|twinge|twinges|ache|aches|stitch|agony|jolt|jolts|stab|"
    r"stabs|sciatica|niggle)(?:\s+(?:suddenly|just|really|then|properly|totally|has|had))?\s*$",
    re.IGNORECASE,
)


def _struck_by_a_thing(before: str) -> bool:
    """Whether ``before`` (the words of the sentence before "caught me", "hit me") tells a thing
    that strikes as what struck: said in the part of the sentence the verb is in, and no pain
    said as what did ("my nephew swung a bat and caught me", not "leaning on my elbow reading
    when the pain caught me")."""
    opening = max((m.end() for m in _WHEN_OPENING.finditer(before)), default=0)
    own = before[opening:]
    return _A_STRIKING_THING.search(own) is not None and _A_PAIN_AT_END.search(own) is None


_IT_AT_END = re.compile(r"\b(?:it|this|that)(?:\s+(?:really|just))?\s*$", re.IGNORECASE)
_A_THING_AFTER = LazyPattern(
    r"\s+(?:garden|door|doors|seat|seats|yard|step|steps|room|gate|wall|passage|pocket|wheel|window|bumper|"
    r"of\s+(?:the|a|my|his|her)\b)",
    re.IGNORECASE,
)


def blows_received_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a blow the writer took to the hip, buttock or back read as the writer's
    own blow to it, "I whacked my <part>", which is an injury when a pain is told with it
    ([cues.injuring]: "took a knee to the lower back ... now theres a pain going down my leg").

    >>> from painkb.understand.words import tokenize
    >>> t = "took a knee to the lower back at 5 a side"
    >>> [t.norm for t in blows_received_read(t, tokenize(t))][:5]
    ['i', 'whacked', 'my', 'lower', 'back']
    >>> t = "the baby kicked me in the back all night"
    >>> len(blows_received_read(t, tokenize(t))) == len(tokenize(t))
    True
    """
    lowered = lower_case(text)
    found = []
    newer = language().injuring.new_within_days
    for blow in _BLOW_RECEIVED.finditer_lower(text, lowered):
        start, end = _sentence_around(text, blow.start(), blow.end())
        before = text[start : blow.start()]
        # (nor a hurt said to have lasted longer than a blow told now: "... and my lower back has
        # been stiff for months anyway")
        if (
            not _NOT_A_BLOW.search(text, start, end)
            and all(duration.days < newer for duration, _ in durations_in(text[start:end]))
            # (a part of a thing: "took a ball to the back garden")
            and not _A_THING_AFTER.match(text, blow.end())
            # (a blow taken by the writer, not "striker took a ball straight to the groin")
            and (
                blow["received"] is not None
                or blow["struck"] is not None
                or _THE_WRITER_TOOK.search(before) is not None
            )
            # (a thing that struck, said before "caught me" in its part of the sentence: not "the
            # pain caught me in the back", nor a thing only where the writer was when a pain
            # caught them: "I was walking through the door when the pain caught me")
            and (blow["struck"] is None or _struck_by_a_thing(before))
            # (nor one denied or a figure: "nobody punched me in the back", "the flu really kicked
            # me in the backside", "that really kicked me in the backside"; a landing or a thing
            # dropped is no figure: "one of my lads at work dropped a crate on my back")
            # ... the "it" of a thing that strikes is that thing: "swung a bat and it caught me ..."
            and (
                blow["landed"] is not None
                or not _NO_BLOW_BEFORE.search(_IT_AT_END.sub("", before) if blow["struck"] else before)
            )
        ):
            found.append(blow)
    spans = [(blow.start(), blow.start("part")) for blow in found]
    return _spans_read(text, tokens, spans, "i whacked my") if spans else tokens


# A fall off a bicycle or a scooter at speed is a crash, as "crashed my bike" is read (NICE NG41
# counts a bicycle collision a dangerous mechanism; a fall to the road at 30mph is one): "came off
# my bike at about 30mph going downhill", "fell off the scooter at full speed" (not "came off my
# bike at 5mph", "at low speed")
_FALLING = frozenset(
    {"fell", "fall", "falls", "fallen", "falling", "came", "come", "comes", "tumbled", "flew"}
)
_THE_RIDERS = frozenset({"my", "the"})
_CYCLES = frozenset({"bike", "bicycle", "ebike", "bmx", "scooter"})
_AT_SPEED = LazyPattern(
    r"\b(?P<mph>\d+)\s*(?:mph|miles\s+(?:an|per)\s+hour)\b|\b(?P<kmh>\d+)\s*(?:km/?h|kph|kmh|km\s+(?:an|per)\s+hour)\b"
    r"|\bat\s+(?:high\s+|full\s+|top\s+|great\s+|some\s+|a\s+(?:fair|good|decent)\s+(?:bit\s+of\s+)?)?speed\b"
    r"|\bflat\s+out\b|\bfull\s+(?:pelt|tilt)\b",
    re.IGNORECASE,
)
_A_HIGH_SPEED_MPH = 20  # ... or 30 km/h: faster than most ride on the flat
_A_HIGH_SPEED_KMH = 30


def falls_at_speed_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a fall off a bicycle or a scooter said in its sentence to be at speed
    (20 mph, 30 km/h or more, "at speed", "flat out") read as a fall in a crash ("fell car crash").

    >>> from painkb.understand.words import tokenize
    >>> t = "fell off my bike at about 30mph going downhill"
    >>> [t.norm for t in falls_at_speed_read(t, tokenize(t))][:4]
    ['fell', 'car', 'crash', 'my']
    >>> t = "fell off my bike at 5mph"
    >>> [t.norm for t in falls_at_speed_read(t, tokenize(t))][:4]
    ['fell', 'off', 'my', 'bike']
    """
    read: dict[int, list[Token]] = {}
    for i in range(len(tokens) - 3):
        if (
            tokens[i].norm in _FALLING
            and tokens[i + 1].norm == "off"
            and tokens[i + 2].norm in _THE_RIDERS
            and not _CYCLES.isdisjoint(t.norm for t in tokens[i + 3 : i + 5])
        ):
            start, end = _sentence_around(text, tokens[i].start, tokens[i + 1].end)
            if any(_a_high_speed(speed) for speed in _AT_SPEED.finditer(text, start, end)):
                # (still a fall: "... at speed. I can't put my foot down" is a fall and no weight borne)
                off = tokens[i + 1]
                read[i] = [attrs.evolve(tokens[i], norm=_FELL, key=keys_of(_FELL)[0])]
                read[i + 1] = [attrs.evolve(off, norm=word, key=keys_of(word)[0]) for word in (_CAR, _CRASH)]
    return [t for i, token in enumerate(tokens) for t in read.get(i, [token])] if read else tokens


def _a_high_speed(speed: re.Match[str]) -> bool:
    """True for a speed of `_AT_SPEED` that is high: a figure at or over the mark, or in words."""
    if speed["mph"] is not None:
        return int(speed["mph"]) >= _A_HIGH_SPEED_MPH
    if speed["kmh"] is not None:
        return int(speed["kmh"]) >= _A_HIGH_SPEED_KMH
    return True


# A cancer the writer has or had, told by a verb of having or going through it before the
# disease, with only the words that say which cancer or how far on between ("I've got stage 4
# lung cancer", "I beat breast cancer", "in remission from lymphoma", "treated for prostate
# cancer in 2019"): a past cancer, as "had cancer" says it, however far the pain is told from it.
# Not a cancer feared, tested for or another's ("I have read up on cancer", "got my mum's
# cancer results", "a colleague with cancer", "the cancer clinic", "Cancer as my star sign").
_CANCER_WORD = (
    r"(?:cancer|lymphoma|leuka?emia|myeloma|melanoma|(?:adeno)?carcinoma|sarcoma|mesothelioma|glioblastoma|glioma|"
    r"hodgkin['\u2019]?s|cll|cml)"
)
_WHICH_CANCER = (
    r"(?:a|an|stage\s+(?:[0-4]|i{1,3}v?|iv|one|two|three|four)[abc]?|early|advanced|secondary|metastatic|terminal|"
    r"incurable|aggressive|invasive|non[\s-]?small[\s-]?cell|small[\s-]?cell|non[\s-]?hodgkin['\u2019]?s?|"
    r"breast|bowel|colon|colorectal|rectal|prostate|lung|skin|ovarian|cervical|womb|uterine|endometrial|kidney|"
    r"renal|bladder|thyroid|pancreatic|stomach|liver|bone|blood|brain|throat|mouth|tongue|oesophageal|esophageal|"
    r"testicular|head\s+and\s+neck|hodgkin['\u2019]?s|b[\s-]?cell|t[\s-]?cell|follicular|lobular|ductal|triple|"
    r"negative|positive|her2|hormone|receptor|grade\s+\d)"
)
# a cancer believed, feared or wondered about before it in its clause ("googled back pain and now
# I'm convinced I've got bone cancer")
_DOUBTED_BEFORE = LazyPattern(
    r"\b(?:convinced|think|thinks|thought|worried|worry|scared|afraid|fear|feared|wonder|wondering|maybe|might|"
    r"could|suspect|if|whether|googled|googling|sure|paranoid|terrified)\b[^.!?,;]*$",
    re.IGNORECASE,
)
_CANCER_HAD = LazyPattern(
    # ("being treated for" is "had" in the phrase table already)
    r"\b(?P<verb>(?:have|got|had)(?:\s+got)?|diagnosed\s+with|(?<!being\s)treated\s+for|remission\s+from|beat|"
    r"beaten|survived|battled|battling|fought|fighting|recovering\s+from|recovered\s+from|living\s+with)\s+"
    rf"(?:{_WHICH_CANCER}\s+){{0,4}}{_CANCER_WORD}\b"
    r"(?![\s-]+(?:clinic|clinics|team|nurse|nurses|ward|unit|centre|center|charity|research|screening|test|tests|"
    r"risk|scare|symptoms?|signs?|referral|pathway|specialist|doctor|consultant|appointment|gene|genes|awareness|"
    r"fund|support|care|service|services|hospital|drug|drugs|survivors|patients|sufferers|check|checks|scan|scans|"
    r"results?|fear|fears|worry|anxiety|phobia|insurance|insurer|cover|policy|clients?|patient|rising|moon|sun|season|"
    # (nor one looked for and not found: "had testicular cancer ruled out with an ultrasound")
    r"ascendant|ruled|excluded)\b)"
    # (nor a star sign: "I have Cancer as my star sign")
    r"(?![^.!?]{0,40}?\b(?:horoscope|star\s+sign|zodiac)\b)",
    re.IGNORECASE,
)
# A cancer named first and told as treated at a time gone, as a note of the writer's history
# ("Prostate cancer treated with radiotherapy in 2018", "my bowel cancer was removed 3 years
# ago"), is one had, as "I had prostate cancer in 2018" is. Only with the time: "breast cancer
# treated with surgery can come back" tells of no one.
_CANCER_TREATED_THEN = LazyPattern(
    rf"\b(?:my\s+)?(?:{_WHICH_CANCER}\s+){{0,4}}{_CANCER_WORD}\s+(?:was\s+|were\s+)?"
    r"(?:treated|removed|cut\s+out|operated\s+on|cured)"
    r"(?=(?:\s+(?:with|by)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)?,?\s+"
    r"(?:in\s+(?:19|20)\d\d|back\s+in|last\s+year|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|fifteen|twenty|a\s+few|several|many)\s+years?\s+ago)\b)",
    re.IGNORECASE,
)
# "... a family history of breast cancer and had it myself in 2015": the family's cancer first,
# then the writer's own, said as "it".
_HAD_IT_TOO = LazyPattern(
    r"\b(?:i\s+)?(?:had|have|got)\s+it\s+(?:myself|too|as\s+well)\b",
    re.IGNORECASE,
)
_FAMILY_CANCER = LazyPattern(rf"\bfamily\s+(?:history|cancer)\b[^.!?]*?\b{_CANCER_WORD}", re.IGNORECASE)


# The writer's own chemotherapy or radiotherapy, now or past, tells of a cancer (the citation
# of nhs-chemotherapy on the history-of-cancer sign): "had cancer" is read before the words of
# the treatment, which stay for what they tell besides (a weak immune system "on chemo").
# Only when told as had, not denied ("they took out the tumour, I didn't need chemo": no proof
# of no cancer) nor needed or offered; not a place or a figure ("the chemo ward", "chemo brain",
# "chemo-like side effects"), nor one for another disease ("chemo for my rheumatoid arthritis",
# "radiotherapy for a keloid scar": only for a cancer or an organ a cancer is named by).
_CHEMO = (
    r"(?:chemo|kemo|chemotherapy|chemotheraphy|radiotherapy|radiation(?:\s+(?:therapy|treatment))?|"
    # regimens and drugs by name ("3rd cycle of FEC done", "on R-CHOP")
    r"fec|r-?chop|bep|abvd|folfox|folfiri|capecitabine|docetaxel|paclitaxel|carboplatin|cisplatin|oxaliplatin)"
)
_CANCER_TREATED = LazyPattern(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bno\s)(?<!n['\u2019]t\s)(?<!nt\s)"
    r"\b(?P<verb>on|had|having|finished|finishing|started|starting|doing|done|did|completed|undergoing|underwent|"
    r"(?:going|went|gone|been)\s+through|(?:a\s+)?(?:course|rounds?|cycles?|sessions?|months?|weeks?)\s+of|"
    r"(?:\d+|one|two|three|four|five|six|eight|ten|twelve|twenty)\s+(?:rounds?|cycles?|sessions?|months?|weeks?)\s+of|"
    r"(?:round|cycle|session)\s+\d+\s+of|(?:my\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"last|final)\s+(?:round|cycle|session)\s+of|post|post-|"
    r"(?:\d+|one|two|three|four|five|six)\s+(?:rounds?|cycles?|sessions?|months?|weeks?)\s+into)\s*"
    r"(?:(?:my|the|some|more|oral|iv|a\s+bit\s+of|last|first|final|\d+|one|two|three|four|five|six|eight|ten|twelve)"
    r"\s+){0,2}"
    rf"{_CHEMO}\b"
    r"(?![\s-]+(?:ward|wards|unit|units|duty|prep|nurse|nurses|suite|room|department|brain|like|level|bay|clinic|"
    r"team|drugs?|tablets?|pills?|tabs|injections?|jabs?|patients?|chair|chairs|day|days|runs?|trips?|visits?|"
    r"shifts?|exposure|sickness|poisoning|levels?|dose|nursing|training|trained|certified|protection|safety|"
    r"spills?|handling|preparation|pharmacy|from|off|of)\b)"
    # (nor one gone through with another: "been through chemo with my wife", "chemo with my dog")
    r"(?!\s+(?:with|for|alongside)\s+(?:my|his|her|our|the)\s+"
    r"(?:mum|mom|mam|mother|dad|father|wife|husband|partner|son|daughter|brother|sister|friend|dog|cat|horse|pet)s?\b)",
    re.IGNORECASE,
)
# what a treatment is said to be for, when said: a cancer or an organ a cancer is named by
_TREATED_FOR = LazyPattern(
    r"\s+(?:for|on|to)\s+(?P<what>(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)", re.IGNORECASE
)
_CANCER_OR_SITE = LazyPattern(
    rf"{_CANCER_WORD}|\b(?:breast|bowel|colon|rectum|prostate|lung|lungs|cervix|womb|ovary|ovaries|bladder|kidney|"
    r"throat|tongue|tumou?r|lump|secondaries|mets)\b",
    re.IGNORECASE,
)
# A treatment told as the cause or start of another thing ("tingling in my toes since starting
# the chemo", "my feet tingle from the chemo"), or only imagined ("doing chemo would be
# easier than this"): not read as a cancer.
_AS_A_CAUSE = LazyPattern(r"\b(?:since|from|after|because\s+of|due\s+to|with)\s+(?:i\s+)?$", re.IGNORECASE)
# A disease chemotherapy is given for that is no cancer, named in the text with no cancer named
# ("I have lupus. My chemo finished in May", "6 months post chemo and stem cell transplant for
# my MS"): the treatment tells of no cancer.
_ANOTHER_DISEASE = LazyPattern(
    r"\b(?:lupus|sle|vasculitis|ms(?!\s+(?:teams|word|excel|office|outlook|paint))|multiple\s+sclerosis|rheumatoid|ra|"
    r"psoriatic|psoriasis|crohn['\u2019]?s|colitis|\w*nephritis|nephrotic|\w*nephropathy|kidney\s+disease|scleroderma|"
    r"\w*myositis|sarcoid(?:osis)?|wegener['\u2019]?s|gpa|anca|myasthenia|aplastic|sickle|beh[cç]et['\u2019]?s|"
    r"autoimmune|dupuytren['\u2019]?s|plantar\s+fasciitis|thyroid\s+eye|graves['\u2019]?|keloid)\b",
    re.IGNORECASE,
)
_CANCER_NAMED = LazyPattern(rf"\b{_CANCER_WORD}\b|\btumou?r", re.IGNORECASE)
# (... but the end of one is a time, not a cause: "my back has ached since I finished chemo",
# "after finishing radiotherapy")
_ENDED = LazyPattern(r"(?:finished|finishing|completed|done|ended|over|stopped)$", re.IGNORECASE)
# "My chemo finished in May", "since my radiotherapy ended"
_TREATMENT_ENDED = LazyPattern(
    rf"\bmy\s+(?:last\s+|final\s+)?{_CHEMO}\s+(?:(?:was|is|has|had|got)\s+)?(?P<verb>finished|ended|stopped|done|over|"
    r"completed)\b",
    re.IGNORECASE,
)
_IMAGINED = LazyPattern(r"\b(?:would|wouldn['\u2019]?t|if\s+(?:i|it|its|this)|imagine)\b", re.IGNORECASE)


# Said by the writer of themselves: after "I" (and a few words of time or tense: "I've just
# been", "I'm in"), or opening a clause with no subject of its own ("Finished chemo in March",
# "..., then started chemo") when no one else is named before it in its sentence or in the
# sentence before ("Mum was diagnosed in May, then started chemo"; "My wife was diagnosed. Started
# chemo in June").
_THE_WRITER_BEFORE = LazyPattern(
    r"\b(?:i|i['\u2019]?m|im|i\s+am|i['\u2019]?ve|ive|i['\u2019]?d)"
    r"(?:\s+(?:just|only|recently|also|still|currently|been|now|already|finally|have|had|was|am|being|in|got|"
    r"getting|went|go|going|then|actually|successfully|on|having|doing|after|"
    # ("I'm 3 months post chemo")
    r"(?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?|months?|years?)))*\s*$",
    re.IGNORECASE,
)
_NO_SUBJECT_BEFORE = LazyPattern(
    r"(?:^|[,;:(]|\b(?:and|but|so|then|also|just|currently|recently|now|still|yes|yeah|well|ok|okay|as|when|while))"
    r"(?:\s*\b(?:just|only|recently|also|still|currently|been|had|have|having|done|finished|now|already|"
    r"(?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?|months?|years?))\b)*\s*$",
    re.IGNORECASE,
)
_SOMEONE_ELSE = LazyPattern(
    r"\b(?:mum|mom|mam|mummy|mother|dad|daddy|father|wife|husband|hubby|partner|son|daughter|brother|sister|"
    r"friend|colleague|grandma|granny|nan|nana|grandad|grandpa|granda|uncle|aunt|auntie|cousin|boyfriend|"
    r"girlfriend|fianc\w*|neighbou?r|child|kid|baby|he|she|his|her|him|they|their|patient|client)s?\b",
    re.IGNORECASE,
)


# A hurt the writer took at a sport of tackles, falls or blows ("I hurt my back playing rugby
# yesterday", "did my hip in at judo", "twisted my back in a football match"): a sports injury,
# as "injured my <part>" says it. Not a sport of strains alone (golf, tennis, running, the gym:
# "hurt my back playing golf" is a strain), nor one only played ("I play rugby and my back aches").
_CONTACT_SPORT = (
    r"(?:rugby(?:\s+league|\s+union)?|(?:american\s+|gaelic\s+|aussie\s+rules\s+|five[\s-]a[\s-]side\s+)?football|"
    r"five[\s-]a[\s-]side|aussie\s+rules|roller\s+derby|footy|soccer|(?:ice\s+)?hockey|lacrosse|hurling|gaelic|afl|judo|wrestling|kickboxing|karate|"
    r"(?:brazilian\s+)?jiu[\s-]?jitsu|bjj|mma|martial\s+arts|taekwondo|skiing|snowboarding|skateboarding|"
    r"ice\s+skating|horse\s+riding|trampolining|gymnastics)"
)
# sports said by their own verb ("hurt my back skiing"; not boxing: "boxing up the house")
_SPORTING = r"(?:skiing|snowboarding|skateboarding|trampolining|horse\s+riding)"
# the words that may stand between the hurt and the sport: when, and how badly
_HURT_WHEN = (
    r"(?:yesterday|today|tonight|earlier|again|badly|properly|really|quite|last\s+(?:night|week|weekend)|"
    r"this\s+(?:morning|afternoon|evening|week|weekend)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"at\s+the\s+weekend|over\s+the\s+weekend)"
)
# the hurt and the part hurt
_HURT = (
    r"(?P<verb>hurt|did|twisted|jarred|wrenched|tweaked|knackered|damaged|bashed|banged|smashed)\s+"
    r"(?P<part>my\s+(?:(?:lower|low|left|right)\s+)?(?:back|hip|hips|tailbone|coccyx|pelvis|spine|bum|buttock|bottom))\b"
)
# what else may be done when a hurt is told with a sport ("at rugby training doing deadlifts",
# "... and then I hurt my back lifting the cooler": a strain, not a sports injury)
_DOING_ELSE = (
    r"doing|lifting|carrying|stretching|bending|picking|sitting|standing|sleeping|driving|packing|moving|"
    r"pushing|pulling"
)
_SPORT_HURT = LazyPattern(
    rf"\b{_HURT}"
    rf"(?:\s+in)?(?:\s+{_HURT_WHEN}){{0,2}}\s+"
    # playing it, at it (not "at the football": watching a match), in or during a match of it,
    # or a sport said by its own verb ("hurt my back skiing")
    r"(?:(?:(?:playing|doing)\s+(?:some\s+)?|at\s+(?:my\s+|our\s+)?|in\s+(?:a\s+|my\s+|our\s+)?|"
    r"during\s+(?:a|my|our)\s+)"
    rf"{_CONTACT_SPORT}|{_SPORTING})\b"
    # ... not on a games console, nor doing something else there ("at rugby training doing
    # deadlifts", "at football carrying the kit bags")
    r"(?!\s+(?:on\s+(?:the\s+|my\s+)?(?:ps\d|playstation|xbox|wii|switch|computer|console|telly|tv)|manager|"
    r"games?\b|video|trip|holiday))"
    rf"(?!(?:\s+[\w']+){{0,4}}?\s+(?:{_DOING_ELSE}|cheering|watching|coaching|mucking|shifting|setting))"
    # (nor there as its coach, referee or a spectator: "at football, I'm the coach, just bending")
    r"(?![^.!?]{0,60}?\b(?:coach|coaching|referee|reffing|spectator|spectating|cheering|watching)\b)",
    re.IGNORECASE,
)
# ... or the sport told first: "Went skiing and hurt my back", "playing rugby yesterday and did
# my back in"
_SPORT_THEN_HURT = LazyPattern(
    rf"\b(?:(?:playing|doing)\s+(?:some\s+)?{_CONTACT_SPORT}|(?:went\s+|was\s+|been\s+)?{_SPORTING})"
    rf"(?:\s+{_HURT_WHEN}){{0,2}}\s*,?\s+(?:and|then|and\s+then)\s+(?:i\s+)?{_HURT}"
    # (not a hurt told then of something else: "... and then I hurt my back lifting the cooler")
    rf"(?!(?:\s+in)?(?:\s+[\w']+){{0,2}}?\s+(?:{_DOING_ELSE}|digging|gardening|getting|shovelling|shoveling))",
    re.IGNORECASE,
)
# A hurt told as long ago in its sentence ("playing rugby at school in the 90s, never been right
# since") is an old injury, not a recent one.
_LONG_AGO_HURT = LazyPattern(
    r"\b(?:(?:at|in)\s+(?:school|uni|university|college)|in\s+the\s+(?:\d0|[1-9]\d{2}0)['\u2019]?s|years|decades|"
    r"when\s+i\s+was|as\s+a\s+(?:kid|child|teenager|teen|boy|girl|youngster)|never\s+been\s+(?:right|the\s+same)|"
    r"since\s+(?:then|school|uni)|ago)\b",
    re.IGNORECASE,
)
_QUOTES = ('"', "\u201c", "\u201d")
_SPORT_WORDS = (
    "rugby", "foot", "soccer", "hockey", "derby", "aussie", "a-side", "a side", "ski", "board", "judo",
    "wrestl", "karate", "jitsu", "bjj", "mma",
    "martial", "kwondo", "skat", "riding", "trampolin", "gymnastic", "lacrosse", "hurling", "gaelic", "afl",
)  # fmt: skip


def sports_injuries_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a hurt the writer took at a contact sport read as an injury ("I hurt
    my back playing rugby yesterday" is "I injured my back ..."): the writer's own, not told
    as long ago, not in another's quoted words.

    >>> from painkb.understand.words import tokenize
    >>> t = "I hurt my back playing rugby"
    >>> [t.norm for t in sports_injuries_read(t, tokenize(t))][:3]
    ['i', 'injured', 'my']
    >>> t = "I hurt my back playing golf"
    >>> [t.norm for t in sports_injuries_read(t, tokenize(t))][:3]
    ['i', 'hurt', 'my']
    """
    lowered = lower_case(text)
    if not may_say(lowered, _SPORT_WORDS):
        return tokens  # most texts
    hurts = [*_SPORT_HURT.finditer_lower(text, lowered), *_SPORT_THEN_HURT.finditer_lower(text, lowered)]
    for hurt in hurts:
        begin, finish = _sentence_around(text, hurt.start(), hurt.end())
        if (
            # (the sport and the hurt both the writer's: not "Watching my lad playing rugby and I hurt
            # my back")
            not _the_writers(text, hurt.start())
            or not _the_writers(text, hurt.start("verb"))
            or any(mark in text[begin : hurt.start()] for mark in _QUOTES)
            or _LONG_AGO_HURT.search(text, begin, finish)
        ):
            continue
        # (the words of "did my back in" are one phrase, all at "did": read whole)
        end = hurt.end("part") + (3 if text[hurt.end("part") : hurt.end("part") + 3].lower() == " in" else 0)
        tokens = _spans_read(text, tokens, [(hurt.start("verb"), end)], "injured " + hurt["part"].lower())
    return tokens


# one of these is in every match of _CANCER_HAD or _CANCER_TREATED
_CANCER_STEMS = (
    "cancer",
    "lymphoma",
    "leuk",
    "myeloma",
    "melanoma",
    "carcinoma",
    "sarcoma",
    "hodgkin",
    "chemo",
    "kemo",
    "radiother",
    "fec",
    "chop",
    "bep",
    "abvd",
    "folf",
    "taxel",
    "platin",
    "capecit",
    "radiation",
    "glio",
    "mesothel",
    "cll",
    "cml",
)


def _the_writers(text: str, start: int) -> bool:
    """True when what starts at ``start`` is told by the writer of themselves."""
    begin, _ = _sentence_around(text, start, start)
    before = text[begin:start]
    if _THE_WRITER_BEFORE.search(before):
        return True
    if not _NO_SUBJECT_BEFORE.search(before) or _SOMEONE_ELSE.search(before):
        return False
    previous, _ = _sentence_around(text, max(0, begin - 2), max(0, begin - 2))
    return begin == 0 or not _SOMEONE_ELSE.search(text, previous, begin)


def _treated_for_a_cancer(text: str, treated: re.Match[str]) -> bool:
    """True when a treatment the writer had is not told as the cause of another thing, nor
    imagined, nor said to be for something that is no cancer (see `_CANCER_TREATED`)."""
    if _AS_A_CAUSE.search(text[max(0, treated.start() - 20) : treated.start()]) and not _ENDED.match(
        treated["verb"]
    ):
        return False
    begin, end = _sentence_around(text, treated.start(), treated.end())
    if _IMAGINED.search(text, begin, end):
        return False
    treated_for = _TREATED_FOR.match(text, treated.end())
    return treated_for is None or _CANCER_OR_SITE.search(treated_for["what"]) is not None


def cancers_had_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a cancer the writer has or had read as "had cancer" ("I've got stage 4
    lung cancer and my hip hurts", "I beat breast cancer"); the words before it stay, so a
    denial, a doubt or another person before it still holds ("I don't have cancer", "scared
    I have cancer", "my dad has cancer").

    >>> from painkb.understand.words import tokenize
    >>> t = "I've got stage 4 lung cancer"
    >>> [t.norm for t in cancers_had_read(t, tokenize(t))][-2:]
    ['had', 'cancer']
    >>> t = "I have a family history of cancer"
    >>> len(cancers_had_read(t, tokenize(t))) == len(tokenize(t))
    True
    >>> t = "finished chemo in March"
    >>> [(t.norm, t.text) for t in cancers_had_read(t, tokenize(t))][:2]
    [('had', 'finished chemo'), ('cancer', 'finished chemo')]
    """
    lowered = lower_case(text)
    if not may_say(lowered, _CANCER_STEMS):
        return tokens  # most texts
    spans = [
        (m.start(), m.end())
        for m in _CANCER_HAD.finditer_lower(text, lowered)
        if _the_writers(text, m.start()) and not _DOUBTED_BEFORE.search(text, 0, m.start())
    ]
    spans += [
        (m.start(), m.end())
        for m in _CANCER_TREATED_THEN.finditer_lower(text, lowered)
        if not any(
            start < m.end() and m.start() < end for start, end in spans
        )  # ("had ... cancer treated in")
        and _the_writers(text, m.start())
        and not _DOUBTED_BEFORE.search(text, 0, m.start())
    ]
    if spans:
        tokens = _spans_read(text, tokens, spans, "had cancer")
    told = [
        (m.start(), m.end()) for m in _HAD_IT_TOO.finditer(text) if _FAMILY_CANCER.search(text, 0, m.start())
    ]
    if told:
        tokens = _spans_read(text, tokens, told, "i had cancer")
    if _ANOTHER_DISEASE.search(text) and not _CANCER_NAMED.search(text):
        return tokens
    # (a treatment told ended after "my" is the writer's already: "My chemo finished in May")
    writers = (t for t in _CANCER_TREATED.finditer_lower(text, lowered) if _the_writers(text, t.start()))
    for treated in (*writers, *_TREATMENT_ENDED.finditer_lower(text, lowered)):
        if _treated_for_a_cancer(text, treated):
            said = text[treated.start() : treated.end()].lower()
            tokens = _spans_read(text, tokens, [treated.span()], f"had cancer {said}")
    return tokens


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``text[start:end]``."""
    before = [mark.end() for mark in SENTENCE_END.finditer(text, 0, start)]
    after = SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


_GUESS_WORDS = frozenset({"maybe", "perhaps", "probably", "possibly"})
_SPELLED_NUMBERS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
     "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half"}
)  # fmt: skip
_ABOUT = "about"
# "like" before a number of a time or a measure is an estimate too ("stiff in the mornings, like
# 40 mins before I can bend", "for like 3 weeks"), not a comparison ("like 100 knives")
_LIKE = "like"
_TOLD = frozenset(
    {"told", "tell", "tells", "me", "us", "him", "her", "them", "heard", "hear", "said", "say", "says",
     "asked", "ask", "read", "know", "knew", "think", "thought", "talked", "talk", "about", "found",
     "learned"}
)  # fmt: skip
_UNITS = frozenset(
    {"sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs",
     "day", "days", "week", "weeks", "wk", "wks", "month", "months", "year", "years", "yr", "yrs", "kg",
     "kgs", "kilos", "stone", "pounds", "lbs", "times", "miles", "metres", "meters", "steps", "am", "pm",
     "out", "percent"}
)  # fmt: skip


def approximations_read(tokens: list[Token]) -> list[Token]:
    """``tokens``, with "maybe" (or "perhaps", "probably", "possibly") right before a number
    read as "about": an estimate, not a doubt ("hit by a van going maybe 50", "a fall of
    perhaps two metres"); so too "like" before a number of a time or a measure ("like 40 mins").

    >>> from painkb.understand.words import tokenize
    >>> [t.norm for t in approximations_read(tokenize("a van going maybe 50"))]
    ['a', 'van', 'going', 'about', '50']
    """
    read = {
        i: attrs.evolve(token, norm=_ABOUT, key=_ABOUT)
        for i, token in enumerate(tokens[:-1])
        if (
            token.norm in _GUESS_WORDS
            or (
                token.norm == _LIKE
                and i + 2 < len(tokens)
                and tokens[i + 2].norm in _UNITS
                # (not after words of telling: "the oncologist told me like 2 months ago")
                and (i == 0 or tokens[i - 1].norm not in _TOLD)
            )
        )
        and (
            tokens[i + 1].norm[:1].isdigit()
            or (tokens[i + 1].norm in _SPELLED_NUMBERS and tokens[i + 1].norm != "a")
        )
    }
    return [read.get(i, token) for i, token in enumerate(tokens)] if read else tokens


# A road vehicle said to crash, roll or overturn is read as a car that crashed, as "car crash" is
# ("I was in a taxi that rolled", "our minibus overturned", "rolled the van on the motorway", "I
# crashed into a lorry"), and one said to hit the writer or their car ("a lorry hit us", "a van
# went into the back of me"); a vehicle word alone is not ("I drive a van for work", "hit me like
# a truck", "the coach hit us with a brutal session", "a van hit my dog": two reviews of wider
# readings). Read over the words' normal forms, joined by single spaces.
_VEHICLE = r"(?:car|van|taxi|minicab|lorry|truck|bus|minibus|jeep|suv|pickup|ute)"
_A_CRASH = (
    r"(?:crashed|crash|overturned|flipped|collided|jackknifed|"
    r"rolled(?!\s+(?:back|forward|forwards|backwards|out|away|off|onto|towards|up|in|into|down|along)\b))"
)
_WRITER_OR_CAR = rf"(?:me|us|(?:my|our)\s+{_VEHICLE})"
_NOT_A_PLACE = r"(?!\s+(?:park|station|stop|rank|wash|lane|driver|depot)\b)"  # "the car park"
# a vehicle the writer was in or owns said to crash: "a taxi that rolled", "the bus I was on
# crashed", "our van just flipped" (not "a lorry crashed on the M6 and we were stuck", "the taxi
# flipped the meter on")
_CRASH_OF_A_VEHICLE_WE_WERE_IN = LazyPattern(
    rf"\b(?P<vehicle>{_VEHICLE})\s+(?:(?:that|which)\s+)?(?P<in>(?:i|we)\s+(?:was|were)\s+(?:in|on)\s+)?"
    rf"(?:(?:had|has|just|then)\s+)?(?P<crash>{_A_CRASH})\b(?!\s+(?:the|a|my|his|her|our|their|its)\b)"
)
_THE_VEHICLE = rf"\s+(?:the|my|our|a|his|her|their)\s+(?P<vehicle>{_VEHICLE})\b"
_INTO_THE_BACK_OF = r"into\s+the\s+(?:back|side|front|rear)\s+of\s+"
_CRASHES = (
    # "rolled the van on the motorway", "crashed my truck" (not "rolled the car seat round")
    rf"\b(?P<crash>crashed|overturned|rolled){_THE_VEHICLE}"
    r"(?!\s+(?:seat|seats|door|doors|window|windows|mat|mats|out|forward|forwards|back|round|around|up|in)\b)",
    # "flipped the jeep on a farm track" (not "flipped the car over to dry the paintwork")
    rf"\b(?P<crash>flipped){_THE_VEHICLE}"
    r"(?!\s+(?:seat|seats|door|doors|window|windows|mat|mats|over|onto|upside|round|around|back|forward)\b)",
    # "I crashed into a lorry", "we went into the back of a bus" (not "we went into the car park")
    rf"\b(?:i|we)\s+(?P<crash>crashed|smashed|ploughed|slammed)\s+into\s+(?:the\s+(?:back|side|front|rear)\s+of\s+)?"
    rf"(?:a|the|an|another)\s+(?P<vehicle>{_VEHICLE})\b{_NOT_A_PLACE}",
    rf"\b(?:i|we)\s+(?P<crash>drove|ran|went)\s+{_INTO_THE_BACK_OF}"
    rf"(?:a|the|an|another)\s+(?P<vehicle>{_VEHICLE})\b{_NOT_A_PLACE}",
    # "a lorry hit us", "a van clipped my car" (not "hit us with a bill", "hit my dog")
    rf"\b(?P<vehicle>{_VEHICLE})\s+(?P<crash>hit|clipped|rammed|shunted)\s+{_WRITER_OR_CAR}\b(?!\s+with\b)",
    # "a van went into the back of me", "a bus ploughed into our car"
    rf"\b(?P<vehicle>{_VEHICLE})\s+(?P<crash>went|drove|ran|smashed|ploughed|slammed|crashed)\s+(?:into|up)\s+"
    rf"(?:the\s+(?:back|side|front|rear)\s+of\s+)?{_WRITER_OR_CAR}\b",
)
_EACH_CRASH = tuple(LazyPattern(p) for p in _CRASHES)
_A_VEHICLE = LazyPattern(rf"\b{_VEHICLE}\b")
_CAR, _CRASH = "car", "crash"
_PARKED_OR_PLAYED = LazyPattern(
    r"(?:\s+\S+){0,8}?\s+(?:parked|gta|forza|kart|game|games|gaming|xbox|playstation|ps5|simulator)\b"
)
# the writer's vehicle, or one they were in, said before it: "our taxi", "I was in a van that"
_OURS = LazyPattern(r"(?:\b(?:my|our)|\b(?:in|on)\s+(?:a|the|an))\s+$")
_OURS_REACH = 12  # characters before the vehicle
# ... or told after the crash in its sentence: "a lorry crashed into my Honda", "the bus crashed
# and I got thrown out of my seat", "the truck jackknifed and hit us"
_INTO_OURS = LazyPattern(r"\s+into\s+(?:my|our)\b")
_WE_WERE_IN_IT = LazyPattern(
    r"(?:\s+\S+){0,12}?\s+(?:(?:i|we)\s+(?:was|were|got)\s+thrown|hit\s+(?:us|me)|with\s+(?:me|us)\s+in)\b"
)


def crashed_vehicles_read(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens``, with a road vehicle said to crash, roll or overturn, or to hit the writer, read
    as a car that crashed.

    >>> from painkb.understand.words import tokenize
    >>> t = "the taxi I was in rolled"
    >>> [t.norm for t in crashed_vehicles_read(t, tokenize(t))]
    ['the', 'car', 'i', 'was', 'in', 'crash']
    >>> t = "I drive a van for work"
    >>> [t.norm for t in crashed_vehicles_read(t, tokenize(t))]
    ['i', 'drive', 'a', 'van', 'for', 'work']
    >>> t = "a taxi hit my dog"
    >>> [t.norm for t in crashed_vehicles_read(t, tokenize(t))]
    ['a', 'taxi', 'hit', 'my', 'dog']
    """
    norms = " ".join(t.norm for t in tokens)
    if not _A_VEHICLE.search(norms):
        return tokens  # most texts
    starts: dict[int, int] = {}  # where each word starts in ``norms`` -> its index
    at = 0
    for index, token in enumerate(tokens):
        starts[at] = index
        at += len(token.norm) + 1
    read: dict[int, Token] = {}

    def crashed(found: re.Match[str]) -> None:
        vehicle, crash = starts.get(found.start("vehicle")), starts.get(found.start("crash"))
        if vehicle is None or crash is None or _PARKED_OR_PLAYED.match(norms, found.end()):
            return  # "... into the back of my car while it was parked", "crashed my taxi in GTA"
        read[vehicle] = attrs.evolve(tokens[vehicle], norm=_CAR, key=keys_of(_CAR)[0])
        read[crash] = attrs.evolve(tokens[crash], norm=_CRASH, key=keys_of(_CRASH)[0])

    for found in _CRASH_OF_A_VEHICLE_WE_WERE_IN.finditer(norms):
        # (what follows is read up to the end of the crash's sentence)
        crash = starts.get(found.start("crash"), 0)
        ends = SENTENCE_END.search(text, tokens[crash].end)
        rest = " " + " ".join(t.norm for t in tokens[crash + 1 :] if ends is None or t.start < ends.start())
        if (
            found.group("in") is not None
            or _OURS.search(norms, max(0, found.start() - _OURS_REACH), found.start())
            or _INTO_OURS.match(rest)
            or _WE_WERE_IN_IT.match(rest)
        ):
            crashed(found)
    for pattern in _EACH_CRASH:
        for found in pattern.finditer(norms):
            crashed(found)
    return [read.get(i, token) for i, token in enumerate(tokens)] if read else tokens
