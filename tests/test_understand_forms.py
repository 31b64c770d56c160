"""Forms and checklists: a field's answer governs the findings its label names ("Numbness
anywhere: no", "Steroids: only the eczema cream", "Cancer history: not me, my mum"), and a
checklist's ticks and crosses its items ("✓ Back pain ✗ Fever", "[ ] Numbness around bottom")
(patterns from the 58th session's blind review rev111 and neg35, written anew; never the frozen
test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def status_of(text: str, entity: str) -> set[str]:
    """The statuses ``painkb.interpret`` gives ``entity`` in ``text``."""
    return {str(m.status) for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # the answer after the label's last words, in other answer words
        ("Numbness around back passage or genitals: none at all. Sore lower back.", "saddle-anaesthesia"),
        ("Saddle anaesthesia (numb bum/genitals) - not that I've noticed. back pain", "saddle-anaesthesia"),
        ("Numbness in legs or feet: none noticed. back pain", "numbness-tingling-or-weakness"),
        ("Pins and needles in both legs: not at all. back pain", "numbness-tingling-or-weakness"),
        ("Weakness in legs: none, they're fine. back pain", "numbness-tingling-or-weakness"),
        ("Urinary problems (retention, incontinence): none. back pain", "bladder-dysfunction"),
        ("Night sweats or fever: no. back pain", "fever-with-back-pain"),
        ("Fever: neg. Lower back pain.", "fever-with-back-pain"),
        ("Fever: -ve. back ache", "fever-with-back-pain"),
        ("Fever: no (checked with thermometer). back pain", "fever-with-back-pain"),
        ("Cancer in the past: none known. back pain 2 weeks", "history-of-cancer"),
        ("Chest pain with the back pain: nope. back pain", "chest-pain-with-back-pain"),
        ("Tingling in legs - nah. back pain", "numbness-tingling-or-weakness"),
        # a label that asks of a change, answered none
        ("Pain worse when you cough: no difference. back pain", "pain-worse-coughing-sneezing"),
        # a sign's label answered with something else only is asked, never raised
        ("Steroid tablets: just an inhaler. back pain", "immunosuppression"),
    ],
)  # fmt: skip
def test_a_field_answered_no_past_its_label_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("✗ Fever ✗ Weight loss ✓ Back pain", "fever-with-back-pain"),
        ("☐ Numbness around the bottom ☑ Back pain", "saddle-anaesthesia"),
        ("[ ] Fever [X] Back pain", "fever-with-back-pain"),
        ("Back pain ✓, fever ✗, numb bum ✗", "saddle-anaesthesia"),
        ("Problems peeing ✓ Fever ✗. back pain", "fever-with-back-pain"),
        # what "all of the above except ..." leaves out
        ("Numb groin, tingling legs - all except the numb groin. back pain", "saddle-anaesthesia"),
    ],
)
def test_a_crossed_item_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("✓ Numb around my bottom ✗ Fever ✓ Back pain", "saddle-anaesthesia"),
        ("[x] Can't pass urine [ ] Fever. back pain", "bladder-dysfunction"),
        ("Numb bum ✔ back pain ✔ fever ✘", "saddle-anaesthesia"),
        ("Numb groin, tingling legs - all except the numb groin. back pain", "numbness-tingling-or-weakness"),
    ],
)
def test_a_ticked_item_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # unless-cases: an answer that tells the finding, or tells where, stays raised
        ("Numbness in my groin - none of the doctors took it seriously. back pain", "saddle-anaesthesia"),
        ("Bladder: no control. back pain", "bladder-dysfunction"),
        ("Numb bum: no better. back pain since Friday", "saddle-anaesthesia"),
        ("Fever - no, 39.2 this morning. back pain", "fever-with-back-pain"),
        ("Difficulty passing urine: only at night, takes ages to start. back pain", "bladder-dysfunction"),
        ("Steroids: only prednisolone 10mg. back pain", "immunosuppression"),
        ("I had numbness around my bum last month - nope, still there. back pain", "saddle-anaesthesia"),
        ("Numb groin since yesterday - not me being dramatic, it's real. back pain", "saddle-anaesthesia"),
        ("Fever: +ve, 38.5. back pain", "fever-with-back-pain"),
        ("Numb legs: yup, left one. back pain", "numbness-tingling-or-weakness"),
        # a field denied beside one said: the one said is read whole
        ("Swelling: no. Redness: yes, hot red patch over my left buttock.", "swelling-or-inflammation"),
        ("IVDU: yes, heroin. back pain since the weekend", "iv-drug-use"),
    ],
)
def test_a_field_that_tells_the_finding_stays_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_not_me_with_someone_named_is_theirs() -> None:
    text = "History of cancer: not me, my dad. back pain"
    assessment = painkb.assess(KB, text=text)
    assert "history-of-cancer" not in flags(text)
    told = {f.warning_sign.id for f in assessment.about_others}
    assert "history-of-cancer" in told | asked(text)


@pytest.mark.parametrize(
    ("text", "entity", "status"),
    [
        ("Numbness anywhere: no. Pain: lower back, right side.", "numbness", "absent"),
        ("Checklist: ✓ Back pain ✗ Fever ✗ Numbness", "fever", "absent"),
        ("Checklist: ✓ Back pain ✗ Fever ✗ Numbness", "lower-back-pain", "present"),
        ("Hip pain: no, it's all lower back, right above the belt.", "hip-pain", "absent"),
        ("Hip pain: no, it's all lower back, right above the belt.", "lower-back-pain", "present"),
        (
            "Swelling: no. Redness: yes, hot red patch on my left buttock.",
            "swelling-redness-warmth",
            "present",
        ),
        ("Sitting: agony after 10 min. Walking: fine.", "pain-when-sitting", "present"),
        ("Knee: fine. Hip: sore going upstairs.", "hip-pain", "present"),
    ],
)
def test_the_status_a_field_gives(text: str, entity: str, status: str) -> None:
    assert status in status_of(text, entity)


@pytest.mark.parametrize(
    "text",
    [
        # a contrast said the other way round is no inflammatory back pain
        "Better with rest, worse with exercise. Back pain 2 years.",
        "back pain for 5 months, worse with exercise, better with rest",
    ],
)
def test_a_contrast_said_the_other_way_is_not_raised(text: str) -> None:
    assert "inflammatory-back-pain" not in flags(text)


def test_a_contrast_said_its_own_way_stays_raised() -> None:
    assert "inflammatory-back-pain" in flags("Back pain 2 years, better with exercise, worse with rest")
