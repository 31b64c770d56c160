"""The records of ``language.toml``: its word lists read into typed, immutable tables.

`painkb.understand.words.language` reads the file once per process into a `Language`. These
are named tuples, not attrs classes: attrs would generate and compile some 7 ms of methods for
them in every new process that reads a text. Their annotations are evaluated as the module
loads (no ``from __future__ import annotations``): as strings, each would be compiled on its
own when the class is made, some 4 ms more.
"""

import typing
from collections.abc import Mapping

from painkb._lazy_re import LazyPattern

__all__ = [
    "Accidents",
    "AccidentsThatInjure",
    "CausesOfThePart",
    "Injuring",
    "Language",
    "OfAnother",
    "PhraseIndexes",
    "ShakingLegs",
    "ToldApart",
]


class AccidentsThatInjure(typing.NamedTuple):
    """What tells an accident as one that injures: "a skiing accident", "in an accident", "an
    accident at work" (``[cues.injuring.accidents]``)."""

    words: frozenset[str]  # the words of an accident
    kinds: frozenset[str]  # kinds said just before it ("a skiing accident")
    between: frozenset[str]  # words that may stand between them and it ("a nasty accident")
    small: frozenset[str]  # sizes of a toilet accident: only a kind tells one that injures
    within: frozenset[str]  # words before it that put the writer in it ("in an accident")
    places: frozenset[str]  # places said after it ("an accident at work")
    after: frozenset[str]  # the words before such a place ("at", "on")
    toilet_told: frozenset[str]  # words near that leave an accident one of the toilet
    not_had_anywhere: frozenset[str]  # words of its sentence that say it was feared or not had
    not_of_the_writer: frozenset[str]  # a word before it that makes it another's ("held up by")
    hurt: frozenset[str]  # the writer's hurt told before "in" ("hurt my back in an accident")
    opening: frozenset[str]  # words that may open its clause ("since my accident at work")
    told_after: frozenset[str]  # words just before it that make it what a hurt came after
    injuries: frozenset[str]  # the words of an injury, told by a kind only ("a rugby injury")
    injury_kinds: frozenset[str]  # the sports of knocks and falls that tell one
    not_before: frozenset[str]  # a word after it that makes it another sense ("accident and emergency")
    toilet: frozenset[str]  # a word before it that makes it one of the toilet ("a bladder accident")


class OfAnother(typing.NamedTuple):
    """What makes an event told whole another's: "my hair is falling out", "a box fell"."""

    signs: frozenset[str]  # the warning signs of events
    events: frozenset[str]  # the keys of the event words
    writer: frozenset[str]  # the writer as a subject
    determiners: frozenset[str]  # words that open a subject
    auxiliaries: frozenset[str]  # words between a subject and its event
    openers: frozenset[str]  # words after which a determiner opens a subject
    not_in_a_subject: frozenset[str]  # words that end a subject read backwards
    most_words: int  # words between the determiner and the event
    body: frozenset[str]  # the keys of parts of the body: the writer's as a subject ("my hip took the brunt")
    carriers: frozenset[str]  # the keys of things that carry the writer ("my horse fell")
    done_to_within: int  # how many words after the event the writer may be what it was done to
    habits: frozenset[str]  # words just before the event that make it a habit ("I keep falling")
    named: frozenset[str]  # the event said as a noun ("a car crash"): named, no subject's
    witnessed: frozenset[str]  # words of seeing it happen ("I saw a cyclist fall")
    objects: frozenset[str]  # the writer as what an event was done to ("fell on me")
    not_done_to_after: frozenset[str]  # words before the writer that make it no object ("in front of me")
    times: frozenset[str]  # the keys of words of a time, not a subject ("this morning fell")
    owned: frozenset[str]  # determiners of a thing that carried the writer ("my horse")
    places_inside: frozenset[str]  # words of a place said inside a subject ("the tree in our garden")


