"""A bowel that leaks or is not felt, and sex that fails, told in lay words (review rev103):
"leaking a bit from behind", "stuff keeps coming out from my back passage", "my bowels just go
whenever they like", an accident in bed not felt, "trouble getting it up", "I can get hard but I
can't come", "nothing happens" of the penis, no feeling when a partner touches, and a worry
whose object is told as had; with the look-alikes each must leave alone. Written anew; never the
frozen test part."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    "text",
    [
        "Back pain for a month. Since yesterday I'm leaking a bit from behind and I don't notice "
        "until I check.",
        "I've started wearing pads because stuff keeps coming out from my back passage, since the "
        "disc flared up.",
        "The back pain I can cope with but now my bowels just go whenever they like, I can't stop them.",
        "When I wipe it's like I can't feel it properly back there and I'm not sure if I've finished going. "
        "Started after my back went last week.",
        "Been off work with my back, the kids are driving me mad, and on top of all that I had an accident "
        "in bed last night, didnt wake up or feel a thing.",
    ],
)
def test_a_bowel_that_leaks_or_is_not_felt_is_raised(text: str) -> None:
    assert "bowel-dysfunction" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bug, a meal, a laxative or piles of its own
        "Back pain for a week and I've had diarrhoea from a stomach bug, bit of leaking from behind.",
        "Dodgy curry last night, my bowels just go whenever they like today, back is sore too.",
        "I've got piles and there's some stuff coming out of my back passage, back ache too.",
        "I had an accident in bed last night from a tummy bug, didn't feel a thing, back pain too.",
        "back pain and when I wipe I'm not sure if I've finished, piles are playing up too",
        # a bowel that has always been so
        "I've always had IBS, my bowels go whenever they like, nothing new, back pain from lifting.",
        # denied, someone else's, a bladder's, another place behind
        "No leaking from behind, bowels normal, just lower back pain.",
        "My dad's bowels go whenever they like since his back surgery.",
        "My toddler had an accident in bed last night and didn't feel a thing, lifting him hurt my back.",
        "Back pain and I had an accident in bed last night, didn't wake up or feel a thing, wet the sheets.",
        "back pain and things have been leaking from behind my knee",
        "Back is sore, I sat on the toilet and had no idea if anything was coming out, turns out I'm "
        "just constipated.",
    ],
)
def test_a_bowel_look_alike_is_not_raised(text: str) -> None:
    assert "bowel-dysfunction" not in flags(text)


def test_a_back_passage_gone_slack_is_no_bug_s_even_one_named() -> None:
    text = (
        "my bottom feels loose like I can't squeeze it shut. earlier I blamed a tummy bug but I haven't "
        "had one, I was just guessing. back went on friday"
    )
    assert "bowel-dysfunction" in flags(text)


def test_a_wee_on_the_toilet_not_felt_stays_the_bladder_s() -> None:
    text = (
        "Back went sunday lifting the mower. This morning on the toilet I couldnt tell if anything was "
        "coming out, and my bottom feels numb like its been sat on ice"
    )
    assert "bowel-dysfunction" not in flags(text)
    assert "bladder-dysfunction" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "ok this is hard to type. lower back pain for 3 wks and now my penis feels numb and nothing "
        "happens. 29",
        "Back is a bit better this week but the thing I'm more worried about is I've lost my erections "
        "completly, morning ones too, since the back pain started in August.",
        "Since my lower back started playing up I can get hard but I can't come, no matter how long.",
        "my lower back is wrecked and I've got no feeling at all when my girlfriend touches me down there, "
        "couldn't do anything",
        "Disc issue in my low back diagnosed last month. Since then I've had trouble getting it up every "
        "single time we try.",
    ],
)
def test_sex_that_fails_in_lay_words_is_raised(text: str) -> None:
    assert "sexual-dysfunction" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # "get it up" in another sense
        "My back is so bad I couldn't even get it up... the stairs, I mean, the laundry basket. "
        "Slept on the couch.",
        "Back pain and I couldn't get it up the stairs, the sofa I mean.",
        "my right leg is getting weaker every day, today i can barely get it up onto the bus step",
        # for years, from drink, nerves or a medicine
        "I've had trouble getting it up for years, nothing new, my back hurts since Monday.",
        "Trouble getting it up since I started the beta blockers, back pain too.",
        "I can't get it up when I've been drinking, back is sore.",
        "Nerves I think, had trouble getting it up with a new partner, back pain since Tuesday.",
        # someone else's, a question, denied
        "My husband has trouble getting it up since his back went.",
        "Can back pain cause trouble getting it up?",
        "No trouble getting it up, just the lower back pain.",
        "I can get hard and I can come fine, just back pain.",
        "Back pain and I can't come to the appointment on Tuesday.",
        # "nothing happens" of a wee, or of someone else
        "Back pain for 2 weeks. My penis is numb and nothing happens when I try to pee.",
        "His back's been bad and he says his penis is numb and nothing happens.",
        # a partner's touch of another place
        "My girlfriend touches my back and it hurts.",
    ],
)
def test_a_look_alike_of_failing_sex_is_not_raised(text: str) -> None:
    assert "sexual-dysfunction" not in flags(text)


def test_drink_or_a_medicine_leaves_failing_sex_asked() -> None:
    text = "Trouble getting it up since I started the beta blockers, back pain too."
    assert "sexual-dysfunction" in asked(text)


def test_someone_else_s_failing_sex_is_theirs() -> None:
    others = painkb.assess(KB, text="My husband has trouble getting it up since his back went.").about_others
    assert "sexual-dysfunction" in {o.warning_sign.id for o in others}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("back pain, what I'm worried about is I have lost control of my bladder", "bladder-dysfunction"),
        ("back pain, the thing I'm worried about is that I've lost my bowel control", "bowel-dysfunction"),
    ],
)
def test_a_worry_whose_object_is_told_as_had_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "What I'm worried about is I might lose control of my bladder, back pain.",
        "what I'm worried about is I'm going to lose control of my bladder, back pain",
        "what I'm worried about is I'll lose control of my bladder, back pain",
    ],
)
def test_a_worry_of_what_may_come_stays_a_worry(text: str) -> None:
    assert "bladder-dysfunction" not in flags(text)


# Mended after a hunt of the rules above (rev107): each narrowed, what it was made for kept.


@pytest.mark.parametrize(
    "text",
    [
        # a thing or another part that leaks "from behind", or the buttock, which is no back passage
        "The kitchen tap keeps leaking from behind and I strained my back under the sink.",
        "My ear has been leaking from behind for a week, and my lower back aches too.",
        "The cyst on my tailbone keeps leaking from behind, back sore.",
        "Where the abscess was drained stuff keeps coming out from my buttock, hip aches.",
        # a bowel prep not finished, bowels that have not moved
        "Not sure if I've finished the bowel prep for tomorrow's colonoscopy, back aches from the bed.",
        "My bowels haven't moved for 5 days and I didn't feel anything come when I tried, back sore.",
        # a bowel let go before an exam is fear
        "honestly pooping myself before my exam tomorrow, back stiff from revising",
        # a question
        "Do your bowels go whenever they like with a slipped disc? My lower back is sore.",
    ],
)
def test_a_bowel_look_alike_found_by_the_hunt_is_not_raised(text: str) -> None:
    assert "bowel-dysfunction" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a loss of control or of feeling, whatever cause is named
        "No sickness or diarrhoea, but since Monday I've become incontinent of poo and my back is agony.",
        "Had a takeaway on Saturday, fine after. Since Wednesday I can't hold my poo in, back is agony.",
        "I've used laxatives for years, but this week poo comes out without warning, back pain.",
        "I'm seeing the IBS nurse about bloating. This week I've had faecal leakage and my back is agony.",
        # a cause denied
        "No vomiting or diarrhoea, but my bowels just go whenever they like and my back is in bits.",
        "I don't have IBS or anything, but my bowels go whenever they want, back in bits.",
        # the writer's own leak from behind, a person's as theirs
        "I keep leaking from behind since my back went on Sunday.",
        "i keep messing my pants and dont feel it, back pain since saturday",
    ],
)
def test_a_bowel_lost_control_of_in_the_hunt_is_raised(text: str) -> None:
    assert "bowel-dysfunction" in flags(text)


def test_a_bug_still_explains_a_bit_of_leaking() -> None:
    text = "Tummy bug going round the house, bit of leaking from behind, lower back sore."
    assert "bowel-dysfunction" not in flags(text)
    assert "bowel-dysfunction" in asked(text)


def test_a_person_leaking_from_behind_is_theirs() -> None:
    others = painkb.assess(KB, text="Nan keeps leaking from behind and her lower back is bad.").about_others
    assert "bowel-dysfunction" in {o.warning_sign.id for o in others}


@pytest.mark.parametrize(
    "text",
    [
        # a habit kept up, a venture got going, a thing got up somewhere
        "The physio gave me exercises for my back but I'm struggling to keep it up with work.",
        "Having problems getting it up and running, the business I mean, and my back is in knots.",
        "Had trouble getting it up the ladder, the bucket I mean, back is killing me.",
        "Struggled to get it up to the attic, the suitcase, and my back went.",
        "Had issues getting it up over the wall, the bike, and now my lower back has gone.",
        # a treatment that does nothing
        "I tried the cream for the rash on my penis and nothing happens, back aches too.",
        # coming somewhere
        "I can get hard but I can't come in to the clinic tomorrow, back pain 2 weeks.",
    ],
)
def test_a_sex_look_alike_found_by_the_hunt_is_not_raised(text: str) -> None:
    assert "sexual-dysfunction" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can't get it up - the stairs are hard too, back is agony.",
        "When the missus touches me down there I can't feel a thing. Back's in bits.",
        "I'm on propranolol for my heart, always fine in that department, but a week into this back pain I "
        "suddenly can't get an erection.",
        "i can get hard but i cant come at all since my back went",
    ],
)
def test_failing_sex_in_the_hunt_is_raised(text: str) -> None:
    assert "sexual-dysfunction" in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "What I'm worried about is that I had a fracture in the car crash ten years ago that was missed. "
            "Lower back ache.",
            "major-trauma",
        ),
        (
            "What I'm worried about is I had steroids injected in my hip last month, still sore",
            "immunosuppression",
        ),
    ],
)
def test_a_worry_of_what_was_had_is_no_finding_had(text: str, sign: str) -> None:
    assert sign not in flags(text)
