"""The metagraph: every relation, the kinds it may join, and its qualifiers.

This module is the single source of truth for relations. The loader validates links
against it, the docs build their relation table from it, the hypothesis strategies draw
links from it, and the exports name their predicates after it.

>>> from painkb.metagraph import RELATIONS, allows
>>> dict(RELATIONS["refers_pain_to"].qualifiers)
{'zone': ('primary', 'spillover')}
>>> allows("can_compress", "muscle", "nerve")
True
>>> allows("can_compress", "nerve", "muscle")
False
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from painkb.fuzzy import suggest
from painkb.model import Kind, Zone

__all__ = ["RELATIONS", "Relation", "allows", "not_a_relation"]

M, R, J, N = Kind.MUSCLE, Kind.REGION, Kind.JOINT, Kind.NERVE
C, S, CA, T = Kind.CONDITION, Kind.SYMPTOM, Kind.CAUSE, Kind.TREATMENT
E, W, I = Kind.EQUIPMENT, Kind.WARNING_SIGN, Kind.IMPROVEMENT_SIGN


def _frozen_qualifiers(value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Relation:
    """One relation: its name, what it means, and the pairs of kinds it may join.

    Attributes:
        name: the relation's id, used as the graph's edge key.
        description: read as "subject <description> target".
        pairs: the (subject kind, target kind) pairs allowed.
        qualifiers: qualifier name -> allowed values; all are required on every link.
        transitive: whether following a chain of it is meaningful (``part_of``).
    """

    name: str
    description: str
    pairs: frozenset[tuple[Kind, Kind]]
    # Left out of the hash (a mappingproxy has none); still compared for equality.
    qualifiers: Mapping[str, tuple[str, ...]] = attrs.field(
        factory=dict, converter=_frozen_qualifiers, hash=False
    )
    transitive: bool = False

    @property
    def subjects(self) -> frozenset[Kind]:
        """Kinds allowed at the tail of the edge."""
        return frozenset(subject for subject, _ in self.pairs)

    @property
    def targets(self) -> frozenset[Kind]:
        """Kinds allowed at the head of the edge."""
        return frozenset(target for _, target in self.pairs)

    def allows(self, subject: Kind, target: Kind) -> bool:
        """Whether this relation may join a ``subject`` entity to a ``target`` entity."""
        return (subject, target) in self.pairs


def _relation(
    name: str,
    description: str,
    *groups: tuple[set[Kind], set[Kind]],
    qualifiers: Mapping[str, tuple[str, ...]] | None = None,
    transitive: bool = False,
) -> Relation:
    """A relation allowing every subject-target pair within each (subjects, targets) group."""
    pairs = frozenset((s, t) for subjects, targets in groups for s in subjects for t in targets)
    return Relation(name, description, pairs, qualifiers or {}, transitive)


_ALL = [
    _relation("part_of", "is part of", ({R}, {R}), ({M}, {M}), transitive=True),
    _relation("located_in", "is located in", ({M, J, N}, {R})),
    _relation(
        "refers_pain_to",
        "refers pain to",
        ({M, J}, {R}),
        qualifiers={"zone": tuple(z.value for z in Zone)},
    ),
    _relation("can_compress", "can compress or irritate", ({M}, {N})),
    _relation("involves", "involves", ({C}, {M, N, J, R})),
    _relation("mimics", "can mimic or be mistaken for", ({M, C, J}, {C})),
    _relation("contributes_to", "contributes to", ({CA, M, J, C}, {M, J, C, S})),
    _relation("presents_with", "presents with", ({M, C, J}, {S})),
    _relation("targets", "targets", ({T}, {M, J, R})),
    _relation("relieves", "relieves", ({T}, {C, S})),
    _relation("prevents", "helps prevent", ({T}, {CA, C})),
    _relation("uses", "uses", ({T}, {E})),
    _relation("warns_of", "warns of", ({W}, {C})),
    # enough: "alone" when the symptom by itself meets the sign ("loss of bladder control");
    # "when_worsening", "when_persistent", "when_unexplained" when the symptom meets it
    # said with that modifier (numbness "getting worse"; night pain "whatever position";
    # weight loss "without trying"; the words are in understand/language.toml);
    # "when_both_sides" when it meets it said of both legs ("my legs are numb") by a
    # person who also reports back pain or sciatica;
    # "with_more" when the sign needs more than words can settle (how long it lasts, a
    # pattern of symptoms): then the symptom makes painkb ask, not warn.
    _relation(
        "flagged_by",
        "is flagged when a person reports",
        ({W}, {S}),
        qualifiers={
            "enough": (
                "alone",
                "when_worsening",
                "when_persistent",
                "when_unexplained",
                "when_both_sides",
                "with_more",
            )
        },
    ),
    _relation("indicates_improvement_of", "indicates improvement of", ({I}, {C})),
]

#: Every relation by name, in a stable order.
RELATIONS: Mapping[str, Relation] = MappingProxyType({r.name: r for r in _ALL})


def allows(relation: str, subject: Kind | str, target: Kind | str) -> bool:
    """Whether ``relation`` may join an entity of kind ``subject`` to one of kind ``target``.

    Unknown relation names and kinds give False.
    """
    found = RELATIONS.get(relation)
    if found is None:
        return False
    try:
        return found.allows(Kind(subject), Kind(target))
    except ValueError:
        return False


def not_a_relation(name: object) -> str:
    """What is wrong with a link's relation ``name`` that is not in `RELATIONS`.

    >>> not_a_relation("refers_pain")
    "'refers_pain' is not a relation; did you mean 'refers_pain_to'?"
    """
    hint = suggest(name, RELATIONS, limit=1) if isinstance(name, str) else ()
    return f"{name!r} is not a relation" + (
        f"; did you mean {hint[0]!r}?" if hint else f" (one of {', '.join(RELATIONS)})"
    )