class Injuring(typing.NamedTuple):
    """Words of an event that injures and what makes it one (``[cues.injuring]``)."""

    sign: str  # the warning sign they are
    falls: frozenset[str]  # words that need only a pain said with them
    blows: frozenset[str]  # words that need the part they hit said after them
    hit_places: frozenset[str]  # the stems of the places a blow may hit
    hit_owners: frozenset[str]  # words that may stand between a blow and its place
    objects: frozenset[str]  # words after a fall that make it done to a thing
    other_senses: frozenset[str]  # words near a fall that make it another sense ("slid into bed")
    things: frozenset[str]  # words after a place that make it part of a thing ("back teeth")
    not_after_it: frozenset[str]  # words after a blow's "it" that make it no blow ("knocked it back")
    the_writer: frozenset[str]  # the writer as who did it
    another_subject: frozenset[str]  # words after the writer's that may give the event another subject
    opening: frozenset[str]  # words that may stand before it in its clause, with or without the writer
    repeated: frozenset[str]  # words of a habit: a symptom, not an event
    imagined: frozenset[str]  # words of an event imagined, anywhere in its sentence
    hurts: frozenset[str]  # the findings that make it an injury
    over: frozenset[str]  # words of a hurt that has healed
    explained_by: frozenset[str]  # findings that explain a trip said in its sentence
    new_within_days: int  # a hurt said to have lasted longer is older than the event
    of_another: OfAnother  # events told whole with a subject of their own ([cues.injuring.of_another])
    accidents: AccidentsThatInjure  # an accident told as one that injures ([cues.injuring.accidents])


class Accidents(typing.NamedTuple):
    """Accidents of the toilet told with what came out (``[cues.accidents]``)."""

    words: frozenset[str]  # the words of an accident
    not_after: frozenset[str]  # words next to them that make another accident ("car accident")
    told: Mapping[str, frozenset[str]]  # sign -> the stems of what came out
    not_told: frozenset[str]  # words that make it not the writer's had accident
    of_others: frozenset[str]  # ... of them, those that say whose, up to the writer as its doer
    denied: frozenset[str]  # words before what came out that deny it
    fine: frozenset[str]  # words after what came out that say it is fine
    not_before: frozenset[str]  # words after what came out that make it something else ("urine sample")
    not_what_came: frozenset[str]  # words of the same stem that are no such thing ("urinal")
    close: int  # how many words after the accident what came out may be
    as_what_came: frozenset[str]  # words what came out may stand before ("the poo kind")
    unfelt_sign: str  # the sign of an accident told as not felt coming, with nothing named
    unfelt_not_with: frozenset[str]  # words anywhere in the text that leave it unnamed ("wee")
    unfelt_toilet: frozenset[str]  # words of the toilet an accident told only as unnoticed needs


class CausesOfThePart(typing.NamedTuple):
    """What tells a cause of a foot's or a leg's own for a weakness read from what it cannot do
    (``[in_doubt_with_a_cause]``): "sprained my ankle", "flat feet", "my new hip"."""

    causes: tuple[tuple[str, ...], ...]  # runs of words that tell one ("flat feet", "pregnant")
    injuries: frozenset[str]  # words of an injury ("sprained", "tore", "strain")
    parts: frozenset[str]  # the parts of a leg an injury is a cause for, just after or before it
    passed: frozenset[str]  # words passed between an injury and its part ("my", "right")
    not_before: frozenset[str]  # words just before a cause that deny it or make it another's
    unless: frozenset[str]  # words in the sentence that tell the back's or a nerve's cause


class ShakingLegs(typing.NamedTuple):
    """What tells legs that shake as weak legs, or as a tremor (``[shaking_legs]``)."""

    shakes: frozenset[str]  # words of a shake or a tremble
    wobbles: frozenset[str]  # words of a wobble (of `parts` only)
    parts: frozenset[str]  # the legs and knees a shake or a wobble is said of
    shaking_parts: frozenset[str]  # the parts a shake, not a wobble, is said of ("thighs")
    reach: int  # the most words between a part and its shake after it
    between_before: frozenset[str]  # words between a part and its shake after it ("legs are shaking")
    between_after: frozenset[str]  # words between a shake and its part after it ("shaky on my legs")
    opening: frozenset[str]  # words after which the clause of a shake opens ("because")
    subject: frozenset[str]  # words before a part that open what is said of it ("both my")
    under_load: frozenset[str]  # words or runs of words of the legs failing under the person
    causes: frozenset[str]  # words or runs of words of a cause of the shake's own


