"""Second looks: warning signs said in full that the rest of the text makes doubtful, asked
about instead of raised.

Once a text is read, each rule in ``RULES`` looks at every finding and names the signs it
doubts: a sign of both legs said of one ("my leg gives way"), a sign of a place said with no
part of that place named, a sign of an event said to have done no harm, a sign that needs
new back pain said with years-old back pain, a sign of something recent said to be long
ago, a sign of the middle of the body said of one side, a sign denied through a finding also
said, a sign said and then denied, a loss said to be back to normal later, a difficulty that
must grow said with nothing growing. A doubted sign is never dropped: it becomes a question
(see ``ask_instead``).

>>> import painkb
>>> kb = painkb.load()
>>> it = painkb.interpret(kb, "My lower back hurts and my leg keeps giving way")
>>> [m.entity.id for m in it.mentions if m.entity.id == "bilateral-leg-weakness"]
[]
>>> [str(m.status) for m in it.partial if m.entity.id == "bilateral-leg-weakness"]
['uncertain']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Sequence

import attrs

from painkb._lazy_re import LazyPattern, lower_case
from painkb._pattern_store import compile as compile_pattern
from painkb.kb import KnowledgeBase
from painkb.model import Entity, Kind, Urgency
from painkb.partof import ancestors
from painkb.understand.context import Status
from painkb.understand.inference import may_say, states_of_a_place
from painkb.understand.interpretation import Mention
from painkb.understand.quantities import both_sides_in, duration_in, durations_in
from painkb.understand.sentences import sentence_of
from painkb.understand.words import OLD, language, tokenize


@attrs.frozen
class Reading:
    """What a rule may look at besides the findings: the knowledge base, the text and the
    (start, end) of each of its sentences."""

    kb: KnowledgeBase
    text: str
    bounds: Sequence[tuple[int, int]]

    def sentence_at(self, position: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``position``, or of the whole text."""
        at = sentence_of(self.bounds, position)
        return self.bounds[at] if at < len(self.bounds) else (0, len(self.text))


Rule = Callable[[Reading, list[Mention]], list[Mention]]


def _present(mentions: Iterable[Mention], signs: Collection[str]) -> list[Mention]:
    """The mentions of ``signs`` said as present."""
    return [m for m in mentions if m.present and m.entity.id in signs]


