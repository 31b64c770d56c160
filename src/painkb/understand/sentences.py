"""Sentences and clauses: where a text's findings stand, and the side said of them.

A sentence runs to a full stop, "!", "?" or ";" (or 60 words without one); its clauses
break at words such as "but", "however", "now", and at "and" or a comma before a new
subject. Negation and doubt never reach past a clause.

>>> from painkb.understand.words import tokenize
>>> text = "No numbness, but my left hip aches."
>>> [len(s.clause_starts) for s in split_sentences(text, tokenize(text))]
[2]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence

import attrs

from painkb._pattern_store import compile as compile_pattern
from painkb.understand.interpretation import Side
from painkb.understand.words import WRITER_WORDS, Token, clause_ends, language, names_only_places

__all__ = [
    "QUESTION_WORDS",
    "WRITER_WORDS",
    "Place",
    "Sentence",
    "between_commas",
    "sentence_of",
    "side_of",
    "split_sentences",
]


# Long stretches without punctuation are read in pieces of this many words, which keeps
# the work per word bounded whatever the text.
_PIECE = 60


# How far from a finding (in words) "left", "right" or "both" may stand.
_SIDE_REACH = 3


# "right" that means "exactly" or "straight": "right now", "right behind my bra strap",
# "right down to my heel", "right in the middle".
_RIGHT_AS_IN_EXACTLY = frozenset(
    {"now", "away", "after", "before", "then", "behind", "down", "in", "at", "across", "through",
     "between", "into", "up", "under", "below", "above", "on", "over", "along", "round", "around",
     "where", "there", "here", "from", "to", "next"}
)  # fmt: skip


# Body parts that come in pairs: said in the plural, with no side, they mean both.
PAIRED_PLURALS = frozenset(
    {"legs", "feet", "thighs", "calves", "shins", "ankles", "knees"}
)  # parts that come in pairs


# Words that open a question: after a comma, ", could it be ...?" asks a clause of its own;
# so does a guess (", reckon it's the seat in the ute?").
_GUESSES = frozenset({"reckon", "wonder", "guess", "suppose"})
# The writer's own words ("I", "I'm", "me", "my"), as tokens' normal forms.
QUESTION_WORDS = frozenset(
    {"could", "can", "is", "are", "do", "does", "might", "should", "would", "what", "why", "how", "will",
     "reckon", "wonder", "guess", "suppose"}
)  # fmt: skip


@attrs.frozen
class Sentence:
    """Tokens up to a punctuation mark, with their clauses."""

    tokens: tuple[Token, ...]
    clause_starts: tuple[int, ...]  # token positions where a clause starts (0 first)
    question: bool  # ends with "?"
    # Many phrases match the same words: what `place` finds is kept for this reading.
    _places: dict[tuple[int, ...], Place] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    # The clause of each token, (begin, end): asked for again and again.
    _clauses: tuple[tuple[int, int], ...] = attrs.field(init=False, eq=False, repr=False)
    #: The normal forms of its words: a rule that needs a word the sentence lacks is not run.
    norms: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    @_clauses.default
    def _clause_of_each_token(self) -> tuple[tuple[int, int], ...]:
        bounds = [*self.clause_starts, len(self.tokens)]
        return tuple((begin, end) for begin, end in itertools.pairwise(bounds) for _ in range(begin, end))

    @norms.default
    def _norms_of_the_tokens(self) -> frozenset[str]:
        return frozenset(token.norm for token in self.tokens)

    def clause(self, position: int) -> tuple[int, int]:
        """The clause of the token at ``position``: ``(begin, end)``."""
        return self._clauses[position]

    def clause_offsets(self, position: int) -> tuple[int, int]:
        """Where in the text the clause of the token at ``position`` starts and ends."""
        begin, end = self._clauses[position]
        return self.tokens[begin].start, self.tokens[end - 1].end

    def position_at(self, offset: int) -> int:
        """The position of the first token that ends after ``offset`` in the text (the token
        there, or the next one): where a pattern found at ``offset`` stands among the words."""
        return next(i for i, token in enumerate(self.tokens) if token.end > offset)

    def spans(self, positions: Iterable[int]) -> list[tuple[int, int]]:
        """The ``(start, end)`` in the text of the tokens at ``positions``."""
        tokens = self.tokens
        return [(tokens[i].start, tokens[i].end) for i in positions]

    def place(self, positions: tuple[int, ...]) -> Place:
        """Where the words at ``positions`` (sorted) stand, and the side said of them."""
        found = self._places.get(positions)
        if found is None:
            tokens = self.tokens
            first, last = positions[0], positions[-1]
            clause = (self._clauses[first][0], self._clauses[last][1])
            if len(positions) == 1:
                words = tokens[first].text
            else:
                words = " ".join(dict.fromkeys(tokens[i].text for i in positions))
            side = side_of(tokens, first, last, clause)
            found = Place(clause, tokens[first].start, tokens[last].end, words, side)
            self._places[positions] = found
        return found


@attrs.define  # never changed once made (see _Match)
class Place:
    clause: tuple[int, int]  # from the clause of the first word to the end of the last's
    start: int
    end: int
    orth: str  # the words as written, each once
    side: Side | None


def between_commas(text: str, sentence: Sentence, position: int) -> tuple[int, int]:
    """The token positions from the comma (or the clause start) before ``position`` to the
    comma (or the clause end) after it."""
    tokens = sentence.tokens
    begin, end = sentence.clause(position)
    start = position
    while start > begin and "," not in text[tokens[start - 1].end : tokens[start].start]:
        start -= 1
    stop = position + 1
    while stop < end and "," not in text[tokens[stop - 1].end : tokens[stop].start]:
        stop += 1
    return start, stop


# Places said bare, with no "my" ("no numbness, back aches"): a clause of their own after a comma
# here, and the place words a pain's phrase may hold for the reader's pain of the nearer place
BARE_PLACES = frozenset(
    {"back", "backs", "leg", "legs", "hip", "hips", "bum", "buttock", "buttocks", "foot", "feet"}
)
_STATES = frozenset(
    {
        "aches",
        "ache",
        "aching",
        "hurts",
        "hurt",
        "hurting",
        "is",
        "are",
        "feels",
        "feel",
        "kills",
        "killing",
        "sore",
    }
)
# "Both legs now weak", "my feet now numb": "now" between a place and what it feels breaks no
# clause (it does before anything else: "my back was fine, now it aches")
_NOW = "now"
_FELT_AFTER_NOW = frozenset(
    {"weak", "weaker", "numb", "number", "tingly", "tingling", "dead", "heavy", "useless", "wobbly", "gone",
     "going", "giving", "buckling", "feel", "feels", "feeling", "jelly", "paining"}
)  # fmt: skip


def _now_inside(text: str, norm: str, before: Token, tokens: Sequence[Token], index: int) -> bool:
    """Whether the break word ``norm`` at ``index`` is a "now" said inside what a place feels,
    with no mark between ("pain down both legs now, numb between my legs" breaks)."""
    if norm != _NOW or not (before.norm in BARE_PLACES or before.norm in PAIRED_PLURALS):
        return False
    # (a word of how much may stand between "now" and it: "legs now so weak I can't climb", and
    # two: "both legs now far too weak to stand")
    words = [t.norm for t in tokens[index + 1 : index + 3]]
    if len(words) == 2 and words[0] in _EVEN_MORE and words[1] in _HOW_MUCH:
        felt = index + 3
    elif words and words[0] in _HOW_MUCH:
        felt = index + 2
    else:
        felt = index + 1
    too = tokens[felt - 1].norm == "too"  # "too weak to stand": its "to" says how weak
    return (
        felt < len(tokens)
        and tokens[felt].norm in _FELT_AFTER_NOW
        and _MARKS.isdisjoint(text[before.end : tokens[felt].start])
        # (not a state that is getting better or has a cause of its own: "both legs now feel much
        # less numb", "legs now dead after leg day", "legs now heavy with fluid", a review rev57)
        and _NOT_A_LOSS_AFTER.isdisjoint(
            t.norm for t in tokens[felt + 1 : felt + 1 + _NOT_A_LOSS_REACH] if not (too and t.norm == "to")
        )
    )


_HOW_MUCH = frozenset(
    {"so", "really", "very", "too", "proper", "properly", "completely", "totally", "extremely", "super",
     "incredibly", "that"}
)  # fmt: skip
_EVEN_MORE = frozenset({"far", "way", "much"})  # before another word of how much: "far too"
_NOT_A_LOSS_AFTER = frozenset(
    {"less", "better", "stronger", "normal", "fine", "after", "from", "with", "swollen", "to", "lol", "haha",
     # "feet now really numb in the cold water", "legs now really dead, did 200 squats" (a review rev58)
     "in", "did"}
)  # fmt: skip
_NOT_A_LOSS_REACH = 3  # words after the word of what is felt
_MARKS = frozenset(",;:.!?()-\u2013\u2014")


_TIMES = frozenset({"today", "yesterday", "tonight", "lately", "recently", "then", "later"})
# ... and a time of two or three words: "since Tuesday", "this morning", "last week", "on Monday"
_TIME_OPENINGS = frozenset({"since", "this", "last", "on", "by", "over"})
# ... and a length of time after "for": "for a few weeks", "for about 2 days", "for the past month"
_LENGTH_WORDS = frozenset(
    {"a", "an", "the", "few", "couple", "of", "about", "around", "nearly", "almost", "over", "past", "last",
     "good", "like", "roughly", "maybe", "two", "three", "four", "five", "six", "seven", "eight", "nine",
     "ten", "several", "some"}
)  # fmt: skip
_OR_SO = ("or", "so")  # "for 10 days or so I've had ..."
_LENGTH_UNITS = frozenset({"day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years"})
_THE_WRITER = frozenset({"i", "im", "ive", "id", "my"})
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
     "evening", "night", "week", "weekend", "month", "yesterday", "today", "then", "the"}
)  # fmt: skip


@functools.cache
def _after_a_comma() -> frozenset[str]:
    """The words `split_sentences` reads differently after a comma."""
    lang = language()
    return lang.new_subject_after_and | BARE_PLACES | QUESTION_WORDS | lang.eased_after_a_comma


@functools.cache
def _new_doing_openings() -> frozenset[str]:
    """The words that may open a new doing of the writer (`_a_new_doing`)."""
    return language().until_a_doing | {"and"}


def split_sentences(text: str, tokens: Sequence[Token]) -> list[Sentence]:
    lang = language()
    breaks, new_subject = lang.clause_breaks, lang.new_subject_after_and
    after_a_comma = _after_a_comma()
    new_doings, corrections = _new_doing_openings(), lang.correction_openings
    ends = clause_ends(text)
    sentences: list[Sentence] = []
    current: list[Token] = []
    starts: list[int] = [0]
    asking: list[int] = []

    def close(end_offset: int) -> None:
        if current:
            question = end_offset < len(text) and text[end_offset] == "?"
            clauses = sorted({*starts, *asking}) if question else starts
            sentences.append(Sentence(tuple(current), tuple(clauses), question))
        current.clear()
        starts[:] = [0]
        asking.clear()

    cut = 0  # the first clause end not before the last token read (tokens go forward)
    for index, token in enumerate(tokens):
        if current:
            while cut < len(ends) and ends[cut] < current[-1].end:
                cut += 1
            if cut < len(ends) and ends[cut] < token.start:
                close(ends[cut])
            elif len(current) >= _PIECE:
                close(len(text))
        if current and token.start != current[-1].start:
            norm = token.norm
            # (only these words are read differently after a comma)
            comma = norm in after_a_comma and text.find(",", current[-1].end, token.start) >= 0
            # "and today both my legs feel weak", "and since Tuesday both legs are going numb": a
            # time may stand before the new subject
            after = index + 1
            if norm == "and" and index + 2 < len(tokens) and tokens[index + 1].norm in _TIMES:
                after = index + 2
            elif (
                norm == "and"
                and index + 3 < len(tokens)
                and tokens[index + 1].norm in _TIME_OPENINGS
                and tokens[index + 2].norm in _TIME_WORDS  # (not "and this back pain ...")
            ):
                after = next(
                    (
                        k
                        for k in range(index + 3, min(index + 5, len(tokens)))
                        if tokens[k].norm not in _TIME_WORDS
                    ),
                    index + 1,
                )
                # (only before a state of its own: "and since Sunday my other leg is the same" goes
                # on with the sciatica before it)
                if not _a_state_follows(tokens, after, ends):
                    after = index + 1
            elif norm == "and" and index + 3 < len(tokens) and tokens[index + 1].norm == "for":
                # "never had back pain, and for a few weeks I've had a constant ache": a time
                # said with "for" before the writer's new clause
                after = _past_a_length(tokens, index + 2)
                if after >= len(tokens) or tokens[after].norm not in _THE_WRITER:
                    after = index + 1
            if (
                (norm in breaks and not _now_inside(text, norm, current[-1], tokens, index))
                or (
                    norm == "and"
                    and after < len(tokens)
                    and tokens[after].norm in new_subject
                    and not _only_places(text, tokens, after, ends)
                    and not _a_second_function(tokens, after)
                    # "My hips and my legs are fine": places named bare are the subjects of
                    # one clause
                    and not names_only_places(current[starts[-1] :])
                    and (
                        tokens[after].norm != "both"
                        or _owned(tokens, after + 1)
                        or _a_state_follows(tokens, after, ends)
                    )
                )
                or (comma and norm in new_subject and not _only_places(text, tokens, index, ends))
                # a new doing of the writer: "have never had back pain before, and was in a car
                # accident", "never a twinge, until I slipped on the wet grass" (the clause so far
                # is copied out only for the few words that may open one)
                or (norm in new_doings and _a_new_doing(text, tokens, index, current[starts[-1] :]))
                # the correction after a denial: "it's not my hip it's my lower back"
                or (norm in corrections and _a_correction(tokens, index, current[starts[-1] :]))
                # how a pain eases, after a comma: "very sore, ok lying flat" (not after a label
                # alone, which it answers: "Bladder, ok when I go"; nor after a weakness or a
                # function: "Weakness in legs, fine walking")
                or (
                    comma
                    and norm in lang.eased_after_a_comma
                    and len(current) - starts[-1] > 1
                    and index + 1 < len(tokens)
                    and tokens[index + 1].norm in lang.ways_it_eases
                    and any(t.norm in lang.pains_that_ease for t in current[starts[-1] :])
                )
                # a place that does something after a comma opens a clause of its own: "no
                # numbness, back aches" (not a list of what is denied)
                or (
                    comma
                    and norm in BARE_PLACES
                    and index + 1 < len(tokens)
                    and tokens[index + 1].norm in _STATES
                )
            ):
                starts.append(len(current))
            elif (
                comma
                and norm in QUESTION_WORDS
                and (norm not in _GUESSES or WRITER_WORDS.intersection(t.norm for t in current))
            ):
                # ", could it be ...?" asks a clause of its own; a guess only where the writer has
                # spoken of themself ("pain between me shoulder blades, reckon it's the seat?"), not
                # in a question in general ("Cancer and back pain at night, reckon that's bad?")
                asking.append(len(current))
        current.append(token)
    if current:
        cut = bisect.bisect_left(ends, current[-1].end)
        close(ends[cut] if cut < len(ends) else len(text))
    return sentences


def _a_new_doing(text: str, tokens: Sequence[Token], index: int, clause: Sequence[Token]) -> bool:
    """Whether the word at ``index`` opens a new doing of the writer's after a ``clause`` of the
    writer's that denies something: ", and was ...", ", and got ..." after a comma (not ", and was
    told ..."), or "until I <did>" ("never a twinge, until I slipped"; not "until I get numbness").
    The denial reaches no further: "have never had back pain before, and was in a car accident"."""
    lang = language()
    norm = tokens[index].norm
    if (norm != "and" and norm not in lang.until_a_doing) or index + 2 >= len(tokens) or not clause:
        return False  # (most words: looked at first)
    said = {t.norm for t in clause}
    # (the writer's: an "I" in it, or a denial that opens it with no subject, "Nothing wrong with my back")
    writers = not _I.isdisjoint(said) or clause[0].norm in lang.denials
    if lang.denials.isdisjoint(said) or not writers or not _OTHERS.isdisjoint(said):
        return False
    following, then = tokens[index + 1].norm, tokens[index + 2].norm
    if norm in lang.until_a_doing:  # (not advice: "I was told not to worry until I ...")
        return (
            following in lang.the_doer_after_until
            and then in lang.past_doings
            and lang.reported_after_and.isdisjoint(said)
        )
    return (
        norm == "and"
        and following in lang.new_doing_after_and
        and then not in lang.reported_after_and
        and text.find(",", clause[-1].end, tokens[index].start) >= 0
    )


_IT_IS_NOT = frozenset({("its", "not"), ("thats", "not"), ("it", "isnt"), ("that", "isnt")})


def _a_correction(tokens: Sequence[Token], index: int, clause: Sequence[Token]) -> bool:
    """Whether the word at ``index`` is a second "it's" that corrects a ``clause`` opened by
    "it's not": "it's not my hip it's my lower back that hurts" tells of the lower back (not
    "it's not that it's bad", which denies what follows)."""
    lang = language()
    if tokens[index].norm not in lang.correction_openings or len(clause) < 3:
        return False  # (most words: looked at first)
    if tokens[index - 1].norm in lang.not_a_correction_after:
        return False
    # the denial opens the clause, or follows a word or two before it ("mate its not ..."), and
    # denies: not a word of how sure after it ("it's not likely it's cancer")
    sure = lang.not_a_correction_of
    return any(
        (clause[k].norm, clause[k + 1].norm) in _IT_IS_NOT and clause[k + 2].norm not in sure
        for k in range(min(3, len(clause) - 2))
    )


# the words of someone else in a clause: its denial may be theirs ("My brother never had back
# trouble, and was in a car crash")
_OTHERS = frozenset(
    {
        "he", "she", "they", "his", "her", "their", "him", "them", "hes", "shes", "theyre", "himself",
        "herself", "themselves", "mum", "mom", "dad", "mother", "father", "grandad", "granddad", "grandma",
        "gran", "nan", "nana", "husband", "wife", "partner", "son", "daughter", "brother", "sister",
        "friend", "aunt", "aunty", "auntie", "uncle", "cousin", "boyfriend", "girlfriend", "neighbour",
        "colleague", "baby", "child", "kid", "grandson", "granddaughter",
    }
)  # fmt: skip
_I = frozenset({"i", "im", "ive", "id"})


def _compared_with(tokens: Sequence[Token], index: int) -> bool:
    """Whether the side at ``index`` is one a strength is compared with: "my left leg feels
    weaker than the right" (or "than the other one") tells of one leg; "the weakness is worse in
    my right leg than my left" tells of both."""
    k = index - 1
    if k >= 0 and tokens[k].norm in _OWNERS:
        k -= 1
    return k >= 1 and tokens[k].norm == "than" and tokens[k - 1].norm in _STRENGTHS_COMPARED


