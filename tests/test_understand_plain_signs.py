"""Plain statements of a warning sign in everyday words (session 29): what must be raised,
what must stay a question, and what must not be denied."""

from __future__ import annotations

import pytest

import painkb
from painkb import Status
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    "text",
    [
        # legs getting worse or sudden, with no back pain or sciatica said: asked (two reviews
        # found a gym, a cold, a horse's legs, a hangover told so)
        "My legs are getting weaker.",
        "My legs have suddenly become weak.",
        "my legs feel weak when I'm anxious",
        "my legs went numb sitting on the toilet",
        "my legs feel weak after the gym",
        "I can only walk about 100 yards now before my legs get heavy, it used to be a mile.",
    ],
)
def test_legs_weak_with_nothing_that_makes_it_severe_are_asked(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)
    assert "bilateral-leg-weakness" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "the horse's legs suddenly went weak",
        "my legs feel less weak week by week",
        "the chair legs suddenly gave way and I landed on my bum",
        "my legs are getting weaker each day",
        "either my legs are getting weaker or the stairs are getting steeper, ha",
        "both my calves are weak from the stair challenge and it's worse each day",
    ],
)
def test_legs_getting_better_or_not_the_writers_raise_no_emergency(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm on steroid tablets and have new back pain.",
        "I am on prednisolone tablets and have back pain.",
    ],
)
def test_steroid_tablets_with_new_back_pain_are_raised(text: str) -> None:
    assert "immunosuppression" in flags(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my immune system is not weak and my back hurts", Status.ABSENT),
        ("my mum has a weak immune system and my back hurts", Status.OTHER_PERSON),
    ],
)
def test_a_weak_immune_system_denied_doubted_or_someone_elses_is_not_raised(
    text: str, status: Status
) -> None:
    it = painkb.interpret(KB, text)
    assert status in {m.status for m in it.mentions if m.entity.id == "immunosuppression"}
    assert "immunosuppression" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a review's look-alikes: a weakness for a while, or of something else
        "the vaccine lowers my immune system for a day or two apparently, my back aches from gardening",
        "my immunity is low after a bad cold last week, back sore from coughing",
        "my immune system is low from stress at work and my back aches",
    ],
)
def test_an_immune_system_low_for_a_while_is_no_sign(text: str) -> None:
    assert "immunosuppression" not in flags(text)


def test_a_medicine_that_is_a_sign_is_no_lasting_cause_of_the_back_pain() -> None:
    # a side effect of a medicine makes a finding long-standing ("erections trouble since my
    # blood pressure tablets"); steroid tablets are the sign, their back pain new
    it = painkb.interpret(KB, "I'm on steroid tablets and have back pain.")
    pains = [m for m in it.mentions if m.entity.id == "lower-back-pain"]
    assert pains
    assert all("long_standing" not in m.modifiers for m in pains)
    it = painkb.interpret(KB, "I've had trouble getting erections since starting my blood pressure tablets")
    assert any("long_standing" in m.modifiers for m in it.mentions)
    # said as the cause of a lasting finding, still one: "numb for years from my chemo tablets"
    it = painkb.interpret(KB, "I had bowel cancer and my feet have been numb for years from my chemo tablets")
    assert any("long_standing" in m.modifiers for m in it.mentions if m.entity.id == "numbness")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a finding said to come "on" such tablets for years is still their side effect (a review)
        (
            "both my legs are weak on my chemo tablets, it's been the same for a year, back ache from "
            "lifting",
            "bilateral-leg-weakness",
        ),
        ("I have leaked urine on my prednisolone tablets since 2019, the GP knows", "bladder-dysfunction"),
    ],
)
def test_a_lasting_finding_on_steroid_or_chemo_tablets_is_not_new(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I fell yesterday, luckily my leg turned out to be only bruised, walking fine",
        "I fell last week; it turns out my leg was just bruised, I can walk",
    ],
)
def test_turned_out_to_be_is_no_leg_turned_outwards(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the screening question answered whole: years long, better with exercise, not with rest
        "I've had lower back pain since my twenties that gets better with exercise but not with rest.",
    ],
)
def test_inflammatory_back_pain_said_in_years_and_decades(text: str) -> None:
    assert "inflammatory-back-pain" in flags(text)


