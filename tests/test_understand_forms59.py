"""Forms, checklists and short answers (the 59th session): a faculty's label answered no is the
faculty lost, a night's label answered with waking is night pain, "Bladder back to normal: no"
is the trouble still there, crosses of every kind and a checklist's key, an injury answered yes
with the event told, a steroid injection that is no long-term steroid, and questions of where
or which leg answered with the place alone."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def _statuses(text: str, entity: str) -> set[str]:
    return {str(m.status) for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "From the checklist: pins and needles no, weakness no, bowel control NO - I've had two accidents",
            "bowel-dysfunction",
        ),
        ("Bowel control: no - had an accident yesterday. back pain", "bowel-dysfunction"),
        ("Bowel control: lost. back pain since Monday", "bowel-dysfunction"),
        ("Bladder control: none, I just leak. back pain", "bladder-dysfunction"),
        ("Bowel control ❌ bladder control ✅ back pain ✅", "bowel-dysfunction"),
        ("Power in the left leg: nil. back pain", "numbness-tingling-or-weakness"),
        ("Feeling down below: none. back pain", "saddle-anaesthesia"),
    ],
)
def test_a_faculty_answered_no_is_lost(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Bladder control: fine. back pain 2 weeks", "bladder-dysfunction"),
        ("Bowel control: normal, back ache", "bowel-dysfunction"),
        ("Bowel control ❌ bladder control ✅ back pain ✅", "bladder-dysfunction"),
        ("Power in legs: normal. back pain", "numbness-tingling-or-weakness"),
    ],
)
def test_a_faculty_answered_fine_is_kept(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign not in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a label of a trouble with the faculty, or of a change, answered no denies it
        ("Bladder control problems: no. back pain", "bladder-dysfunction"),
        ("Loss of bowel control: no. Back pain since Friday", "bowel-dysfunction"),
        ("Any change in bladder control: no. back pain", "bladder-dysfunction"),
        # a symptom answered no is absent
        (
            "From the checklist: pins and needles no, weakness no, bowel control NO - I've had two accidents",
            "numbness-tingling-or-weakness",
        ),
        # a feeling with words before it is a sensation, not the faculty
        ("Pulsing feeling in the tummy: no. Low back pain on and off.", "pulsating-abdomen"),
        # a control of nothing the signs read
        ("Birth control: no. back pain", "bladder-dysfunction"),
    ],
)
def test_no_trouble_with_a_faculty_raises_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)


def test_a_control_of_nothing_asks_nothing() -> None:
    assert not {"bladder-dysfunction", "bowel-dysfunction"} & asked("Birth control: no. back pain")


@pytest.mark.parametrize(
    "text",
    [
        "✅ back pain ✖️ fever ✖️ numbness. That's it really",
        "Fever 🚫 numbness 🚫 back pain yes for 2 weeks",
        "Back pain ✔️ fever ✖ numbness ✖",
        "☑️ back pain ❎ fever ❎ night pain",
        "🟢 back pain 🚫 fever 🚫 weight loss",
        "Key: ✓ = have it, ✗ = don't. Back pain ✓ Fever ✗ Numbness ✗",
    ],
)
def test_crosses_of_every_kind_deny(text: str) -> None:
    assert "fever-with-back-pain" not in flags(text)
    assert "present" not in _statuses(text, "fever")


def test_a_key_that_swaps_the_marks_is_followed() -> None:
    text = "Key: ✗ = have it, ✓ = don't have it. Back pain ✗ Fever ✗ Numbness ✓"
    assert "fever-with-back-pain" in flags(text)
    assert _statuses(text, "numbness") == {"absent"}


def test_crosses_as_bullets_of_complaints_are_no_denial() -> None:
    assert "saddle-anaesthesia" in flags("Things going on: ✖️ numb bum ✖️ can't pee properly. back pain")


@pytest.mark.parametrize(
    "text",
    [
        "Night: wakes me every night. back pain 3 weeks",
        "Nights - waking me 2-3 times. back pain",
        "Night: wakes me every night about 3am, have to get up.",
    ],
)
def test_a_night_answered_with_waking_is_night_pain(text: str) -> None:
    assert _statuses(text, "night-pain") == {"present"}


@pytest.mark.parametrize(
    "text", ["Nights: keeping the heating on helps. back pain", "Night: fine, sleeping well. back pain"]
)
def test_a_night_answered_otherwise_is_no_night_pain(text: str) -> None:
    assert "present" not in _statuses(text, "night-pain")


def test_bladder_not_back_to_normal_is_still_a_trouble() -> None:
    assert "bladder-dysfunction" in flags("Bladder back to normal: no. back pain")
    assert "bladder-dysfunction" in asked("Bladder normal: no. back pain")


@pytest.mark.parametrize(
    "text",
    [
        "Bladder back to normal: yes. back pain",
        "Bladder: back to normal now. back pain",
        "Bladder back to normal: no, it is fine now",
    ],
)
def test_bladder_back_to_normal_raises_nothing(text: str) -> None:
    assert "bladder-dysfunction" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walking: fine. back pain",
        "Walking: slow because of my knee. back pain",
        "Bowels: fine, no accidents. back pain",
    ],
)
def test_look_alike_labels_raise_nothing(text: str) -> None:
    assert not flags(text) & {
        "bowel-dysfunction",
        "progressive-neurological-deficit",
        "difficulty-with-mobility",
        "numbness-tingling-or-weakness",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Injury: yes - lifted a pallet and felt something go",
        "Injury: yes - lifted a pallet Friday and felt something go in my lower back. Can barely stand.",
    ],
)
def test_an_injury_answered_yes_with_the_event_is_recent(text: str) -> None:
    assert "recent-injury" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Injury: yes",
        "Injury: yes - lifting at work",
        "Injury: no - lifted a pallet and felt something go",
        "Injury: yes, years ago. lifted a box today",
    ],
)
def test_an_injury_without_an_event_told_now_is_not_raised(text: str) -> None:
    assert "recent-injury" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Steroids: only a steroid injection in my knee. Back pain 3 weeks",
        "Steroids: just one cortisone injection into my hip last year. back pain",
    ],
)
def test_a_local_steroid_injection_is_no_long_term_steroid(text: str) -> None:
    assert "immunosuppression" not in flags(text)


def test_long_term_steroids_stay_raised() -> None:
    assert "immunosuppression" in flags("Steroids: prednisolone 10mg daily for 2 years. back pain")


def test_any_numbness_answered_with_the_place_is_numbness_there() -> None:
    assert "saddle-anaesthesia" in flags("Any numbness? Yes, in the saddle area. Back pain")


def test_where_is_the_pain_answered_with_a_place_is_its_pain() -> None:
    text = "Where's the pain? Left buttock mainly, nothing in the back itself."
    assert _statuses(text, "buttock-pain") == {"present"}
    assert "present" not in _statuses(text, "lower-back-pain")


def test_which_leg_answered_both_is_both_legs() -> None:
    text = "I have pain and numbness down my leg. Which leg? Both now"
    assert "bilateral-leg-weakness" in flags(text)
    assert "bilateral-sciatica" in flags(text) | asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain down my leg. Which leg? Just the right one.",
        "Pain down the leg. Which side? both, but mostly the left",
    ],
)
def test_which_leg_answered_otherwise_is_not_both(text: str) -> None:
    assert "bilateral-sciatica" not in flags(text)


def test_a_labels_y_n_is_no_answer() -> None:
    assert "numbness-tingling-or-weakness" not in flags("Numbness/tingling in legs Y/N: N. back pain")
    assert "numbness-tingling-or-weakness" in flags("Numbness in legs Y/N: Y. back pain")


@pytest.mark.parametrize(
    "text", ["Cancer history: my mum, not me. back pain", "Numb bum - my dad's, not mine. back pain"]
)
def test_someone_else_named_first_then_not_me_is_theirs(text: str) -> None:
    assert not flags(text) & {"history-of-cancer", "saddle-anaesthesia"}


def test_someone_else_and_the_writer_too_stays_the_writers() -> None:
    assert "history-of-cancer" in flags("Cancer history: my mum had it and me too. back pain")
