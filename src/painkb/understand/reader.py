"""Reading a text: `interpret` finds the findings in what a person types.

How it reads a text:

1. Figures of speech are set aside ("my boss is a pain in the butt", "came back").
2. The text is cut into sentences at punctuation and into clauses at words such as
   "but", "however", "now"; a phrase never matches across a clause unless the phrase
   itself holds the word.
3. Every name and alias of the knowledge base is a phrase of stems; a phrase matches
   when all its words occur close together in one clause, in any order ("pain in my
   lower back" is "lower back pain"). Long words with one typo are corrected.
4. Where matches overlap, the longest wins, except that a body region inside a symptom
   stays ("lower back" in "lower back pain"), a warning sign is never dropped for
   another kind, and a label shared by several entities finds them all.
5. Each match gets a status from the triggers of its clause (negation, uncertainty,
   history, another person) and a side when one is stated.
6. A warning sign matched only in part, or through a typo, is never raised: it goes to
   ``partial`` so that a program asks about it.

>>> import painkb
>>> kb = painkb.load()
>>> it = painkb.interpret(kb, "No numbness, but my lower back is killing me")
>>> [(m.entity.id, str(m.status)) for m in it.mentions]
[('numbness', 'absent'), ('lower-back-pain', 'present'), ('lower-back', 'present')]
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from datetime import date, timedelta

import attrs

from painkb._lazy_re import LazyPattern, lower_case
from painkb._pattern_store import compile as compile_pattern
from painkb.kb import KindLike, KnowledgeBase, as_kind
from painkb.model import Entity, Kind, Urgency, WarningSign
from painkb.understand.answers import (
    checklist_answered,
    denied_all_after,
    denied_by_reference,
    denied_in_a_field,
    denied_in_a_later_clause,
    function_asked,
    function_field_answered,
    injury_answered_yes,
    listed_after_talk,
    may_answer_fields,
    reported_answers,
    screening_answered,
    which_leg_answered,
)
from painkb.understand.asked_instead import Reading, rest_eases, second_looks, severe_in_other_words
from painkb.understand.context import (
    RELATIVES,
    SAYING,
    Direction,
    Status,
    Trigger,
    bare_patients_told,
    body_words,
    find_triggers,
    forms_about_someone_else,
    quoted_of_others,
    status_of,
)
from painkb.understand.fields import faculty_fields_read, night_fields_read
from painkb.understand.inference import (
    asked_in_the_same_words,
    back_after_going,
    doubts_settled,
    gone_in_the_next_sentence,
    leaks_on_effort,
    long_standing_spans,
    may_say,
    pain_from_complaints,
    pain_of_places_said_fine,
    pain_of_the_back_alone,
    pain_of_the_place_said_instead,
    places_not_the_trouble,
    places_said_present,
    regions_follow_their_findings,
    said_long_standing,
    said_to_have_passed,
    said_to_improve,
    symptoms_gone,
    the_most_specific,
    told_apart,
    with_modifiers,
    worsening_of_another,
)
from painkb.understand.interpretation import (
    CONFIDENT,
    PARTIAL_WEIGHT,
    Interpretation,
    Mention,
    in_text_order,
    with_status,
)
from painkb.understand.lexicon import Lexicon, Phrase, lexicon_of, rare_words
from painkb.understand.normal_state import said_to_work
from painkb.understand.quantities import age_in, both_sides_in, duration_in, months_ago, sides_in
from painkb.understand.questions_put import ability_denied
from painkb.understand.rewrite import (
    HEIGHT_WORD,
    approximations_read,
    blows_received_read,
    cancers_had_read,
    crashed_vehicles_read,
    faculties_lost,
    falls_at_speed_read,
    functions_named,
    gestations_read,
    heights_read,
    pains_that_wake,
    pronouns_named,
    shaking_legs_read,
    small_hours_read,
    sports_injuries_read,
    temperatures_read,
    thighs_as_legs,
    weights_fallen_read,
)
from painkb.understand.second_reading import second_reading
from painkb.understand.sentences import (
    BARE_PLACES,
    QUESTION_WORDS,
    WRITER_WORDS,
    Sentence,
    sentence_of,
    split_sentences,
)
from painkb.understand.told_events import (
    accidents_that_injure,
    falls_told,
    injures,
    injury_told,
    lasted_longer,
    of_another,
    what_came,
)
from painkb.understand.words import (
    NOT_NEW,
    SENTENCE_END,
    Token,
    asked_when_easing,
    asked_when_long_standing,
    at_word_starts,
    figures_of_speech,
    is_stopword,
    keys_of,
    language,
    modifiers_in,
    sentence_end,
    stopwords_among,
    tokenize,
)

__all__ = ["interpret", "tells_of_long_ago"]

# At most this many other content words may stand between the words of a phrase.
_MAX_GAP = 3
# Each content word between a phrase's words lowers its score this much.
_GAP_PENALTY = 0.04
# Words that separate two findings: a phrase never matches across them.
_SEPARATORS = frozenset({"only", "plus", "instead", "rather", "apart", "other", "except", "which", "who"})
# A region inside these kinds' phrases is kept as a finding of its own ("twisted my hip" is a
# twisting of the hips, and the hip).
_CONTAINERS = frozenset({Kind.SYMPTOM, Kind.WARNING_SIGN, Kind.CONDITION, Kind.CAUSE})
# Kinds named by labels such as "pain from sitting": a phrase of theirs made only of
# words that describe the body ("pain", "sit") is read as the symptom, not as them.
_NAMED = frozenset({Kind.CONDITION, Kind.IMPROVEMENT_SIGN, Kind.CAUSE, Kind.TREATMENT, Kind.EQUIPMENT})
# Kinds whose words are still felt when said in a comparison ("feels like my leg is on fire").
_LITERAL = frozenset({Kind.REGION, Kind.SYMPTOM})
_THINGS = frozenset({Kind.EQUIPMENT})
# Kinds a person names as a guess rather than a report: a question about them is a doubt.
_GUESSED = frozenset({Kind.CONDITION, Kind.WARNING_SIGN})


# Not frozen (though never changed once made) only because a frozen attrs class takes
# three times as long to make, and a text makes a score of these.
@attrs.define
class _Match:
    phrase: Phrase
    positions: tuple[int, ...]  # token positions in the sentence, sorted
    score: float
    exact: bool
    entities: tuple[str, ...]
    found: tuple[str, ...] = ()  # the phrase's stems found here
    exact_words: bool = True  # no word found through a typo correction

    @property
    def first(self) -> int:
        return self.positions[0]

    @property
    def last(self) -> int:
        return self.positions[-1]


def interpret(kb: KnowledgeBase, text: str, *, kinds: Iterable[KindLike] | None = None) -> Interpretation:
    """The findings in ``text``: what the person says they have, do not have, or wonder about.

    Never raises on any string, however long or strange; spans always lie inside the text.
    The lexicon is built from ``kb`` on the first call.

    Args:
        kb: the knowledge base whose names and aliases are looked for.
        text: what the person wrote, one or more sentences.
        kinds: only find entities of these kinds (for a field that asks for a region).

    Raises:
        TypeError: ``text`` is not a string.

    Examples:
        >>> it = painkb.interpret(kb, "I'm 62. Pain in my left buttock for 3 weeks, my mum has sciatica")
        >>> found = {m.entity.id: (str(m.status), m.side) for m in it.mentions}
        >>> found["buttock"], found["sciatica"]
        (('present', 'left'), ('other_person', None))
        >>> it.age, it.duration.days
        (62, 21)
        >>> painkb.interpret(kb, "my elbow hurts").out_of_scope
        ('elbow',)
    """
    if not isinstance(text, str):
        raise TypeError(f"interpret() needs the text as a string, not {type(text).__name__}")
    lexicon = lexicon_of(kb)
    lang = language()
    allowed = None if kinds is None else frozenset(as_kind(k) for k in kinds)
    masks, figurative = _figurative(text)
    tokens = functions_named(
        text,
        thighs_as_legs(
            text,
            pronouns_named(
                text, faculties_lost(text, faculty_fields_read(text, shaking_legs_read(text, tokenize(text))))
            ),
        ),
    )
    tokens = pains_that_wake(text, small_hours_read(text, night_fields_read(text, tokens)))
    tokens = crashed_vehicles_read(
        text, heights_read(text, approximations_read(temperatures_read(text, tokens)))
    )
    tokens = blows_received_read(text, gestations_read(text, weights_fallen_read(text, tokens)))
    tokens = falls_at_speed_read(text, sports_injuries_read(text, cancers_had_read(text, tokens)))
    if masks:
        # (a height read from "10 feet" stays: the feet it is measured in are set aside)
        tokens = [t for t in tokens if t.norm == HEIGHT_WORD or not _inside(t.start, masks)]
    mentions: list[Mention] = []
    # entity id -> its best mention in part (see _best_partial), made uncertain at the end
    doubted: dict[str, Mention] = {}
    # parts of warning signs said as present, and where: (sentence, clause start)
    waiting: list[tuple[Mention, _Match, tuple[int, int]]] = []
    # the same for parts of warning signs said of someone else, and the stems said of them
    their_waiting: list[tuple[Mention, _Match]] = []
    their_said: set[str] = set()
    # entity id -> the best part of a warning sign said of someone else: asked of them, as the
    # writer's own part would be asked of the writer ("my wife is hot to touch, back agony")
    their_doubted: dict[str, Mention] = {}
    usual: list[Mention] = []  # findings denied by a function said to work as usual
    cued: dict[str, Mention] = {}  # warning sign id -> the first word pointing to it ([cues])
    # warning sign id -> the person's own words of it in part (present, not doubted): what
    # the second reading may complete when no rule does
    own_parts: dict[str, Mention] = {}
    injuring: list[Mention] = []  # the person's words of an event that injures
    theirs_if_placed: list[Mention] = []  # cue words asked of someone else if a place of theirs is said
    told_what: set[tuple[int, int]] = set()  # accidents told with what came out: no other cue
    said: set[str] = set()  # stems of every finding said as present
    said_here: dict[tuple[int, int], set[str]] = {}  # the same, by (sentence, clause start)
    said_of_body: set[str] = set()  # the stems of places and symptoms said as present
    used: set[tuple[int, int]] = set()  # (start, end) of tokens explained by something
    pains_of_others: set[tuple[int, int]] = set()  # places whose pain word is another place's
    sentences = split_sentences(text, tokens)
    quoted = quoted_of_others(text)  # spans of words someone else said of themselves
    age = age_in(text)
    said_how: list[frozenset[str]] = []  # the modifiers of each sentence
    complained: list[tuple[int, int]] = []  # the clauses a complaint is said in
    modifier_spans = modifiers_in(text)
    # Most texts tell of no time long gone nor to come (read in lower case: the same, and quicker).
    lowered = lower_case(text)
    told_long_ago = _LONG_AGO_IN_A_TEXT.search_lower(text, lowered) is not None
    told_to_come = (
        _TO_COME.search_lower(text, lowered) is not None
        or (may_say(lowered, _NOT_TAKEN_WORDS) and _NOT_TAKEN.search_lower(text, lowered) is not None)
        # "I've had a disc operation discussed but no date yet"
        or (may_say(lowered, _NOT_DONE_WORDS) and _NOT_DONE.search(text) is not None)
    )
    their_forms = forms_about_someone_else(text)  # "Patient: dad, 78. Symptoms: ...": his
    fields = may_answer_fields(text)  # "Swelling: no", "✗ Fever"
    for index, sentence in enumerate(sentences):
        theirs = _about_someone_else(sentence) or _in_their_form(sentence, their_forms)
        # the accidents told as ones that injure, with the words said of them ("a skiing accident")
        accidents = accidents_that_injure(sentence)
        long_ago = _told_as_past(text, sentence, age[0] if age else None) if told_long_ago else frozenset()
        to_come = _told_as_to_come(text, sentence) if told_to_come else frozenset()
        triggers = _answers_deny_nothing_after(
            text,
            sentence,
            _not_in_a_report(
                sentence, bare_patients_told(text, sentence.tokens, find_triggers(sentence.tokens))
            ),
        )
        if triggers:
            triggers = _asked_and_answered_yes(text, sentence, triggers)
        said_how.append(_modifiers(sentence, triggers, modifier_spans, used, complained))
        for trigger in triggers:
            used.update(_span(sentence.tokens[i]) for i in range(trigger.first, trigger.last + 1))
        full, partial_matches = _matches(kb, lexicon, sentence, allowed, triggers)
        if allowed is None or Kind.WARNING_SIGN in allowed:
            full += _spreading(kb, lexicon, sentence)
        full = [m for m in full if _numbers_agree(m, age) and not _another_sense(sentence, m)]
        full, said_elsewhere = _said_of_another_place(kb, sentence, full)
        partial_matches += said_elsewhere
        if triggers and _a_comma_in(text, sentence):  # (else no trigger is spent at a comma)
            pains = {p for m in full if any(_a_pain(kb, e) for e in m.entities) for p in m.positions}
            # a word of a sign found in part counts as a finding denied ("no infections, fevers or
            # operations": "infections" alone is no finding, yet the list goes on)
            named = {p for m in (*full, *partial_matches) for p in m.positions}
            triggers = _spent_at_commas(text, sentence, triggers, named, pains)
        resolved, pain_elsewhere = _pain_of_the_nearer_place(
            kb, text, sentence, _in_scope(kb, sentence, _resolve(kb, full))
        )
        pains_of_others.update(pain_elsewhere)
        going_on = _going_on_about_them(sentence, triggers)
        for match in _described(kb, sentence, resolved, partial_matches, triggers):
            theirs_here = theirs or sentence.clause(match.first)[0] in going_on
            for mention in _theirs(
                _mentions(kb, sentence, match, triggers, long_ago, to_come, quoted), theirs_here
            ):
                if (
                    mention.status is Status.PRESENT
                    and mention.entity.id in lang.injuring.of_another.signs
                    and of_another(text, sentence, match.positions)
                ):
                    mention = attrs.evolve(mention, status=Status.UNCERTAIN)  # "a box fell": asked
                if mention.status is Status.PRESENT and fields and denied_in_a_field(text, mention):
                    # a label answered no is denied as it is read ("Swelling: no. Redness: yes,
                    # hot red patch" completes no sign from the swelling)
                    mention = attrs.evolve(mention, status=Status.ABSENT)
                mentions.append(mention)
                if mention.status is Status.OTHER_PERSON:
                    their_said.update(match.found)
                    their_said.update(_name_keys(mention.entity))
                if mention.present and mention.entity.kind is not Kind.IMPROVEMENT_SIGN:
                    # (the words of getting better complete no sign: "Decreased tingling or
                    # numbness. Inner thigh" is no numb inner thigh)
                    said.update(match.found)
                    said.update(_name_keys(mention.entity))
                    said_here.setdefault((len(said_how), sentence.clause(match.first)[0]), set()).update(
                        match.found
                    )
                    if mention.entity.kind in _LITERAL:
                        said_of_body.update(match.found)
            used.update(sentence.spans(match.positions))
        working = said_to_work(kb, text, sentence, triggers, theirs)
        read_as_working = {p for _, positions in working for p in positions}
        for mention, positions in working:
            if mention.status is Status.ABSENT:
                usual.append(mention)
            elif mention.entity.id not in doubted:
                doubted[mention.entity.id] = mention
            used.update(_span(sentence.tokens[i]) for i in positions)
        if partial_matches:  # (what the loop below reads; most sentences have no partial match)
            # (not a label answered no: "Swelling: no. Redness: yes, hot red patch" finds no swelling)
            found = {m.entity.id for m in mentions if not (fields and denied_in_a_field(text, m))}
            # where the findings this sentence denies stand (a denial's reach ends at them)
            begin, end = sentence.tokens[0].start, sentence.tokens[-1].end
            denied_here = frozenset(
                sentence.position_at(m.start)
                for m in mentions
                if m.status is Status.ABSENT and begin <= m.start < end
            )
            # the words of a thing used ("a hot water bottle on my back") ask nothing of a sign
            things = _positions_of(kb, resolved, _THINGS)
            # the words of a sign of getting better ("decreased tingling or numbness") say no loss
            getting_better = _positions_of(kb, resolved, _GETTING_BETTER)
        for match in partial_matches:
            if match.entities[0] in found or not read_as_working.isdisjoint(match.positions):
                continue  # found whole, or its words read as a function working as usual
            if match.entities[0] in lang.accidents.told and accidents.keys() >= set(match.positions):
                continue  # an accident that injures is no accident of the toilet ("a skiing accident")
            if getting_better.issuperset(match.positions):
                continue
            if _adds_nothing(lexicon, sentence, match, doubted, used, said_elsewhere, things):
                continue  # (most partial matches: their mentions, whatever their status, are not kept)
            for mention in _theirs(
                _mentions(kb, sentence, match, triggers, long_ago, to_come, quoted), theirs
            ):
                if mention.status is Status.ABSENT:
                    if _too_little_to_deny(lexicon, match):
                        continue  # too little of it (or not its own words) to say which sign is denied
                    mentions.append(mention)
                elif mention.status in (Status.PRESENT, Status.UNCERTAIN):
                    if (
                        mention.status is Status.PRESENT
                        and _plainly_told(text, sentence, triggers, match.first, denied_here)
                        # (not a label answered no: "Swelling: no")
                        and not (fields and denied_in_a_field(text, mention))
                    ):
                        own_parts.setdefault(mention.entity.id, mention)
                    # completed from elsewhere only when the part said here may be (see
                    # _a_part_to_complete)
                    if (
                        mention.status is Status.PRESENT
                        and _a_part_to_complete(lexicon, sentence, match, said_elsewhere)
                        and not _of_another_place(sentence, match, mentions)
                    ):
                        waiting.append((mention, match, (len(said_how), sentence.clause(match.first)[0])))
                    if _asks_more(doubted, mention.entity.id, sentence, match, things):
                        doubted[mention.entity.id] = mention
                elif mention.status is not Status.OTHER_PERSON:
                    continue  # someone else's words are understood as theirs
                elif mention.entity.id in lang.cues_asked_of_others_with:
                    theirs_if_placed.append(mention)  # asked if their places are said
                elif _a_part_to_complete(lexicon, sentence, match, said_elsewhere):
                    # completed from what else is said of them: "My husband has prostate
                    # cancer. His back hurts."
                    their_waiting.append((mention, match))
                    if _asks_more(their_doubted, mention.entity.id, sentence, match, things):
                        their_doubted[mention.entity.id] = mention
                used.update(sentence.spans(match.positions))
        after = sentences[index + 1] if index + 1 < len(sentences) else None
        for mention, read in _cued(kb, text, sentence, triggers, long_ago, theirs, accidents, after):
            if read is _Cue.TOLD_WHOLE:
                mentions.append(mention)  # an accident told with what came out ([cues.accidents])
                told_what.add((mention.start, mention.end))
                continue
            if read is _Cue.THEIRS_IF_PLACED:
                theirs_if_placed.append(mention)
                continue
            if read is _Cue.AN_EVENT:  # an event that injures, told ([cues.injuring])
                injuring.append(mention)
                mention = attrs.evolve(mention, status=Status.UNCERTAIN)
            # the writer's own word first: "my mum fell ... I tripped too"
            old = cued.get(mention.entity.id)
            if old is None or (
                old.status is Status.OTHER_PERSON and mention.status is not Status.OTHER_PERSON
            ):
                cued[mention.entity.id] = mention
            used.add((mention.start, mention.end))
    if told_what:  # "an accident in my knickers, the poo kind" is no injury to ask about
        cued = {sign: m for sign, m in cued.items() if (m.start, m.end) not in told_what}
        injuring = [m for m in injuring if (m.start, m.end) not in told_what]
    mentions = _operations_that_went_well(text, mentions)
    mentions = symptoms_gone(text, mentions)
    mentions = back_after_going(text, mentions)
    mentions = regions_follow_their_findings(mentions)
    bounds = [(s.tokens[0].start, s.tokens[-1].end) for s in sentences]
    mentions = with_modifiers(mentions, bounds, said_how)
    worse = [(start, end) for start, end, name in modifier_spans if name == _WORSENING]
    mentions = worsening_of_another(text, mentions, worse, bounds)
    mentions = said_long_standing(text, sentences, mentions)
    mentions = leaks_on_effort(text, mentions)
    mentions = said_to_have_passed(kb, text, bounds, mentions)
    mentions = [_passing_asked(said_to_improve(text, m)) for m in mentions]
    inferred = pain_from_complaints(
        kb, mentions, text, [start for start, _ in worse], pains_of_others, bounds, complained
    )
    inferred += pain_of_the_back_alone(kb, text, [*mentions, *inferred])
    # a pain read from a complaint lasts as long as the complaint: "my lower back has grumbled
    # for as long as I can remember" (most texts infer none: no findings, none to mark)
    if inferred:
        inferred = said_long_standing(text, sentences, inferred)
    mentions += inferred
    mentions = gone_in_the_next_sentence(kb, text, bounds, mentions)
    for pain in inferred:  # "my lower back is tender" says back pain for what follows too
        said.update(_all_keys(pain.entity.name))
        said_of_body.update(_all_keys(pain.entity.name))
    mentions = places_not_the_trouble(kb, text, mentions)
    mentions += pain_of_places_said_fine(kb, text, mentions, bounds)  # (after: a pain denied is not said)
    mentions += pain_of_the_place_said_instead(kb, text, mentions, bounds)
    # A sign whose missing words are all said elsewhere as present findings is complete:
    # "I have chest pain. My back hurts too." is chest pain with back pain.
    # A sign found only through a typo may still be found whole ("getting weeker ... it
    # gave way" is a leg giving way, said right).
    known = {m.entity.id for m in mentions if m.present and m.exact}
    told_new = bool(waiting) and _TOLD_NEW.search_lower(text, lowered) is not None
    # a pain of the back said as a sign ("the middle of my back is really painful") is what an
    # event told elsewhere may have hurt, as a place or a symptom is
    if waiting:
        for back_pain in {m.entity for m in mentions if m.present and m.entity.id in lang.back_places}:
            said_of_body.update(_content_keys(back_pain.name))
    falls_at = falls_told(bounds, injuring, mentions) if waiting else frozenset()
    for mention, match, where in waiting:
        if _HAD_THEN.match(text, mention.end):
            continue  # a part told as had at a time gone: "the chest pain I had in March" (asked)
        missing_options = _still_missing(lexicon, mention.entity.id, match)
        # An event is told in one clause, though what it hurt may be said anywhere: "going
        # up ladders, and I've slipped off a step ... back pain" is no fall from a ladder.
        if mention.entity.id in lang.place_in_one_sentence:  # in its own sentence
            elsewhere = set().union(*(found for (index, _), found in said_here.items() if index == where[0]))
        elif mention.entity.id in lang.said_in_one_clause:
            elsewhere = said_here.get(where, set()) | said_of_body
        else:
            elsewhere = said
        if told_new:  # "a hump on my back that wasn't there before" is a new hump
            elsewhere = elsewhere | _NEW_KEY
        # "tripped on the rug. I can't put any weight on my leg": a fall
        # (not a loss that has lasted longer than the fall: "I've not been able to put weight on
        # my right leg for 3 months")
        if (
            falls_at
            and any(abs(sentence_of(bounds, mention.start) - at) <= 1 for at in falls_at)
            and not lasted_longer(text, bounds, mention, lang.injuring.new_within_days)
        ):
            elsewhere = elsewhere | _FALL_KEY
        through = next((label for label, missing in missing_options if missing <= elsewhere), None)
        if through is not None and mention.entity.id not in known:
            # (a label answered no is completed denied: "Fever: no. Back pain for a week" denies
            # the sign, and "Swelling: no. Redness: yes, hot red patch" leaves it to the redness)
            denied = fields and denied_in_a_field(text, mention)
            status = Status.ABSENT if denied else Status.PRESENT
            complete = attrs.evolve(mention, status=status, score=CONFIDENT, exact=True, via=through)
            mentions.append(_completed(text, bounds, said_how, complete))
            if not denied:
                known.add(complete.entity.id)
            doubted.pop(mention.entity.id, None)
    for complete in _read_again(text, bounds, own_parts, known, mentions):
        mentions.append(_completed(text, bounds, said_how, complete))
        known.add(complete.entity.id)
        doubted.pop(complete.entity.id, None)
    theirs_known = {m.entity.id for m in mentions if m.status is Status.OTHER_PERSON}
    for mention, match in their_waiting:
        if mention.entity.id in theirs_known:
            continue
        missing_options = _still_missing(lexicon, mention.entity.id, match)
        through = next((label for label, missing in missing_options if missing <= their_said), None)
        if through is not None:
            mentions.append(attrs.evolve(mention, score=CONFIDENT, exact=True, via=through))
            theirs_known.add(mention.entity.id)
    mentions += _said_together(kb, mentions, [m for m, _, _ in waiting], lang.said_together)
    if injuring:
        mentions += injury_told(kb, text, bounds, injuring, mentions)
    if fields:  # "Injury: yes - lifted a pallet and felt something go"
        mentions += injury_answered_yes(text, mentions, kb.get, tells_of_long_ago)
    unchanged = [(start, end) for start, end, name in modifier_spans if name == "unchanged"]
    if unchanged:
        mentions = [_unchanged_asked(text, m, bounds, unchanged) for m in mentions]
    mentions = denied_all_after(text, sentences, mentions)
    mentions = denied_in_a_later_clause(text, sentences, mentions)
    mentions = listed_after_talk(text, sentences, mentions)
    mentions = reported_answers(text, mentions)
    mentions = denied_by_reference(text, mentions)
    mentions = screening_answered(text, sentences, mentions)
    mentions = checklist_answered(text, sentences, mentions)
    # "bladder ok? no not really": a function asked about and answered
    asked_of_a_function = function_asked(text, sentences, lang.normal_functions, lang.normal_states, kb.get)
    if asked_of_a_function:
        spoken = {m.entity.id for m in mentions}
        mentions += [
            m for m in asked_of_a_function if m.status is Status.ABSENT and m.entity.id not in spoken
        ]
        for m in asked_of_a_function:
            if m.status is Status.UNCERTAIN:
                doubted.setdefault(m.entity.id, m)
    if usual:  # never against a finding said, or asked about, anywhere in the text (a doubt
        # stays a doubt: "maybe some leaking? bladder is fine" is asked)
        spoken = {m.entity.id for m in mentions} | set(doubted)
        # and none when a bladder or bowel problem is said at all (not denied): "bladder good,
        # bowels good, I just can't feel when I need to go" does not say which
        said_troubled = {m.entity.id for m in mentions if m.status is not Status.ABSENT} | set(doubted)
        functions = {e for found in lang.normal_functions.values() for e in found}
        # (a fever's doubt is no bladder's: "Bladder: fine. Fever: no." denies the bladder)
        fevers = {
            e for key, found in lang.normal_functions.items() if key in _TEMPERATURE_KEYS for e in found
        }
        for mention in usual:
            kin = fevers if mention.entity.id in fevers else functions - fevers
            # "Bladder back to normal: no": the label answered no says the trouble still there
            answered = function_field_answered(text, mention) if fields else None
            if answered is Status.PRESENT and mention.entity.id not in spoken:
                mentions.append(attrs.evolve(mention, status=Status.PRESENT))
            elif answered is not None or said_troubled & kin:
                doubted.setdefault(mention.entity.id, attrs.evolve(mention, status=Status.UNCERTAIN))
            elif mention.entity.id not in spoken:
                mentions.append(mention)
        # a sign said, then its function said normal in a later sentence ("... a proper high
        # temperature, but I was over it within a fortnight. ... My temperature is normal"):
        # which holds now is a question
        corrected = [
            m
            for m in mentions
            if m.present
            and m.entity.kind is Kind.WARNING_SIGN
            and any(
                u.entity.id == m.entity.id and sentence_of(bounds, m.start) < sentence_of(bounds, u.start)
                for u in usual
            )
        ]
        for m in corrected:
            doubted.setdefault(m.entity.id, attrs.evolve(m, status=Status.UNCERTAIN))
        mentions = [m for m in mentions if m not in corrected]
    # (and a pain said: not "her tummy and back are fine", "a pale rash on his tummy and back")
    if theirs_if_placed and any(not _PAIN_WORDS.isdisjoint(s.norms) for s in sentences):
        their_places = {m.entity.id for m in mentions if m.status is Status.OTHER_PERSON}
        for mention in theirs_if_placed:
            if lang.cues_asked_of_others_with.get(mention.entity.id, frozenset()) <= their_places:
                cued.setdefault(mention.entity.id, mention)
    theirs_cued = _cues_asked(cued, mentions, doubted)
    if their_doubted:  # (a sign said of them in whole, or asked of the writer, asks no more)
        spoken = {m.entity.id for m in mentions} | set(doubted) | {m.entity.id for m in theirs_cued}
        theirs_cued += [m for sign, m in their_doubted.items() if sign not in spoken]
    partial = [with_status(m, Status.UNCERTAIN) for m in doubted.values()] + theirs_cued
    mentions += _said_on_each_side(kb, text, sentences, mentions, lang.said_on_each_side)
    mentions += _said_of_both(kb, text, bounds, mentions, lang.said_on_each_side)
    if "?" in text:
        mentions += which_leg_answered(text, mentions, lang.said_on_each_side, kb.get)
    # warning signs the rest of the text makes doubtful, and beliefs it takes back: asked about
    # (and a burst aneurysm's severe pain said in other words alone, before a collapse is read)
    doubtful = list(
        dict.fromkeys(
            (
                *_denied_across_a_comma(kb, text, mentions),
                *_beliefs_taken_back(text, mentions),
                *severe_in_other_words(text, mentions),
            )
        )
    )
    if doubtful:
        mentions = [m for m in mentions if m not in doubtful]
        partial += [attrs.evolve(m, status=Status.UNCERTAIN) for m in doubtful]
    mentions = told_apart(kb, text, sentences, mentions)
    mentions, partial = second_looks(Reading(kb, text, bounds), mentions, partial)
    if "?" in text:
        mentions, partial = _answered_no(text, bounds, mentions, partial)
        mentions = _answered_yes(text, bounds, mentions)
    mentions, asked_of_another_back = _back_of_another_place(text, mentions)
    mentions = _back_placed_higher(text, mentions)
    partial += asked_of_another_back
    mentions += _findings_they_imply(kb, mentions, {m.entity.id for m in partial})
    duration = duration_in(text, _in_a_clause_with_a_finding(text, sentences, mentions))
    if duration is not None:
        mentions += _pain_lasting(kb, text, sentences, bounds, duration, mentions)
    mentions, asked_as_said = asked_in_the_same_words(_unique(mentions))
    partial += asked_as_said
    mentions, broader = the_most_specific(places_said_present(mentions))
    quantity_spans = [
        span for found_quantity in (age, duration) if found_quantity for span in [found_quantity[1]]
    ]
    outside: list[str] = []
    unknown: list[str] = []
    for token in tokens:
        if (token.start, token.end) in used or (
            quantity_spans and any(s <= token.start < e for s, e in quantity_spans)
        ):
            continue
        if token.norm in lang.outside:
            outside.append(token.norm)
        elif not (
            token.norm in lang.stopwords
            or token.norm in lang.clause_breaks
            or token.norm in lang.fillers
            or token.key in lang.fillers
            # a word that points to a warning sign is known, even when it asks nothing (denied:
            # "I'm not clammy"; of someone else: "my mate went white as a sheet")
            or token.norm in lang.cues
            or token.norm.isdigit()
            or len(token.norm) < 2
        ):
            unknown.append(token.text)
    return Interpretation(
        text=text,
        mentions=tuple(sorted(mentions, key=in_text_order)),
        partial=tuple(sorted(_best_partial(partial), key=lambda m: (m.start, m.entity.id))),
        not_understood=tuple(dict.fromkeys(unknown)),
        out_of_scope=tuple(dict.fromkeys(outside)),
        figurative=tuple(figurative),
        age=age[0] if age else None,
        duration=duration[0] if duration else None,
        broader=tuple(sorted(broader, key=in_text_order)),
    )


def _positions_of(kb: KnowledgeBase, matches: Iterable[_Match], kinds: frozenset[Kind]) -> set[int]:
    """The word positions of the matches whose entities are all of ``kinds``."""
    return {p for m in matches if all(kb.get(e).kind in kinds for e in m.entities) for p in m.positions}


_GETTING_BETTER = frozenset({Kind.IMPROVEMENT_SIGN})


# A finding told as had at a time gone, right after its words: "the chest pain I had in March",
# "the numbness (that) I had last year"
_HAD_THEN = compile_pattern(
    r"\s+(?:that\s+|which\s+)?i\s+(?:had|got)\s+(?:back\s+)?(?:in|last|a\s+few|a\s+couple|\d+|two|three|four|five|six|"
    r"several|many|years|months|weeks|as\s+a)\b",
    re.IGNORECASE,
)


def _said_together(
    kb: KnowledgeBase,
    mentions: Sequence[Mention],
    in_part: Sequence[Mention],
    together: Mapping[str, tuple[frozenset[str], frozenset[str]]],
) -> list[Mention]:
    """The signs that are two findings said together anywhere in the text (``[status]
    said_together``): a cancer, said whole or by the disease word of one of its phrases
    (``in_part``: "secondary breast cancer in my bones"), and a neurological finding said
    whole and present ("my legs feel really heavy") are cancer with new neurological symptoms.
    Never over the sign said or denied of its own."""
    named = {m.entity.id for m in mentions}
    names = language().names_a_finding
    made: list[Mention] = []
    for sign, (of, with_) in together.items():
        if sign in named or sign not in kb:
            continue
        first = next(
            (
                m
                for m in [*mentions, *in_part]
                if m.entity.id in of
                and m.present
                # a part said, by its disease word: not "bowel control" of "cancer and bowel control"
                and (m in mentions or any(t.norm in names or t.key in names for t in tokenize(m.orth)))
            ),
            None,
        )
        # a new finding: not one said to pass, get better or be long-standing ("it's left my feet
        # numb, which the team told me to expect")
        second = next(
            (
                m
                for m in mentions
                if m.entity.id in with_
                and m.present
                and m.confident
                and not NOT_NEW.intersection(m.modifiers)
            ),
            None,
        )
        if first is not None and second is not None:
            made.append(
                attrs.evolve(
                    first,
                    entity=kb.get(sign),
                    score=CONFIDENT,
                    exact=True,
                    via=f"{first.via} + {second.entity.name}",
                )
            )
    return made


# Words that tell a finding is new without the word "new": a sign's phrase that wants only
# "new" besides what was said ("new hump in my back") is complete with them.
_TOLD_NEW = LazyPattern(
    r"\b(?:wasn'?t\s+there|weren'?t\s+there|never\s+(?:used\s+to\s+be\s+there|had\s+(?:it|this|that|one)\s+before)|"
    r"didn'?t\s+use(?:d)?\s+to\s+be\s+there|(?:just|recently)\s+(?:noticed|appeared|come\s+up)|"
    r"(?:appeared|came\s+up|popped\s+up|developed)\s+(?:in\s+the\s+last|recently|lately|this|over\s+the)|"
    r"for\s+the\s+first\s+time)\b",
    re.IGNORECASE,
)
_NEW_KEY = frozenset({"new"})
_FALL_KEY = frozenset({"fall"})  # the stem of "fell", "falls", "fall"


def _still_missing(lexicon: Lexicon, entity_id: str, match: _Match) -> list[tuple[str, Set[str]]]:
    """The words still to find for the sign a partial match says in part, with the phrase
    that wants them: the match's own phrase first, then each other phrase of the sign that has
    the words found. "Secondary breast cancer in my bones ... my legs feel really heavy" is
    found through "cancer" and may be completed through "I have cancer and my legs are numb"
    or "... feel weak", whichever phrase the match itself was."""
    found = frozenset(match.found)
    options: list[tuple[str, Set[str]]] = [(match.phrase.label, set(match.phrase.wanted) - found)]
    if not found:
        return options
    return [*options, *lexicon.phrases_wanting(entity_id, found)]


def _completed(
    text: str, bounds: Sequence[tuple[int, int]], said_how: Sequence[frozenset[str]], mention: Mention
) -> Mention:
    """A sign completed from its part (by what else is said, or by the second reading), read
    as the mentions read whole were: gone ("the chest pain ..., it's gone now") and said how
    ("pins and needles for a minute when I got up" passes)."""
    mention = symptoms_gone(text, [mention])[0]
    return _passing_asked(said_to_improve(text, with_modifiers([mention], bounds, said_how)[0]))


def _plainly_told(
    text: str, sentence: Sentence, triggers: Sequence[Trigger], at: int, denied: Set[int] = frozenset()
) -> bool:
    """True when nothing in the sentence denies, doubts, dates or gives away what it says at
    token ``at``, nor asks: only such a sentence's parts are read again (a second reading
    weighs words, not their reach: "I'm worried I might have to push and push" is a worry
    wherever the worry's reach ends, "I used to push and push and my wee came out slow" the
    past, and "My husband pushes and pushes and the wee comes out slow" his). (Tried in the
    forty-ninth session: a denial in another clause let through. A review found it raised what
    the denial did cover, "It's not new, I push and push ...", for one sign more in a thousand
    messages.) A denial of a finding (one at a position of ``denied``) before a "but" that
    opens the part's clause ends there, though: "no pain at rest, but cough or sneeze and it
    shoots through my lower back" (not "It's not new, but I push and push ...")."""
    said = text[sentence.tokens[0].start : sentence.tokens[-1].end + 1]
    if "?" in said or _COULD_NOT_FEEL.search(said):
        return False
    turn = next(
        (i for i in range(at, -1, -1) if sentence.tokens[i].norm in _A_TURN and sentence.clause(i)[0] == i),
        None,
    )
    return all(
        t.status is None
        or t.status is Status.PRESENT
        or (turn is not None and any(t.last <= p < turn for p in denied))
        for t in triggers
    )


