"""Assess a presentation: warning signs first, then what may be behind it, then self-care."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from painkb.kb import KindLike, KnowledgeBase
from painkb.model import (
    Entity,
    EvidenceLevel,
    Kind,
    Link,
    Region,
    Setting,
    Symptom,
    Treatment,
    Urgency,
    WarningSign,
    Zone,
)
from painkb.partof import ancestors, descendants
from painkb.queries import screening
from painkb.queries.treatments import treatments_for
from painkb.results import Assessment, Candidate, Match, RedFlag

# The understanding layer is imported when there is text to read: answers from ids
# alone do not load its modules (the CLI and `python -c` start faster).
if TYPE_CHECKING:
    from painkb.understand import Interpretation

__all__ = ["assess"]

# Score weights: pain referred to exactly where it hurts counts most.
_REFERS = {Zone.PRIMARY: 3.0, Zone.SPILLOVER: 1.5}
_BROADER_REGION = 0.5  # the link names a larger region that contains the one reported
_LOCATED = 1.0
_PRESENTS = 2.0
_ABSENT = -1.0  # a candidate presenting with a symptom the person does not have
_SELF_CARE_FROM_TOP = 3
# A symptom raises a sign it flags when the link says the symptom alone is enough
# ("loss of bladder control"), or when the person says it with the modifier the link
# names ("when_worsening": numbness getting worse); otherwise (the sign needs it to last,
# or a pattern) the symptom makes painkb ask about the sign instead.
_ALONE = "alone"
_WHEN = "when_"
_BOTH_SIDES = "both_sides"
_LEGS_OR_FEET = "numbness-tingling-or-weakness"
_PROGRESSIVE = "progressive-neurological-deficit"
_PERSISTENT_BUTTOCK = "persistent-gluteal-pain"
_RECENT_INJURY = "recent-injury"
_WORSENING = "worsening"
_PASSING = "passing"
_LEG_WEAKNESS = "leg-weakness"
_NUMBNESS = "numbness"
_NUMB_OR_WEAK = "numbness-tingling-or-weakness"
_READS_LIKE_IT = "your message as a whole reads like it"


def _read_as_a_whole(text: str, answered: Collection[str]) -> list[str]:
    """The warning signs not ``answered`` that the second reading gives ``text`` as likely
    as not (its ``ask_threshold``): asked first, never raised, whatever else the text says."""
    from painkb.understand.second_reading import second_reading

    model = second_reading()
    unanswered = [sign for sign in model.weights if sign not in answered]
    return [sign for sign, p in model.probabilities(text, unanswered).items() if p >= model.ask_threshold]


def _enough(link: Link, modifiers: frozenset[str]) -> bool:
    enough = link.qualifier("enough") or ""
    return enough == _ALONE or (enough.startswith(_WHEN) and enough[len(_WHEN) :] in modifiers)


def _flagging(
    kb: KnowledgeBase, finding: Entity, how: frozenset[str], found: frozenset[str] = frozenset()
) -> tuple[Link, ...]:
    """The flagged_by links through which ``finding`` may raise a sign.

    A warning sign said in words that name its symptoms ("my legs are numb" is "numbness,
    tingling or weakness in the legs") passes a modifier on to them: said "getting worse",
    its symptoms' links raise what they raise when worse (a progressive deficit). When one
    of its symptoms is among the findings ``found`` ("pins and needles in my feet" is
    tingling), only that symptom's links pass it on, not those of the symptoms not said.
    """
    own = kb.links_to(finding.id, "flagged_by")
    if not isinstance(finding, WarningSign) or not how:
        return own
    parts = [link.target for link in kb.links_from(finding.id, "flagged_by")]
    said = [part for part in parts if part in found]
    through = tuple(
        link
        for part in said or parts
        for link in kb.links_to(part, "flagged_by")
        if link.subject != finding.id and (link.qualifier("enough") or "").startswith(_WHEN)
    )
    return (*own, *through)


_WORD = re.compile(r"\w[\w'\u2019]*")


def _understood(
    interpretation: Interpretation, text: str, events: Iterable[screening.Event]
) -> Interpretation:
    """``interpretation`` with the words the event rules read ("bent down") in ``text`` (its
    text spelled out) no longer listed as not understood."""
    from painkb.understand.words import normal

    spans = [text[start:end] for event in events for start, end in event.spans]
    read = {normal(word) for words in spans for word in _WORD.findall(words)}
    left = tuple(word for word in interpretation.not_understood if normal(word) not in read)
    return (
        interpretation
        if len(left) == len(interpretation.not_understood)
        else attrs.evolve(interpretation, not_understood=left)
    )


def _asked_when_easing(sign: str, modifiers: frozenset[str]) -> bool:
    """A sign of lost feeling said to pass or get better, or flagged by a symptom said to be
    lifelong ("my feet have always been numb. Nothing new there.") or to have lasted years
    ("a weak stream for years"): asked, not raised."""
    from painkb.understand.words import asked_when_easing, asked_when_long_standing, language

    return (
        asked_when_easing(sign, modifiers)
        or asked_when_long_standing(sign, modifiers)
        or (_UNCHANGED in modifiers and sign in language().asked_when_lifelong)
    )


_UNCHANGED = "unchanged"


def _with_the_back(
    kb: KnowledgeBase,
    flags: tuple[RedFlag, ...],
    findings: Iterable[Entity],
    events: frozenset[str],
    muscles: Iterable[Entity] = (),
) -> tuple[RedFlag, ...]:
    """Without the signs that rest on back pain (``said_with_the_back``) when no back,
    buttock or sciatic pain is said, nor a place that counts for the sign
    (``back_places_also``, where a muscle named counts): "after a long hike both my legs ache"
    is asked about. A sign read from an event ("it was my right leg, now my left too") stays."""
    from painkb.understand.asked_instead import back_said
    from painkb.understand.words import language

    lang = language()
    signs = lang.said_with_the_back
    findings = tuple(findings)
    if not any(f.warning_sign.id in signs for f in flags) or back_said(kb, findings):
        return flags
    places = (*findings, *muscles)

    def kept(flag: RedFlag) -> bool:
        sign = flag.warning_sign.id
        return (
            sign not in signs
            # said in its own words ("sciatica in both legs"), not only through a symptom
            or flag.warning_sign in flag.triggered_by
            or sign in events
            or back_said(kb, places, lang.back_places_also.get(sign, ()))
        )

    return tuple(f for f in flags if kept(f))


def _red_flags(
    kb: KnowledgeBase,
    findings: tuple[Entity, ...],
    extra: dict[str, Entity],
    modifiers: dict[str, frozenset[str]],
    said: Mapping[str, tuple[str, ...]] = {},
) -> tuple[RedFlag, ...]:
    triggers: dict[str, list[Entity]] = {}
    reasons: dict[str, list[Link]] = {}
    found = frozenset(finding.id for finding in findings)
    for finding in findings:
        how = modifiers.get(finding.id, frozenset())
        if isinstance(finding, WarningSign):
            triggers.setdefault(finding.id, []).append(finding)
            reasons.setdefault(finding.id, [])
        for link in _flagging(kb, finding, how, found):
            if not _enough(link, how) or (how and _asked_when_easing(link.subject, how)):
                continue  # not enough, or lost feeling said to pass or get better: asked instead
            triggers.setdefault(link.subject, []).append(finding)
            reasons.setdefault(link.subject, []).append(link)
    for sign, finding in extra.items():
        triggers.setdefault(sign, []).append(finding)
        reasons.setdefault(sign, [])
    flags = [
        RedFlag(
            kb.get(sign, WarningSign),
            tuple(dict.fromkeys(triggers[sign])),
            tuple(reasons[sign]),
            said.get(sign, ()),
        )
        for sign in triggers
    ]
    return tuple(
        sorted(flags, key=lambda f: (f.urgency.rank, f.warning_sign.name.casefold(), f.warning_sign.id))
    )


def _score_regions(
    kb: KnowledgeBase, regions: tuple[Region, ...], scores: dict[str, float], why: dict[str, list[Link]]
) -> None:
    for region in regions:
        inside = descendants(kb, region.id)
        around = {r: chain for r, chain in ancestors(kb, region.id).items() if r != region.id}
        for region_id, chain in (*inside.items(), *around.items()):
            factor = 1.0 if region_id in inside else _BROADER_REGION
            for link in kb.links_to(region_id, "refers_pain_to"):
                zone = link.zone or Zone.SPILLOVER
                scores[link.subject] = scores.get(link.subject, 0.0) + _REFERS[zone] * factor
                why.setdefault(link.subject, []).extend((link, *chain))
            for link in kb.links_to(region_id, "located_in"):
                if kb.get(link.subject).kind is Kind.NERVE:
                    continue
                scores[link.subject] = scores.get(link.subject, 0.0) + _LOCATED * factor
                why.setdefault(link.subject, []).extend((link, *chain))


def _candidates(
    kb: KnowledgeBase, regions: tuple[Region, ...], symptoms: tuple[Entity, ...], absent: tuple[Entity, ...]
) -> tuple[Candidate, ...]:
    scores: dict[str, float] = {}
    why: dict[str, list[Link]] = {}
    _score_regions(kb, regions, scores, why)
    for symptom in symptoms:
        for link in kb.links_to(symptom.id, "presents_with"):
            scores[link.subject] = scores.get(link.subject, 0.0) + _PRESENTS
            why.setdefault(link.subject, []).append(link)
    for symptom in absent:
        for link in kb.links_to(symptom.id, "presents_with"):
            if link.subject in scores:
                scores[link.subject] += _ABSENT
    ranked = [
        Candidate(kb.get(entity_id), tuple(dict.fromkeys(why[entity_id])), round(score, 3))
        for entity_id, score in scores.items()
    ]
    return tuple(sorted(ranked, key=lambda c: (-c.score, c.entity.name.casefold(), c.entity.id)))


def _self_care(
    kb: KnowledgeBase, candidates: tuple[Candidate, ...], symptoms: tuple[Entity, ...]
) -> tuple[Match[Treatment], ...]:
    chosen: dict[str, tuple[int, int, Match[Treatment]]] = {}
    targets: list[Entity] = [c.entity for c in candidates[:_SELF_CARE_FROM_TOP]]
    targets += [s for s in symptoms if isinstance(s, Symptom)]
    for order, target in enumerate(targets):
        for match in treatments_for(kb, target):
            if match.entity.setting is not Setting.SELF_CARE or match.entity.id in chosen:
                continue
            # The link that says it helps is the claim to weigh (reasons[0]), not how-to quotes.
            evidence = min(kb.evidence(c).rank for c in match.reasons[0].citations)
            if evidence < EvidenceLevel.MARKETING.rank:
                chosen[match.entity.id] = (order, evidence, match)
    return tuple(match for _, _, match in sorted(chosen.values(), key=lambda item: item[:2]))


def _ids(items: object, name: str) -> list[Entity | str]:
    if isinstance(items, (str, Entity)):
        raise TypeError(f"{name} must be a list of ids or entities, not a single {type(items).__name__}")
    if not isinstance(items, Iterable):
        raise TypeError(f"{name} must be a list of ids or entities, not {type(items).__name__}")
    return list(items)


def _resolved(kb: KnowledgeBase, items: object, name: str, kinds: list[KindLike]) -> tuple[Entity, ...]:
    return tuple(dict.fromkeys(kb.resolve(item, kinds) for item in _ids(items, name)))


def assess(
    kb: KnowledgeBase,
    regions: Iterable[Region | str] = (),
    symptoms: Iterable[Symptom | WarningSign | str] = (),
    *,
    text: str | Interpretation | None = None,
    present: Iterable[Entity | str] = (),
    absent: Iterable[Entity | str] = (),
) -> Assessment:
    """What a presentation points to: red flags first, then ranked candidates and self-care.

    A presentation is given as ids (``regions``, ``symptoms``), as free text (``text``,
    read by `painkb.interpret`), or both; ``present`` and ``absent`` carry the
    answers to earlier `painkb.Assessment.questions` (ids of warning signs or
    symptoms). Each finding counts once however often it is given.

    Red flags: a warning sign given in ``symptoms`` or ``present`` is raised. From text,
    a warning sign is raised only when one of its phrases is fully there, said of the
    person and neither negated nor doubted. A symptom raises a sign it flags when the
    ``flagged_by`` link says the symptom alone is enough (``enough = "alone"``), or when
    the text says it with the modifier the link names (``enough = "when_worsening"``:
    numbness "getting worse"; see ``Mention.modifiers``); a sign that needs more
    (how long it lasts, a pattern of symptoms) is asked about. A
    stated duration of three weeks or more with buttock pain raises "buttock pain lasting
    more than a few weeks"; a stated age of 50 or more (or under 20) with back pain the
    person calls new raises "new back pain over 50"; past cancer with new leg weakness,
    numbness, difficulty walking or a bladder or bowel change raises "cancer with new
    neurological symptoms"; osteoporosis or steroid tablets with back pain after a lift, a
    bend, a sneeze or a slip (or that came on suddenly) raises "sudden back pain after minor
    trauma with osteoporosis or long-term steroids"; a fall with not being able to stand,
    walk or put weight on the leg raises "unable to stand or put weight on the leg after a
    fall". Anything close to a sign but not
    certain becomes a question, never a flag; a finding the person says they do not
    have never raises anything.

    The score of a candidate adds up its links to what was reported: pain referred to a
    reported region (or a part of it) counts 3 for a primary zone and 1.5 for spillover;
    half that when the link names a larger region that contains the reported one; a
    muscle or joint located in the region counts 1; each reported symptom it presents
    with counts 2, and each symptom the person does not have takes 1 away. This ranks
    what the sources connect to the presentation; it is not a diagnosis.

    Self-care lists the self-care treatments for the three best candidates and for the
    reported symptoms, those for the best candidate first and, among them, those whose
    claim to help rests on stronger evidence first. A treatment whose only support is a
    seller's marketing is left out here (``treatments_for`` still lists it, with its
    evidence). Self-care is empty when any red flag is an emergency.

    Questions list every warning sign not yet raised or answered, most urgent first,
    when the presentation holds anything at all.

    Args:
        kb: the knowledge base.
        regions: where it hurts (regions or ids).
        symptoms: what else is noticed (symptoms, or warning signs such as foot drop).
        text: what the person wrote, or an `painkb.Interpretation` of it.
        present: answers "yes": warning signs or symptoms the person has.
        absent: answers "no": warning signs or symptoms the person does not have.

    Raises:
        TypeError: a list argument is a single string, or ``text`` is not text.
        UnknownEntityError: an id is not in the knowledge base.
        WrongKindError: a region is not a region, or a symptom neither a symptom nor a
            warning sign.

    Examples:
        >>> result = painkb.assess(kb, regions=["lower-back"])
        >>> result.candidates[0].entity.kind
        <Kind.MUSCLE: 'muscle'>
        >>> [f.urgency for f in painkb.assess(kb, symptoms=["foot-drop", "leg-pain"]).red_flags]
        [<Urgency.URGENT: 'urgent'>, <Urgency.SOON: 'soon'>]
        >>> result = painkb.assess(kb, text="I fell off a ladder and my back is killing me")
        >>> [(f.warning_sign.id, str(f.urgency)) for f in result.red_flags][0]
        ('major-trauma', 'emergency')
        >>> result = painkb.assess(kb, text="my lower back aches, no numbness")
        >>> [e.id for e in result.absent], result.red_flags
        (['numbness'], ())
        >>> result.questions[0].urgency
        <Urgency.EMERGENCY: 'emergency'>
    """
    symptom_kinds: list[KindLike] = [Kind.SYMPTOM, Kind.WARNING_SIGN]
    given_regions = _resolved(kb, regions, "regions", [Kind.REGION])
    asserted = _resolved(kb, symptoms, "symptoms", symptom_kinds)
    asserted += _resolved(kb, present, "present", symptom_kinds)
    said_absent = _resolved(kb, absent, "absent", symptom_kinds)
    interpretation: Interpretation | None = None
    if text is not None:
        from painkb.understand import Interpretation, interpret

        if isinstance(text, Interpretation):
            interpretation = text
        elif isinstance(text, str):
            interpretation = interpret(kb, text)
        else:
            raise TypeError(f"text must be a string or an Interpretation, not {type(text).__name__}")
    # what is shown is the most specific of what was said; what is read, the broader findings too
    shown = interpretation
    if interpretation is not None:
        interpretation = interpretation.with_broader()
    from_text: tuple[Entity, ...] = ()
    not_said_new: list[Entity] = []
    back_of_years = False  # back trouble of years told: no back pain is new (screening.back_told_old)
    text_regions: tuple[Entity, ...] = ()
    doubts: tuple[Entity, ...] = ()
    their_signs: tuple[Entity, ...] = ()
    about_others: tuple[RedFlag, ...] = ()
    modifiers: dict[str, frozenset[str]] = {}
    # what the screening patterns read: the text with "wen", "evry", "betr" spelled out
    seen: Interpretation | None = None
    of_the_middle: dict[tuple[int, int], str] = {}
    if interpretation is not None:
        from painkb.understand import Status
        from painkb.understand.spelled import as_spelled

        seen = as_spelled(interpretation)

        doubts = interpretation.entities(Status.UNCERTAIN)
        their_signs = interpretation.entities(Status.OTHER_PERSON, Kind.WARNING_SIGN)
        # Said of both legs, with back pain or sciatica said too: the "in both legs" signs.
        from painkb.understand.quantities import both_sides_in

        present = interpretation.entities(Status.PRESENT)
        back, cancer = screening.back_trouble(kb, present), screening.cancer_said(kb, present)
        each_side = both_sides_in(seen.text)
        worse = screening.worse_over_time(seen.text)
        # "the insides of my thighs have gone numb" is the saddle, not both legs
        saddle = screening.saddle_spans(seen)
        # a loss of feeling said of both legs or feet too: "his legs have gone weak and he can't
        # feel his feet" is weakness and numbness in both legs, as the NHS names the sign
        # (its sign said too and not doubted: a numbness with a cause of its own, "from the cold",
        # or one that passed or is long-standing, counts for nothing; and the two told as new with
        # no occasion of their own, `screening.a_new_loss_told_plainly`: not "... after the long
        # drive", "... when I'm anxious")
        from painkb.understand.words import NOT_NEW

        undoubted = {
            (s.start, s.end)
            for s in seen.mentions
            if s.entity.id == _NUMB_OR_WEAK and s.present and s.confident
        }
        numb_too = [
            o
            for o in seen.mentions
            if o.present
            and o.confident
            and o.side == "both"
            and o.entity.id == _NUMBNESS
            and NOT_NEW.isdisjoint(o.modifiers)
            and (o.start, o.end) in undoubted
        ]
        for m in seen.mentions:
            both = m.side == "both" or (m.side in ("left", "right") and each_side)
            if (
                both
                and "thigh" in m.orth.lower()
                and any(start <= m.start and m.end <= end for start, end in saddle)
            ):
                both = False
            # (not without back pain or sciatica, even of legs said to get worse or of "both":
            # two reviews found a gym, a stair challenge, meditation cross-legged, a horse's legs)
            # (nor without them, but legs gone weak said with walking failing, and with a cancer,
            # a worsening or a sudden onset: "my legs have suddenly gone weak and I can hardly
            # walk"; not "... I can't walk far", nor legs weak after a hike or the flu; or said
            # with a loss of feeling of both legs or feet, `numb_too`)
            failing = (
                m.side == "both"
                and m.entity.id == _LEG_WEAKNESS
                and _PASSING not in m.modifiers
                and (
                    any(
                        NOT_NEW.isdisjoint(m.modifiers)
                        and screening.a_new_loss_told_plainly(seen.text, ((m.start, m.end), (o.start, o.end)))
                        for o in numb_too
                    )
                    or screening.walking_fails_with(
                        seen.text, m.start, sudden=not (cancer or _WORSENING in m.modifiers)
                    )
                )
            )
            how = frozenset(m.modifiers) | ({_BOTH_SIDES} if both and (back or failing) else frozenset())
            if worse and screening.worse_over_time_of(seen.text, worse, m.start, m.entity.id):
                how |= {_WORSENING}
            if m.present and m.confident and how:
                modifiers[m.entity.id] = modifiers.get(m.entity.id, frozenset()) | how
        text_regions = interpretation.entities(Status.PRESENT, Kind.REGION)
        # a loss of feeling said only of the saddle area, or of a bladder, bowel or sex that
        # cannot be felt, is not one of the legs or feet: asked, not raised
        of_the_middle = screening.felt_only_in_the_middle(seen)
        from_text = tuple(
            m.entity
            for m in interpretation.mentions
            if m.present
            and m.confident
            and (m.entity.kind is Kind.SYMPTOM or (m.entity.kind is Kind.WARNING_SIGN and m.raises_warning))
        )
        # "I'm 50 and I have back pain" says the age, not that the pain is new: asked
        back_of_years = screening.back_told_old(interpretation)
        not_said_new = [
            e
            for e in from_text
            if e.id in screening.NEEDS_NEW and (back_of_years or not screening.said_new(seen.text))
        ]
        from_text = tuple(e for e in from_text if e not in not_said_new)
        said_absent += tuple(e for e in interpretation.absent if e.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN))
    asserted = tuple(dict.fromkeys(asserted))
    from_text = tuple(e for e in dict.fromkeys(from_text) if e not in asserted)
    said_absent = tuple(e for e in dict.fromkeys(said_absent) if e not in asserted and e not in from_text)
    region_list = tuple(r for r in dict.fromkeys((*given_regions, *text_regions)) if isinstance(r, Region))
    symptom_list = tuple(s for s in (*asserted, *from_text) if isinstance(s, (Symptom, WarningSign)))
    findings = (*region_list, *symptom_list)
    duration = interpretation.duration if interpretation else None
    age = interpretation.age if interpretation else None
    # Signs that rest on what else was said (a duration, an age, two findings together);
    # a sign the person denies is never raised this way.
    # a time long enough said with a buttock finding; from a text, it must be the buttock's
    lasting = screening.duration_flags(kb, findings, duration)
    extra = screening.duration_flags(kb, findings, duration, interpretation) if lasting else {}
    features: tuple[str, ...] = ()
    berlin: tuple[str, ...] = ()
    events: dict[str, screening.Event] = {}
    if seen is not None:
        features = screening.inflammatory_features(kb, seen)
        berlin = screening.berlin_features(kb, seen)
        question = screening.inflammatory_question_answered(kb, seen)
        extra.update(screening.new_pain_flags(kb, findings, age, seen.text, back_of_years))
        extra.update(screening.inflammatory_flags(kb, seen, features, berlin, question))
        events = screening.events(kb, seen)
        extra.update({sign: event.finding for sign, event in events.items()})
    denied = {e.id for e in said_absent}
    extra = {sign: finding for sign, finding in extra.items() if sign not in denied}
    events = {sign: event for sign, event in events.items() if sign in extra}
    said: dict[str, tuple[str, ...]] = {}
    if interpretation is not None and seen is not None and events:
        interpretation = _understood(interpretation, seen.text, events.values())
        shown = attrs.evolve(shown, not_understood=interpretation.not_understood) if shown else shown
        said = {sign: event.words(seen.text) for sign, event in events.items()}
    red_flags = _red_flags(kb, (*asserted, *from_text), extra, modifiers, said)
    if interpretation is not None:
        muscles = interpretation.entities(Status.PRESENT, Kind.MUSCLE)
        red_flags = _with_the_back(kb, red_flags, findings, frozenset(events), muscles)
    # A sign made of two parts may rest on a sign just raised: add it, then rank again.
    # ... from parts that are new: numb feet from chemo "slowly improving" make no new loss
    new_parts = findings
    if modifiers:  # only from a text (and so painkb.understand is imported only then)
        from painkb.understand.words import NOT_NEW

        new_parts = tuple(e for e in findings if not modifiers.get(e.id, frozenset()) & NOT_NEW)
    parts = screening.combined_flags(kb, (*new_parts, *(f.warning_sign for f in red_flags)))
    parts = {sign: finding for sign, finding in parts.items() if sign not in denied and sign not in extra}
    if parts:
        red_flags = _red_flags(kb, (*asserted, *from_text), {**extra, **parts}, modifiers, said)
    # ... and a sign raised is the narrower signs it includes (never one denied, nor a recent
    # injury whose own words the text said whole and left in doubt: "fell from scaffolding 8
    # months ago" is a major trauma, and whether the injury is recent is asked)
    raised_ids = {f.warning_sign.id for f in red_flags}
    injury_doubted = interpretation is not None and any(
        m.exact and m.entity.id == _RECENT_INJURY for m in interpretation.partial
    )
    included = {
        sign: part
        for sign, part in screening.included_flags(kb, (f.warning_sign for f in red_flags)).items()
        if sign not in denied and sign not in raised_ids and not (injury_doubted and sign == _RECENT_INJURY)
    }
    if included:
        red_flags = _red_flags(kb, (*asserted, *from_text), {**extra, **parts, **included}, modifiers, said)
    if interpretation is not None and screening.worsening_of_both_legs(
        {f.warning_sign.id for f in red_flags}, interpretation
    ):  # worsening in both legs is the sign of both legs: asked of one leg, not raised
        red_flags = tuple(f for f in red_flags if f.warning_sign.id != _PROGRESSIVE)
    if interpretation is not None and red_flags:  # legs weak on walking, eased by sitting: asked
        walking = screening.brought_on_by_walking(interpretation)
        red_flags = tuple(f for f in red_flags if f.warning_sign.id not in walking)
    if of_the_middle:  # ... unless a sign of the legs that includes it is raised
        raised_ids = {f.warning_sign.id for f in red_flags}
        if not raised_ids & screening.INCLUDING[_LEGS_OR_FEET]:
            red_flags = tuple(f for f in red_flags if f.warning_sign.id != _LEGS_OR_FEET)
    candidates = _candidates(kb, region_list, symptom_list, said_absent)
    emergency = any(flag.urgency is Urgency.EMERGENCY for flag in red_flags)
    answered = {f.warning_sign.id for f in red_flags} | {e.id for e in said_absent}
    reasons = screening.age_flags(kb, findings, age)
    # a time said, but not of the buttock ("my back has hurt for months and now my bum aches"):
    # whether the buttock pain has lasted so long is asked
    if lasting and _PERSISTENT_BUTTOCK not in answered:
        reasons.setdefault(_PERSISTENT_BUTTOCK, "you said how long; has your buttock pain lasted that long?")
    # ... and a time too vague to count, or home care that has not helped ("my bum has hurt for
    # ages and nothing I do helps")
    elif (
        interpretation is not None
        and _PERSISTENT_BUTTOCK not in answered
        and screening.buttock_pain_vaguely_lasting(kb, findings, interpretation.text)
    ):
        reasons.setdefault(_PERSISTENT_BUTTOCK, "you said it has gone on a long while or nothing helps")
    for not_new in not_said_new:
        reasons.setdefault(not_new.id, "you gave your age; is the back pain new?")
    if len(features) >= 2 or berlin:
        stated = dict.fromkeys((*features, *berlin)) if len(features) >= 2 else dict.fromkeys(berlin)
        reasons.setdefault("inflammatory-back-pain", "you said " + ", ".join(stated))
    for finding in (*asserted, *from_text):
        for link in kb.links_to(finding.id, "flagged_by"):
            reasons.setdefault(link.subject, f"you mentioned {finding.name.lower()}")
    # A condition the person says they have asks about the signs that warn of it ("sciatica in
    # my right leg": does the pain spread down the leg?)
    named = interpretation.entities(Status.PRESENT, Kind.CONDITION) if interpretation is not None else ()
    for condition in named:
        for link in kb.links_to(condition.id, "warns_of"):
            reasons.setdefault(link.subject, f"you mentioned {condition.name.lower()}")
    for finding in doubts:
        for link in kb.links_to(finding.id, "flagged_by"):
            reasons.setdefault(link.subject, f"you are not sure about {finding.name.lower()}")
    # ... and a symptom of the legs said in full but doubted (legs weak "after the marathon"):
    # the signs it flags are asked about as when it is said (not of a place that is no leg:
    # "my fingers go numb at night" asks nothing)
    if interpretation is not None:
        from painkb.understand.asked_instead import names_no_leg

        for mention in interpretation.partial:
            if mention.exact and mention.entity.kind is Kind.SYMPTOM and not names_no_leg(mention.orth):
                for link in kb.links_to(mention.entity.id, "flagged_by"):
                    reasons.setdefault(link.subject, f"you mentioned {mention.entity.name.lower()}")
    # A sign of two parts with one part said and the other only close ("prostate cancer,
    # treated" with weak legs) is asked about with the part that was said.
    if interpretation is not None:
        close = {m.entity.id for m in (*interpretation.partial, *interpretation.mentions) if not m.present}
        reasons.update(
            (sign, f"you mentioned {part.name.lower()}")
            for sign, part in screening.combined_flags(kb, findings, close).items()
            if sign not in reasons
        )
    for where in of_the_middle.values() if interpretation is not None else ():
        reasons.setdefault(_LEGS_OR_FEET, f"you wrote {where!r}; is it in your legs or feet too?")
    # Someone else's symptoms ("my wife's legs went numb") put the signs they flag first,
    # to be asked of that person: the writer may be asking on their behalf.
    for mention in interpretation.mentions if interpretation is not None else ():
        if mention.entity.kind is Kind.SYMPTOM and mention.status.value == "other_person":
            for link in kb.links_to(mention.entity.id, "flagged_by"):
                reasons.setdefault(link.subject, f"you wrote {mention.orth!r} about someone else; ask them")
    if interpretation is not None and seen is not None:
        for sign, why in screening.someone_elses_fall(seen).items():
            reasons.setdefault(sign, why)
        for sign, why in screening.someone_elses_collapse(seen).items():
            reasons.setdefault(sign, why)
        for sign, why in screening.a_strain(kb, seen).items():
            reasons.setdefault(sign, why)
        for sign, why in screening.a_difficulty_explained(kb, seen).items():
            reasons.setdefault(sign, why)
        about_others = _their_flags(kb, interpretation)
        for flag in about_others:
            reasons.setdefault(
                flag.warning_sign.id,
                "you wrote about someone else: "
                + ", ".join(flag.said or tuple(e.name.lower() for e in flag.triggered_by))
                + "; ask them",
            )
    # The bladder and the bowel are asked together, as the patient pages name them ("loss of
    # bladder or bowel control (peeing or pooing yourself)", sheffield-back-pain): one raised
    # asks the other ("I can't tell when I need to go and it comes out anyway"); so do a weak or
    # numb leg and both legs
    for sign, companion in _ASKED_TOGETHER:
        if companion not in answered and any(f.warning_sign.id == sign for f in red_flags):
            reasons.setdefault(companion, f"asked with {kb.get(sign).name.lower()}")
    # A sign whose every flagging symptom the person does not have is answered too.
    answered |= screening.ruled_out(kb, answered)
    # ... and a sign no words came close to, that the message as a whole reads like: asked
    # first, after every reason the rules give (the second reading, never a flag)
    read_whole = [] if interpretation is None else _read_as_a_whole(interpretation.text, answered)
    for sign in read_whole:
        reasons.setdefault(sign, _READS_LIKE_IT)
    theirs = interpretation is not None and any(
        m.status.value == "other_person" for m in interpretation.mentions
    )
    # (or a strain told with no finding a question could start from: "Pulled a muscle lifting a
    # heavy box, my herniated disc is playing up again", where the disc is a condition)
    asked = (
        findings
        or doubts
        or their_signs
        or theirs
        or (interpretation is not None and interpretation.partial)
        or _RECENT_INJURY in reasons
        or read_whole
        # ... or a lost function told as past ("both legs were weak but they're better now"):
        # an episode that passed may come back, so it is asked (asked_when_past)
        or (interpretation is not None and screening.a_past_loss(interpretation))
    )
    return Assessment(
        regions=region_list,
        symptoms=symptom_list,
        red_flags=red_flags,
        candidates=candidates,
        self_care=() if emergency else _self_care(kb, candidates, symptom_list),
        interpretation=shown,
        absent=said_absent,
        questions=screening.questions(kb, answered, interpretation, reasons) if asked else (),
        about_others=about_others,
    )


# (sign, the sign asked with it): the bladder and the bowel; a leg's weakness or numbness, and
# whether it is in both legs (the cauda equina questions: "both legs?")
_ASKED_TOGETHER = (
    ("bladder-dysfunction", "bowel-dysfunction"),
    ("bowel-dysfunction", "bladder-dysfunction"),
    ("numbness-tingling-or-weakness", "bilateral-leg-weakness"),
)


def _their_flags(kb: KnowledgeBase, interpretation: Interpretation) -> tuple[RedFlag, ...]:
    """The signs that someone else's findings would raise as the writer's: "my father is
    having treatment for prostate cancer ... his legs are weak" (cancer with new neurological
    symptoms), "my gran has brittle bones, she bent down and felt something go in her back".
    Their findings are read as if said of the person; the signs are asked about, of them,
    and given with their advice (a carer may be writing on their behalf).
    """
    from painkb.understand import Status

    theirs = tuple(
        attrs.evolve(m, status=Status.PRESENT)
        for m in interpretation.mentions
        if m.status is Status.OTHER_PERSON
    )
    if not theirs:
        return ()
    # ... and a sign said with a harmless cause of its own is not theirs to be told of, as it would
    # not be the writer's ("my dad's feet are numb from the cold"): asked of them all the same
    from painkb.understand.asked_instead import Reading, explained
    from painkb.understand.sentences import split_sentences
    from painkb.understand.words import tokenize

    text = interpretation.text
    sentences = split_sentences(text, tokenize(text))
    bounds = [(s.tokens[0].start, s.tokens[-1].end) for s in sentences if s.tokens]
    doubtful = explained(Reading(kb, text, bounds), list(theirs))
    if doubtful:
        theirs = tuple(m for m in theirs if m not in doubtful)
    from painkb.understand.quantities import their_age_in

    # their age when the text gives it ("My dad, 74, ... a back pain he's never had before")
    age = their_age_in(interpretation.text)
    # how long, when the text tells of nothing the writer has ("My mum's been getting pain deep
    # in her right buttock since before Easter, about two months now")
    own = any(m.present and m.entity.kind is not Kind.CAUSE for m in interpretation.mentions)
    duration = None if own else interpretation.duration
    as_said = attrs.evolve(interpretation, mentions=theirs, partial=(), age=age, duration=duration)
    return assess(kb, text=as_said).red_flags
