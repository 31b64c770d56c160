"""Behaviour added in the thirty-second session: a medicine told by what it does to the immune
system, nagging said as "on my back", and damage told of the back or hip. Each real sign with
the look-alikes that must stay quiet beside it (many from the review set hunts/rev32.txt)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def present(text: str) -> set[str]:
    """The findings ``text`` is read to say as present."""
    return {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}


RAISED = [
    # a medicine told by what it does to the immune system
    (
        "I take medication that suppresses my immune system and my back has started hurting",
        "immunosuppression",
    ),
    ("I'm on tablets that weaken my immune system and my back hurts", "immunosuppression"),
    ("I take medication that lowers my immunity, new back pain this week", "immunosuppression"),
    ("on steroids to suppress my immune system for my lupus, back pain since Monday", "immunosuppression"),
    ("I'm on immune suppressants and my lower back hurts", "immunosuppression"),
    ("My immune system is suppressed and my back has been sore for a week", "immunosuppression"),
    # damage told with a fall is still the fall's injury
    ("damaged my hip falling off my bike on Sunday, it's agony", "recent-injury"),
]

NOT_RAISED = [
    # a medicine stopped long ago, never taken, or only feared
    (
        "I stopped the medicine that lowers my immune system 10 years ago, back ache from gardening",
        "immunosuppression",
    ),
    ("I've never taken medicine that lowers my immune system, back ache from the gym", "immunosuppression"),
    (
        "my doctor wants to start me on tablets that lower my immune system next month; back ache",
        "immunosuppression",
    ),
    # what lowers an immune system for a while, or is only reported
    ("stress lowers my immune system and my back aches", "immunosuppression"),
    ("the TV doctor said alcohol suppresses my immune system; back ache from lifting", "immunosuppression"),
    ("the vaccine lowers my immune system for a day or two apparently, my back aches", "immunosuppression"),
    # damage to a thing; damage from lifting is a strain, not an injury (the labelling guideline)
    ("I damaged my phone and my back aches a bit from the desk", "recent-injury"),
    ("I damaged my lower back lifting a sofa on Saturday, it hurts to bend", "recent-injury"),
]


@pytest.mark.parametrize(("text", "sign"), RAISED)
def test_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(("text", "sign"), NOT_RAISED)
def test_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


def test_a_medicine_stopped_is_asked_about() -> None:
    text = "I stopped taking my medication that lowers my immune system in 2015, back ache from gardening"
    assert "immunosuppression" in asked(text)


def test_a_transplant_medicine_taken_now_stays_present() -> None:
    # a time long gone said of the transplant is not said of the medicine taken now
    it = painkb.interpret(KB, "I had a kidney transplant four years ago and take tacrolimus. My back hurts.")
    found = {m.status.value for m in it.mentions if m.entity.id == "immunosuppression"}
    assert found == {"present"}


@pytest.mark.parametrize(
    "text",
    [
        "Mum has been on my back all week about the washing up.",
        "My manager is always on my back about deadlines.",
        "She's been on my back all week about the bins.",
        "Tell your boss to get off your back!",
        "My manager has been breathing down my back all month.",
    ],
)
def test_nagging_on_my_back_is_no_back(text: str) -> None:
    assert "lower-back" not in present(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been on my back all week with the pain.",
        "Lying on my back all day, the pain is awful.",
        "My boss is on my back about deadlines and my lower back aches from the desk.",
    ],
)
def test_the_back_lain_on_or_said_beside_the_idiom_stays(text: str) -> None:
    assert "lower-back" in present(text)


def test_damage_told_of_the_back_is_back_pain_understood() -> None:
    it = painkb.interpret(KB, "I damaged my lower back a few days ago and now it really hurts.")
    assert "lower-back-pain" in {m.entity.id for m in it.mentions if m.present}
    assert "damaged" not in it.not_understood


@pytest.mark.parametrize(
    "text",
    [
        "the rheumy nurse said to see the GP because my immune system is suppressed; new back pain",
        "my immune system is rubbish from my treatment and my back started hurting",
    ],
)
def test_a_weak_immune_system_asks_nothing_of_weak_legs(text: str) -> None:
    assert "immunosuppression" in flags(text)
    assert "numbness-tingling-or-weakness" not in asked(text) | flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "For about 5 months my back has been stiff and sore first thing, better after a walk.",
        "I'm stiff as a board first thing, it takes an hour to loosen off",
    ],
)
def test_stiff_first_thing_is_morning_stiffness(text: str) -> None:
    found = present(text)
    assert "morning-stiffness" in found


@pytest.mark.parametrize(
    "text",
    [
        "Getting a massage once a month for my tight lower back.",
        "Lower back ache the day before my period starts, gone once the bleeding settles.",
    ],
)
def test_once_alone_asks_nothing(text: str) -> None:
    assert "inflammatory-back-pain" not in asked(text)


@pytest.mark.parametrize(
    ("text", "shown", "broader"),
    [
        ("my legs keep giving way", "weakness-in-both-legs", "leg-weakness"),
        ("pain down both legs since yesterday", "bilateral-leg-pain", "leg-pain"),
        ("numb round my bum when I wipe", "saddle-area", "buttock"),
    ],
)
def test_the_most_specific_is_shown_and_the_broader_kept(text: str, shown: str, broader: str) -> None:
    it = painkb.interpret(KB, text)
    assert shown in {m.entity.id for m in it.mentions}
    assert broader not in {m.entity.id for m in it.mentions}
    assert broader in {m.entity.id for m in it.broader}
    assert broader in {m.entity.id for m in it.with_broader().mentions}


def test_a_broader_finding_said_apart_stays() -> None:
    # the buttock's own ache is said apart from the saddle numbness
    it = painkb.interpret(KB, "my bum has ached for weeks. It's numb when I wipe too.")
    assert "buttock" in {m.entity.id for m in it.mentions if m.present}


@pytest.mark.parametrize(
    "text",
    [
        "my legs keep giving way and my back hurts",
        "both my legs are getting weaker every day, back pain for a week",
        "I've had a numb bum for 5 weeks, can't feel the paper when I wipe",
    ],
)
def test_assess_reads_the_broader_findings_too(text: str) -> None:
    it = painkb.interpret(KB, text)
    from_text = painkb.assess(KB, text=text)
    from_whole = painkb.assess(KB, text=it.with_broader())
    assert [f.warning_sign.id for f in from_text.red_flags] == [
        f.warning_sign.id for f in from_whole.red_flags
    ]
    assert [q.warning_sign.id for q in from_text.questions] == [
        q.warning_sign.id for q in from_whole.questions
    ]
    assert from_text.interpretation is not None
    assert from_text.interpretation.mentions == it.mentions  # what is shown is the most specific


@pytest.mark.parametrize(
    "text",
    [
        "no change in my bladder or bowels, just a horrible ache across my lower back",
        "No numbness in the saddle area and no change to my bladder or bowels, just an ache",
        "i do have myeloma, but no change in my legs or my bladder or bowels, all the same as before",
    ],
)
def test_no_change_in_a_function_denies_its_sign(text: str) -> None:
    it = painkb.interpret(KB, text)
    denied = {m.entity.id for m in it.mentions if m.status is painkb.Status.ABSENT}
    assert {"bladder-dysfunction", "bowel-dysfunction"} <= denied


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("Bowels normal, waterworks normal, legs normal, it's literally just my lower back.", True),
        ("I'm not getting any chest pain with it, it's purely low back.", True),
        ("this time it's only my lower back and nothing going down the leg", True),
        # what it is, said: no pain read into it
        ("no dizziness. its just my low back thats stiff", False),
        # not the back at all
        ("my ex is the only back-related thing I've got today", False),
    ],
)
def test_the_back_said_to_be_all_that_troubles_is_its_pain(text: str, pain: bool) -> None:
    found = present(text)
    assert ("lower-back-pain" in found) is pain


def test_the_back_alone_lends_its_pain_to_nothing_else() -> None:
    # (a complaint modifier would reach the knee of the same sentence)
    text = "that was 2019 after my knee op and I fully recovered, please ignore, it's just my back now."
    found = present(text)
    assert "lower-back-pain" in found
    assert "knee-pain" not in found
