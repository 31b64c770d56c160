"""The model: frozen, validated, hashable objects."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from painkb.model import (
    ENTITY_CLASSES,
    ID_PATTERN,
    Citation,
    EvidenceLevel,
    Kind,
    Link,
    Muscle,
    Treatment,
    Urgency,
    WarningSign,
)

ids = st.from_regex(ID_PATTERN, fullmatch=True)


def test_every_kind_has_a_class_named_after_it() -> None:
    assert set(ENTITY_CLASSES) == set(Kind)
    for kind, cls in ENTITY_CLASSES.items():
        assert cls.kind is kind


def test_entities_are_frozen() -> None:
    muscle = Muscle(id="piriformis", name="Piriformis")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        muscle.name = "x"  # type: ignore[misc]


@given(ids, st.lists(st.text(min_size=1), max_size=3))
def test_lists_become_tuples_and_entities_hash(entity_id: str, aliases: list[str]) -> None:
    muscle = Muscle(id=entity_id, name="Name", aliases=aliases)
    assert muscle.aliases == tuple(aliases)
    assert hash(muscle) == hash(Muscle(id=entity_id, name="Name", aliases=tuple(aliases)))


@pytest.mark.parametrize("bad", ["Piriformis", "glute_med", "-x", "x-", "a--b", "", "a b"])
def test_ids_must_be_kebab_case(bad: str) -> None:
    with pytest.raises(ValueError, match="kebab-case"):
        Muscle(id=bad, name="Name")


def test_a_single_string_is_not_taken_as_a_list_of_aliases() -> None:
    with pytest.raises(TypeError):
        Muscle(id="ql", name="QL", aliases="QL")  # type: ignore[arg-type]


def test_xrefs_must_be_curies() -> None:
    with pytest.raises(ValueError, match="CURIE"):
        Muscle(id="piriformis", name="Piriformis", xrefs=["piriformis"])


def test_a_citation_needs_a_quote_or_a_locator() -> None:
    with pytest.raises(ValueError, match="quote or a locator"):
        Citation(source="s")
    assert Citation(source="s", locator="p. 3").locator == "p. 3"


def test_kind_specific_fields_are_converted_and_required() -> None:
    treatment = Treatment(id="t", name="T", category="stretch", setting="self_care", steps=["a"])
    assert treatment.category == "stretch"
    assert treatment.steps == ("a",)
    with pytest.raises(TypeError):
        WarningSign(id="w", name="W", advice="go")  # type: ignore[call-arg]  # no urgency
    with pytest.raises(ValueError, match="advice: must not be empty"):
        WarningSign(id="w", name="W", urgency="urgent", advice=" ")


def test_urgency_and_evidence_are_ranked_strongest_first() -> None:
    assert [u.rank for u in Urgency] == [0, 1, 2]
    assert EvidenceLevel.GUIDELINE.rank < EvidenceLevel.OPINION.rank < EvidenceLevel.MARKETING.rank


def test_link_qualifiers_are_sorted_pairs_and_zone_is_typed() -> None:
    link = Link("a", "refers_pain_to", "b", [Citation("s", quote="q")], {"zone": "spillover"})
    assert link.qualifiers == (("zone", "spillover"),)
    assert link.zone == "spillover"
    assert link.key == ("a", "b", "refers_pain_to")
    assert Link("a", "part_of", "b", [Citation("s", quote="q")]).zone is None
