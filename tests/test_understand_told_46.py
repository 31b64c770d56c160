"""Signs told in parts and in everyday nouns (session 46): an accident told as one that injures
and one of the toilet (the seed's "recently sustained an injury", the Sheffield and IPRS pages'
"a serious accident, such as a car accident"), a denial that ends where a new doing starts, the
Berlin criteria told with "but not" (Rudwaleit 2006), and a sudden pain told with signs of shock
in another clause (NHS: burst AAA). Written from those sources and from the read halves of the
fresh sets s46b and s46p, never the frozen test part."""

from __future__ import annotations

import pytest

from signs_read import asked, flags

_INJURY = "recent-injury"
_BLADDER = "bladder-dysfunction"
_BOWEL = "bowel-dysfunction"
_TRAUMA = "major-trauma"
_IBP = "inflammatory-back-pain"
_AAA = "burst-aneurysm-symptoms"


@pytest.mark.parametrize(
    "text",
    [
        "I hurt my back in an accident last week.",
        "I was in an accident last week and now my back hurts.",
        "I was involved in an accident and my back is sore.",
        "I had an accident at work and hurt my back.",
        "After a skiing accident last week my lower back hurts.",
        "Had a rugby accident on Saturday, hip is killing me.",
        "My back was injured in an accident yesterday.",
        "Lower back has been agony since a cycling accident on Sunday.",
        "Hurt my back in a sledging accident with the kids on Sunday.",
        "Picked up a rugby injury on Saturday and my hip is agony.",
    ],
)
def test_an_accident_told_as_one_that_injures_with_a_new_pain_is_a_recent_injury(text: str) -> None:
    assert _INJURY in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hurt my back in an accident last week.",
        "After a skiing accident last week my lower back hurts.",
        "I had an accident at work and hurt my back.",
    ],
)
def test_an_accident_that_injures_asks_nothing_of_the_bladder_or_the_bowel(text: str) -> None:
    assert {_BLADDER, _BOWEL}.isdisjoint(asked(text) | flags(text))


@pytest.mark.parametrize(
    "text",
    [
        # its kind not told, or only a place where either happens: it may be one in the pants
        "I had an accident this morning, my back hurts.",
        "Since my accident my back has hurt.",
        "Since my accident at work my hip has been agony.",
        "I had a nasty accident at the gym and now my lower back is agony.",
        "I had an accident at work today. Couldn't get to the toilet in time. My back is killing me.",
        # a little one at a place, a bladder's, or one with the toilet told near it
        "I had a little accident at the gym and my back hurts.",
        "I had a bladder accident at work and my back hurts.",
        "Had an accident at the gym doing jumping jacks, soaked my leggings. Back aches.",
    ],
)
def test_an_accident_that_may_be_of_the_toilet_is_asked_both_ways(text: str) -> None:
    assert _INJURY not in flags(text)
    assert _INJURY in asked(text)
    assert {_BLADDER, _BOWEL} & (asked(text) | flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My dad was in an accident and his back hurts.",
        "I was nearly in an accident and my back hurts from braking.",
        "I was in an accident 10 years ago and my back has hurt ever since.",
        "I have never been in an accident but my back hurts.",
        "a truck accident closed the road so I walked 3 miles home and my hips are aching",
        "I work in accident and emergency and my back hurts.",
        "I pulled my back by accident at work, it hurts.",
        "My car was in an accident and my back hurts.",
        "I drove past an accident on the motorway and sat in traffic, my back hurts.",
        "I braked hard to avoid an accident on the motorway and my back hurts.",
        "I work in an accident repair garage and my back hurts.",
        "Had an accident at work, peed myself, back has been sore for weeks.",
        "I had a trampoline accident with the kids, wet myself a bit, back aches.",
        "I'm scared of having a skiing accident, my back hurts.",
    ],
)
def test_an_accident_not_the_writers_not_had_or_long_ago_raises_no_injury(text: str) -> None:
    assert _INJURY not in flags(text)


