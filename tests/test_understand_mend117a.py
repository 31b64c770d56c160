"""Form rules narrowed (a hunt of the 59th session's, rev117): a faculty's label answered no is
the faculty lost only when the answer is bare or tells a loss, never when it explains it as
normal, long-standing, a relative's or a pain; a faculty ticked under a heading of troubles is a
trouble with it; a checklist's key defines both marks and is followed only when it means had or
not; a green light with a colour legend is no tick; a night's label is night pain only when no
other thing is said to wake."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def _statuses(text: str, entity: str) -> set[str]:
    return {str(m.status) for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # "no" explained as normal answers "any problem?", not "have you control?"
        ("Bladder control: no, never leaked. Back pain 2 weeks", "bladder-dysfunction"),
        ("Bladder control: no - not a problem at all. Back pain", "bladder-dysfunction"),
        ("Bowel control: no, no accidents. Sore back", "bowel-dysfunction"),
        ("Bladder control: no I'm ok. Back pain since the weekend", "bladder-dysfunction"),
        ("Bowel control: no - all fine. Back pain", "bowel-dysfunction"),
        # long-standing, not new
        ("Bladder control: not great since my second baby in 2009. Back pain new", "bladder-dysfunction"),
        # a relative's faculty
        ("Wife's bowel control: nil. She's bedbound with back pain", "bowel-dysfunction"),
        ("Grandma - bladder control: none. Her back is sore after a fall", "bladder-dysfunction"),
        # a strength of a place that is fitness, not the legs' power
        ("Thigh strength: poor. Back sore after gym", "numbness-tingling-or-weakness"),
        ("Leg strength: poor, not been to the gym in months", "numbness-tingling-or-weakness"),
        # a cross under a heading of troubles: not a trouble
        ("Warning signs: bladder control ❌ bowel control ❌. Back pain 2 days", "bladder-dysfunction"),
        ("Symptoms: bowel control ✗ fever ✗. Back pain since lifting", "bowel-dysfunction"),
    ],
)
def test_a_faculty_answered_no_with_more_said_is_not_lost(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Bladder control: no. Back pain since Monday", "bladder-dysfunction"),
        ("Bowel control: nil. Back pain since Monday", "bowel-dysfunction"),
        ("Bowel control: none, I've wet the bed twice. Back pain", "bowel-dysfunction"),
        ("Bowel control: no, I can't hold it. Back pain 3 days", "bowel-dysfunction"),
        ("Bowel control: no - soiled myself twice. Back pain", "bowel-dysfunction"),
        ("Feeling in my bum: none, it's numb since yesterday. Back pain", "saddle-anaesthesia"),
        # a ticked faculty under a heading that asks for ticks of troubles is a trouble with it
        ("Tick any problems: bladder control ✓ fever ✗. Back pain 1 week", "bladder-dysfunction"),
        (
            "Tick the ones you have trouble with: bowel control ✓ bladder control ✗. Back pain",
            "bowel-dysfunction",
        ),
    ],
)
def test_a_faculty_answered_bare_or_told_lost_is_lost(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_faculty_crossed_under_troubles_is_kept() -> None:
    assert "bladder-dysfunction" not in flags("Problems with: bowel control ✓ bladder control ✗. Back pain")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # (a hunt, rev118: ticks under a heading of troubles that asks for none may mean clear)
        (
            "GP went through the red flags: bladder control ✓, bowel control ✓. Mechanical, she said",
            "bladder-dysfunction",
        ),
        ("Red flags checked: bladder control ✓ bowel control ✓. Back pain 2 weeks", "bowel-dysfunction"),
        ("Any problems? bladder control ✓ fever ✗. Back pain 1 week", "bladder-dysfunction"),
    ],
)
def test_a_faculty_ticked_under_troubles_unasked_for_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


def test_a_faculty_kept_hides_no_loss_told_after_it() -> None:
    text = "Bladder control: fine but I leaked a bit yesterday. Back pain"
    assert "bladder-dysfunction" in flags(text) | asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nights: keeps me awake, my toddler climbs in. Back aches in the day",
        "Night: keeps me awake, the baby is teething. Back pain in the day",
    ],
)
def test_a_night_woken_by_another_thing_is_no_night_pain(text: str) -> None:
    assert "present" not in _statuses(text, "night-pain")
    assert "persistent-night-pain" not in flags(text)


def test_a_night_woken_by_the_back_is_night_pain() -> None:
    text = "At night: keeps me awake, back throbbing. Lower back pain 5 weeks"
    assert "persistent-night-pain" in flags(text) | asked(text)


@pytest.mark.parametrize(
    ("text", "had", "not_had"),
    [
        # an item's answer after its tick is no key
        ("Fever ✓ - none. Numb bum ✓. Back pain", "saddle-anaesthesia", "fever-with-back-pain"),
        ("Fever ✓ - no, numb bum ✓. Back pain", "saddle-anaesthesia", "fever-with-back-pain"),
        # a key of when, not whether, is not followed: the tick still says had
        (
            "Key: ✓ = have now, ✗ = had before. Numb bum ✓ fever ✗. Back pain",
            "saddle-anaesthesia",
            "fever-with-back-pain",
        ),
        ("Key: ✓ = yes, ✗ = no. Numb bum ✓ fever ✗. Back pain", "saddle-anaesthesia", "fever-with-back-pain"),
    ],
)
def test_only_a_key_of_both_marks_is_followed(text: str, had: str, not_had: str) -> None:
    assert had in flags(text)
    assert not_had not in flags(text)


def test_a_green_light_with_a_legend_is_no_tick() -> None:
    text = "Numbness in both legs 🟢 fever 🟢 (green = fine). Back pain"
    assert "numbness-tingling-or-weakness" not in flags(text)
    assert "fever-with-back-pain" not in flags(text)
