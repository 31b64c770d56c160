"""The first round's lay words narrowed to their own sense (a hunt of its regressions, rev106):
injecting in street words ("jacking up", "slamming", "share works", "share a needle") only with a
drug, a vein or a habit told; a clean time only of the writer's drugs; a leg that "wont hold me
back is killing me"; a give-way walked off; a cause denied before an injury told; "couldn't feel
it down there" of a lump or a pulse, or long past; a lump that feels rubbery; muscles like rubber
after a run; a back that locks up, the small hours and a bend that a bump stops. Written anew;
never the frozen test part."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_IV = "iv-drug-use"
_UNABLE = "unable-to-bear-weight-after-fall"
_SADDLE = "saddle-anaesthesia"
_IBP = "inflammatory-back-pain"


@pytest.mark.parametrize(
    "text",
    [
        # a car, a shelf, a tyre
        "Been jacking up a couple of cars at the garage every day this week and my lower back is wrecked",
        "I'm banging up a few shelves for the missus this weekend and my back is already killing me",
        "I jack up twice a day at work changing tyres and my lower back has been sore for a week",
        "I'm still jacking up twice a day at the tyre place and my back is killing me",
        "Jacking up into the air on the ramp, back pain new this week",
        # ice and speed slammed as things
        "Been slamming ice packs on my lower back every hour since I hurt it",
        "Slammed ice on it straight away and took ibuprofen, but my lower back is still sore today",
        "Delivery van driver, slamming speed bumps all day on these estates, lower back is shot",
        # a share that works, a needle case or phobia
        "Our job share works well but sitting at the desk all day is wrecking my lower back",
        "The car share works out cheaper and saves my back from the long drive, this week it's agony",
        "Me and my sister share a needle case for our knitting, my back's this bad",
        "Acupuncture for my back? My mate and I share a needle phobia lol so that's a no",
        # denied, someone else's
        "I never share works. back pain new this week",
        "my mate's been slamming ice most weekends, my back hurts",
    ],
)
def test_street_words_in_another_sense_are_not_injecting(text: str) -> None:
    assert _IV not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "i share works with my mates, back pain started last week, feels like a fever coming on",
        "I've shared works a few times. New back pain this week",
        "we share a needle with my boyfriend sometimes, back pain new",
        "slamming ice most weekends, back's been killing me for a week",
        "I slammed speed at a party last week, now my lower back is agony",
        "I'm jacking up into my groin now, veins are shot. back pain new",
        "Heroin has got me, jacking up twice a day. lower back agony this week",
        "Trying to get clean, but I'm still banging up a couple of times a day. New back pain, worse each "
        "day.",
        # a clean time of drink or of someone else, with injecting now told after it
        "Sober 2 years (from drink), but I inject speed most weekends. Lower back pain for 10 days, hot and "
        "really sore",
        "My brother's been clean 8 years and I'm proud of him. Me, I've been injecting meth most weekends, "
        "back's been agony for 10 days and I'm running a temperature",
        "sober 5 years, I inject meth most weekends though. back pain new this week",
        "Clean 10 years from heroin, but I inject again now. back pain new",
    ],
)
def test_injecting_in_street_words_or_now_is_raised(text: str) -> None:
    assert _IV in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clean 12 years now from heroin, back pain new this week",
        "clean 10 years now. Back then I was injecting daily. Back pain new",
    ],
)
def test_a_habit_given_up_years_ago_is_still_asked(text: str) -> None:
    assert _IV not in flags(text)
    assert _IV in asked(text)


def test_a_leg_that_wont_hold_me_with_the_back_told_after_it() -> None:
    assert _UNABLE in flags(
        "fell down the stairs last night and now my leg wont hold me back is killing me too"
    )
    # the idiom stays an idiom
    raised = flags("fell yesterday and my knee won't hold me back from the 10k, lower back sore")
    assert _UNABLE not in raised


def test_a_give_way_walked_off_is_not_raised() -> None:
    text = (
        "Slipped on the wet floor at work, for a moment my leg gave way when I tried to stand but then I "
        "walked it off and I'm fine, back a bit stiff"
    )
    assert _UNABLE not in flags(text)
    # one that lasts still is
    assert _UNABLE in flags(
        "Fell off my bike on Saturday, every time I try to stand on the left leg it gives way"
    )


def test_a_cause_denied_leaves_an_injury_told_after_it() -> None:
    text = (
        "It's nothing to do with a fall, I got hit by a car on my bike yesterday and my lower back is agony"
    )
    assert "recent-injury" in flags(text)
    assert "recent-injury" not in flags(
        "It's nothing to do with a fall, it came on slowly, lower back sore for a week"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The physio felt for the lump near my tailbone but couldn't feel it down there, back is sore",
        "the nurse tried for a pulse in my groin but couldn't feel it down there, they used the wrist. "
        "back pain",
        "After my first baby I couldn't feel it down there for weeks, totally fine now, but this new back "
        "pain is driving me mad",
        "the hernia? can't feel it down there anymore, it's gone down. back is a bit sore though",
        "There's a lump in my groin, the doctor said it felt rubbery, probably a lymph node. Hip aches a bit",
    ],
)
def test_a_thing_felt_for_or_a_numbness_long_gone_is_no_saddle_anaesthesia(text: str) -> None:
    assert _SADDLE not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "husband touched me last night and I couldn't feel it down there, back has been agony all week",
        "my bum and the bits between my legs feel like rubber since yesterday, lower back agony",
        "my inner thighs feel like rubber since yesterday and I can't feel the toilet paper, back agony",
    ],
)
def test_a_saddle_not_felt_is_still_raised(text: str) -> None:
    assert _SADDLE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my hamstrings feel like rubber after the 20 mile run, lower back tight",
        "my calves feel like rubber after the marathon, back stiff",
    ],
)
def test_muscles_like_rubber_after_a_run_are_not_numb(text: str) -> None:
    assert "numbness-tingling-or-weakness" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 28. I lock up the gym every morning at 6 after the night shift and my lower back has ached for "
        "5 months. I'm fine if I keep moving, it's sitting in the car that gets me",
        "I'm 31, lower back twinges for 6 months from my desk job. My knee locks up every morning since the "
        "football injury, and I'm fine if I keep moving",
        "I'm 33 with back ache for 6 months. The twins wake me in the small hours every night, and once I "
        "get moving it's fine",
        "I'm 30 and 32 weeks pregnant, back ache for 4 months, I cannot bend in the morning because of the "
        "bump, and when I move about it is ok",
    ],
)
def test_a_gym_locked_a_knee_the_twins_or_a_bump_are_no_inflammatory_back_pain(text: str) -> None:
    assert _IBP not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 29, lower back's been bad for 8 months. My back locks up overnight and I can't bend till 10am, "
        "then I'm fine if I keep moving",
        "I'm 27, low back pain for 5 months, waking up in the small hours stiff as a board, better at the "
        "end of a shift on my feet",
        "I'm 25, back pain for a year, my back wakes me in the small hours, I'm fine if I keep moving, stiff "
        "every morning",
    ],
)
def test_a_back_that_locks_up_or_wakes_in_the_small_hours_is_still_read(text: str) -> None:
    assert _IBP in flags(text)
