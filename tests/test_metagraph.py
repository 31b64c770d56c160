"""The metagraph is the single source of truth for relations."""

from __future__ import annotations

import pytest

from painkb.metagraph import RELATIONS, Relation, allows
from painkb.model import Kind

REQUIRED = {
    "part_of",
    "located_in",
    "refers_pain_to",
    "can_compress",
    "involves",
    "mimics",
    "contributes_to",
    "presents_with",
    "targets",
    "relieves",
    "prevents",
    "uses",
    "warns_of",
    "indicates_improvement_of",
}


def test_the_relations_the_project_agreed_on_exist() -> None:
    assert set(RELATIONS) >= REQUIRED


@pytest.mark.parametrize(
    ("relation", "subject", "target"),
    [
        ("refers_pain_to", Kind.MUSCLE, Kind.REGION),
        ("can_compress", Kind.MUSCLE, Kind.NERVE),
        ("involves", Kind.CONDITION, Kind.JOINT),
        ("contributes_to", Kind.CAUSE, Kind.SYMPTOM),
        ("targets", Kind.TREATMENT, Kind.MUSCLE),
        ("uses", Kind.TREATMENT, Kind.EQUIPMENT),
        ("warns_of", Kind.WARNING_SIGN, Kind.CONDITION),
        ("indicates_improvement_of", Kind.IMPROVEMENT_SIGN, Kind.CONDITION),
        ("part_of", Kind.MUSCLE, Kind.MUSCLE),
        ("part_of", Kind.REGION, Kind.REGION),
    ],
)
def test_allowed_pairs(relation: str, subject: Kind, target: Kind) -> None:
    assert allows(relation, subject, target)
    assert allows(relation, str(subject), str(target))


@pytest.mark.parametrize(
    ("relation", "subject", "target"),
    [
        ("refers_pain_to", "region", "muscle"),
        ("part_of", "muscle", "region"),
        ("uses", "equipment", "treatment"),
        ("no_such_relation", "muscle", "region"),
        ("targets", "treatment", "not-a-kind"),
    ],
)
def test_forbidden_pairs(relation: str, subject: str, target: str) -> None:
    assert not allows(relation, subject, target)


def test_only_referral_and_flagging_links_have_qualifiers() -> None:
    assert RELATIONS["refers_pain_to"].qualifiers == {"zone": ("primary", "spillover")}
    assert RELATIONS["flagged_by"].qualifiers == {
        "enough": (
            "alone",
            "when_worsening",
            "when_persistent",
            "when_unexplained",
            "when_both_sides",
            "with_more",
        )
    }
    qualified = {"refers_pain_to", "flagged_by"}
    assert all(not r.qualifiers for name, r in RELATIONS.items() if name not in qualified)


def test_relations_are_read_only() -> None:
    with pytest.raises(TypeError):
        RELATIONS["x"] = RELATIONS["part_of"]  # type: ignore[index]


def test_relations_are_hashable_and_equal_by_value() -> None:
    assert len({*RELATIONS.values(), *RELATIONS.values()}) == len(RELATIONS)
    relation = RELATIONS["refers_pain_to"]
    again = Relation(  # an equal relation built separately
        relation.name,
        relation.description,
        frozenset(relation.pairs),
        {name: tuple(values) for name, values in relation.qualifiers.items()},
        relation.transitive,
    )
    assert again is not relation
    assert again == relation
    assert hash(again) == hash(relation)
    assert again != RELATIONS["part_of"]
