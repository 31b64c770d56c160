"""The 59th session's form rules narrowed after a hunt (rev117): an injury answered yes raises
only a strain told with what was felt, of the back, not long ago (a fall or a blow is read as
prose); "Which leg? Both" makes both-legs signs only of the finding just asked of, told with no
cause of its own, and an answer not taken back; someone else named first then "not me" is
theirs only as the one who has it, not who noticed it; chemo injected is still chemo."""

from __future__ import annotations

import pytest

from signs_read import asked, flags


@pytest.mark.parametrize(
    "text",
    [
        "Injury: yes - slipped disc in 2017. Back pain again",
        "Injury: yes, slipped disc, same as always. Back gone again",
        "Injury: yes - fell asleep on the train in a funny position. Back sore",
        "Injury: yes - fell out with my sister, stress makes my back tense",
        "Injury: yes - hit my elbow on the door frame. Back pain no reason",
        "Injury: yes - lifted a crate in 2016 and felt something go. Back pain new",
        "Injury: yes - lifted weights at 19 and felt something pop. Back pain new this week",
        "Injury: yes - pulled my hamstring and felt it go. Back stiff",
        "Injury: yes - reaching for a box I felt something go in my shoulder. Back aches too",
    ],
)
def test_an_injury_answered_yes_with_no_recent_strain_of_the_back_is_not_raised(text: str) -> None:
    assert "recent-injury" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Injury: yes - lifted a pallet and felt something go",
        "Injury: yes - twisted to pick up my toddler on Monday and felt my back go",
        "Injury: yes - bent down for the washing and felt something go in my lower back",
        "Injury: yes, fell down the stairs Sunday",
    ],
)
def test_an_injury_answered_yes_with_a_recent_event_is_raised(text: str) -> None:
    assert "recent-injury" in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Numb patch on my thigh from tight jeans. Which leg? Both. Back pain", "bilateral-leg-weakness"),
        ("My leg goes numb when I cross my legs. Which leg? Both. Back aches", "bilateral-leg-weakness"),
        ("Weak leg after my knee op. Which leg? Both, had both knees done.", "bilateral-leg-weakness"),
        ("Pain down my leg. Which leg? Both - no wait, only the left. Back ache", "bilateral-sciatica"),
        ("Numbness down my leg. Which leg? Both, I broke them both skiing.", "bilateral-leg-weakness"),
        ("Where's the pain? Down both legs - no wait, just the right one. Back ache", "bilateral-sciatica"),
        ("Where's the pain? Both legs... actually just the left. Back ache", "bilateral-sciatica"),
    ],
)
def test_which_leg_both_with_a_cause_or_taken_back_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have numbness down my leg. Which leg? Both now. Back pain",
        "My leg has gone weak and numb. Which leg? Both legs. Back pain 3 days",
        "I've had numbness down my leg since Monday. Which leg? Both. Back pain",
    ],
)
def test_which_leg_both_of_a_finding_without_a_cause_is_raised(text: str) -> None:
    assert "bilateral-leg-weakness" in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Numb bum: my husband noticed it, not me, I can't feel anything down there. Back pain",
            "saddle-anaesthesia",
        ),
        ("Fever: my wife took my temperature, not me, 39.1. Back pain", "fever-with-back-pain"),
        ("Cancer history: my dad, not me... actually me as well, bowel 2017.", "history-of-cancer"),
        ("Bladder leaking: my wife spotted the wet sheets, not me. Back pain", "bladder-dysfunction"),
    ],
)
def test_someone_who_noticed_it_or_taken_back_leaves_it_the_writers(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Cancer history: my mum, not me. Back pain", "history-of-cancer"),
        ("Cancer history: my nan had it, not me. Back pain", "history-of-cancer"),
        ("Cancer history: my dad (bowel), not me. New back pain", "history-of-cancer"),
        ("Numb bum - my dad's, not mine. Back pain", "saddle-anaesthesia"),
    ],
)
def test_someone_who_has_it_then_not_me_is_theirs(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chemo: only tablets now, plus injections in my tummy. Back pain 2 weeks",
        "Chemotherapy: only the tablets and an injection in my arm each month. Back pain",
    ],
)
def test_chemo_by_any_route_is_immunosuppression(text: str) -> None:
    assert "immunosuppression" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Steroids: only a steroid injection in my knee. Back pain 3 weeks",
        "Steroids: only injections in my knee. Back pain 1 week",
    ],
)
def test_a_local_steroid_injection_is_asked(text: str) -> None:
    assert "immunosuppression" not in flags(text)
    assert "immunosuppression" in asked(text)
