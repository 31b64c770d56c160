"""Events and accidents a person tells in everyday words, read as the warning signs they are.

- An event that injures (``[cues.injuring]`` in language.toml): a trip, a stumble, a slide or a
  blow the writer tells, with a new pain or loss of use of the hip, buttock, groin or back in
  its sentence or one next to it, is a recent injury; a fall told that way gives the "fall" of
  not being able to bear weight after one.
- An accident told with what came out (``[cues.accidents]``): "had an accident in my knickers,
  the poo kind" is the loss of bowel control.
- An event found whole whose words give it a subject of its own (``[cues.injuring.of_another]``:
  "my hair is falling out", "a box fell off the shelf") is asked about, not raised.

The reader finds the cue words (``[cues]``) and calls these with each one.

>>> import painkb
>>> kb = painkb.load()
>>> told = painkb.assess(kb, text="Tripped over the dog's lead yesterday. My hip is agony.")
>>> "recent-injury" in [f.warning_sign.id for f in told.red_flags]
True
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

import attrs

from painkb._pattern_store import compile as compile_pattern
from painkb.kb import KnowledgeBase
from painkb.understand.interpretation import CONFIDENT, Mention
from painkb.understand.quantities import durations_in
from painkb.understand.sentences import Sentence, sentence_of
from painkb.understand.word_tables import Accidents
from painkb.understand.words import NOT_NEW, Token, language, normal

__all__ = [
    "accidents_that_injure",
    "an_accident_that_injures",
    "falls_told",
    "injures",
    "injury_told",
    "lasted_longer",
    "of_another",
    "the_writers",
    "what_came",
]


def the_writers(before: Sequence[Token]) -> bool:
    """Whether an event word is told of the writer as who did it, by the words of its clause
    ``before`` it ([cues.injuring]): only opening words ("Tripped on the stairs"), or a word of the
    writer followed by only opening words ("I just banged my hip"), by "and" or "then" just before
    the event ("I walked to the shop and tripped"), or by no word that may give it another subject
    ("I ate pavement outside Tesco, tripped on a slab"); not "the tree toppled over", "I was
    reading when the bookcase toppled over"."""
    norms = [t.norm for t in before]
    rest = _after_the_last(norms, language().injuring.the_writer)
    if language().injuring.opening.issuperset(rest):
        return True
    return len(rest) < len(norms) and (
        norms[-1] in ("and", "then") or language().injuring.another_subject.isdisjoint(rest)
    )


_BEFORE_A_HABIT = frozenset({"i", "will", "would", "just", "also", "even", "then"})
_NOT_YET = frozenset({"will", "would", "might", "could"})  # just before the event: none told


def _a_habit(tokens: Sequence[Token], event: int, habits: frozenset[str]) -> bool:
    """True when a word of habit stands just before the event, read past "I", "will", "just"
    ("sometimes I will just fall down"; not "Knew this would happen, fell off the ladder"), or
    the event is only what would or might happen ("I would fall if I let go")."""
    if event > 0 and tokens[event - 1].norm in _NOT_YET:
        return True  # "I would fall if I didn't hold the rail", "my legs will fall from under me"
    before = event - 1
    while before >= 0 and tokens[before].norm in _BEFORE_A_HABIT and event - before <= 4:
        before -= 1
    return before >= 0 and tokens[before].norm in habits


