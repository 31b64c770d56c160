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
        "My legs are getting weaker and I keep falling over.",
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
        # walking failing with nothing sudden, worse or of a cancer: after a hike, the flu
        "did a 20 mile hike on sunday and my legs are still weak, can barely walk to the car",
        "Got the flu, legs weak and I can barely stand in the shower but getting stronger every day",
    ],
)
def test_legs_weak_without_walking_failing_are_asked_about(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)
    assert "bilateral-leg-weakness" in asked(text)


def test_a_pain_told_like_last_years_is_present() -> None:
    assert "radiating-leg-pain" in flags("sciatica down my left leg again, same as last year, just as bad")
    # a pain of last year alone stays past
    assert "radiating-leg-pain" not in flags("I had sciatica down my left leg last year.")


def test_an_operation_on_the_writers_disc_is_spinal_surgery() -> None:
    text = "I had a disc operation six months ago. My back has started hurting again."
    assert "recent-spinal-surgery" in flags(text)
    assert "recent-spinal-surgery" not in flags("My friend had a disc operation six months ago.")


@pytest.mark.parametrize(
    "text",
    [
        # the hip read inside the twisting that may set off a piriformis, a hurt after it
        "I twisted my hip last week and now it hurts a lot.",
        "I twisted and felt my back go, now it's agony.",
        "I lifted a pallet wrong at work on friday and my back's in bits.",
    ],
)
def test_a_strain_told_as_the_back_going_is_asked_never_raised(text: str) -> None:
    assert "recent-injury" in asked(text)
    assert "recent-injury" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "had an accident in my pants today, didnt even feel it coming. back has been bad this week",
        "I've had two accidents where I didn't feel I needed to go until too late. Sciatica down my leg.",
        "I had an accident in my pants. I did not feel the poo coming.",
        "Sciatica since the weekend and I had an accident at the shops, only noticed after. Binned my pants.",
    ],
)
def test_an_accident_told_as_not_felt_is_a_loss_of_bowel_control(text: str) -> None:
    assert "bowel-dysfunction" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word of urine or a leak: which accident is not told, so both are asked
        "I had an accident and wet myself, didn't feel it coming. Back agony.",
        "Had an accident when I sneezed, leaked a bit, didn't feel it coming.",
        "sorry tmi but i had an accident, number one, didnt know i was going. my back has been awful",
        # a bug or a period explains it; another kind of accident; another's
        "norovirus has gone through the house, I had an accident on tuesday night with no warning at all",
        "Had an accident on my period overnight, didn't even feel it, ruined the sheets.",
        "Had an accident in the kitchen, dropped the kettle, no warning the handle was about to snap.",
        "My toddler had an accident in his pants, didn't even feel it coming.",
        "I had an accident at work and didn't feel well after. Back hurts.",
    ],
)
def test_an_accident_not_felt_but_not_told_of_the_bowel_is_not_raised_as_one(text: str) -> None:
    assert "bowel-dysfunction" not in flags(text)


def test_an_event_with_the_kids_is_the_writers() -> None:
    text = (
        "jumped off the trampoline with the kids and landed flat on my back on saturday, its been killing me"
    )
    assert "recent-injury" in flags(text)
    assert "recent-injury" not in flags("The kids fell off the trampoline on saturday.")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a pain that strikes at once, and a heart "beating very fast"
        (
            "Back pain came on like a thunderbolt in the last hour and my tummy too, I'm sweating "
            "buckets and my heart is hammering.",
            "burst-aneurysm-symptoms",
        ),
        (
            "I am 71. Suddenly very bad pain in belly and back. I am sweating. Heart is beating very fast.",
            "burst-aneurysm-symptoms",
        ),
        # a throbbing felt in the tummy, not a throbbing pain
        ("I've got a throbbing feeling in my tummy and my lower back aches.", "pulsating-abdomen"),
        (
            "My belt needs new holes, I'm not trying to lose weight, and my lower back hurts.",
            "unexplained-weight-loss",
        ),
        # a bladder full with hardly anything coming out, straining to get the flow going
        (
            "bladder feels full but hardly anything comes out, and the sciatica is worse",
            "bladder-dysfunction",
        ),
        # a fall told by how the person landed, a crash by where the car hit
        ("Went flat on my bum on the ice on Wednesday, it's agony to sit down.", "recent-injury"),
        (
            "A car went into the side of my van at a roundabout last week. Since then my lower back's sore.",
            "major-trauma",
        ),
        # a foot that cannot be put down after a fall
        (
            "Slipped on the ice yesterday, can't put my left foot down without my hip screaming.",
            "unable-to-bear-weight-after-fall",
        ),
    ],
)
def test_everyday_words_of_a_sign_raise_it(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # ED the emergency department (never read as erectile dysfunction), a nose blown (no blow
        # to the back), a throbbing with period cramps
        ("I went to the new ED at the hospital with my back pain.", "sexual-dysfunction"),
        ("Had to make a sudden ED trip on Sunday when I couldn't get up off the floor", "sexual-dysfunction"),
        ("period cramps give me a throbbing feeling in my belly and lower back", "pulsating-abdomen"),
        # a fall said to be years ago, an idiom of the feet, a slip-up told with track marks
        (
            "Got old track marks and I slipped up recently. New pain in my low back a week ago.",
            "recent-injury",
        ),
        ("Cannot even blow my nose without my lower back hurting more.", "recent-injury"),
        # what a sign means, asked; a retention said to be two weeks ago and back to normal
        (
            "My back is fine, no numbness anywhere, I'm just asking what saddle numbness means.",
            "saddle-anaesthesia",
        ),
        (
            "I couldn't wee for a day after the catheter came out, but that was 2 weeks ago and "
            "it's all back to normal now.",
            "bladder-dysfunction",
        ),
        # a fall said to be over: "completely better now", "barely sore now"
        (
            "My bum hurt for a couple of weeks after I slipped on the ice but it's completely better now.",
            "recent-injury",
        ),
        (
            "Landed on my bum sledding last weekend, bruised my pride more than anything, barely sore now.",
            "recent-injury",
        ),
    ],
)
def test_look_alikes_of_a_sign_do_not_raise_it(text: str, sign: str) -> None:
    assert sign not in flags(text)
