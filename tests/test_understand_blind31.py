"""Behaviour found by the thirty-first session's blind-written sets (messages written by helpers
that saw no painkb code): wrong warnings that must go, and the real signs beside them that must
stay."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


def statuses(text: str, entity: str) -> set[str]:
    return {m.status.value for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}


WRONG_WARNINGS = [
    # the back of another place is that place, not the spine
    ("the skin over the back of my hip is hot to touch and swollen", "structural-deformity"),
    ("fever and pain in the back of my thigh", "fever-with-back-pain"),
    # "never" had, whatever time is said before it
    ("cancer scare last year, never actually had cancer, back stiff from the gym", "history-of-cancer"),
    ("a scare last year, never had cancer", "history-of-cancer"),
    # up all night with someone else: no pain that wakes
    (
        "My daughter has a temperature and I'm up all night with her, so my back is sore from the chair",
        "persistent-night-pain",
    ),
    # no wee for stage fright
    (
        "couldn't pee in the pot at the clinic because of stage fright, my back pain is from netball",
        "bladder-dysfunction",
    ),
    # the old back trouble come again: the "never happened before" is the pads'
    (
        "It's my back again, the low bit. I'm 66. I've been having to wear pads because I can't keep "
        "my motions in, which has never happened before.",
        "new-back-pain-over-50",
    ),
    (
        "I'm 62 and I've had a bad back for years. What's new is that my legs feel weak",
        "new-back-pain-over-50",
    ),
    # a near fall, and pain that came and went
    (
        "Nearly went flying twice on the stairs, my foot catches the step. Back pain for a week.",
        "recent-injury",
    ),
    ("the pain came and went down my leg", "recent-injury"),
    # "never used to" said of something else
    ("I'm 70 and I never used to exercise, my back aches", "new-back-pain-over-50"),
    (
        "Had a tumble in the garden. Now my right leg looks shorter than the other and the foot's turned out",
        "bilateral-sciatica",
    ),
    # a frame that is no walking frame
    (
        "Walked into the door frame and bumped my hip, tiny bruise, doesn't even hurt",
        "difficulty-with-mobility",
    ),
]


STILL_RAISED = [
    ("pain down the back of my left leg", "radiating-leg-pain"),
    ("Shooting pains down the backs of both legs since I slipped on the ice on Friday.", "recent-injury"),
    ("I need a walking frame now because of my back", "difficulty-with-mobility"),
    ("Last year I had cancer and now my back hurts", "history-of-cancer"),
    (
        "Back pain for a week and now my left foot tingles after about 20 minutes of running",
        "numbness-tingling-or-weakness",
    ),
]


def test_a_sign_of_the_spine_read_through_another_place_is_asked() -> None:
    text = "the skin over the back of my hip is hot to touch and swollen"
    assert "structural-deformity" in asked(text)
    assert "swelling-or-inflammation" in flags(text)


def test_never_used_to_is_no_denial_of_every_time() -> None:
    text = "my back never used to hurt after work but now my lower back aches every evening"
    assert "present" in statuses(text, "lower-back-pain")


PLAIN_SIGNS = [
    # a medicine taken "for years" is taken now ("years, back" is no "years back")
    (
        "on prednisolone for my lungs for years, back pain has crept up over the last couple of weeks",
        "immunosuppression",
    ),
    # bowel control in older and Indian English
    (
        "I've been having to wear pads because I can't keep my motions in, which has never happened before",
        "bowel-dysfunction",
    ),
    (
        "My back is paining and from yesterday I am not able to control motion, it is coming by itself",
        "bowel-dysfunction",
    ),
    (
        "Back pain since Friday. From yesterday stool is coming out by itself, I am not able to control",
        "bowel-dysfunction",
    ),
    ("urine is coming out by itself since morning and back pain", "bladder-dysfunction"),
    # a slide on ice is a slip
    ("I slid on the ice this morning, bum first, tailbone is agony", "recent-injury"),
    # legs that do not obey, give out or walk as if drunk
    (
        "walking like im drunk and im stone cold sober, legs just not doing what i tell them, back's gone",
        "bilateral-leg-weakness",
    ),
    (
        "Can't squat the bar anymore, both legs just give out under me since I tweaked my back",
        "bilateral-leg-weakness",
    ),
    # a phrase said whole after one of its words said alone ("weak, both legs are weak")
    ("I feel weak, both legs are weak and my back hurts", "bilateral-leg-weakness"),
    (
        "my husband says I'm walking like I'm drunk, both legs are weak and wobbly, I've got back pain",
        "bilateral-leg-weakness",
    ),
    # clinical shorthand copied from notes
    ("ca hx: yes (bowel 2017). weight: down 5kg not trying. fever: no. back: sore", "history-of-cancer"),
    ("microdisc L4/5 3 months ago, back pain worse again this month", "recent-spinal-surgery"),
    ("72 yrs. back pain new. no fall.", "new-back-pain-over-50"),
    ("back pain + lost a stone w/o trying", "unexplained-weight-loss"),
    # a leg compared with the other is no sciatica in both legs
    (
        "Had a tumble in the garden. Now my right leg looks shorter than the other and the foot's turned out",
        "unable-to-bear-weight-after-fall",
    ),
    (
        "I'm 63 and never had a bad back in my life. About a month ago a dull ache started low down.",
        "new-back-pain-over-50",
    ),
    # night pain "there all night" that no position eases, as typed
    (
        "The pain is in my lower back and it's there all night. I've tried every position, still no relief.",
        "persistent-night-pain",
    ),
    (
        "every night for 3 weeks the ache in my spine gets worse when i lie down and no positon helps",
        "persistent-night-pain",
    ),
    (
        "Was a passenger in a car that hit a lamp post on Saturday, my back has got worse every day since",
        "major-trauma",
    ),
    # falls in everyday words
    ("stepped off the kerb wrong and went down yesterday, hip is really hurting now", "recent-injury"),
    ("Stacked it on my skateboard yesterday and my hip's sore", "recent-injury"),
    # back pain told new in other words, at an age over 50
    ("I'm 74. My back aches most of the time now, which it never used to.", "new-back-pain-over-50"),
    ("At 72 I thought I'd escaped back problems, but it started a fortnight ago.", "new-back-pain-over-50"),
    ("My back has been agony since my car was hit head on last week.", "major-trauma"),
    # the writer's own body after someone else's name
    (
        "Since my back flared last week I can't feel anything when my partner touches my genitals",
        "saddle-anaesthesia",
    ),
]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I bumped my hip on the table yesterday and it hurts to walk", "recent-injury"),
        ("been on pred for years for my lungs, back started hurting last week", "immunosuppression"),
        ("I'm unsteady on my feet and my back hurts", "bilateral-leg-weakness"),
        (
            "Someone went into the back of me on the motorway last week. My lower back has got worse since.",
            "major-trauma",
        ),
        (
            "Walked into the corner of the kitchen table with my hip last night, it hurts to walk on",
            "recent-injury",
        ),
        (
            "Got kicked by a cow while milking on Friday, right on the hip, and it's stiffened up badly",
            "recent-injury",
        ),
        ("back's wrecked since a disc went. Now nothing works down there at all.", "sexual-dysfunction"),
        (
            "had 2 accidents this week, the other sort if u get me. didnt feel it coming. back's rotten",
            "bowel-dysfunction",
        ),
    ],
)
def test_an_everyday_word_of_a_sign_asks_about_it(text: str, sign: str) -> None:
    assert sign in asked(text) | flags(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the pain is coming by itself, no reason, my back aches",
        "range of motion is limited in my hip",
        "my lower back is paining since 2 days, i am not able to pass motion also",
    ],
)
def test_words_of_motion_that_are_no_bowel_trouble(text: str) -> None:
    assert "bowel-dysfunction" not in flags(text), text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("62 with osteoporosis, never had back trouble, now severe pain in my back", 62),
        ("my 60th birthday was last week and my back hurts", 60),
        ("50, 100 mg tramadol a day for my back", None),
        ("72 yrs. back pain new. no fall.", 72),
        ("10 years, back pain since my fall", None),
    ],
)
def test_an_age_said_bare_at_the_start_or_as_a_birthday(text: str, age: int | None) -> None:
    assert painkb.interpret(KB, text).age == age, text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("bum pain, been months now", 60),
        ("my bum has hurt since last summer", 90),
        ("my bum has hurt since the spring", 90),
        ("pain deep in my left buttock since early last month", 35),
    ],
)
def test_a_time_said_loosely_is_a_duration(text: str, days: int) -> None:
    duration = painkb.interpret(KB, text).duration
    assert duration is not None, text
    assert duration.days == days, text


SIGNS_THAT_REST_ON_A_LOOSE_TIME = [
    (
        "Pain deep in my left buttock since early last month that won't go away.",
        "persistent-gluteal-pain",
    ),
    (
        "The pain in my right buttock has been with me since the spring and is no better",
        "persistent-gluteal-pain",
    ),
    # "been months" is months on end, as "for months" is (not a stated time under three months)
    (
        "lower back stiff every morning for an hour then loosens up once i get moving, "
        "wakes me at 4am. im 24 n its been months",
        "inflammatory-back-pain",
    ),
]


SECOND_REVIEW_LOOK_ALIKES = [
    (
        "If I'd been a passenger in the car that hit the lamp post I'd have been hurt. Back's a bit stiff.",
        "major-trauma",
    ),
    (
        "A microdisc is on the list if the injection doesn't work; for now it's just an ache in my back",
        "recent-spinal-surgery",
    ),
    (
        "Cancelled the microdisc, everything settled by itself, just a bit of stiffness after long drives",
        "recent-spinal-surgery",
    ),
    (
        "Lost a bit of weight w/o trying because of the stomach bug last week, back's the usual.",
        "unexplained-weight-loss",
    ),
]


def test_an_operation_offered_for_a_sign_keeps_the_sign() -> None:
    # (why "offered" is no trigger: the numbness a referral is for is said)
    assert "saddle-anaesthesia" in flags("the GP offered me a referral for the numbness in my bum")


# A review of the session's new words wrote look-alikes of each (benchmarks/understanding/hunts/rev31.txt)
LOOK_ALIKES_OF_THE_NEW_WORDS = [
    (
        "The week went flying by and I forgot to do my back stretches, the ache's the same as usual",
        "recent-injury",
    ),
    ("Went flying to Spain last month, the seat was awful for my back but it settled", "recent-injury"),
    (
        "Had a spill in the kitchen, milk everywhere, and bending to mop it up my lower back twinged",
        "recent-injury",
    ),
    (
        "My car slid on the ice a bit this morning but I stayed on the road, nobody hurt, my back aches",
        "recent-injury",
    ),
    ("I stumbled across a video of back exercises on YouTube, are they safe to try?", "recent-injury"),
    (
        "Tackling the problem head on, I've booked a physio and started yoga for my lower back",
        "recent-injury",
    ),
    (
        "Not able to control motion sickness on the ferry, ginger didn't help, my back aches",
        "bowel-dysfunction",
    ),
    (
        "The chair couldn't keep the motions in order at the AGM, four hours of sitting wrecked my back",
        "bowel-dysfunction",
    ),
    (
        "My legs would give out under me if I tried to carry that wardrobe up the stairs, so I didn't",
        "bilateral-leg-weakness",
    ),
    (
        "I'm 57, had lower back trouble for 20 years, this flare started a fortnight ago",
        "new-back-pain-over-50",
    ),
    ("It's been months now since the buttock pain went, touch wood", "persistent-gluteal-pain"),
]


THE_NEW_WORDS_SAID_IN_OTHER_WAYS = [
    ("I went arse over tit on the ice yesterday and my hip's killing me", "recent-injury"),
    (
        "I came down during footy when someone clattered into me and my lower back's been killing me",
        "recent-injury",
    ),
    (
        "My legs won't listen to me, I tell them to step and they just don't, back's been bad for a week",
        "bilateral-leg-weakness",
    ),
    ("my wife says my legs keep going from under me and my back is in bits", "bilateral-leg-weakness"),
    (
        "Had bowel cancer 4 years back, now my clothes have gone baggy without trying and my back hurts",
        "unexplained-weight-loss",
    ),
    ("I went flying on the ice yesterday and my hip hurts", "recent-injury"),
]


def test_what_is_not_there_in_a_comparison_denies_no_finding() -> None:
    text = (
        "it's spread between my legs, sitting feels like sitting on a cushion that isn't there. Back's sore."
    )
    assert "absent" not in statuses(text, "saddle-area")
    assert "absent" in statuses("fever is not there, but I am still having back pain", "fever")


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        (
            "Bowels: no control. Bladder: no feeling. Saddle area: numb. Since last night.",
            {"bowel-dysfunction", "bladder-dysfunction", "saddle-anaesthesia"},
        ),
        ("Bladder: no. Bowels: fine. Back: sore", set()),
        ("bladder: not ok, dribbling + cant empty. bowels ok. legs ok.", {"bladder-dysfunction"}),
    ],
)
def test_a_forms_field_of_a_function_and_its_value(text: str, signs: set[str]) -> None:
    """A form's field of a function or a place reads on into its value ("Bowels: no control")
    unless the value is an answer ("Bladder: no", "bowels ok", "not ok")."""
    assert flags(text) & {"bowel-dysfunction", "bladder-dysfunction", "saddle-anaesthesia"} == signs, text


@pytest.mark.parametrize(
    ("text", "sign"),
    [*STILL_RAISED, *PLAIN_SIGNS, *SIGNS_THAT_REST_ON_A_LOOSE_TIME, *THE_NEW_WORDS_SAID_IN_OTHER_WAYS],
)
def test_the_sign_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text), text


@pytest.mark.parametrize(
    ("text", "sign"), [*WRONG_WARNINGS, *LOOK_ALIKES_OF_THE_NEW_WORDS, *SECOND_REVIEW_LOOK_ALIKES]
)
def test_the_sign_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text), text