def of_another(text: str, sentence: Sentence, positions: Sequence[int]) -> bool:
    """Whether an event found whole at ``positions`` has a subject of its own before its event
    word ([cues.injuring.of_another]): a determiner and a few words, opening its clause or after a
    word that opens one, after the writer's last word and the last comma; or is told as a habit
    ("I keep falling").

    >>> import painkb
    >>> from painkb.understand.sentences import split_sentences
    >>> from painkb.understand.words import tokenize
    >>> def told(text):
    ...     sentence = split_sentences(text, tokenize(text))[0]
    ...     return of_another(text, sentence, range(len(sentence.tokens)))
    >>> told("my hair is falling out"), told("I was reading when the bookcase fell")
    (True, True)
    >>> told("since my fall my hip hurts"), told("at the gym fell off the treadmill")
    (False, False)
    >>> told("the tree in our garden fell"), told("this morning fell down the stairs")
    (True, False)
    """
    rules = language().injuring.of_another
    tokens = sentence.tokens
    event = next((p for p in positions if tokens[p].key in rules.events), None)
    if event is None or _the_writer_went_down(sentence):
        return False
    if _a_habit(tokens, event, rules.habits):
        return True  # a habit, a symptom more than an event: "my legs are weak and I keep falling"
    if _done_to_the_writer(text, sentence, event):
        return False
    first = sentence.clause(event)[0]
    begin = tokens[first].start
    start = tokens[event].start
    # a comma ends a subject: "walking the dog, fell over"
    cut = max(text.rfind(mark, begin, start) for mark in ",;:()-\u2013\u2014")
    before = [t for t in tokens if cut < t.start and begin <= t.start and t.end <= start]
    norms = [t.norm for t in before]
    rest = _after_the_last(norms, rules.writer)
    found = _subject_in(rest)
    if found is None:
        return False  # no subject of its own, or the event named: "my fall", "had a fall"
    opens, end, placed = found
    seen = opens >= 2 and rest[opens - 2] in rules.witnessed
    if tokens[event].norm in rules.named and not seen:
        return False  # the event named: "A car crash on Monday" (not "I saw a cyclist fall off")
    writer_first = len(rest) < len(norms) or (first > 0 and tokens[first - 1].norm in rules.writer)
    if opens == 2 and rest[0] == "and" and writer_first:
        return False  # the writer among them: "me and the wife fell on the ice"
    subject = before[len(norms) - len(rest) + opens - 1 : len(norms) - len(rest) + end]
    if any(t.key in rules.times for t in subject):
        return False  # a time: "this morning fell down the stairs", "a week ago fell on the ice"
    if any(t.norm == "my" for t in subject) and any(t.key in rules.body for t in subject[1:]):
        return False  # the writer's body: "my hip took the brunt", "the muscles in my lower back"
    if not placed and subject[0].norm in rules.owned and any(t.key in rules.carriers for t in subject[1:]):
        return False  # what carried the writer: "my horse fell at a fence", "the ladder slipped"
    return opens == 1 or rest[opens - 2] in rules.openers


def _the_writer_went_down(sentence: Sentence) -> bool:
    """Whether the writer tells their own fall in the sentence too, in a word of ``[cues.signs]``
    recent-injury just after "I" or "we": "The tram collided with a lorry and I was thrown onto
    the floor", "My walker slid on the wet floor and I went down"."""
    injuring = language().injuring
    writer = injuring.of_another.writer - injuring.of_another.objects
    cues = language().cues
    tokens = sentence.tokens
    return any(
        token.norm in writer and any(injuring.sign in cues.get(t.norm, ()) for t in tokens[k + 1 : k + 4])
        for k, token in enumerate(tokens)
    )


def _done_to_the_writer(text: str, sentence: Sentence, event: int) -> bool:
    """Whether the event at ``event`` is told as done to the writer: its words say so ("tackled
    me", read "I got tackled"), or the writer or the writer's body is hit just after it, in its
    clause, or what carried the writer ("my horse fell on me", "a box fell on my back", "a cyclist
    collided with my hip", "crashed into my car"; not "the bookcase fell over, my back aches")."""
    rules = language().injuring.of_another
    tokens = sentence.tokens
    span = (tokens[event].start, tokens[event].end)
    if any(t.norm in rules.writer for t in tokens if (t.start, t.end) == span):
        return True
    if not rules.writer.isdisjoint(_WORDS.findall(tokens[event].text.lower())):
        return True  # said in the phrase read as it: "a van pulled out and hit me" ("car crash")
    last = tokens[sentence.clause(event)[1] - 1].end
    stop = min((found for mark in ",;:()" if (found := text.find(mark, span[1], last)) >= 0), default=last)
    after = [t for t in tokens[event + 1 :] if span[1] <= t.start and t.end <= stop][: rules.done_to_within]
    return any(
        (
            t.norm in rules.objects
            and not any(u.norm in rules.not_done_to_after for u in after[max(0, k - 2) : k])
        )
        or (
            t.norm in ("my", "our")
            and any(u.key in rules.body or u.key in rules.carriers for u in after[k + 1 : k + 4])
        )
        for k, t in enumerate(after)
    )


