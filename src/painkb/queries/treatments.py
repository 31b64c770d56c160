"""Treatments for a muscle, joint, region, condition, symptom or cause."""

from __future__ import annotations

from painkb.kb import KnowledgeBase
from painkb.model import Entity, Kind, Link, Setting, Treatment, TreatmentCategory
from painkb.partof import descendants, family
from painkb.results import Match

__all__ = ["treatments_for"]

# Which relation leads from a treatment to each kind of target.
_RELATIONS: dict[Kind, tuple[str, ...]] = {
    Kind.MUSCLE: ("targets",),
    Kind.JOINT: ("targets",),
    Kind.REGION: ("targets",),
    Kind.CONDITION: ("relieves", "prevents"),
    Kind.SYMPTOM: ("relieves",),
    Kind.CAUSE: ("prevents",),
}


def treatments_for(
    kb: KnowledgeBase,
    target: Entity | str,
    category: TreatmentCategory | str | None = None,
) -> tuple[Match[Treatment], ...]:
    """Treatments that target, relieve or prevent ``target``, with how they are done.

    A muscle's treatments include those for the groups it belongs to and, for a group,
    those for its members; a region's include those for its parts. Direct matches come
    first, then self-care before professional care, then by name.

    Args:
        kb: the knowledge base.
        target: a muscle, joint, region, condition, symptom or cause (or its id).
        category: only treatments of this category (``"stretch"``, ...).

    Raises:
        UnknownEntityError: no such id.
        WrongKindError: nothing is treated through an entity of that kind.

    Examples:
        >>> match = painkb.treatments_for(kb, "piriformis", category="stretch")[0]
        >>> match.entity.name
        'Seated piriformis stretch'
        >>> match.entity.dosage
        'Hold the stretch for 20-30 seconds on each side, repeating several times throughout the day.'
    """
    asked = kb.resolve(target, _RELATIONS)
    wanted = None if category is None else TreatmentCategory(category)
    reach = descendants(kb, asked.id) if asked.kind is Kind.REGION else family(kb, asked.id)
    found: dict[str, tuple[Link, ...]] = {}
    for node, chain in reach.items():
        for relation in _RELATIONS[asked.kind]:
            for link in kb.links_to(node, relation):
                reasons = (link, *chain)
                if link.subject not in found or len(reasons) < len(found[link.subject]):
                    found[link.subject] = reasons
    matches = [Match(kb.get(subject, Treatment), reasons) for subject, reasons in found.items()]
    if wanted is not None:
        matches = [m for m in matches if m.entity.category is wanted]
    return tuple(sorted(matches, key=_order))


def _order(match: Match[Treatment]) -> tuple[int, bool, str, str]:
    treatment = match.entity
    return (
        len(match.reasons),
        treatment.setting is not Setting.SELF_CARE,
        treatment.name.casefold(),
        treatment.id,
    )
