"""Plain statements of a warning sign in everyday words (session 29): what must be raised,
what must stay a question, and what must not be denied."""

from __future__ import annotations

import pytest

import painkb
from painkb import Status

KB = painkb.load()


def flags(text: str) -> set[str]:
    return {f.warning_sign.id for f in painkb.assess(KB, text=text).red_flags}


def asked(text: str) -> set[str]:
    return {q.warning_sign.id for q in painkb.assess(KB, text=text).questions if q.prompted}


@pytest.mark.parametrize(
    "text",
    [
        "My legs are getting weaker.",
        "My legs have suddenly become weak.",
        "I'm having treatment for breast cancer and my legs have suddenly gone weak.",
        "my legs feel weaker every day",
    ],
)
def test_both_legs_weak_and_getting_worse_or_sudden_is_the_sign_of_both_legs(text: str) -> None:
    # "Severe or progressive weakness in both legs": plural legs said to worsen or to have
    # come on suddenly meet it without back pain said too; the one-leg sign is not raised
    raised = flags(text)
    assert "bilateral-leg-weakness" in raised
    assert "progressive-neurological-deficit" not in raised


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel weak when I'm anxious",
        "my legs went numb sitting on the toilet",
        "my legs feel weak after the gym",
        "my legs suddenly went numb after sitting cross legged",
        "I can only walk about 100 yards now before my legs get heavy, it used to be a mile.",
    ],
)
def test_legs_weak_with_nothing_that_makes_it_severe_are_asked(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)
    assert "bilateral-leg-weakness" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take medicine that lowers my immune system and my back hurts.",
        "I have a poor immune system and new back pain.",
        "I take drugs that suppress my immune system and my back hurts.",
        "My immunity is low because of my treatment and my back hurts.",
        "My immune system doesn't work properly and my back hurts.",
        "I'm on steroid tablets and have new back pain.",
        "I am on prednisolone tablets and have back pain.",
    ],
)
def test_a_weak_immune_system_in_other_words_is_raised(text: str) -> None:
    assert "immunosuppression" in flags(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my immune system is not weak and my back hurts", Status.ABSENT),
        ("I don't take anything that lowers my immune system, my back hurts", Status.ABSENT),
        ("worried the chemo will weaken my immune system", Status.UNCERTAIN),
        ("my mum has a low immune system and my back hurts", Status.OTHER_PERSON),
    ],
)
def test_a_weak_immune_system_denied_doubted_or_someone_elses_is_not_raised(
    text: str, status: Status
) -> None:
    it = painkb.interpret(KB, text)
    assert status in {m.status for m in it.mentions if m.entity.id == "immunosuppression"}
    assert "immunosuppression" not in flags(text)


def test_a_medicine_that_is_a_sign_is_no_lasting_cause_of_the_back_pain() -> None:
    # a side effect of a medicine makes a finding long-standing ("erections trouble since my
    # blood pressure tablets"); steroid tablets are the sign, their back pain new
    it = painkb.interpret(KB, "I'm on steroid tablets and have back pain.")
    pains = [m for m in it.mentions if m.entity.id == "lower-back-pain"]
    assert pains
    assert all("long_standing" not in m.modifiers for m in pains)
    it = painkb.interpret(KB, "I've had trouble getting erections since starting my blood pressure tablets")
    assert any("long_standing" in m.modifiers for m in it.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "My foot is pointing out to the side since I fell on my hip.",
        "I fell and now my leg turns outwards.",
    ],
)
def test_a_leg_turned_outwards_after_a_fall_is_the_sign_of_a_broken_hip(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" in flags(text)


def test_a_leg_turned_outwards_with_no_fall_is_not_a_broken_hip() -> None:
    assert "unable-to-bear-weight-after-fall" not in flags(
        "my foot points outwards when I walk, my back aches"
    )


def test_never_had_a_bad_back_in_my_life_then_now_is_a_new_back_pain() -> None:
    text = "Never had a bad back in my life, now at 61 it's suddenly aching."
    it = painkb.interpret(KB, text)
    assert any(m.entity.id == "lower-back-pain" and m.present for m in it.mentions)
    assert "new-back-pain-over-50" in flags(text)
    # without a pain after "now", the denial stands
    assert "new-back-pain-over-50" not in flags("I never had a bad back in my life now, at 61")


@pytest.mark.parametrize(
    "text",
    [
        # the screening question answered whole: years long, better with exercise, not with rest
        "I've had lower back pain since my twenties that gets better with exercise but not with rest.",
    ],
)
def test_inflammatory_back_pain_said_in_years_and_decades(text: str) -> None:
    assert "inflammatory-back-pain" in flags(text)


def test_a_young_onset_counts_as_a_feature_of_inflammatory_back_pain() -> None:
    from painkb.queries import screening

    it = painkb.interpret(KB, "My lower back pain started when I was 25 and eases with movement.")
    assert "it started before you were 35" in screening.inflammatory_features(KB, it)
    it = painkb.interpret(KB, "My lower back pain started when I was 55 and eases with movement.")
    assert "it started before you were 35" not in screening.inflammatory_features(KB, it)


def test_an_ordinary_old_backache_is_not_inflammatory() -> None:
    assert "inflammatory-back-pain" not in flags(
        "I've had back pain since my twenties, it's the usual ache after gardening."
    )


def test_feeling_less_and_less_in_a_foot_is_a_worsening_numbness() -> None:
    assert "progressive-neurological-deficit" in flags("Each week I can feel less and less in my right foot.")


def test_everyday_things_are_daily_activities() -> None:
    assert "difficulty-with-mobility" in asked(
        "The pain in my backside is stopping me doing everyday things."
    )
