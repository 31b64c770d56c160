"""Sport, pregnancy and after the birth: a numbness a ride explains and that went, a dead leg
from a blow, a test that found nothing, a fall off a bike at speed, an epidural that should have
worn off (patterns from the 56th session's blind review rev99, written anew; never the frozen
test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a going with no subject after a comma is the going of what came before it
        ("crotch went numb after a 60 mile ride, went away ten minutes after I got off",
         "saddle-anaesthesia"),
        # ... and a going said after a passing cause is no denial of the cause
        ("my bits were numb after a long ride yesterday, went away", "saddle-anaesthesia"),
        # a ride of a length is a ride
        ("my undercarriage goes numb after a 50 mile ride", "saddle-anaesthesia"),
        ("numb bum after a 3 hour ride, lower back a bit stiff too", "saddle-anaesthesia"),
        # a dead leg from a blow at sport is a bruised thigh, not a numb leg
        ("took a knee in training and got a dead leg, thigh is purple but my back is ok",
         "numbness-tingling-or-weakness"),
        ("my mate gave me a dead leg at five a side and my lower back aches",
         "numbness-tingling-or-weakness"),
        ("got a dead leg in rugby on Saturday, my lower back is sore too", "numbness-tingling-or-weakness"),
        # a sample or the writer tested for something is a test for it, not it
        ("the GP checked my wee for infection and it was clear, my back still aches",
         "recent-bacterial-infection"),
        ("they tested my wee for a UTI and it came back negative, my lower back still aches",
         "recent-bacterial-infection"),
    ],
)  # fmt: skip
def test_a_look_alike_at_sport_or_after_the_birth_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "crotch went numb after a 60 mile ride, went away ten minutes after I got off",
        "my undercarriage goes numb after a 50 mile ride",
    ],
)
def test_a_numb_saddle_a_ride_explains_is_still_asked(text: str) -> None:
    assert "saddle-anaesthesia" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a fall off a bike or a scooter at speed is a crash
        ("fell off my bike at 25mph on the descent and my lower back is agony", "major-trauma"),
        ("came off the scooter at full speed and now my back is killing me", "major-trauma"),
        # an epidural said to outlast its time explains no numbness
        ("my epidural should have worn off ages ago but my bottom is still numb", "saddle-anaesthesia"),
        ("the epidural was meant to wear off after the birth but two days on my bits are numb",
         "saddle-anaesthesia"),
    ],
)  # fmt: skip
def test_a_sign_at_sport_or_after_the_birth_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a leg that feels dead is a numbness
        ("my leg feels dead and my lower back is killing me", "numbness-tingling-or-weakness"),
        # a dead leg from the knee down is one too
        ("I have a dead leg from the knee down and my back hurts", "numbness-tingling-or-weakness"),
        # a ride explains no numbness that has not worn off
        ("numb bum like after a 100 mile ride, but it hasn't worn off in four days", "saddle-anaesthesia"),
        # a test that found it leaves what it found
        ("I have a urine infection and my lower back aches", "recent-bacterial-infection"),
    ],
)  # fmt: skip
def test_what_is_said_plainly_stays_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "came off my bike at 5mph at the lights, back a bit sore",
        "came off my bike at low speed on the gravel, back a bit sore",
    ],
)
def test_a_slow_fall_off_a_bike_is_no_major_trauma(text: str) -> None:
    assert "major-trauma" not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # what a hunt (rev101) found the first rules silencing: a test of "me" with its result, a
        # numbness that passed and came again, a ride's numbness that lasts, a dead leg that lasts
        ("the nurse checked me for a temperature, it was 39.1, back is killing me", "fever-with-back-pain"),
        ("numb bum after my ride, went away, then came back on Sunday and has stayed, back agony",
         "saddle-anaesthesia"),
        ("After a 60 mile ride on Saturday my saddle area is still numb today, Tuesday, lower back sore",
         "saddle-anaesthesia"),
        ("Hurt my back at rugby and got a dead leg that has lasted two weeks, numb down to my foot",
         "numbness-tingling-or-weakness"),
        ("My rheumatologist wanted to increase my methotrexate but I said no, I'm still on 10mg, back aches",
         "immunosuppression"),
        ("I have osteoporosis. Slipped on the ice in 2015 and again this morning, my back is agony",
         "minor-trauma-with-osteoporosis"),
    ],
)  # fmt: skip
def test_what_the_first_rules_silenced_is_raised_again(text: str, sign: str) -> None:
    assert sign in flags(text)
