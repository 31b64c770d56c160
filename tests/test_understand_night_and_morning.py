"""Night pain no way of lying eases, and inflammatory back pain told in lay words (a review,
rev103): "tried every position", "roll left roll right, same", "doesn't care how I lie", "up
again at 3"; a young back that locks up overnight and is fine once moving. Written anew; never
the frozen test part."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

NIGHT = "persistent-night-pain"
INFLAMMATORY = "inflammatory-back-pain"


@pytest.mark.parametrize(
    "text",
    [
        # the review's own
        "Night time is the worst. Doesn't matter if I lie on my side, my front, my back, the ache in my "
        "lower back just sits there till morning.",
        "Lying on my back is agony, the worst position by far. I end up sitting on the edge of the bed "
        "at 2am and even that doesn't really help.",
        "I can deal with the day, I'm busy, but at night in bed it's a constant gnawing in my low back "
        "and nothing I do with pillows or positions changes it.",
        "ugh up again at 3, back throbbing, tried every position, hot water bottle, nothing. "
        "5th week of this",
        "Quick rundown: 47, lower back pain since spring, physio helped a bit with the daytime stuff. What "
        "worries me is the nights. It's a deep ache that doesnt care how I lie, and I'm waking up with it "
        "every night now.",
        "Every night I'm tossing and turning trying to find a comfy spot and there isn't one. My buttock "
        "and lower back ache constantly. It's been weeks.",
        "i dread going to bed cos i know the back pain will be there no matter what, "
        "roll left roll right, same",
        # the same words in other sentences
        "my back doesn't care how I lie, every night it's the same",
        "At night I'm trying to find a comfy spot and there isn't one, my back just aches",
        "Every night the pain in my hip is there, roll left roll right, same",
        "woke at 2 again with my back, can't get comfy whatever I do",
        "the gnawing in my lower back at night never lets up",
    ],
)
def test_night_pain_no_way_of_lying_eases_is_raised(text: str) -> None:
    assert NIGHT in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a night that eases, one night, a cause of its own, a good night
        "My back aches at night but it eases when I turn over.",
        "My back aches every night but once I get up and walk about it settles.",
        "Hip aches at night if I lie on that side but as soon as I roll over it's gone.",
        "Tried every position on the new mattress last night, nothing worked, back's fine today.",
        "Had a couple of nights where I couldn't find a comfy spot and there wasn't one after the "
        "long-haul flight, all settled now.",
        "Couldn't get comfy last night after a bad night's sleep on a friend's sofa, back's a bit stiff "
        "but fine now.",
        "Up again at 3 with the baby, back aches from rocking her.",
        "Lower back ache during the day. Doesn't matter if I lie on my side or back at night, I sleep fine.",
        "I woke at 4 with my back aching but I rolled over and it went.",
        # someone else's, a question, long ago
        "My husband is up again at 3, his back throbbing, tried every position, nothing.",
        "My dad says his back pain is there every night no matter what, roll left roll right, same.",
        "Does back pain that doesn't care how you lie at night mean something serious?",
        "Is it normal to dread going to bed because of back pain?",
        "Years ago I had back pain every night no matter how I lay, fine now.",
        "i dread going to bed cos my husband snores, back is fine",
    ],
)
def test_night_pain_that_eases_or_is_not_the_writers_is_not_raised(text: str) -> None:
    assert NIGHT not in flags(text)


def test_a_pain_keeping_the_writer_up_is_asked_about() -> None:
    text = "Lower back pain keeping me up a fair bit lately, not sure if it's the pain or just stress."
    assert NIGHT in asked(text) | flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my back pain wakes me at 3",
        "woke at 4 with my back throbbing",
        "ugh up again at 3, back throbbing",
    ],
)
def test_an_hour_the_writer_wakes_at_is_no_age(text: str) -> None:
    it = painkb.interpret(KB, text)
    assert all(str(m.status) == "present" for m in it.mentions)
    assert it.age is None


def test_an_age_said_with_at_is_still_one() -> None:
    it = painkb.interpret(KB, "I broke my leg at 3 and now my back hurts")
    assert [str(m.status) for m in it.mentions if m.entity.id == "leg"] == ["historical"]


@pytest.mark.parametrize(
    "text",
    [
        # the review's own
        "Bhaiya, I am 23 years, since 6 months my back pain is very bad in early morning, I cannot bend "
        "till 10 am, after that when I go to office and move around it is ok.",
        "Football used to be my life and it still helps, honestly a 5-a-side sorts the back out, but the "
        "mornings are brutal and I'm waking up in the small hours stiff as a board. 31, going on two "
        "years like this.",
        "My lower back has been stiff every single morning for over a year. I'm only 30 and I feel 80 until "
        "lunchtime, then I'm fine if I keep moving. Long meetings make it flare.",
        "it's been almost two years of my back locking up overnight. im 33. get up moving, stretch, walk the "
        "dog and by 11 im loads better. sitting at my desk all afternoon it comes back.",
        "honestly my back is better at the end of a shift on my feet than first thing in the morning when i "
        "can barely roll out of bed. 27 yo, since march last year, eish",
        # the same words in other sentences
        "I'm 25, my back locks up every morning for a year now, I'm fine once I get moving",
        "I'm 28 and my back is stiff every morning for over a year, it's ok when I move around.",
    ],
)
def test_inflammatory_back_pain_told_in_lay_words_is_raised(text: str) -> None:
    assert INFLAMMATORY in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a cause of its own, a few days, a fresh injury
        "Stiff back this morning after gardening all day yesterday, fine once I got moving, I'm 30.",
        "Stiff after a long run yesterday, 28, I'm fine if I keep moving.",
        "Back stiff every morning for 3 days since the new mattress, 30, I'm fine if I keep moving.",
        "Back's been stiff for a few days, I can barely roll out of bed first thing, 30.",
        "got T-boned at the roundabout yesterday arvo, walked away fine but this morning my back's crook "
        "and I can hardly get out of bed",
        "My lower back has been sore since my new desk job. It's a bit better but I still get stiff by "
        "the end of the day.",
        # someone else's, a question, long ago
        "My son is 25 and his back has been locking up overnight for a year, by 11 he's fine once "
        "he's walked the dog.",
        "Could it be inflammatory back pain if I'm 29 and fine once I keep moving?",
        "I'm 33 and had a bout years ago where my back locked up overnight, by 11 I was fine. All good now.",
    ],
)
def test_stiffness_with_a_cause_or_not_the_writers_is_not_raised(text: str) -> None:
    assert INFLAMMATORY not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 52, my lower back has been stiff every morning for over a year, I'm fine if I keep moving.",
        "I'm 60 and my back has been locking up overnight for 2 years, get moving, stretch, by 11 "
        "I'm loads better.",
    ],
)
def test_inflammatory_back_pain_over_45_is_asked_not_raised(text: str) -> None:
    assert INFLAMMATORY not in flags(text)
    assert INFLAMMATORY in asked(text)


def test_a_back_sorted_out_is_the_back() -> None:
    ids = {m.entity.id for m in painkb.interpret(KB, "a run sorts my back out").mentions}
    assert "lower-back" in ids
    assert not painkb.interpret(KB, "I had to back out of the trip").mentions
