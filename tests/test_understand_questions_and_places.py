"""A question whether a state is normal is no state told to pass, and a bare "back" placed at once
higher up is the mid back (session 43; hunts/s42e.txt and the tunable parts' false findings;
never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

_SADDLE = "saddle-anaesthesia"


@pytest.mark.parametrize(
    "text",
    [
        "Had my back op 3 weeks ago. Numb around my bottom since yesterday, is that normal after surgery?",
        "My bum has gone numb since the operation on Tuesday, is this normal after surgery?",
    ],
)
def test_asking_whether_a_lost_feeling_is_normal_raises_it(text: str) -> None:
    assert _SADDLE in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # a feeling told to come back, then a question
        "Numb around my bottom when I sit on the bike, normal again after a few minutes.",
        "My bum was numb, it's normal again now I think?",
        "My bum goes numb on the bike, fine after a few minutes off it, is that the saddle?",
    ],
)
def test_a_lost_feeling_told_to_pass_is_still_only_asked(text: str) -> None:
    assert _SADDLE not in flags(text)
    assert _SADDLE in asked(text)


def _found(text: str) -> set[str]:
    return {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}


@pytest.mark.parametrize(
    "text",
    [
        "my back's been sore between the shoulder blades for a fortnight",
        "sharp pain in my back, right between the shoulder blades",
        "a crushing pain in my chest goes straight through to my back between my shoulder blades",
    ],
)
def test_a_back_placed_between_the_shoulder_blades_is_the_mid_back(text: str) -> None:
    found = _found(text)
    assert {"mid-back", "thoracic-back-pain"} <= found
    assert not found & {"lower-back", "lower-back-pain"}


@pytest.mark.parametrize(
    "text",
    [
        "my back hurts and also between my shoulder blades",
        "my back hurts, and between my shoulder blades",
        "my lower back hurts between my shoulder blades too",
        "My back is killing me. Between my shoulder blades it burns.",
        # the whole back, or a second place after (a review: hunts/rev43a.txt)
        "My whole back aches, right up to between my shoulder blades",
        "my back hurts between the shoulder blades and down by my belt",
        "my back hurts everywhere, not just between my shoulder blades",
    ],
)
def test_a_second_place_keeps_the_lower_back(text: str) -> None:
    found = _found(text)
    assert {"mid-back", "lower-back", "lower-back-pain"} <= found


_NEW_AGE = "new-back-pain-over-50"


@pytest.mark.parametrize(
    "text",
    [
        "Never had a bad back in my 77 years and now this. Started about ten days ago, low down.",
        "I'm 64 and never had back pain till now.",
        "I'm 64 and never had back pain in 60-odd years, but now I have it.",
    ],
)
def test_a_lifetime_without_back_pain_and_now_this_is_new(text: str) -> None:
    assert _NEW_AGE in flags(text)


def test_a_later_never_keeps_its_own_contrast() -> None:
    # "till now" ends the back problems' denial, not the cancer's
    text = "never had cancer, never had back problems either till now"
    assert "history-of-cancer" not in flags(text) | asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "My back has hurt for about six weeks and I've dropped from eleven stone to ten without trying.",
        "went from fourteen stone to twelve in two months without trying, back aches",
        "my weight has come down from 90kg to 84kg and I don't know why, back is sore",
    ],
)
def test_a_weight_gone_down_from_one_figure_to_another_is_weight_lost(text: str) -> None:
    assert "unexplained-weight-loss" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "the pain went from 8 to 6 after the tablets, my back is better",
        "I've dropped from eleven to ten hours a week at work and my back aches",
    ],
)
def test_figures_going_down_without_a_weight_are_no_weight_lost(text: str) -> None:
    assert "unexplained-weight-loss" not in flags(text) | asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I wonder if I fell off a horse again would I hurt my back worse.", "major-trauma"),
        ("you can lose bladder control with a slipped disc", "bladder-dysfunction"),
        ("I heard you can lose bladder control with sciatica", "bladder-dysfunction"),
    ],
)
def test_what_may_happen_or_happens_to_anyone_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "fell down the stairs carrying the baby (shes fine) and landed on my lower back 2 days ago",
        "Came off my horse (she's ok) yesterday and my lower back is black and blue",
    ],
)
def test_an_aside_that_another_is_fine_denies_no_fall(text: str) -> None:
    assert "recent-injury" in flags(text)


def test_weeks_of_a_pregnancy_are_no_duration() -> None:
    text = "Is it normal to have lower back pain in pregnancy? 28 weeks, ache round my bum, worse at night."
    assert painkb.interpret(KB, text).duration is None
    assert "persistent-gluteal-pain" not in flags(text) | asked(text)
    lasting = painkb.interpret(KB, "pregnant, bum pain for 13 weeks now").duration
    assert lasting is not None
    assert lasting.days == 91


@pytest.mark.parametrize(
    "text",
    [
        "took a knee to the lower back at 5 a side yesterday and now theres a pain going down my leg",
        "A lad on the other team kneed me in the lower back on Saturday, really sore since",
        "caught an elbow in the back at basketball, really sore now",
        "Yesterday I took a hockey stick to the hip, it's black and blue",
        "A goat headbutted me in the lower back on Saturday and it's been really painful since.",
    ],
)
def test_a_blow_taken_from_someone_or_something_is_an_injury(text: str) -> None:
    assert "recent-injury" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "the baby kicked me in the back all night, my lower back aches",
        "My cat head butted me in the back while I slept, and my lower back has been stiff.",
        "My toddler kneed me in the back and my lower back has been stiff for months anyway.",
        "My daughter kneed me in the back during a piggyback, I'm fine, but my lower back aches from work.",
        "Took a ball to the back garden to play with the kids, and my lower back aches.",
        "striker took a ball straight to the groin and the whole pub winced",
        "I got a shot in the hip for my bursitis last week",
        "got a pain in my back when I bent down",
    ],
)
def test_a_kick_in_the_night_or_an_old_ache_is_no_injury(text: str) -> None:
    assert "recent-injury" not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've lost control of my bowels and my waterworks since yesterday.", "bladder-dysfunction"),
        ("I've lost control of my bladder and my bowels since yesterday.", "bowel-dysfunction"),
        ("my back is sore and I've been running temperatures at night", "fever-with-back-pain"),
        ("Had a UTI, didn't finish the antibiotics, now my lower back hurts", "recent-bacterial-infection"),
        ("now my back is sore and i've had temperatures on and off", "fever-with-back-pain"),
        (
            "Bounced off a bollard on my e-scooter and went over onto my lower back, sore to move.",
            "recent-injury",
        ),
    ],
)
def test_a_second_function_temperatures_and_a_fall_onto_the_back_are_read(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've lost control of my bowels and my bladder is fine.", "bladder-dysfunction"),
        (
            "I've had temperatures checked twice at the GP and they were normal, back aches",
            "fever-with-back-pain",
        ),
        (
            "We've been having temperatures in the 30s all week and my back is worse in the heat",
            "fever-with-back-pain",
        ),
    ],
)
def test_a_function_said_fine_and_temperatures_measured_raise_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # look-alikes a review of this session's change found (hunts/rev43a-b.txt)
        (
            "the flu really kicked me in the backside this week and now my lower back aches as well",
            "recent-injury",
        ),
        ("nobody punched me in the back or anything, it just started aching on tuesday", "recent-injury"),
        ("got a stud in the back of my thigh at football, sore to walk", "recent-injury"),
        (
            "my bench went from 100kg to 80kg in a month for no reason, lower back aching too",
            "unexplained-weight-loss",
        ),
        ("never had a problem with my bowels in all my 80 years, and now this sciatica", "bowel-dysfunction"),
        (
            "Saddle area went numb when I was kneeling to grout the bathroom, fine after I stood up?",
            "saddle-anaesthesia",
        ),
        (
            "Baby fell off the changing table (she's fine) and I've had back ache since from the stress",
            "recent-injury",
        ),
    ],
)
def test_look_alikes_of_this_sessions_readings_raise_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I'm 30 weeks pregnant and have had this buttock pain 16 weeks, it's not improving with anything",
            "persistent-gluteal-pain",
        ),
        (
            "not pregnant btw, ive had this ache in my buttock 18 weeks now and painkillers dont touch it",
            "persistent-gluteal-pain",
        ),
        (
            "I'm 71, never had a bad back in my life, never been in hospital, but it started 3 weeks ago",
            "new-back-pain-over-50",
        ),
        (
            "I had no idea you could lose bladder control with a bad back, happened to me twice this week",
            "bladder-dysfunction",
        ),
        ("I wonder if the numbness in my bum since Tuesday is from the disc", "saddle-anaesthesia"),
    ],
)
def test_real_signs_near_this_sessions_readings_are_still_raised(text: str, sign: str) -> None:
    assert sign in flags(text)
