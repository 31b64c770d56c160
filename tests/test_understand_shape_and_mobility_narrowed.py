"""The rules for a spine's changed shape, a walking difficulty and a comparison, narrowed (from the
review set hunts/rev107.txt): a tilt of the body, not of a pelvis, a womb or a car seat; a bump of
a knock or a needle and a bend everyone has are asked; a cause of the shape or of the difficulty
explains it only when it is the writer's, not denied, recent, of the back and said near it, and
not when the pain is told as what makes walking hard; walking made harder by the breath, the
weather, a bump, the knees or a task of no body is no sign; a comparison ends at a real sentence
end, not at an abbreviation or an ellipsis."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

SHAPE = "structural-deformity"
MOBILITY = "difficulty-with-mobility"


@pytest.mark.parametrize(
    "text",
    [
        "My uterus is tilted to the left and I get lower back pain with my periods",
        "The physio said my pelvis is tilted to the right, and that's why my lower back aches",
        "My car seat is tilted to the right and my lower back aches after long drives",
        "I sleep with my head tilted to the left and wake with a stiff neck and lower back ache",
    ],
)
def test_a_tilt_of_no_body_or_back_is_not_the_shape(text: str) -> None:
    assert SHAPE not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm tilted to the left since the back pain started",
        "my spine is tilted to the right lately and my lower back hurts",
        "my shoulders are tilted to the left lately, back aches",
    ],
)
def test_a_tilt_of_the_body_is_the_shape(text: str) -> None:
    assert SHAPE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bumped my spine on the door frame, there's a bump on my spine now where I hit it, bruised",
        "There's a bump on my spine where the epidural went in 2 weeks ago, sore to touch",
        "there's a bump on my spine from my old surgery scar, lower back aches sometimes",
        "My back has a bend at the bottom like everyone's, the normal curve, is that lordosis? Back aches "
        "after work",
    ],
)
def test_a_bump_of_a_knock_or_a_needle_or_a_bend_everyone_has_is_asked(text: str) -> None:
    assert SHAPE not in flags(text)
    assert SHAPE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # someone else's pregnancy, or one denied
        "No chance I'm pregnant, I'm 58. But my back has developed a hump over the last few months and aches",
        "My wife's pregnant so I'm doing all the lifting. Lately my spine is curving to one side and my "
        "lower back aches",
        "My daughter in law is pregnant with twins and I'm helping out. Over the past few months my back "
        "has developed a hump and it hurts",
        # a spasm of the legs, a muscle of the neck pulled long ago, scoliosis read about
        "My legs go in spasm at night. And my spine has developed a curve over the past year, lower back "
        "pain",
        "Pulled a muscle in my neck last year. Now my spine is curving to the left and my lower back hurts",
        "I've been reading about scoliosis since my GP visit, and in the last 2 months my spine has started "
        "curving to the right. Back aches.",
        # a strain or a spasm of the back long gone
        "Did my back in at work in 2009, but over the last 6 months I've become hunched and my back aches "
        "constantly",
        "I get back spasms now and then for years, but over the past few months I've become hunched and my "
        "back aches constantly",
        "Over the last few months I've become hunched like an old man. Did my back in years ago but that was "
        "nothing like this",
        # a small curve had as a child and let go
        "I had scoliosis as a kid, it was tiny and they discharged me. Now at 62 I'm leaning badly to one "
        "side and my back hurts",
    ],
)
def test_a_cause_not_the_writers_recent_back_leaves_the_shape_raised(text: str) -> None:
    assert SHAPE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm pregnant and my lower back has gone all swayed",
        "I've had scoliosis for years. My shoulders don't look level, back aches",
        "my back went into spasm this morning and now I'm tilted to the right",
        "I pulled my back yesterday and now I'm leaning to one side, agony",
    ],
)
def test_a_cause_the_writers_recent_back_asks_the_shape(text: str) -> None:
    assert SHAPE not in flags(text)
    assert SHAPE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finding a new job is near impossible now, my back's sore and I'm 58",
        "Driving to work is near impossible now with the roadworks, and my back aches from the traffic",
        "Sitting still is near impossible now with a toddler, and my back aches from carrying her",
        "Now even walking the dog is hard because the pavements are icy, and my back is a bit sore",
        "Since covid I get breathless, now even the walk to the shop has me stopping to catch my breath. "
        "Lower back a bit stiff too",
        "I lost my licence after the seizure and now I'm unable to drive, lower back a bit stiff too",
        "I'm 38 weeks pregnant, now even standing to cook is difficult, the bump is huge, lower back aches",
        "I used to be on my feet all day as a nurse, now I'm retired and sit more because walking makes my "
        "knees ache. Back a bit stiff",
        "I carry the shopping up the stairs one at a time, bag by bag, and my back aches after",
    ],
)
def test_a_difficulty_of_another_reason_or_no_body_is_not_raised(text: str) -> None:
    assert MOBILITY not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the pain's own reason wins over tiredness or a knee
        "Walking is becoming impossible because of my bum pain. I'm exhausted all the time from not "
        "sleeping.",
        "My knee is bad but it's my backside that stops me: walking to the shops is getting harder and "
        "harder because of the ache in my buttock",
        "Walking is becoming impossible with the pain in my buttock. I've no energy for anything anymore, "
        "the pain wears me out",
        # a cause set aside
        "I've got bad knees but they're not the problem. My buttock pain means walking is becoming "
        "impossible",
        "I'm a PT, I know what DOMS feels like and this isn't it. Deep buttock pain for 6 weeks and walking "
        "is becoming impossible",
        "Every step hurts my bum, walking is becoming impossible. Also my knee is playing up a bit but "
        "that's minor",
        # a cause long gone
        "I have plantar fasciitis in one foot, been managed for years. New this spring is a pain deep in my "
        "buttock and now getting in and out of the car is becoming impossible",
        "I hurt my knee as a kid, no problem since. Now walking is becoming impossible because of the pain "
        "in my buttock",
        "glute pain for 2 months, getting dressed is becoming impossible. I used to love leg day, now can't "
        "even think about it",
        "Ever since I overdid it moving house in June my lower back and buttock have ached, and now getting "
        "in and out of the car is a real struggle",
        # a pain of the body, not a reason of another kind
        "sitting on hard chairs is near impossible now with this pain in my bottom",
        "standing is nearly impossible now with my back",
        # a comparison, with an abbreviation inside it
        "I walk like a 90 yr. old after leg day, and sitting is becoming impossible with the pain in my bum",
    ],
)
def test_a_difficulty_the_pain_makes_is_raised(text: str) -> None:
    assert MOBILITY in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "did legs at the gym yesterday and now even walking is hard, glutes on fire",
        "I twisted my knee 2 weeks ago. Now even walking is a struggle, back aches",
        "I'm exhausted, walking is becoming impossible because of my knee pain, back aches",
    ],
)
def test_a_difficulty_with_a_cause_of_its_own_is_asked(text: str) -> None:
    assert MOBILITY not in flags(text)
    assert MOBILITY in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Numb around my bum like after a 100 mi. bike ride, but I don't cycle. Lower back pain 3 days",
            "saddle-anaesthesia",
        ),
        (
            "Can't hold my poo in, it's like after a bad takeaway e.g. food poisoning, but I've eaten "
            "nothing odd. Back pain all week",
            "bowel-dysfunction",
        ),
    ],
)
def test_a_comparison_runs_past_an_abbreviation(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_comparison_ends_at_its_sentence() -> None:
    text = (
        "Stairs are a struggle with my back at the moment, going up one at a time like a toddler. Did too "
        "much gardening on Sunday."
    )
    assert MOBILITY not in flags(text)
    assert MOBILITY in asked(text)
