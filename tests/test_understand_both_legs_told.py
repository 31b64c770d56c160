"""Both legs gone weak, or sciatica gone to both legs, told in lay words: legs that wobble or
shake, thighs that "just don't work", electric shocks down the backs of both thighs, right
sided sciatica the left has joined, a leg pain that has crossed to both calves; each beside
the look-alikes that must not be raised (a workout, a drink, one leg only, sciatica that moved
sides, someone else's, a question, a denial, a knee's own arthritis). From the review set
hunts/rev108.txt."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

BOTH_WEAK = "bilateral-leg-weakness"
BOTH_SCIATICA = "bilateral-sciatica"


@pytest.mark.parametrize(
    "text",
    [
        "My wife says I'm walking like I'm drunk. Both legs wobble about and I can't walk in a "
        "straight line. Back pain started 5 days ago.",
        "Cant get out of a chair now without pushing up with my arms, my thighs just dont work on "
        "either side, back achin for 2 wks",
        "I can't stand on tiptoe on either foot any more and my legs shake like mad on the stairs. "
        "Lower back pain 10 days.",
        # ... and still shaking days after a workout, under the person: no longer the workout's
        "after the gym on monday both my legs shake and they still shake now when I stand, back agony",
    ],
)
def test_legs_that_wobble_shake_or_will_not_work_raise_weakness_in_both_legs(text: str) -> None:
    assert BOTH_WEAK in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a workout, told after or before
        "Legs are absolute jelly after the marathon yesterday, legs wobble about, lower back is stiff",
        "my legs shake like mad after the gym, back a bit tight",
        "did leg day at the gym yesterday and my legs are shaking going down stairs lol, back a bit "
        "tight too",
        "legs shaking after the 10k this morning, stairs are a no go, lower back tight",
        "After leg day at the gym both my legs were shaking going down the stairs lol, and my lower "
        "back is a bit tight",
        "ran a marathon on sunday and both my legs are shaky, lower back stiff",
        "legs shaking after a long walk, back aches",
        # a drink
        "I'd had 6 pints and both my legs were wobbling about, back sore today",
        "my legs wobble about after a few pints, back sore",
        "I was so drunk last night my legs were wobbling all over the place, back sore today",
        # a fright, once
        "nearly got hit by a bus cycling today, swerved and stayed on. legs shaking but not hurt at all",
        # one leg only
        "my left leg wobbles since my back went, the right one is fine",
        # someone else's (asked of them)
        "my mum's legs wobble about and her back hurts",
        # a question, a denial, no leg
        "is it normal for legs to shake on the stairs with a bad back?",
        "my legs don't wobble or shake at all, just a sore lower back",
        "no shaking in my legs, back is sore",
        "my hands shake and my back hurts",
        "the table wobbles and my back hurts when I sit at it",
        "Not walking like I'm drunk or anything, no wobble, just a nagging ache in my low back",
    ],
)
def test_legs_shaking_or_wobbling_for_a_reason_or_not_the_writers_are_not_raised(text: str) -> None:
    assert BOTH_WEAK not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd had 6 pints and both my legs were wobbling about, back sore today",
        "ran a marathon on sunday and both my legs are wobbly, lower back stiff",
        "did squats yesterday and both my legs are weak, lower back stiff",
        # a shake that lasts, told failing under no one: asked (tests/test_understand_mendlegs.py)
        "after the gym on monday both my legs shake and they still shake now, back agony",
    ],
)
def test_legs_weak_after_a_drink_or_a_workout_told_before_are_asked(text: str) -> None:
    assert BOTH_WEAK not in flags(text)
    assert BOTH_WEAK in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "cant sit or lie, electric shocks going down the backs of both thighs at the same time, low "
        "back agony",
        "zinging down the back of both legs, low back agony",
        "Right sided sciatica for a month and now the left has joined in, same shooting pain right to "
        "the ankle. Is that bad?",
        "Right-sided sciatica for a month and now the left one has started too",
        "The leg pain has crossed over. It was my left calf, now it's both calves and both hamstrings, "
        "with stabbing in the lower back.",
    ],
)
def test_pain_down_both_legs_in_lay_words_raises_sciatica_in_both_legs(text: str) -> None:
    assert BOTH_SCIATICA in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the other knee's own arthritis
        "Pain down my left leg to the knee from my back, and my right knee aches too but that's my "
        "old arthritis, it doesn't come from the back",
        "Pain down my right leg from my back, and my left knee aches too but that's just arthritis",
        # moved, not spread
        "My sciatica swapped sides a few months ago, it was the left, now it's only the right and the "
        "left has completely gone.",
        "left sided sciatica last year, cleared up, now right sided sciatica for 2 weeks",
        "the pain has crossed over, it was my left calf and now it's only the right calf",
        # one side only, the other fine
        "Right sided sciatica for a month, the left leg is fine",
        "Right sided sciatica for a month, and my left hip aches a bit",
        # someone else's, a question, a denial, long ago
        "my brother has right sided sciatica and now the left has joined in",
        "my mum's leg pain has crossed over, now it's both calves",
        "could sciatica go from one leg to both? mine is only down the right",
        "no electric shocks down the backs of both thighs, just a stiff back",
        "Had sciatica in both legs years ago with a disc, fully recovered after physio. Now just a "
        "stiff low back.",
        # a sitting's numbness, passed
        "electric shocks down the backs of both thighs after sitting on the bike for 5 hours, fine now",
        # both legs numb now: numbness, not the sciatica's pain
        "sciatica down my left leg for weeks. Now it's both legs numb, back sore",
        # the side of the saddle, not of a leg
        "Right-sided sciatica for months. Now when I wipe the left side feels like it's not my skin.",
    ],
)
def test_sciatica_of_one_side_or_not_the_writers_is_not_raised_of_both_legs(text: str) -> None:
    assert BOTH_SCIATICA not in flags(text)