def test_a_young_onset_counts_as_a_feature_of_inflammatory_back_pain() -> None:
    from painkb.queries import screening

    it = painkb.interpret(KB, "My lower back pain started when I was 25 and eases with movement.")
    assert "it started before you were 35" in screening.inflammatory_features(KB, it)
    it = painkb.interpret(KB, "My lower back pain started when I was 55 and eases with movement.")
    assert "it started before you were 35" not in screening.inflammatory_features(KB, it)


@pytest.mark.parametrize(
    "text",
    [
        # the years or the young start of something else (a review's look-alikes)
        "I've been a nurse for many years. My back hurts since lifting a patient, better when I move around, "
        "resting doesn't help",
        "I've been a smoker since my teens; back pain 10 days, wakes me at 4am, eases when I move around, "
        "my bum hurts too",
        "it started when I was 18, my smoking; back pain for a fortnight, better with exercise but not "
        "with rest",
    ],
)
def test_years_of_something_else_are_not_the_pains(text: str) -> None:
    assert "inflammatory-back-pain" not in flags(text)


def test_an_ordinary_old_backache_is_not_inflammatory() -> None:
    assert "inflammatory-back-pain" not in flags(
        "I've had back pain since my twenties, it's the usual ache after gardening."
    )


def test_everyday_things_are_daily_activities() -> None:
    assert "difficulty-with-mobility" in asked(
        "The pain in my backside is stopping me doing everyday things."
    )


def test_words_said_about_a_finding_are_asked_not_raised() -> None:
    # a meta-denial: the person may still have it, so painkb asks
    text = "I never said I can't hold my bladder or my bowels"
    assert not {"bladder-dysfunction", "bowel-dysfunction"} & flags(text)
    assert {"bladder-dysfunction", "bowel-dysfunction"} <= asked(text)
    text = "I'm not saying I've lost control of my bowels, just that my back aches"
    assert "bowel-dysfunction" not in flags(text)
    assert "bowel-dysfunction" in asked(text)


def test_a_swollen_buttock_with_back_ache_is_no_swelling_on_the_spine() -> None:
    assert "structural-deformity" not in flags("My bum cheek is swollen and my back aches")
    assert "structural-deformity" in flags("My lower back is swollen and aches")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # look-alikes a review found raised at the start of the session
        (
            "a van crashed into my car overnight, I wasn't in it, my back hurts from gardening",
            "major-trauma",
        ),
        ("the GP offered steroid tablets but I said no, back ache from gardening", "immunosuppression"),
        ("I'm thinking about going on methotrexate tablets for my psoriasis; back ache", "immunosuppression"),
    ],
)
def test_a_sign_told_of_nobody_in_the_car_or_a_medicine_not_taken_is_asked(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("A lorry crashed into my car on the motorway and my back is agony", "major-trauma"),
        ("I'm on steroid tablets and have new back pain.", "immunosuppression"),
        (
            "Noticed in the mirror that I've got a hump at the top of my back that wasn't there last year.",
            "structural-deformity",
        ),
    ],
)
def test_the_same_signs_told_plainly_are_still_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "both my legs are getting weaker every week? no, they feel fine",
        "my weak legs? no, they are fine, the back pain came on suddenly",
        "both my legs feel weaker each week? no, stronger, thanks to the gym",
    ],
)
def test_a_question_the_writer_answers_no_is_denied(text: str) -> None:
    assert "bilateral-leg-weakness" not in flags(text)
    it = painkb.interpret(KB, text)
    assert Status.PRESENT not in {
        m.status for m in it.mentions if m.entity.id == "numbness-tingling-or-weakness"
    }


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a fourth review: the "no" answers a tag question, or confirms, or the sign is after it
        ("Can I still walk? No, both my legs have gone weak and my back is agony", "bilateral-leg-weakness"),
        ("I can't pee, is that fine? No!", "bladder-dysfunction"),
        ("my back is agony and i cant pee since yesterday is that normal? no", "bladder-dysfunction"),
        (
            "I can't feel my bum when I wipe, is it just a trapped nerve? No, the GP said go to A&E now",
            "saddle-anaesthesia",
        ),
        (
            "I've lost control of my bladder since my back went? No, honestly, it happened twice today",
            "bladder-dysfunction",
        ),
    ],
)
def test_a_no_that_answers_another_question_keeps_the_sign(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_no_idea_is_no_answer() -> None:
    assert "bladder-dysfunction" in asked("Can't pee? No idea why but it started today and my back is agony")
