"""Injuries as people tell them, and injuries that did no harm (session 45; written from the
labelling convention "a fall, slip, trip or tackle is recent-injury, a strain from lifting is
not", from NICE's dangerous mechanisms of injury, and from the fresh hunt set s45b's read half,
never the frozen test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_INJURY = "recent-injury"
_TRAUMA = "major-trauma"


@pytest.mark.parametrize(
    "text",
    [
        "Came off my trail bike on Friday and my back is agony.",
        "Crashed my mountain bike into a tree yesterday and my back is agony.",
        "Had a slip on the ice four days ago and the back pain since is awful.",
        "Got speared in rugby on Saturday and my back really hurts.",
        "Took a heavy shoulder charge at training Tuesday and my back hurts.",
        "Since landing on my back from a judo throw on Monday my back is agony.",
        "Got slammed into the boards at hockey on friday and now my lower back hurts.",
        "Went skiing and hurt my back yesterday, can hardly move.",
        "I hurt my back in rugby on Saturday.",
        "Hurt my hip playing American football last night.",
    ],
)
def test_an_injury_told_in_the_words_of_a_sport_or_a_ride_is_raised(text: str) -> None:
    assert _INJURY in flags(text)


def test_a_person_named_after_by_did_it_to_the_writer() -> None:
    # (not someone else's fall: the one who tackled the writer)
    assert _INJURY in flags("Got tackled by a guy twice my size and fell, my back is killing me.")


@pytest.mark.parametrize(
    "text",
    [
        "I got taken out of school early.",
        "I had a slip of paper in my pocket.",
        "roller derby try-outs next week and I'm nervous about landing on my tailbone",
        "Watching my lad playing rugby yesterday and then I hurt my back lifting the cooler.",
        "My son was playing rugby and hurt his back.",
        "I ride my mountain bike every day and my back aches.",
    ],
)
def test_look_alikes_of_those_words_raise_no_injury(text: str) -> None:
    assert _INJURY not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Fell at work this morning, honestly not hurt at all.", _INJURY),
        ("Came off my horse about a month ago, landed fine, no pain at all, just my pride hurt.", _TRAUMA),
        (
            "Collided with another lad at hurling last month, back was sore for a few days but it's long "
            "settled now.",
            _INJURY,
        ),
        ("I was in a car crash an hour ago, I'm not hurt.", _TRAUMA),
        ("Tripped over the dog in the park, landed on the grass and I'm absolutely fine.", _INJURY),
    ],
)
def test_an_injury_said_to_have_done_no_harm_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


def test_an_emergency_event_with_another_finding_is_raised_whatever_was_said_of_pain() -> None:
    text = "Fell off a ladder this morning, no pain but I can't feel my legs."
    assert _TRAUMA in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tripped over the dog, I'm absolutely fine but my hip is killing me.",
        # an exception to being fine, in words read as no pain
        "I fell over at the bus stop, I'm absolutely fine except I can barely walk",
        "Went flying over the handlebars, totally fine, apart from my hip, which went crack",
    ],
)
def test_a_fall_said_fine_but_for_a_harm_is_still_an_injury(text: str) -> None:
    assert _INJURY in flags(text)


def test_a_fall_from_a_roof_walked_off_is_still_raised() -> None:
    text = "Fell off the roof, got straight back up, back a bit sore"
    assert {_TRAUMA, _INJURY} <= flags(text)


def test_no_injury_as_no_cause_keeps_a_past_cancer() -> None:
    text = (
        "I had breast cancer six years ago and now I've got back pain that came on in the last month "
        "with no injury."
    )
    assert "history-of-cancer" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My lower back has ached since I finished chemo in the summer.",
        "My chemo finished in May and now my hip hurts at night.",
        "I'm 3 months post chemo and my back is really sore.",
        "I have CLL and my back aches.",
    ],
)
def test_a_cancer_told_by_the_end_of_its_treatment_is_a_past_cancer(text: str) -> None:
    assert "history-of-cancer" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My mum's chemo finished in May and her back hurts.",
        "After my dad finished chemo he had back pain.",
        "I was listening to the radio and my back went.",
        "I had radio frequency ablation on my lower back last year and the pain has come back.",
        "I had Radio Two on all afternoon while I did the ironing and now my lower back aches.",
        "Since finishing chemo, my mum can't get out of bed on her own and lifting her has wrecked my back.",
        "I have lupus. My chemo finished in May and now my lower back hurts.",
        "I have AML training all week at my desk and my back is stiff.",
        "I've never had cancer, I was perfectly healthy until a few weeks ago when my back started hurting.",
    ],
)
def test_anothers_treatment_or_the_wireless_is_no_past_cancer(text: str) -> None:
    assert "history-of-cancer" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never in my life had a bad back until this last month, and I'm 72.",
        "I'm 67 and I've never once had back pain until these last three weeks.",
    ],
)
def test_back_pain_never_had_before_in_a_lifetime_is_new(text: str) -> None:
    assert "new-back-pain-over-50" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "71 and I never did my stretches until last month, back's been stiff since the nineties",
        "I'm 61, never really noticed my back until recently, but my wife says I've been rubbing it "
        "for months",
    ],
)
def test_never_until_of_another_thing_says_nothing_new(text: str) -> None:
    assert "new-back-pain-over-50" not in flags(text)


def test_a_past_cancer_with_the_writer_said_to_be_fine_and_no_pain_is_asked() -> None:
    text = "I had chemo for leukaemia as a kid, I'm 35 now and fine, just after some posture tips."
    assert "history-of-cancer" not in flags(text)
    assert "history-of-cancer" in asked(text)


def test_a_past_cancer_with_a_mild_back_pain_is_still_raised() -> None:
    assert "history-of-cancer" in flags(
        "I had breast cancer 5 years ago, I'm fine, just a bit of a stiff back."
    )


def test_a_leg_that_wont_move_after_a_fall_cannot_bear_weight() -> None:
    assert "unable-to-bear-weight-after-fall" in flags("Fell in the kitchen, my leg won't move.")
    assert "unable-to-bear-weight-after-fall" not in flags("My leg won't move properly since my stroke.")


def test_a_treatment_told_without_its_subject_is_asked() -> None:
    text = "After finishing chemo last year my back has started to hurt."
    assert "history-of-cancer" not in flags(text)
    assert "history-of-cancer" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fell off the roof on Sunday, no numbness in my legs thankfully, but my back feels broken.",
        "Fell off the roof yesterday. Not hurt anywhere else but my back.",
        "Fell off my horse yesterday, not hurt except my lower back.",
    ],
)
def test_a_fall_from_a_height_with_the_back_named_stays_an_emergency(text: str) -> None:
    assert _TRAUMA in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Got taken out by my daughter for lunch yesterday, the chairs were awful, my back has ached since.",
        "I had a slip in my routine over Christmas and stopped my back exercises.",
        "I'm looked after by my mum who fell down the stairs last week, my back aches from the sofa bed.",
        "I hurt my back in rugby training last week lifting weights in the gym.",
    ],
)
def test_a_meal_out_a_slip_in_a_routine_anothers_fall_or_a_gym_strain_is_no_injury(text: str) -> None:
    assert _INJURY not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 70, my back has been bad for 15 years but I've never in my life had physio for it.",
        "I'm 58. My back has been stiff for decades but I've never once complained of back pain to my GP.",
    ],
)
def test_never_in_my_life_had_something_else_says_nothing_new(text: str) -> None:
    assert "new-back-pain-over-50" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Got a cracking bruise on my bum from a fall snowboarding in January, long gone now.",
        "Fell off my bike when I was 15 and hurt my tailbone, it's been fine for years.",
    ],
)
def test_a_fall_whose_harm_is_over_or_slight_is_asked(text: str) -> None:
    assert _INJURY not in flags(text)
    assert _INJURY in asked(text)


def test_a_relative_or_neighbour_described_first_is_someone_else() -> None:
    text = "Elderly neighbour fell outside and I helped her up. My back's a bit sore from lifting her."
    assert _INJURY not in flags(text)
    assert "major-trauma" in flags("Old man here, fell off a ladder and my back is agony.")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Young mum here, numb bum when wiping and back agony since Tuesday.", "saddle-anaesthesia"),
        ("Fell off the ladder this morning, I'm fine but I can't stand up.", _TRAUMA),
        (
            "I've had back pain for years. Fell off a chair yesterday, no numbness, but it's much worse.",
            _INJURY,
        ),
        ("Slipped on the ice yesterday, I'm fine but my coccyx is really painful.", _INJURY),
    ],
)
def test_a_writer_who_says_they_are_fine_or_introduces_themselves_keeps_their_signs(
    text: str, sign: str
) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Kept awake by the kids who both had a high temperature, my back aches.", "fever-with-back-pain"),
        (
            "I have dermatomyositis. Since I finished chemo in May my lower back has ached.",
            "history-of-cancer",
        ),
        ("I have a CLL patient on my ward and my back aches from lifting.", "history-of-cancer"),
    ],
)
def test_anothers_finding_after_by_or_a_treatment_for_another_disease_is_not_the_writers(
    text: str, sign: str
) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text", ["Fell on Friday and my back hurts.", "Came off my bike in June.", "My back went at the weekend."]
)
def test_days_and_months_are_understood_as_times(text: str) -> None:
    import painkb
    from signs_read import KB

    assert painkb.interpret(KB, text).not_understood == ()