class ToldApart(typing.NamedTuple):
    """A warning sign told apart from its own words (``[[told_apart]]``)."""

    sign: str  # the warning sign it is
    reach: int  # how many sentences after the first its words may be in
    needs: tuple[tuple[tuple[str, ...], ...], ...]  # groups of runs of words: one run of each
    pains: frozenset[str]  # the findings of a pain it needs, one said as present
    doubt: frozenset[str]  # words outside the runs that keep it from the sentence
    explained_by: tuple[tuple[str, ...], ...]  # runs of words anywhere in the text that explain it
    # runs of `needs` that say the pain goes on, read only beside a pain ("my back throbs non stop",
    # not "the tap drips non stop at night and my back aches")
    of_the_pain: tuple[tuple[str, ...], ...] = ()
    # runs whose words are no doubt ("in the last few weeks" tells how long, not "last night")
    undoubted: tuple[tuple[str, ...], ...] = ()
    # how many sentences after the runs' own the pain may be told in (at least `reach`)
    pain_reach: int = 0


class Language(typing.NamedTuple):
    """The word lists in ``language.toml``, ready to use."""

    stopwords: frozenset[str]
    clause_breaks: frozenset[str]
    new_subject_after_and: frozenset[str]
    new_doing_after_and: frozenset[str]  # ", and was ...": a new doing of the writer's
    until_a_doing: frozenset[str]  # "until I slipped": ...
    the_doer_after_until: frozenset[str]  # ... by the writer
    denials: frozenset[str]  # ... after a clause that denies something
    past_doings: frozenset[str]  # "until I fell": a doing told as done
    reported_after_and: frozenset[str]  # ", and was told ...": no new doing
    correction_openings: frozenset[str]  # "it's not my hip it's my back": the correction
    eased_after_a_comma: frozenset[str]  # ", ok lying flat": how the pain eases ...
    ways_it_eases: frozenset[str]  # ... said by the doing or the time after the word
    pains_that_ease: frozenset[str]  # ... after a clause of a pain
    not_a_correction_after: frozenset[str]  # ... not "it's not that it's bad"
    not_a_correction_of: frozenset[str]  # ... nor "it's not likely it's cancer"
    places_after_and: frozenset[str]
    me_stays_after: frozenset[str]  # "warned me foot drop ...": "me" the person, not "my"
    both_then_a_state: frozenset[str]
    synonyms: Mapping[str, tuple[str, ...]]
    phrases: Mapping[tuple[str, ...], tuple[str, ...]]
    phrase_sizes: Mapping[str, tuple[int, ...]]  # first word -> lengths of its phrases, longest first
    # a weakness in doubt (a "maybe" reading) -> its reading when it gives way
    given_way: Mapping[tuple[str, ...], tuple[str, ...]]
    # a weakness read from what a foot or a leg cannot do -> its reading when its sentence tells a
    # cause of the part's own ([in_doubt_with_a_cause])
    in_doubt_with_a_cause: Mapping[tuple[str, ...], tuple[str, ...]]
    causes_of_the_part: CausesOfThePart
    # a reading -> the words (through synonyms) one of which its sentence must name to hold it
    said_with_what_it_is_of: Mapping[tuple[str, ...], frozenset[str]]
    # a reading -> runs of words that, told anywhere in the text and not denied, undo it
    unread_when_told_otherwise: Mapping[tuple[str, ...], tuple[tuple[str, ...], ...]]
    # runs of words that tell why no need of a wee is felt (heat, sweat, little drunk)
    no_need_explained_by: tuple[tuple[str, ...], ...]
    figurative: LazyPattern  # case-insensitive
    figures: tuple[str, ...]  # its patterns, each with its "mask" group named as in it
    comparisons: tuple[tuple[str, ...], ...]
    never_alone: frozenset[str]  # words that alone never make a warning sign's phrase in part
    fillers: frozenset[str]
    outside: frozenset[str]
    of_the_place_said: frozenset[str]  # signs left out like symptoms in a clause of an outside place
    past_counts_as_present: frozenset[str]
    a_history_stays: frozenset[str]  # findings a state said after them does not deny
    past_course: Mapping[str, frozenset[str]]  # sign id -> words of a treatment that ends
    explained_by: Mapping[str, frozenset[str]]  # sign id -> words of a harmless cause of it
    explained_anywhere: Mapping[str, tuple[str, ...]]  # sign id -> causes said anywhere
    explained_in_its_sentence: Mapping[str, tuple[str, ...]]  # sign id -> causes said in its sentence
    explained_unless: Mapping[str, frozenset[str]]  # sign id -> words that undo explained_anywhere
    woken_by: Mapping[str, frozenset[str]]  # sign id -> words of another cause of a waking
    said_of_both_sides: frozenset[str]
    said_on_each_side: Mapping[str, str]  # finding of one leg -> its sign of both legs
    narrower_in_the_same_words: Mapping[str, frozenset[str]]  # finding -> narrower ones said in its words
    asked_in_the_same_words_as: Mapping[str, frozenset[str]]  # finding -> labels that make it a question
    said_of_a_place: Mapping[str, str]  # warning sign id -> the region it must be said of
    never_one_sided: frozenset[str]  # signs of the middle of the body, never of one side
    asked_when_passing: frozenset[str]  # signs of lost feeling asked about when said to pass
    asked_when_gone: frozenset[str]  # findings of a passing state asked about when said gone since
    asked_when_pressed: frozenset[str]  # saddle states asked about when told with a long sit or a ride
    asked_when_walking_brings_on: frozenset[str]  # signs asked when walking brings them, sitting eases
    not_read_again_when_rest_eases: frozenset[str]  # signs the second reading skips when rest eases
    asked_when_unchanged: frozenset[str]  # signs that must be new, asked about when said unchanged
    asked_unless_increasing: frozenset[str]  # signs of a growing difficulty, asked when not said to grow
    increasing_explained_by: frozenset[str]  # signs that explain a difficulty not said to grow
    never_explained_after: frozenset[str]  # signs a cause said after "after" does not explain
    explained_only_as_the_cause: frozenset[str]  # signs a cause explains only after "because", "from"
    no_harmless_cause: frozenset[str]  # words that make a told cause an injury ("after falling")
    asked_when_lifelong: frozenset[str]  # signs flagged by a symptom said lifelong, asked about
    long_standing: tuple[str, ...]  # phrases that say a finding has lasted years
    asked_when_long_standing: frozenset[str]  # signs of a new loss, asked about when said years long
    names_a_finding: frozenset[str]  # stems of words that are a finding alone ("cancer")
    still_there: tuple[str, ...]  # phrases (normal words) that say a loss lasts
    not_a_finding_before: frozenset[str]  # words after one that make it something else
    said_in_one_clause: frozenset[str]  # event signs whose words must be said together
    place_in_one_sentence: frozenset[str]  # spine signs whose place must be said in the sentence
    said_with_the_back: frozenset[str]  # signs raised only with back, buttock or sciatic pain
    said_with_a_pain: frozenset[str]  # signs raised only with back pain or a pain of another place
    asked_when_the_back_is_denied: frozenset[str]  # signs of back pain asked when the back is denied
    felt_in_a_comparison: frozenset[str]  # pain signs still felt when compared ("like a shock down my leg")
    said_with_a_complaint: frozenset[str]  # event signs asked when said to have done no harm
    said_with_new_back_pain: frozenset[str]  # signs asked when every back pain is years old
    recent_within_days: Mapping[str, int]  # signs of something recent: how recent, in days
    lasting_at_least_days: Mapping[str, int]  # signs of a lasting pain: how long at least, in days
    of_a_place: frozenset[str]  # states that are another place's when said next to it (outside)
    asked_when_past: frozenset[str]  # lost functions asked about when said as past
    of_the_back: frozenset[str]  # ... or next to any place not of the back
    of_the_spine: frozenset[str]  # ... or next to any place not of the back, or outside
    of_the_saddle: frozenset[str]  # saddle states that are a leg's when said next to a part of it
    parts_of_the_leg: frozenset[str]  # words of a leg or a part of it ("toes", "calf")
    back_places: frozenset[str]  # what counts as back pain for them
    back_places_also: Mapping[str, frozenset[str]]  # sign -> more places that count for it
    back_words: frozenset[str]  # stems of a sign's label that say so
    modifiers: Mapping[tuple[str, ...], str]  # phrase (normal words) -> modifier name
    normal_functions: Mapping[str, tuple[str, ...]]  # stem -> findings denied when it works as usual
    normal_states: frozenset[str]
    normal_between: frozenset[str]
    normal_changes: frozenset[str]
    faculty_lost: Mapping[str, str]  # "feeling" -> "numb": the state of a faculty said to be lost
    faculty_losses: frozenset[str]
    faculty_negations: frozenset[str]
    faculty_amounts: frozenset[str]  # "any", "much", "have": between a negation and a faculty lost
    faculty_between: frozenset[str]
    faculty_gone: frozenset[str]
    faculty_not_after_gone: frozenset[str]
    shaking_legs: ShakingLegs  # legs that shake, told failing or with a cause ([shaking_legs])
    spreading_sign: str  # the warning sign of pain said to travel into the leg
    spreading_pain: frozenset[str]  # stems
    spreading_motion: frozenset[str]  # words
    spreading_directions: frozenset[str]
    spreading_between: frozenset[str]
    spreading_places: frozenset[str]  # stems
    cues: Mapping[str, tuple[str, ...]]  # word -> the warning signs it points to (see [cues])
    asks_nothing_alone: frozenset[str]  # words that, the only ones of a sign found, ask nothing
    cues_not_before: frozenset[str]
    cues_not_after: frozenset[str]
    cues_asked_in_the_past: frozenset[str]
    cues_of_a_place: frozenset[str]
    cues_asked_of_others: frozenset[str]
    cues_not_asked_of_others: frozenset[str]  # cue words not asked of someone else ("pale") ...
    # ... unless their places are said (sign id -> "lower-abdomen", "lower-back"); the sign's
    # words in part are asked of them then too
    cues_asked_of_others_with: Mapping[str, frozenset[str]]
    injuring: Injuring  # events that injure, told with a pain ([cues.injuring])
    accidents: Accidents  # accidents of the toilet, told with what came out ([cues.accidents])
    told_apart: tuple[ToldApart, ...]  # warning signs told apart from their words ([[told_apart]])
    said_with_sign: Mapping[str, tuple[str, ...]]  # sign id -> the findings it says of itself
    denied_of_sign: Mapping[str, tuple[str, ...]]  # finding id -> the signs its denial denies
    said_together: Mapping[str, tuple[frozenset[str], frozenset[str]]]  # sign -> (of, with)
    pain_lasting: tuple[str, int]  # the symptom of a pain said to have lasted at least so many days
    pain_lasting_conditions: frozenset[str]  # conditions that are a pain by name
    # the words of a pain nothing has helped, whose clause's time is the pain's ("no relief")
    pain_unhelped: tuple[tuple[str, ...], ...]
    asked_when_to_come: frozenset[str]  # an operation or a course of medicine told as still to come
    operations: frozenset[str]  # operations that "went fine" were had
    question_reports: tuple[tuple[str, ...], ...]  # openings of a question that report what follows
    question_hypotheticals: frozenset[str]  # words that make what follows them a what-if again
    # openings that report what follows only when the writer is in it ("is it normal for my")
    question_reports_of_oneself: tuple[tuple[str, ...], ...]
    # ... and those whose "if" tells the writer's situation, with the words that tell it as so
    question_reports_of_oneself_if: tuple[tuple[str, ...], ...]
    question_told_as_so: frozenset[str]


class PhraseIndexes(typing.NamedTuple):
    """What the tokenizer looks the ``[phrases]`` up by, made from them in one pass."""

    # the first two words of every phrase of two words or more (its second word any
    # determiner when it is one)
    openings: frozenset[tuple[str, ...]]
    # the first two words of every phrase of two words or more -> the lengths of those phrases
    sizes_by_opening: Mapping[tuple[str, ...], frozenset[int]]
    # each phrase that holds a determiner after its first word, keyed with each such
    # determiner read as "my"; those two phrases would share with different meanings are
    # left out, and so are the maybes
    any_determiner: Mapping[tuple[str, ...], tuple[str, ...]]
    # the same as sizes_by_opening, of the phrases of any_determiner
    any_determiner_sizes: Mapping[tuple[str, ...], frozenset[int]]
    # the words a run of words shares with a phrase it may spell with one long word misspelt
    # -> the lengths of those phrases (see words._misspelling_anchor)
    misspelling_anchors: Mapping[tuple[str, int, str], frozenset[int]]
    # the first word of each phrase with a long word after it -> those phrases, in order
    misspellable: Mapping[str, tuple[tuple[str, ...], ...]]
