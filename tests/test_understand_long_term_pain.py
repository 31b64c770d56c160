"""People with long-term pain: a medicine turned down, an old fall, a cancer treated years ago,
someone else's sciatica gone into both legs (patterns from the 56th session's blind review
rev98, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    "text",
    [
        "The consultant wanted to start me on azathioprine but I said no, I'm only on co-codamol.",
        "My GP suggested prednisolone for the flare but I declined.",
        "The rheumatology nurse recommended methotrexate and I refused, my back is stiff as ever.",
        "I was offered steroid tablets for the flare but I didn't want them.",
    ],
)
def test_a_medicine_proposed_and_turned_down_is_asked_not_raised(text: str) -> None:
    assert "immunosuppression" not in flags(text)
    assert "immunosuppression" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been on azathioprine for six years and my back is aching again.",
        "Started prednisolone last month and now my lower back hurts.",
        # a proposal to stop what is taken is no proposal to start it
        "My consultant wanted to stop my methotrexate but I said no, and my back hurts.",
    ],
)
def test_a_medicine_taken_stays_raised(text: str) -> None:
    assert "immunosuppression" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tripped on a kerb in 2016, that's when the scan showed osteoporosis. "
        "The wrist mended long ago and this is my everyday back.",
        "Tripped over the cat in 2012, they found osteoporosis then. This is my ordinary backache.",
    ],
)
def test_a_fall_long_ago_with_osteoporosis_is_not_a_minor_trauma_now(text: str) -> None:
    assert "minor-trauma-with-osteoporosis" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have osteoporosis and tripped over the dog this morning, my back is agony.",
        "Osteoporosis for years. Slipped in the garden on Tuesday and my lower back has been agony since.",
    ],
)
def test_a_fall_now_with_osteoporosis_stays_raised(text: str) -> None:
    assert "minor-trauma-with-osteoporosis" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bowel cancer treated with surgery in 2016. Both knees ache, nothing new there.",
        "Breast cancer treated with chemo and radiotherapy 6 years ago, my hip is sore today.",
        "My kidney cancer was removed in 2019 and my hips are stiff.",
    ],
)
def test_a_cancer_treated_at_a_time_gone_is_a_history_of_cancer(text: str) -> None:
    assert "history-of-cancer" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # no time: what a treatment does, told of no one
        "Can bowel cancer treated with surgery come back in the bones?",
        # someone else's
        "My dad's bowel cancer was treated in 2016 and my hips are sore.",
    ],
)
def test_a_cancer_treated_told_of_no_one_or_of_another_is_not_raised(text: str) -> None:
    assert "history-of-cancer" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My wife has had sciatica on the right for ages but she says it's in both legs now.",
        "Dad's had sciatica a long time and it's in both legs now, it never used to be.",
    ],
)
def test_their_sciatica_now_in_both_legs_is_told_of_them(text: str) -> None:
    assessment = painkb.assess(KB, text=text)
    assert "bilateral-sciatica" not in flags(text)
    assert "bilateral-sciatica" in {f.warning_sign.id for f in assessment.about_others}


def test_the_writers_sciatica_now_in_both_legs_is_raised() -> None:
    assert "bilateral-sciatica" in flags("I've had sciatica on and off for years but it's in both legs now.")


def test_an_old_diagnosis_then_a_slip_with_its_own_time_is_raised() -> None:
    text = "Diagnosed with osteoporosis in 2018 and slipped this morning on the ice, lower back is agony"
    assert "minor-trauma-with-osteoporosis" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "hurt my back when I came off my mountain bike on the trail, numb down one leg",
        "when I came round after the op my back was agony",
    ],
)
def test_coming_off_or_round_is_no_sex(text: str) -> None:
    ids = {m.entity.id for m in painkb.interpret(KB, text).mentions}
    assert "sexual-dysfunction" not in ids


@pytest.mark.parametrize(
    "text",
    [
        "my knees went to jelly when the specialist said surgery, back's been sore all week",
        "the consultant mentioned an operation, lower back agony for a month now",
        # ... also when the sign is read across into the next clause
        "the specialist said surgery, my back has been sore all week",
    ],
)
def test_an_operation_only_spoken_of_is_asked(text: str) -> None:
    assert "recent-spinal-surgery" not in flags(text)
    assert "recent-spinal-surgery" in asked(text)