def _past_a_length(tokens: Sequence[Token], first: int) -> int:
    """The index after a length of time that starts at ``first`` ("a few weeks", "2 days"), or
    ``len(tokens)`` when none is there."""
    for k in range(first, min(first + 6, len(tokens))):
        norm = tokens[k].norm
        if norm in _LENGTH_UNITS:
            if k == first:
                return len(tokens)
            if tuple(t.norm for t in tokens[k + 1 : k + 3]) == _OR_SO:
                return k + 3
            return k + 1
        if norm not in _LENGTH_WORDS and not norm.isdigit():
            break
    return len(tokens)


def _only_places(text: str, tokens: Sequence[Token], first: int, ends: Sequence[int]) -> bool:
    """Whether the words from ``first`` to the next comma, "and" or clause end are only more
    places ("... and both legs", "..., my legs and my feet"), not a clause of their own."""
    places = language().places_after_and
    index = first
    while index < len(tokens):
        token = tokens[index]
        if token.norm not in places:
            return token.norm == "and" and index > first and not _a_state_after_places(tokens, index + 1)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None:
            return True
        gap = text[token.end : following.start]
        cut = bisect.bisect_left(ends, token.end)
        if "," in gap or (cut < len(ends) and ends[cut] < following.start):
            return True
        index += 1
    return True


