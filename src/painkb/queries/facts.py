"""Causes, symptoms and warning signs."""

from __future__ import annotations

from painkb.kb import KnowledgeBase
from painkb.model import Entity, Kind, Link, Symptom, WarningSign
from painkb.partof import family
from painkb.results import Match

__all__ = ["causes_of", "symptoms_of", "warning_signs"]


def _collect(kb: KnowledgeBase, asked: Entity, relation: str, incoming: bool) -> dict[str, tuple[Link, ...]]:
    found: dict[str, tuple[Link, ...]] = {}
    for node, chain in family(kb, asked.id).items():
        links = kb.links_to(node, relation) if incoming else kb.links_from(node, relation)
        for link in links:
            other = link.subject if incoming else link.target
            reasons = (link, *chain)
            if other not in found or len(reasons) < len(found[other]):
                found[other] = reasons
    return found


def _sorted(matches: list[Match[Entity]]) -> tuple[Match[Entity], ...]:
    return tuple(sorted(matches, key=lambda m: (len(m.reasons), m.entity.name.casefold(), m.entity.id)))


def causes_of(kb: KnowledgeBase, target: Entity | str) -> tuple[Match[Entity], ...]:
    """What contributes to ``target`` (a muscle's tightness, a condition, a symptom).

    Facts about a muscle group apply to its members and the other way round. Direct
    causes come first, then by name.

    Args:
        kb: the knowledge base.
        target: a muscle, joint, condition or symptom (or its id).

    Raises:
        UnknownEntityError: no such id.
        WrongKindError: ``target`` is of another kind.

    Examples:
        >>> [m.entity.id for m in painkb.causes_of(kb, "quadratus-lumborum")][:3]
        ['improper-lifting', 'poor-posture', 'prolonged-sitting']
    """
    asked = kb.resolve(target, [Kind.MUSCLE, Kind.JOINT, Kind.CONDITION, Kind.SYMPTOM])
    found = _collect(kb, asked, "contributes_to", incoming=True)
    return _sorted([Match(kb.get(other), reasons) for other, reasons in found.items()])


def symptoms_of(kb: KnowledgeBase, target: Entity | str) -> tuple[Match[Symptom], ...]:
    """Symptoms that ``target`` (a muscle, joint or condition) presents with.

    Examples:
        >>> [m.entity.id for m in painkb.symptoms_of(kb, "sciatica")][:1]
        ['leg-pain']
    """
    asked = kb.resolve(target, [Kind.MUSCLE, Kind.JOINT, Kind.CONDITION])
    found = _collect(kb, asked, "presents_with", incoming=False)
    matches = [Match(kb.get(other, Symptom), reasons) for other, reasons in found.items()]
    return tuple(sorted(matches, key=lambda m: (len(m.reasons), m.entity.name.casefold(), m.entity.id)))


def warning_signs(kb: KnowledgeBase) -> tuple[WarningSign, ...]:
    """Every warning sign, most urgent first, then by name.

    Examples:
        >>> painkb.warning_signs(kb)[0].urgency <= painkb.warning_signs(kb)[-1].urgency
        True
    """
    signs = [e for e in kb.entities(Kind.WARNING_SIGN) if isinstance(e, WarningSign)]
    return tuple(sorted(signs, key=lambda w: (w.urgency.rank, w.name.casefold(), w.id)))
