"""Tired legs told with a harmless effort ("from all the stairs") beside the stairs where weak
legs are noticed and an injury told as a cause; a negation in either spelling; a leg compared
with the other; a time told with "for" between "and" and the writer's new clause; an age told
after "but at"; "never had" another thing (hunts/s41a-c.txt odd lines, hunts/rev41a.txt and the
idiom left in the fortieth session's note; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

_BOTH_WEAK = "bilateral-leg-weakness"
_LEGS = "numbness-tingling-or-weakness"


@pytest.mark.parametrize(
    "text",
    [
        # the effort of a house move's stairs, an idiom for tired legs
        "We moved house on Saturday and my back is sore, my legs are like wet noodles by bedtime "
        "from all the stairs, nothing numb though.",
        "both my legs feel weak after leg day and my back aches",
    ],
)
def test_legs_tired_by_a_harmless_effort_are_asked_not_raised(text: str) -> None:
    assert _BOTH_WEAK not in flags(text)
    assert _BOTH_WEAK in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # the stairs are where weak legs are noticed, not a cause (a review)
        ("my legs are weak from the stairs and my back hurts", _BOTH_WEAK),
        (
            "Both my legs have gone weak over the last two days and I'm really struggling with the stairs",
            _BOTH_WEAK,
        ),
        # an injury told as the cause is no harmless one
        ("my legs went weak after falling over at the gym and my back hurts", _BOTH_WEAK),
        (
            "Right leg was a bit weak on Monday, by Thursday I can barely push off with it climbing "
            "stairs. Back pain started all of this.",
            _LEGS,
        ),
    ],
)
def test_stairs_and_injuries_are_no_harmless_cause(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_harmless_cause_that_holds_an_injury_word_of_another_sense_still_explains() -> None:
    # "fall" is autumn here: the cold explains it
    text = "My feet go numb from the cold every fall when I'm out walking the dog"
    assert _LEGS not in flags(text)
    assert _LEGS in asked(text)


def test_a_worsening_keeps_its_finding_when_the_stairs_follow() -> None:
    text = "My right leg is getting weaker and weaker, I'm struggling more each day with the stairs."
    found = {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}
    assert {"leg-weakness", _LEGS} <= found


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a negation in the spellings people use ("aren't doing what I tell them", "will not hold
        # me up", "don't feel strong any more")
        (
            "I keep stumbling, my legs aren't doing what I tell them, my wife noticed I'm walking weird "
            "since my back went",
            _BOTH_WEAK,
        ),
        ("My legs don't feel strong any more and my back hurts.", _BOTH_WEAK),
        ("Both my legs will not hold me up since this morning and my lower back is agony", _BOTH_WEAK),
    ],
)
def test_negations_in_the_spellings_people_use(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_feeling_denied_written_out_is_asked_at_least() -> None:
    text = "Since yesterday I do not feel my bum on the toilet seat and my lower back is agony"
    assert "saddle-anaesthesia" in flags(text) | asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # other negations written out match no phrase that meant the run-together one (a review)
        (
            "The plaster isn't going hard in the bathroom, I've been on my knees redoing it all day "
            "and my lower back aches",
            "sexual-dysfunction",
        ),
        ("The pain in my left leg is not as strong as last week, physio is helping my back", _LEGS),
        ("I don't feel strong pain in my leg, just a dull ache in my lower back", _LEGS),
    ],
)
def test_negations_written_out_that_are_no_finding(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my left leg feels weaker than the right and my back aches",
        "my left leg doesn't feel as strong as the right and my back aches",
        "my left leg feels weaker than the other one and my back aches",
        "My left leg is not as strong as the right since my back went",
    ],
)
def test_a_leg_compared_with_the_other_is_one_leg(text: str) -> None:
    raised = flags(text)
    assert _LEGS in raised
    assert _BOTH_WEAK not in raised


def test_a_weakness_worse_in_one_leg_than_the_other_is_in_both() -> None:
    text = "The weakness is worse in my right leg than my left, it started two days ago with my back pain"
    assert _BOTH_WEAK in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 71, never had back pain, and for a few weeks I've had a constant ache low in my back.",
        "Never had a bad back before but at 71 it's started aching every day",
        "I'm 68 and never had back trouble, and for about 2 weeks my lower back has hurt.",
        "I'm 55, no back pain ever before, and for 10 days or so I've had an ache at the base of my spine",
        "I'm 64, never had any problems with my hips or back, and my lower back started aching last week",
    ],
)
def test_new_back_pain_told_after_never_and_a_time_or_at_an_age(text: str) -> None:
    assert "new-back-pain-over-50" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # "never had" another thing says nothing of the back pain (a review)
        "I'm 52, never had sciatica, and for over 20 years I've had a bad back",
        "I'm 58 and never had any trouble with my waterworks, and for a few weeks I've had a bad back",
        "age 57, never had an MRI until these last couple of weeks though the back pain goes back years",
        "I'm 66 and my back's been bad for years, but I'm in more pain than ever before",
    ],
)
def test_never_had_another_thing_is_no_new_back_pain(text: str) -> None:
    assert "new-back-pain-over-50" not in flags(text)


def test_a_time_with_for_opens_the_writers_clause_after_a_denial() -> None:
    it = painkb.interpret(KB, "I've never had back trouble, and for two weeks my lower back has hurt.")
    assert "lower-back-pain" in {m.entity.id for m in it.mentions if m.present}


@pytest.mark.parametrize(
    "text",
    [
        # a time after "but at", not an age (a review: a 24-hour time)
        "I was fine all evening but at 10 it's time for bed and my back aches",
        "Was fine at breakfast but at 10 I bent down for the kettle and my back went.",
        "fine in the morning but at 22 I went to bed with my back aching",
    ],
)
def test_times_after_but_at_are_no_age(text: str) -> None:
    assert painkb.interpret(KB, text).age is None


def test_for_and_a_thing_is_no_length_of_time() -> None:
    it = painkb.interpret(KB, "No numbness, and for a change my back feels ok")
    assert "numbness" not in {m.entity.id for m in it.mentions if m.present}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a number and its unit as one word, in a phrase ("5kg lighter" as "kg lighter")
        (
            "My lower back has ached for 6 weeks and the scales say I'm 5kg lighter though I'm eating "
            "normally.",
            "unexplained-weight-loss",
        ),
        ("I'm 10lbs lighter and my back hurts, I don't know why", "unexplained-weight-loss"),
        # an everyday activity getting too much, or taking longer week by week
        (
            "glute pain for 6 weeks now. Physio, ice, rest, nothing. Now even standing at the bus stop "
            "is getting too much.",
            "difficulty-with-mobility",
        ),
        ("my back is sore and the stairs take me longer every week", "difficulty-with-mobility"),
    ],
)
def test_weights_written_with_their_unit_and_activities_getting_harder(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my back is better and I can walk longer every day", "difficulty-with-mobility"),
        ("work is getting too much and my back aches", "difficulty-with-mobility"),
        ("jeans are looser cos ive been on a cut, 3kg down, feeling good", "unexplained-weight-loss"),
        # (a review: a date is no weight, a longer walk no harder one)
        ("pain since the 21st down my left leg and my back aches", "unexplained-weight-loss"),
        ("I am taking longer walks every day and my back feels better", "difficulty-with-mobility"),
        ("walking is getting too much for my dog and my back aches a bit", "difficulty-with-mobility"),
    ],
)
def test_look_alikes_of_weights_and_harder_activities(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # another road vehicle said to crash, roll or overturn, or to hit the writer
        "I was in a van that crashed yesterday and my back is agony",
        "our taxi crashed on the way home from the airport and my lower back is in bits",
        "Was in a taxi that rolled last week, my lower back is sore since then.",
        "our minibus overturned on the motorway and my back hurts",
        "a lorry ran into the back of us and my back hurts",
        "I was in the back seat when a lorry hit us at 60mph, now severe back pain",
        "the bus crashed and I got thrown out of my seat, back is agony",
        "I rolled the van onto its side on the ice on Tuesday and my lower back is killing me",
    ],
)
def test_road_collisions_told_with_another_vehicle(text: str) -> None:
    assert "major-trauma" in flags(text)


def test_someone_who_drove_into_the_writers_car_is_asked_not_someone_elses() -> None:
    text = "Someone drove into my car yesterday and my back hurts"
    assert "major-trauma" not in flags(text)
    assert "major-trauma" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle word alone is no crash (a review of reading every van as a car)
        "I drive a van for work and my back aches",
        "the bus went past me and my back hurts",
        "a van hit the lamp post outside my house and my back hurts from gardening",
        "my van rolled back and tapped the wall when I was loading it, and my back is sore",
        "I rolled the van out of the garage by hand and my back went",
        "someone hit my car while it was parked and my back hurts",
        # (a review: a coach, a crash the writer heard of, a taxi meter, a dog)
        "the coach hit us with a brutal session on Monday and my lower back is wrecked",
        "a lorry crashed on the M6 and we were stuck for five hours, my back is killing me from sitting",
        "the taxi flipped the meter on before we even sat down, and my lower back was killing me",
        "a taxi hit my dog on Saturday and I carried him to the vet, my lower back has been bad since",
        "getting off the bus I rolled my ankle and now my hip and lower back ache",
        # (a code review: a car park, the next sentence, a car flipped to dry)
        "we went into the car park and my back went",
        "a lorry crashed on the M6. It hit me how lucky we were, and my back aches from the drive",
        "I flipped the car over to dry the paintwork and my back aches",
    ],
)
def test_vehicles_that_did_not_crash_with_the_writer(text: str) -> None:
    assert "major-trauma" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never had a bad back in my life, now at 61 it's suddenly aching.",
        "I'm 58 and never had back pain in my life, now it hurts when I bend",
    ],
)
def test_it_that_aches_after_a_back_that_never_hurt_is_the_back(text: str) -> None:
    assert "new-back-pain-over-50" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # another thing named between the back and "it" (a review)
        "I'm 63, never had a bad back, but my knee, now it aches every day",
        "I'm 60, never had a bad back but now my daughter has one and it's killing her",
        "I'm 66, never had a bad back, but now this new job, honestly it's a real pain",
    ],
)
def test_it_that_aches_after_something_else_is_not_the_back(text: str) -> None:
    assert "new-back-pain-over-50" not in flags(text)


def test_it_after_the_bum_stays_the_bums_own_reading() -> None:
    # the back's "it" leaves the legs' reading as it was: "it" after the bum is no leg or saddle
    assert "saddle-anaesthesia" not in flags("my bum aches and it feels numb")


def test_it_that_aches_after_a_back_denied_otherwise_is_not_read_as_the_back() -> None:
    text = (
        "Hayfever season, sneezing loads, and no, my back doesn't hurt more when I sneeze, it's just sore "
        "after a day on the allotment."
    )
    assert "pain-worse-coughing-sneezing" not in flags(text)