# The body's functions, named after "and my" as a second object of what came before: "I've lost
# control of my bowels and my bladder since yesterday" (not "... and my bladder is fine").
_FUNCTIONS = frozenset({"bladder", "bowels", "bowel", "waterworks"})
_SAID_OF_A_FUNCTION = frozenset(
    {"is", "isnt", "are", "arent", "was", "wasnt", "were", "has", "hasnt", "have", "havent", "had", "feel",
     "feels", "felt", "seem", "seems", "work", "works", "working", "ok", "okay", "fine", "normal", "good",
     "went", "gone", "keeps", "kept"}
)  # fmt: skip


def _a_second_function(tokens: Sequence[Token], first: int) -> bool:
    """Whether the words from ``first`` name a body function with nothing said of it ("... and
    my bladder since yesterday"): the object of what came before, not a new subject."""
    at = first + 1 if first < len(tokens) and tokens[first].norm == "my" else first
    return (
        at < len(tokens)
        and tokens[at].norm in _FUNCTIONS
        and (at + 1 == len(tokens) or tokens[at + 1].norm not in _SAID_OF_A_FUNCTION)
    )


def _a_state_after_places(tokens: Sequence[Token], first: int) -> bool:
    """Whether the places from ``first`` are followed by a state of their own: ", my bum and
    back look normal" is a clause of its own, not more places of the finding before it."""
    places = language().places_after_and
    index = first
    while index < len(tokens) and tokens[index].norm in places:
        index += 1
    return index > first and index < len(tokens) and tokens[index].norm in _STATES_OF_PLACES