def _subject_in(rest: Sequence[str]) -> tuple[int, int, bool] | None:
    """Where a subject of an event stands at the end of ``rest`` (the words before the event,
    after the writer's): ``(opens, end, placed)``, its determiner at ``opens - 1``, its last word
    before ``end``, ``placed`` when a place is said inside it ("the tree in our garden"); None
    when the words end in no determiner and a few words."""
    rules = language().injuring.of_another
    end = len(rest)
    while end and rest[end - 1] in rules.auxiliaries:
        end -= 1
    opens, placed = end, False
    while True:
        words = 0
        while (
            opens
            and words < rules.most_words
            and rest[opens - 1] not in rules.determiners
            and rest[opens - 1] not in rules.not_in_a_subject
        ):
            opens -= 1
            words += 1
        if opens == 0 or opens == end or rest[opens - 1] not in rules.determiners:
            return None
        if placed or opens < 3 or rest[opens - 2] not in rules.places_inside:
            return opens, end, placed
        opens, placed = opens - 2, True  # "the tree in our garden": read on past "in our"


def _the_writer_as_doer(tokens: Sequence[Token], begin: int, i: int) -> int:
    """Where the writer stands as the doer of the accident at ``i``: the last of the words of the
    writer, "and" and "but" in its clause before it, when it is the writer's ("I had an accident",
    "I've had two accidents"); 0 when the writer is not so told."""
    the_writer = language().injuring.the_writer
    marks = (*the_writer, "and", "but")
    last = max((k for k in range(begin, i) if tokens[k].norm in marks), default=0)
    return last if tokens[last].norm in the_writer else 0


def _after_the_last(norms: Sequence[str], marks: Iterable[str]) -> Sequence[str]:
    """The words of ``norms`` after the last of ``marks`` in them (all of them when none is)."""
    marks = frozenset(marks)
    last = max((k for k, norm in enumerate(norms) if norm in marks), default=-1)
    return norms[last + 1 :]


def what_came(text: str, sentence: Sentence, i: int, sign: str, after: Sentence | None) -> str | None:
    """What came out, said with the accident at ``i`` when it is ``sign``'s ([cues.accidents]):
    in its clause, the next one, or the next sentence's first when the accident's ends its
    sentence ("poo" in "an accident in my knickers, the poo kind", "Accident this morning.
    Poo."); None when nothing is said, it is denied or said to be fine ("it wasn't poo", "wee is
    fine"), the accident is another kind (a car's, work's, "by accident") or not the writer's
    had one (a leaflet's, imagined, nearly had, a pet's or a child's)."""
    accidents = language().accidents
    tokens = sentence.tokens
    stems = accidents.told.get(sign)
    # (the first word as written: "accident in my pants" is read as one word, "incontinence";
    # spelled out: "an acident in my pants")
    if stems is None or normal(tokens[i].text.split()[0]) not in accidents.words:
        return None
    if any(t.norm in accidents.not_after for t in tokens[max(0, i - 1) : i + 4]):
        return None  # "a car accident", "an accident at work", "by accident"
    begin, end = sentence.clause(i)
    # the writer's own: only opening words before it in its clause, or after the writer or an
    # "and" ("I had", "back pain and had a little accident", "keep having", "2"), not "I clean up
    # accidents", "since my accident"
    injuring = language().injuring
    before = [t.norm for t in tokens[begin:i] if t.key not in stems]  # (and "a wee accident")
    if not injuring.opening.issuperset(_after_the_last(before, (*injuring.the_writer, "and", "but"))):
        return None
    around = list(tokens[begin:end])
    if end < len(tokens):  # and the clause after it: "an accident in my pants, it was poo"
        further = sentence.clause(end)[1]
        if further - end < 2 and further < len(tokens):  # (past a word alone: "twice now, both poo")
            further = sentence.clause(further)[1]
        around += tokens[end:further]
    elif after is not None:  # "had an accident - the wee kind -", "Accident this morning. Poo."
        around += after.tokens[: after.clause(0)[1]]
    # (someone else named before the writer told as its doer is another's doing: "the kids are
    # driving me mad, and ... I had an accident in bed")
    doer = _the_writer_as_doer(tokens, begin, i)
    others = {t.start for t in tokens[:doer] if t.norm in accidents.of_others}
    if any(t.norm in accidents.not_told and t.start not in others for t in (*tokens[:i], *around)):
        return None
    accident = around.index(tokens[i])
    for k, token in enumerate(around):
        if k == accident or token.key not in stems or _another_thing(around, k):
            continue
        if k > accident + accidents.close:
            continue  # close after the accident ("the poo kind"), not "a poo nappy" further on
        following = around[k + 1].norm if k + 1 < len(around) else None
        # said alone ("poo,", "(wee)", "both poo.") or before a word that makes it what came out
        alone = following is None or _STANDS_ALONE.match(text, token.end) is not None
        if not (alone or following in accidents.as_what_came):
            continue  # as what the accident was: not "felt like poo all day", "wee scratches"
        # said not to be it, or to be fine: "it wasn't poo", "no trouble with wee", "wee is fine"
        fine = any(
            around[j].norm in accidents.fine and around[j - 1].norm != "not"
            for j in range(k + 1, len(around))
        )
        if fine or any(t.norm in accidents.denied for t in around[:k]):
            return None
        return token.text
    if sign == accidents.unfelt_sign and len(around) > accident + 1:
        return _told_unfelt(text, around[accident + 1 :], accidents)
    return None


