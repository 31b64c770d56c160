"""Signs told in the words people use around them (session 47): a reading someone else took of
the writer, a correction after "it's not", a question answered yes, a time told with "then",
a recovery told as "over it" or "the physio sorted it", a cancer looked for and not found, and
the signs the screening reads from events (minor trauma in thin bones, a walking difficulty
that grows). Written from the read halves of the fresh sets s47a-c, never the frozen test part.
"""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_FEVER = "fever-with-back-pain"
_THORACIC = "thoracic-back-pain"
_WEIGHT = "unexplained-weight-loss"
_NEW_OVER_50 = "new-back-pain-over-50"
_NUMB = "numbness-tingling-or-weakness"
_CANCER = "history-of-cancer"
_INFECTION = "recent-bacterial-infection"
_DRUGS = "iv-drug-use"
_SEX = "sexual-dysfunction"
_FRAGILE = "minor-trauma-with-osteoporosis"
_MOBILITY = "difficulty-with-mobility"
_NIGHT = "persistent-night-pain"
_GLUTEAL = "persistent-gluteal-pain"


@pytest.mark.parametrize(
    "text",
    [
        "My mum took my temperature and it's 39.5, and my lower back is agony.",
        "My husband checked my temperature, it was 39, my back is killing me.",
        "My son took my temp - 38.9 - and my back is in bits.",
    ],
)
def test_a_temperature_someone_else_took_of_the_writer_is_the_writers_fever(text: str) -> None:
    assert _FEVER in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My wife has a fever of 39 and my back aches.",
        "my daughter had a fever last week, now my back hurts",
    ],
)
def test_someone_elses_fever_is_still_theirs(text: str) -> None:
    assert _FEVER not in flags(text)


def test_a_correction_after_its_not_tells_the_place_it_is() -> None:
    assert _THORACIC in flags("its not my lower back its between my shoulder blades and it aches")
    assert _THORACIC in flags(
        "mate its not me lower back its up top between the shoulder blades, aching heaps"
    )
    assert "lower-back-pain" not in flags("It's not my hip it's my lower back that hurts")


@pytest.mark.parametrize(
    "text",
    [
        "it's not that it's numb, just sore",
        "its not like its numb, my back just aches",
    ],
)
def test_its_not_that_its_is_no_correction(text: str) -> None:
    assert _NUMB not in flags(text)


def test_no_reason_given_denies_nothing_after_it() -> None:
    text = "weight going down without reason, 8 kg in 3 month, also pain in back. I am worry."
    assert _WEIGHT in flags(text)


def test_never_had_back_trouble_then_it_started_is_new() -> None:
    assert _NEW_OVER_50 in flags("I'm 62, never had back pain, then last month it started")
    text = (
        "57 years old, a postman all my life and never once had back trouble, then two weeks ago it started."
    )
    assert _NEW_OVER_50 in flags(text)
    # what started was something else
    assert _NEW_OVER_50 not in flags("I'm 60 and never had back pain, then my knee started hurting")


def test_this_back_pain_is_a_first_for_me_is_new() -> None:
    assert _NEW_OVER_50 in flags("I'm 66, and this back pain is a first for me, started in the summer.")


@pytest.mark.parametrize(
    "text",
    [
        "Had a temperature with flu at the start of the month, completely over "
        "it. Back started hurting this week.",
        "Had pins and needles down my left leg in the spring, physio sorted "
        "it. Back is a bit sore again now.",
    ],
)
def test_a_finding_told_as_over_or_sorted_is_past(text: str) -> None:
    assert not flags(text) & {_FEVER, _NUMB}


def test_so_over_it_is_fed_up_not_recovered() -> None:
    assert _NUMB in flags("I have pins and needles in my leg and I'm so over it")


def test_an_infection_antibiotics_cleared_is_still_a_recent_one() -> None:
    text = (
        "In the past few weeks I had a UTI, the antibiotics cleared "
        "it, and now my lower back has started hurting."
    )
    assert _INFECTION in flags(text)


def test_a_cancer_ruled_out_is_no_history_of_cancer() -> None:
    assert _CANCER not in flags("Had cancer ruled out with an ultrasound, my back hurts")
    assert _CANCER in flags("I had breast cancer and my back hurts")


def test_a_cancer_suspected_or_investigated_is_asked_not_raised() -> None:
    text = (
        "The hospital are investigating me for suspected kidney cancer. Meanwhile my back has got really bad"
    )
    assert _CANCER not in flags(text)
    assert _CANCER in asked("I have suspected kidney cancer and my back hurts")


def test_a_needle_last_used_is_injecting() -> None:
    text = (
        "ex user here, last used a needle in the spring. my lower back "
        "has been sore for a week, deep and constant"
    )
    assert _DRUGS in flags(text)


def test_no_erection_had_for_days_is_a_sexual_change() -> None:
    assert _SEX in flags("I haven't had an erection for 10 days and my back hurts")


def test_a_weight_loss_sought_is_asked_not_raised() -> None:
    text = "Lost two stone on a slimming plan this year and my back actually feels better for it!"
    assert _WEIGHT not in flags(text)
    assert _WEIGHT in asked(text)
    assert _WEIGHT in flags("I've lost a stone without trying and I'm not slimming, and my back hurts")


@pytest.mark.parametrize(
    "text",
    [
        "My GP asked if I'd lost weight and I have, about half a stone without trying. My back aches.",
        "The nurse asked if I had numbness in my legs and I do. My back hurts.",
        "they asked if I'd had a fever and I have, 38.5, with this back pain",
    ],
)
def test_a_question_answered_yes_tells_the_finding(text: str) -> None:
    assert flags(text) & {_WEIGHT, _NUMB, _FEVER}


def test_a_question_answered_no_still_tells_nothing() -> None:
    assert _WEIGHT not in flags("The GP asked if I'd lost weight and I haven't. My back hurts.")


def test_am_i_the_only_one_tells_of_the_writer() -> None:
    text = "Am I the only one whose back pain is worse lying flat? Turning over doesn't fix it, 6 weeks now."
    assert _NIGHT in flags(text)


def test_my_behind_is_the_bottom() -> None:
    assert _GLUTEAL in flags("my behind has been sore for 6 weeks")


@pytest.mark.parametrize(
    "text",
    [
        "Polymyalgia, 7 years on steroids. Got into the car a bit clumsily, heard a "
        "crack, and now there's a deep pain in my back.",
        "I have osteoporosis. One cough on Friday and now a pain between my "
        "shoulder blades, better lying down.",
    ],
)
def test_a_small_knock_or_a_cough_in_thin_bones_is_a_fragility_sign(text: str) -> None:
    assert _FRAGILE in flags(text)


def test_a_pets_steroids_are_not_the_writers() -> None:
    assert _FRAGILE not in flags(
        "my dog is on prednisolone tablets and I hurt my back lifting him into the car"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pain deep in my right buttock for two months. Now I'm walking less every week because it flares.",
        "Getting in and out of the car is becoming a real performance because of the pain in my backside.",
        "The pain in my right bum cheek is making everything harder, getting in and "
        "out of the car, putting my socks on.",
    ],
)
def test_an_everyday_doing_told_as_growing_harder_is_a_mobility_sign(text: str) -> None:
    assert _MOBILITY in flags(text)