# (a state said of places: "my bum and back look normal", "my legs and feet are numb")
_STATES_OF_PLACES = _STATES | {"look", "looks", "seem", "seems", "were", "went", "go", "goes", "felt"}


_OWNERS = frozenset({"my", "his", "her", "their", "our", "your"})


def _owned(tokens: Sequence[Token], index: int) -> bool:
    return index < len(tokens) and tokens[index].norm in _OWNERS


def _a_state_follows(tokens: Sequence[Token], first: int, ends: Sequence[int]) -> bool:
    """Whether a state of feeling or strength ("numb", "weak") follows ``first`` before the
    clause ends."""
    states = language().both_then_a_state
    cut = bisect.bisect_left(ends, tokens[first].end)
    until = ends[cut] if cut < len(ends) else None
    for token in tokens[first + 1 : first + 8]:
        if until is not None and token.start > until:
            return False
        if token.norm in states:
            return True
    return False


_OWNERS = frozenset({"the", "my", "his", "her", "their", "your"})
_ONE_OWNING = compile_pattern(r"[a-z][\u2019']s$", re.IGNORECASE)  # "leg's", "foot's"
_STRENGTHS_COMPARED = frozenset({"weaker", "stronger"})
_BOTH_SIDES = frozenset({"both", "bilateral", "bilaterally", "other", "either"})
_THINGS_NAMED = frozenset(
    {"it", "that", "this", "them", "one", "so", "much", "anything", "thing", "properly"}
)