# Not felt coming, in the words after an accident: "didn't even feel it coming", "never felt it
# happen", "didn't feel I needed to go", "didn't wake up or feel a thing" (not "didn't feel
# well") ...
_UNFELT = compile_pattern(
    r"\b(?:(?:didn[\u2019']?t|did\s+not|never|couldn[\u2019']?t|could\s+not)\s+(?:even\s+|actually\s+|really\s+|"
    r"honestly\s+|genuinely\s+)?(?:(?:wake|waken|hear|notice|know)(?:\s+up)?\s+or\s+)?"
    r"(?:feel|felt)\s+(?:it|them|a\s+thing|anything|i\s+need(?:ed)?|the\s+(?:need|urge|poo|motion)))\b",
    re.IGNORECASE,
)
# ... or only unnoticed: "didn't know it was happening", "no warning", "without knowing",
# "hadn't realised", "only noticed after" (not "didn't know what to do")
_UNNOTICED = compile_pattern(
    r"\b(?:(?:didn[\u2019']?t|did\s+not|never)\s+(?:even\s+)?(?:know|realise|realize|notice)\s+(?:it|i\s+(?:was|had|needed)|till|until)|"
    r"(?:no|zero|without(?:\s+any)?)\s+warning|without\s+(?:knowing|noticing|realising|realizing|feeling\s+it)|"
    r"had\s*n[\u2019']?t\s+(?:even\s+)?(?:realised|realized|noticed|felt)|only\s+noticed\s+(?:after|later|when))\b",
    re.IGNORECASE,
)


def _told_unfelt(text: str, after: Sequence[Token], accidents: Accidents) -> str | None:
    """The words after an accident that tell it was not felt coming, when nothing in ``text``
    names the bladder, a leak, a bug or a time long past ([cues.accidents] ``unfelt_not_with``):
    the accident is then the bowel's. Told only as unnoticed, the text must name the toilet."""
    start, end = after[0].start, after[-1].end
    unfelt = _UNFELT.search(text, start, end)
    found = unfelt or _UNNOTICED.search(text, start, end)
    if found is None:
        return None
    said = f" {' '.join(_WORDS.findall(text.lower()))} "
    if unfelt is None and not _named(said, accidents.unfelt_toilet):
        return None
    return None if _named(said, accidents.unfelt_not_with) else found.group()


def _named(said: str, words: frozenset[str]) -> bool:
    """Whether ``said`` (a text's words, lower case, one space apart and around) holds one of
    ``words`` (each a word or a phrase of words)."""
    return any(f" {word} " in said for word in words)


