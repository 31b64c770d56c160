"""Signs told as people whose first English is another language tell them, an aside "(I'm
fine)", a cause told by its time ("after the marathon"), a partner in a sport, "fuzzy" feet:
each real sign beside the look-alikes a review wrote for it (hunts/s40a-f.txt odd lines and
hunts/rev40a-b.txt; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a double negative of many Englishes
        ("I can't feel nothing in my bum since yesterday, back pain", "saddle-anaesthesia"),
        ("the pee doesn't want to come and my back hurts", "bladder-dysfunction"),
        (
            "Since the back pain became strong I don't feel when I must go for the big toilet",
            "bowel-dysfunction",
        ),
        ("my sciatica shoots till my knee when I bend forward", "radiating-leg-pain"),
        ("from yesterday the pain goes in the two legs and my back hurts", "bilateral-sciatica"),
        (
            "Since a week the pain is going from the back until both feet, left and right",
            "bilateral-sciatica",
        ),
        (
            "I am 67 and never I had any back problem, but since one month my lower back is paining.",
            "new-back-pain-over-50",
        ),
        (
            "Had an acident in my pants yesterday, didn't even feel it coming, and my lower back is wrecked.",
            "bowel-dysfunction",
        ),
        ("On pred since my transplant in 2008. My back hurts.", "immunosuppression"),
        (
            "New pain in my lower back the last 5 weeks and lost about 8 kg that I can't account for.",
            "unexplained-weight-loss",
        ),
        (
            "Toes on my left foot feel fuzzy all the time now. Low back is sore too.",
            "numbness-tingling-or-weakness",
        ),
    ],
)
def test_signs_told_in_other_englishes_are_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # "don't feel nothing" often means no pain there: asked, not raised
        (
            "The pain stays in my lower back, I don't feel nothing in my legs, they are fine",
            "numbness-tingling-or-weakness",
        ),
        ("when I sit on the toilet I don't feel nothing down there, and my back hurts", "saddle-anaesthesia"),
    ],
)
def test_a_dont_feel_nothing_is_asked_about(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


def test_before_some_years_is_long_ago() -> None:
    assert "radiating-leg-pain" not in flags(
        "Before two years I had pain going in the leg, the physio fixed it, now nothing."
    )
    assert "radiating-leg-pain" in flags("Since two weeks I have pain going down my leg.")


def test_an_aside_that_the_writer_is_fine_denies_nothing_before_it() -> None:
    text = "hit by a car last week (I'm fine-ish!!) but now my lower back hurts"
    assert "major-trauma" in flags(text)
    # another aside keeps its subject and its denial reaching past it
    assert "bilateral-leg-weakness" not in flags("My friend (she is 50) has weakness in both legs")
    assert "saddle-anaesthesia" not in flags("No numbness (I checked) or tingling around my bum, back aches")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "legs so weak after my first gym session yesterday, back aching too",
            "numbness-tingling-or-weakness",
        ),
        (
            "My bum and lower back are red and warm after a sports massage and cupping",
            "swelling-or-inflammation",
        ),
        (
            "Had chills the night after my booster, the back ache is from carrying the baby.",
            "fever-with-back-pain",
        ),
    ],
)
def test_a_cause_told_by_its_time_is_asked_about(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chest pain spreading to my back after my flu jab",
        "chest and back pain after my cold, getting worse and now I am breathless",
    ],
)
def test_chest_pain_is_never_explained_by_a_time(text: str) -> None:
    assert "chest-pain-with-back-pain" in flags(text)


def test_a_partner_in_a_sport_is_someone_else() -> None:
    text = "My training partner has shooting pains down both legs. My own back is just a bit tight."
    assert "bilateral-sciatica" not in flags(text)
    # (as a rewrite, not a trigger: a trigger's words, "lifting", would stop being a finding's)
    assert "minor-trauma-with-osteoporosis" in asked("Back sore from lifting.")


def test_an_age_shared_with_another_is_the_writers() -> None:
    text = "My wife and I are both 67. I never had back pain until three weeks ago, now my lower back aches"
    assert "new-back-pain-over-50" in flags(text)
    assert painkb.interpret(KB, "we are both 10 minutes from the hospital, my back hurts").age is None
    assert painkb.interpret(KB, "My husband and I were both 18 when we met. My back aches").age is None


def test_a_strain_with_only_a_condition_said_asks_about_a_recent_injury() -> None:
    assert "recent-injury" in asked(
        "Pulled a muscle lifting a heavy box, my herniated disc is playing up again"
    )


def test_an_operation_only_talked_about_or_with_no_back_pain_since_is_asked_about() -> None:
    assert "recent-spinal-surgery" not in flags(
        "Ive had a disc operation discussed but no date yet. My back hurts."
    )
    assert "recent-spinal-surgery" in asked(
        "my disc operation 7 months ago was a total success, no back pain since"
    )
    assert "recent-spinal-surgery" not in flags("the back op was 2012, no problems since")
    assert "recent-spinal-surgery" in flags("I had back surgery 5 months ago and now my back hurts again")


@pytest.mark.parametrize(
    "text",
    [
        "Dr Google gave me cauda equina, kidney cancer and an aneurysm. My back aches after moving.",
        "My lower back aches. I've convinced myself it's cancer, my husband says its stress.",
    ],
)
def test_a_cancer_feared_is_asked_about_not_raised(text: str) -> None:
    assert "history-of-cancer" not in flags(text)
    assert "history-of-cancer" in asked(text)


def test_places_with_a_state_of_their_own_after_a_comma_are_a_clause_of_their_own() -> None:
    # the denial before the comma does not reach the numb legs and feet
    assert "numbness-tingling-or-weakness" in flags("no pain in my back, my legs and feet are numb")


def test_a_region_inside_a_causes_words_is_a_finding_too() -> None:
    found = {
        m.entity.id
        for m in painkb.interpret(KB, "I twisted my hip last week and now it hurts a lot").mentions
    }
    assert {"twisting-the-hips", "hip"} <= found


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I have a pressure on the chest that passes through to the back, since one hour",
            "chest-pain-with-back-pain",
        ),
        ("The back pain doesn't let me sleep, nothing helps, every night now", "persistent-night-pain"),
        ("Left leg every day more weak, back pain", "progressive-neurological-deficit"),
        (
            "Both my legs are without force, I walk like a drunk person. Back pain two days.",
            "bilateral-leg-weakness",
        ),
    ],
)
def test_more_signs_as_other_languages_say_them_are_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_their_look_alikes_are_not() -> None:
    assert not flags("the cuff put pressure on my chest during the blood pressure check, back fine")
    assert "persistent-night-pain" not in flags("my back hurts and the baby doesnt let me sleep")


def test_either_closing_a_clause_after_a_thing_is_too_not_both_sides() -> None:
    text = "since my back went I have to push to wee and it only dribbles, I cant feel it going either"
    assert "bilateral-leg-weakness" not in flags(text)
    assert "bilateral-leg-weakness" in flags("sciatica in my legs, I can barely feel either")


def test_a_time_before_a_new_subject_after_and_opens_a_clause() -> None:
    text = "my back started hurting last week and since Tuesday both legs are going numb"
    assert "bilateral-sciatica" not in flags(text)
    assert "bilateral-leg-weakness" in flags(text)
    # with no state of its own, it goes on with the sciatica before it
    assert "bilateral-sciatica" in flags("sciatica in my left leg and since Sunday my other leg is the same")


@pytest.mark.parametrize(
    "text",
    [
        "Pain in the middle of my back for a few months, and I've dropped half a stone not dieting.",
        "back ache and I'm half a stone lighter for no reason",
    ],
)
def test_half_a_stone_is_a_weight(text: str) -> None:
    assert "unexplained-weight-loss" in flags(text)
