"""Legs gone weak with walking failing, a pain told like last year's, an operation on a disc,
a strain told as the back "going": each real sign beside the look-alikes that must stay
asked (from the fresh sets hunts/s39a.txt, s39b.txt and s39c.txt, odd lines only, and the
tunable parts; never the frozen test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags


@pytest.mark.parametrize(
    "text",
    [
        "My legs have suddenly gone weak and I can hardly walk.",
        "My legs are weak and I keep falling over.",
        "I had bowel cancer and now my legs feel weak and I can't walk properly.",
        "My legs are getting weaker and I'm finding it hard to walk.",
    ],
)
def test_legs_gone_weak_with_walking_failing_raise_weakness_in_both_legs(text: str) -> None:
    assert "bilateral-leg-weakness" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # walking not failing: only not far
        "My legs feel weak. I can't walk far.",
        # weak after training, said to pass
        "My legs feel weak after the gym and I can hardly walk up stairs.",
        "After the marathon my legs were so weak I could barely walk.",
        # plural legs, no walking said and no back pain: the question stays
        "My legs have become weak over the last few days.",
    ],
)
def test_legs_weak_without_walking_failing_are_asked_about(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)
    assert "bilateral-leg-weakness" in asked(text)


def test_a_pain_told_like_last_years_is_present() -> None:
    assert "radiating-leg-pain" in flags("sciatica down my left leg again, same as last year, just as bad")
    # a pain of last year alone stays past
    assert "radiating-leg-pain" not in flags("I had sciatica down my left leg last year.")


def test_an_operation_on_a_disc_is_spinal_surgery() -> None:
    text = "I had a disc operation six months ago. My back has started hurting again."
    assert "recent-spinal-surgery" in flags(text)
    assert "recent-spinal-surgery" not in flags("My friend had a disc operation six months ago.")


def test_a_loss_of_feeling_growing_each_week_is_a_progressive_deficit() -> None:
    assert "progressive-neurological-deficit" in flags(
        "My back hurts and I'm losing feeling in one leg, more each week."
    )


@pytest.mark.parametrize(
    "text",
    [
        "I twisted and felt my back go, now it's agony.",
        "I lifted a pallet wrong at work on friday and my back's in bits.",
    ],
)
def test_a_strain_told_as_the_back_going_is_asked_never_raised(text: str) -> None:
    assert "recent-injury" in asked(text)
    assert "recent-injury" not in flags(text)
