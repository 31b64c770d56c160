"""A leg that will not carry the writer after a fall told in lay words ("the leg won't hold me",
"it gives way every time I try to stand on it", "haven't been able to put that foot down"), a
touch down there not felt and a saddle area "like rubber", and their look-alikes (numb from
boredom, a bunion that is "nothing to do with a fall", a foot that slaps in flip-flops too
big): review rev104, written anew; never the frozen test part."""

from __future__ import annotations

import pytest

import painkb
from painkb.queries import screening
from signs_read import KB, asked, flags

_FALL = "unable-to-bear-weight-after-fall"
_SADDLE = "saddle-anaesthesia"
_FOOT_DROP = "foot-drop-weakness"


@pytest.mark.parametrize(
    "text",
    [
        "came off my bike on a roundabout, landed on my side, the leg wont hold me, cant even turn it, "
        "ambulance??",
        "Went over on the wet kitchen floor. Every time I try to stand on the right leg it gives way "
        "with a horrible pain in the groin and hip.",
        "I caught my foot on a tree root and went down hard on my left side and since then I have not "
        "been able to put that foot down without crying.",
        "Tripped over the cat last night and I haven't been able to put my right foot down since. "
        "Hip and back pain.",
        "Fell off my bike this afternoon, the left leg buckles whenever I try to stand, lower back aching.",
    ],
)
def test_a_leg_that_will_not_carry_after_a_fall_is_raised(text: str) -> None:
    assert _FALL in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fall long ago
        "Years ago I fell off a horse and couldn't put my foot down for a month. Now my lower back aches.",
        "I fell in 2015 and my leg wouldn't hold me for weeks, all fine now. Back ache lately.",
        # a fall with the leg fine now
        "Fell last week, leg gave way at first but it's fine now and I'm walking normally. Sore back.",
        # someone else's fall
        "My mum fell this morning and her leg won't hold her, she has back pain.",
        "My dad slipped in the garden and now he can't put his foot down. My own back is sore.",
        # a leg that gives way with no fall
        "My left leg keeps giving way when I try to stand, no fall or anything, lower back pain for a month.",
        "My leg gives way every time I try to stand on it, back pain and sciatica for weeks.",
        # a cause denied, and an idiom
        "Can't put weight on my left leg because of a bunion on my big toe, nothing to do with a fall. "
        "My back hurts from limping.",
        "Fell over yesterday, my leg won't hold me back from going to work though, just a sore back.",
    ],
)
def test_a_leg_not_carrying_without_a_fall_now_is_not_raised(text: str) -> None:
    assert _FALL not in flags(text)


def test_a_fall_denied_in_other_words_is_no_injury() -> None:
    assert "recent-injury" not in flags("nothing to do with a fall, my back just hurts")


def test_the_writers_own_leg_is_not_asked_of_someone_else() -> None:
    text = (
        "Bit of a silly one. Tripped over the grandkids' scooter on Sunday and landed on my hip, and "
        "since then the leg won't take my weight so I'm getting around hanging on to the furniture."
    )
    assert _FALL not in screening.someone_elses_fall(painkb.interpret(KB, text))
    assert _FALL in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 38, had a bad back for ages, but the thing that scared me today is I couldn't feel myself "
        "when I washed in the shower, the whole area between my legs felt like rubber.",
        "husband touched me and I genuinely couldnt feel it down there. been numb since my back went on "
        "friday.",
        "Lower back agony since Monday and my bum feels rubbery when I sit on the loo.",
    ],
)
def test_a_saddle_not_felt_in_lay_words_is_raised(text: str) -> None:
    assert _SADDLE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a figure of speech
        "my bum is numb from boredom in this meeting haha, back's sore from the chair though",
        # numbness from a ride or a hard seat that passed
        "Long bike ride on Sunday, my bits went numb like rubber for an hour but that passed. Sore back.",
        "Did a 100 mile ride yesterday, bum was numb on the saddle but it came back as soon as I got off.",
        "My backside went numb from sitting on the hard plastic seat at the airport, fine now. Back stiff.",
        # "couldn't feel it" that is no touch
        "I couldn't feel it at the concert, the music just didn't move me, back sore from standing.",
        "Honestly I couldn't feel it today, no motivation at the gym, back sore.",
        # someone else's
        "My wife's bottom went numb like rubber, she has a bad back.",
    ],
)
def test_a_saddle_numb_in_passing_or_in_a_figure_is_not_raised(text: str) -> None:
    assert _SADDLE not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my legs both feel like rubber and I nearly went down, back pain",
        "Over the last two weeks both my legs have gone rubbery and I'm walking like I'm drunk.",
        "The steak was like rubber and my back is sore.",
    ],
)
def test_rubber_legs_or_food_are_not_read_numb(text: str) -> None:
    assert _SADDLE not in flags(text) | asked(text)
    assert "numbness-tingling-or-weakness" not in flags(text)


def test_a_foot_that_slaps_in_footwear_too_big_is_asked() -> None:
    text = "My foot slaps the floor because these flip-flops are a size too big, lol. Back's sore though."
    assert _FOOT_DROP not in flags(text)
    assert _FOOT_DROP in asked(text)


def test_a_foot_drop_told_beside_footwear_is_still_raised() -> None:
    text = (
        "My flip-flop keeps falling off my right foot because I can't pull my toes up anymore, "
        "started with this back pain a few days ago."
    )
    assert _FOOT_DROP in flags(text)
