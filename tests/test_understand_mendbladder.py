"""The lay words of a bladder and a saddle area gone wrong (review rev108) narrowed to what they are
said of (a hunt, hunts/rev110.txt): a fullness that will not empty is the bladder's only when a
bladder or a wee is named with it; standing "there" is at the toilet only when no other place is
named before it; a leak on the way to the toilet is a wetting unless the writer says it was a loose
bowel; no wee and no need felt is held in unless heat, sweat or little drink explains it; "the
sitting area" is the part one sits on, not the seats of a waiting room. Each beside the lay words
the rules were added for, which stay raised."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

BLADDER = "bladder-dysfunction"
SADDLE = "saddle-anaesthesia"


@pytest.mark.parametrize(
    "text",
    [
        # a fullness of the stomach, the bowel, the sinuses: no bladder named
        "My tummy feels full but nothing will come up, I keep gagging, lower back aches",
        "My bowels feel full but nothing is coming out, been constipated since the codeine, back sore",
        "My sinuses feel full but nothing happens when I blow my nose, back aches from the cold",
        "Bunged up for 4 days, feel full but nothing will come out on the toilet, lower back ache",
        # standing at a place named before "there"
        "At the ticket machine I stand there for ages before anything comes out, my lower back hurts "
        "standing",
        "In the queue at the post office I'm standing there for ages before anything happens, my back aches",
        "At the lights I have to stand there for a few minutes before anything changes, hip aching",
        # a leak told as a loose bowel's
        "I leaked on the way to the loo, I've had diarrhoea since the takeaway, lower back aches",
        "I leaked a bit on the way to the toilet. Tummy bug, the runs all night. Back sore.",
        # no need felt in the heat
        "I haven't had a wee since this morning and I don't feel the need, it's a heatwave and I've been "
        "sweating all day, back aching",
    ],
)
def test_a_bladder_look_alike_is_not_raised(text: str) -> None:
    assert BLADDER not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the leak and the toilet, the wee not had, are still asked about
        "I leaked on the way to the loo, I've had diarrhoea since the takeaway, lower back aches",
        "I haven't had a wee since this morning and I don't feel the need, it's a heatwave and I've been "
        "sweating all day, back aching",
    ],
)
def test_a_bladder_look_alike_is_still_asked(text: str) -> None:
    assert BLADDER in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # the bladder or a wee named with the fullness
        "My bladder feels full but nothing happens when I try, back pain since Monday",
        "I need a wee all the time, I feel full but nothing will come out, back has gone",
        "been trying to pee for ages, I know it's full but nothing will come, back is killing me",
        # standing there with no other place named, or at the urinal, or at a time
        "Keep having to stand there for ages before anything happens, then it dribbles, new since my "
        "back went",
        "In the morning I stand there for ages before anything comes out, back pain this week",
        "At the urinal I have to stand there for ages before anything comes out now, back pain this week",
        # a leak with a loose bowel denied; the loo
        "I leaked on the way to the toilet twice today, no diarrhoea or anything, lower back pain all week",
        "I keep leaking on my way to the loo since my back went last week",
        # no need felt, nothing to explain it
        "I have not been for a wee since last night and I don't feel the need, my tummy is swollen, "
        "back agony",
    ],
)
def test_a_bladder_in_lay_words_is_still_raised(text: str) -> None:
    assert BLADDER in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sitting area of a waiting room or a station
        "My arm went numb when I dozed off in the sitting area of the waiting room, back stiff",
        "My foot went numb sitting in the sitting area at the station for hours, back aching",
        # a carer wiping other people
        "Being a carer it's like wiping someone else's kids all day, my back is wrecked",
    ],
)
def test_a_saddle_look_alike_is_not_raised(text: str) -> None:
    assert SADDLE not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Numbness in the sitting area and down below since Tuesday, back pain",
        "My sitting area has gone numb, back pain",
        "When I wipe it's like wiping someone else's bottom, no feeling, back pain",
        "When I wipe it's like I'm wiping somebody else, no feeling, back pain",
    ],
)
def test_a_saddle_in_lay_words_is_still_raised(text: str) -> None:
    assert SADDLE in flags(text)


def _phrases_said_with_what_they_are_of() -> list[tuple[str, ...]]:
    from painkb.understand.words import _INTENSIFIERS, language

    lang = language()
    return sorted(
        key
        for key, reading in lang.phrases.items()
        if reading in lang.said_with_what_it_is_of and _INTENSIFIERS.isdisjoint(key)
    )


def test_a_phrase_said_with_what_it_is_of_reads_the_same_past_an_intensifier() -> None:
    # (as every other phrase does: tests/test_understand.py), beside a word of what it is said of
    from painkb.understand.words import tokenize

    phrases = _phrases_said_with_what_they_are_of()
    assert phrases
    for phrase in phrases:
        for intensifier in ("really", "absolutely", "totally"):
            plain = [t.key for t in tokenize("my bladder " + " ".join(phrase))]
            intensified = [
                t.key for t in tokenize(" ".join(["my bladder", phrase[0], intensifier, *phrase[1:]]))
            ]
            assert intensified == plain, (phrase, intensifier)
