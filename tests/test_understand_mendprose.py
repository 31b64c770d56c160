"""The prose answer and denial rules of session 58 read only what they say (a hunt, rev114,
found them reading look-alikes; the cases here are written anew): a question of what the
person can do is "cannot" only for a bare negative answer to it alone; a "no" taken back says
the sign only with a bare yes; "it" in an answer is the wee or poo only when the answer says a
trouble of the writer's; "I can pee and poo normally" never under a negation nor past its own
words; "feel nothing down below" is numb only when wiping; motions come "without" only what
says they are not known or held; "it just leaks" is the bladder's only with nothing else named
between; and a denial in a list stops at a pain told how bad it is, or at a "but" that turns
to the finding."""

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
        # "I can't" / "No" that is no bare "cannot", or no answer to the ability alone
        (
            "Can you walk ok? Can't grumble, bit stiff in the mornings. Lower back ache.",
            "difficulty-with-mobility",
        ),
        (
            "Tripped over the dog yesterday. Can you stand on "
            "the leg since you fell? Not at all "
            "a bother, just bruised. Hip ache.",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "Can you walk far? Hardly noticed any difference, back ache only after sitting.",
            "difficulty-with-mobility",
        ),
        ("Can you pee ok, any pain? No, just the back ache from work.", "bladder-dysfunction"),
        ("Can you feel it when you wipe? No, I mean yes, it's fine. Back ache.", "saddle-anaesthesia"),
        (
            "Can you hold your wee? Nope, never have been able to "
            "since my third baby, nothing new. Back ache.",
            "bladder-dysfunction",
        ),
        # ... nor a question of what may happen, in general
        (
            "Can you lose control of your bowels with a slipped "
            "disc? No, it's rare apparently. "
            "Mine are fine, back ache.",
            "bowel-dysfunction",
        ),
        (
            "Can you control your bladder if you've got "
            "sciatica? No, that's a red flag they say. "
            "Mine's fine, just sciatica.",
            "bladder-dysfunction",
        ),
        # a "no" taken back for a yes told of the past or of another person
        (
            "Any loss of bowel control? No. Actually yes, once as a toddler. Back ache from digging.",
            "bowel-dysfunction",
        ),
        (
            "Any bladder problems? No. Well actually yes, my "
            "husband's, he's had a prostate op. "
            "Mine's fine, just back ache.",
            "bladder-dysfunction",
        ),
        # "it" in an answer that tells no trouble of the bladder or bowel
        (
            "Waterworks ok? Yes, it takes ages to get going in the "
            "morning but that's the stiffness. Back ache.",
            "bladder-dysfunction",
        ),
        (
            "Any problems with your bowels? No, it just comes out of nowhere, this stabbing in my back.",
            "bowel-dysfunction",
        ),
        (
            "Does your mum have any bladder trouble? Yes, it dribbles "
            "out when she coughs, and her back is bad.",
            "bladder-dysfunction",
        ),
        # "feel nothing down below" of no pain lower down
        ("Luckily I feel nothing down below, the pain stays in my lower back.", "saddle-anaesthesia"),
        # motions that come without trouble, or a meeting's
        ("Motions are coming without any difficulty, back ache after the gym.", "bowel-dysfunction"),
        (
            "At the council motions come without debate, and my back aches from the chairs.",
            "bowel-dysfunction",
        ),
        # a thing that leaks named between the bladder and "it"
        (
            "Bladder fine, gutter's broken, it just leaks over the door. Back sore from the ladder.",
            "bladder-dysfunction",
        ),
        (
            "Waterworks fine, dishwasher is playing up, it keeps leaking. Back ache from kneeling.",
            "bladder-dysfunction",
        ),
        # a list of denials still denies its items
        ("no temp, no numbness, tingling or weakness, back ache", "numbness-tingling-or-weakness"),
        ("no fever, numbness or weakness, back agony", "numbness-tingling-or-weakness"),
    ],
)
def test_the_sign_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a bare "cannot" still says what the person cannot do
        (
            "Fell off the step on Monday. Can you put weight on the leg "
            "since you fell? No, not at all. Hip agony.",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "Can you walk ok? Not really, it's been getting "
            "harder every week with the buttock "
            "pain, I can barely get to the shops now.",
            "difficulty-with-mobility",
        ),
        (
            "Able to walk on it after you fell? Not a chance, my left hip is agony.",
            "unable-to-bear-weight-after-fall",
        ),
        # a "no" taken back for a bare yes, and an answer's "it" of a trouble said
        (
            "Any numbness around your back passage? No. Actually yes, a little. Back pain 3 days.",
            "saddle-anaesthesia",
        ),
        (
            "Any trouble with your bowels? Yes, it comes out without me knowing. Back pain.",
            "bowel-dysfunction",
        ),
        # "pee and poo normally" under an inability, and what it says of nothing before it
        ("I can't wee and poo normally since the weekend, lower back agony.", "bladder-dysfunction"),
        ("Unable to wee and poo normally since Friday with this back.", "bladder-dysfunction"),
        ("Since the motorbike crash I can wee and poo normally but my back is agony.", "major-trauma"),
        ("Fell off the ladder and no wee problems but my back is agony.", "recent-injury"),
        # lay losses still read
        ("I feel nothing down below when I wipe, back pain since Friday.", "saddle-anaesthesia"),
        ("Motions are coming without me knowing since yesterday, back pain severe.", "bowel-dysfunction"),
        (
            "My waterworks were fine until Tuesday, now I can't tell when "
            "I need to go and it just leaks. Back pain.",
            "bladder-dysfunction",
        ),
        # a denial in a list stops at a pain told how bad it is, and at a "but" to the finding
        ("Fell down the stairs yesterday, no temp, lower back agony.", "recent-injury"),
        ("Came off my horse on Saturday, no fever, back agony.", "recent-injury"),
        ("no temperature no, but shivering and sweating with the back pain", "fever-with-back-pain"),
    ],
)
def test_the_sign_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("I can wee and poo normally", "bladder-dysfunction", "absent"),
        ("I can wee and poo normally", "bowel-dysfunction", "absent"),
        ("no wee or poo problems. back ache since Tuesday", "bowel-dysfunction", "absent"),
        (
            "Motions are coming without any difficulty, back ache after the gym.",
            "bowel-dysfunction",
            "absent",
        ),
        ("Came off my horse on Saturday, no fever, back agony.", "lower-back-pain", "present"),
    ],
)
def test_the_status_is_read(text: str, entity: str, expected: str) -> None:
    assert expected in status(text, entity)


def test_feel_nothing_down_below_alone_is_asked() -> None:
    text = "I feel nothing down below. Back pain 3 days."
    assert "saddle-anaesthesia" not in flags(text)
    assert "saddle-anaesthesia" in asked(text)
