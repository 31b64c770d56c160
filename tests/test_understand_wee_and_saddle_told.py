"""A bladder and a saddle area gone wrong, told in lay words (from the review set
hunts/rev108.txt): a wee that will not come when the bladder is full, a leak on the way to the
toilet, a wee slow to start told with the toilet left unsaid, no wee since last night and no need
felt; wiping that feels like wiping someone else, the bits a bike seat would touch gone dead, the
sitting area numb, a backside gone to sleep. Each beside the look-alikes that must stay quiet or
only be asked: a ride or a hard seat, a night's sleep, a wee or a numbness that passed, someone
else's, a question, a denial, "wee" as small, "dead" as "very"."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

BLADDER = "bladder-dysfunction"
SADDLE = "saddle-anaesthesia"


@pytest.mark.parametrize(
    "text",
    [
        "bladder feels full but nothing will come out, back pain 5 days",
        "I leaked on the way to the toilet twice today, never happened before in my life, lower back "
        "pain all week",
        "Hi, 47F, UK. I think I slipped a disc last week, pain across my lower back and into my bum. "
        "Today I realised I haven't been for a wee since last night and I don't feel the need at all, "
        "my lower tummy is swollen and tight. Should I be worried?",
        "Keep having to stand there for a minute before anything happens, then it stops and starts, "
        "new since my back went",
        # not having been for a stretch, and no need of it felt either
        "I haven't been for a wee since this morning and I don't feel the need, back sore",
    ],
)
def test_a_bladder_told_in_lay_words_is_raised(text: str) -> None:
    assert BLADDER in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "When I wipe after going it's like wiping someone else, no feeling down there at all",
        "The bits of me that would touch a bike seat feel cold and dead, inner thighs and bum cheeks, "
        "new since yesterday with my bad back",
        "the area that would touch a bike seat feels dead, back pain",
        "From Saturday I am having numbness in the sitting area and the private part, back pain also, "
        "please advise",
        "when i sit down its like my backside has gone to sleep and it doesnt wake up when i stand up",
    ],
)
def test_a_saddle_told_in_lay_words_is_raised(text: str) -> None:
    assert SADDLE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a night's sleep, or no need said as a reassurance
        "I haven't been for a wee since last night, slept 10 hours lol, back sore",
        "I haven't been for a wee since this morning but I don't feel the need, back sore",
        # a question in general
        "Does anyone else have to stand there for ages before anything happens when they wee?",
        "Is it normal to leak on the way to the toilet when you're pregnant?",
    ],
)
def test_a_bladder_look_alike_is_asked(text: str) -> None:
    assert BLADDER not in flags(text)
    assert BLADDER in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't have to stand there for ages before anything happens, wee is normal",
        "I never leaked on the way to the toilet, my bladder is fine, just back pain",
        "Years ago I used to leak on the way to the toilet after my second baby, fine now. Back pain new.",
        # a wee that would not come at first, then came
        "after a 6 hour drive my bladder felt full but nothing came out at the services at first, then "
        "it all came fine. Back is stiff from driving",
        # someone else's
        "My husband leaked on the way to the toilet twice today and his back is bad",
        "My dad has to stand there for ages before anything happens and his back hurts",
        # "wee" as small
        "I haven't been for a wee walk since last week, back sore",
    ],
)
def test_a_bladder_look_alike_is_not_raised(text: str) -> None:
    assert BLADDER not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a ride or a hard seat, or one that passed
        "Numb bum after a long bike ride on Sunday, it passed after an hour, back sore",
        "My backside has gone to sleep from sitting on the hard bench at the match, back stiff",
        "my bum goes to sleep on long drives, back aches",
        "the bits that would touch a bike seat go numb after a long bike ride, back sore",
        "numbness in the sitting area after 5 hours on the bike, gone now",
        # a question in general
        "What does it mean if your bum has gone to sleep and your back hurts?",
    ],
)
def test_a_saddle_look_alike_is_asked(text: str) -> None:
    assert SADDLE not in flags(text)
    assert SADDLE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "the bits that would touch a bike seat feel fine, no numbness, just back pain",
        "No numbness in the sitting area, just back pain",
        # "dead" as "very", someone else's, someone else wiped
        "my bum is dead sore from sitting on the hard seat, back aches too",
        "My mum says her backside has gone to sleep and her back is bad",
        "I'm a carer and wiping someone else all day has wrecked my back",
    ],
)
def test_a_saddle_look_alike_is_not_raised(text: str) -> None:
    assert SADDLE not in flags(text)