_A_TURN = frozenset({"but", "however", "yet"})  # a clause that turns from what is said before it


# "Couldn't feel" may be a moment that passed as often as a numbness that stays: asked, never
# raised (language.toml); the second reading does not raise it either
_COULD_NOT_FEEL = LazyPattern(r"\bcould(?:n[\u2019']?t|\s+not)\s+(?:\w+\s+)?feel\b", re.IGNORECASE)


def _read_again(
    text: str,
    bounds: Sequence[tuple[int, int]],
    own_parts: Mapping[str, Mention],
    known: Set[str],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """The warning signs the person told in part, in their own words, that the whole message
    tells by the second reading (see `painkb.understand.second_reading`): each as present, its
    score the model's probability. Words the rules read whole as one sign (raised or, when
    doubted, asked) make no second one: "zero feeling down there" is saddle numbness, not sex
    that stopped working as well. Nor is a part of a sign of a new loss read again when its
    sentence says it is old ("Since I was a boy I push and push and my wee comes out slow":
    not the new bladder trouble the sign names; ``asked_when_long_standing``), nor one that rest
    easing rules out when rest is said to help (``not_read_again_when_rest_eases``)."""
    taken = [(m.start, m.end) for m in mentions if isinstance(m.entity, WarningSign) and m.exact]
    parts = {
        sign: mention
        for sign, mention in own_parts.items()
        if sign not in known
        and isinstance(mention.entity, WarningSign)
        and not any(start < mention.end and mention.start < end for start, end in taken)
    }
    # (a sign that rest easing rules out, when rest is said to help: "resting helps" is read by the
    # rules, not by a model of words)
    eased = language().not_read_again_when_rest_eases
    if any(sign in eased for sign in parts) and rest_eases(text):
        parts = {sign: m for sign, m in parts.items() if sign not in eased}
    new_losses = language().asked_when_long_standing
    if any(sign in new_losses for sign in parts):
        old = long_standing_spans(text)
        if old:
            parts = {
                sign: m
                for sign, m in parts.items()
                if sign not in new_losses or not _said_old(text, bounds[sentence_of(bounds, m.start)], m, old)
            }
    if not parts:
        return []
    model = second_reading()
    found = []
    for sign, probability in model.probabilities(text, parts).items():
        if probability >= model.threshold:
            mention = parts[sign]
            found.append(
                attrs.evolve(
                    mention,
                    status=Status.PRESENT,
                    score=round(probability, 3),
                    exact=True,
                    via=mention.entity.name,
                )
            )
    return found


# What turns from the old to the new between the years said and a part: "I've had a bad back
# for years but since Monday I push and push ..."
_TURN = LazyPattern(
    r"\b(?:but|yet|though|although|however|now|until|lately|recently|this\s+(?:week|month)|"
    r"since\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last|this|the\s+weekend|a\s+few|a\s+couple|\d))\b",
    re.IGNORECASE,
)


def _said_old(
    text: str, sentence: tuple[int, int], mention: Mention, spans: Sequence[tuple[int, int]]
) -> bool:
    """True when one of ``spans`` (words that say years or for ever) tells the part of
    ``mention`` old: before it in its sentence with no turn to something new between ("Since I
    was a boy I push and push and my wee comes out slow"; not "a bad back for years but since
    Monday I push and push ..."), or after it in its clause ("... comes out slow like always";
    not "..., my back has been bad for years"). (``sentence``: where the mention's sentence
    starts and ends.)"""
    begin, end = sentence
    for start, finish in spans:
        if begin <= start < mention.start:
            if not _TURN.search(text, finish, mention.start):
                return True
        elif mention.end <= start < end:
            between = text[mention.end : start]
            if not any(mark in between for mark in ",;:") and not _TURN.search(between):
                return True
    return False


# "... went fine" right after an operation's words (in its clause): how it went
_WENT_WELL = LazyPattern(
    r"[^.;,!?]{0,40}?\bwent\s+(?:(?:really|very|so)\s+)?(?:fine|well|ok|okay|smoothly|great|perfectly|to\s+plan)\b",
    re.IGNORECASE,
)


def _operations_that_went_well(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with an operation denied only by how it went made present: "My L4/5
    discectomy in May went fine, but now ..." (``operations`` in language.toml)."""
    operations = language().operations
    return [
        attrs.evolve(m, status=Status.PRESENT)
        if m.status is Status.ABSENT and m.entity.id in operations and _WENT_WELL.match(text, m.end)
        else m
        for m in mentions
    ]


def _cues_asked(
    cued: Mapping[str, Mention], mentions: Sequence[Mention], doubted: dict[str, Mention]
) -> list[Mention]:
    """Add to ``doubted`` the signs the person's cue words point to, unless the sign was said
    (in whole, in part, or denied) or the word lies in a denied or someone else's finding
    ("Any numbness around your bottom? No."); return the cues said of someone else, to be
    asked of them. A sign said of someone else does not answer the writer's own word for it
    ("My mum fell yesterday and I tripped too")."""
    spoken = {m.entity.id for m in mentions}
    of_the_writer = {m.entity.id for m in mentions if m.status is not Status.OTHER_PERSON}
    denied_or_theirs = [
        (m.start, m.end) for m in mentions if m.status in (Status.ABSENT, Status.OTHER_PERSON)
    ]
    theirs: list[Mention] = []
    for sign, mention in cued.items():
        of_them = mention.status is Status.OTHER_PERSON
        if sign in doubted or sign in (spoken if of_them else of_the_writer):
            continue
        if of_them:
            theirs.append(mention)
        elif not any(begin <= mention.start < end for begin, end in denied_or_theirs):
            doubted[sign] = mention
    return theirs


# How well a cue word matches its warning sign: well below CONFIDENT, so it is only asked.
_CUE_SCORE = 0.5


def _cued(
    kb: KnowledgeBase,
    text: str,
    sentence: Sentence,
    triggers: Sequence[Trigger],
    long_ago: frozenset[tuple[int, int]],
    theirs: bool,
    accidents: Mapping[int, range],
    after: Sentence | None = None,
) -> list[tuple[Mention, _Cue]]:
    """The warning signs that words of the sentence point to ([cues] in language.toml), each
    with how it is read: when said of the person (not denied) a doubtful mention of the word
    (`_Cue.ASKED`), a present one when it tells an event that injures (`_Cue.AN_EVENT`: an
    injury if a new pain is said with it), or the sign said whole when an accident is told
    with what came out (`_Cue.TOLD_WHOLE`). (``accidents``: the accidents told as ones that
    injure, `accidents_that_injure`; ``after``: the next sentence, where what an accident was may
    be said: "Accident this morning. Poo.")

    >>> sorted(m.entity.id for m in painkb.interpret(kb, "I tripped over the cat").partial)
    ['foot-drop-weakness', 'recent-injury', 'unable-to-bear-weight-after-fall']
    """
    lang = language()
    if lang.cues.keys().isdisjoint(sentence.norms):
        return []  # (most sentences: no cue word)
    tokens = sentence.tokens
    found: list[tuple[Mention, _Cue]] = []
    of_accidents = {k for words in accidents.values() for k in words}
    for i, token in enumerate(tokens):
        signs = lang.cues.get(token.norm)
        if signs is None or i in of_accidents:
            continue  # (read with the accident: "skiing" of "a skiing accident")
        if (i + 1 < len(tokens) and tokens[i + 1].norm in lang.cues_not_before) or (
            i > 0 and tokens[i - 1].norm in lang.cues_not_after
        ):
            continue  # another sense of the word: "fell asleep", "GP surgery"
        begin, end = sentence.clause(i)
        elsewhere = any(tokens[j].norm in lang.outside for j in range(begin, end))
        # not in this knowledge base, or of a part it does not cover ("my fingers go numb")
        pointed = tuple(s for s in signs if s in kb and not (elsewhere and s in lang.cues_of_a_place))
        if i in accidents:  # "a skiing accident", "an accident at work": not one of the toilet
            pointed = tuple(s for s in pointed if s not in lang.accidents.told)
        if not pointed:
            continue
        # One match for the signs a word points to, apart for those felt in a comparison
        # (`_mentions` reads a comparison by whether all its entities are).
        felt = tuple(s for s in pointed if s in lang.felt_in_a_comparison)
        groups = (
            [pointed]
            if not felt or len(felt) == len(pointed)
            else [tuple(s for s in pointed if s not in felt), felt]
        )
        matches = [
            _Match(
                _cue_phrase(token.norm, token.key, group), (i,), _CUE_SCORE, False, group, (token.key,), False
            )
            for group in groups
        ]
        said = [m for match in matches for m in _mentions(kb, sentence, match, triggers, long_ago)]
        for mention in _theirs(said, theirs):
            sign = mention.entity.id
            past = mention.status is Status.HISTORICAL and sign in lang.cues_asked_in_the_past
            if mention.status is Status.PRESENT and sign == lang.injuring.sign and injures(sentence, i):
                found.append((mention, _Cue.AN_EVENT))
            elif (
                mention.status is Status.PRESENT
                and (what := what_came(text, sentence, i, sign, after)) is not None
            ):
                whole = attrs.evolve(mention, score=CONFIDENT, exact=True, via=f"{token.text} + {what}")
                found.append((whole, _Cue.TOLD_WHOLE))
            elif mention.status in (Status.PRESENT, Status.UNCERTAIN) or past:
                found.append((with_status(mention, Status.UNCERTAIN), _Cue.ASKED))
            elif mention.status is Status.OTHER_PERSON and sign in lang.cues_asked_of_others:
                # asked of them: "Her bladder has gone, what should we do?"; "pale" only with
                # a place of theirs ("he's white as a sheet, his tummy and back are agony")
                placed = token.norm in lang.cues_not_asked_of_others
                found.append((mention, _Cue.THEIRS_IF_PLACED if placed else _Cue.ASKED))
    return found


class _Cue(enum.Enum):
    """How a cue word is read (see `_cued`)."""

    ASKED = "asked"  # its sign is asked about
    AN_EVENT = "an event"  # an event that injures: an injury if a new pain is said with it
    TOLD_WHOLE = "told whole"  # the sign itself: an accident told with what came out
    THEIRS_IF_PLACED = "theirs if placed"  # asked of someone else if their places and a pain are said


@functools.lru_cache(maxsize=1024)
def _cue_phrase(norm: str, key: str, signs: tuple[str, ...]) -> Phrase:
    """The one-word phrase of a cue word pointing to ``signs``."""
    return Phrase(norm, (key,), signs, True, frozenset({norm}), (Kind.WARNING_SIGN,) * len(signs))


_ADDED_SIDE = compile_pattern(
    r"\b(?:too|as\s+well|also|spread|spreading|spreads|either|joined)\b", re.IGNORECASE
)
_CHANGED_TO_BOTH = compile_pattern(r"\b(?:now|since)\b", re.IGNORECASE)
_ADDED_AFTER = 20  # characters after a clause where its "too" may stand ("gone numb now too")


def _said_on_each_side(
    kb: KnowledgeBase,
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    each_side: Mapping[str, str],
) -> list[Mention]:
    """The signs of both legs that findings of one leg make when said of each side in turn:
    "my right leg has been numb for days, now the left one has gone numb too" is numbness in
    both legs. The clause of each side says the finding or adds the side to it ("too", "as
    well"): "my left leg is numb and my right knee hurts" is not. A sign the text already
    names, said or denied, is left as it is. Only when the text says both sides at all."""
    named = {m.entity.id for m in mentions}
    found = [
        m for m in mentions if m.present and m.entity.id in each_side and each_side[m.entity.id] not in named
    ]
    if not found:
        return []  # most texts (looked at first: reading the sides takes longer)
    # (and both legs named outright: "sciatica down my left leg ... now it's gone into both legs")
    legs = [("both", m.start) for m in _said_with_both(text, mentions) if m.entity.id == _THE_LEGS]
    sides = sorted([*sides_in(text, added=True), *legs], key=lambda side: side[1])
    if not ({"left", "right"} <= {side for side, _ in sides} or both_sides_in(text) or legs):
        return []
    made: list[Mention] = []
    for sign in dict.fromkeys(each_side[m.entity.id] for m in found):
        of_it = [m for m in found if each_side[m.entity.id] == sign]
        said: set[str] = set()
        for side, at in sides:
            clause = _clause_at(sentences, at)
            if clause is None:
                continue
            start, end = clause
            after = SENTENCE_END.split(text[end : end + _ADDED_AFTER], maxsplit=1)[0]
            in_clause = [m for m in mentions if start <= m.start < end and m.entity.kind is not Kind.REGION]
            # "too" of another finding adds the side to that one: "My right leg aches too"; "now"
            # or "since" with both sides tells a change to both ("now it's gone into both legs")
            added = (not in_clause and _ADDED_SIDE.search(text[start:end] + after)) or (
                # (of what was said before it: "... now it's both legs. My right big toe has gone
                # numb" is no numbness in both)
                side == "both"
                and _CHANGED_TO_BOTH.search(text, start, end)
                and any(m.start < start for m in of_it)
                # (nothing else told of both up to a comma, muscles being places too: "now it's
                # both calves and both hamstrings, with stabbing in the lower back": a review, rev108)
                and not any(
                    m.start < _comma_after(text, at, end) and m.entity.kind is not Kind.MUSCLE
                    for m in in_clause
                )
            )
            if added or any(m in of_it for m in in_clause):
                said.update(("left", "right") if side == "both" else (side,))
        if {"left", "right"} <= said:
            made.append(attrs.evolve(of_it[0], entity=kb.get(sign), side="both"))
    return made


def _comma_after(text: str, at: int, end: int) -> int:
    """Where the first comma or semicolon after ``at`` stands, before ``end`` (else ``end``)."""
    found = _A_COMMA.search(text, at, end)
    return found.start() if found else end


_A_COMMA = compile_pattern(r"[,;]")


def _said_of_both(
    kb: KnowledgeBase,
    text: str,
    bounds: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    each_side: Mapping[str, str],
) -> list[Mention]:
    """The signs of both legs that findings said of both legs at once make, where no phrase of
    the sign itself was found: "both my legs are burning" is pain in both legs, as "both my
    legs are killing me" is, and "both legs now have the shooting pain" (both legs said before
    the pain, in its sentence, with nothing between that makes the pain another's). A sign the
    text already names, said or denied, is left as it is."""
    named = {m.entity.id for m in mentions}
    if _BOTH_LEGS_PAIN in named or _BOTH_LEGS_PAIN not in kb:
        return []
    both_legs = _said_with_both(text, mentions)
    for m in mentions:
        # (a numbness or weakness of both has its own reading)
        if each_side.get(m.entity.id) != _BOTH_LEGS_PAIN or not m.present:
            continue
        if m in both_legs:
            return [attrs.evolve(m, entity=kb.get(_BOTH_LEGS_PAIN))]
        if m.side is None and m.entity.kind is not Kind.REGION:
            legs = next(
                (
                    b
                    for b in both_legs
                    if b.entity.id == _THE_LEGS
                    and b.end <= m.start
                    and sentence_of(bounds, b.start) == sentence_of(bounds, m.start)
                    and not _NOT_THE_SAME_LEGS.search(text, b.end, m.start)
                ),
                None,
            )
            if legs is not None:
                return [attrs.evolve(m, entity=kb.get(_BOTH_LEGS_PAIN), side="both")]
    return []


def _said_with_both(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The present ``mentions`` of both sides with "both" said just before them ("both my legs
    are burning"; a plural alone, "my legs feel weak", is asked about)."""
    return [
        m
        for m in mentions
        if m.present
        and m.side == "both"
        and _BOTH_BEFORE.search(text, max(0, m.start - _BOTH_SAID_WITHIN), m.start + 1)
    ]


_THE_LEGS = "leg"
# what stands between the legs and a pain said apart from them when the pain is not theirs:
# "Both legs are fine but I have a shooting pain in my bum"
_NOT_THE_SAME_LEGS = compile_pattern(
    r"[,;:()]|\b(?:but|except|although|though|while|whereas|fine|ok|okay|normal|alright|and\s+(?:i|my|me))\b|"
    r"\b(?:in|into|down|to|on)\s+(?:my|the|your)\b",
    re.IGNORECASE,
)


_BOTH_BEFORE = compile_pattern(r"\bboth\b", re.IGNORECASE)
_BOTH_LEGS_PAIN = "bilateral-sciatica"
_BOTH_SAID_WITHIN = 12  # characters before a finding where its "both" stands ("both my legs are burning")


# A denial and what it may reach: "no fever, bowel incontinence" may deny both, or deny the
# fever and tell the rest. A warning sign read as denied only across a comma (or a slash) is
# asked about, not taken as denied: when unsure, ask.
_DENIAL = compile_pattern(
    r"\b(?:no|not|never|without|denies|nor|\w+n[\u2019']t|cant|dont|didnt|doesnt|isnt|arent|havent|hasnt|"
    r"wasnt|werent|cannot)\b",
    re.IGNORECASE,
)
_LIST_MARK = compile_pattern(r"[,/]")
_FINE_OF_ITS_OWN = compile_pattern(
    r"\b(?:normal\w*|fine|ok|okay|behaving|good|grand|alright|no\s+problems?)\b", re.I
)
_FINE_REACH = 20  # characters after a finding where its own "fine" may stand


def _denied_across_a_comma(kb: KnowledgeBase, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The emergency signs (and the findings that flag one) read as denied whose nearest denial
    before them, in their sentence, stands before a comma ("no fever, bowel incontinence")."""
    found = []
    for m in mentions:
        if m.status is not Status.ABSENT or not _of_an_emergency(kb, m.entity):
            continue
        begin = max((e.end() for e in SENTENCE_END.finditer(text, 0, m.start)), default=0)
        denials = list(_DENIAL.finditer(text, begin, m.start))
        if _FINE_OF_ITS_OWN.search(text, m.start, m.end + _FINE_REACH) or _DENIAL.match(text, m.start):
            # denied by its own words: "no pins and needles, peeing normally", "no fever, no
            # leaking" (a phrase read whole, its denial and all)
            continue
        if denials and _LIST_MARK.search(text, denials[-1].end(), m.start):
            found.append(m)
    return found


# A belief the same sentence takes back: "Thought I'd wet myself but turns out it was just
# sweat", "I thought my foot was dropping but the neurologist said the strength is full" (not a
# fear come true: "I thought I was going to wet myself and I did", "I thought I had lost control
# of my bladder and the doctor confirmed it").
_A_CAUSE_THOUGHT = compile_pattern(
    r"\b(?:from|because|due\s+to|caused\s+by|making|made|down\s+to|(?:was|were|is|its)\s+(?:just|only))\b",
    re.IGNORECASE,
)
_BELIEF_TAKEN_BACK = LazyPattern(
    r"\b(?:i\s+)?thought\s+((?:i[\u2019']?d|id|i\s+had|i\s+was|my|both\s+my|it\s+was)\b[^.?!;,\u2013\u2014]*?)"
    r"(?:\bbut\b[^?!]{0,60}?\b(?:turns?\s+out|turned\s+out|(?:it|that)\s+was\s+(?:just|only|the)|"
    r"was\s+(?:just|only)|(?:is|was|are|were|its|it[\u2019']s|theyre|they[\u2019']re)\s+(?:fine|normal|nothing|full|ok|okay|all\s+right|strong)|"
    # "... but I didn't", "... but it wasn't", "... but the thermometer said 36.8" (a review rev69)
    r"(?:i|they)\s+(?:didn[\u2019']?t|wasn[\u2019']?t|hadn[\u2019']?t|weren[\u2019']?t|did\s+not|"
    r"was\s+not|had\s+not|were\s+not)(?=\s*(?:[.,;!?]|$))|"
    r"(?P<short>(?:it|that)\s+(?:wasn[\u2019']?t|was\s+not)(?=\s*(?:[.,;!?]|$)))|"
    r"(?:thermometer|temp|temperature)\s+(?:said|says|showed|read|reads|was|is)\s+(?:only\s+|just\s+)?3[5-7](?:\.\d)?\b|"
    # "... but the doctor tested it and it's strong"
    r"(?:tested|checked|examined)\s+(?:it|them|me|my\s+\w+)\s+and\s+(?:it|they|i|its|it[\u2019']s|theyre|im)\s+"
    r"(?:is\s+|are\s+|am\s+)?(?:fine|normal|strong|ok|okay|all\s+right))"
    # after a comma, a dash or a full stop only what plainly takes it back: "Thought id peed myself.
    # nope just sweat", "..., turned out it was sweat" (not "..., it was the scariest moment")
    r"|(?:[.;,\u2013\u2014]|\s-\s)\s*(?:turns?\s+out|turned\s+out|(?:it|that)\s+was\s+(?:just|only)|nope,?\s+just))\b"
    # (not a belief turned out true: "turns out I actually had", "turned out I did")
    r"(?!\s+(?:that\s+)?(?:i\s+(?:actually\s+|really\s+)?(?:had|did|was|have)|it\s+(?:actually\s+|really\s+)?(?:had|did))\b)",
    re.IGNORECASE,
)


def _beliefs_taken_back(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The findings said as a belief that the rest of the sentence takes back: asked about."""
    if not may_say(lower_case(text), ("thought",)):  # (in every match)
        return []
    # (a short "but it wasn't" takes back a cause thought of, not the sign: "I thought it was a UTI
    # making me wet myself but it wasn't", "I thought my numb bum was from sitting but it wasn't")
    spans = [
        found.span(1)
        for found in _BELIEF_TAKEN_BACK.finditer(text)
        if not (found.group("short") and _A_CAUSE_THOUGHT.search(found.group(1)))
    ]
    if not spans:
        return []
    return [m for m in mentions if m.present and any(start <= m.start < end for start, end in spans)]


def _of_an_emergency(kb: KnowledgeBase, entity: Entity) -> bool:
    """True for an emergency warning sign, or a symptom that flags one by itself."""
    if isinstance(entity, WarningSign):
        return entity.urgency is Urgency.EMERGENCY
    return entity.kind is Kind.SYMPTOM and any(
        link.qualifier("enough") == "alone"
        and getattr(kb.get(link.subject), "urgency", None) is Urgency.EMERGENCY
        for link in kb.links_to(entity.id, "flagged_by")
    )


# "Back" alone is the lower back, unless the word belongs to another place: "mid-back pain",
# "the back of my leg", "the back of my knee".
_THE_BACK = frozenset({"lower-back", "lower-back-pain"})
_BACK_WORD = compile_pattern(r"\bbacks?\b", re.IGNORECASE)  # (and "the backs of my thighs")


@functools.cache
def _spine_and_limbs() -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the back's own words, and of the limbs' (built on first use, not import)."""
    spine = ("back", "spine", "spinal", "lumbar")
    limbs = ("leg", "legs", "thigh", "thighs", "knee", "knees", "hip", "hips", "calf", "foot", "buttock")
    return (
        frozenset(k for w in spine for k in keys_of(w)),
        frozenset(k for w in limbs for k in keys_of(w)),
    )


def _back_of_another_place(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Drop the lower back (and its pain) when every "back" it rests on is another place's; a
    finding of the spine read through such a "back" ("the back of my hip is hot and swollen" is
    no swelling on the spine) is dropped too, and a warning sign among them returned to be asked."""
    others = [
        m
        for m in mentions
        if m.entity.kind is Kind.REGION and m.entity.id not in _THE_BACK and "back" in m.orth.lower()
    ]
    if not others:
        return mentions, []
    backs = [found.start() for found in _BACK_WORD.finditer(text)]
    # (not "upper back", nor a place whose words only ran over a back: "gut and back" read as the abdomen)
    not_the_back = [o for o in others if "back" not in o.entity.id and "back" in o.via.lower()]

    def only_anothers(mention: Mention, places: list[Mention]) -> bool:
        own = [at for at in backs if mention.start <= at < mention.end]
        return bool(own) and all(any(o.start <= at < o.end for o in places) for at in own)

    kept = []
    asked = []
    for mention in mentions:
        if mention.entity.id in _THE_BACK:
            if only_anothers(mention, others):
                continue
        elif (
            mention.entity.kind is not Kind.REGION
            and mention.present
            and only_anothers(mention, not_the_back)
        ):
            via = _content_keys(mention.via)
            spine, limbs = _spine_and_limbs()
            # a finding of the spine read through that "back" (not one whose own phrase names a
            # limb, "pain down the back of my leg", nor one of no place, "pain since a fall")
            if (
                not _content_keys(mention.entity.name).isdisjoint(spine)
                and not via.isdisjoint(spine)
                and via.isdisjoint(limbs)
            ):
                if mention.entity.kind is Kind.WARNING_SIGN:
                    asked.append(attrs.evolve(mention, status=Status.UNCERTAIN))
                continue
        kept.append(mention)
    return kept, asked


# "My back's been sore between the shoulder blades", "a pain in my back, right between my
# shoulder blades": a bare "back" placed at once by the words after it is the mid back, not
# the lower back. Not a second place ("my back and between my shoulder blades"), nor a low one.
_PLACED_BACK_GAP = 5  # words between "back" and the place that says where on it
_A_SECOND_PLACE = compile_pattern(
    r"[.;!?&+]|\b(?:and|also|too|plus|then|or|as\s+well|but|n|to|from|everywhere|especially|particularly|"
    r"mainly|mostly|including|not)\b",
    re.IGNORECASE,
)
# the whole back ("My whole back aches, right up to between my shoulder blades"), or more said after
# the place ("... between the shoulder blades and down by my belt")
_ALL_OF_THE_BACK = compile_pattern(r"\b(?:whole|entire|all)\s+(?:of\s+)?(?:my\s+)?$", re.IGNORECASE)
_MORE_AFTER = compile_pattern(
    r"[^.;!?]{0,12}?\b(?:(?:and|to)\s+(?:down|low|lower|the\s+(?:bottom|base|lower)|my\s+(?:lower|belt|bum|waist|hips?|"
    r"tailbone))|down\s+(?:to|by|into|my))\b",
    re.IGNORECASE,
)
_LOW_ON_THE_BACK = compile_pattern(r"\b(?:low|lower|lumbar|bottom|base|small)\b", re.IGNORECASE)


def _back_placed_higher(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without the lower back (and its pain) whose every "back" is placed higher by the words
    right after it ("my back hurts between my shoulder blades")."""
    higher = [m for m in mentions if m.entity.id == "mid-back" and "back" not in m.orth.lower()]
    if not higher:
        return mentions  # most texts: no mid back said in words of its own

    def placed(at: int, status: Status) -> bool:
        return any(
            h.start >= at
            and h.status is status
            and len(text[at : h.start].split()) <= _PLACED_BACK_GAP
            and not _A_SECOND_PLACE.search(text, at, h.start)
            and not _MORE_AFTER.match(text, h.end)
            for h in higher
        )

    def all_placed(mention: Mention) -> bool:
        backs = list(_BACK_WORD.finditer(text, mention.start, mention.end))
        return (
            bool(backs)
            and not any(_ALL_OF_THE_BACK.search(text, max(0, b.start() - 20), b.start()) for b in backs)
            and not _LOW_ON_THE_BACK.search(text, mention.start, mention.end)
            and all(placed(b.end(), mention.status) for b in backs)
        )

    return [m for m in mentions if m.entity.id not in _THE_BACK or not all_placed(m)]


def _findings_they_imply(
    kb: KnowledgeBase, mentions: Sequence[Mention], asked: Set[str] = frozenset()
) -> list[Mention]:
    """The findings that others imply, with their words and status: what a warning sign said
    (or denied) says of itself ("numb when I wipe" is saddle numbness, in the saddle area:
    ``[status] said_with_sign``), the signs a finding denied denies ("no fever": ``[status]
    denied_of_sign``) and the one treatment a thing used is for ("a hot water bottle helps" is
    heat therapy). Never over a finding said of its own, nor a denial over one said or asked
    (``asked``: the ids asked about)."""
    implied = language().said_with_sign
    denied_of = language().denied_of_sign
    spoken = {m.entity.id for m in mentions}
    # (a sign said is not kept from its finding by the finding denied apart: "Swelling: no.
    # Redness: yes, hot red patch" is swelling, redness or warmth)
    spoken_so = {m.entity.id for m in mentions if m.status is not Status.ABSENT}
    # (a finding denied and said or asked too, "Fever: no. Chills: yes", denies no sign)
    not_denied = spoken_so | set(asked)
    added: list[Mention] = []
    for mention in mentions:
        if mention.status not in (Status.PRESENT, Status.ABSENT) or not mention.exact:
            continue
        said = implied.get(mention.entity.id, ())
        if mention.status is Status.ABSENT and mention.entity.id not in not_denied:
            said = (*said, *(s for s in denied_of.get(mention.entity.id, ()) if s not in not_denied))
        if mention.entity.kind is Kind.EQUIPMENT and mention.status is Status.PRESENT:
            said = _the_treatment_using(kb, mention.entity.id)
        for entity_id in said:
            if entity_id in (spoken_so if mention.present else spoken) or entity_id not in kb:
                continue
            spoken.add(entity_id)
            spoken_so.add(entity_id)
            entity = kb.get(entity_id)
            added.append(attrs.evolve(mention, entity=entity, via=f"{mention.via} ({mention.entity.name})"))
    return added


def _the_treatment_using(kb: KnowledgeBase, equipment: str) -> tuple[str, ...]:
    """The treatment that uses ``equipment``, when it is the only one."""
    users = [link.subject for link in kb.links_to(equipment, "uses")]
    return tuple(users) if len(users) == 1 else ()


def _pain_lasting(
    kb: KnowledgeBase,
    text: str,
    sentences: Sequence[Sentence],
    bounds: Sequence[tuple[int, int]],
    duration: tuple[timedelta, tuple[int, int]],
    mentions: Sequence[Mention],
) -> list[Mention]:
    """Pain lasting more than a few weeks, when a pain of the person's is said in the same
    clause to have lasted so long ("my buttock has been hurting for about three months"):
    ``[status] pain_lasting``. Not a time since something else ("a microdiscectomy 5 weeks
    ago", "on steroid tablets for months and now my back hurts")."""
    lang = language()
    lasting, days = lang.pain_lasting
    start, end = duration[1]
    if (
        duration[0].days < days
        or lasting not in kb
        or _AGO.search(text, start, end + _AGO_AFTER)
        or any(m.entity.id == lasting for m in mentions)
    ):
        return []
    clause = _clause_at(sentences, start)
    if clause is None:
        return []

    def pains(begin: int, stop: int) -> bool:
        return any(
            m.status is Status.PRESENT
            and (_a_pain(kb, m.entity.id) or m.entity.id in lang.pain_lasting_conditions)
            and begin <= m.start < stop
            for m in mentions
        )

    if not pains(*clause):
        # "... when I climb stairs. Had it about a month.": a time said in a clause with no
        # finding of its own is the time of a pain said before it, in its sentence or the last
        starts = [begin for begin, _ in bounds]  # of each sentence
        here = max((i for i, b in enumerate(starts) if b <= clause[0]), default=0)
        alone = not any(
            clause[0] <= m.start < clause[1] and m.entity.kind is not Kind.REGION for m in mentions
        )
        # ... and that says so by "it" or "that" ("Had it about a month", "Been like that for a
        # year"), not "I've smoked for 30 years"
        if not (
            alone
            and _IT_OR_THAT.search(text, clause[0], clause[1])
            and pains(starts[max(0, here - 1)], clause[0])
        ):
            return []
    entity = kb.get(lasting)
    return [
        Mention(
            entity, start, end, text[start:end], Status.PRESENT, CONFIDENT, f"pain {text[start:end]}", None
        )
    ]


_IT_OR_THAT = compile_pattern(r"\b(?:it|its|it's|this|that|thats|that's)\b", re.IGNORECASE)


def _clause_at(sentences: Sequence[Sentence], offset: int) -> tuple[int, int] | None:
    """The text offsets of the clause whose first word covering ``offset`` stands in."""
    for sentence in sentences:
        for i, token in enumerate(sentence.tokens):
            if token.start <= offset <= token.end:
                return sentence.clause_offsets(i)
    return None


_AGO = compile_pattern(r"\b(?:ago|back)\b", re.IGNORECASE)
_AGO_AFTER = 8  # characters after a duration where its "ago" may stand


def _a_pain(kb: KnowledgeBase, entity_id: str) -> bool:
    """True for a pain (a symptom): what a person's own complaint names."""
    return kb.get(entity_id).kind is Kind.SYMPTOM and "pain" in entity_id


def _a_sign(kb: KnowledgeBase, entity_id: str) -> bool:
    """True for a warning sign."""
    return kb.get(entity_id).kind is Kind.WARNING_SIGN


def _a_comma_in(text: str, sentence: Sentence) -> bool:
    """True when a comma stands between two words of ``sentence`` (none in most sentences)."""
    return "," in text[sentence.tokens[0].start : sentence.tokens[-1].start]


def _spent_at_commas(
    text: str, sentence: Sentence, triggers: list[Trigger], findings: set[int], pains: set[int]
) -> list[Trigger]:
    """The triggers, with an end after each denial or doubt that meets a comma before any
    finding: "never done that in my life, back pain shooting into both legs" denies nothing,
    while "no numbness, tingling or weakness" denies all three; and an end at the comma
    before one that looks back ("my back hurts, legs fine" does not deny the back pain)."""
    tokens = sentence.tokens
    commas = [i for i in range(len(tokens) - 1) if "," in text[tokens[i].end : tokens[i + 1].start]]
    if not commas:
        return triggers
    ends = []
    for trigger in triggers:
        backward_other = trigger.status is Status.OTHER_PERSON and trigger.direction is Direction.BACKWARD
        if trigger.status not in (Status.ABSENT, Status.UNCERTAIN) and not backward_other:
            continue  # ("I had breast cancer in 2019, nobody else in my family has had it")
        if trigger.comparison and trigger.direction is Direction.FORWARD:
            # what a comparison compares with ends at its comma: "feels like I'm sitting on a
            # block of ice, numb down below" (the ice is compared with, the numbness is said)
            comma = next((c for c in commas if c > trigger.last), None)
            if comma is None:
                continue
        elif trigger.direction in (Direction.FORWARD, Direction.BOTH):  # "maybe my coccyx, deep ache ..."
            comma = _end_of_a_list(
                sentence, commas, trigger.last, findings, pains, doubt=trigger.status is Status.UNCERTAIN
            )
            if comma is None:
                continue
        elif trigger.direction is Direction.BACKWARD:
            comma = next((c for c in reversed(commas) if c < trigger.first), None)
            if comma is None:
                continue
            if comma + 1 < trigger.first:  # the word after the comma ends it too
                ends.append(Trigger(comma + 1, comma + 1, tokens[comma + 1].start, None, Direction.FORWARD))
        else:
            continue
        ends.append(Trigger(comma, comma, tokens[comma].start, None, Direction.FORWARD))
    return sorted([*triggers, *ends], key=lambda t: (t.first, t.last)) if ends else triggers


_LIST_CLOSERS = frozenset({"or", "nor", "and"})
_OR = frozenset({"or", "nor"})
_LIST_ITEM_WORDS = 5  # "no numbness, weakness in my legs": an item of a list is a few words
# Words that keep a list denied to its end: "no fever, weight loss or night sweats since this
# started", "no loss of bladder control, numbness around my back passage at all".
_STILL_DENYING = frozenset({"any", "either", "all", "whatsoever", "anywhere", "ever", "nor"})
# Words of a clause of its own before "since", "after" ...: "No injury, both legs have gone weak
# since this morning" (not "no saddle numbness, problems with my waterworks while ...").
_SAID = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "gone", "went", "been", "keeps", "keep",
     "started", "feel", "feels", "felt", "hurts", "hurt", "aches", "ache", "cant", "cannot",
     "wont", "getting", "got", "gets", "came", "come", "comes", "began", "begun", "begins", "starts",
     "starting"}
)  # fmt: skip
# Words that open a state said of oneself, never an item of a list of denials: "No injury, wet
# myself twice", "No fever, can't feel my bum when I wipe" ("can't feel" is read as "numb").
_STATED = frozenset({"numb", "wet", "leaked", "soiled", "peed", "pooed", "lost", "cant", "cannot", "couldnt"})
# Words that tell how or when a complaint came, never an item of a list of denials.
# ... and when it comes: "no injury, back pain at night every night" (a pain of its own only)
_TOLD_AS_A_COMPLAINT = frozenset({"after", "since", "from", "when", "whenever", "because", "while", "for"})
_EVER_AS_MOST = frozenset({"time", "worst", "first", "best"})
_HOW_BAD = frozenset(
    {"agony", "agonising", "agonizing", "killing", "worse", "worst", "excruciating", "unbearable", "terrible",
     "severe", "awful", "horrendous", "horrible", "crippling"}
)  # fmt: skip
_WHEN_A_PAIN_COMES = frozenset({"at", "every", "each", "most", "all", "first"})


def _end_of_a_list(
    sentence: Sentence,
    commas: Sequence[int],
    last: int,
    findings: set[int],
    pains: set[int],
    *,
    doubt: bool = False,
) -> int | None:
    """The comma where a denial or doubt ending at ``last`` stops, or None when it runs on to
    the end of its clause.

    It stops at a comma with no finding before it ("never done that in my life, back pain
    ..."), and at one where what follows is no item of the same list but a complaint of its
    own, a pain or a clause told how it came: "no history of cancer, lower back pain after
    lifting boxes" denies the cancer only, while "no numbness, tingling or weakness", "no
    numbness, tingling, weakness" and "no pins and needles, numbness from my knee down" deny
    all.
    """
    tokens = sentence.tokens
    after = [c for c in commas if c >= last]
    if not after or after[0] == last:
        return None  # no comma, or one right after the trigger ("no, ...")
    # "don't have any numbness, tingling in my feet when I wake up": a list to its end
    opening = {tokens[i].norm for i in range(last + 1, after[0])}
    start = last
    for number, comma in enumerate(after):
        if not any(start < p <= comma for p in findings):
            return comma  # nothing denied before it: the denial is spent
        if _told_anew(tokens, comma + 1):
            return comma  # "come back if my legs got weaker, well today both legs gave way"
        if (
            number == 0
            and not _LIST_CLOSERS.isdisjoint(opening)
            and _STILL_DENYING.isdisjoint(opening)
            # (not for a doubt whose later ", or" closes a longer list: "if you have numbness around
            # your back passage or genitals, difficulty passing urine, or weakness in both legs";
            # a denial stops: "No fall or accident, weakness in both legs, or at least ...")
            and not (
                doubt
                and any(c + 1 < len(tokens) and tokens[c + 1].norm in _OR for c in after[1:])
                and comma + 1 < len(tokens)
                and tokens[comma + 1].norm not in _STATED
            )
        ):
            return comma  # a list closed before the comma: "No fall or accident, can't feel my bum"
        clause_end = sentence.clause(comma + 1)[1] if comma + 1 < len(tokens) else len(tokens)
        stop = min(after[number + 1] if number + 1 < len(after) else clause_end, clause_end)
        item = [tokens[i].norm for i in range(comma + 1, stop)]
        rest = {
            tokens[i].norm
            for i in range(comma + 1, clause_end)
            # ("first time ever", "worst ever" tell no list on: "no fever, back pain started 3 days
            # ago, first time ever")
            if not (tokens[i].norm == "ever" and tokens[i - 1].norm in _EVER_AS_MOST)
        }
        own_pain = any(comma < p < stop for p in pains) and not any(last < p < comma for p in pains)
        how_bad = not _HOW_BAD.isdisjoint(item)
        if own_pain and how_bad and _OR.isdisjoint(rest) and _STILL_DENYING.isdisjoint(rest | opening):
            # a pain told how bad it is, which no denied item is: "Came off my motorbike on
            # Sunday, no temp, back agony", "no temp, tailbone and lower back agony"
            return comma
        if _LIST_CLOSERS.isdisjoint(rest) and _STILL_DENYING.isdisjoint(rest | opening):
            told = next((n for n, word in enumerate(item) if word in _TOLD_AS_A_COMPLAINT), len(item))
            said = not _SAID.isdisjoint(item[:told])  # "both legs have gone weak since this morning"
            if (
                (told < len(item) and (own_pain or said))
                or (len(item) > _LIST_ITEM_WORDS and said)
                # a pain with a verb or a time of its own: "I'm 72, no fever, back pain started 3
                # days ago", "no injury, back pain at night every night"
                or (own_pain and (said or not _WHEN_A_PAIN_COMES.isdisjoint(item)))
            ):
                return comma  # a complaint of its own follows: a pain or a clause, told how it came
            if item and (item[0] in _STATED or "myself" in item):
                return comma  # a state of the writer's own: "No fever, can't feel my bum when I wipe"
        start = comma
    return None


# Words that open a telling of its own after a comma, not an item of a list.
_ANEW = frozenset({"well", "today", "yesterday", "tonight", "suddenly", "meanwhile"})
_BOTH_STATE_REACH = 6  # words after "both" where its state may stand ("both legs have gone weak")
_ANEW_PAIRS = frozenset({("this", "morning"), ("last", "night"), ("this", "evening"), ("this", "afternoon")})


def _told_anew(tokens: Sequence[Token], at: int) -> bool:
    """True when the words from ``at`` open a telling of its own ("well today ...", "this
    morning ...")."""
    if at >= len(tokens):
        return False
    if tokens[at].norm in _ANEW:
        return True
    if tokens[at].norm == "both":  # "report any numbness or weakness, both legs have gone weak today"
        states = language().both_then_a_state
        return any(t.norm in states for t in tokens[at + 1 : at + _BOTH_STATE_REACH])
    return at + 1 < len(tokens) and (tokens[at].norm, tokens[at + 1].norm) in _ANEW_PAIRS


def _modifiers(
    sentence: Sentence,
    triggers: Sequence[Trigger],
    spans: Sequence[tuple[int, int, str]],
    used: set[tuple[int, int]],
    complained: list[tuple[int, int]] | None = None,
) -> frozenset[str]:
    """The modifiers said of the person in ``sentence``, neither negated nor doubted; a clause
    said to be getting better ("hurts less and less") is not getting worse. The offsets of
    the clauses a complaint is said in are added to ``complained``."""
    tokens = sentence.tokens
    if not tokens:
        return frozenset()
    found: set[tuple[str, tuple[int, int]]] = set()
    improving: set[tuple[int, int]] = set()  # the clauses said to be getting better
    for start, end, name in spans:
        if end <= tokens[0].start or start >= tokens[-1].end:
            continue
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        own = frozenset(tokens[i].norm for i in inside)
        clause = sentence.clause(first)
        used.update(_span(tokens[i]) for i in inside)  # understood, even when denied
        # A complaint in a comparison is how it feels: "my lower back feels like it's been hit
        # with a hot poker" says it hurts.
        felt = name == _COMPLAINT
        if status_of(first, last, clause, triggers, tokens, own, felt) is not Status.PRESENT:
            continue
        if name == _IMPROVING and _STRONGER in own and _a_sensation_before(tokens, clause[0], first):
            found.add((_WORSENING, clause))  # "the tingling is getting stronger by the day": worse
        elif name == _IMPROVING:
            improving.add(clause)
        elif name in _UNHURT and (_told_later(tokens[last + 1 :]) or _but_for(tokens[last + 1 :])):
            continue  # "walked it off, but now my back is agony", "totally fine apart from my hip"
        else:
            found.add((name, clause))
            if name == _COMPLAINT and complained is not None:
                complained.append((tokens[clause[0]].start, tokens[clause[1] - 1].end))
    names = {name for name, clause in found if not (name == _WORSENING and clause in improving)}
    if _PASSING in names:
        # "all back to normal now" says it passed: that "now" tells no lasting loss
        said = _OVER_NOW.sub(r" \1\2 ", f" {' '.join(t.norm for t in tokens)} ")
        # ... and "since then they've been fine", "been fine since then": its "since" tells the fine lasts
        said = _FINE_SINCE.sub(r" \1 ", said)
        # ... and "back ache now": that "now" tells the time of a pain, not that the loss lasts
        said = _A_PAIN_NOW.sub(r" \1 ", said)
        if any(f" {words} " in said for words in language().still_there):
            names.discard(_PASSING)  # "both legs numb after hiking, still numb four days later"
    return frozenset(names)


_IMPROVING, _WORSENING, _PASSING, _COMPLAINT = "improving", "worsening", "passing", "complaint"
# "getting stronger" improves a strength ("my leg is getting stronger", "it's getting stronger bit
# by bit"), and worsens a feeling or a pain said before it in its clause ("the tingling in my right
# leg is getting stronger by the day", "the numbness keeps getting stronger": a review, rev106)
_STRONGER = "stronger"
_SENSATIONS = frozenset(
    {"tingling", "tingle", "tingles", "tingly", "numbness", "numb", "pins", "needles", "pain", "pains",
     "ache", "aches", "aching", "burning", "throbbing", "sciatica", "cramp", "cramps", "buzzing"}
)  # fmt: skip


def _a_sensation_before(tokens: Sequence[Token], begin: int, at: int) -> bool:
    """True when a word of a feeling or a pain stands among ``tokens[begin:at]``."""
    return any(tokens[i].norm in _SENSATIONS for i in range(begin, at))


# The keys of [normal_state] functions that name the body's temperature, not a bladder or bowel
_TEMPERATURE_KEYS = frozenset({"temperatur", "temp"})


_UNHURT = frozenset({"painless", "unhindered"})
_LATER = frozenset({"now", "later", "since", "until", "till", "then"})


def _told_later(after: Sequence[Token]) -> bool:
    """True when the words ``after`` an unhurt phrase tell a later time ("walked it off, but now
    my back is agony"); a "now" right after it tells the state now ("barely sore now")."""
    if after and after[0].norm == "now":
        after = after[1:]
    return any(t.norm in _LATER for t in after)


# Words that make an exception to being unhurt: "I'm totally fine apart from my hip feeling
# wrong", "absolutely fine except I can barely walk", "totally fine, just my hip feels funny"
# (not "just" of a wish: "I'm 35 now and fine, just after some posture tips")
_EXCEPT = frozenset({"except", "apart", "besides", "aside", "bar", "but", "although", "though"})
_JUST = frozenset({"just", "only"})
_OF_A_PART = frozenset({"my", "the", "a", "one", "that", "this", "cant", "cannot", "can", "im"})
_EXCEPT_REACH = 3  # words after the unhurt phrase


def _but_for(after: Sequence[Token]) -> bool:
    """True when the words right ``after`` an unhurt phrase make an exception to it."""
    near = after[:_EXCEPT_REACH]
    return any(
        t.norm in _EXCEPT or (t.norm in _JUST and i + 1 < len(near) and near[i + 1].norm in _OF_A_PART)
        for i, t in enumerate(near)
    )


_UNCHANGED = "unchanged"
_OVER_NOW = compile_pattern(
    r" (fine|good|normal|ok|okay|better|gone|away|recovering|recovered)( again)? now(?= )"
)
_A_PAIN_NOW = compile_pattern(
    r" (ache|aches|aching|achy|pain|pains|hurts|hurting|sore|agony|twinge|twinges|niggle) now(?= )"
)
_FINE_SINCE = compile_pattern(
    r" since then ((?:theyve|its|theyre|ive|im) (?:been )?(?:fine|good|normal|ok|okay))(?= )"
    r"| ((?:been )?(?:fine|good|normal|ok|okay)) since then(?= )"
)


def _name_keys(entity: Entity) -> frozenset[str]:
    """The stems of a region's name: "between my shoulder blades" says "back" (Mid back) for
    a sign whose other words are said elsewhere. Never another kind's name, whose words
    ("unexplained" in "Unexplained weight loss") would complete signs nobody described."""
    if entity.kind is not Kind.REGION:
        return frozenset()
    return _content_keys(entity.name)


@functools.lru_cache(maxsize=4096)
def _content_keys(name: str) -> frozenset[str]:
    # Kept by name: hashing a whole entity costs more than reading its name again.
    return frozenset(token.key for token in tokenize(name) if not is_stopword(token))


@functools.lru_cache(maxsize=4096)
def _all_keys(name: str) -> frozenset[str]:
    """The stems of every word of ``name``, stopwords too."""
    return frozenset(token.key for token in tokenize(name))


_STARTED = frozenset({"started", "starts", "began", "begun"})


def _says_when_it_started(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """True when ``clause`` says when something started ("started 2 years ago")."""
    return any(sentence.tokens[i].norm in _STARTED for i in range(*clause))


_FINDING_KINDS = frozenset({Kind.SYMPTOM, Kind.REGION, Kind.WARNING_SIGN, Kind.CONDITION})


# the places of the findings, the clauses, and where in each clause that says nothing helped it says so
_Clauses = tuple[list[int], list[tuple[int, int]], dict[tuple[int, int], list[tuple[int, int]]]]


def _in_a_clause_with_a_finding(
    text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]
) -> Callable[[tuple[int, int]], bool]:
    """Whether a span lies in a clause that names a finding the person has ("my buttock has
    hurt since yesterday", "a prolapsed disc for 3 weeks"), not only an activity ("I've been
    running for years"), or is said with the words that nothing has helped the pain ("nothing
    has made a difference in over ten weeks": ``[status] pain_unhelped``, `_unhelped_for`)."""

    built: list[_Clauses] = []  # (a cache made per call costs more)

    def places() -> _Clauses:
        # Built on the first call only: most texts state no duration.
        if not built:
            starts = sorted(m.start for m in mentions if m.present and m.entity.kind in _FINDING_KINDS)
            clauses: list[tuple[int, int]] = []
            unhelped: dict[tuple[int, int], list[tuple[int, int]]] = {}
            for sentence in sentences:
                for start in sentence.clause_starts if sentence.tokens else ():
                    offsets = sentence.clause_offsets(start)
                    clauses.append(offsets)
                    if runs := _unhelped_runs(sentence, sentence.clause(start)):
                        unhelped[offsets] = runs
            built.append((starts, clauses, unhelped))
        return built[0]

    def near(span: tuple[int, int]) -> bool:
        starts, clauses, unhelped = places()
        for low, high in clauses:
            if low <= span[0] < high:
                i = bisect.bisect_left(starts, low)
                if i < len(starts) and starts[i] < high:
                    return True
                return any(
                    _unhelped_for(text, (low, high), span, run) for run in unhelped.get((low, high), ())
                )
        return False

    return near


def _unhelped_runs(sentence: Sentence, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """Where in the text the words of ``clause`` (token positions) say nothing has helped the
    pain ("no relief", "nothing has made a difference": ``[status] pain_unhelped``)."""
    tokens = sentence.tokens[clause[0] : clause[1]]
    norms = [token.norm for token in tokens]
    said = set(norms)  # (most runs: their first word is not in the clause)
    return [
        (tokens[k].start, tokens[k + len(run) - 1].end)
        for run in language().pain_unhelped
        if run[0] in said
        for k in range(len(norms) - len(run) + 1)
        if tuple(norms[k : k + len(run)]) == run
    ]


def _unhelped_for(text: str, clause: tuple[int, int], span: tuple[int, int], run: tuple[int, int]) -> bool:
    """Whether the time at ``span`` is how long the ``run`` of words says nothing has helped:
    said with it, nothing parting them ("nothing has made a difference in over ten weeks", "its
    been well over a month with no change"), or in a part of the clause that tells nothing else
    ("it's been 6 weeks and nothing has helped"). Not the time of another thing the clause tells
    ("tried to quit smoking for 2 months, nothing has helped", "my eczema has been going on for 2
    months and nothing has helped", "acupuncture for my neck for 6 weeks, no relief at all")."""
    between = text[min(span[1], run[1]) : max(span[0], run[0])]
    if not _PARTS_A_CLAUSE.search(between):
        return True
    parts = [m.end() for m in _PARTS_A_CLAUSE.finditer(text, clause[0], span[0])]
    ends = [m.start() for m in _PARTS_A_CLAUSE.finditer(text, span[1], clause[1])]
    own = text[max(parts, default=clause[0]) : span[0]] + " " + text[span[1] : min(ends, default=clause[1])]
    return all(
        word in _NOTHING_ELSE
        for word in re.findall(r"[a-z]+", own.lower().replace("'", "").replace("\u2019", ""))
    )


# What parts a clause into what it tells ("for 2 months, nothing has helped"; "..., and ...")
_PARTS_A_CLAUSE = compile_pattern(
    r"[,;:()]|\b(?:and|but|so|because|cos|coz|though|although|while|whilst|when)\b", re.IGNORECASE
)
# The words of a part of a clause that tells only a time ("it's been 6 weeks", "for over a month now")
_NOTHING_ELSE = frozenset(
    {
        "it", "its", "this", "that", "thats", "s", "has", "have", "had", "been", "is", "was", "for",
        "over", "about", "around", "almost", "nearly", "now", "well", "the", "past", "last", "a", "an",
        "good", "whole", "all", "of", "still", "already", "in", "ive", "i", "weve", "we", "just", "more",
        "than",
    }
)  # fmt: skip


_SPREAD_REACH = 12  # the most words from the pain word to its direction
_HIP_KEYS = frozenset({"hip", "groin"})
_NERVE_SOURCES = frozenset({"back", "buttock", "sciatica", "sciatic", "spine", "lumbar", "nerv"})
_IT = frozenset({"it", "its"})


def _spreading(kb: KnowledgeBase, lexicon: Lexicon, sentence: Sentence) -> list[_Match]:
    """Pain said to travel into the leg ("the pain went down my right leg", "a jolt down my
    leg"), read as the sign's own name; see ``[spreading]`` in language.toml.

    The match's words are the pain word, the direction and the place, so a negation or a
    doubt before them reaches it as it reaches any phrase.
    """
    lang = language()
    tokens = sentence.tokens
    norms = [t.norm for t in tokens]
    if lang.spreading_sign not in kb:
        return []
    if lang.spreading_directions.isdisjoint(sentence.norms):
        return _coming_from_the_back(lexicon, sentence)
    phrase = _plainest_phrase(lexicon, _SPREADING_KEYS, lang.spreading_sign)
    if phrase is None:
        return []
    found: list[_Match] = []
    said_pain = False
    for pain, token in enumerate(tokens):
        # "it" after a pain word stands for it: "my sciatica was in my right leg but now it's
        # gone into my left leg"
        if token.key not in lang.spreading_pain and not (said_pain and token.norm in _IT):
            continue
        said_pain = said_pain or token.key in lang.spreading_pain
        begin, end = sentence.clause(pain)
        # "sends a jolt down my leg": the movement may come just before the pain word
        moving = any(n in lang.spreading_motion for n in norms[max(begin, pain - 2) : pain])
        came_from = False
        for direction in range(pain + 1, min(end, pain + 1 + _SPREAD_REACH)):
            norm = norms[direction]
            moving = moving or norm in lang.spreading_motion
            came_from = came_from or norm == "from"
            near = direction - pain <= 2 and all(n in lang.stopwords for n in norms[pain + 1 : direction])
            if norm not in lang.spreading_directions or not (moving or near or came_from):
                continue
            # "to" after "from", or just after the pain's own movement ("my waist pain is going to my
            # left leg"; not "back pain, I'm going to my knee appointment")
            to_alone = norm == "to" and not came_from
            if to_alone and not _moving_to(norms, pain, direction, lang.spreading_motion):
                continue
            place = direction + 1
            while place < end and norms[place] in lang.spreading_between and place - direction <= 5:
                place += 1
            # hip pain that reaches the knee is the hip's own referred pain, not a nerve's
            # ("my hip pain goes down to my knee"); from the back or buttock it is
            said_from = {t.key for t in tokens[_after_an_addition(norms, begin, pain) : direction]}
            if said_from & _HIP_KEYS and not said_from & _NERVE_SOURCES:
                break
            to_a_thing = to_alone and place + 1 < end and norms[place + 1] in _THINGS_OF_A_PLACE
            if place < end and tokens[place].key in lang.spreading_places and not to_a_thing:
                positions = (pain, direction, place)
                found.append(_Match(phrase, positions, 1.0, True, (lang.spreading_sign,), phrase.wanted))
                # ... down both legs, said anywhere near in the clause: "Both legs burning from
                # my buttocks to my heels" (sciatica in both legs, as "pain down both legs" is)
                both = _both_near(norms, begin, end, pain, place)
                bilateral = _plainest_phrase(lexicon, _SPREADING_BOTH_KEYS) if both is not None else None
                if both is not None and bilateral is not None:
                    spread = tuple(sorted((pain, direction, both, place)))
                    entities, wanted = bilateral.entities, bilateral.wanted
                    found.append(_Match(bilateral, spread, 1.0, True, entities, wanted))
                break
        if found:
            break
    return found or _coming_from_the_back(lexicon, sentence)


# Where pain "goes to" a leg, the movement follows the pain word closely ("my waist pain is going
# to my left leg"), and the leg is no thing's name ("going to the foot specialist", "my back pain
# letter was sent to my knee surgeon").
_MOVING_REACH = 3
_THINGS_OF_A_PLACE = frozenset(
    {"appointment", "specialist", "surgeon", "doctor", "clinic", "replacement", "op", "operation", "press",
     "workout", "session", "day", "machine", "exercises", "exercise", "scan", "xray", "injection", "brace"}
)  # fmt: skip


_ON_THE_WAY = frozenset({"all", "the", "way", "right", "straight"})  # "going all the way to my foot"
_ANOTHER_MOVER = frozenset(
    {"i", "im", "ive", "she", "shes", "he", "hes", "they", "theyre", "we", "you", "it"}
)


def _moving_to(norms: Sequence[str], pain: int, to: int, motion: frozenset[str]) -> bool:
    """True when the words before "to" are a movement said of the pain at ``pain``, a few words
    on, with no one else between them to move ("my back pain, she's going to my left leg next")."""
    moved = to - 1
    while moved > pain and norms[moved] in _ON_THE_WAY:
        moved -= 1
    between = norms[pain + 1 : moved]
    return norms[moved] in motion and moved - pain <= _MOVING_REACH and _ANOTHER_MOVER.isdisjoint(between)


def _after_an_addition(norms: Sequence[str], begin: int, pain: int) -> int:
    """Where the words of the pain at ``pain`` start: after a "plus" or "also" that adds it
    to what came before ("numb from hip to knee, plus a burning down my thigh")."""
    return next((i + 1 for i in range(pain - 1, begin - 1, -1) if norms[i] in _ADDING), begin)


_ADDING = frozenset({"plus", "also"})


def _coming_from_the_back(lexicon: Lexicon, sentence: Sentence) -> list[_Match]:
    """Pain in a part of the leg said to come from the back or the buttock ("a pain behind my
    knee that comes from my lower back", "pain in my shin that starts in my buttock")."""
    lang = language()
    tokens = sentence.tokens
    phrase = _plainest_phrase(lexicon, _SPREADING_KEYS, lang.spreading_sign)
    if phrase is None:
        return []
    for source in range(2, len(tokens)):
        if tokens[source].key not in _NERVE_SOURCES:
            continue
        begin, _ = sentence.clause(source)
        nearest = range(source - 1, max(begin, source - _ORIGIN_REACH) - 1, -1)
        origin = next((i for i in nearest if tokens[i].norm in _ORIGIN), None)
        if origin is None or origin == begin or tokens[origin - 1].norm not in _COMING:
            continue
        pain = next((i for i in range(begin, origin) if tokens[i].key in lang.spreading_pain), None)
        place = next((i for i in range(begin, origin) if tokens[i].key in lang.spreading_places), None)
        if pain is None or place is None:
            continue
        positions = tuple(sorted({pain, place, origin - 1}))
        return [_Match(phrase, positions, 1.0, True, (lang.spreading_sign,), phrase.wanted)]
    return []


_ORIGIN = frozenset({"from", "in"})
_ORIGIN_REACH = 4  # words from "from" to the back ("comes from my lower back")
_COMING = frozenset(
    {"comes", "coming", "came", "starts", "started", "starting", "radiates", "radiating", "travels"}
)


_PLAINEST: dict[frozenset[str], tuple[Lexicon, Phrase | None]] = {}  # keys -> last lexicon asked, answer
_SPREADING_KEYS = frozenset({"pain", "radiat", "leg"})  # "pain down the leg"
_SPREADING_BOTH_KEYS = frozenset({"pain", "radiat", "both", "leg"})  # "pain down both legs"
_BOTH_REACH = 4  # words from the pain word or its place to "both" ("Both legs burning from ...")
_LEGS = frozenset({"legs", "thighs", "calves", "feet", "heels", "knees", "shins", "ankles"})


def _both_near(norms: Sequence[str], begin: int, end: int, pain: int, place: int) -> int | None:
    """The position of "both" said of legs within ``_BOTH_REACH`` words of the pain word or
    its place in the clause ("both legs burning", "down the backs of both thighs"), if any."""
    low, high = max(begin, pain - _BOTH_REACH), min(end, place + _BOTH_REACH + 1)
    return next((i for i in range(low, high) if norms[i] == "both" and _legs_after(norms, i + 1, end)), None)


# what may stand between "both" and the legs: the side of them ("the backs of both thighs" is read
# "both back of the thighs": a review, rev108)
_OF_THE_LEGS = frozenset({"back", "backs", "front", "fronts", "side", "sides", "of", "the", "my"})
_OF_THE_LEGS_REACH = 3


def _legs_after(norms: Sequence[str], at: int, end: int) -> bool:
    """Whether legs are named at ``at``, or after only words of a side of them ("back of the")."""
    for i in range(at, min(end, at + _OF_THE_LEGS_REACH + 1)):
        if norms[i] in _LEGS:
            return True
        if norms[i] not in _OF_THE_LEGS:
            return False
    return False


def _plainest_phrase(lexicon: Lexicon, keys: frozenset[str], sign: str | None = None) -> Phrase | None:
    """The label whose stems are exactly ``keys`` (of ``sign``, when given): "pain down the leg"
    for the spreading sign, "pain down both legs" for sciatica in both legs."""
    cached = _PLAINEST.get(keys)
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    labels = (p for p in lexicon.phrases_with("leg") if set(p.keys) == keys)
    found = next((p for p in labels if sign is None or sign in p.entities), None)
    _PLAINEST[keys] = (lexicon, found)
    return found


_NEWLY = compile_pattern(
    r"\b(?:new|newly|bigger|started|starting|worse|growing|grown|noticed|appeared)\b", re.IGNORECASE
)


def _unchanged_asked(
    text: str, mention: Mention, bounds: Sequence[tuple[int, int]], unchanged: Sequence[tuple[int, int]]
) -> Mention:
    """A sign that must be new, said in its sentence or the next not to have changed ("mild
    scoliosis since I was a kid; it hasn't changed"), is asked about; never one said to be
    new or growing ("a new hump on my back. Diet has not changed.")."""
    if not mention.present:
        return mention
    sign = mention.entity.id in language().asked_when_unchanged
    if not sign and _UNCHANGED not in mention.modifiers:
        return mention
    index = next((i for i, (b, e) in enumerate(bounds) if b <= mention.start < e), None)
    begin, end = (0, 0) if index is None else (bounds[index][0], bounds[min(index + 1, len(bounds) - 1)][1])
    newly = index is not None and any(
        not any(s <= m.start() < e for s, e in unchanged)  # "nothing new" is unchanged
        for m in _NEWLY.finditer(text, *bounds[index])
    )
    if index is None or newly or not any(begin <= start < end for start, _ in unchanged):
        if _UNCHANGED in mention.modifiers:  # said new after all: not unchanged
            return attrs.evolve(mention, modifiers=tuple(m for m in mention.modifiers if m != _UNCHANGED))
        return mention
    # a symptom keeps its status and its "unchanged", which asks about the signs of lost
    # feeling it flags ("my feet have always been numb. Nothing new there."; asked_when_lifelong)
    return attrs.evolve(mention, status=Status.UNCERTAIN) if sign else mention


def _passing_asked(mention: Mention) -> Mention:
    """A sign of lost feeling said to pass when the person stands or moves ("it's fine as
    soon as I stand up"), or to be getting better ("the pins and needles in my foot are much
    better"), or a sign of a new loss said to have lasted years ("a weak stream for years"),
    is uncertain: asked about, not raised."""
    sign, how = mention.entity.id, mention.modifiers
    if mention.present and (asked_when_easing(sign, how) or asked_when_long_standing(sign, how)):
        return attrs.evolve(mention, status=Status.UNCERTAIN)
    return mention


def _span(token: Token) -> tuple[int, int]:
    return (token.start, token.end)


def _figurative(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans set aside as figures of speech, and the words shown for each: the figure's own
    words, not the long context some need ("Long haul flight to Sydney ... when I landed" shows
    "so stiff when I landed", not the whole sentence)."""
    masks = []
    found = []
    for (start, end), masked in figures_of_speech(text):
        masks.append(masked)
        begin = start
        if end - start > _SHOWN_AT_MOST and masked[0] - start > _SHOWN_BEFORE:
            space = text.find(" ", masked[0] - _SHOWN_BEFORE, masked[0])
            begin = space + 1 if space != -1 else masked[0]
        found.append(text[begin:end])
    return masks, found


_SHOWN_AT_MOST = 60  # characters of a figure of speech shown whole
_SHOWN_BEFORE = 20  # characters before its masked words shown of a longer one


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _matches(
    kb: KnowledgeBase,
    lexicon: Lexicon,
    sentence: Sentence,
    allowed: frozenset[Kind] | None,
    triggers: Sequence[Trigger],
) -> tuple[list[_Match], list[_Match]]:
    # Some words that end a trigger's reach also keep two findings apart: "no chest pain
    # at all, only my lower back" is not "lower back pain".
    ends = [
        (t.first, frozenset(sentence.tokens[i].norm for i in range(t.first, t.last + 1)))
        for t in triggers
        if t.status is None and sentence.tokens[t.first].norm in _SEPARATORS
    ]
    # where a denial or a doubt begins (see _window)
    cuts = sorted({t.first for t in triggers if t.status in (Status.ABSENT, Status.UNCERTAIN)})
    # A comparison's first word ("feel" of "I feel like I got run over") is its own, not the
    # last word of a phrase said before it: "a 101 fever and my back is killing me, I feel like
    # I got run over" is no "back pain and I feel hot and cold" (whose reach into the comparison
    # doubted the fever, and made a son's fever the writer's by the "me" it took in)
    compared_from = frozenset(t.first for t in triggers if t.comparison and t.direction is Direction.FORWARD)
    keys: list[str | None] = []
    quality: list[float] = []
    for token, stopword in zip(sentence.tokens, stopwords_among(sentence.tokens), strict=True):
        if stopword:
            keys.append(None)
            quality.append(1.0)
        elif token.key in lexicon.by_key:
            keys.append(token.key)
            quality.append(1.0)
        else:
            corrected = lexicon.correct(token.norm)
            keys.append(corrected[0] if corrected else token.key)
            quality.append(corrected[1] if corrected else 1.0)
    typos = any(q != 1.0 for q in quality)
    for index in _pains_of_outside_parts(sentence):
        keys[index] = None  # "my ribs are sore", "pain in my throat": no pain of painkb's places
    positions: dict[str, list[int]] = {}
    content = [0]  # content[i]: how many content words stand before position i
    for index, key in enumerate(keys):
        if key is not None:
            positions.setdefault(key, []).append(index)
            content.append(content[-1] + 1)
        else:
            content.append(content[-1])
    full_candidates: set[int] = set()
    partial_candidates: set[int] = set()
    for key in positions:
        full_candidates.update(lexicon.by_rarest.get(key, ()))
        partial_candidates.update(lexicon.partial_by_key.get(key, ()))
    full: list[_Match] = []
    partial: list[_Match] = []
    # Many phrases find the same words: the window around each set of them is found once.
    windows: dict[Sequence[str], tuple[int, ...] | None] = {}
    in_one_clause: dict[
        Sequence[str], tuple[Sequence[str], Mapping[str, list[int]], tuple[int, ...] | None]
    ] = {}
    phrases, in_sentence = lexicon.phrases, positions.__contains__
    contrary: set[str] = set()  # the findings a contrast said the other way round tells not
    for phrase_index in sorted(full_candidates | partial_candidates):
        phrase = phrases[phrase_index]
        wanted = phrase.wanted
        found: Sequence[str] = tuple(filter(in_sentence, wanted))
        complete = len(found) == len(wanted)
        # (a part needs a third of the words, and one at least)
        if not complete and (
            phrase_index not in partial_candidates or not found or len(found) < len(wanted) // 3
        ):
            continue
        entities = phrase.entities
        if allowed is not None:
            entities = tuple(e for e, k in zip(phrase.entities, phrase.kinds, strict=True) if k in allowed)
            if not entities:
                continue
        if not complete:
            entities = phrase.warning_signs if allowed is None else _warning_signs(phrase, entities)
        if len(found) == 1:
            chosen: tuple[int, ...] | None = (positions[found[0]][0],)
        elif found in windows:
            chosen = windows[found]
        else:
            chosen = windows[found] = _window(found, positions, cuts)
        if chosen is None or (len(chosen) > 1 and chosen[-1] in compared_from):
            continue
        together = len(chosen) < 2 or _together(sentence, chosen, phrase, content, ends)
        if not together and any(len(positions[key]) > 1 for key in found):
            # the same words again, said together further on ("I feel weak, both legs are weak")
            wider = next(
                (
                    window
                    for window in _windows_by_width(found, positions)
                    if not any(window[0] < cut < window[-1] and cut not in window for cut in cuts)
                    and _together(sentence, window, phrase, content, ends)
                ),
                None,
            )
            if wider is not None:
                chosen, together = wider, True
        if not together:
            if phrase_index not in partial_candidates:
                continue
            # All the words are there but not together: read the part in one clause, as
            # for any partial match ("hit by a car ... and my back is agony"). (Which part
            # depends on the words found alone: read once for every phrase that finds them.)
            in_a_clause = in_one_clause.get(found)
            if in_a_clause is None:
                in_a_clause = in_one_clause[found] = _in_the_richest_clause(
                    lexicon, sentence, found, positions, chosen
                )
            found, local, chosen = in_a_clause
            if chosen is not None and not _together(sentence, chosen, phrase, content, ends):
                # Still apart ("back pain plus I'm shivering"): keep the largest part around
                # the sign's own word that stands together, so that the rest may be found
                # said elsewhere. A single word must name a symptom by itself ("fever"):
                # "chest" alone is no finding ("chest infection ... back pain" is not chest
                # pain), while "chest infection" is.
                found = _together_part(lexicon, sentence, phrase, content, ends, found, local)
                chosen = _window(found, local)
            if (
                chosen is None
                or len(found) < max(1, len(wanted) // 3)
                or not any(lexicon.specific(k) for k in found)
                or not _together(sentence, chosen, phrase, content, ends)
            ):
                continue
            complete = False
            entities = _warning_signs(phrase, entities)
        # A place of several words is a noun phrase: its words stand in their order and next
        # to each other ("back of the thigh", never "legs and has back").
        if (
            complete
            and len(wanted) > 1
            and set(phrase.kinds) == {Kind.REGION}
            and not _in_order(chosen, found, phrase, keys, sentence.tokens)
        ):
            continue
        # A contrast keeps its sides: "better with rest, worse with exercise" is no part of "better
        # with exercise, worse with rest" (a review of forms, rev111)
        if (
            chosen is not None
            and not _CONTRAST.isdisjoint(found)
            and _contrast_swapped(phrase.keys, keys, sentence.tokens, chosen)
        ):
            contrary.update(phrase.entities)  # ... nor does any part of the sign's said in it
            continue
        if complete and phrase_index in lexicon.only_body_words:
            entities = tuple(e for e in entities if kb.get(e).kind not in _NAMED)
            if not entities:
                continue
        if complete:
            factor = 1.0
            if typos:
                for index in chosen:
                    factor *= quality[index]
            score = factor * (1.0 - _GAP_PENALTY * _gap(chosen, content))
            # One common word alone ("cancer") never raises a warning sign: it is asked
            # about instead; a word few labels use ("steroids") may.
            exact = (not typos or _spelt_right_but_one(sentence, chosen, quality)) and (
                len(wanted) > 1 or not phrase.warning or lexicon.specific(wanted[0])
            )
            full.append(_Match(phrase, chosen, round(score, 3), exact, entities, tuple(found)))
        else:
            typo_free = not typos or all(quality[i] == 1.0 for i in chosen)
            score = _partial_score(len(found), len(wanted))
            partial.append(_Match(phrase, chosen, score, False, entities, tuple(found), typo_free))
    if contrary:
        partial = [m for m in partial if not contrary.issuperset(m.entities)]
    if full and len(sentence.clause_starts) > 1:
        full += _said_again(sentence, full, positions, content, ends)
    return full, partial


def _said_again(
    sentence: Sentence,
    matches: Sequence[_Match],
    positions: Mapping[str, list[int]],
    content: Sequence[int],
    ends: Sequence[tuple[int, frozenset[str]]],
) -> list[_Match]:
    """The whole matches said again in another clause of the sentence, with that clause's
    words: each phrase is matched once, around its narrowest words, so "I've had no back
    problems, but my back started hurting" read only the denied back pain."""
    again: list[_Match] = []
    for match in matches:
        own = sentence.clause(match.first)
        for begin in sentence.clause_starts:
            clause = sentence.clause(begin)
            if clause == own:
                continue
            local = {k: [p for p in positions.get(k, ()) if clause[0] <= p < clause[1]] for k in match.found}
            if not all(local.values()):
                continue
            chosen = _window(list(local), local)
            if chosen is None or (
                len(chosen) > 1 and not _together(sentence, chosen, match.phrase, content, ends)
            ):
                continue
            again.append(attrs.evolve(match, positions=chosen))
    return again


@functools.lru_cache(maxsize=256)
def _partial_score(found: int, wanted: int) -> float:
    """The score of a match in part: its share of the words, weighed down (`PARTIAL_WEIGHT`)."""
    return round(PARTIAL_WEIGHT * found / wanted, 3)


def _pains_of_outside_parts(sentence: Sentence) -> list[int]:
    """The positions of pain words said of a body part painkb does not cover: just after it
    ("my ribs are sore", "throat hurts") or just before it ("pain in my shoulder"), and of the
    words a phrase made with them ("nerve pain in my hands")."""
    lang = language()
    tokens = sentence.tokens
    if lang.outside.isdisjoint(sentence.norms):
        return []
    found: list[int] = []
    for index, token in enumerate(tokens):
        if token.key != "pain":
            continue
        before = index - 1
        while before >= 0 and index - before <= _OUTSIDE_WITHIN and tokens[before].norm in _LINKING:
            before -= 1
        after = index + 1
        while after < len(tokens) and after - index <= _OUTSIDE_WITHIN and tokens[after].norm in _IN_MY:
            after += 1
        part = before if before >= 0 and tokens[before].norm in lang.outside else None
        if part is None and after < len(tokens) and after > index + 1 and tokens[after].norm in lang.outside:
            part = after
        if part is not None and not _joined_to_a_covered_part(tokens, part):
            # with the words a phrase made of the same words: "nerve pain" (sciatic pain)
            found.extend(i for i, t in enumerate(tokens) if (t.start, t.end) == (token.start, token.end))
    return sorted(set(found))


def _joined_to_a_covered_part(tokens: Sequence[Token], part: int) -> bool:
    """True when a part outside painkb is said together with one it covers ("my neck and
    lower back", "back and shoulders"): the pain word is theirs too."""
    covered = body_words()
    for step in (1, -1):
        i = part + step
        if not (0 <= i < len(tokens)) or tokens[i].norm not in _JOINING:
            continue
        while 0 <= i < len(tokens) and tokens[i].norm in _JOINING:
            i += step
        if 0 <= i < len(tokens) and (tokens[i].norm in covered or tokens[i].norm in _SIDES):
            return True
    return False


_SIDES = frozenset({"lower", "upper", "mid", "middle"})


_OUTSIDE_WITHIN = 3
_LINKING = frozenset(
    {"is", "are", "was", "were", "feels", "feel", "so", "really", "very", "still", "a", "bit", "all"}
)
_IN_MY = frozenset({"in", "on", "my", "the", "both", "left", "right", "around", "across"})


def _spelt_right_but_one(sentence: Sentence, chosen: Sequence[int], quality: Sequence[float]) -> bool:
    """True when the words at ``chosen`` are spelt right but for one misspelling beside them
    that is no English word ("I cant controol my bladder", "the numbnes in my left foot"):
    the word meant is clear. Two misspellings, a word alone, or a rarer real word one letter
    off ("peeking" for "peeing") are not: asked about, never raised."""
    typos = [i for i in chosen if quality[i] != 1.0]
    if not typos:
        return True
    return len(typos) == 1 and len(chosen) > 1 and sentence.tokens[typos[0]].norm not in rare_words()


def _contrast_swapped(
    phrase_keys: Sequence[str], keys: Sequence[str | None], tokens: Sequence[Token], chosen: Sequence[int]
) -> bool:
    """True when a word the phrase says after one side of its contrast ("better", "worse")
    is said just after the other: "better with rest" against "better with exercise, worse with
    rest" (not "exercise makes it better and resting makes it worse", whose sides come first)."""
    meant = _sides(phrase_keys)
    for at in chosen:
        key = keys[at]
        if key is None or key in _CONTRAST or meant.get(key) is None:
            continue
        before = at - 1
        while before >= 0 and keys[before] is None and tokens[before].norm in _CONTRAST_LINKS:
            before -= 1
        # (a mark between ends the side: "gym makes it better, rest makes it worse")
        apart = before >= 0 and tokens[before + 1].start - tokens[before].end > 1
        side = keys[before] if before >= 0 and keys[before] in _CONTRAST and not apart else None
        # (a side denied is the other, and no swap: "doesn't get better with rest" is no relief by
        # rest, a hunt, rev113; a side said denied the way round the phrase has it is read denied as
        # it is: "not better with exercise and worse with rest")
        if side is not None and side != meant[key] and not _side_denied(tokens, before, chosen):
            return True
    return False


def _side_denied(tokens: Sequence[Token], side: int, chosen: Sequence[int]) -> bool:
    """Whether the side of a contrast at ``side`` is denied outside the phrase's own words
    (``chosen``): "doesn't get better", "not any better"."""
    at = side - 1
    while at >= 0 and side - at <= _DENIAL_REACH and tokens[at].norm in _BEFORE_A_SIDE:
        at -= 1
    return at >= 0 and tokens[at].norm in _SIDE_DENIALS and at not in chosen


_DENIAL_REACH = 3  # words from the denial to the side: "doesn't really get better"
_BEFORE_A_SIDE = frozenset(
    {"get", "gets", "getting", "got", "any", "much", "really", "feel", "feels", "it", "its"}
)
_SIDE_DENIALS = frozenset(
    {"not", "doesnt", "dont", "didnt", "isnt", "never", "no", "wont", "cant", "nt", "aint"}
)


def _sides(keys: Sequence[str]) -> dict[str, str | None]:
    """Each key but a contrast's own, with the contrast word said last before it."""
    sides: dict[str, str | None] = {}
    side = None
    for key in keys:
        if key in _CONTRAST:
            side = key
        else:
            sides.setdefault(key, side)
    return sides


def _in_order(
    chosen: Sequence[int],
    found: Sequence[str],
    phrase: Phrase,
    keys: Sequence[str | None],
    tokens: Sequence[Token],
) -> bool:
    """True when the words at ``chosen`` follow the phrase's order with no other content
    word between them, nor a word that joins two places ("my back and hip" is no "back of
    my hip") unless the phrase is joined itself ("where the sacrum and pelvis meet"), nor one
    that goes from one place to another ("from my back to my leg" is no "back of my leg")."""
    words = [keys[i] for i in chosen]
    order = [k for k in dict.fromkeys(phrase.keys) if k in found]
    between = [i for i in range(chosen[0], chosen[-1] + 1) if i not in chosen]
    joined = " and " in phrase.label
    gap = any(
        keys[i] is not None
        or (tokens[i].norm in _AND and not joined)
        or (tokens[i].norm in _ON_TO and tokens[i].norm not in phrase.norms)
        for i in between
    )
    return words == order and not gap


_AND = frozenset({"and", "or", "n", "&", "nor", "plus"})
_CONTRAST = frozenset({"better", "wors"})  # the keys of "better" and "worse"
# the words between a side of a contrast and what it is said of: "better with rest", "worse
# after I exercise"
_CONTRAST_LINKS = frozenset(
    {"with", "after", "when", "if", "on", "for", "by", "from", "during", "i", "the", "a", "some"}
)
_ON_TO = frozenset(
    {"to", "into", "down", "through", "from", "towards", "toward", "till", "until", "up", "onto", "across"}
)


def _in_the_richest_clause(
    lexicon: Lexicon,
    sentence: Sentence,
    found: Sequence[str],
    positions: Mapping[str, list[int]],
    chosen: tuple[int, ...] | None,
) -> tuple[Sequence[str], Mapping[str, list[int]], tuple[int, ...] | None]:
    """The words ``found`` (``chosen`` their window in the sentence) that stand in their
    richest clause (`_richest_clause`), with their positions there and their window."""
    begin, end = _richest_clause(lexicon, sentence, found, positions)
    if (begin, end) == (0, len(sentence.tokens)):
        return found, positions, chosen  # one clause: the same words, still apart
    inside = tuple(k for k in found if any(begin <= p < end for p in positions[k]))
    local = {k: [p for p in positions[k] if begin <= p < end] for k in inside}
    return inside, local, _window(inside, local)


def _richest_clause(
    lexicon: Lexicon, sentence: Sentence, wanted: Sequence[str], positions: Mapping[str, list[int]]
) -> tuple[int, int]:
    """The clause holding a specific word of a phrase and, among those, most of its words."""
    if len(sentence.clause_starts) == 1:
        return 0, len(sentence.tokens)  # one clause: nothing to choose
    inside: dict[tuple[int, int], list[str]] = {}  # clause -> the phrase's words in it
    for key in wanted:
        for clause in dict.fromkeys(sentence.clause(p) for p in positions.get(key, ())):
            inside.setdefault(clause, []).append(key)

    def richness(clause: tuple[int, int]) -> tuple[bool, int]:
        return any(lexicon.specific(k) for k in inside[clause]), len(inside[clause])

    return max(sorted(inside), key=richness)


def _together_part(
    lexicon: Lexicon,
    sentence: Sentence,
    phrase: Phrase,
    content: Sequence[int],
    ends: Sequence[tuple[int, frozenset[str]]],
    found: Sequence[str],
    positions: Mapping[str, list[int]],
) -> list[str]:
    """The largest part of ``found`` around its first specific word whose words stand
    together; a part of one word only when that word is a symptom by itself."""
    anchor = next((k for k in found if lexicon.specific(k)), None)
    if anchor is None:
        return []
    part = [anchor]
    for key in found:
        if key == anchor:
            continue
        chosen = _window([*part, key], positions)
        if chosen is not None and _together(sentence, chosen, phrase, content, ends):
            part.append(key)
    if len(part) == 1 and not _a_symptom_alone(lexicon, anchor):
        return []
    return part


_BACK_WORDS = frozenset({"back", "backs", "spine"})  # said in nearly every message: half of no sign


def _too_little_to_deny(lexicon: Lexicon, match: _Match) -> bool:
    """True when too little of a sign matched in part (or not its own words) is said to tell
    which sign is denied."""
    return (
        len(match.positions) < 2
        or 2 * len(match.positions) < len(match.phrase.keys)
        or any(lexicon.specific(k) for k in set(match.phrase.wanted) - set(match.found))
    )


def _adds_nothing(
    lexicon: Lexicon,
    sentence: Sentence,
    match: _Match,
    doubted: Mapping[str, Mention],
    used: set[tuple[int, int]],
    said_elsewhere: Sequence[_Match],
    things: Set[int],
) -> bool:
    """True when the mentions of a partial match would change nothing in `interpret`, whatever
    their status: its signs are doubted already with a score as high (or it asks nothing), its
    words are used, too little of it is said to deny it, and it is no finding by itself to
    complete from elsewhere."""
    # (`_asks_more` of each entity, its words' worth asked once: they are the match's own)
    if any(_none_better(doubted, e, match) for e in match.entities) and _worth_asking(
        sentence, match, things
    ):
        return False
    if not used.issuperset(sentence.spans(match.positions)) or not _too_little_to_deny(lexicon, match):
        return False
    return not _a_part_to_complete(lexicon, sentence, match, said_elsewhere)


def _a_part_to_complete(
    lexicon: Lexicon, sentence: Sentence, match: _Match, said_elsewhere: Sequence[_Match]
) -> bool:
    """True when the part of a sign said here may be completed from what is said elsewhere: it
    is a finding itself (two of its words, or one that names a symptom, "fever"; one word alone
    may mean anything, "a chest x-ray ... my back is sore"), in its own sense ("a 10k for cancer
    research" is none) and said here, not read from another place."""
    return (
        match.exact_words
        and _a_finding_itself(lexicon, sentence, match)
        and not _another_sense(sentence, match)
        and match not in said_elsewhere
    )


def _asks_more(
    doubted: Mapping[str, Mention], entity: str, sentence: Sentence, match: _Match, things: Set[int]
) -> bool:
    """True when ``match`` would be the question asked of ``entity``: no better match of it is
    doubted already, and its words say enough to ask (`_worth_asking`)."""
    return _none_better(doubted, entity, match) and _worth_asking(sentence, match, things)


def _none_better(doubted: Mapping[str, Mention], entity: str, match: _Match) -> bool:
    """True when no match of ``entity`` doubted already scores as high as ``match``."""
    best = doubted.get(entity)
    return best is None or match.score > best.score


def _worth_asking(sentence: Sentence, match: _Match, things: Set[int] = frozenset()) -> bool:
    """True when the part of a sign found says enough to ask about the sign: not only words of
    ``[questions] asks_nothing_alone`` ("tight" of "my chest feels tight and my back hurts",
    "chair"), "back", which name nothing of the sign by themselves ("my back feels
    tight" asks nothing of chest pain), and the words of a thing used (``things``: "a hot
    water bottle on my back" asks nothing of a fever)."""
    nothing = language().asks_nothing_alone
    return any(
        (norm := sentence.tokens[p].norm) not in nothing and norm not in _BACK_WORDS and p not in things
        for p in match.positions
    )


def _a_finding_itself(lexicon: Lexicon, sentence: Sentence, match: _Match) -> bool:
    """True when the part of a phrase found is a finding by itself: two of its words, a
    word that names a symptom ("fever"), or a disease (``names_a_finding``: "myeloma")
    not followed by a word that makes it something else ("cancer research")."""
    if len(set(match.found)) > 1:
        return True
    key = match.found[0]
    if _a_symptom_alone(lexicon, key):
        return True
    return key in language().names_a_finding and not _named_otherwise(sentence, match.last)


def _said_of_another_place(
    kb: KnowledgeBase, sentence: Sentence, matches: list[_Match]
) -> tuple[list[_Match], list[_Match]]:
    """The matches, less the warning signs whose one word of state is said of another place
    next to it ("swollen ankles and a sore back" is no "swelling on my spine"), and the
    symptoms of one word said of no place of their own but next to another ("my knee is
    swollen", "pins and needles in my hands"): those are returned apart, as found in part
    (a sign is asked about; a symptom is no finding)."""
    lang = language()
    of_a_state = (lang.of_the_back, lang.of_the_spine, lang.of_the_saddle, lang.of_a_place)
    if not any(words.issuperset(match.entities) for match in matches for words in of_a_state):
        return matches, []  # most sentences: no match is a state said of a place (all kept below)
    tokens = sentence.tokens
    places: dict[int, bool] = {}  # position of a place's word -> whether it is of the back
    region_words: set[int] = set()  # ... of a region or a joint (a muscle is never "another")
    bottom_words: set[int] = set()  # ... of the buttock: of the back, but not of the spine's shape
    for match in matches:
        if all(kb.get(e).kind in _PLACES for e in match.entities):
            back = any(e in lang.back_places for e in match.entities)
            for position in match.positions:
                places[position] = places.get(position, False) or back
                if not _NOT_THE_SPINE.isdisjoint(match.entities):
                    bottom_words.add(position)
                if all(kb.get(e).kind is not Kind.MUSCLE for e in match.entities):
                    region_words.add(position)
    kept: list[_Match] = []
    apart: list[_Match] = []
    for match in matches:
        words = [p for p in match.positions if p not in places]
        own = [p for p in match.positions if p in places]
        of_the_back = lang.of_the_back.issuperset(match.entities)
        of_the_spine = lang.of_the_spine.issuperset(match.entities)
        of_the_saddle = lang.of_the_saddle.issuperset(match.entities)
        # one word of a state, or a state said of no place of its own ("my hands are numb",
        # "my knee is swollen and red", "swollen ankles and a sore back")
        if not (
            of_the_back or of_the_spine or of_the_saddle or lang.of_a_place.issuperset(match.entities)
        ) or not (len(words) == 1 or (words and not own)):
            kept.append(match)
            continue
        word = words[0]
        near = _next_to(sentence, word)
        # "a lump on my buttock, my back aches" is no lump on the spine
        shape = _SHAPE_OF_THE_SPINE.issuperset(match.entities)
        other = [
            i
            for i in near
            if (
                (of_the_back or of_the_spine)
                and i in region_words
                and (not places[i] or (shape and i in bottom_words))
                and i not in match.positions
            )
            or (not of_the_back and tokens[i].norm in lang.outside)
            # ... a part of the leg the state word is said of ("numb toes", "numb in my toes"),
            # not one said with its own verb ("my legs are numb and so is my bum")
            or (of_the_saddle and tokens[i].norm in lang.parts_of_the_leg and _said_of(tokens, word, i))
        ]
        # ... nearer than its own place, and not said with it ("my hands and feet")
        if other and all(
            abs(o - word) < abs(p - word) and not _joined(tokens, o, p) for o in other for p in own
        ):
            apart.append(match)
        else:
            kept.append(match)
    return kept, apart


_PLACES = frozenset({Kind.REGION, Kind.JOINT, Kind.MUSCLE})
_SHAPE_OF_THE_SPINE = frozenset({"structural-deformity"})
_LEGS_FROM_THE_BACK = frozenset(
    {"bilateral-sciatica", "bilateral-leg-pain", "radiating-leg-pain", "leg-pain"}
)
_NOT_THE_SPINE = frozenset({"buttock", "buttock-pain"})
_A_SWELLING_OF_THE_BUTTOCK = frozenset({"swelling-or-inflammation", "swelling-redness-warmth"})
_JOINING = frozenset({"and", "or", "my", "both", "the", "n", "&"})
_OF_A_PART = frozenset({"in", "my", "the", "both", "of", "on", "around"})


def _said_of(tokens: Sequence[Token], word: int, part: int) -> bool:
    """True when the state word at ``word`` is said of the part at ``part``: next to it ("numb
    toes", "toes numb") or with only "in my" between ("numb in my toes")."""
    low, high = sorted((word, part))
    return all(tokens[k].norm in _OF_A_PART for k in range(low + 1, high))


def _next_to(sentence: Sentence, position: int) -> list[int]:
    """The positions of the words within ``_NEXT_TO`` of ``position`` in its clause."""
    begin, end = sentence.clause(position)
    low, high = max(begin, position - _NEXT_TO), min(end, position + _NEXT_TO + 1)
    return [i for i in range(low, high) if i != position]


def _joined(tokens: Sequence[Token], one: int, other: int) -> bool:
    """True when only "and", "or", "my" ... stand between two places ("hands and feet")."""
    low, high = sorted((one, other))
    return all(tokens[i].norm in _JOINING for i in range(low + 1, high))


_NEXT_TO = 3  # words between a word of state and the place it is said of ("a lump in my breast")


_AUXILIARIES = frozenset({"had", "have", "has", "having", "got", "gotten", "getting", "was", "been"})


def _of_another_place(sentence: Sentence, match: _Match, mentions: Sequence[Mention]) -> bool:
    """True when the one word said of a sign is said of another place next to it: "my ankle is
    swollen and my back aches" (a body part outside what painkb covers, or a region that is no
    part of the back), so the back said elsewhere does not complete "swelling on my spine".
    Never for a disease word ("breast cancer")."""
    lang = language()
    tokens = sentence.tokens
    # "had" of "had back surgery" says nothing of where: "had knee surgery" is one word, "surgery";
    # nor, for an operation on the spine, the back found further on ("after ankle surgery, so my
    # lower back aches")
    spine = lang.of_the_spine.issuperset(match.entities)
    own = [
        p
        for p in match.positions
        if tokens[p].norm not in _AUXILIARIES
        and not (
            spine and any(m.entity.kind in _PLACES and m.start <= tokens[p].start < m.end for m in mentions)
        )
    ]
    if len(own) != 1:
        return False
    position = own[0]
    if tokens[position].key in lang.names_a_finding:
        return False
    near = _next_to(sentence, position)
    if any(tokens[i].norm in lang.outside for i in near):
        return True
    spans = [(tokens[i].start, tokens[i].end) for i in near]
    # (the buttock is of the back, but not of the spine's shape: "my bum cheek is swollen and
    # my back aches" is no swelling on the spine)
    shape = _SHAPE_OF_THE_SPINE.issuperset(match.entities)
    # read whole as the buttock's: "a hot red swollen lump on my bum cheek ... lower back aching"
    if shape and any(
        m.entity.id in _A_SWELLING_OF_THE_BUTTOCK and m.start <= tokens[position].start < m.end
        for m in mentions
    ):
        return True
    return any(
        m.entity.kind in _PLACES
        and (m.entity.id not in lang.back_places or (shape and m.entity.id in _NOT_THE_SPINE))
        and any(start <= m.start < stop for start, stop in spans)
        for m in mentions
    )


def _another_sense(sentence: Sentence, match: _Match) -> bool:
    """True when a disease word of the match is something else here: "a cancer nurse",
    "walked for cancer research" (``not_a_finding_before``)."""
    lang = language()
    if lang.not_a_finding_before.isdisjoint(sentence.norms):
        return False  # (nearly every sentence)
    names, tokens = lang.names_a_finding, sentence.tokens
    return any(tokens[i].key in names and _named_otherwise(sentence, i) for i in match.positions)


def _named_otherwise(sentence: Sentence, position: int) -> bool:
    """True when the word after ``position`` makes a disease word something else ("cancer
    research"): ``not_a_finding_before``."""
    after = position + 1
    return after < len(sentence.tokens) and sentence.tokens[after].norm in language().not_a_finding_before


def _a_symptom_alone(lexicon: Lexicon, key: str) -> bool:
    """True when the stem ``key`` is by itself a label of a symptom ("fever")."""
    return key in lexicon.symptom_stems


def _warning_signs(phrase: Phrase, entities: tuple[str, ...]) -> tuple[str, ...]:
    """The warning signs among a phrase's ``entities`` (only they are read from part of it)."""
    if entities == phrase.entities:
        return phrase.warning_signs
    return tuple(e for e in phrase.warning_signs if e in entities)


def _together(
    sentence: Sentence,
    chosen: tuple[int, ...],
    phrase: Phrase,
    content: Sequence[int],
    ends: Sequence[tuple[int, frozenset[str]]],
) -> bool:
    """True when the words at ``chosen`` stand close enough, in one clause, with nothing
    between them that keeps two findings apart (``content`` as for `_gap`)."""
    if len(chosen) == 1:
        return True
    if _gap(chosen, content) > _MAX_GAP or not _one_clause(sentence, chosen, phrase):
        return False
    if phrase.warning and _object_taken(sentence.tokens, chosen, phrase):
        return False  # "injured my pride when the physio said my hips ...": no injured hip
    if not ends:
        return True  # most sentences: no word that keeps findings apart
    return not any(chosen[0] < at < chosen[-1] and not words <= phrase.norms for at, words in ends)


def _object_taken(tokens: Sequence[Token], chosen: tuple[int, ...], phrase: Phrase) -> bool:
    """True when the verb of a warning sign's phrase said "<verb> my <place>" takes another
    thing as its "my": a word of its own after that "my", then the place with a determiner of
    its own further on, not joined to it ("took a hit to my pride when the physio said my hips
    are tight", read "injured my pride ...", is no injured hip; "injured my knee and my hip",
    "injured my left hip" still are)."""
    first, then = chosen[0], chosen[1]
    if then - first < 4 or tokens[first + 1].norm not in _OWNERS:
        return False  # most matches: the place right after the verb's "my" ("injured my hip")
    label = phrase.label.lower().split()
    verb = tokens[first].norm
    if not any(word == verb and after in _OWNERS for word, after in itertools.pairwise(label)):
        return False  # a label of another shape ("numb legs": "can't feel the backs of my legs")
    for k in range(first + 3, then):
        if tokens[k].norm in _OWNERS:
            return not _JOINED_ON.fullmatch(" ".join(tokens[j].norm for j in range(first + 3, k)))
    return False


# the determiners of a verb's object ("injured my hip") and the words that join a second
# object to the first ("injured my knee and my hip", "my knee, my hip", "my wrist as well as my
# hip", "my shoulder, then my hip"; not a clause's "as": "injured my pride as my hips ...")
_OWNERS = frozenset({"my", "the", "his", "her", "their", "our", "your"})
_JOINED_ON = compile_pattern(
    r"(?:(?:and|or|n|&|also|plus|then|too|as\s+well\s+as|along\s+with|together\s+with|but\s+also)(?:\s+|$))*"
)


def _gap(chosen: tuple[int, ...], content: Sequence[int]) -> int:
    """How many content words stand between the words at ``chosen`` (sorted, all content
    words); ``content[i]`` counts the content words before position ``i``."""
    return content[chosen[-1] + 1] - content[chosen[0]] - len(chosen)


def _window(
    found: Sequence[str], positions: Mapping[str, list[int]], cuts: Sequence[int] = ()
) -> tuple[int, ...] | None:
    """A close set of positions holding one of each key (each position used once).

    Every position of every key is tried as the anchor, the other keys taking their
    nearest position; the narrowest result wins. The keys are distinct and a position
    holds one key, so no two keys ever share a position.
    """
    if not found:
        return None
    if len(found) == 1:
        return (positions[found[0]][0],)  # every anchor is as narrow: the first wins
    lists = [positions[key] for key in found]
    if cuts:
        # a phrase's words are not read across a denial or a doubt said between them when
        # they stand together on one side of it: "it hurts more when I cough, no leg pain"
        # says the cough sign, and denies leg pain
        whole = _window(found, positions)
        if whole is None or not any(whole[0] < cut < whole[-1] and cut not in whole for cut in cuts):
            return whole
        parts = []
        for low, high in zip((0, *cuts), (*cuts, sys.maxsize), strict=True):
            kept = {key: [p for p in positions[key] if low <= p < high] for key in found}
            if all(kept.values()):
                part = _window(found, kept)
                if part is not None:
                    parts.append(part)
        return min(parts, key=lambda part: part[-1] - part[0], default=whole)
    only: list[int] = []
    for options in lists:
        if len(options) > 1:
            break
        only.append(options[0])
    else:
        return tuple(sorted(only))  # the only choice
    best: tuple[int, ...] | None = None
    width = 0
    for index, anchors in enumerate(lists):
        for anchor in anchors:
            chosen = [anchor]
            for other, options in enumerate(lists):
                if other != index:
                    chosen.append(options[0] if len(options) == 1 else _nearest(options, anchor))
            low, high = min(chosen), max(chosen)
            if best is None or high - low < width:
                best, width = tuple(sorted(chosen)), high - low
    return best


def _windows_by_width(found: Sequence[str], positions: Mapping[str, list[int]]) -> list[tuple[int, ...]]:
    """Every window `_window` weighs (one per anchor), narrowest first: where the narrowest is
    not said together, a wider one may be ("I feel weak, both legs are weak")."""
    lists = [positions[key] for key in found]
    windows = set()
    for index, anchors in enumerate(lists):
        for anchor in anchors:
            chosen = [anchor]
            for other, options in enumerate(lists):
                if other != index:
                    chosen.append(_nearest(options, anchor))
            if len(set(chosen)) == len(chosen):
                windows.add(tuple(sorted(chosen)))
    return sorted(windows, key=lambda w: (w[-1] - w[0], w))


def _nearest(options: list[int], anchor: int) -> int:
    """The position among ``options`` (sorted) nearest ``anchor``, the first on a tie."""
    return min(options, key=lambda p: abs(p - anchor))


_AN_AGE = 10  # the least number in a phrase read as an age


_THIRD_PERSON_WORDS = frozenset({"he", "hes", "she", "shes", "his", "him", "her", "hers"})
_THEIR_BODY = frozenset({"his", "him", "her", "hers"})
_SPEECH = frozenset({"says", "said", "say", "thinks", "thought", "reckons", "told", "tells", "reckoned"})


# "she's four months old (now)", "he is 2 now", "he's 18 months"
_AGE_GIVEN = compile_pattern(
    r" (?:she|he|shes|hes)(?: is| was| turned| just turned)? "
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|half|a few|eighteen)"
    r"(?: and a half)?(?: (?:days?|weeks?|months?|years?|yrs?))?"
    r"(?: old)?(?: now| today| next week| next month)?(?= |$)"
)
_A_BIRTH = frozenset(
    {"born", "arrived", "baby", "birth", "newborn", "pregnancy", "labour", "labor", "delivery"}
)
_FOR_A_FRIEND = compile_pattern(r"\bfor (?:a|my) (?:friend|mate|pal)\b")


def _about_someone_else(sentence: Sentence) -> bool:
    """True for a sentence about "he" or "she" with no word of the writer's ("Since a big
    tackle on Saturday he says both his legs feel weak"): what it reports is theirs."""
    tokens = sentence.tokens
    if _a_writer_word(tokens):
        return False
    norms = {t.norm for t in tokens}
    told = " ".join(t.norm for t in tokens)
    if _FOR_A_FRIEND.search(told):
        return True  # "Asking for a friend - numb bum and leaking, reckon that's serious?"
    if not norms & _THIRD_PERSON_WORDS:
        return False
    # "Bum pain ever since the baby arrived, and she's four months old now": a child born
    # and only given an age is no one whose findings the sentence tells
    if norms & _A_BIRTH and not _THIRD_PERSON_WORDS.intersection(_AGE_GIVEN.sub(" ", f" {told} ").split()):
        return False
    # "She says it's sciatica" may be a clinician speaking of the writer; "he says his legs
    # feel weak" is about him.
    return not norms & _SPEECH or bool(norms & _THEIR_BODY)


def _a_writer_word(tokens: Sequence[Token]) -> bool:
    """True when a word of the writer's stands in ``tokens``; the "my" of "my dad" names the
    relative, not the writer ("My dad (78) fell in the garden and now can't stand")."""
    return any(
        t.norm in WRITER_WORDS
        and not (t.norm == "my" and i + 1 < len(tokens) and tokens[i + 1].norm in RELATIVES)
        for i, t in enumerate(tokens)
    )


def _in_their_form(sentence: Sentence, their_forms: Sequence[tuple[int, int]]) -> bool:
    """True for a sentence of a form about someone else (`forms_about_someone_else`) with no
    word of the writer's: "Patient: mum, 66. Hx: breast cancer" is her cancer (not "... I had a
    fall": the writer's)."""
    at = sentence.tokens[0].start
    return any(start <= at < end for start, end in their_forms) and not _a_writer_word(sentence.tokens)


def _going_on_about_them(sentence: Sentence, triggers: Sequence[Trigger]) -> frozenset[int]:
    """The starts of the clauses that name no one and follow a clause about someone else in
    the sentence: they go on about that person ("My dad's back is bad, both legs are numb")."""
    if len(sentence.clause_starts) < 2 or not any(t.status is Status.OTHER_PERSON for t in triggers):
        return frozenset()
    tokens = sentence.tokens
    going_on: set[int] = set()
    theirs = False
    for start in sentence.clause_starts:
        begin, end = sentence.clause(start)
        norms = [tokens[i].norm for i in range(begin, end)]
        writer = any(
            norm in WRITER_WORDS and not (norm == "my" and i + 1 < len(norms) and norms[i + 1] in RELATIVES)
            for i, norm in enumerate(norms)
        )
        named = any(t.status is Status.OTHER_PERSON and begin <= t.first < end for t in triggers)
        if writer or named or _THIRD_PERSON_WORDS.intersection(norms):
            theirs = named and not writer
        elif theirs:
            going_on.add(begin)
    return frozenset(going_on)


def _theirs(mentions: list[Mention], theirs: bool) -> list[Mention]:
    if not theirs:
        return mentions
    return [with_status(m, Status.OTHER_PERSON) if m.present else m for m in mentions]


def _numbers_agree(match: _Match, stated: tuple[int, tuple[int, int]] | None) -> bool:
    """A phrase with a number in it ("I'm over 50 and ...") is an age: it matches only
    when the text states that age (``stated``, from `age_in`; "after 50 yards" is no age)."""
    if Kind.WARNING_SIGN not in match.phrase.kinds:
        return True  # "figure-4 stretch"
    numbers = [int(k) for k in match.phrase.wanted if k.isdigit() and int(k) >= _AN_AGE]
    if not numbers:
        return True
    return stated is not None and any(stated[0] in (n - 1, n, n + 1) for n in numbers)


def _described(
    kb: KnowledgeBase,
    sentence: Sentence,
    matches: list[_Match],
    partial: list[_Match],
    triggers: Sequence[Trigger],
) -> list[_Match]:
    """Leave out a one-word symptom that flags a warning sign and lies among the words of a
    warning sign matched in part ("loss of sensation when you pass a bowel motion" is not
    numbness of the legs): the sign is asked about instead. A symptom that flags nothing
    stays ("my back is stiff" is stiffness), as does one beside a sign found whole, one with
    a negation between it and the rest ("bladder and bowels fine, no numbness"), and one whose
    sign's words run into another clause ("my calf has felt numb, and I've slipped")."""
    if not partial or not any(_a_one_word_symptom(m) for m in matches):
        return matches  # most sentences: nothing that may be left out (see below)
    whole = {e for m in matches for e in m.entities}
    denials = [t.first for t in triggers if t.status is Status.ABSENT]
    spans = [
        (m.first, m.last, frozenset(m.entities))
        for m in partial
        if len(m.found) >= 2
        and not set(m.entities) <= whole
        and not any(m.first < d < m.last and d not in m.positions for d in denials)
        and sentence.clause(m.first) == sentence.clause(m.last)
        # ... nor one denied whole ("no tingling or numbness anywhere": both are denied)
        and status_of(m.first, m.last, sentence.clause(m.first), triggers, sentence.tokens, m.phrase.norms)
        is not Status.ABSENT
    ]
    if not spans:
        return matches  # no sign matched in part: nothing to leave out

    def signs_flagged(match: _Match) -> frozenset[str]:
        return frozenset(link.subject for e in match.entities for link in kb.links_to(e, "flagged_by"))

    # (not where the sign in part is the only one the symptom flags: "my buttock is inflamed and
    # hot" is the swelling of the buttock, whose alias "hot swollen bottom" is found in part)
    return [
        m
        for m in matches
        if not (
            _a_one_word_symptom(m)
            and (flagged := signs_flagged(m))
            and any(first <= m.first <= last and signs != flagged for first, last, signs in spans)
        )
    ]


def _a_one_word_symptom(match: _Match) -> bool:
    """True when the match's phrase is one word of symptoms only ("numb")."""
    return len(match.phrase.wanted) == 1 and match.phrase.kinds == (Kind.SYMPTOM,) * len(match.phrase.kinds)


def _in_scope(kb: KnowledgeBase, sentence: Sentence, matches: list[_Match]) -> list[_Match]:
    """Leave out symptoms in a clause about a body part painkb does not cover ("my elbow
    is numb"), unless the clause also names a covered region ("numb hands and feet"); so too
    the warning signs of ``[scope] of_the_place_said`` ("woke in the night with a stiff neck")."""
    outside = language().outside
    of_the_place_said = language().of_the_place_said
    if outside.isdisjoint(token.norm for token in sentence.tokens):
        return matches  # most sentences: no body part painkb does not cover
    kept = []
    for match in matches:
        begin, end = sentence.clause(match.first)
        if any(sentence.tokens[i].norm in outside for i in range(begin, end)):
            kinds = {kb.get(e).kind for e in match.entities}
            regions = any(
                kb.get(e).kind is Kind.REGION
                for other in matches
                if begin <= other.first < end
                for e in other.entities
            )
            if (kinds == {Kind.SYMPTOM} or of_the_place_said.issuperset(match.entities)) and not regions:
                continue
        kept.append(match)
    return kept


def _one_clause(sentence: Sentence, chosen: tuple[int, ...], phrase: Phrase) -> bool:
    # A phrase may cross a clause break only where the break word is one of its words
    # ("had cancer and now my legs are weak"); not "both" opening a clause with a state of its
    # own ("back pain, both legs numb" is no pain in both legs; "my legs turned to jelly, both of
    # them" is still both legs).
    if sentence.clause(chosen[0]) == sentence.clause(chosen[-1]):
        return True  # within one clause: nothing to cross
    tokens = sentence.tokens
    # The spine's shape, and pain in the legs from the back, never cross a new subject: "both
    # legs getting weaker, my back has been in agony" is no sciatica in both legs (the back's
    # pain is its own)
    kept_apart = _SHAPE_OF_THE_SPINE.issuperset(phrase.entities) or _LEGS_FROM_THE_BACK.issuperset(
        phrase.entities
    )
    return all(
        tokens[start].norm in phrase.norms
        and not (kept_apart and tokens[start].norm in _SUBJECT_OPENERS)
        and not _both_in_a_state(sentence, start)
        for start in sentence.clause_starts
        if chosen[0] < start <= chosen[-1]
    )


# Words that open a clause as its new subject after a comma: the spine's shape is not read
# across them ("a lump on my buttock, my back aches" is no lump on the spine; its "my" is a
# determiner, not the word that joins the clauses).
_SUBJECT_OPENERS = frozenset({"my", "his", "her", "their", "the", "i", "im", "ive", "it", "its", "this"})


def _both_in_a_state(sentence: Sentence, start: int) -> bool:
    """True when the clause at ``start`` opens with "both" and says a state of feeling or
    strength of its own ("both legs numb", "both legs went weak")."""
    tokens = sentence.tokens
    if tokens[start].norm != "both":
        return False
    before = {tokens[i].norm for i in range(start)}
    if "legs" in before and before & _PAIN_WORDS and before.isdisjoint(_DENYING_WORDS):
        return False  # "shooting pain down my legs, both legs tingling": the pain's legs too
    states = language().both_then_a_state
    said = {tokens[i].norm for i in range(start + 1, sentence.clause(start)[1])}
    return bool(said & states) and said.isdisjoint(_PAIN_WORDS)  # "both legs burning" is a pain


_DENYING_WORDS = frozenset({"no", "not", "dont", "doesnt", "fine", "never", "ok", "okay"})
_PAIN_WORDS = frozenset(
    {
        "pain", "pains", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "sore",
        "burning", "burn", "burns", "shooting", "throbbing", "agony", "killing",
    }
)  # fmt: skip


def _resolve(kb: KnowledgeBase, matches: list[_Match]) -> list[_Match]:
    ordered = sorted(matches, key=lambda m: (-len(m.positions), -m.score, m.first, m.phrase.label))
    chosen: list[_Match] = []
    spots: list[set[int]] = []  # the positions of each chosen match
    for match in ordered:
        spot = set(match.positions)
        keep = True
        for other, other_spot in zip(chosen, spots, strict=True):
            if not spot <= other_spot:
                continue
            # An entity found again, inside, through another of its labels counts once; the
            # other entities of a shared label stay ("can't lift my foot" is a symptom too).
            rest = tuple(e for e in match.entities if e not in other.entities)
            if not rest:
                keep = False
                break
            match = _Match(
                match.phrase, match.positions, match.score, match.exact, rest, match.found, match.exact_words
            )
            if spot == other_spot:
                continue  # two entities read the same words the same way: keep both
            kinds = {kb.get(e).kind for e in match.entities}
            other_kinds = {kb.get(e).kind for e in other.entities}
            if Kind.SYMPTOM in kinds and Kind.WARNING_SIGN in kinds and Kind.SYMPTOM in other_kinds:
                # "pain down legs" in "pain down both legs": its sign stays, not its symptom (the
                # outer words' symptom says it more exactly)
                signs = tuple(e for e in match.entities if kb.get(e).kind is Kind.WARNING_SIGN)
                match = attrs.evolve(match, entities=signs)
                continue
            if Kind.WARNING_SIGN in kinds:
                continue  # a warning sign is never hidden ("had cancer" in "had cancer and now ...")
            if kinds == {Kind.REGION} and other_kinds & _CONTAINERS:
                continue  # "lower back" in "lower back pain" still says where
            if kinds == {Kind.SYMPTOM} and len(match.phrase.wanted) > 1 and Kind.WARNING_SIGN in other_kinds:
                continue  # "lower back pain" in "pain in my lower back when I cough" is said too
            if (
                kinds == {Kind.SYMPTOM}
                and _flags_one_of(kb, match.entities, other.entities)
                # ... unless a symptom of the outer words says it more exactly ("weakness in both
                # legs" for "legs feel weak" in "both legs feel weak")
                and Kind.SYMPTOM not in other_kinds
            ):
                continue  # "fever" in "fever and back pain": the sign rests on it
            keep = False
            break
        if keep:
            chosen.append(match)
            spots.append(spot)
    return chosen


def _pain_of_the_nearer_place(
    kb: KnowledgeBase, text: str, sentence: Sentence, matches: list[_Match]
) -> tuple[list[_Match], set[tuple[int, int]]]:
    """``matches`` less the pain of a place whose pain word is another place's, said right after
    that other place: "landed on my backside, my lower back really hurts" is no buttock pain,
    "pins and needles in both legs and lower back pain" no pain in both legs (nor, through
    "both legs hurt from my back", sciatica in both legs). A place said
    with nothing of its own shares it ("my hip and back hurt"); one with a state of its own
    ("numb bum and back pain"), legs with words of their own before the other place ("both my
    legs are bruised, back sore": `_a_state_then_apart`) or the object of an action ("landed on
    my bum") does not.
    Also returns the spans of the places left without that pain."""
    tokens = sentence.tokens
    places = {p for m in matches if all(kb.get(e).kind in _PLACES for e in m.entities) for p in m.positions}
    # ... and a place word read only within a pain's phrase ("lift either leg properly, back
    # pain" has no "leg" of its own: "leg pain" holds it)
    places.update(p for m in matches for p in m.positions if tokens[p].norm in _PLACE_WORDS)
    if len(places) < 2:
        return matches, set()
    kept = []
    elsewhere: set[tuple[int, int]] = set()
    for match in matches:
        own = [p for p in match.positions if p in places]
        said = [p for p in match.positions if p not in places and own and p > max(own)]
        source = False
        if own and said:
            # A place the phrase names after its pain word ("both legs hurt from my back") is
            # where the pain comes from, not what hurts: said just before the pain word
            # ("both legs and lower back pain"), it is the nearer place.
            order = match.phrase.keys
            pain_at = order.index(tokens[min(said)].key) if tokens[min(said)].key in order else -1
            hurting = [p for p in own if tokens[p].key not in order or order.index(tokens[p].key) < pain_at]
            source = bool(hurting) and len(hurting) < len(own)
            own = hurting or own
        if not (own and said and all(_a_pain(kb, e) or (source and _a_sign(kb, e)) for e in match.entities)):
            kept.append(match)
            continue
        nearer = [p for p in places if max(own) < p < min(said)]
        if not nearer or min(said) - max(nearer) > _PAIN_AFTER_ITS_PLACE:
            kept.append(match)
            continue
        stated = any(
            other is not match
            and own[0] in other.positions
            and min(said) not in other.positions
            and not all(kb.get(e).kind in _PLACES for e in other.entities)
            for other in matches
        ) or (
            _LEGS_FROM_THE_BACK.issuperset(match.entities)
            and _a_state_then_apart(text, tokens, max(own), min(nearer))
        )
        before = own[0] - 1
        while before >= 0 and tokens[before].norm in _OWNING:
            before -= 1
        if stated or (before >= 0 and tokens[before].norm in _ONTO):
            elsewhere.update(sentence.spans(own))
            continue
        kept.append(match)
    return kept, elsewhere


def _a_state_then_apart(text: str, tokens: Sequence[Token], place: int, other: int) -> bool:
    """True when the legs at ``place`` have words of their own, then a comma or "and", before
    the other place at ``other``: "both my legs are bruised after the fall, back sore", "both
    thighs cramping and back sore" (not a list of places sharing one pain: "both legs, lower
    back and bum all hurt"; only the legs: "slid on the ice, bum first, tailbone is agony" hurt
    the bum too)."""
    own_words = False
    for index in range(place + 1, other + 1):
        token = tokens[index]
        if own_words and (token.norm == "and" or "," in text[tokens[index - 1].end : token.start]):
            return True
        if index < other and token.norm not in _JOINING:
            own_words = True
    return False


_PAIN_AFTER_ITS_PLACE = 3  # "lower back pain", "my lower back really hurts"
_PLACE_WORDS = BARE_PLACES | {"thigh", "thighs"}
_OWNING = frozenset({"my", "the", "his", "her", "their", "your", "both", "left", "right", "flat", "me", "a"})
_ONTO = frozenset(
    {"on", "onto", "in", "into", "off", "from", "at", "through", "across", "over", "under", "down"}
)


def _flags_one_of(kb: KnowledgeBase, symptoms: tuple[str, ...], signs: tuple[str, ...]) -> bool:
    """True when one of ``symptoms`` is a flagged_by part of one of ``signs``."""
    return any(link.subject in signs for symptom in symptoms for link in kb.links_to(symptom, "flagged_by"))


def _mentions(
    kb: KnowledgeBase,
    sentence: Sentence,
    match: _Match,
    triggers: Sequence[Trigger],
    long_ago: frozenset[tuple[int, int]] = frozenset(),
    to_come: frozenset[tuple[int, int]] = frozenset(),
    quoted: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    positions = match.positions
    place = sentence.place(positions)
    entities = list(map(kb.get, match.entities))
    lang = language()
    status = Status.PRESENT  # when nothing in the sentence changes what is said
    if triggers:
        felt = lang.felt_in_a_comparison
        literal = all(e.kind in _LITERAL or e.id in felt for e in entities)
        status = status_of(
            positions[0], positions[-1], place.clause, triggers, sentence.tokens, match.phrase.norms, literal
        )
    if quoted and _inside(place.start, quoted):
        status = Status.OTHER_PERSON  # their own words, quoted: 'he said "I can't feel my bum"'
    elif status is Status.PRESENT and triggers and _their_clause_goes_on(sentence, place.clause, triggers):
        status = Status.OTHER_PERSON  # "My dad has had back pain and now can't pass urine"
    elif status is Status.PRESENT and triggers and _their_report_goes_on(sentence, triggers, positions[0]):
        status = Status.UNCERTAIN  # "Dad says both legs weak, can't pee since yesterday"
    if status is Status.PRESENT and (place.clause in long_ago or sentence.clause(positions[0]) in long_ago):
        # ... or its first words are ("I had a UTI a few years back, and this back pain ...")
        status = Status.HISTORICAL
    elif status is Status.HISTORICAL and _says_when_it_started(sentence, place.clause):
        status = Status.PRESENT  # "my back pain started 2 years ago": only its start is past
    if status is Status.HISTORICAL and _a_recent_day_between(sentence, triggers, place.clause, positions[0]):
        # a recent time of its own after the time long gone: "Years ago I had a slipped disc, on
        # Monday I lost control of my bladder"
        status = Status.PRESENT
    opening = _report_opening(sentence, place.clause) if sentence.question else None
    asked = sentence.question and _in_the_question(sentence, place.clause) and opening is None
    # "Can I get numb legs from back pain?": what may happen to anyone, asked of any finding
    possible = (asked and _asked_as_possible(sentence, place.clause)) or _said_of_anyone(
        sentence, place.clause, positions[0]
    )
    yes_or_no = asked and _asked_yes_or_no(sentence, place.clause, positions[0], positions[-1])
    mentions = []
    for entity in entities:
        own = status
        if (
            own is Status.HISTORICAL
            and entity.id in lang.past_counts_as_present
            and lang.past_course.get(entity.id, frozenset()).isdisjoint(match.phrase.norms)
        ):  # a lasting condition, not a course that ended ("steroids in 2019")
            own = Status.PRESENT
        if own is Status.ABSENT and entity.id in lang.a_history_stays:
            own = _denied_before(lexicon_of(kb), place.clause, triggers, sentence, match)
        if own is Status.ABSENT and asked:
            own = Status.UNCERTAIN  # a denial asked back ("no bowel problems? well I've had ...")
        elif (
            own is Status.PRESENT
            and entity.id in lang.asked_when_to_come
            # (a finding read across clauses takes one of them: "the specialist said surgery, my
            # back has been sore all week")
            and any(begin < place.clause[1] and place.clause[0] < end for begin, end in to_come)
        ):
            own = Status.UNCERTAIN  # "Having my op on Monday": an operation or a course still to come
        elif own is Status.PRESENT and possible:
            own = Status.UNCERTAIN
        elif (
            own is Status.PRESENT
            and yes_or_no
            and entity.kind is Kind.SYMPTOM
            and kb.links_to(entity.id, "flagged_by")
        ):  # "Is my foot dropping?", "Am I losing control of my bladder?": a sign's symptom doubted
            own = Status.UNCERTAIN
        elif own is Status.PRESENT and asked and (entity.kind in _GUESSED or not _of_the_writer(sentence)):
            own = Status.UNCERTAIN  # a guess, or a question in general ("Can you get saddle numbness?")
        elif own is Status.PRESENT and sentence.question and _after_if(sentence, positions[0], opening):
            own = Status.UNCERTAIN  # "Should I call 999 if my legs go weak and I can't pee?"
        elif own is Status.PRESENT and _imagined(sentence, positions[0]):
            own = Status.UNCERTAIN  # "I wonder if I fell off a horse again would I hurt my back worse"
        mentions.append(
            Mention(
                entity,
                place.start,
                place.end,
                place.orth,
                own,
                match.score,
                match.phrase.label,
                place.side,
                match.exact,
            )
        )
    return mentions


# Words that open a predicate with no subject of its own: "... and now can't pass urine",
# "... but keeps falling over".
_PREDICATE_OPENINGS = frozenset(
    {
        "cant", "can", "cannot", "couldnt", "could", "has", "hasnt", "had", "hadnt", "is", "isnt",
        "was", "wasnt", "keeps", "kept", "started", "starts", "gets", "got", "wont", "will", "needs",
        "needed", "does", "doesnt", "did", "didnt", "feels", "felt", "says", "said", "seems",
    }
)  # fmt: skip
_BEFORE_A_PREDICATE = frozenset({"and", "then", "also", "still", "now", "suddenly"})


def _their_clause_goes_on(sentence: Sentence, clause: tuple[int, int], triggers: Sequence[Trigger]) -> bool:
    """True when ``clause`` opens with a clause break and a predicate with no subject ("and
    now can't pass urine") after a clause told of another person ("My dad has had back pain
    for 2 weeks"): the predicate is that person's too."""
    begin, end = clause
    tokens = sentence.tokens
    if begin == 0:
        return False
    opened = tokens[begin].norm in language().clause_breaks
    at = begin + 1 if opened else begin
    while at < end and tokens[at].norm in _BEFORE_A_PREDICATE:
        at += 1
    if at >= end:
        return False
    if not (opened and tokens[at].norm in _PREDICATE_OPENINGS) and not _owner_left_out(tokens, at, end):
        return False
    before = sentence.clause(begin - 1)
    return status_of(begin - 1, begin - 1, before, triggers, tokens) is Status.OTHER_PERSON


def _their_report_goes_on(sentence: Sentence, triggers: Sequence[Trigger], first: int) -> bool:
    """True when the sentence opens with someone who "says" a finding ("Dad says both legs weak,
    can't pee since yesterday": a review, rev81) and no word of the writer's stands between that
    and the finding at ``first``: what they report goes on past a comma, asked (not "Partner
    says burning up, I'm 39.4 and shaking": the writer's)."""
    opening = triggers[0]
    tokens = sentence.tokens
    return (
        opening.first == 0
        and opening.status is Status.UNCERTAIN
        and tokens[opening.last].norm in SAYING
        and opening.last < first
        and all(t.norm not in WRITER_WORDS for t in tokens[opening.last + 1 : first])
    )


# A part of the body told in the past with no owner: "my uncle had surgery for cauda equina,
# both legs went numb" (the writer's own would be "my legs").
_UNOWNED_OPENINGS = frozenset({"both", "the", "whole", "left", "right"})
_TOLD_VERBS = frozenset({"went", "were", "was", "had", "became", "got", "gave", "stopped", "felt"})


def _owner_left_out(tokens: Sequence[Token], at: int, end: int) -> bool:
    """True when the words from ``at`` are a part of the body with no owner and a verb in
    the past ("both legs went numb")."""
    while at < end and tokens[at].norm in _UNOWNED_OPENINGS:
        at += 1
    body = body_words()
    if at >= end or tokens[at].norm not in body:
        return False
    while at < end and tokens[at].norm in body:
        at += 1
    return at < end and tokens[at].norm in _TOLD_VERBS


_NOT_FOUND = frozenset({"ruled", "excluded"})  # a denial after a cancer: looked for, not found


def _denied_before(
    lexicon: Lexicon,
    clause: tuple[int, int],
    triggers: Sequence[Trigger],
    sentence: Sentence,
    match: _Match,
) -> Status:
    """The status of a finding from the triggers before its words only: a cancer "that's
    been under control" is still a past cancer; "never had cancer" is none, and so is one
    whose telling word follows a denial among its words ("back pain started this week,
    never had cancer"), or that was looked for and not found ("had cancer ruled out")."""
    positions = match.positions
    tokens = sentence.tokens
    before = [
        t
        for t in triggers
        if t.first < positions[0]
        or (t.first > positions[0] and any(p > t.last and lexicon.specific(tokens[p].key) for p in positions))
        or (
            # (right after the cancer's words: not "prostate cancer and bone mets have been ruled out")
            t.status is Status.ABSENT
            and t.direction is Direction.BACKWARD
            and t.first - 1 in positions
            and any(tokens[i].norm in _NOT_FOUND for i in range(t.first, t.last + 1))
        )
    ]
    if not before:
        return Status.PRESENT
    return status_of(positions[0], positions[-1], clause, before, sentence.tokens, match.phrase.norms)


# A clause told as the past: a time long gone ("years ago", "as a kid", "at 19" from someone
# who is 52) and nothing that brings it to now ("now", "still", "since", "is", "hurts" ...).
_A_COUNT = (
    r"(?:\d+|a\s+few|a\s+couple\s+of|many|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"fifteen|twenty|thirty|forty)"
)
_AGE_IN_WORDS = {
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
}  # fmt: skip
_LONG_AGO = compile_pattern(
    rf"\b(?:{_A_COUNT}\s+(?:years?|yrs?)\s+(?:ago|back)|(?:years|decades?)\s+(?:ago|back)|"
    # "ago" as many other languages say it: "Before two years I had pain going in the leg"
    rf"before\s+{_A_COUNT}\s+(?:years?|yrs?)\b|"
    r"(?:over\s+)?a\s+year\s+ago|a\s+long\s+time\s+ago|long\s+ago|(?<!the\s)last\s+year|"
    # more than a year told in months: "a fall from a ladder about 18 months ago"
    r"(?:1[3-9]|[2-9]\d|eighteen|thirteen|fourteen|fifteen|sixteen|seventeen|nineteen|twenty)\s+months\s+ago|"
    r"last\s+(?:spring|summer|autumn|fall|winter)|"
    r"as\s+a\s+(?:child|kid|teenager|teen|youngster|boy|girl|baby)|"
    r"back\s+in\s+(?:my\s+)?(?:teens|twenties|thirties|forties|fifties|[2-6]0s|the\s+day|\d{4})|"
    # "Back in March I fell and couldn't stand for a day" (months before this one: see _told_as_past)
    # (not "surgery on my lower back in January": the back itself)
    r"(?<!\bmy\s)(?<!\bthe\s)(?<!lower\s)(?<!upper\s)(?<!\bmid\s)(?<!middle\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)"
    r"back\s+in\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    # "a temperature of 39 when I had covid in 2020" (a year before this one: see _told_as_past)
    # ... or said to be one: "the back op was 2012, no problems since"
    r"(?:in|during|was|were)\s+(?P<year>(?:19|20)\d\d)(?![\d:]|\.\d)|"
    # "Back in uni I had a kidney infection with fevers"
    r"back\s+(?:in|at)\s+(?:uni|university|college|school|sixth\s+form)|"
    r"when\s+i\s+was\s+(?:a\s+)?(?:child|kid|teenager|teen|younger|little|small|pregnant|at\s+school|"
    # a child's age in words: "I was hit by a car when I was nine"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    # ... and an older one: "Car crash when I was nineteen; I'm 40 now" (a review rev69)
    rf"(?P<wasword>{'|'.join(_AGE_IN_WORDS)})|"
    r"(?P<was>\d{1,2})(?![\d:]|\.\d))\b"
    # (not a height, a distance or a time: "when I was twenty feet up", "when I was 40 minutes from home")
    r"(?!\s*(?:feet|foot|ft|metres?|meters?|m|minutes?|mins?|miles?|yards?|seconds?|secs?|hours?|hrs?|"
    r"km|kilometres?|steps?|rungs?)\b)(?!\s*(?:weeks?|days?|months?)\b(?!\s+old))|"
    # "I wet the bed till I was about 8"
    r"(?:till|until|til)\s+i\s+was\s+(?:about\s+|around\s+)?(?P<till>\d{1,2})(?![\d:]|\.\d)\b|"
    # (nor a time the writer is up or woken at: "ugh up again at 3, back throbbing", "woke at 4
    # with my back", "it wakes me at 2": a review, rev103)
    r"(?<!\bup\s)(?<!\bup\sagain\s)(?<!\bawake\s)(?<!\bwoke\s)(?<!\bwake\s)(?<!\bwakes\s)(?<!\bwaking\s)"
    r"(?<!\bwoken\s)(?<!\bwoke\sme\s)(?<!\bwakes\sme\s)(?<!\bwake\sme\s)(?<!\bwaking\sme\s)"
    r"\bat\s+(?:the\s+age\s+of\s+|age\s+)?(?P<at>\d{1,2})(?![\d:]|\.\d)(?!\s*(?:am|pm|mph|kg|%|o\W?clock|degrees|years?|"
    r"yrs?|months?|weeks?|days?|hours?|minutes?|mins?|miles?|yards?|metres?|meters?|feet|ft|foot|kilos?|lbs?|"
    r"c|f|km|m)\b)"
    # a time of the night, not an age: "it wakes me at 2 or 3 every night", "at 4 in the morning"
    r"(?!\s*(?:or|-|to)\s*\d)(?![^.;!?]{0,12}?\b(?:every\s+night|each\s+night|at\s+night|in\s+the\s+(?:morning|night)|"
    r"overnight|a\.?m\b)))",
    re.IGNORECASE,
)


def _a_recent_day_between(
    sentence: Sentence, triggers: Sequence[Trigger], clause: tuple[int, int], first: int
) -> bool:
    """True when a recent day stands between the time long gone told before the finding at
    ``first`` (a trigger, else the clause's start) and the finding: "Years ago I had a slipped
    disc, on Monday I lost control ...", "When I was 10 I broke my leg, and over the weekend
    I lost all feeling in my bum"."""
    before = [t for t in triggers if t.status is Status.HISTORICAL and t.last < first]
    start = before[-1].last + 1 if before else clause[0]
    between = " ".join(t.text for t in sentence.tokens[start:first])
    return _A_RECENT_DAY.search(between) is not None


# A recent day or time of a clause's own ("on Monday", "last Tuesday", "an hour ago", "this
# afternoon"): a time long gone told in a clause before does not reach it
_A_RECENT_DAY = compile_pattern(
    r"\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:at|over)\s+the\s+weekend|"
    r"last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|night|weekend)|"
    r"(?:an|a\s+few|a\s+couple\s+of|\d+|one|two|three|four|five|six)\s+(?:hours?|minutes?|days?|weeks?)\s+ago|"
    r"out\s+of\s+(?:the\s+blue|nowhere)|this\s+(?:morning|afternoon|evening|week)|yesterday|today|tonight)\b",
    re.IGNORECASE,
)
# A clause told in the past tense, and one with a present form (see _told_as_past)
_TOLD_IN_THE_PAST = compile_pattern(
    r"\b(?:was|were|had|couldn[\u2019']?t|couldnt|could\s+not|didn[\u2019']?t|didnt|did|lost|got|went|fell|"
    r"broke|operated|rushed|needed|wore|spent|took|made|came|felt|used\s+to)\b",
    re.IGNORECASE,
)
_TOLD_IN_THE_PRESENT = compile_pattern(
    r"\b(?:can[\u2019']?t|cant|cannot|can\s+not|don[\u2019']?t|dont|doesn[\u2019']?t|doesnt|won[\u2019']?t|"
    r"wont|feel|feels|gets|gives|keep|keeps|goes|needs|is|are|am|has|have|"
    r"today|tonight|now|lately|since|anymore|any\s+more)\b",
    re.IGNORECASE,
)
# A recent time of the clause's own: the fronted time long gone does not reach it
_RECENT = compile_pattern(
    r"\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:at|over)\s+the\s+weekend|"
    r"last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|night|weekend)|"
    r"(?:an|a\s+few|a\s+couple\s+of|\d+|one|two|three|four|five|six)\s+(?:hours?|minutes?|days?|weeks?)\s+ago|"
    r"earlier|then|suddenly|out\s+of\s+(?:the\s+blue|nowhere)|this\s+(?:morning|afternoon|evening|week)|yesterday)\b",
    re.IGNORECASE,
)
# The same, for a whole text: read in lower case when that finds the same (twice as quick).
_LONG_AGO_IN_A_TEXT = LazyPattern(at_word_starts(_LONG_AGO.pattern), _LONG_AGO.flags)


def tells_of_long_ago(text: str) -> bool:
    """Whether ``text`` tells of a time a year or more ago ("years ago", "back in 2018", "as a
    child").

    >>> tells_of_long_ago("I had pins and needles last year"), tells_of_long_ago("weak yesterday")
    (True, False)
    """
    return _LONG_AGO_IN_A_TEXT.search_lower(text, lower_case(text)) is not None


# Words that bring a clause to now. "Now" after "gone", "fine", "better" or "ok" says the
# trouble is over ("tingling in both feet when I was pregnant, gone now").
# ("no problems since" tells nothing of now: "the back op was 2012, no problems since")
_NOW = compile_pattern(
    r"\b(?<!gone\s)(?<!fine\s)(?<!better\s)(?<!okay\s)(?<!ok\s)(?:now|still|currently|suddenly|"
    r"(?<!not\s)(?<!never\s)(?<!no\sproblems\s)(?<!no\strouble\s)(?<!no\sissues\s)since|these\s+days|again|"
    r"at\s+the\s+moment|lately|recently|today|tonight|this\s+(?:week|morning|month|year)|nowadays|keeps?|is|are|am|"
    r"im|i[\u2019']m|ive|i[\u2019']ve|has|have|hurts?|aches?|[\w]+[\u2019']s|started|starts|began|begun|first\s+(?:noticed|started|got|had|felt|began)|for|"
    r"ongoing|ever|new|"
    # a recent time of its own: "back surgery last month and knee surgery last year"
    r"yesterday|last\s+(?:week|month|night|weekend|fortnight)|(?:days|weeks)\s+ago|"
    r"on\s+and\s+off)\b",
    re.IGNORECASE,
)
_BARE_HAD = compile_pattern(r"(?<!\bhave\s)(?<!ve\s)(?<!\bhas\s)\bhad\b", re.IGNORECASE)
_LONG_AGO_YEARS = 5  # "at 19" is the past for someone who says they are 24 or older
_LONG_AGO_MONTHS = 3  # "back in March" is the past from June on
_CHILDHOOD = 12  # "when I was 12" is the past for anyone who does not say their age


def _clause_text(text: str, sentence: Sentence, clause: tuple[int, int]) -> str:
    """The text of ``clause``, up to the next clause or the sentence's end, so a word set
    aside as a figure of speech ("a few years back") is read too, and from a "back" set aside
    right before it ("Back in March I fell")."""
    tokens = sentence.tokens
    if clause[1] < len(tokens):
        stop = tokens[clause[1]].start
    else:
        after = SENTENCE_END.search(text, tokens[-1].end)
        stop = after.start() if after else len(text)
    start = tokens[clause[0]].start
    back = _BACK_BEFORE.search(text, max(0, start - len("back ")), start)
    return text[back.start() if back else start : stop]


_BACK_BEFORE = compile_pattern(r"\bback\s+$", re.IGNORECASE)


def _told_as_past(text: str, sentence: Sentence, age: int | None) -> frozenset[tuple[int, int]]:
    """The clauses of ``sentence`` that tell of a time long gone, with nothing of now in them."""
    found = set()
    fronted = False  # a time long gone that opens the sentence reaches its other clauses
    for begin in sentence.clause_starts:
        clause = sentence.clause(begin)
        words = _clause_text(text, sentence, clause)
        when = _LONG_AGO.search(words)
        if (
            when is None
            and fronted
            and _NOW.search(words) is None
            and _RECENT.search(words) is None  # "Years ago I had a slipped disc, on Monday I lost ..."
            and _TOLD_IN_THE_PAST.search(words)
        ):
            # "Back in 2016 I was rushed in, I couldn't pee and my bottom was numb": told in the
            # past, with no present form ("Years ago I had a slipped disc, I can't feel my bum")
            if not _TOLD_IN_THE_PRESENT.search(words):
                found.add(clause)
            continue
        # a spell then ("Back in March I fell and couldn't stand for a day", "Back in my twenties I
        # had sciatica for months") is no "for" of now
        spell = when is not None and (when.group("month") or _BARE_HAD.search(words))
        if when is None or any(not (spell and now.group().lower() == "for") for now in _NOW.finditer(words)):
            continue
        then = when.group("was") or when.group("at") or when.group("till")
        if then is None and when.group("wasword"):
            then = str(_AGE_IN_WORDS[when.group("wasword").lower()])
        if then is not None and int(then) > (_CHILDHOOD if age is None else age - _LONG_AGO_YEARS):
            continue
        if when.group("year") and int(when.group("year")) >= date.today().year:
            continue
        if when.group("month") and months_ago(when.group("month")) < _LONG_AGO_MONTHS:
            continue
        found.add(clause)
        fronted = fronted or (begin == 0 and not words[: when.start()].strip(" ,"))
    return frozenset(found)


# A time still to come, or a plan ("next month", "on Monday", "is scheduled for"), said in a
# clause with nothing of the past: an operation or a course of medicine told so is to come.
_TO_COME = LazyPattern(
    r"\b(?:next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|"
    r"summer|autumn|winter|fall)|tomorrow|in\s+(?:a|an|\d+|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+"
    r"(?:days?|weeks?|months?)\s+time|(?:having|getting|starting|going\s+in)\b[^.;!?]{0,40}?\bon\s+(?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:booked|scheduled|planned|pencilled)\s+(?:in\s+)?for|due\s+to\s+(?:start|have|begin)|"
    r"about\s+to\s+(?:start|have|begin)|going\s+to\s+(?:start|begin)|awaiting|waiting\s+(?:for|on)\s+(?:my|an?|the)|"
    r"waiting\s+list)\b",
    re.IGNORECASE,
)
# A medicine or an operation offered, weighed up or turned down, not had: "the GP offered
# steroid tablets but I said no", "my rheumatologist wanted to start methotrexate but I didn't
# want to", "I'm thinking about going on methotrexate" (asked, not raised). Not a proposal to
# stop or cut down what is taken ("wanted to stop methotrexate but I said no": still on it).
_NOT_TAKEN = LazyPattern(
    r"\b(?:(?:offered|suggested|recommended|advised|proposed|wanted)\b"
    # (nor a change to what is taken: "wanted to increase / double / switch my methotrexate but I
    # said no", a hunt, rev101)
    r"(?:(?!\b(?:stop|stopping|come|coming|reduce|reducing|cut|cutting|taper|tapering|wean|weaning|"
    r"increase|increasing|double|doubling|up|upping|higher|switch|switching|change|changing|add|adding|"
    r"more)\b)[^.;!?]){0,60}?"
    r"\b(?:but|and)\s+(?:i\s+)?(?:said\s+no|refused|declined|turned\s+(?:it\s+|them\s+)?down|"
    r"didn[\u2019']?t\s+want|did\s+not\s+want|wasn[\u2019']?t\s+keen|was\s+not\s+keen)|"
    r"thinking\s+(?:about|of)\s+(?:going\s+on|starting|taking|having)|"
    r"considering\s+(?:going\s+on|starting|taking|having)|refused|turned\s+(?:it\s+)?down|declined|"
    # an operation a clinician only spoke of: "the consultant said surgery", "mentioned an operation"
    # (not one told of: "the surgeon said the surgery went well"; a reading as a person, 56th session)
    r"(?:said|mentioned|suggested|recommended|discussed|floated)\s+(?:(?:i\s+)?(?:might|may|could|would)\s+"
    r"(?:need|have)\s+)?(?:surgery|an?\s+operation|an?\s+op)\b(?!\s+(?:went|was|is|has|had|did|healed))"
    r")\b",
    re.IGNORECASE,
)
# ... and taken after all, later in the sentence: "... but I said no at first, I've been on it for 6
# months now", "... and I refused, but I finally started it in January" (a hunt, rev101)
_TAKEN_AFTER_ALL = compile_pattern(
    r"\b(?:at\s+first|been\s+on|still\s+on|staying\s+on|stay\s+on|on\s+it\b|"
    r"started\s+(?:it|them|taking)|taking\s+(?:it|them)|gave\s+in|changed\s+my\s+mind)",
    re.IGNORECASE,
)
_OFFER_TOLD = compile_pattern(
    r"\b(?:was|were|been)\s+(?:offered|suggested|recommended|advised|proposed)\b", re.IGNORECASE
)
# An operation "had" only as planned, talked about or put off: "I had a disc operation planned for
# March but it got postponed", "I've had a disc operation discussed but no date yet"
_NOT_DONE_WORDS = (
    "planned",
    "booked",
    "scheduled",
    "discussed",
    "postponed",
    "cancel",
    "pencilled",
    "suggested",
)
_NOT_DONE = compile_pattern(
    r"\b(?:had|have|ve)\s+(?:\w+\s+){0,4}?(?:" + "|".join(_NOT_DONE_WORDS) + r")\w*\b", re.IGNORECASE
)
# one of these is in every match of _NOT_TAKEN
_NOT_TAKEN_WORDS = (
    "said",
    "mentioned",
    "discussed",
    "floated",
    "offered",
    "suggested",
    "recommended",
    "advised",
    "proposed",
    "wanted",
    "thinking",
    "considering",
    "refused",
    "turned",
    "declined",
)
_PAST = compile_pattern(
    r"\b(?:had|ago|last|since|after|was|were|did|done|finished|started|began|have\s+been|ve\s+been|been\s+on|"
    r"yesterday)\b",
    re.IGNORECASE,
)


def _answered_no(
    text: str, bounds: Sequence[tuple[int, int]], mentions: list[Mention], partial: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """The findings of a question the writer answers "no" right after it ("both my legs are
    getting weaker every week? no, they feel fine", "My weak legs? No, they are fine") asked
    about, not raised. Not denied: a "no" may answer something else in the question ("Any
    numbness around your bottom? No, not like before, it's much worse now").

    >>> import painkb
    >>> kb = painkb.load()
    >>> it = painkb.interpret(kb, "both my legs are getting weaker every week? no, they feel fine")
    >>> [str(m.status) for m in (*it.mentions, *it.partial) if m.entity.id == "bilateral-leg-weakness"]
    ['uncertain']
    """
    answered = [
        (_question_clause_start(text, start, end), end)
        for start, end, no in _questions_answered(text, bounds, _ANSWER_NO)
        if not _TAKEN_BACK.match(text, no.end())  # "No - I mean yes, a bit."
        # (nor a "no" that says what cannot be done: "Can you walk? No.")
        and not ability_denied(text, start, end)
    ]
    if not answered:
        return mentions, partial

    kept: list[Mention] = []
    signs: list[Mention] = []
    for m in mentions:
        if m.status is not Status.PRESENT or not any(s <= m.start < e for s, e in answered):
            kept.append(m)
            continue
        # a warning sign doubted is asked (among the partial matches); a symptom stays a doubt
        doubted = attrs.evolve(m, status=Status.UNCERTAIN)
        (signs if m.entity.kind is Kind.WARNING_SIGN else kept).append(doubted)
    return kept, [*partial, *signs]


def _answered_yes(text: str, bounds: Sequence[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The doubted findings of a bare screening question the writer answers "yes" right after
    it ("Numbness? yep, whole sole of my foot", "any weakness in the legs? yes, the left one
    buckles") are the writer's. Only a question that names a finding and asks nothing else:
    not "is it normal to ...? yes", "could it be sciatica? yes probably".

    >>> import painkb
    >>> kb = painkb.load()
    >>> [str(m.status) for m in painkb.interpret(kb, "Numbness? yep, whole sole of my foot").mentions][:1]
    ['present']
    """
    if _A_GENERAL_QUESTION.search(text):
        return mentions  # "what are the red flags? bladder problems? yes they said that's one"
    answered = [
        (start, end)
        for start, end, yes in _questions_answered(text, bounds, _ANSWER_YES)
        if _A_BARE_QUESTION.fullmatch(text, start, end) is not None
        # (not someone else's yes: "fever? yes my son has one")
        and not _SOMEONE_ELSE_OR_TALK.search(text, yes.end(), sentence_end(text, yes.end()))
    ]
    return doubts_settled(mentions, answered, Status.PRESENT) if answered else mentions


def _questions_answered(
    text: str, bounds: Sequence[tuple[int, int]], answer: re.Pattern[str]
) -> list[tuple[int, int, re.Match[str]]]:
    """The sentences ``(start, end)`` that end in a question mark with ``answer`` right after
    it, each with that answer."""
    found = []
    for start, end in bounds:
        mark = _QUESTION_MARK.match(text, end)
        said = answer.match(text, mark.end()) if mark is not None else None
        if said is not None:
            found.append((start, end, said))
    return found


# a "yes" opening the answer ("yep, whole sole of my foot"), not "yes but only when ..."
_ANSWER_YES = compile_pattern(
    r"\s*(?:yes|yeah|yep|yup|yh|ya|i\s+do|i\s+have|i\s+did|definitely|absolutely)\b(?![\u2019']|nt)"
    r"(?!\s*,?\s*but\b)",
    re.IGNORECASE,
)


_A_GENERAL_QUESTION = compile_pattern(
    r"\b(?:what|why|how|could|can|is\s+it|are\s+there|does|do\s+i)\b[^.?!]*\?", re.IGNORECASE
)
_SOMEONE_ELSE_OR_TALK = compile_pattern(
    r"\b(?:(?:my|our|his|her)\s+(?:son|daughter|kids?|child|children|husband|wife|partner|mum|mom|"
    r"dad|mother|father|brother|sister|friend|baby|toddler|nan|gran|grandad|grandma)|he|she|they|"
    r"that[\u2019']?s\s+one|apparently)\b",
    re.IGNORECASE,
)
# a question that only names what it asks about: "Numbness?", "any weakness in the legs?", "do
# you have problems peeing?", "fever at all?" (no "it", no "normal", no "could", no "I")
_A_BARE_QUESTION = compile_pattern(
    r"\s*(?:(?:and|so|also)\s+)?(?:any|do\s+you\s+have|have\s+you\s+had|have\s+you\s+got|"
    r"do\s+you\s+get|are\s+you\s+having)?"
    r"(?:(?!\b(?:it|its|is|normal|could|can|might|may|would|should|will|i|im|ive|my|me|mean|sign|signs|"
    r"cause|causes|be|what|why|how|who|when|where|which|if)\b)[\w'\u2019 -]){1,60}",
    re.IGNORECASE,
)


def _question_clause_start(text: str, start: int, end: int) -> int:
    """Where the question's own clause starts: after the last comma, "and", "but", "so" or tag
    question's opening ("is that", "should I") of its sentence, so a sign told before a tag
    question stays ("I can't pee, is that fine? No!")."""
    breaks = list(_CLAUSE_OPENING.finditer(text, start, end))
    return breaks[-1].end() if breaks else start


# (and a tag question's opening words: "i cant pee since yesterday is that normal? no")
_CLAUSE_OPENING = compile_pattern(
    r"[,;:]|\b(?:and|but|so|because|cos|coz)\b|"
    r"\b(?:is|should|could|can|do|does|am|will|would|shall|must)\s+(?:that|this|it|i|we)\b",
    re.IGNORECASE,
)
_QUESTION_MARK = compile_pattern(r"\s*\?+")
_TAKEN_BACK = compile_pattern(
    r"[^.?!]*?\b(?:yes|yeah|yep|i\s+mean|actually|wait|but|seriously|honestly|really|joke|kidding|lie)\b"
    # ... or in the next sentence: "No. Well actually yes, it takes ages to get started now."
    r"|\s*[.!]\s*(?:(?:well|hmm|oh|um)\W+)?(?:actually|i\s+mean|wait|thinking\s+about\s+it)\W+(?:yes|yeah|yep)\b",
    re.IGNORECASE,
)
# a bare "no" opening the next sentence ("no, they feel fine", "I don't, just the low back"), not
# "no idea", "No control at all"
_ANSWER_NO = compile_pattern(
    r"\s*(?:no|nope|nah|not\s+really|not\s+at\s+all|none|i\s+don[\u2019']?t|i\s+do\s+not|i\s+haven[\u2019']?t|"
    r"i\s+have\s+not)(?=\s*(?:[,.!;:\u2013\u2014-]|$))",
    re.IGNORECASE,
)


def _told_as_to_come(text: str, sentence: Sentence) -> frozenset[tuple[int, int]]:
    """The clauses of ``sentence`` that tell of a time still to come, with nothing of the past
    in them ("Starting methotrexate next month", "Having my op on Monday, a discectomy"), or of
    a treatment offered or turned down ("the GP offered steroid tablets but I said no")."""
    found = set()
    for begin in sentence.clause_starts:
        clause = sentence.clause(begin)
        words = _clause_text(text, sentence, clause)
        if (_TO_COME.search(words) or _NOT_DONE.search(words)) and not _PAST.search(
            _NOT_DONE.sub(" ", words)
        ):
            found.add(clause)
    # ... or one turned down: the clause where it starts ("the GP offered steroid tablets but I
    # said no"), unless that clause tells it had ("... and I've been on it since")
    if sentence.tokens:
        for found_at in _NOT_TAKEN.finditer(text, sentence.tokens[0].start, sentence.tokens[-1].end):
            clause = sentence.clause(sentence.position_at(found_at.start()))
            # (the offer's own "was" is no past of the medicine: "I was offered steroids but said no")
            if not _PAST.search(_OFFER_TOLD.sub(" ", _clause_text(text, sentence, clause))) and not (
                _TAKEN_AFTER_ALL.search(text, found_at.end(), sentence.tokens[-1].end)
            ):
                found.add(clause)
    return frozenset(found)


def _of_the_writer(sentence: Sentence) -> bool:
    """True when the sentence says "I", "me" or "my": a question without them may ask in
    general ("Is numbness around the bottom a sign of something serious?"), so what it names
    is asked about, not raised ("Back agony and now can't pee?" is asked too: when unsure,
    ask; a held-out part lost a false alarm to this reading)."""
    return not WRITER_WORDS.isdisjoint(sentence.norms)


def _after_if(sentence: Sentence, position: int, opening: tuple[int, int] | None = None) -> bool:
    """True when an "if" stands before ``position`` in the sentence, outside a question's
    opening that reports what follows ("Do I need A&E if I've gone numb ...")."""
    return "if" in sentence.norms and any(
        token.norm == "if" and (opening is None or not opening[0] <= index < opening[1])
        for index, token in enumerate(sentence.tokens[:position])
    )


_IF = frozenset({"if"})
_IF_I = frozenset({"i", "id", "im"})
_WOULD = frozenset({"would", "could", "might", "wouldnt", "couldnt"})
_WOULD_WHO = frozenset({"i", "it", "that", "this"})


def _imagined(sentence: Sentence, position: int) -> bool:
    """True when the finding at ``position`` follows an "if I" and the sentence then asks what
    "would I" (or "could it") do: a thing imagined ("I wonder if I fell off a horse again would I
    hurt my back worse"), whatever comes before the "if"."""
    if "if" not in sentence.norms:
        return False  # (nearly every sentence)
    tokens = sentence.tokens
    last_if = next(
        (k for k in range(position - 1, -1, -1) if tokens[k].norm == "if" and tokens[k + 1].norm in _IF_I),
        None,
    )
    if last_if is None:
        return False
    return any(
        tokens[j].norm in _WOULD and tokens[j + 1].norm in _WOULD_WHO
        for j in range(last_if + 2, len(tokens) - 1)
    )


def _report_opening(sentence: Sentence, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The words of a question's opening that reports what follows ("is it normal that",
    "why does my": ``[questions] reports``) at the start of ``clause``, after any greeting,
    when nothing after them tells of what may come ("... that I could lose control?")."""
    if not sentence.question:
        return None
    lang = language()
    tokens = sentence.tokens
    begin, end = clause
    while begin < end and tokens[begin].norm in lang.fillers and tokens[begin].norm not in QUESTION_WORDS:
        begin += 1  # "hi", "doctor", "so"
    norms = tuple(t.norm for t in tokens[begin:end])
    for reports, reported in (
        (lang.question_reports, _a_report),
        (lang.question_reports_of_oneself, _a_report_of_oneself),
        (lang.question_reports_of_oneself_if, _a_report_of_oneself_if),
        (_WHY_WOULD, _why_it_would),
    ):
        report = next((r for r in reports if norms[: len(r)] == r), None)
        if report is not None:
            return (begin, begin + len(report)) if reported(norms[len(report) :]) else None
    return None


# "why would my back hurt and I've got a fever of 39?": reported when told as what is (_why_it_would)
_WHY_WOULD = (("why", "would", "my"), ("why", "would", "i"))
# a time that tells a "why would" question of what happened: "why would I lose control of my
# bladder twice today?"
_TOLD_WHEN = frozenset({"today", "yesterday", "tonight", "twice", "again", "last", "this", "since"})


def _why_it_would(rest: Sequence[str]) -> bool:
    """True when a "why would my/I" question tells what is ("why would my back hurt and I've got
    a fever of 39?", "... twice today?"), not what may be ("why would my bum go numb if I had
    cauda equina?")."""
    return "if" not in rest and not (
        language().question_told_as_so.isdisjoint(rest) and _TOLD_WHEN.isdisjoint(rest)
    )


def _a_report(rest: Sequence[str]) -> bool:
    """True when nothing after an opening tells of what may come."""
    return language().question_hypotheticals.isdisjoint(rest)


def _a_report_of_oneself(rest: Sequence[str]) -> bool:
    """... and "I", "my" or "me" follows ("is it normal for my back to ...")."""
    return not WRITER_WORDS.isdisjoint(rest) and _a_report(rest)


def _a_report_of_oneself_if(rest: Sequence[str]) -> bool:
    """... told as what is ("if I've gone numb"); another "if" may follow ("... and can't tell
    if I need a wee")."""
    lang = language()
    return (
        not WRITER_WORDS.isdisjoint(rest)
        and not lang.question_told_as_so.isdisjoint(rest)
        and not (lang.question_hypotheticals - _IF).intersection(rest)
    )


def _answers_deny_nothing_after(text: str, sentence: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` less a bare "no" followed by a comma: an answer ("groin pain no, knee pain
    yes", "No, it's both legs"), which denies nothing after it; nor does a "no" before "I" and
    a negation, which agrees with what it says: "no I don't inject" denies by its "don't", "no
    I don't get the urge to open my bowels" is a loss."""
    tokens = sentence.tokens
    kept = []
    for t in triggers:
        # written so: not a "no" a phrase made ("nothing in my chest" is "no chest pain")
        written = tokens[t.first].text.casefold() in _ANSWERS
        if t.status is Status.ABSENT and t.first == t.last and tokens[t.first].norm in _ANSWERS and written:
            if text[tokens[t.last].end : tokens[t.last].end + 1] == ",":
                continue
            after = [token.norm for token in tokens[t.last + 1 : t.last + 3]]
            if len(after) == len(_AGREEING) and all(a in b for a, b in zip(after, _AGREEING, strict=True)):
                continue
            if after[:1] == ["me"] or (len(after) == 2 and after[0] in _IT and after[1] in _ME):
                continue  # "no it's me who's numb down there, not my wife": who has it, corrected
        kept.append(t)
    return kept


def _asked_and_answered_yes(text: str, sentence: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` less an "asked if" answered yes later in its sentence: "My GP asked if I'd
    lost weight and I have, about half a stone" tells the loss (not "... and I haven't")."""
    kept = []
    for t in triggers:
        if t.status is Status.UNCERTAIN and sentence.tokens[t.first].norm in _ASKING:
            # the answer is the first "and" or "which" after the question, with no other question,
            # request or past after it ("asked if I'd had a fever and told me to get a blood test,
            # which I did"; "asked if I'd lost weight and if I was sleeping ok, and I am"; "... and
            # I had, but that was back in January")
            joined = _THE_NEXT_JOIN.search(text, sentence.tokens[t.last].end, sentence.tokens[-1].end)
            if joined is not None and _ANSWERED_YES.match(text, joined.start()):
                continue
        kept.append(t)
    return kept


_ASKING = frozenset({"asked", "checked"})
_THE_NEXT_JOIN = compile_pattern(r"\b(?:and|which|but|or|whether|if|to)\b|[,;]", re.IGNORECASE)
# "... and I have,", "... which I did.", "... and yes I have": an answer that agrees
_ANSWERED_YES = compile_pattern(
    r"(?:and|which)\s+(?:yes\s*,?\s*)?(?:i|we)\s+(?:have|had|did|was|am|do)(?=\s*(?:[.;:!?)]|$|,(?!\s*but\b)))"
    r"|(?:and|which)\s+(?:the\s+answer\s+is\s+)?yes\b",
    re.IGNORECASE,
)


_ANSWERS = frozenset({"no", "nope", "nah"})
_IT = frozenset({"it", "its"})
_ME = frozenset({"me", "mine"})
# "no I can't pee", "no it doesn't": no determiner stands before a subject, so the "no" answers
_AGREEING = (
    frozenset({"i", "it", "we", "they"}),
    frozenset({"cant", "cannot", "dont", "havent", "didnt", "couldnt", "wont", "doesnt", "never", "hardly"}),
)


def _not_in_a_report(sentence: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` less those among the words of a question's opening that reports what
    follows ("is it" of "is it normal that I've wet myself?" doubts nothing)."""
    if not sentence.question or not triggers:
        return triggers
    openings = [
        found
        for begin in sentence.clause_starts
        if (found := _report_opening(sentence, sentence.clause(begin)))
    ]
    if not openings:
        return triggers
    return [t for t in triggers if not any(low <= t.first < high for low, high in openings)]


# Words that may open a clause before its verb: "so can I get ...", "and could you lose ..."
_BEFORE_A_SUBJECT = frozenset(
    {"and", "n", "so", "but", "also", "then", "just", "well", "ok", "okay", "lol", "omg"}
)


_MAY_HAPPEN_MODALS = frozenset({"can", "could", "will", "would", "might", "may", "do", "does"})
_MAY_HAPPEN_WHO = frozenset({"i", "you", "u", "people", "someone", "somebody", "anyone", "anybody", "one"})
_MAY_HAPPEN_VERBS = frozenset(
    {"get", "develop", "lose", "catch", "end", "experience", "suffer", "cause", "give"}
)


# What may happen to anyone, told: "you can lose bladder control with a slipped disc", "heard
# people can get numb legs from it" (not the writer: "I can get numb legs on long drives").
_ANYONE = _MAY_HAPPEN_WHO - {"i"}
_SURPRISED = frozenset(
    {"think", "thought", "know", "knew", "realise", "realize", "realised", "realized", "idea", "aware",
     "believe", "warned", "surprised", "clue", "told", "expect", "expected", "scary", "tells", "nobody"}
)  # fmt: skip
# ... or said to be had after it in its sentence: "... happened to me twice", "mine are so weak",
# "sure enough I've got it", "it's happened three times this week", "been like it since Saturday"
_HAD_ONESELF = frozenset({"mine", "me", "ive", "myself", "twice", "times", "happened", "happening", "since"})
_ANYONE_REACH = 4  # words from the person in general to the finding ("you can get really numb legs")


def _said_of_anyone(sentence: Sentence, clause: tuple[int, int], first: int) -> bool:
    """True when the finding at ``first`` is what anyone may get, said just before it in its
    clause: a person in general, a modal and a verb of getting ("you can lose bladder control
    with a slipped disc", "heard people can get numb legs from it")."""
    if _ANYONE.isdisjoint(sentence.norms):
        return False  # (nearly every sentence)
    tokens = sentence.tokens
    said = [
        k
        for k in range(max(clause[0], first - _ANYONE_REACH), min(first, clause[1] - 2))
        if tokens[k].norm in _ANYONE
        and tokens[k + 1].norm in _MAY_HAPPEN_MODALS
        and tokens[k + 2].norm in _MAY_HAPPEN_VERBS
    ]
    if not said:
        return False  # (nearly every finding: the words are read only then)
    # (not a surprise at what is had: "didnt think you could get hip pain at 34 but here we are",
    # "nobody warned me you can lose bowel control, I've had two accidents")
    return any(_SURPRISED.isdisjoint(t.norm for t in tokens[clause[0] : k]) for k in said) and (
        _HAD_ONESELF.isdisjoint(t.norm for t in tokens[first:])
    )


# A question that asks whether the writer has a symptom of a warning sign ("Is my foot dropping?",
# "Am I losing control of my bladder?", "Can my foot drop from a disc?") doubts it (a sign itself
# is doubted in any question): the symptom follows the inverted verb and its subject closely, with
# no comma between ("Should I go to A&E, my legs have gone weak?" tells of the legs). What the
# question takes as known is not doubted: "Could my back stiffness be AS?" has the stiffness.
_YES_NO_VERBS = frozenset(
    {
        "is", "am", "are", "was", "were", "can", "could", "do", "does", "did", "will", "would",
        "has", "have", "might",
    }
)  # fmt: skip
_YES_NO_SUBJECTS = frozenset({"i", "my", "me", "this", "it"})
_YES_NO_REACH = 4  # words from the subject to the finding
# After the finding, words that leave the question asking whether it is there ("Is my foot
# dropping again?", "... a bit?"), and words from which on the rest is a time, a manner or an
# alternative ("Is my foot dropping when I walk?", "Am I wetting myself in my sleep?", "Am I
# losing bladder control or is it a UTI?"); any other word asks about it, taken as known ("Is my
# loss of bladder control permanent?", "Does my saddle numbness need an MRI today?").
_STILL_ASKING = frozenset(
    {"again", "yet", "already", "properly", "too", "now", "really", "a", "bit", "little"}
)
_STILL_ASKING_FROM = frozenset(
    {"or", "when", "while", "in", "at", "after", "during", "without", "if", "whenever"}
)


def _asked_yes_or_no(sentence: Sentence, clause: tuple[int, int], first: int, last: int) -> bool:
    """True when ``clause`` opens with a verb put before its subject ("is my", "am i"), the
    finding at ``first``..``last`` follows them closely, with no punctuation between, and
    nothing after it asks about it as known ("... permanent?", "... need an MRI?")."""
    tokens = sentence.tokens
    fillers = language().fillers
    for i in range(last + 1, clause[1]):
        norm = tokens[i].norm
        if norm in _STILL_ASKING_FROM:
            break  # "Am I losing bladder control or is it a UTI?", "... in my sleep?": still a doubt
        if norm not in fillers and norm not in _STILL_ASKING:
            return False  # "Is my loss of bladder control permanent?" asks about it, taken as known
    begin = clause[0]
    while begin < first and tokens[begin].norm in fillers:
        begin += 1
    return (
        begin + 1 < first
        and first - (begin + 1) <= _YES_NO_REACH
        and tokens[begin].norm in _YES_NO_VERBS
        and tokens[begin + 1].norm in _YES_NO_SUBJECTS
        and all(tokens[i].start - tokens[i - 1].end <= 1 for i in range(begin + 1, first + 1))
    )


_MAY_HAPPEN_CAUSES = frozenset({"make", "cause", "give", "lead", "trigger"})
_MADE_WHO = frozenset({"me", "you", "u", "people", "someone", "somebody", "anyone", "anybody", "one"})
_CAUSE_REACH = 5  # words of the cause: "could a really bad back strain make ..."
# What says the trouble is had already: "... like I did this morning", "... I've had since Tuesday"
_HAD_ALREADY = frozenset({("i", "did"), ("ive", "had"), ("like", "this"), ("since",), ("already",)})


def _had_already(norms: Sequence[str]) -> bool:
    """True when ``norms`` say the trouble asked about is had already."""
    return any(tuple(norms[i : i + len(words)]) == words for words in _HAD_ALREADY for i in range(len(norms)))


def _a_person_getting(norms: Sequence[str]) -> bool:
    """True when ``norms`` open with a modal, a person and a verb of getting ("can I get", "could
    you lose"; "loss": "lose control" as its words are read, in a question only: "apparently you
    can lose control of your bowels with this, which explains the last three days" tells of it)."""
    return (
        len(norms) >= 3
        and norms[0] in _MAY_HAPPEN_MODALS
        and norms[1] in _MAY_HAPPEN_WHO
        and (norms[2] in _MAY_HAPPEN_VERBS or norms[2] == "loss")
    )


def _asked_as_possible(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """True when ``clause`` asks whether a finding can come about: a modal, a person and a
    verb of getting ("Can I get numb legs from back pain?", "could you lose bladder control
    with a slipped disc?", "why would I lose control of my bladder with a slipped disc?"), or a
    modal, a cause and a verb of causing ("could a back strain make me wet myself?"); not "Can I
    take ibuprofen for my numb legs?"."""
    norms = [t.norm for t in sentence.tokens[clause[0] : clause[1]]]
    while norms and norms[0] in _BEFORE_A_SUBJECT:
        norms.pop(0)
    if norms[:1] == ["why"]:
        # "why would I lose control of my bladder with a slipped disc?" (a person and a verb of
        # getting only: "why would both my legs give way on the stairs today?" tells of them)
        rest = norms[1:]
        return _a_person_getting(rest) and not _had_already(rest) and _TOLD_WHEN.isdisjoint(rest)
    if _a_person_getting(norms):
        return True
    if len(norms) < 3 or norms[0] not in _MAY_HAPPEN_MODALS:
        return False
    # ... or what a cause may do to anyone: "could a back strain make me wet myself?", "can a
    # slipped disc cause incontinence?" (not "could it be causing ...": what is happening; not a
    # trouble had already: "Can the slipped disc cause the numbness I've had since Tuesday?",
    # "would a bulging disc make me wet myself like I did this morning?")
    if _had_already(norms):
        return False
    padded = [*norms, ""]
    return any(
        padded[i] in _MAY_HAPPEN_CAUSES and (padded[i] != "make" or padded[i + 1] in _MADE_WHO)
        for i in range(2, min(len(norms), 2 + _CAUSE_REACH))
    )


def _in_the_question(sentence: Sentence, clause: tuple[int, int]) -> bool:
    """True when ``clause`` is what a question asks: the clause before the "?", or one that
    opens with a question word ("I've been on steroids for months and my back hurts, is
    that linked?" asks about the link, not the steroids)."""
    return clause[1] == len(sentence.tokens) or sentence.tokens[clause[0]].norm in QUESTION_WORDS


def _unique(mentions: Iterable[Mention]) -> list[Mention]:
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for mention in mentions:
        key = (mention.entity.id, mention.start, mention.end)
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def _best_partial(mentions: Iterable[Mention]) -> list[Mention]:
    best: dict[str, Mention] = {}
    for mention in mentions:
        old = best.get(mention.entity.id)
        if old is None or mention.score > old.score:
            best[mention.entity.id] = mention
    return list(best.values())
