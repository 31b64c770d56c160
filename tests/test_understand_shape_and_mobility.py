"""A spine's shape changed and walking made harder, in everyday words: what others or the mirror
show ("my whole body is tilted", "one side of my back sticks out more", "a step in my lower
back"), and the last of a run of losses ("now even the walk to the station has me stopping on
benches"). Each beside the look-alikes that must stay quiet or only be asked: a shape had all
along, a lean from a strain today, a pregnancy's sway, a photo's angle, someone else's back; a
walk made hard by a knee, an ankle, tiredness or a workout (from the review set
hunts/rev103.txt)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

SHAPE = "structural-deformity"
MOBILITY = "difficulty-with-mobility"


@pytest.mark.parametrize(
    "text",
    [
        "My wife keeps telling me I'm leaning to the left when I walk, and looking in the mirror she's "
        "right, my whole body is tilted. Started a few weeks after the back pain kicked off.",
        "In the last couple months my shoulders don't look level anymore and one side of my back sticks "
        "out more when I bend forward. Back aches too. Is that normal at 40, eh?",
        "Trousers sitting wonky, one hip looks higher than the other and my back's got a bend in it that "
        "wasn't there at Easter. Sore as anything.",
        "My daughter took a photo of me at the wedding and I didn't recognise myself, I'm stooped right "
        "over like a question mark. Last year I stood straight. Back pain is constant.",
        "there's like a step in my lower back now, you can feel it with your fingers, one bone sits out "
        "further than the one below. hurts like hell",
        "Ok so random thing, my physio said I had a lovely straight spine in January, now my partner says "
        "my lower back has gone all swayed and I stick out at the bottom like never before. I get a deep "
        "ache in the low back every afternoon. Should I be worried?",
        "Hey, just a quick one, the lower back pain has been going on about five weeks, I'm sleeping "
        "badly, work's busy, and my wife pointed out there's a hollow dip and then a bump on my spine "
        "she's never seen before. Worth mentioning to the GP?",
        "Jackets don't hang right anymore, one side of my back bulges out and the hem sits higher. "
        "Noticed it over the last few months along with this grinding lower back pain.",
        # a curve known since youth that is told to change
        "scoliosis since I was 12 but it's getting worse, one side of my back sticks out more and more, "
        "back aches",
    ],
)
def test_a_shape_changed_is_raised(text: str) -> None:
    assert SHAPE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # had all along, or known since youth
        "I've had scoliosis since childhood and it hasn't changed, one side of my back sticks out, "
        "lower back aches",
        "I've had scoliosis since I was 12, my shoulders don't look level, lower back aches",
        "my back's got a bend in it ever since I was a teenager, aches sometimes",
        # a lean from a strain or a spasm today
        "Pulled something in my back today, my whole body is tilted to the right, really sore",
        "Lifted a box this morning and my back went into spasm, now I'm leaning to one side, agony",
        "I'm stooped over like a question mark since I lifted the sofa this morning, yesterday I stood "
        "straight. back agony",
        # a photo's angle
        "In that photo my back looks crooked but it was just the angle, back's a bit sore",
        # a pregnancy's sway
        "I'm 30 weeks pregnant and my lower back has gone all swayed, aches all day",
        # a bump of a knock
        "Bump on my spine from where I hit the door frame yesterday, it's bruised and sore",
    ],
)
def test_a_shape_of_old_or_of_a_cause_is_asked_not_raised(text: str) -> None:
    assert SHAPE not in flags(text)
    assert SHAPE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "My mum's back has gone all swayed and she's in pain",
        "my dad's whole body is tilted, his back hurts",
        "My dad is stooped right over now. He used to be tall and straight. My back hurts too.",
        "I feel every step in my lower back",
        "My back doesn't have a bend in it, it's straight, just sore",
    ],
)
def test_someone_elses_shape_or_no_shape_is_not_raised(text: str) -> None:
    assert SHAPE not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "something looks a bit off about my back in recent photos, can't put my finger on it. "
        "back's been sore.",
        "I think I'm standing funny since the back pain started, maybe just guarding it?",
    ],
)
def test_a_hint_of_a_shape_changed_is_asked(text: str) -> None:
    assert SHAPE in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma'am, for the past six weeks my hip and buttock pain is increasing and now I am unable to do my "
        "household work, even standing in the kitchen to cook is difficult.",
        "I teach year 3 and I used to be on my feet all day, now I'm sat at my desk most of the lesson "
        "because walking around the classroom makes my lower back and bum ache too much. Its been going "
        "downhill since half term.",
        "Been to the physio twice, doing the exercises, but the ache in my seat bone keeps getting worse. I "
        "stopped going to the gym, then stopped cycling to work, now even the 15 min walk to the station "
        "has me stopping on benches.",
        "hi, quick question about my appointment tuesday - can I bring a cushion? sitting on hard chairs is "
        "near impossible now with this pain in my bottom, it's got worse since last month. also what's the "
        "parking like",
        "my right hip/buttock pain means I need the bannister now and take the stairs one at a time. A few "
        "weeks ago I was running up them",
        # tired of the pain, not tired
        "I'm so tired of this bum pain, now even walking to the shop is a struggle",
        # a knee hurt long ago and healed explains nothing now
        "I twisted my ankle last year but that's healed; the real issue is my bum pain which is making "
        "walking harder and harder.",
    ],
)
def test_walking_made_harder_by_the_buttock_is_raised(text: str) -> None:
    assert MOBILITY in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a knee, an ankle or a foot
        "now even walking to the shop is difficult since I twisted my knee, lower back a bit stiff too",
        "I sprained my ankle and now even walking to the car is a struggle, my back aches from limping",
        "my knee is bad and now I am unable to do my household work, back aches too",
        # tiredness, a workout, a day overdoing it
        "I'm so exhausted lately, now even walking the dog is hard, my lower back aches a bit",
        "did legs at the gym yesterday and now even walking is hard, glutes and lower back are sore",
        "Stairs are a struggle with my back at the moment, going up one at a time like a toddler. Did too "
        "much gardening on Sunday.",
        # over, or someone else's
        "Had a buttock ache last month and now even walking was hard for a day but it's fine now",
        "my dad used to walk every day, now even the walk to the shop has him stopping on benches, "
        "his back hurts",
        # a fall two days ago: the injury's sign
        "2 days ago I slipped in the bathroom and fell on my back, now I am not able to bend or sit properly",
        # a test of strength, not a daily activity
        "Standing on tiptoe on my left side is impossible now, the calf just gives way, though the back "
        "pain itself is easing.",
        # a change of job, not of what the pain allows
        "I used to walk to work, now I drive because it's quicker, my back aches a bit",
    ],
)
def test_walking_made_harder_otherwise_is_not_raised(text: str) -> None:
    assert MOBILITY not in flags(text)


def test_walks_avoided_are_asked() -> None:
    text = (
        "Not sure how to describe it, my backside aches and I find I'm avoiding the long walks I used to do."
    )
    assert MOBILITY in asked(text)
