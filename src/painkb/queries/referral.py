"""Which muscles (and joints) refer pain to a region."""

from __future__ import annotations

from painkb.kb import KnowledgeBase
from painkb.model import Entity, Kind, Link, Region, Zone
from painkb.partof import descendants
from painkb.results import Referral

__all__ = ["referral_sources"]


def referral_sources(kb: KnowledgeBase, region: Region | str) -> tuple[Referral, ...]:
    """Muscles and joints whose trigger points refer pain to ``region`` or a part of it.

    Primary zones come first, then spillover; each group is sorted by name. A muscle
    linked to several matching regions appears once, with all its links as reasons.

    Args:
        kb: the knowledge base.
        region: a region or its id.

    Raises:
        UnknownEntityError: no such id.
        WrongKindError: the id is not a region.

    Examples:
        >>> [r.entity.id for r in painkb.referral_sources(kb, "hip")][:2]
        ['glutes', 'gluteus-minimus']
        >>> painkb.referral_sources(kb, "lateral-leg")[0].zone
        <Zone.PRIMARY: 'primary'>
    """
    asked = kb.resolve(region, [Kind.REGION])
    found: dict[str, list[Link]] = {}
    for region_id, chain in descendants(kb, asked.id).items():
        for link in kb.links_to(region_id, "refers_pain_to"):
            found.setdefault(link.subject, []).extend((link, *chain))
    results = []
    for subject, reasons in found.items():
        referrals = [r for r in reasons if r.relation == "refers_pain_to"]
        zone = Zone.PRIMARY if any(r.zone is Zone.PRIMARY for r in referrals) else Zone.SPILLOVER
        ordered = sorted(
            dict.fromkeys(reasons),
            key=lambda link: (link.relation != "refers_pain_to", link.zone is not Zone.PRIMARY, link.target),
        )
        results.append(Referral(kb.get(subject), tuple(ordered), zone))
    return tuple(sorted(results, key=_order))


def _order(referral: Referral) -> tuple[bool, str, str]:
    entity: Entity = referral.entity
    return (referral.zone is not Zone.PRIMARY, entity.name.casefold(), entity.id)