def test_a_sport_named_as_where_an_injury_happened_is_no_cause_that_passes() -> None:
    # "after a skiing ..." says a passing ache ("my legs ache after skiing"), not before "accident"
    from painkb.understand.words import modifiers_in

    assert "passing" in [m for *_, m in modifiers_in("My legs ache after skiing")]
    assert "passing" not in [m for *_, m in modifiers_in("After a skiing accident my back hurts")]


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        (
            "I am 58, have never had back pain before, and was in a car accident 5 days ago. "
            "My lower back is now constantly sore",
            {_INJURY, _TRAUMA},
        ),
        (
            "At 69 I've been lucky with my back, never a twinge, until I slipped on the wet grass "
            "last Sunday and landed on my backside. Now it's sore every time I move",
            {_INJURY},
        ),
        ("I was in a pretty bad wreck on the interstate Thursday. My lower back is way worse.", {_INJURY}),
    ],
)
def test_a_denial_reaches_no_new_doing_of_the_writer(text: str, signs: set[str]) -> None:
    assert signs <= flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I don't want to wait until I lose control of my bladder.", "bladder-dysfunction"),
        ("I'm 55 and was told not to worry until I get weakness in both legs.", "bilateral-leg-weakness"),
        ("I'm not too worried, and was told I'd have lost bladder control if it was serious.", _BLADDER),
        ("My brother never had back trouble, and was in a car crash last week. My back aches.", _TRAUMA),
    ],
)
def test_a_plan_a_report_or_another_s_doing_is_no_new_doing(text: str, sign: str) -> None:
    assert sign not in flags(text)


def test_a_denial_at_the_start_of_a_subjectless_clause_ends_at_the_new_doing() -> None:
    text = "No fever, and was on antibiotics for a kidney infection last week, lower back aching."
    assert "recent-bacterial-infection" in flags(text)
    assert "fever-with-back-pain" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "31M, back pain for over a year, very stiff first thing for an hour, eases with exercise "
        "but not with rest, and wakes me up in the early hours.",
        "I'm 22, lower back pain since last summer, stiff every morning, and rest doesn't help "
        "but moving does.",
    ],
)
def test_the_berlin_criteria_told_with_but_not_raise_inflammatory_back_pain(text: str) -> None:
    assert _IBP in flags(text)


def test_but_not_before_a_list_still_denies_the_whole_list() -> None:
    text = "I'm not on steroids, chemo or any immune-suppressing drugs. Back pain for two weeks."
    assert "immunosuppression" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudden agonising pain low down in my back, I've gone grey and sweaty and my pulse is really fast.",
        "Sudden severe pain in my lower back. I feel faint and clammy.",
        "Out of nowhere my back is in agony, I feel lightheaded and clammy.",
    ],
)
def test_a_sudden_pain_told_with_signs_of_shock_in_parts_is_an_emergency(text: str) -> None:
    assert _AAA in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudden severe pain in my lower back. I don't feel faint or clammy.",
        "Sudden back pain when I bent over. My wife said he went pale.",
        "I had a sudden twinge in my lower back lifting, felt a bit dizzy from the pain.",
        "My lower back has ached for weeks. I felt faint at the blood test.",
        # someone else's, or long past and explained
        "mate's just gone white and dizzy with sudden back pain at the pub, what do we do",
        "My aunty is suddenly complaining of terrible back pain and is very dizzy, what should we do",
        "The tummy pain last month came on suddenly and I fainted, they said it was an ovarian cyst",
    ],
)
def test_a_shock_denied_another_s_or_after_a_strain_raises_no_aneurysm(text: str) -> None:
    assert _AAA not in flags(text)


def test_a_shock_with_its_own_cause_is_asked() -> None:
    text = "Sudden severe pain in my lower back after a panic attack, I feel faint and clammy."
    assert _AAA not in flags(text)
    assert _AAA in asked(text)


def test_a_denial_of_a_new_subject_is_not_of_the_event_it_came_after() -> None:
    text = "After my back surgery in March my back was fine until last week, now it hurts."
    assert "recent-spinal-surgery" in flags(text)
    assert "recent-spinal-surgery" not in flags("After my back surgery in March my back has been fine.")
