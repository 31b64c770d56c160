"""A fever, a burst aneurysm and a cough's pain told in lay words (57th session; review rev109):
a comparison after a comma ("I feel like I got run over") no longer takes in the sign said
before it, a Scots back "giving me laldy" hurts, a pain that "hit me" or struck one down came
at once, skin cold to the touch is clammy, a Pidgin "belle" is the belly, the pushing of a poo
and a sneeze told after a colon set the back off; a cough that hurts the ribs, or a back "not
affected", is no back set off by a cough. Never the frozen test part."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Woke up drenched in sweat with a 101 fever and my back is killing me, "
            "I feel like I got run over.",
            "fever-with-back-pain",
        ),
        (
            "Back's giving me laldy and I've had the shivers all night, feel roasting hot, I'm just no right",
            "fever-with-back-pain",
        ),
        (
            "Came over all woozy after this pain hit me low in the back, I'm sweating buckets and my skin's "
            "cold to the touch.",
            "burst-aneurysm-symptoms",
        ),
        (
            "Struck down mowing the lawn, horrendous pain in the guts going through to me back, lightheaded "
            "and dripping with cold sweat, can't catch me breath",
            "burst-aneurysm-symptoms",
        ),
        (
            "Sudden serious pain for my belle and back, I dey sweat, dey feel dizzy, like say I wan faint.",
            "burst-aneurysm-symptoms",
        ),
        (
            "Sorry if TMI but going for a number two is agony at the moment, the pushing sends pain right "
            "across my lower back.",
            "pain-worse-coughing-sneezing",
        ),
        (
            "Hi all, had the back going for about a month, manageable mostly. What's got me worried is "
            "sneezing: I actually have to stop, hold onto somthing, and it's like an electric jolt across "
            "the base of my spine that lingers for a minute. Coughing does it too but not as bad.",
            "pain-worse-coughing-sneezing",
        ),
    ],
)
def test_signs_told_in_lay_words_are_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the comparison is the whole claim, with no reading: asked
        "It feels like I have a fever and my back hurts.",
        "My back is killing me, I feel like I have a fever.",
        "Back's killing me and I feel like I'm burning up, haven't checked my temperature.",
    ],
)
def test_a_fever_only_compared_is_asked(text: str) -> None:
    assert "fever-with-back-pain" not in flags(text)
    assert "fever-with-back-pain" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm roasting hot from the heatwave and my back is killing me, I feel like I got run over.",
        "Just back from a run, feel roasting hot and my back is killing me.",
        "Hot flushes with the menopause, waking up drenched in sweat, and my back is killing me.",
        "No fever, but my back is killing me, I feel like I got run over.",
        "Back's giving me laldy after the gym, no temperature, feel fine otherwise.",
        "Could a fever make my back kill me like this, I feel like I got run over?",
    ],
)
def test_heat_of_the_weather_a_flush_or_a_fever_denied_raise_no_fever(text: str) -> None:
    assert "fever-with-back-pain" not in flags(text)


def test_someone_elses_fever_stays_theirs_past_a_comparison() -> None:
    text = "My son has a 101 fever and my back is killing me from carrying him, I feel like I got run over."
    assert "fever-with-back-pain" not in flags(text)
    statuses = {
        m.status for m in painkb.interpret(KB, text).mentions if m.entity.id == "fever-with-back-pain"
    }
    assert statuses == {painkb.Status.OTHER_PERSON}


@pytest.mark.parametrize(
    "text",
    [
        "Dizzy because I stood up too fast, and my back hurts.",
        "Hungover and a bit woozy, this pain hit me low in the back when I bent over.",
        "Sweating buckets after my workout, the pain hit me low in the back on the last set.",
        "Stood up too fast and came over all woozy, my lower back aches as usual.",
        "Struck down with flu, severe pain in my back and tummy, sweaty and dizzy.",
        "My skin is cold to the touch because the heating is off and my back aches.",
        "Had a panic attack, came over all woozy after this pain hit me low in the back, sweating buckets "
        "and my skin's cold to the touch.",
        "My dad came over all woozy after this pain hit him low in the back, he's sweating buckets and his "
        "skin's cold to the touch.",
        "Struck down mowing the lawn last year, horrendous pain in the guts going through to me back, "
        "lightheaded and dripping with cold sweat, it was a kidney stone.",
    ],
)
def test_a_faint_feeling_with_its_own_cause_or_someone_elses_raises_no_burst_aneurysm(text: str) -> None:
    assert "burst-aneurysm-symptoms" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My ribs hurt when I cough since the chest infection, but my lower back isn't affected at all.",
        "My ribs hurt when I cough since the chest infection, my lower back aches from sitting.",
        "My ribs hurt when I cough but my back is fine.",
        "Sneezing: yes lots, hay fever. Back aches after long drives.",
        "Constipated, and pushing makes my piles sore; back's fine.",
        "Pushing the pram sends pain across my lower back",
        "In labour, the pushing sends pain across my lower back",
        "My mum says sneezing: it's like an electric jolt across her spine.",
        "Used to get a jolt in my back when I sneezed, years ago when I had a slipped disc; fine now.",
    ],
)
def test_a_cough_that_hurts_elsewhere_or_no_cough_at_all_raises_nothing(text: str) -> None:
    assert "pain-worse-coughing-sneezing" not in flags(text)


@pytest.mark.parametrize(
    "text",
    ["My ribs and my lower back hurt when I cough.", "My lower back hurts when I cough, my ribs too"],
)
def test_the_back_hurt_by_a_cough_beside_the_ribs_is_still_raised(text: str) -> None:
    assert "pain-worse-coughing-sneezing" in flags(text)


def test_a_back_not_affected_is_denied() -> None:
    said = painkb.interpret(KB, "My ribs hurt when I cough, but my lower back isn't affected at all.")
    assert {m.status for m in said.mentions if m.entity.id == "lower-back-pain"} == {painkb.Status.ABSENT}
