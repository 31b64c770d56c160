"""Assess a presentation: warning signs first, then what may be behind it, then self-care."""

from __future__ import annotations

from collections.abc import Iterable

from painkb.kb import KnowledgeBase
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
from painkb.queries._walk import ancestors, descendants
from painkb.queries.treatments import treatments_for
from painkb.results import Assessment, Candidate, Match, RedFlag

__all__ = ["assess"]

# Score weights: pain referred to exactly where it hurts counts most.
_REFERS = {Zone.PRIMARY: 3.0, Zone.SPILLOVER: 1.5}
_BROADER_REGION = 0.5  # the link names a larger region that contains the one reported
_LOCATED = 1.0
_PRESENTS = 2.0
_SELF_CARE_FROM_TOP = 3


def _red_flags(kb: KnowledgeBase, symptoms: tuple[Entity, ...]) -> tuple[RedFlag, ...]:
    triggers: dict[str, list[Entity]] = {}
    reasons: dict[str, list[Link]] = {}
    for finding in symptoms:
        if isinstance(finding, WarningSign):
            triggers.setdefault(finding.id, []).append(finding)
            reasons.setdefault(finding.id, [])
        for link in kb.links_to(finding.id, "flagged_by"):
            triggers.setdefault(link.subject, []).append(finding)
            reasons.setdefault(link.subject, []).append(link)
    flags = [
        RedFlag(kb.get(sign, WarningSign), tuple(dict.fromkeys(triggers[sign])), tuple(reasons[sign]))
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
    kb: KnowledgeBase, regions: tuple[Region, ...], symptoms: tuple[Entity, ...]
) -> tuple[Candidate, ...]:
    scores: dict[str, float] = {}
    why: dict[str, list[Link]] = {}
    _score_regions(kb, regions, scores, why)
    for symptom in symptoms:
        for link in kb.links_to(symptom.id, "presents_with"):
            scores[link.subject] = scores.get(link.subject, 0.0) + _PRESENTS
            why.setdefault(link.subject, []).append(link)
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


def assess(
    kb: KnowledgeBase,
    regions: Iterable[Region | str] = (),
    symptoms: Iterable[Symptom | WarningSign | str] = (),
) -> Assessment:
    """What a presentation points to: red flags first, then ranked candidates and self-care.

    The score of a candidate adds up its links to what was reported: pain referred to a
    reported region (or a part of it) counts 3 for a primary zone and 1.5 for spillover;
    half that when the link names a larger region that contains the reported one; a
    muscle or joint located in the region counts 1; each reported symptom it presents
    with counts 2. This ranks what the sources connect to the presentation; it is not a
    diagnosis.

    Self-care lists the self-care treatments for the three best candidates and for the
    reported symptoms, those for the best candidate first and, among them, those whose
    claim to help rests on stronger evidence first. A treatment whose only support is a
    seller's marketing is left out here (``treatments_for`` still lists it, with its
    evidence). Self-care is empty when any red flag is an emergency.

    Args:
        kb: the knowledge base.
        regions: where it hurts (regions or ids).
        symptoms: what else is noticed (symptoms, or warning signs such as foot drop).

    Raises:
        UnknownEntityError: an id is not in the knowledge base.
        WrongKindError: a region is not a region, or a symptom neither a symptom nor a
            warning sign.

    Examples:
        >>> result = painkb.assess(kb, regions=["lower-back"])
        >>> result.candidates[0].entity.kind
        <Kind.MUSCLE: 'muscle'>
        >>> [f.urgency for f in painkb.assess(kb, symptoms=["foot-drop", "leg-pain"]).red_flags]
        [<Urgency.URGENT: 'urgent'>, <Urgency.SOON: 'soon'>]
    """
    # resolve() checks each kind; the isinstance filters only tell the type checker.
    resolved_regions = [kb.resolve(r, [Kind.REGION]) for r in regions]
    resolved_symptoms = [kb.resolve(s, [Kind.SYMPTOM, Kind.WARNING_SIGN]) for s in symptoms]
    region_list = tuple(r for r in resolved_regions if isinstance(r, Region))
    symptom_list = tuple(s for s in resolved_symptoms if isinstance(s, (Symptom, WarningSign)))
    red_flags = _red_flags(kb, symptom_list)
    candidates = _candidates(kb, region_list, symptom_list)
    emergency = any(flag.urgency is Urgency.EMERGENCY for flag in red_flags)
    return Assessment(
        regions=region_list,
        symptoms=symptom_list,
        red_flags=red_flags,
        candidates=candidates,
        self_care=() if emergency else _self_care(kb, candidates, symptom_list),
    )
