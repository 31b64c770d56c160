"""What follows from the findings of a text once they are found: the modifiers each one is
said with, the status a region takes from the symptom it belongs to, and pain read from
a complaint about a place.

>>> import painkb
>>> kb = painkb.load()
>>> it = painkb.interpret(kb, "My lower back's been bad. My legs aren't weak.")
>>> sorted((m.entity.id, str(m.status)) for m in it.mentions if m.entity.id in ("lower-back-pain", "leg"))
[('leg', 'absent'), ('lower-back-pain', 'present')]
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from painkb.kb import KnowledgeBase
from painkb.model import Kind
from painkb.understand.interpretation import Mention
from painkb.understand.lexicon import pain_of_regions

__all__ = ["pain_from_complaints", "regions_follow_their_findings", "with_modifiers"]


def with_modifiers(
    mentions: list[Mention], bounds: Sequence[tuple[int, int]], said_how: Sequence[frozenset[str]]
) -> list[Mention]:
    """Each mention with the modifiers of its sentence (``bounds[i]`` are the offsets of
    sentence ``i``, ``said_how[i]`` its modifiers), or of the next sentence when that one
    names no finding of its own ("My leg is numb. It's getting worse.")."""
    if not any(said_how):
        return mentions
    where = [next((i for i, (b, e) in enumerate(bounds) if b <= m.start < e), -1) for m in mentions]
    named = set(where)
    result = []
    for mention, index in zip(mentions, where, strict=True):
        how = set(said_how[index]) if index >= 0 else set()
        if 0 <= index < len(bounds) - 1 and index + 1 not in named:
            how |= said_how[index + 1]
        result.append(attrs.evolve(mention, modifiers=tuple(sorted(how))) if how else mention)
    return result


def regions_follow_their_findings(mentions: list[Mention]) -> list[Mention]:
    """A region inside the words of a symptom or sign takes its status: in "my legs aren't
    weak" the legs are denied with the weakness."""
    result = []
    for mention in mentions:
        if mention.entity.kind is Kind.REGION:
            around = [
                m
                for m in mentions
                if m.entity.kind in (Kind.SYMPTOM, Kind.WARNING_SIGN)
                and m.start <= mention.start
                and mention.end <= m.end
                and (m.start, m.end) != (mention.start, mention.end)
            ]
            if around:
                status = min(around, key=lambda m: m.end - m.start).status
                if status is not mention.status:
                    mention = attrs.evolve(mention, status=status)
        result.append(mention)
    return result


def pain_from_complaints(kb: KnowledgeBase, mentions: Sequence[Mention]) -> list[Mention]:
    """Pain in each region said to trouble the person ("my back is bad" is back pain),
    unless that pain is already found; never a symptom that flags a warning sign."""
    pain_of = pain_of_regions(kb)
    found = {m.entity.id for m in mentions if m.present}
    added: list[Mention] = []
    for mention in mentions:
        symptom = pain_of.get(mention.entity.id)
        if symptom is None or symptom in found or not mention.present or "complaint" not in mention.modifiers:
            continue
        found.add(symptom)
        added.append(attrs.evolve(mention, entity=kb.get(symptom), via=f"{mention.via} + complaint"))
    return added
