"""A cancer the writer has or had, told in any of the everyday ways, is a past cancer; a cancer
feared, tested for, denied or another person's is not (session 44; written from the labelling
convention "current cancer or chemotherapy counts as history-of-cancer", never the frozen test
part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

_CANCER = "history-of-cancer"


@pytest.mark.parametrize(
    "text",
    [
        "I have cancer. My hip really hurts.",
        "I've got stage 4 lung cancer and my hip hurts.",
        "I have leukaemia and a sore bum.",
        "I beat breast cancer three years ago.",
        "yes i'm in remission from lymphoma",
        "I was treated for prostate cancer in 2019.",
        "I was diagnosed with stage 2 breast cancer and my hip hurts.",
        # a treatment for cancer, now or past
        "I'm on chemo and my hip hurts.",
        "Finished my chemo in March, now my lower back aches.",
        "had chemo 10 yrs ago, back sore from gardening",
        "Finished radiotherapy for my prostate in the spring and now my lower back aches.",
        "I went through chemo as a teenager.",
        "I'm on my 3rd round of chemo and my back has started aching.",
        "I had 20 sessions of radiotherapy on my prostate and now my lower back aches",
        "I've got a glioblastoma and my back aches.",
        "I have a family history of breast cancer and had it myself in 2015, now my back hurts.",
        # a past cancer said to have gone is still one
        "I had breast cancer, it's gone now.",
        "I had chemo for lymphoma, it cleared up, and now my hip hurts.",
    ],
)
def test_the_writers_own_cancer_is_raised(text: str) -> None:
    assert _CANCER in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have a family history of cancer and my back hurts.",
        "I have to wait for the cancer clinic to call.",
        "My GP referred me to the cancer team to rule it out.",
        "I have a two week wait referral for suspected cancer.",
        "I googled cancer symptoms and now I'm panicking about my back.",
        "I have been tested for cancer and it was clear.",
        "I have a cancer scare and my hip hurts.",
        "I'm a cancer nurse and my back aches.",
        "I don't have cancer, my back just aches.",
        "I haven't got cancer.",
        "I'm scared I have cancer.",
        "Do I have cancer?",
        # another person's
        "My granda beat cancer twice, he's a legend. My own back is sore from work.",
        "Dad's just been diagnosed with bowel cancer and I've had a stiff lower back.",
        "husband finished chemo in March and his back aches in bed",
        "My sister's on chemo and I've been doing all her housework, my back is sore.",
        # (review rev44a) another's cancer said with the writer's verb, a place, a figure, a fear
        "I've got my mum's cancer results tomorrow and my back is in bits.",
        "I have a colleague with cancer and I've been covering her shifts, my back hurts.",
        "I've been on the chemo ward visiting my dad every day and my back aches.",
        "Mum was diagnosed in May, then started chemo in June, and I've done all the lifting.",
        "My wife was diagnosed in May. Started chemo in June and my back is wrecked from lifting her.",
        "I've been through chemo with my wife and now my own back is shot from all the lifting.",
        "I had radiotherapy for a keloid scar and my lower back is sore.",
        "I'm on oral chemo for my rheumatoid arthritis and my back is stiff.",
        "I'm having chemo-like side effects from my new pills and my back aches.",
        "Honestly, doing chemo would be easier than this back pain.",
        "I had a scare that I had cancer, it's gone now.",
        "I have Cancer as my star sign and my back hurts.",
        # (review rev44c) a chemotherapy or radiation that is a job or a scan's dose
        "I did chemo nursing for 20 years and my lower back is shot from lifting patients.",
        "I had radiation from three CT scans last year and now I worry about it, my back has ached.",
        "I'm on radiation protection training all week and my back is stiff from the chairs.",
        # a chemotherapy not had, or told only as the cause of another thing
        "I've never had chemo.",
        "I might need chemo.",
        "tingling in my fingers and toes since starting the chemo",
        "I'm on chemo tablets and my back has started aching",
    ],
)
def test_a_cancer_feared_tested_denied_or_anothers_is_not_raised(text: str) -> None:
    assert _CANCER not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "they took out the tumour and I didn't have chemo, now my lower back is sore",
        "I had a lump removed from my breast, no chemo needed, and now my back aches.",
    ],
)
def test_no_chemotherapy_is_no_proof_of_no_cancer(text: str) -> None:
    absent = {m.entity.id for m in painkb.interpret(KB, text).mentions if m.status is painkb.Status.ABSENT}
    assert _CANCER not in absent
    assert _CANCER not in flags(text)


def test_a_past_cancer_beside_a_denied_chemotherapy_stays_raised() -> None:
    assert _CANCER in flags("I had breast cancer but didn't need chemo.")


def test_a_cancer_in_doubt_is_asked_about() -> None:
    assert _CANCER in asked("I might have cancer, the scan is next week.")


@pytest.mark.parametrize(
    "text",
    [
        "I had a biopsy and cancer was ruled out, but my back still hurts.",
        "I have a dog with lymphoma and lifting him has done my back in.",
        "I've got Cancer rising and my lower back is sore.",
        "I had pre cancer cells removed from my cervix and my lower back hurts.",
    ],
)
def test_a_cancer_ruled_out_a_pets_a_star_sign_or_cells_before_one_is_not_raised(text: str) -> None:
    assert _CANCER not in flags(text)