def _either_as_too(tokens: Sequence[Token], index: int, clause: tuple[int, int]) -> bool:
    """Whether "either" at ``index`` closes its clause after a thing named: "too"."""
    return index == clause[1] - 1 and any(
        t.norm in _THINGS_NAMED for t in tokens[max(clause[0], index - 3) : index]
    )


def side_of(tokens: Sequence[Token], first: int, last: int, clause: tuple[int, int]) -> Side | None:
    """The side said of the words ``first``..``last`` within ``clause``."""
    low = max(clause[0], first - _SIDE_REACH)
    high = min(clause[1], last + _SIDE_REACH + 1)
    # ("leg's" is "leg is" or the leg's own, never legs: "that leg's weaker" is one leg)
    near = {token.norm for token in tokens[low:high] if not _ONE_OWNING.search(token.text)}
    if "than" in near:  # (a side a strength is compared with is not the finding's own)
        near = {
            tokens[i].norm
            for i in range(low, high)
            if not _compared_with(tokens, i) and not _ONE_OWNING.search(tokens[i].text)
        }
    # ("either" closing its clause after a thing named is "too", no side: "I can't feel it going
    # either"; not after a verb: "I can't feel either" is either leg)
    if "either" in near and all(
        _either_as_too(tokens, i, clause) for i in range(low, high) if tokens[i].norm == "either"
    ):
        near.discard("either")
    if not near.isdisjoint(_BOTH_SIDES):
        return "both"
    if "left" not in near and "right" not in near:
        return None if near.isdisjoint(PAIRED_PLURALS) else "both"  # most findings: no side said
    sides: set[str] = set()
    for index in range(low, high):
        norm = tokens[index].norm
        if norm in ("left", "right"):
            before = tokens[index - 1].norm if index > 0 else ""
            after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            # (a phrase read as one token keeps its first word: "right between my legs")
            written = tokens[index + 1].text.split(maxsplit=1)[0].lower() if index + 1 < len(tokens) else ""
            exactly = after in _RIGHT_AS_IN_EXACTLY or written in _RIGHT_AS_IN_EXACTLY
            if norm == "right" and (before in ("all", "alright") or exactly):
                continue
            if _compared_with(tokens, index):
                continue
            sides.add(norm)
    if len(sides) == 2:
        return "both"
    if sides:
        return "left" if "left" in sides else "right"
    if near & PAIRED_PLURALS:
        return "both"  # "my legs are numb": both legs, as "both my legs"
    return None


def sentence_of(bounds: Sequence[tuple[int, int]], position: int) -> int:
    """The index of the sentence (its ``(start, end)`` among ``bounds``) that holds
    ``position``; ``len(bounds)`` when none does.

    >>> sentence_of([(0, 10), (11, 20)], 12)
    1
    """
    return next((i for i, (start, end) in enumerate(bounds) if start <= position < end), len(bounds))
