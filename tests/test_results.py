"""painkb.results: answers are frozen, hashable values that compare equal when equal."""

from __future__ import annotations

import attrs
import pytest

import painkb


@pytest.fixture(scope="module")
def small() -> painkb.KnowledgeBase:
    return painkb.load()


def test_results_are_frozen(small: painkb.KnowledgeBase) -> None:
    result = painkb.assess(small, regions=["hip"])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.candidates = ()  # type: ignore[misc]
    assert hash(result) == hash(painkb.assess(small, regions=["hip"]))


def test_an_explanation_and_a_referral_are_values_too() -> None:
    kb = painkb.load()
    (first, *_) = painkb.explain(kb, "piriformis", "sciatica")
    assert first == painkb.explain(kb, "piriformis", "sciatica")[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.links = ()  # type: ignore[misc]
    (referral, *_) = painkb.referral_sources(kb, "buttock")
    assert hash(referral) == hash(painkb.referral_sources(kb, "buttock")[0])
