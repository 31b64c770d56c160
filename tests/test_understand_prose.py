"""Answers and denials inside prose, read with their own scope and polarity (session 58; found
on the blind reviews hunts/rev111.txt and neg35.txt, and written anew here): a question's answer
takes the question's polarity, a "no" taken back is a yes, a double negative affirms, a
denial's reach ends at a new finding, and lay denials ("no temp", "no leaking") deny."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def status(text: str, entity: str) -> set[str]:
    """The statuses ``entity`` is read with in ``text``."""
    return {str(m.status) for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a question of what the person can do, answered no: what they cannot do
        (
            "Can you put weight on the leg since the fall? No, not at all, my hip is agony.",
            "unable-to-bear-weight-after-fall",
        ),
        ("Could you stand on your leg after you fell? Nope.", "unable-to-bear-weight-after-fall"),
        (
            "Can you walk ok? Not at all, it's got harder every week "
            "with the buttock pain, now I can barely do the shops.",
            "difficulty-with-mobility",
        ),
        ("Can you feel it when you wipe? No. Back pain since Friday.", "saddle-anaesthesia"),
        ("Are you able to control your bladder? No, back is agony too", "bladder-dysfunction"),
        # a "no" taken back
        (
            "Trouble with your bladder? No. Well actually yes, it takes "
            "ages to get started now. Low back pain 1 wk.",
            "bladder-dysfunction",
        ),
        ("Any numbness around your bottom? No. Actually yes, a bit. Back pain 3 days.", "saddle-anaesthesia"),
        (
            "Any numbness around your bottom? Well actually yes, a bit. Back pain 3 days.",
            "saddle-anaesthesia",
        ),
        # "it" opening the answer to a question of the bladder or bowel is what it passes
        (
            "Any trouble with your bowels? Yes, it comes out without me knowing. Back pain.",
            "bowel-dysfunction",
        ),
        # a denial ends where a new finding is told after "but"
        (
            "no pain at rest, but cough or sneeze and it shoots through my lower back",
            "pain-worse-coughing-sneezing",
        ),
        # double negatives affirm
        (
            "Not that I haven't had a temperature - been 38-ish on and off all week with this back pain.",
            "fever-with-back-pain",
        ),
        (
            "There's not a night I don't wake with it - lie still, turn over, nothing eases it.",
            "persistent-night-pain",
        ),
        # lay words of a loss
        (
            "waterworks were fine till Monday, now I can't tell when I'm "
            "full and it just leaks. back pain since the weekend",
            "bladder-dysfunction",
        ),
        (
            "I literally feel nothing down below when I wipe, like it's not my bum. back pain 4 days",
            "saddle-anaesthesia",
        ),
        (
            "Motions are coming without my knowing since 2 days, doctor. Back pain is severe.",
            "bowel-dysfunction",
        ),
        ("motion is coming without my knowledge, waist pain", "bowel-dysfunction"),
    ],
)
def test_the_sign_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "No dizziness or fainting, just a sudden tearing pain in my "
            "lower back going through to my tummy.",
            "burst-aneurysm-symptoms",
        ),
        ("Out of nowhere I've got a ripping pain in my back", "burst-aneurysm-symptoms"),
        # a double negative that concedes before a "but" is asked, not raised
        (
            "Not that I haven't had fevers in my life, but there's been none at all with this back pain.",
            "fever-with-back-pain",
        ),
    ],
)
def test_the_sign_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a question of a trouble keeps the answer's own polarity
        (
            "Any trouble standing on the leg after you fell? Not at all, "
            "walked home fine, hip's only a bit stiff.",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "Is walking getting harder? Not at all, I walk 5k every day, "
            "buttock only aches after long drives.",
            "difficulty-with-mobility",
        ),
        ("Can you walk? Yes, fine. Low back ache.", "difficulty-with-mobility"),
        (
            "Can you put weight on the leg since the fall? Yes, no bother. Hip bruised.",
            "unable-to-bear-weight-after-fall",
        ),
        # real denials stay denials
        ("Any numbness around your bottom? No. Actually it's fine. Back pain.", "saddle-anaesthesia"),
        ("Trouble with your bladder? No, it's fine. Low back pain.", "bladder-dysfunction"),
        ("no fever, back pain since Monday", "fever-with-back-pain"),
        ("no temperature, no leaking, just the ache in my lower back", "bladder-dysfunction"),
        (
            "My bladder is fine, no leaking or trouble peeing. Back pain started after the gym.",
            "bladder-dysfunction",
        ),
        ("nothing down below, all feels normal - it's just the back and right buttock", "saddle-anaesthesia"),
        ("motions are coming without any problem, back pain since a week", "bowel-dysfunction"),
        ("my bladder is fine, the tap in the bathroom, it leaks, and my back hurts", "bladder-dysfunction"),
        ("It's not new, but I push and push and my wee comes out slow. Back ache.", "bladder-dysfunction"),
        ("tearing my hair out with this back pain", "burst-aneurysm-symptoms"),
        ("Bladder ok? Yes. It hurts in my back.", "bladder-dysfunction"),
    ],
)
def test_the_sign_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("no fever, back pain since Monday", "lower-back-pain", "present"),
        # a pain with a verb of its own after a denied item is no item of the list
        ("no temperature, lower back pain began 2 days ago", "lower-back-pain", "present"),
        ("no temp, back pain starting to get worse", "lower-back-pain", "present"),
        ("no fever, back pain since Monday", "fever-with-back-pain", "absent"),
        ("no temperature, no leaking, just the ache in my lower back", "fever", "absent"),
        ("no temperature, no leaking, just the ache in my lower back", "urinary-incontinence", "absent"),
        ("no temp, no sweats, just sore lower back from work", "fever", "absent"),
        ("I haven't had any fever or chills", "fever-with-back-pain", "absent"),
        ("I can pee and poo normally", "bladder-dysfunction", "absent"),
        ("I can pee and poo normally", "bowel-dysfunction", "absent"),
        ("no wee problems, back ache since Tuesday", "bladder-dysfunction", "absent"),
        ("no leaking or trouble peeing", "urinary-retention", "absent"),
        ("no leaking from the back passage", "bowel-incontinence", "absent"),
    ],
)
def test_the_status_is_read(text: str, entity: str, expected: str) -> None:
    assert expected in status(text, entity)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # one leak denied, not the other kind
        ("no leaking from the back passage", "bladder-dysfunction"),
        ("no leaking from the back passage", "urinary-incontinence"),
        # an answer apart from the "no" it follows: "No, leaking" is no denial of the leak
        ("Bladder normal? No, leaking. Back pain.", "urinary-incontinence"),
    ],
)
def test_nothing_is_denied(text: str, entity: str) -> None:
    assert "absent" not in status(text, entity)


def test_a_bare_leak_denied_leaves_a_bladder_trouble_asked() -> None:
    text = "it takes ages for the wee to start even though I'm not leaking. Back hurts."
    assert "bladder-dysfunction" in asked(text)


def test_i_can_pee_and_poo_normally_asks_nothing_of_them() -> None:
    found = asked("I can pee and poo normally. Low back ache after gardening.")
    assert not {"bladder-dysfunction", "bowel-dysfunction"} & found