_WORDS = compile_pattern(r"\w+")
_STANDS_ALONE = compile_pattern(r"\s*(?:[,.;:!?)\]\-\u2013\u2014]|$)")  # a word ended by punctuation


def _another_thing(around: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` that may tell what came out is something else
    ([cues.accidents]): "a urine sample pot", "a wee slip in the kitchen", "a wee accident"."""
    accidents = language().accidents
    following = around[k + 1].norm if k + 1 < len(around) else None
    if following in accidents.not_before or around[k].norm in accidents.not_what_came:
        return True
    # "wee" as written, after "a", is small: "a wee slip", "a wee accident"
    return around[k].text.lower() == "wee" and k > 0 and around[k - 1].norm == "a"


def injures(sentence: Sentence, i: int) -> bool:
    """Whether the cue word at ``i`` tells the person's own event that injures
    ([cues.injuring]): a fall not done to a thing, or a blow to a part of the body ("banged my
    hip on the worktop"); not told as a habit ("I keep tripping"), imagined ("if I tripped"), or
    healed."""
    injuring = language().injuring
    tokens = sentence.tokens
    word = tokens[i].norm
    begin, end = sentence.clause(i)
    if any(t.norm in injuring.repeated for t in tokens[begin:end]):
        return False  # a habit: "I've tripped on the kerb twice"
    if any(t.norm in injuring.over or t.norm in injuring.imagined for t in tokens):
        return False  # healed, or imagined: "If I tripped I would hurt my hip"
    if word in injuring.accidents.words or word in injuring.accidents.injuries:
        return _the_writers_accident(sentence, i)
    after = tokens[i + 1 : end]
    # (a blow to "my" part is the person's, whoever dealt it: "The cow pinned me against the gate,
    # squashed me hip")
    if not the_writers(tokens[begin:i]) and not (
        word in injuring.blows and after and after[0].norm == "my" and _a_part_hit(after)
    ):
        return False  # not the person's: "the Christmas tree toppled over", "my car slid"
    if word in injuring.falls:
        # not done to a thing ("I slid the box across"), nor another sense ("slid into bed")
        return not (after and after[0].norm in injuring.objects) and not any(
            t.norm in injuring.other_senses for t in after[:5]
        )
    if word not in injuring.blows:
        return False
    if after and after[0].norm == "it":  # "my hip has gone stiff after I banged it on the bedpost"
        return (len(after) < 2 or after[1].norm not in injuring.not_after_it) and any(
            t.key in injuring.hit_places for t in tokens[:i]
        )
    # the part hit right after the blow ("banged my hip", "whacked the side of my hip"), or told
    # with "with my" later in the clause ("walked into the table corner with my hip")
    if _a_part_hit(after):
        return True
    return any(
        a.norm == "with" and b.norm == "my" and c.key in injuring.hit_places
        for a, b, c in zip(after, after[1:], after[2:], strict=False)
    )


def an_accident_that_injures(sentence: Sentence, i: int) -> bool:
    """Whether the accident at ``i`` is told as one that injures ([cues.injuring.accidents]):
    by its kind ("a skiing accident"), by "in" before it ("hurt my back in an accident") or by
    a place after it ("an accident at work"); an injury by a sport of knocks and falls only ("a
    rugby injury"). Not another's ("held up by an accident"), another sense ("by accident",
    "accident and emergency", "an accident repair garage"), one told with words of the toilet
    ("had an accident at work, peed myself"), of a habit, feared or not had, nor a little one at
    a place ("a little accident at the gym" may be one in the pants)."""
    lang = language()
    rules = lang.injuring.accidents
    tokens = sentence.tokens
    word = tokens[i].norm
    if word not in rules.words and word not in rules.injuries:
        return False
    begin, end = sentence.clause(i)
    k = _before_the_accident(tokens, begin, i)
    if (k > 0 and tokens[k - 1].norm in rules.not_of_the_writer) or any(
        t.norm in rules.not_before for t in tokens[i + 1 : i + 3]
    ):
        return False
    if _toilet_told(tokens) or any(
        t.norm in rules.not_had_anywhere or t.norm in lang.injuring.repeated for t in tokens
    ):
        return False
    said = {t.norm for t in tokens[k:i]}
    if word in rules.injuries:
        return not rules.injury_kinds.isdisjoint(said)
    if k > begin and tokens[k - 1].norm in rules.toilet:
        return False  # "a bladder accident at work"
    if not rules.kinds.isdisjoint(said):
        return True
    if not rules.small.isdisjoint(said):
        return False
    if k > begin and tokens[k - 1].norm in rules.within:
        return True
    after = [t.norm for t in tokens[i + 1 : end]]
    if not after or after[0] not in rules.after:
        return False
    place = list(itertools.dropwhile(lambda w: w in ("the", "my", "a", "an"), after[1:4]))
    return bool(place) and place[0] in rules.places


def _toilet_told(tokens: Sequence[Token]) -> bool:
    """Whether a word of the toilet is said with an accident ([cues.injuring.accidents]
    ``toilet_told`` and the cue words of the signs of accidents in the pants): "had an accident
    at the gym doing jumping jacks, soaked my leggings"."""
    lang = language()
    rules = lang.injuring.accidents
    return any(
        t.norm in rules.toilet_told
        or (
            t.norm not in rules.words and not lang.accidents.told.keys().isdisjoint(lang.cues.get(t.norm, ()))
        )
        for t in tokens
    )


def accidents_that_injure(sentence: Sentence) -> dict[int, range]:
    """The place of each accident told as one that injures (`an_accident_that_injures`), with
    the places of the words said of it before it ("a skiing accident": "a skiing"). Those words
    are read with the accident, not as cues of their own, and the accident asks nothing of the
    bladder or the bowel."""
    tokens = sentence.tokens
    rules = language().injuring.accidents
    return {
        i: range(_before_the_accident(tokens, sentence.clause(i)[0], i), i)
        for i, token in enumerate(tokens)
        if (token.norm in rules.words or token.norm in rules.injuries)
        and an_accident_that_injures(sentence, i)
    }


def _before_the_accident(tokens: Sequence[Token], begin: int, i: int) -> int:
    """Where the words said of the accident at ``i`` begin: its kind and words such as "a",
    "my", "nasty" ("since my skiing accident" -> "my")."""
    rules = language().injuring.accidents
    k = i
    while k > begin and (
        tokens[k - 1].norm in rules.between
        or tokens[k - 1].norm in rules.kinds
        or tokens[k - 1].norm in rules.injury_kinds
    ):
        k -= 1
    return k


def _the_writers_accident(sentence: Sentence, i: int) -> bool:
    """Whether the accident at ``i`` injures (`an_accident_that_injures`) and is the writer's:
    told as `the_writers` events are ("Had a skiing accident", "I was involved in an accident"),
    opened by "since" or "after" ("since my accident at work"), after the writer's hurt ("I hurt
    my back in an accident") or of the writer's body ("my hip was injured in an accident")."""
    if not an_accident_that_injures(sentence, i):
        return False
    rules, injuring = language().injuring.accidents, language().injuring
    tokens = sentence.tokens
    begin, _ = sentence.clause(i)
    k = _before_the_accident(tokens, begin, i)
    while k > begin and tokens[k - 1].norm in rules.within:
        k -= 1
    before = tokens[begin:k]
    norms = [t.norm for t in before]
    if the_writers(before) or rules.opening.issuperset(norms) or (norms and norms[-1] in rules.told_after):
        return True  # (whose the hurt is, its status says: "my dad's back hurts since ..." is his)
    rest = _after_the_last(norms, injuring.the_writer)
    if rest and rest[0] in rules.hurt:
        return True  # "I hurt my back in an accident", "Hurt my back in a sledging accident"
    return norms[:1] == ["my"] and len(before) > 1 and before[1].key in injuring.hit_places


def _a_part_hit(after: Sequence[Token]) -> bool:
    """Whether the words ``after`` a blow open with the part of the body it hit
    ([cues.injuring]): "my hip", "the side of my hip"; not "back" alone ("bumped back to the end
    of the list"), nor a part of a thing ("my back teeth", "the side of my car")."""
    injuring = language().injuring
    owners = list(itertools.takewhile(lambda t: t.norm in injuring.hit_owners, after))
    if len(owners) == len(after) or after[len(owners)].key not in injuring.hit_places:
        return False
    if not owners and after[0].key == "back":
        return False  # "back" as where to: "bumped back", "knocked back"
    rest = after[len(owners) + 1 :]
    if rest and rest[0].norm == "of":  # "the side of my hip", not "the side of my car"
        return _a_part_hit(rest[1:])
    return not (rest and rest[0].norm in injuring.things)


def injury_told(
    kb: KnowledgeBase,
    text: str,
    bounds: Sequence[tuple[int, int]],
    injuring: Sequence[Mention],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """A recent injury from the person's word of an event that injures (see `injures`) and a
    new pain or loss of use said as present in its sentence or one next to it ("Tripped over the
    dog's lead yesterday. I can't stand on my right leg"), unless its sentence says what explains it
    ("my foot won't lift and I tripped"). Never over the sign said, denied or asked of its own.

    >>> said = painkb.interpret(kb, "I tripped over the dog and hurt my hip")
    >>> any(m.present for m in said.mentions if m.entity.id == "recent-injury")
    True
    """
    rules = language().injuring
    said = [m for m in mentions if m.entity.id == rules.sign]
    # (a cause denied is not the sign denied: "It's nothing to do with a fall, I got hit by a car
    # on my bike yesterday" tells an injury after it)
    causes_denied = [m for m in said if _CAUSE_DENIED.search(text, max(0, m.start - 30), m.start)]
    if rules.sign not in kb or len(said) > len(causes_denied):
        return []
    after = max((m.end for m in causes_denied), default=0)
    for cue in injuring:
        if cue.start < after:
            continue
        where = sentence_of(bounds, cue.start)
        found = [m for m in mentions if m.present and abs(sentence_of(bounds, m.start) - where) <= 1]
        if _explained(bounds, where, found):
            continue
        hurt = next(
            (
                m
                for m in found
                if m.entity.id in rules.hurts
                and m.confident
                and not NOT_NEW.intersection(m.modifiers)
                and not lasted_longer(text, bounds, m, rules.new_within_days)
            ),
            None,
        )
        if hurt is not None:
            return [attrs.evolve(cue, score=CONFIDENT, exact=True, via=f"{cue.orth} + {hurt.entity.name}")]
    return []


# a cause denied just before a word of the sign: "nothing to do with a fall" (context.toml)
_CAUSE_DENIED = compile_pattern(r"\bnothing\s+to\s+do\s+with\s+(?:a|an|any)\s+(?:\w+\s+)?$", re.IGNORECASE)


def lasted_longer(text: str, bounds: Sequence[tuple[int, int]], mention: Mention, days: int) -> bool:
    """Whether the sentence of ``mention`` says it has lasted more than ``days`` ("I have had hip
    pain for 5 years"): older than an event told now."""
    where = sentence_of(bounds, mention.start)
    if where >= len(bounds):
        return False
    start, end = bounds[where]
    return any(duration.days > days for duration, _ in durations_in(text[start:end]))


def _explained(bounds: Sequence[tuple[int, int]], where: int, mentions: Iterable[Mention]) -> bool:
    """Whether a finding of sentence ``where`` explains a trip told there ("my foot won't lift
    and I tripped"): ``[cues.injuring] explained_by``."""
    explaining = language().injuring.explained_by
    return any(
        m.entity.id in explaining and m.present and sentence_of(bounds, m.start) == where for m in mentions
    )


def falls_told(
    bounds: Sequence[tuple[int, int]], injuring: Sequence[Mention], mentions: Sequence[Mention]
) -> frozenset[int]:
    """The sentences where the person tells a fall in other words ("tripped on the rug",
    "toppled over"): an event of ``[cues.injuring] falls`` that no finding of its sentence
    explains. Each gives the "fall" a sign's words may need, said in it or a sentence next to it
    ("Tripped on the rug. I can't stand on my leg" is "I fell and can't stand on my leg")."""
    falls = language().injuring.falls
    told = (sentence_of(bounds, cue.start) for cue in injuring if cue.orth.lower() in falls)
    return frozenset(where for where in told if not _explained(bounds, where, mentions))