def ask_instead(
    mentions: list[Mention], partial: list[Mention], doubtful: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` without ``doubtful``, and ``partial`` with them as uncertain: asked about."""
    if not doubtful:
        return mentions, partial
    kept = [m for m in mentions if m not in doubtful]
    return kept, [*partial, *(attrs.evolve(m, status=Status.UNCERTAIN) for m in doubtful)]


def second_looks(
    reading: Reading, mentions: list[Mention], partial: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Every rule of ``RULES`` in turn, each on what the ones before it left, then the
    denials told with "never" (``never_before``)."""
    # (every rule doubts only signs said as present, or denied beside one: with none, none doubts)
    if any(m.present for m in mentions):
        asked = _signs_asked_by(reading.kb)
        # (a rule only takes findings away: what is present here stays a superset)
        present = {m.entity.id for m in mentions if m.present}
        for rule in RULES:
            signs = asked.get(rule)
            if signs is not None and signs.isdisjoint(present):
                continue  # (most rules in most texts: none of the signs it doubts is said)
            mentions, partial = ask_instead(mentions, partial, rule(reading, mentions))
    return never_before(reading, mentions, partial)


def one_sided(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign about both legs said of one side or none ("my leg gives way"), when the text
    names no two sides: in stems "legs giving way" and "leg giving way" are the same phrase."""
    both_sides = language().said_of_both_sides
    said_of_both = {m.entity.id for m in mentions if m.side == "both"}
    said = [
        m for m in mentions if m.entity.id in both_sides and m.present and m.entity.id not in said_of_both
    ]
    return said if said and not both_sides_in(reading.text) else []


def placed(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign about a place said with no part of that place named ("it's spreading and
    sore", for pain down the leg)."""
    places = language().said_of_a_place
    said = [m for m in mentions if m.present and m.entity.id in places]
    if not said:
        return []
    # The places named: regions, and where a named muscle lies ("into my hamstring").
    named = {m.entity.id for m in mentions if m.entity.kind is Kind.REGION} | {
        link.target
        for m in mentions
        if m.entity.kind is Kind.MUSCLE
        for link in reading.kb.links_from(m.entity.id, "located_in")
    }
    # ... and a part of the leg in the words a pain was read to travel into ("pain down my
    # left hamstring": the muscle's words are the sign's own, so no mention of it stands)
    spreading, spreading_sign = language().spreading_places, language().spreading_sign
    return [
        m
        for m in said
        if not any(places[m.entity.id] in ancestors(reading.kb, region) for region in named)
        and not (m.entity.id == spreading_sign and any(t.key in spreading for t in tokenize(m.orth)))
    ]


def back_said(kb: KnowledgeBase, findings: Iterable[Entity], more: Collection[str] = ()) -> bool:
    """True when one of ``findings`` is back, buttock or sciatic pain, or a place of them
    (``back_places`` in language.toml, and ``more``; a part of one counts)."""
    places = language().back_places.union(more)
    return any(places.intersection(ancestors(kb, finding.id)) for finding in findings)


def with_the_back(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of the back said with no back, buttock or sciatic pain ("after a long hike both
    my legs ache"), nor a place that counts for it (``back_places_also``: "my hip is killing me
    and I'm struggling to walk" is the gluteal area's walking difficulty)."""
    lang = language()
    said = _present(mentions, lang.said_with_the_back)
    if not said:
        return []
    others = [m.entity for m in mentions if m.present and m.entity.id not in lang.said_with_the_back]
    words = lang.back_words
    return [
        m
        for m in said
        if not back_said(reading.kb, others, lang.back_places_also.get(m.entity.id, ()))
        and not words.intersection(t.key for t in tokenize(m.via))
    ]


def with_the_back_denied(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of back pain said where the back is denied and no back, buttock or sciatic pain
    is said ("Temperature of 38.5 with flu, achy all over, but honestly no back pain at all",
    "my disc operation 7 months ago was a total success, no back pain since")."""
    signs = language().asked_when_the_back_is_denied
    said = _present(mentions, signs)
    if not said:
        return []

    def a_sign_own_place(m: Mention) -> bool:
        # the place of the back inside a sign's own words: the back of "my back operation"
        return m.entity.kind is Kind.REGION and any(s.start <= m.start and m.end <= s.end for s in said)

    others = (
        m.entity for m in mentions if m.present and m.entity.id not in signs and not a_sign_own_place(m)
    )
    if back_said(reading.kb, others):
        return []
    places = language().back_places
    denied = any(
        m.status is Status.ABSENT and places.intersection(ancestors(reading.kb, m.entity.id))
        for m in mentions
    )
    return said if denied else []


_COMMA = compile_pattern(r"[,;]")
_CANNOT = compile_pattern(
    r"\b(?:can[\u2019']?t|cannot|can\s+not|unable|couldn[\u2019']?t|could\s+not)\b", re.IGNORECASE
)
_RECENT_BEFORE = compile_pattern(r"\b(?:just|recently)\b", re.IGNORECASE)
_A_PAIN = compile_pattern(
    r"\b(?:pain\w*|hurt\w*|ache|aches|aching|achy|sore\w*|agony|tender)\b(?![\s-]*free)", re.IGNORECASE
)
# a denial of the pain word itself: "no pain", "no back pain or tummy pain", "doesn't hurt" (not
# "no idea why it hurts")
_NO_PAIN_BEFORE = compile_pattern(
    r"\b(?:no|not|without|never|nothing)\s+(?:\w+\s+)?$|n[\u2019']?t\s+(?:really\s+|even\s+)?$"
    # ... and the next of a list denied: "no back pain or tummy pain" (not "throbs or aches")
    r"|\b(?:no|not|without|never)\s+[^.;!?]{0,30}\bor\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def with_a_pain(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign felt with a pain said with every pain denied: no back pain said, and "no pain"
    ("I can feel my pulse in my belly when I lie flat, is that normal? No pain anywhere")."""
    signs = language().said_with_a_pain
    said = _present(mentions, signs)
    if not said:
        return []
    others = [m for m in mentions if m.present and m.entity.id not in signs]
    if back_said(reading.kb, (m.entity for m in others)):
        return []
    text = reading.text
    denied = [
        bool(_NO_PAIN_BEFORE.search(text, max(0, at.start() - 30), at.start()))
        for at in _A_PAIN.finditer(text)
    ]
    return said if denied and all(denied) else []


# a hurt said slight, in its words or just before them: "bum a bit sore", "a little tender"
_MILD = LazyPattern(
    r"\b(?:a\s+)?(?:bit|little|tad|touch)\s+(?:of\s+an?\s+)?(?:sore|tender|achy|bruised|stiff|bruise|ache)\b|\b(?:slightly|mildly)\s+(?:sore|tender|achy|bruised|stiff)\b",
    re.IGNORECASE,
)
_MILD_REACH = 12  # characters before a mention its slightness may be said in
# ... unless the bones are fragile or the event was fast: "brittle bones, tripped over the cat,
# walked it off, back a little sore", "Came off the motorbike at 60mph, got straight back up"
_FRAGILE = LazyPattern(
    r"\b(?:osteopor\w*|osteopen\w*|brittle\s+bones|thin\s+bones|weak\s+bones|steroids?|prednisolone|"
    r"prednisone|alendron\w*|mph|motorbike|motorcycle|car|van|lorry|truck|bus|horse)\b",
    re.IGNORECASE,
)


_UNHARMED = frozenset({"painless", "unhindered"})


def with_a_complaint(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of an event said to have done nothing to the person (no symptom said as
    present, and a pain or a place denied: "I slipped on the wet floor but honestly nothing
    hurts", "... and grazed my elbow; my back's fine")."""
    signs = language().said_with_a_complaint
    events = _present(mentions, signs)
    if not events:
        return []
    injuries = language().injuring.of_another.signs
    injured = [m for m in events if m.entity.id in injuries]  # the events that are injuries
    cannot = _CANNOT.search(reading.text) is not None  # something the person cannot do
    hurts = [
        m
        for m in mentions
        if m.present and m.entity.id not in signs and m.entity.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN)
    ]
    # An emergency's event (a fall from a height, a road collision) is asked only when said plainly
    # to have done nothing, with no place and no other finding said ("Came off my horse ..., no
    # pain at all, just my pride hurt"); a back told in words not read as pain ("my back feels
    # broken", "not hurt anywhere else but my back") keeps it raised, and the injury with it.
    emergencies = [m for m in events if getattr(m.entity, "urgency", None) is Urgency.EMERGENCY]
    if emergencies:
        placed = any(m.present and m.entity.kind is Kind.REGION for m in mentions)
        if hurts or placed or cannot or not any(_UNHARMED.intersection(m.modifiers) for m in emergencies):
            return []
        return injured
    # said with "no harm done" or "nothing hurt" in its own sentence: asked, whatever else hurts
    unharmed = [m for m in injured if "painless" in m.modifiers]
    if unharmed:
        return unharmed
    # gone on as before, hurt no worse than slightly: "Fell over in the garden but got straight
    # back up and walked it off. Bum a bit sore." (not "walked it off ... now my hip is agony")
    if (
        any("unhindered" in m.modifiers for m in mentions)
        and not cannot
        and not _FRAGILE.search(reading.text)
        and hurts
        and all(_MILD.search(reading.text, max(0, m.start - _MILD_REACH), m.end) for m in hurts)
    ):
        return injured  # (an injury's only: a past cancer with a mild back pain is still one)
    if hurts:
        return []
    # a place denied counts unless a treatment is denied too ("No pain relief is helping my back")
    treated = any(
        m.status is Status.ABSENT and m.entity.kind in (Kind.TREATMENT, Kind.EQUIPMENT) for m in mentions
    )
    unhurt = any(
        (
            m.status is Status.ABSENT
            and (m.entity.kind is Kind.SYMPTOM or (m.entity.kind is Kind.REGION and not treated))
        )
        or "painless" in m.modifiers
        # (not with something the person cannot do: "not a mark on me but I can't stand up")
        or ("unhindered" in m.modifiers and not cannot)
        for m in mentions
    )
    if unhurt:
        return events
    # an injury whose hurt is said to be over: "back was sore for a few days but it's long settled now"
    over = any(m.status is Status.HISTORICAL and m.entity.kind is Kind.SYMPTOM for m in mentions)
    return injured if over else []


def with_only_an_old_back(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign that counts only with new back pain (a past cancer, a weak immune system),
    said where every back pain is said to be years old ("the same old back ache I've had since
    my twenties", "my lower back pain is the same as it's been for decades"): is the pain new?"""
    lang = language()
    pains = [
        m
        for m in mentions
        if m.present and m.entity.id in lang.back_places and m.entity.kind is not Kind.REGION
    ]
    if not pains or not all(OLD.intersection(m.modifiers) for m in pains):
        return []
    return _present(mentions, lang.said_with_new_back_pain)


# Signs of an event whose time must be told as a time ago to be read as not recent
_TOLD_WHEN = frozenset({"recent-injury"})
_AGO = compile_pattern(r"\bago\b", re.IGNORECASE)
_A_RECENT_DAY = compile_pattern(
    r"\b(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week|weekend)|"
    r"(?:on|last|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:at|over)\s+the\s+weekend|"
    r"(?:an|a\s+few|a\s+couple\s+of|\d+|one|two|three|four|five|six)\s+(?:hours?|days?|weeks?)\s+ago|"
    r"a\s+(?:week|fortnight)\s+ago)\b",
    re.IGNORECASE,
)


def not_recent(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of something recent said, in its sentence, with a time longer than its window
    (``[status] recent_within_days``: "a UTI three months ago", "had an operation on my back
    two years ago"): how long ago was it?"""
    within = language().recent_within_days
    said = _present(mentions, within)
    if not said:
        return []
    times = durations_in(reading.text)
    findings = [x for x in mentions if x.present and x.entity.kind is not Kind.REGION]

    def nearest(start: int, end: int) -> Mention | None:
        """The finding said nearest a time: "kidney transplant 4 yrs ago, just had a UTI" is
        the transplant's time, not the infection's (a comma between; "kidney infection and
        cystitis 6 months ago" is both's)."""
        return min(findings, key=lambda x: max(x.start - end, start - x.end, 0), default=None)

    return [
        m
        for m in said
        for low, high in reading.bounds
        if low <= m.start < high
        and any(
            d.days > within[m.entity.id]
            and low <= s < high
            # an injury's time is when it happened, not how long something else has gone on:
            # "fell from scaffolding 8 months ago", not "on steroids for 5 years, slipped today",
            # nor a sentence that tells of a fall of days ago too ("fell off a ladder 8 months
            # ago ... then I fell off it again on tuesday")
            and (
                m.entity.id not in _TOLD_WHEN
                or (
                    _AGO.search(reading.text, s, e) is not None
                    and _A_RECENT_DAY.search(reading.text, low, high) is None
                )
            )
            and (
                nearest(s, e) in (m, None) or not _COMMA.search(reading.text, min(e, m.end), max(s, m.start))
            )
            # "on prednisolone for 5 years and just had a kidney infection": its own "just"
            and not _RECENT_BEFORE.search(reading.text, max(0, m.start - 25), m.start)
            for d, (s, e) in times
        )
    ]


def not_lasting(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of a pain that has lasted said in a text whose longest stated time is shorter
    than the sign needs (``[status] lasting_at_least_days``: "back pain for 2 weeks, better
    with exercise, worse with rest"): has it lasted that long?"""
    at_least = language().lasting_at_least_days
    said = _present(mentions, at_least)
    longest = duration_in(reading.text) if said else None
    if longest is None:
        return []
    return [m for m in said if longest[0].days < at_least[m.entity.id]]


_ONE_SIDE = compile_pattern(
    r"\bone\s+(?:side|cheek|bum\s+cheek|butt\s+cheek|buttock|glute)\b"
    # ... or a part of one buttock: "a numb patch on my bum cheek", "the side of my bum", "part of
    # my buttock", "my outer hip and upper buttock", "on the sciatica side"
    r"|\b(?:bum|butt|arse|ass|bottom|backside)\s+cheek\b(?!s)"
    r"|\b(?:part|side|outside|outer\s+part|top\s+part)\s+of\s+(?:my\s+|the\s+|a\s+)?(?:bum|butt|buttock|bottom|arse|backside|glute)\b(?!\s+cheeks)"
    r"|\b(?:outer|upper|outside)\s+(?:buttock|bum|glute|bottom)\b"
    # "a numb patch on my buttock" (one buttock: not "my buttocks", "my bottom")
    r"|\b(?:patch|spot)\s+(?:on|of|over)\s+(?:my\s+|the\s+|one\s+)?(?:buttock|glute)\b(?!s)"
    r"|\b(?:sciatica|sciatic|same|affected)\s+side\b",
    re.IGNORECASE,
)
_ONE_SIDE_REACH = 40  # characters before a sign where its side may be said
# Words of the middle itself: "a numb patch just above where my bum cheeks meet" is the saddle
_THE_MIDDLE = compile_pattern(
    r"\b(?:cheeks|crack|between|back\s+passage|anus|anal|genitals?|groin|perineum|inner\s+thighs?|privates|"
    r"down\s+there|down\s+below|vagina|vulva|labia|penis|scrotum|balls|crotch|saddle|tailbone|hole|bumhole|"
    r"ring|perianal|bits|lady\s+(?:garden|parts)|nether\s+regions|undercarriage)\b",
    re.IGNORECASE,
)


def middle_said_of_one_side(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of the middle of the body said of one side ("one bum cheek tingles", "a numb patch
    on the outside of my buttock"), and not of the middle itself ("where my bum cheeks meet")."""
    middle = language().never_one_sided

    def of_one_side(m: Mention) -> bool:
        if m.side in ("left", "right"):
            return True
        end = next((e for _, e in reading.bounds if e > m.start), len(reading.text))
        start = max(0, m.start - _ONE_SIDE_REACH)
        return (
            _ONE_SIDE.search(reading.text, start, end) is not None
            and _THE_MIDDLE.search(reading.text, start, end) is None
        )

    return [m for m in mentions if m.present and m.entity.id in middle and of_one_side(m)]


def denied_and_said(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A warning sign denied through a finding the text also says is present: "Fever: no.
    Chills and shivering: yes" denies the word fever but says a fever, so whether the person
    has the sign is a question, never a "you do not have"."""
    present = {m.entity.id for m in mentions if m.present}
    both = [m for m in mentions if m.status is Status.ABSENT and m.entity.id in present]
    if not both:
        return []
    return [
        m
        for m in mentions
        if m.status is Status.ABSENT
        and m.entity.kind is Kind.WARNING_SIGN
        and m.entity.id not in present
        and any(b.start < m.end and m.start < b.end for b in both)
    ]


def said_then_denied(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A warning sign said, then denied later in the same sentence on the same side: "my back
    is sore from coughing all night, but coughing doesn't make it worse". Which one holds is
    a question: both are asked. (A sign denied first and then said holds: "no pain down my leg when I sit,
    but when I walk it shoots down it".)"""
    denied = [m for m in mentions if m.status is Status.ABSENT and m.entity.kind is Kind.WARNING_SIGN]
    if not denied:
        return []

    def sentence_of(position: int) -> int:
        return next((i for i, (start, end) in enumerate(reading.bounds) if start <= position < end), -1)

    pairs = [
        (m, d)
        for m in mentions
        if m.present
        for d in denied
        if d.entity.id == m.entity.id
        and d.start >= m.end
        and d.side == m.side
        and sentence_of(d.start) == sentence_of(m.start)
    ]
    return list(dict.fromkeys(m for pair in pairs for m in pair))


# "my legs were back to normal", "it was all back to normal", "fine again" (not "not back to
# normal", "never back to normal", "still not fine again")
_BACK_TO_NORMAL = compile_pattern(
    r"\b(?<!\bnot\s)(?<!\bnever\s)(?<!n[t'\u2019]\s)(?:(?:all|completely|totally)\s+)?"
    r"(?:back\s+to\s+normal|normal\s+again|fine\s+again|returned\s+to\s+normal)\b"
    # "my butt went totally numb. The feeling came back about a minute after I stood up"
    r"|\b(?:feeling|sensation|strength)\s+(?:came|comes|has\s+come|had\s+come)\s+"
    r"(?:straight\s+|right\s+|quickly\s+|slowly\s+|all\s+)?back\b"
    r"|\b(?:feeling|sensation|strength)\s+(?:returned|has\s+returned)\b"
    # "My bum went numb after five hours on a bike saddle. It was gone after a hot bath."
    r"|\b(?:it|that|the\s+numbness|the\s+tingling|the\s+weakness)\s+(?:was|had|has|is)\s+(?:all\s+|completely\s+)?"
    r"gone\b(?!\s+(?:numb|dead|weak|tingly|funny|stiff|worse|into|down|to))"
    # "my legs feel strong now", "it all thawed out in the car"
    r"|\b(?:feel|feels|are|is)\s+(?:strong|fine|normal|ok|okay)\s+(?:now|again)\b"
    r"|\b(?:thawed|thawing)(?:\s+out)?\b",
    re.IGNORECASE,
)
_NORMAL_AGAIN_WORDS = ("normal", "again", "feeling", "sensation", "strength", "gone", "now", "thaw")


_GONE_SOON = compile_pattern(
    # a remark of its own: "pins and needles in my foot for a day last month, completely gone now"
    r",\s*(?:(?:it'?s|its|now)\s+)?(?:completely|totally|all|fully)\s+gone\s+now\b|"
    r"\b(?:gone|went|wore\s+off|passed|back\s+to\s+normal|(?:comes|came|come)\s+back)\s+"
    # "it comes back about ten minutes after I get off the bike"
    r"(?:(?:within|in|after)\s+|(?:about|around|roughly)\s+)(?:about\s+|around\s+)?"
    r"(?:a|one|two|five|ten|fifteen|twenty|a\s+few|a\s+couple\s+of|\d+)\s+"
    r"(?:seconds?|minutes?|mins?|moments?)\b",
    re.IGNORECASE,
)
_GONE_SOON_WORDS = ("gone", "second", "min", "moment")


def back_to_normal_later(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A loss of feeling, strength or function (`states_of_a_place`, ``[status]
    asked_when_past``) said, then said in a later sentence to be back to normal ("both my legs
    felt like jelly ... By the time I'd had a shower my legs were back to normal"; "couldn't
    get it up that night. Next morning everything was back to normal"), or anywhere after it
    to have gone within minutes ("my bum went numb - pins and needles when I stood, gone within
    a minute"): passed, and asked about."""
    states, past = states_of_a_place(reading.kb), language().asked_when_past
    said = [m for m in mentions if m.present and (m.entity.id in states or m.entity.id in past)]
    if not said:
        return []  # most texts: no loss said, no patterns to run
    # (each pattern only where a word it needs is said)
    lowered = lower_case(reading.text)
    later = (
        [found.start() for found in _BACK_TO_NORMAL.finditer(reading.text)]
        if may_say(lowered, _NORMAL_AGAIN_WORDS)
        else []
    )
    # gone in a minute or two, said anywhere after it: "my bum went completely numb - pins and
    # needles when I stood, gone within a minute"
    soon = (
        [found.start() for found in _GONE_SOON.finditer(reading.text)]
        if may_say(lowered, _GONE_SOON_WORDS)
        else []
    )
    if not later and not soon:
        return []
    ends = [end for _, end in reading.bounds]
    # in a later sentence, or later in the same one after a contrast ("numb and odd down below
    # for a few weeks, but the health visitor says feeling has come back properly now")
    return [
        m
        for m in said
        if any(
            p >= next((end for end in ends if end > m.start), len(reading.text))
            or (p >= m.end and _A_CONTRAST.search(reading.text, m.end, p))
            for p in later
        )
        or any(p >= m.end for p in soon)
    ]


_A_CONTRAST = compile_pattern(r"\b(?:but|though|although|then)\b", re.IGNORECASE)

# "because of my asthma", "from all the coughing", "it's just my reflux", "with my hayfever",
# "the foot slapping was just my new shoes"
_A_CAUSE = compile_pattern(
    r"\b(?:because(?:\s+of)?|cos|coz|cuz|due\s+to|from|caused\s+by|thanks\s+to|with|"
    r"(?:it'?s|its|that'?s|was|were)\s+(?:just|only|probably))"
    r"\s+((?:[\w']+\s+){0,4}\w+)\b",
    re.IGNORECASE,
)
# ... as the cause, for the signs in ``explained_only_as_the_cause`` ("because these flip-flops are
# too big", "from my new sandals", "that's just the flip flops", "was only the sandals"; not "with
# my slippers on", "even with my crocs", nor a belief: "I thought it was just the flip flops")
_AS_THE_CAUSE = compile_pattern(
    r"\b(?:because(?:\s+of)?|cos|coz|cuz|due\s+to|from|caused\s+by|"
    r"(?:it'?s|its|that'?s|was|were)\s+(?:just|only))"
    r"\s+((?:[\w']+\s+){0,4}\w+)\b",
    re.IGNORECASE,
)
_A_BELIEF_BEFORE = compile_pattern(
    r"\b(?:thought|assumed|figured|hoped|guessed|think|even)\s+(?:(?:it|that)\s+)?(?:(?:was|is|were)\s+)?$",
    re.IGNORECASE,
)
# ... and "after the marathon", "chills the night after my booster": a cause told by its time,
# for the signs not in ``never_explained_after`` (not "since": "numb since the fall" tells when)
_AFTER_A_CAUSE = compile_pattern(r"\bafter\s+((?:[\w']+\s+){0,4}\w+)\b", re.IGNORECASE)


_NOT_THE_CAUSE = compile_pattern(
    r"\b(?:not|isn[\u2019']?t|wasn[\u2019']?t|never|nothing\s+to\s+do|can[\u2019']?t\s+be|no\s+way\s+it[\u2019']?s|"
    r"don[\u2019']?t\s+think\s+it[\u2019']?s)(?:\s+(?:even|just|really|only))?\s+$",
    re.IGNORECASE,
)
# "like I've been sitting on a bike seat for hours": a cause only compared with
# (within its sentence: "going up one at a time like a toddler. Did too much gardening on Sunday")
_COMPARED = compile_pattern(r"\b(?:like|as\s+if|as\s+though)\b(?:[^\w.!?]+\w+){0,6}[^\w.!?]*$")
_COMPARED_REACH = 60  # characters before a cause where its comparison may stand


def _a_cause_told(lowered: str, cause: str, *, own: bool = False) -> bool:
    """True when ``cause`` is told in ``lowered`` (a text in lower case, apostrophes dropped)
    other than in a comparison ("numb like after a long bike ride"); with ``own``, as the
    writer's own (`_told_as_own`).

    >>> _a_cause_told("my husband sneezed and i got a sudden pain", "sneezed", own=True)
    False
    >>> _a_cause_told("i sneezed and got a sudden pain", "sneezed", own=True)
    True
    """
    return any(
        _told_as_own(lowered, cause, found) if own else not _compared(lowered, found)
        for found in _words_of(cause).finditer(lowered)
    )


# (kept: the stored patterns are made anew on each compile, and a few hundred causes are
# looked for in text after text)
@functools.cache
def _words_of(cause: str) -> re.Pattern[str]:
    """The pattern of ``cause`` as whole words."""
    return compile_pattern(rf"\b{re.escape(cause)}\b")


# A full stop that ends no sentence: an ellipsis, one of a short abbreviation or between letters or
# figures ("like... after hours on the bike", "like a 90 yr. old", "like after a 100 mi. bike ride",
# "like after a bad takeaway e.g. food poisoning": a review, rev107)
_NO_SENTENCE_END = compile_pattern(
    r"\.{2,}|\u2026|(?<!\w)(?:\w|yrs?|mi|km|kms|kg|kgs|lbs?|hrs?|mins?|secs?|approx|etc|esp|incl|vs|"
    r"ft|st|mr|mrs|ms|dr)\.|\.(?=\w)"
)


@functools.cache  # (as _words_of)
def _words_spaced(cause: str) -> re.Pattern[str]:
    """The pattern of ``cause`` as whole words, however spaced ("im  exhausted": the space of a
    contraction moved to its end)."""
    return compile_pattern(r"\b" + r"\s+".join(re.escape(word) for word in cause.split()) + r"\b")


def _compared(lowered: str, found: re.Match[str]) -> bool:
    """Whether the cause ``found`` is only compared with ("like after a long bike ride"), in its
    sentence."""
    before = lowered[max(0, found.start() - _COMPARED_REACH) : found.start()]
    before = _NO_SENTENCE_END.sub(lambda end: end.group().replace(".", " ").replace("\u2026", " "), before)
    return _COMPARED.search(before) is not None


def _told_as_own(lowered: str, cause: str, found: re.Match[str]) -> bool:
    """Whether the cause ``found`` is told as the writer's own: not compared, denied, someone
    else's or set aside ("definitely not trapped wind", "my granddaughter is in labour", "he was
    doing deadlifts", "I do deadlifts but this isn't that")."""
    before = max(0, found.start() - _COMPARED_REACH)
    return not (
        _compared(lowered, found)
        or _DENIED_BEFORE.search(lowered, before, found.start())
        or (not _A_TIME.match(cause) and _THEIRS_BEFORE.search(lowered, before, found.start()))
        or (
            _THEIRS_BY_NAME_BEFORE.search(lowered, before, found.start()) is not None
            and not _A_WORD_OF_PLACE_OR_TIME.match(cause)
            and _A_HEAD_AFTER.match(lowered, found.end()) is not None
            and not _THE_WRITER_JOINS_IN.match(lowered, found.end())
        )
        or _NOT_THAT.match(lowered, found.end())
        or (_DIFFERENT.match(lowered, found.end()) and _HAD_BEFORE.search(lowered, before, found.start()))
        or _A_PLACE_BY_IT.search(lowered, before, found.start()) is not None
    )


# A seat named only to say where ("the bits of me that would touch a bike seat feel cold and dead": a
# review, rev108): what would touch it is a place, and no ride was had (not "my bum touches the bike
# seat for hours", told as done)
_A_PLACE_BY_IT = compile_pattern(
    r"\b(?:would|youd|you\s+would|you\s+d)\s+(?:touch|sit\s+on|rest\s+on)\s+(?:a|the|your)\s+$"
)


# A cause denied just before it, in the same run of words ("not", "it isn't", "haven't been", "never
# had a", "can't be", "no way is this", "I don't have", or the last of a list denied: "no vomiting
# or diarrhoea"; not "no joke, since the birth", "didn't realise giving birth", "I'm used to my
# anxiety", "I've hardly had a panic attack until", "no idea if it's the curry or"), or told of someone
# else ("my daughter is", "my daughter's in", "my wife, who is", "he was doing", "our Tom was",
# "she's", "my husband sneezed"; not "my partner is sure it's", "my baby is 6 weeks, since the
# birth", "me and my mate have been", "they are piles").
_PERSONS = (
    r"husband|hubby|wife|partner|son|daughter|mum|mom|mam|dad|father|mother|baby|kid|kids|child|grandson|"
    r"granddaughter|brother|sister|friend|mate|nan|grandad|granddad|grandma|grandpa|uncle|aunt|auntie|"
    r"boyfriend|girlfriend|colleague|neighbour|niece|nephew|cousin"
)
_OTHERS = (
    rf"he|she|hes|shes|(?<!\bme\sand\s)(?<!\bi\sand\s)(?<!\bme\sand\smy\s)"
    rf"(?:(?:my|our)\s+)?(?:{_PERSONS})(?:s(?=\s+(?:in|on|been|got|had|just|doing|having|gone|is|was)\b))?|"
    r"our\s+\w+|"
    r"the\s+(?:baby|kids?)"
)
# (their doing: "he was doing deadlifts", "mum had a panic attack", "my wife's on HRT", not "my baby
# tuesday with an epidural" nor what they think of the writer's: "my partner is sure it's anxiety")
_DOING = (
    r"(?:is|was|are|were|has|had|have|s|keeps|kept|been|got|gets|went|started|just|also|do|does|doing|on)"
)
_NOT_THEIR_DOING = r"(?!(?:i|im|ive|me|my|and|but|so|then|it|its|sure|thinks|think|says|said|reckons|that)\b)"
_BETWEEN_A_DENIAL = (
    r"(?:been|had|got|have|has|done|gone|ever|even|really|actually|just|used|any|a|an|the|on|from|to|"
    # "I don't get panic attacks", "never suffered with anxiety", "not taking HRT"
    r"get|gets|suffer|suffered|with|take|taken|taking|use|using|do|did|doing)"
)
_DENIED_BEFORE = compile_pattern(
    rf"\b(?:not|no|never|isnt|wasnt|aint|without|havent|hadnt|hasnt|didnt|dont|doesnt|cant\s+be|couldnt\s+be|"
    # "I hardly ever get anxious" (not "I've hardly had a panic attack this year until yesterday")
    rf"hardly\s+ever|rarely|seldom|"
    rf"no\s+way\s+(?:is|its|it\s+is)(?:\s+(?:this|it))?|"
    # "No chance I'm pregnant, I'm 58" (a review, rev107)
    rf"no\s+(?:chance|way)(?:\s+(?:that|in\s+hell))?)(?:\s+{_BETWEEN_A_DENIAL}){{0,2}}"
    rf"(?:(?:\s+\w+){{1,2}},?\s+(?:or|nor)(?:\s+{_BETWEEN_A_DENIAL})?)?\s+$"
)
# (or a habit of theirs: "my dad uses an inhaler", "my wife suffers with anxiety", "my husband takes
# beta blockers", "my wife goes cycling"; not what they say or think: "my wife thinks it's stress")
_THEIR_HABIT = (
    rf"(?!(?:{_DOING}|thinks|says|reckons|believes|suspects|knows|worries|wonders|feels|tells|swears|"
    rf"insists|suggests|agrees|guesses|assumes|blames|hopes)\b)\w+s"
)
_THEIRS_BEFORE = compile_pattern(
    rf"\b(?:{_OTHERS})(?:,?\s+who)?(?:\s+{_DOING}(?:\s+{_NOT_THEIR_DOING}\w+){{0,2}}?|"
    rf"\s+{_THEIR_HABIT}(?:\s+{_NOT_THEIR_DOING}\w+){{0,3}}?)?\s+$"
)
# ... or theirs by a possessive, the cause the head of its words: "my son's panic attacks have been
# awful", "my wife's anxiety is bad", "her insulin" (not "my wife's cycling club got me into it")
_THEIRS_BY_NAME_BEFORE = compile_pattern(rf"\b(?:his|her|their|(?:my|our)\s+(?:{_PERSONS})s)\s+(?:\w+\s+)?$")
# (a cause told by a place or a time is no thing of theirs: "my mates on the bike" is "mates")
_A_WORD_OF_PLACE_OR_TIME = compile_pattern(r"(?:on|in|at|after|before|since|from|with|when|while)\b")
# ... nor one the writer joins in, told later in its sentence ("My friend's spin class is brutal, I go
# 3 times a week", "my wife's cycling club got me into it")
_THE_WRITER_JOINS_IN = compile_pattern(r"[^.!?]*?\b(?:i|im|ive|me)\b")
_A_HEAD_AFTER = compile_pattern(
    r"\s*(?:[.,;:!?)]|$|(?:is|was|are|were|has|have|had|been|and|or|but|so|got|gets|keeps|kept|makes|made|"
    r"set|sets|came|comes|come|flared|started|too|again|lately|recently|every|each|at|in|on|for|with|from|to|"
    r"when|while|since|that|which|today|yesterday|last|this)\b)"
)
# (a cause told by its time is the writer's whoever stands before it: "my husband's been great
# since the birth"; not "after": "my wife is exhausted after the birth of our twins")
_A_TIME = compile_pattern(r"since\b")
# ... or set aside just after it, the clause ending there ("I do deadlifts but this isn't that", "...
# at first but it's not,"; not "but it's not going away", "but it's not that bad", nor "but this
# feels different", which may be the cause's own way: "28 weeks pregnant but this feels different")
# ... or said to be no problem: "I've got bad knees but they're not the problem", "I'm knackered from
# the night shifts but that's not the issue", "I know what DOMS feels like and this isn't it", "my
# knee is playing up a bit but that's minor" (a review, rev107)
_NOT_THAT = compile_pattern(
    r"\W+(?:\w+\W+){0,4}?(?:but|and)\s+(?:this|it|its|that|thats|they|theyre|those)\s+(?:is\s+|are\s+)?"
    r"(?:(?:isnt|not|wasnt|was\s+not|arent)(?:\s+(?:that|it|one|the\s+(?:cause|same|problem|issue|reason)|"
    r"this\s+time))?|(?:only\s+|just\s+)?minor)\s*(?:[.,;:!?]|$)"
)
# ... or said different from one had before ("I've had panic attacks for years but this is different";
# not "I'm 28 weeks pregnant but this feels different")
_DIFFERENT = compile_pattern(
    r"\W+(?:\w+\W+){0,3}?but\s+(?:this|it|its)\s+(?:is|feels|seems)\s+(?:\w+\s+)?different\b"
)
_HAD_BEFORE = compile_pattern(
    r"\b(?:had|ive\s+had|i\s+have\s+had|used\s+to\s+(?:get|have))\s+(?:\w+\s+){0,3}$"
)


def explained(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A warning sign said, later in its sentence, to have a harmless cause of its own
    (``[status] explained_by``: "my chest feels tight because of my asthma", or by its time:
    "legs like jelly after the marathon", for the signs not in ``never_explained_after``), or told with a
    cause of the writer's own that needs no "because", in its sentence or one next to it (``[status]
    explained_in_its_sentence``: "Had a panic attack last night. Could feel my heart thumping ...
    even in my stomach"), or anywhere for the few that say so whatever their place (``[status]
    explained_anywhere``: a car hit "with nobody in it")."""
    lang = language()
    causes, anywhere, woken = lang.explained_by, lang.explained_anywhere, lang.woken_by
    in_its_sentence = lang.explained_in_its_sentence
    said = [
        m
        for m in mentions
        if m.present
        and (
            m.entity.id in anywhere
            or m.entity.id in woken
            or m.entity.id in causes
            or m.entity.id in in_its_sentence
        )
    ]
    if not said:
        return []  # most texts: no sign that a cause may explain
    ends = [end for _, end in reading.bounds]
    lowered = reading.text.lower()
    doubtful = []
    for m in said:
        if m.entity.id in anywhere and cause_said_anywhere(m.entity.id, reading.text):
            doubtful.append(m)
            continue
        if (
            m.entity.id in in_its_sentence
            and _cause_said_in_its_sentence(reading, m, _telling_more(reading, mentions, m.entity.id))
            and not _unless_told(m.entity.id, _plain(reading.text))
        ):
            doubtful.append(m)
            continue
        wakers, words = woken.get(m.entity.id), causes.get(m.entity.id)
        if not wakers and not words:
            continue
        end = next((e for e in ends if e > m.start), len(reading.text))
        if wakers:
            begin = max((b for b, _ in reading.bounds if b <= m.start), default=0)
            if any(
                wakers.intersection(found.group(found.lastindex or 0).lower().split())
                for found in _WOKEN.finditer(reading.text, begin, end)
            ):
                doubtful.append(m)
                continue
        if not words or not any(word in lowered for word in words):
            continue  # (a cause is found by one of its words: none is in the text)
        # what it was found to be, said in its sentence or the next ("Went to A&E last month
        # with chest pain; it was a panic attack and every test came back normal")
        after = next((e for e in ends if e > end), len(reading.text))
        only_as_the_cause = m.entity.id in lang.explained_only_as_the_cause
        if any(
            _names_a_cause(words, found.group(1), lang.no_harmless_cause)
            # (a cause denied explains nothing: "pain between my shoulder blades, not from the gym")
            and _NOT_THE_CAUSE.search(reading.text, max(0, found.start() - 30), found.start()) is None
            for found in (
                *(
                    (
                        found
                        for found in _AS_THE_CAUSE.finditer(reading.text, m.start, end)
                        if not _A_BELIEF_BEFORE.search(
                            reading.text, max(0, found.start() - 30), found.start()
                        )
                    )
                    if only_as_the_cause
                    else _A_CAUSE.finditer(reading.text, m.start, end)
                ),
                *(
                    ()
                    if m.entity.id in lang.never_explained_after or only_as_the_cause
                    else _AFTER_A_CAUSE.finditer(reading.text, m.start, end)
                ),
                *_FOUND_TO_BE.finditer(reading.text, m.end, after),
            )
        ):
            doubtful.append(m)
    return doubtful


def cause_said_anywhere(sign: str, text: str) -> bool:
    """Whether ``text`` tells, anywhere, a cause of its own for ``sign`` that needs no "because"
    ([status] explained_anywhere), as `explained` reads it: a car hit with nobody in it.

    >>> cause_said_anywhere("major-trauma", "A van crashed into my car, I wasn't in it. My back aches")
    True
    """
    lang = language()
    # (causes are written as the reader's words are, apostrophes dropped: "i wasnt"; a cause's
    # pattern is its own letters: only one in the text can match, and most are not)
    plain = _plain(text)
    causes = lang.explained_anywhere.get(sign, ())
    told = [cause for cause in causes if cause in plain and _a_cause_told(plain, cause, own=True)]
    if not told or _unless_told(sign, plain):
        return False
    set_aside = [cause for cause in causes if cause in plain and _set_aside(plain, cause)]
    # a cause set aside leaves only one the writer gives as the cause ("Numb bum from the piles,
    # definitely not from cycling": a review, rev85), not one merely said ("I'm 6 weeks postpartum
    # ... it's not like after the birth")
    return not set_aside or any(
        cause not in set_aside and _given_as_the_cause(plain, cause) for cause in told
    )


_GIVEN_AS_THE_CAUSE = compile_pattern(
    r"\b(?:from|because\s+of|due\s+to|caused\s+by|its)\s+(?:the\s+|my\s+|sitting\s+on\s+(?:the\s+|a\s+)?)?$"
)


def _given_as_the_cause(lowered: str, cause: str) -> bool:
    """Whether ``cause`` is said in ``lowered`` as the cause: "from the piles", "because of my piles"."""
    return any(
        _GIVEN_AS_THE_CAUSE.search(lowered, max(0, found.start() - 30), found.start()) is not None
        for found in _words_of(cause).finditer(lowered)
    )


def _unless_told(sign: str, plain: str) -> bool:
    """Whether ``plain`` (`_plain`) tells ``sign`` in words no harmless cause has (``[status]
    explained_unless``: "I pooed myself before my exam and couldn't feel it")."""
    return any(_a_cause_told(plain, word) for word in language().explained_unless.get(sign, ()))


def _plain(text: str) -> str:
    """``text`` as the causes are written: lower case, apostrophes dropped ("i wasnt")."""
    return text.lower().replace("\u2019", "").replace("'", "")


# A cause the writer says the finding is not like or not from ("I'm 6 weeks postpartum ... now I'm
# numb around my bottom, it's not like after the birth": a review, rev74; "nothing like when I had
# piles", "different from the piles"): they weighed that cause and set it aside, so none of the
# sign's causes told anywhere explains it.
# (not "no different from", "not unlike", nor one said the same after: "it's not like after the birth,
# it's exactly the same as then": a review, rev77)
_SET_ASIDE = compile_pattern(
    r"\b(?:(?:not|nothing|isnt|wasnt|its\s+not)\s+(?:\w+\s+)?(?:like|from|because\s+of|due\s+to|caused\s+by)"
    r"|(?<!\bno\s)(?<!\bnot\s)different\s+(?:from|to|than)|(?<!\bnot\s)unlike)\s+(?:\w+\s+){0,3}$"
)
_THE_SAME = compile_pattern(r"[^.;!?]{0,40}?\b(?:the\s+same|same\s+as|just\s+like|exactly\s+like)\b")


def _set_aside(lowered: str, cause: str) -> bool:
    """Whether ``cause`` is said in ``lowered`` as what the finding is not like or not from."""
    return any(
        _SET_ASIDE.search(lowered, max(0, found.start() - _COMPARED_REACH), found.start()) is not None
        and _THE_SAME.match(lowered, found.end()) is None
        for found in _words_of(cause).finditer(lowered)
    )


def _telling_more(reading: Reading, mentions: Sequence[Mention], sign: str) -> frozenset[int]:
    """The sentences of ``reading`` that tell a finding besides ``sign`` and the back's own pain."""
    return frozenset(
        sentence_of(reading.bounds, m.start)
        for m in mentions
        if m.present
        and m.entity.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN)
        and m.entity.id != sign
        and m.entity.id not in _THE_PAIN
    )


# (the back's pain and its everyday ways: "Lower back is stiff in the mornings", "sore from sitting")
_THE_PAIN = frozenset(
    {
        "lower-back-pain",
        "hip-pain",
        "buttock-pain",
        "morning-stiffness",
        "muscle-stiffness",
        "persistent-pain",
        "pain-when-sitting",
        "pain-when-standing",
        "pain-when-walking",
        "pain-on-bending-or-twisting",
    }
)


def _cause_said_in_its_sentence(
    reading: Reading, mention: Mention, telling_more: Collection[int] | None = None
) -> bool:
    """Whether the sentence of ``mention``, or one next to it, tells a cause of the writer's own
    for its sign ([status] explained_in_its_sentence: "sudden severe pain in my tummy and back,
    contractions every 5 mins", "I'm in labour. Sudden severe pain ..."), not denied nor someone
    else's; a sentence next to it that tells a time gone or a difference tells no cause ("I was 30
    weeks pregnant with my son 40 years ago and that was nothing like this")."""
    return cause_said_near(mention.entity.id, reading.text, reading.bounds, mention.start, telling_more)


# The signs whose cause must also be recent, and is weighed by its own clause (or its own sentence
# when that is not the sign's) with its own words left out: a time long gone told beside it ("Did my
# back in at work in 2009", "I had a knee injury playing football at 19", "plantar fasciitis in one
# foot, been managed for years", "I used to love leg day"), or a difference ("Did my back in years
# ago but that was nothing like this"), leaves a spine's new shape or a walking difficulty
# unexplained (a review, rev107); a cause whose own words tell it is lifelong is one still
# ("scoliosis since I was 12", "I've had scoliosis for years. My shoulders don't look level"), and
# one weeks old is recent ("a bump on my spine where the epidural went in 2 weeks ago")
_ONLY_A_RECENT_CAUSE = frozenset({"structural-deformity", "difficulty-with-mobility"})
# ... and the signs whose causes last, told with any time: an operation that left a leak ("incontinent
# since my prostate surgery 2 yrs ago"), a medicine injected for good ("diabetic for 20 years, I inject
# insulin"); one that is new is told so in other words ([status.explained_unless]: "was dry for years")
_A_LASTING_CAUSE = frozenset({"bladder-dysfunction", "urinary-incontinence", "iv-drug-use"})
# ... and the signs whose causes pass within days, a time weeks gone too long for them: a sudden pain
# after labour, a lift or a curry ("I had a curry 3 weeks ago ..."), a bowel after a bug or an exam
_A_PASSING_CAUSE = frozenset({"burst-aneurysm-symptoms", "bowel-dysfunction", "bowel-incontinence"})
_LONG_GONE_OR_ANOTHER = compile_pattern(
    r"\b(?:(?:(?:\d+|a|few|several|couple\s+of|many|some)\s+)?years?\s+(?:ago|back)|last\s+year|in\s+(?:19|20)\d\d|"
    r"for\s+(?:many\s+)?years|for\s+decades|"
    r"at\s+(?:the\s+age\s+of\s+|age\s+)?(?:1\d|[2-9]\d)"
    r"(?!\s*(?:am|pm|o\s*clock|mins?|minutes|hours?|kg|kgs|km|miles|mph|weeks?|stone|percent)\b)|"
    r"as\s+a\s+(?:child|kid|teenager|teen|youngster|lad|boy|girl)|in\s+my\s+(?:teens|twenties|thirties|youth)|"
    r"when\s+i\s+was|used\s+to|ever\s+since|no\s+(?:problem|problems|bother|trouble)\s+since|"
    r"nothing\s+like|different|this\s+is\s+(?:worse|much\s+worse|far\s+worse|different))\b"
)


# The pain told as what makes an activity hard, in the sentence of the sign: "because of my bum
# pain", "with the pain in my buttock", "because of the ache in my buttock", "my buttock pain means",
# "the pain in my bum is making everything harder" (a review, rev107; not a knee's: "because of the
# pain in my knee"), "it's the pain in my bum that has me struggling to walk": then no other cause
# said near explains the sign, as a knee that aches beside it ("My knee aches but ...")
_UNLESS_THE_PAINS_DOING = frozenset({"difficulty-with-mobility"})
_OF_THE_BACK = (
    r"(?:lower\s+|low\s+)?(?:back|backside|bum|butt|buttocks?|bottom|hip|hips|glutes?|seat\s*bone|arse|ass|"
    r"cheek|sciatic|sciatica)"
)
_THE_PAINS_DOING = LazyPattern(
    rf"\b(?:because\s+of|with|due\s+to|thanks\s+to|from)\s+(?:the\s+|this\s+|that\s+|my\s+)?(?:\w+\s+)?"
    rf"(?:{_OF_THE_BACK}\s+(?:pain|ache|aching|agony)|(?:pain|ache|aching|agony|soreness)\s+(?:deep\s+)?in\s+"
    rf"(?:my\s+)?(?:\w+\s+)?{_OF_THE_BACK})\b|"
    rf"\b(?:{_OF_THE_BACK}\s+(?:pain|ache)|(?:pain|ache)\s+(?:deep\s+)?in\s+(?:my\s+)?(?:\w+\s+)?{_OF_THE_BACK})"
    r"\s+(?:(?:that|which)\s+)?(?:means|is\s+making|makes|made|has\s+made|stops|is\s+stopping|has\s+me|keeps\s+me)\b",
    re.IGNORECASE,
)


def cause_said_near(
    sign: str,
    text: str,
    bounds: Sequence[tuple[int, int]],
    position: int,
    telling_more: Collection[int] | None = None,
) -> bool:
    """Whether the sentence of ``text`` (its sentences' ``bounds``) that holds ``position``, or one
    next to it, tells a cause of the writer's own for ``sign`` ([status] explained_in_its_sentence),
    as `_cause_said_in_its_sentence` reads it; when one of the sign's causes is set aside anywhere
    ("Numb bum from the piles, definitely not from cycling"), only one given as the cause counts. A
    sentence that tells nothing but the back's pain is no distance (`_near`); given the sentences
    ``telling_more`` (a finding besides the sign and the pain), a cause the writer has now ("I've got
    piles", "I'm diabetic") is read up to the first of them beyond the sign.

    >>> text = "I sprained my ankle 2 weeks ago. Now even walking is a struggle."
    >>> cause_said_near("difficulty-with-mobility", text, [(0, 31), (32, len(text))], 40)
    True
    >>> text = "I sprained my ankle years ago. Now even walking is a struggle."
    >>> cause_said_near("difficulty-with-mobility", text, [(0, 30), (31, len(text))], 40)
    False
    """
    causes = language().explained_in_its_sentence.get(sign, ())
    told = _causes_told_near(sign, causes, text, bounds, position, telling_more)
    if not told:
        return False
    lowered = _plain(text)
    set_aside = [cause for cause in causes if cause in lowered and _set_aside(lowered, cause)]
    # a cause set aside leaves only one the writer gives as the cause ("Numb bum from the piles,
    # definitely not from cycling": a review, rev85), not one merely said ("I'm 6 weeks postpartum
    # ... it's not like after the birth")
    return not set_aside or any(
        cause not in set_aside and _given_as_the_cause(lowered, cause) for cause in told
    )


@functools.lru_cache(maxsize=64)  # (one tuple of causes per sign)
def _with_first_words(causes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each of ``causes`` with its first word."""
    return tuple((cause, cause.split()[0]) for cause in causes)


def _causes_told_near(
    sign: str,
    causes: Sequence[str],
    text: str,
    bounds: Sequence[tuple[int, int]],
    position: int,
    telling_more: Collection[int] | None,
) -> list[str]:
    """The ``causes`` of ``sign`` told as the writer's own in the sentence of ``position`` or one
    next to it (see `cause_said_near`)."""
    at = sentence_of(bounds, position)
    if sign in _UNLESS_THE_PAINS_DOING and at < len(bounds) and _THE_PAINS_DOING.search(text, *bounds[at]):
        return []  # "My knee aches but it's the pain in my bum that has me struggling to walk"
    # (apostrophes dropped as the causes are written; the same length, so the bounds still hold)
    plain = text.lower().replace("\u2019", " ").replace("'", " ")
    plain = _CONTRACTED.sub(r"\1\2 ", plain)
    recent_only, lasting = sign in _ONLY_A_RECENT_CAUSE, sign in _A_LASTING_CAUSE
    spans = (
        [(0, len(plain))]
        if at == len(bounds)
        else [bounds[i] for i in _near(plain, bounds, at, telling_more or ())]
    )
    reach = len(spans)
    if telling_more is not None and not recent_only and at < len(bounds):
        # (and, further, a cause the writer has now, up to a sentence that tells more: "I've got piles.
        # Had them since my second baby. They flare when I'm constipated. My back is sore. My bum feels
        # numb."; not "I've got an inhaler. My back is agony and wakes me at night. I'm on steroids")
        spans += [bounds[i] for i in _beyond(len(bounds), at, telling_more) if bounds[i] not in spans]
    # (most causes: not a word of the text; looked for once, not in each sentence)
    causes = [cause for cause, first in _with_first_words(tuple(causes)) if first in plain]
    if not causes:
        return []
    told: list[str] = []
    for index, (begin, end) in enumerate(spans):
        # (a sentence next to it that tells a time gone tells no cause, but a word said of the finding
        # itself: "My GP checked it two years ago and said it's normal", or one the writer has now,
        # the time its own start: "I've got a kidney stone, diagnosed last week")
        old = (
            (begin, end) != spans[0] and not (recent_only or lasting) and _time_gone(sign, plain, begin, end)
        )
        for cause in causes:
            if cause in told:
                continue
            for found in _words_spaced(cause).finditer(plain, begin, end):
                had_now = _HAD_NOW_BEFORE.search(plain, begin, found.start()) is not None
                if (old and _SAID not in cause.split() and not had_now) or (index >= reach and not had_now):
                    continue
                # its own clause: a time gone or a difference ("I was in labour 40 years ago and this
                # is worse"), or a thought taken back ("I thought it was trapped wind but ...")
                clause_begin = max(begin, max(plain.rfind(mark, begin, found.start()) for mark in ",;:") + 1)
                clause_end = min(
                    (e for e in (plain.find(m, found.end(), end) for m in ",;:") if e >= 0), default=end
                )
                if recent_only:
                    near = (clause_begin, clause_end) if (begin, end) == spans[0] else (begin, end)
                    around = (
                        plain[near[0] : found.start()]
                        + " " * len(found.group())
                        + plain[found.end() : near[1]]
                    )
                    gone = _LONG_GONE_OR_ANOTHER.search(around) is not None
                else:
                    gone = _told_gone(
                        sign,
                        cause,
                        plain,
                        found,
                        (clause_begin, clause_end),
                        (begin, end),
                        spans[0],
                        position,
                    )
                if (gone or _THAN_BEFORE.search(plain, max(begin, found.start() - 40), found.start())) or (
                    _THOUGHT_BEFORE.search(plain, max(begin, found.start() - 30), found.start())
                    and _BUT_AFTER.search(plain, found.end(), end)
                ):
                    continue
                if _told_as_own(plain, cause, found):
                    told.append(cause)
                    break
    return told


def _near(plain: str, bounds: Sequence[tuple[int, int]], at: int, telling_more: Collection[int]) -> list[int]:
    """The sentence ``at`` of ``plain`` and the ones next to it, a sentence that tells nothing but the
    back's pain taken as no distance ("I'm 20 weeks pregnant. My lower back hurts. I can feel a beating
    in my tummy": the next one beyond it is next to the sign too); not one that tells more ("My back has
    been agony for weeks and wakes me at night", "Anyway I'm 75 and a smoker"), nor one of
    ``telling_more`` (a finding besides the pain: "My back hurts at night")."""
    near = [at]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(bounds):
            near.append(i)
            if i in telling_more or not _ONLY_THE_BACKS_PAIN.match(plain, *bounds[i]):
                break
            i += step
    return near


def _beyond(count: int, at: int, telling_more: Collection[int]) -> list[int]:
    """The sentences (of ``count``) on either side of ``at`` up to and with the first one
    ``telling_more``."""
    beyond = []
    for step in (-1, 1):
        i = at + step
        while 0 <= i < count:
            beyond.append(i)
            if i in telling_more:
                break
            i += step
    return beyond


# A sentence that tells only the back's pain, with its time or its everyday reason ("My lower back
# hurts after hoovering.", "Back has been sore since carrying the car seat.", "Lower back ache from the
# gym."): no other clause ("and", "but", a comma), no other finding
_ONLY_THE_BACKS_PAIN = compile_pattern(
    r"\s*(?:(?:and|also|now|plus|my|the|lower|low|lumbar)\s+)*(?:back|hip|hips)\b"
    r"(?:\s+(?:pain|ache|is|are|has|have|been|started|keeps|feels|also|still|really|very|so|quite|a|bit|just|"
    r"fine|all|day|too|as|well|at|the|moment|same|usual|today|again|always))*"
    r"\s+(?:pain|ache|aches|aching|achy|hurts|hurting|sore|stiff|tight|twinged|grumbling|agony|painful)\b"
    r"(?:\s+(?!(?:and|but|with|or|though|although|because)\b)[\w]+){0,8}\s*[.!?]*\s*$"
)
# (a cause the writer has now, whatever time its sentence tells: "I've got a kidney stone, diagnosed last
# week", "I'm diabetic", "I'm on antidepressants")
_HAD_NOW_BEFORE = compile_pattern(
    r"\b(?:ive\s+got|i\s+have\s+got|i\s+have|ive|im|i\s+am)\s+"
    r"(?:(?:a|an|on|some|got|still|now|currently|just|really|so|very|type|weeks|wks|months|\d+)\s+){0,3}$"
)


def _told_gone(
    sign: str,
    cause: str,
    plain: str,
    found: re.Match[str],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    signs_sentence: tuple[int, int],
    position: int,
) -> bool:
    """Whether the cause ``found`` in ``plain`` (in its ``clause`` and ``sentence``) is told gone for the
    sign said at ``position`` (in ``signs_sentence``): a time gone in its clause (`_time_gone`), unless
    the cause lasts, is told as lasting till now or the same as then ("leaking since my prostate surgery
    3 years ago", "since giving birth 6 weeks ago sex feels different", "no different from when I
    pulled a chest muscle last month"), is a word said of the finding itself ("the GP checked it years
    ago and said it's normal") or the sign is told in that clause too, the time both's ("Had food
    poisoning last week and barely felt the poo coming"); or told different from ("different from after
    cycling"); or a cause had before and this told different ("I've had anxiety for years but this feels
    different")."""
    begin = sentence[0]
    before = max(begin, found.start() - 40)
    low, high = sorted((found.start(), position))
    timeless = (
        sign in _A_LASTING_CAUSE
        or _SAID in cause.split()
        or (clause[0] <= position < clause[1] and not _A_TURN.search(plain, low, high))
        or _SINCE_BEFORE.search(plain, max(begin, found.start() - 20), found.start()) is not None
        or _THE_SAME_AS_BEFORE.search(plain, clause[0], found.start()) is not None
    )
    if not timeless and _time_gone(sign, plain, *clause):
        return True
    if _DIFFERENT_FROM_BEFORE.search(plain, before, found.start()):
        return True
    had = _HAD_BEFORE.search(plain, before, found.start()) or _A_LONG_HABIT.search(plain, *clause)
    return had is not None and any(_A_DIFFERENCE.search(plain, *span) for span in (clause, signs_sentence))


_SAID = "said"  # a word of the causes that are a word said of the finding itself ("said its normal")


def _time_gone(sign: str, plain: str, begin: int, end: int) -> bool:
    """Whether ``plain`` tells, from ``begin`` to ``end``, a time gone for a cause of ``sign``: long
    gone (`_LONG_GONE`), or weeks gone for the causes of a passing upset (`_A_PASSING_CAUSE`)."""
    return _LONG_GONE.search(plain, begin, end) is not None or (
        sign in _A_PASSING_CAUSE and _WEEKS_GONE.search(plain, begin, end) is not None
    )


def explained_near(sign: str, text: str, bounds: Sequence[tuple[int, int]], position: int) -> bool:
    """Whether ``text`` tells ``sign``, said at ``position``, a cause of the writer's own near it
    (`cause_said_near`) and no word that no harmless cause has ([status] explained_unless)."""
    return cause_said_near(sign, text, bounds, position) and not _unless_told(sign, _plain(text))


# A time long gone ("years ago", "in 2019", "in my twenties", "I used to get ..."), or this told worse
_LONG_GONE = compile_pattern(
    r"\b(?:(?:(?:\d+|a|few|several|couple\s+of|many|some)\s+)?years?\s+(?:ago|back)|last\s+year|"
    r"in\s+(?:19|20)\d\d|as\s+a\s+(?:child|kid|teenager|teen)|when\s+i\s+was|since\s+i\s+was|nothing\s+like|"
    r"in\s+my\s+(?:teens|twenties|thirties|forties|fifties|youth)|"
    # a habit given up ("I used to get panic attacks", "I used to do spin class"; not "I'm used to my
    # anxiety", nor one come back: "I used to have panic attacks and they've come back this month")
    r"used\s+to\s+(?:get|have|do|suffer|take|go|be|ride|cycle|use)\b(?![^.;!?]*\b(?:come|came)\s+back)|"
    r"this\s+is\s+(?:worse|much\s+worse|far\s+worse))\b"
)
# ... or, for the causes of a passing upset (`_A_PASSING_CAUSE`), weeks or months ago ("Two weeks ago I
# had food poisoning")
_WEEKS_GONE = compile_pattern(
    r"\b(?:(?:\d+|a|few|several|couple\s+of)\s+(?:months?|weeks?)\s+ago|last\s+(?:week|month))\b"
)
# ... and a difference from a cause had before ("I've had panic attacks for years but this is
# different", "contractions feel different to my first labour"; not "sex feels different", nor "I'm 28
# weeks pregnant but this feels different", a pregnancy's own way, nor "no different from")
_A_DIFFERENCE = compile_pattern(
    r"\b(?:(?:but|this|it|its|that)\s+(?:\w+\s+){0,2}?different|(?<!\bno\s)(?<!\bnot\s)different\s+(?:from|to|than)|"
    r"nothing\s+like|this\s+is\s+(?:worse|much\s+worse|far\s+worse))\b"
)
# ("different from after cycling", "not like")
_DIFFERENT_FROM_BEFORE = compile_pattern(
    r"(?<!\bno\s)(?<!\bnot\s)\bdifferent\s+(?:from|to|than)\s+(?:\w+\s+){0,2}$"
)
# (a cause had for long: "been cycling to work for years ... but this is different")
_A_LONG_HABIT = compile_pattern(r"\b(?:for\s+(?:years|ages|decades)|all\s+my\s+life|always|used\s+to)\b")
# (a turn between a cause and the sign: "I used to get piles years ago but now my whole bum is numb")
_A_TURN = compile_pattern(r"\b(?:but|now|then|however|yet|although|though|whereas)\b")
# ... unless told the same as it ("it's no different from my usual hot flushes since the menopause")
_THE_SAME_AS_BEFORE = compile_pattern(r"\b(?:no|not\s+any)\s+different\s+(?:from|to|than)\b|\bsame\s+as\b")
_SINCE_BEFORE = compile_pattern(r"\b(?:since|ever\s+since)\s+(?:\w+\s+)?$")
# "worse than any labour pains" (not across a comma, nor a "than" done with before it: "more than ever
# since my anxiety got bad", "than usual", "nothing other than the piles")
_THAN_BEFORE = compile_pattern(
    r"(?<!\bother\s)\bthan\b(?:[^\w,;:]+(?!(?:ever|usual|normal|before|since|because|as|and|but|now)\b)\w+){0,4}"
    r"[^\w,;:]*$"
)
_THOUGHT_BEFORE = compile_pattern(
    r"\bthought\s+(?:it\s+was\s+|its\s+|it\s+might\s+be\s+)?(?:just\s+)?(?:\w+\s+)?$"
)
_BUT_AFTER = compile_pattern(r"\bbut\b")


# "she s" -> "shes ", "haven t" -> "havent ": the space where the apostrophe was moved to the end
_CONTRACTED = compile_pattern(r"\b(\w+) (s|t|re|ve|ll|d|m)\b")


def _names_a_cause(causes: frozenset[str], told: str, injuries: frozenset[str]) -> bool:
    """True when the words ``told`` after a cause's opening ("because of", "from", "with", "after",
    "it was just", "it turned out to be") name one of ``causes`` and no injury ("after falling over
    at the gym"). One word each: the words are split on spaces.

    >>> _names_a_cause(frozenset({"gym"}), "a session at the gym", frozenset({"falling"}))
    True
    >>> _names_a_cause(frozenset({"gym"}), "falling over at the gym", frozenset({"falling"}))
    False
    """
    said = told.lower().split()
    return not injuries.intersection(said) and not causes.isdisjoint(said)


# what woke the person: "woke at 3am to feed the baby", "woken at 2am by the neighbours",
# "woke with cramp", "the dog woke me"
_WOKEN = compile_pattern(
    r"\b(?:woke|woken|wake|wakes|waking|awake|got\s+up|get\s+up|up)\b(?:\s+(?:me|up))?[^.;,!?]{0,25}?"
    r"\b(?:to|by|with|for|because\s+of)\s+((?:[\w']+\s+){0,3}[\w']+)"
    r"|\b((?:[\w']+\s+){0,2}[\w']+)\s+(?:woke|wakes|keeps\s+waking|kept\s+waking|has\s+been\s+waking|"
    # "the baby keeps me awake", "the kids keep me up"
    r"keeps?\s+(?:me|us)\s+(?:awake|up)|kept\s+(?:me|us)\s+(?:awake|up)|(?:is|are)\s+keeping\s+(?:me|us)\s+(?:awake|up))"
    r"(?:\s+(?:me|us))?\b",
    re.IGNORECASE,
)


_FOUND_TO_BE = compile_pattern(
    # (not a belief: "I thought it was heartburn from dinner")
    r"(?<!thought\s)(?<!assumed\s)(?<!hoped\s)(?<!guessed\s)(?<!figured\s)(?<!think\s)(?<!sure\s)(?<!if\s)"
    r"\b(?:it\s+was|it\s+turned\s+out\s+to\s+be|turned\s+out\s+to\s+be|(?:they|doctors?|the\s+doctor)\s+said\s+it\s+was)"
    r"\s+((?:[\w']+\s+){0,4}\w+)\b",
    re.IGNORECASE,
)


#: The signs of the middle of the body: a loss of feeling said inside one is not of the legs
MIDDLE_SIGNS = frozenset(
    {
        "saddle-anaesthesia",
        "saddle-numbness",
        "bladder-dysfunction",
        "bowel-dysfunction",
        "sexual-dysfunction",
    }
)
#: Words that place a loss of feeling in a leg or foot after all
LEG_WORDS = frozenset(
    {"leg", "legs", "foot", "feet", "toe", "toes", "calf", "calves", "shin", "shins", "knee", "knees"}
)
_LEGS_OR_FEET = "numbness-tingling-or-weakness"
# ... and the words of a leg or foot anywhere in a text: said with none, a loss of feeling is
# of no leg or foot that was named ("when I ejaculate I can hardly feel it")
_A_LEG_NAMED = compile_pattern(
    r"\b(?:legs?|foot|feet|toes?|calf|calves|shins?|knees?|thighs?|ankles?|heels?|soles?|limbs?|hamstrings?)\b",
    re.IGNORECASE,
)


def names_no_leg(text: str) -> bool:
    """True when ``text`` names no leg, foot or part of them.

    >>> names_no_leg("my back hurts and I can hardly feel it"), names_no_leg("numb toes")
    (True, False)
    """
    return _A_LEG_NAMED.search(text) is None


def legs_only_denied(mentions: Sequence[Mention]) -> bool:
    """True when every leg or foot named is denied ("legs feel fine tho, no sciatica").

    >>> import painkb
    >>> legs_only_denied(painkb.interpret(painkb.load(), "it feels numb down there, legs are fine").mentions)
    True
    """
    legs = [
        m
        for m in mentions
        if m.entity.kind is Kind.REGION and not LEG_WORDS.isdisjoint(m.orth.lower().split())
    ]
    return bool(legs) and all(m.status is Status.ABSENT for m in legs)


def felt_in_the_middle(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """Numbness, tingling or weakness of the legs or feet said only inside a sign of the
    middle of the body ("pins and needles between my inner thighs and round my back
    passage", "when we were intimate I couldn't feel anything"), or in a text that names no
    leg or foot at all, or only to deny it ("legs feel fine"): whether the legs or feet are
    touched is asked."""
    legs = [m for m in mentions if m.present and m.entity.id == _LEGS_OR_FEET]
    if not legs:
        return []
    if names_no_leg(reading.text) or legs_only_denied(mentions):
        return legs
    middle = [(m.start, m.end) for m in mentions if m.present and m.entity.id in MIDDLE_SIGNS]
    if not middle:
        return []
    inside = [
        m
        for m in legs
        if any(start <= m.start and m.end <= end for start, end in middle)
        and LEG_WORDS.isdisjoint(m.orth.lower().split())
    ]
    return inside if len(inside) == len(legs) else []


# "that's long gone", "it has passed", "the temperature has gone", "my fever broke", said as the
# end of what it says (not "it's gone up", "gone into my leg")
_GONE_SINCE = compile_pattern(
    r"\b(?:(?:that|it|which|this)(?:'s|\u2019s|s|\s+is|\s+has|\s+had|\s+was)\s+(?:long\s+|all\s+|since\s+|now\s+)?"
    r"(?:gone|passed|over|cleared(?:\s+up)?|settled)"
    r"(?=\s*(?:[.,;!)]|$|(?:and|but|now|though|since|after|within|by)\b))"
    r"|(?:temperature|temp|fever|high\s+temperature)s?\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?"
    r"(?:long\s+|all\s+|now\s+)?(?:gone|went|passed|broke|broken|settled|cleared|come\s+down|came\s+down)"
    # ... and when: "the fever broke on Sunday", "my temperature settled yesterday"
    r"(?=\s*(?:[.,;!)]|$|(?:and|but|now|though|since|after|within|by|on|yesterday|last|a\s+few|a\s+couple|days|weeks|ago)\b))"
    # the person well again: "Had a fever last week with flu, now better", "I'm all better now"
    # (not "a bit better": a fever may still be there; nor someone else: "my son's cold is all
    # better now")
    r"|\b(?:(?:i['\u2019]?m|i\s+am|im)\s+(?:feeling\s+)?|i\s+feel\s+|now\s+)(?:all\s+|much\s+|completely\s+|fully\s+|totally\s+)?"
    r"(?:better|recovered)(?:\s+now)?(?=\s*(?:[.,;!)]|$|(?:and|but|though|since|after|apart)\b)))",
    re.IGNORECASE,
)


def gone_since(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A finding of a passing state (``[status] asked_when_gone``: a fever) said, then said
    later in the text to be gone: "Had covid last month with a temperature for three days,
    and that's long gone" is asked about, not raised.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "Had flu with a temperature and back pain. The fever has gone.")
    >>> "fever-with-back-pain" in {m.entity.id for m in it.mentions}
    False
    """
    said = _present(mentions, language().asked_when_gone)
    if not said:
        return []
    gone = [found.start() for found in _GONE_SINCE.finditer(reading.text)]
    # ... and not said to be back after it: "now better. But it's come back tonight, 39.3"
    back = [found.start() for found in _BACK_AGAIN.finditer(reading.text)]
    return [m for m in said if any(p >= m.end and not any(b > p for b in back) for p in gone)]


_BACK_AGAIN = LazyPattern(
    r"\b(?:(?:come|came|comes|coming)\s+back|returned|(?:it['\u2019]?s|its|it\s+is|is)\s+back)\b",
    re.IGNORECASE,
)


# "after I've walked about two hundred yards", "when I walk for ten minutes", "walking more
# than a few hundred metres" ...
_WALKING_BRINGS_ON = compile_pattern(
    r"\b(?:after|when|once|if|whenever)\s+(?:i(?:'ve|ve|\u2019ve)?\s+|i\s+have\s+|i\s+(?:can\s+|could\s+)?)?"
    r"(?:been\s+)?(?:walk|walked|walking|walks)\b"
    r"|\bwalk(?:ing|ed)?\s+(?:for\s+|about\s+|around\s+|more\s+than\s+|over\s+)*(?:\w+\s+){0,3}?"
    r"(?:minutes|mins|yards|metres|meters|miles?|blocks)\b"
    r"|\b(?:minutes|mins|yards|metres|meters|miles?|blocks)\s+(?:of\s+)?walking\b",
    re.IGNORECASE,
)
# ... and eased by sitting, resting or leaning forward: "I have to sit and lean forward, and
# then I can carry on"
_SITTING_EASES = compile_pattern(
    r"\b(?:sit(?:ting)?\s+down|have\s+to\s+(?:sit|rest|stop)|must\s+(?:sit|rest|stop)|need\s+to\s+(?:sit|rest|stop)|"
    r"lean(?:ing)?\s+(?:forward|over)|bend(?:ing)?\s+forward|stoop(?:ing)?|carry\s+on|"
    r"(?:eases|settles|goes|wears\s+off)\s+(?:off\s+|away\s+)?(?:when|once|after|if)\s+i\s+(?:sit|rest|stop))\b",
    re.IGNORECASE,
)


def rest_eases(text: str) -> bool:
    """True when ``text`` says rest helps ("resting eases it"), not that it does not ("resting
    doesn't help") nor that rest makes it worse ("worse when I rest and in the night, better
    when I do sport"): a back that rest eases is mechanical, not the inflammatory back pain
    that gets better with exercise and not with rest (the Berlin criteria).

    >>> rest_eases("it eases once I get moving and resting helps")
    True
    >>> rest_eases("resting doesn't help"), rest_eases("better with exercise, worse when I rest")
    (False, False)
    """
    if _said_undenied(_REST_HELPS, text) is None or REST_NO_HELP.search(text):
        return False
    worse = REST_WORSENS.search(text)
    return worse is None or _A_DENIAL.search(worse.group()) is not None


def _said_undenied(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first place ``pattern`` occurs in ``text`` with no negation just before it."""
    for found in pattern.finditer(text):
        if not _DENIED_JUST_BEFORE.search(text[max(0, found.start() - 40) : found.start()]):
            return found
    return None


_REST_HELPS = compile_pattern(
    r"\b(?:rest(?:ing)?|lying\s+down|sitting\s+down|lie\s+down|sit\s+down)\b[^.?!]{0,20}?\b(?:helps?|eases?|better|relieves?)\b"
    r"|\b(?:better|eases?)\s+(?:\w+\s+){0,2}(?:when|if|after|with)\s+(?:i\s+)?(?:rest|lie\s+down|sit\s+down)",
    re.I,
)
# The inflammatory back pain question answered "yes" in a text: back pain for more than three
# months that gets better with movement or exercise and worse with rest (Healthify: "feeling
# better after exercise ... and worse after rest"). Rest here is rest itself, not sitting,
# which worsens much mechanical back pain ("worse after sitting, better walking" is no answer).
REST_WORSENS = compile_pattern(
    # (not rest that helps, before the other side of a contrast: "better with rest, worse with
    # exercise")
    r"(?<!better\swith\s)(?<!better\safter\s)(?<!better\swhen\si\s)\b(?:rest|resting|rested|inactivity|doing\s+nothing|do\s+nothing|keeping\s+still|staying\s+still|"
    r"sitting\s+still|sit\s+still|sat\s+still|lying\s+still|lie\s+still|lying\s+in\s+bed|(?:a\s+)?lie-?\s?in|days?\s+off|"
    r"(?:on|lying\s+on|sitting\s+on)\s+the\s+(?:sofa|couch))\b[^.?!]{0,30}?"
    r"\b(?:worse|worst|stiffer|aches?\s+more|hurts?\s+more|seizes?\s+up|makes?\s+it\s+(?:ache|hurt|worse|stiff))"
    r"|\b(?:worse|worst|stiffer|aches?\s+more|hurts?\s+more|seizes?\s+up)\b[^.?!]{0,30}?"
    r"\b(?:after|when|if|with|while|on)\s+(?:i\s+|i'?ve\s+been\s+|i\s+have\s+been\s+|i'?m\s+|i\s+am\s+|being\s+)?"
    r"(?:rest|resting|rested|do\s+nothing|doing\s+nothing|keep\s+still|sit\s+still|sitting\s+still|lie\s+still|"
    r"lying\s+still|sat\s+still|in\s+bed|(?:my\s+)?days?\s+off|inactivity|inactive|a\s+lazy\s+day|lazy\s+days)\b",
    re.IGNORECASE,
)
# ... or rest said not to help, the Berlin wording ("improves with exercise but isn't relieved by
# rest", "resting doesn't help at all")
REST_NO_HELP = compile_pattern(
    r"\b(?:rest|resting|a\s+rest)\s+(?:doesn'?t|does\s+not|don'?t|never|won'?t)\s+(?:\w+\s+)?(?:help|ease|relieve)"
    r"|\b(?:not|isn'?t|never|wasn'?t)\s+(?:\w+\s+)?(?:relieved|helped|eased|better)\s+(?:by|with)\s+(?:rest|resting)\b"
    # "better with exercise but not with rest"
    r"|\bbetter\s+(?:\w+\s+){0,3}?but\s+not\s+(?:with|by|from|when\s+i)\s+(?:rest|resting)\b",
    re.IGNORECASE,
)
# (as painkb.queries.screening reads a negation just before words, and one among them)
_DENIED_JUST_BEFORE = compile_pattern(
    r"\b(?:not|no|never|didn[\u2019']?t|did\s+not|haven[\u2019']?t|hasn[\u2019']?t|without)"
    r"\W+(?:\w+\W+){0,2}$"
    r"|\bnothing\s+$",
    re.IGNORECASE,
)
_A_DENIAL = compile_pattern(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)


def brought_on_by_walking(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of both legs (``[status] asked_when_walking_brings_on``) said in a text where
    walking a distance brings it on and sitting, resting or leaning forward eases it: the
    legs of spinal stenosis, asked about, not raised.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "Both legs go heavy after I walk a mile; I have to sit down.")
    >>> "bilateral-leg-weakness" in {m.entity.id for m in it.mentions}
    False
    """
    said = _present(mentions, language().asked_when_walking_brings_on)
    return said if said and walking_brings_on(reading.text) else []


def walking_brings_on(text: str) -> bool:
    """True when ``text`` says walking a distance brings something on and sitting, resting or
    leaning forward eases it, and says nothing of it growing ("a year ago I could walk 20
    minutes before my legs gave out ... now about 2 minutes": progressive, raised).

    >>> walking_brings_on("after walking ten minutes my legs go heavy and I have to sit down")
    True
    >>> walking_brings_on("after walking a mile my legs go heavy, harder every week; I have to sit")
    False
    """
    return (
        _WALKING_BRINGS_ON.search(text) is not None
        and _SITTING_EASES.search(text) is not None
        # (not "become": "then both legs become heavy" tells what walking does, not a growth)
        and all(found.group().lower() in _BECOME for found in _INCREASING.finditer(text))
    )


_BECOME = frozenset({"become", "became", "becoming"})


# Words that tell a difficulty growing: "harder and harder to walk", "I used to manage a mile",
# "week by week", "now even getting dressed", "to the point where", "sitting has become a chore".
_INCREASING = compile_pattern(
    r"\b(?:worse|harder|tougher|increasing|more\s+and\s+more|less\s+and\s+less|(?:every|each|by\s+the)\s+(?:day|week|month)|"
    r"(?:day|week|month)\s+by\s+(?:day|week|month)|increasingly|steadily|progressively|used\s+to|could\s+still|"
    r"no\s+longer|any\s*more|at\s+first|to\s+the\s+point|gone\s+from|creeping|struggling\s+more|"
    r"more\s+(?:every|each)|now\s+even|than\s+(?:before|last|it\s+was|a\s+(?:week|month))|"
    r"(?:a\s+(?:week|month|year)|weeks|months)\s+ago\s+i\s+could|became|become|becoming|"
    r"now\s+(?:i\s+)?(?:can\s+)?only)\b",
    re.IGNORECASE,
)


def not_said_to_increase(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign of a difficulty that grows (``[status] asked_unless_increasing``: "increasing
    difficulty walking, sitting or doing daily activities") said with nothing that tells it
    growing, and with another sign that explains it (``increasing_explained_by``): "I can
    barely walk on it now" after a tackle is asked, "it's getting harder and harder to walk"
    raised."""
    lang = language()
    signs = lang.asked_unless_increasing
    said = [m for m in mentions if m.present and m.entity.id in signs and "worsening" not in m.modifiers]
    if not said or _INCREASING.search(reading.text):
        return []
    # ... when another sign said explains it: an injury, or legs that are weak or numb
    explained = any(m.present and m.entity.id in lang.increasing_explained_by for m in mentions)
    return said if explained else []


def leg_shape_of_old(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A broken hip's leg shape (shorter, turned out) said in a sentence that gives it another
    reason: always so, a photo or trousers, an old operation, a leaflet's "if" ("My left leg has
    always looked shorter since I was a child", "Hip fracture leaflet: if after a fall your leg
    looks shorter ... I haven't fallen"). Asked, not raised."""
    said = [
        m
        for m in _present(mentions, (_UNABLE_AFTER_FALL,))
        if _LEG_SHAPE.search(m.via) or _LEG_SHAPE.search(m.orth)
    ]
    return [
        m
        for m in said
        if any(b <= m.start < e and _SHAPE_OF_OLD.search(reading.text, b, e) for b, e in reading.bounds)
    ]


def severe_in_other_words(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A burst aneurysm's sudden severe pain said only as a pain as bad as can be ("sudden
    excruciating pain in my tummy and back", read as severe in [phrases]), with nothing else of the
    sign said as present (a faint, a sweat, a dizzy spell: the sign's other phrasings; or the
    writer's known aneurysm): asked, not raised. People say it of labour, a heavy lift or trapped
    wind as often (a review rev61); the NHS's own word "severe" still raises, as it always did.
    The reader looks before it reads a collapse or a face gone pale (`told_apart`), which raises
    the sign whole.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "sudden excruciating pain in my tummy and back")
    >>> [str(m.status) for m in it.partial if m.entity.id == "burst-aneurysm-symptoms"]
    ['uncertain']
    """
    said = _present(mentions, (_BURST_ANEURYSM,))
    if not said or _present(mentions, (_AN_ANEURYSM,)):
        return []  # most texts; and the writer's known aneurysm ("I've got an AAA they're watching")
    in_other_words = [m for m in said if _SEVERE.search(m.via) and not _SEVERE.search(text, m.start, m.end)]
    # (more of the sign said as present: its other phrasings, "... and I'm dizzy", "... passed out")
    return [] if len(in_other_words) < len(said) else in_other_words


def trauma_at_work(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A major trauma or an injury read from crashes the writer meets at work, not had ("I'm a
    paramedic and go to car crashes all the time", "I work in a major trauma centre", "fixing
    cars after crashes"): asked, not raised; not when the sentence tells the writer's own ("I
    was in a crash on a call", "a car hit me").

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "I'm a paramedic and go to car crashes all the time, back pain")
    >>> sorted(str(m.status) for m in it.partial if m.entity.id == "major-trauma")
    ['uncertain']
    """
    said = _present(mentions, _TRAUMA_SIGNS)
    if not said or not _AT_WORK.search(reading.text) or not _A_JOB.search(reading.text):
        return []  # most texts; and a crash told with no work said ("while attending a crash our
        # ambulance was hit", "airlifted to the major trauma centre": a review rev70)
    doubtful = []
    for m in said:
        begin, end = reading.sentence_at(m.start)
        if _AT_WORK.search(reading.text, begin, end) and not _MY_OWN_CRASH.search(reading.text, begin, end):
            doubtful.append(m)
    return doubtful


_TRAUMA_SIGNS = ("major-trauma", "recent-injury")
_AT_WORK = compile_pattern(
    r"\btrauma\s+(?:centre|center|ward|unit|team|nurse|nurses|surgeon|surgeons|department|bay|room|calls?)\b|"
    r"\b(?:see|sees|seeing|saw|attend|attends|attending|go\s+to|goes\s+to|going\s+to|deal\s+with|deals\s+with|"
    r"dealing\s+with|fix|fixes|fixing|repair|repairs|repairing|cover|covers|covering|investigate|investigates|"
    r"investigating)\s+(?:(?:lots|loads|plenty|a\s+lot)\s+of\s+|all\s+the\s+|the\s+)?(?:\w+\s+){0,3}?"
    r"(?:crash|crashes|accidents|collisions|rtcs?|rtas?|pile\s*ups?|trauma)\b|"
    r"\b(?:cars|vehicles)\s+after\s+(?:crashes|accidents|collisions)\b",
    re.IGNORECASE,
)
_MY_OWN_CRASH = compile_pattern(
    r"\b(?:i\s+was\s+in|i\s+crashed|we\s+crashed|hit\s+(?:me|my|us|our)|into\s+(?:me|my|us|our)|"
    r"(?:my|our)\s+(?:car|van|ambulance|bike|motorbike|lorry|truck)|i\s+fell|(?:i|we)\s+(?:was|were|got)\s+hit|"
    r"knocked\s+me|injured\s+me|i\s+was\s+injured|hurt\s+my|i\s+came\s+off)\b",
    re.IGNORECASE,
)
# the writer's work said ("I'm a paramedic", "I work in", "as a nurse", "at work", "my job")
_A_JOB = compile_pattern(
    r"\b(?:i\s*[\u2019']?m\s+an?|i\s+am\s+an?|as\s+an?|i\s+work|i\s+worked|work\s+(?:in|at|on|as)|my\s+job|"
    r"my\s+shift|on\s+shift|at\s+work|shifts|nurse|nursing|paramedic|ambulance\s+(?:crew|driver|worker)|"
    r"police|firefighter|fireman|mechanic|our\s+patients|my\s+patients)\b",
    re.IGNORECASE,
)


def tummy_of_something_else(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A burst aneurysm's pain in the tummy and back read from a sentence whose tummy is the place
    of something else ("sudden severe back pain after sleeping on my tummy", "... and a rash on my
    tummy", "... and my tummy is a bit bloated"): asked, not raised.

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "Sudden severe back pain and I can't lie on my tummy")
    >>> [str(m.status) for m in it.partial if m.entity.id == "burst-aneurysm-symptoms"]
    ['uncertain']
    """
    said = [m for m in _present(mentions, (_BURST_ANEURYSM,)) if _TUMMY_WORD.search(m.via)]
    doubtful = []
    for m in said:
        begin, end = reading.sentence_at(m.start)
        tummies = list(_TUMMY_WORD.finditer(reading.text, begin, end))
        if tummies and all(
            _PLACE_OF_ANOTHER_BEFORE.search(reading.text, max(begin, t.start() - 40), t.start())
            or _STATE_OF_THE_TUMMY.match(reading.text, t.end(), end)
            for t in tummies
        ):
            doubtful.append(m)
    return doubtful


_TUMMY_WORD = compile_pattern(r"\b(?:tummy|stomach|belly|abdomen)\b", re.IGNORECASE)
# the tummy as where one lies or where something else is ("sleeping on my tummy", "a rash on my
# tummy", "weight round my tummy"; not a pain "across my tummy and back", "on my stomach and back")
_PLACE_OF_ANOTHER_BEFORE = compile_pattern(
    r"(?:\b(?:lie|lying|lay|laid|sleep|sleeping|slept|lie\s+down|lying\s+down)\s+(?:on|onto)|\b(?:rash|spots?|marks?|bruises?|tattoo|scar|itch|"
    r"weight|fat)\s+(?:on|round|around|over|across)(?:\s+\w+)?)\s+(?:my|the|his|her|your)\s+$",
    re.IGNORECASE,
)
# ... or said to be in a state that is no pain ("my tummy is a bit bloated", "tummy's fine"; not
# "swollen", "full" or "rock hard", a burst's own)
_STATE_OF_THE_TUMMY = compile_pattern(
    r"\s*(?:is|was|s|[\u2019']s|feels|felt|looks|looked|has\s+been|got)\s+(?:\w+\s+){0,2}?"
    r"(?:bloated|fine|ok|okay|fat|flabby|itchy)\b(?!\s+and\s+(?:hard|rock|tight|tender|sore|painful))",
    re.IGNORECASE,
)


_BURST_ANEURYSM = "burst-aneurysm-symptoms"
_AN_ANEURYSM = "abdominal-aortic-aneurysm"
_SEVERE = compile_pattern(r"\b(?:severe|severely|terrible)\b", re.IGNORECASE)


def swelling_of_another_kind(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A change in the shape of the spine read from a swelling alone, told red, hot or bruised in
    its own words ("my spine is sore, swollen and red", "a big bruise and swelling on my lower
    back"), or said beside the spine ("swollen just to the right of my spine"): the swelling of
    an injury or an inflammation, whose own sign is read apart; the shape is asked, not raised.
    A swelling of the back or spine with nothing else ("my back is swollen and sore", "a boil on
    my bum and now a swelling on my spine as well") stays raised: the sign's sources list "a lump
    or swelling in your back".

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "My lower back is swollen, red and hot to touch")
    >>> [str(m.status) for m in it.partial if m.entity.id == "structural-deformity"]
    ['uncertain']
    """
    doubtful = []
    text = reading.text
    for m in _present(mentions, (_SHAPE_OF_THE_SPINE,)):
        if m.via != _SWELLING_ON_THE_SPINE:
            continue
        begin, end = reading.sentence_at(m.start)
        # its own words: from the last turn before it to the next one after it
        low = max((t.end() for t in _TURN.finditer(text, max(begin, m.start - _NEAR), m.start)), default=None)
        low = max(begin, m.start - _NEAR) if low is None else low
        turn = _TURN.search(text, m.end, min(end, m.end + _NEAR))
        high = turn.start() if turn else min(end, m.end + _NEAR)
        inflamed = any(
            not _DENIED_JUST_BEFORE.search(text, max(low, w.start() - _NEAR), w.start())
            for w in _INFLAMED_OR_HURT.finditer(text, low, high)
        )
        spines = list(_SPINE_WORD.finditer(text, m.start, m.end))
        beside = bool(spines) and all(_BESIDE.search(text, begin, w.start()) for w in spines)
        if inflamed or beside:
            doubtful.append(m)
    return doubtful


_SHAPE_OF_THE_SPINE = "structural-deformity"
_SWELLING_ON_THE_SPINE = "swelling on my spine"  # the alias a swelling alone is read through
_NEAR = 30  # characters around a swelling where its own redness or heat is told
# (not a comma: "my lower back is swollen, red and hot" lists one thing's states)
_TURN = compile_pattern(r"[;:]|\b(?:now|but|then|while|whereas|also|as\s+well)\b", re.IGNORECASE)
_SPINE_WORD = compile_pattern(r"\b(?:spine|spinal|vertebra\w*|backbone|tailbone|coccyx)\b", re.IGNORECASE)
# "just to the right of my spine", "beside my spine": the side, not the spine
_BESIDE = compile_pattern(
    r"\b(?:(?:right|left|side|sides)\s+of|beside|next\s+to|alongside)\s+(?:my\s+|the\s+)?$", re.IGNORECASE
)
_INFLAMED_OR_HURT = compile_pattern(
    r"\b(?:red|redness|reddened|hot|warm|warmth|heat|inflamed|infected|bruise[sd]?|bruising|boil|abscess)\b",
    re.IGNORECASE,
)
_DENIED_JUST_BEFORE = compile_pattern(
    r"\b(?:no|not|nor|without)\b[^,.;]*$|n[\u2019']?t\s+(?:\w+\s+)?$", re.IGNORECASE
)


_UNABLE_AFTER_FALL = "unable-to-bear-weight-after-fall"
_LEG_SHAPE = compile_pattern(r"\b(?:shorter|short|turns?|turned|angle)\b", re.IGNORECASE)
_SHAPE_OF_OLD = compile_pattern(
    r"\b(?:always|since\s+(?:i\s+was\s+(?:a\s+)?(?:child|kid|little|baby)|birth|childhood)|photo|picture|"
    r"trousers|jeans|leaflet|your\s+leg|hip\s+replacement|because\s+of\s+the\s+angle)\b",
    re.IGNORECASE,
)


# In this order: a rule sees only what the rules before it left as said. Each doubts only signs
# said as present, or denied beside one said so: `second_looks` runs none in a text with neither.
def conceded(reading: Reading, mentions: list[Mention]) -> list[Mention]:
    """A sign said in a double negative that concedes before a "but" ("Not that I haven't had
    fevers in my life, but there's been none at all with this back pain"): asked, not raised.
    The double negative alone says the sign ("Not that I haven't had a temperature - been
    38-ish all week": context.toml).

    >>> import painkb
    >>> it = painkb.interpret(painkb.load(), "Not that I haven't had fevers, but none with this back pain")
    >>> [str(m.status) for m in it.partial if m.entity.id == "fever-with-back-pain"]
    ['uncertain']
    """
    if not may_say(lower_case(reading.text), ("not",)):
        return []  # (most texts)
    spans = [m.span() for m in _CONCEDED.finditer(reading.text)]
    return [
        m
        for m in mentions
        if m.present and m.entity.kind is Kind.WARNING_SIGN and any(b <= m.start < e for b, e in spans)
    ]


_CONCEDED = compile_pattern(
    r"\bnot\s+(?:that|as\s+if|like)\s+(?:i\s+(?:haven|hadn|didn)[\u2019']?t|i\s+have\s+not|"
    r"i[\u2019']?ve\s+not|ive\s+not|i\s+havent|i\s+hadnt|i\s+didnt)\b[^.!?]*?\bbut\b",
    re.IGNORECASE,
)


RULES: tuple[Rule, ...] = (
    one_sided,
    placed,
    with_the_back,
    with_the_back_denied,
    with_a_pain,
    with_a_complaint,
    with_only_an_old_back,
    not_recent,
    not_lasting,
    middle_said_of_one_side,
    denied_and_said,
    said_then_denied,
    back_to_normal_later,
    gone_since,
    brought_on_by_walking,
    explained,
    felt_in_the_middle,
    not_said_to_increase,
    leg_shape_of_old,
    tummy_of_something_else,
    swelling_of_another_kind,
    trauma_at_work,
    conceded,
)


def _signs_asked_by(kb: KnowledgeBase) -> dict[Rule, frozenset[str]]:
    """The rules of ``RULES`` that doubt only signs said as present, each with those signs:
    with none of them present, the rule doubts nothing. Built once per knowledge base."""
    return kb.derived("painkb.understand.signs_asked_by", _find_signs_asked_by)


def _find_signs_asked_by(kb: KnowledgeBase) -> dict[Rule, frozenset[str]]:
    lang = language()
    return {
        one_sided: frozenset(lang.said_of_both_sides),
        placed: frozenset(lang.said_of_a_place),
        with_the_back: frozenset(lang.said_with_the_back),
        with_the_back_denied: frozenset(lang.asked_when_the_back_is_denied),
        with_a_pain: frozenset(lang.said_with_a_pain),
        with_a_complaint: frozenset(lang.said_with_a_complaint),
        with_only_an_old_back: frozenset(lang.said_with_new_back_pain),
        not_recent: frozenset(lang.recent_within_days),
        not_lasting: frozenset(lang.lasting_at_least_days),
        middle_said_of_one_side: frozenset(lang.never_one_sided),
        back_to_normal_later: states_of_a_place(kb) | frozenset(lang.asked_when_past),
        gone_since: frozenset(lang.asked_when_gone),
        brought_on_by_walking: frozenset(lang.asked_when_walking_brings_on),
        explained: frozenset(
            (*lang.explained_by, *lang.explained_anywhere, *lang.explained_in_its_sentence, *lang.woken_by)
        ),
        felt_in_the_middle: frozenset({_LEGS_OR_FEET}),
        not_said_to_increase: frozenset(lang.asked_unless_increasing),
        leg_shape_of_old: frozenset({_UNABLE_AFTER_FALL}),
        tummy_of_something_else: frozenset({_BURST_ANEURYSM}),
        swelling_of_another_kind: frozenset({_SHAPE_OF_THE_SPINE}),
        trauma_at_work: frozenset(_TRAUMA_SIGNS),
    }


_ANOTHER_THING_NAMED = compile_pattern(r"\s*(?::|,\s*(?:an?|my)\b)", re.IGNORECASE)


def _told_by(kb: KnowledgeBase, mention: Mention) -> set[str]:
    """The symptoms that flag ``mention``'s warning sign (none for another finding)."""
    return {link.target for link in kb.links_from(mention.entity.id, "flagged_by")}


_NEVER = compile_pattern(r"\bnever\b", re.IGNORECASE)
# "never had a waterworks problem in my life, but this week I've been leaking": "never" with
# a word of a lifetime, then a contrast, tells that what follows is new.
_A_LIFETIME = compile_pattern(
    r"\b(?:in\s+(?:all\s+)?my\s+(?:whole\s+)?life|before|ever|till|til|until|"
    # ... or a life counted: "never had a bad back in my 77 years", "in 60-odd years"
    r"in\s+(?:all\s+)?(?:my\s+|me\s+|over\s+)?\d{2}(?:[\s-]?odd)?\s+years)\b",
    re.IGNORECASE,
)
_THEN_A_CONTRAST = compile_pattern(r"\b(?:but|now|yet|then)\b", re.IGNORECASE)
# "... never had back pain in my life, but it started three weeks ago": then it is had now
# ... or "..., started 3 weeks ago" said straight after it
_BUT_IT_STARTED = compile_pattern(
    r"\b(?:but|until|till|now)\W+(?:\w+\W+){0,3}?(?:it|its|this|that)\W+(?:\w+\W+){0,2}?"
    r"(?:started|starts|began|begun|came|come|comes|kicked|appeared|hit|arrived|developed)\b"
    # "before never back pain, but now since 10 days I have it"
    r"|\b(?:but|now)\W+(?:\w+\W+){0,4}?i\s+(?:have|get|(?:ve\s+|have\s+)?got)\s+(?:it|this|that|one)\b"
    # "never had a bad back in my life and now this", "... till now"
    r"|\b(?:and|but)\s+now\s+(?:this|look)\b(?=\s*(?:[.!?,:]|$))|\b(?:until|till|til)\s+now\b"
    r"|[,;-]\s*(?:(?:and|but|it|its|it's|this|that|which|has|just|only|then)\s+){0,2}"
    r"(?:started|began|kicked\s+off|came\s+on|appeared)\b",
    re.IGNORECASE,
)


def never_before(
    reading: Reading, mentions: list[Mention], partial: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """Without the denials, told with "never", of a finding the text says the person has now:
    "I've never had back trouble in my life, but for a fortnight my lower back has ached"
    tells that the back pain is new, not that there is none. A warning sign denied so, with a
    lifetime and then a contrast ("never had a waterworks problem in my life, but this week
    I've been leaking"), is asked about: what came after the contrast may be that sign; one
    said to have started after the contrast ("never had back pain in my life, but it started
    three weeks ago") is had."""
    text = reading.text
    if not may_say(lower_case(text), ["never"]):
        return list(mentions), partial  # no "never" said, no denial told with it
    present = {m.entity.id for m in mentions if m.present}

    def sentence_with_never(m: Mention) -> tuple[int, int] | None:
        return next(
            ((b, e) for b, e in reading.bounds if b <= m.start < e and _NEVER.search(text, b, m.start)), None
        )

    kept, doubtful = [], []
    for m in mentions:
        sentence = sentence_with_never(m) if m.status is Status.ABSENT else None
        if sentence is not None and (
            m.entity.id in present or not present.isdisjoint(_told_by(reading.kb, m))
        ):
            continue  # (said, or told in a symptom's words: "never wet myself ..., now I'm leaking")
        if sentence is not None and _A_LIFETIME.search(text, *sentence):
            started = _BUT_IT_STARTED.search(text, m.end, sentence[1])
            if started is not None and _ANOTHER_THING_NAMED.match(text, started.end()):
                started = None  # "and now this: my hip's gone", "and now this, a frozen shoulder"
            # The start is not this finding's when it names another ("never had bladder problems in
            # my 70 years and now this back pain, started 2 weeks ago"), or when another is denied
            # after it with a "never" of its own ("never had cancer, never had back problems till
            # now"); a list in one denial shares it ("never had back pain or sciatica, but it started").
            if started is not None and not any(
                o.entity.id != m.entity.id
                and m.end <= o.start < started.end()
                and (o.start >= started.start() or _NEVER.search(text, m.end, o.start) is not None)
                for o in mentions
            ):
                kept.append(attrs.evolve(m, status=Status.PRESENT))
                continue
            if m.entity.kind is Kind.WARNING_SIGN and _THEN_A_CONTRAST.search(text, m.end, sentence[1]):
                doubtful.append(m)
        kept.append(m)
    return ask_instead(kept, partial, doubtful)
