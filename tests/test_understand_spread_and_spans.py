"""A pain that spreads to both legs, a span of time up to now, and words that belong to
someone or something else: a teammate's sciatica, a swollen lump on the bum cheek, a numb
bum "totally normal again now". Each real sign beside the look-alikes that must stay quiet
(from the fresh sets hunts/s38a.txt, s38b.txt and s38c.txt, odd lines only; never the
frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    "text",
    [
        # the change to both told with "now", after one side
        "I had sciatica down my left leg for a month and now it's gone into both legs.",
        # "both" standing for the legs named before it
        "The pain used to go down my right leg only, now it goes down both.",
        "Pain went down my left leg last week. Now it runs down both.",
        # the legs said apart from the pain, in one sentence
        "Both legs now have the shooting pain.",
    ],
)
def test_a_leg_pain_that_spreads_to_both_legs_is_raised(text: str) -> None:
    assert "bilateral-sciatica" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have two legs and I can walk on both.",
        "My legs are fine, I put cream on both.",
        "Both legs are fine but I have a shooting pain in my bum.",
        # a pain of the back said to go into "both", no legs named: asked, not raised
        "My back pain goes down into both.",
    ],
)
def test_both_without_legs_in_pain_raises_no_sciatica_in_both_legs(text: str) -> None:
    assert "bilateral-sciatica" not in flags(text)


def test_both_stands_for_the_legs_only_when_it_closes_where_the_pain_goes() -> None:
    found = painkb.interpret(KB, "The pain used to go down my right leg only, now it goes down both.")
    both = [m for m in found.mentions if m.entity.id == "bilateral-sciatica"]
    assert [(m.status, m.side) for m in both] == [(painkb.Status.PRESENT, "both")]


@pytest.mark.parametrize(
    "text",
    [
        "I'm 64. New back pain in the past 3 weeks.",
        "I'm 64 and had kidney cancer 10 years ago. New back pain in the past 3 weeks.",
    ],
)
def test_in_the_past_weeks_is_a_span_up_to_now_not_a_past(text: str) -> None:
    assert "new-back-pain-over-50" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the past I had a numb bum, it's fine now.",
        "I lost control of my bladder in the past but it was sorted with physio.",
    ],
)
def test_in_the_past_alone_is_still_a_past(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teammate has got sciatica down both legs and is off for a month",
        "Classmate has sciatica down both legs.",
    ],
)
def test_a_teammate_or_classmate_named_first_is_someone_else(text: str) -> None:
    assert "bilateral-sciatica" not in flags(text)
    assert "bilateral-sciatica" in asked(text)


def test_a_new_mum_describing_herself_is_the_writer() -> None:
    found = painkb.interpret(KB, "New mum here, lower back and buttock pain and stiff every morning.")
    assert "lower-back-pain" in {e.id for e in found.entities(painkb.Status.PRESENT)}


def test_much_thinner_is_weight_lost() -> None:
    assert "unexplained-weight-loss" in flags("My back hurts and I've got much thinner without trying.")
    assert "unexplained-weight-loss" in asked("I've got much thinner these last months and my back hurts.")


def test_a_learner_s_pain_is_two_months_is_a_duration() -> None:
    text = "My bottom pain is 2 month, I take paracetamol, no better."
    assert painkb.interpret(KB, text).duration is not None
    assert "persistent-gluteal-pain" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "hot red swollen lump on my bum cheek, temp 38.5, lower back aching too",
        "Slipped on the wet astro on Saturday and landed right on my hip. Its puffy and hot to touch.",
    ],
)
def test_a_swelling_read_as_the_buttock_s_is_no_deformity_of_the_spine(text: str) -> None:
    assert "structural-deformity" not in flags(text)


def test_a_lump_on_the_spine_is_still_a_deformity() -> None:
    assert "structural-deformity" in flags("There's a new lump on my spine and my back aches.")


def test_normal_again_now_says_a_numb_bum_passed() -> None:
    text = "numb bum after a long ride, totally normal again now"
    assert "saddle-anaesthesia" not in flags(text)
    assert "saddle-anaesthesia" in asked(text)
    assert "saddle-anaesthesia" in flags("numb bum after a long ride, still numb now")


@pytest.mark.parametrize(
    "text",
    [
        "Im 23, 9 months of back pain. Stiff in the morning, fine once I get moving.",
        "Im 23, 9 months of back pain. Stiff in the morning, fine after a walk.",
    ],
)
def test_stiff_in_the_morning_fine_once_moving_asks_about_inflammatory_back_pain(text: str) -> None:
    # "fine" with what makes it so says how the stiffness eases, not that it is not there; read
    # as easing with movement it raised one-off stiffness after a move or a flight (rev38b), so
    # it is asked about
    found = painkb.interpret(KB, text)
    assert "morning-stiffness" in {e.id for e in found.entities(painkb.Status.PRESENT)}
    assert "inflammatory-back-pain" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        # one morning explained by a sofa
        "Stiff back this morning after sleeping on my mates sofa, fine by lunch.",
        # fine, said of a finding denied
        "No numbness, fine after a rest.",
    ],
)
def test_fine_by_or_after_a_rest_raises_nothing(text: str) -> None:
    assert not flags(text)


def test_retention_alone_is_asked_and_water_retention_is_not() -> None:
    assert "bladder-dysfunction" in asked("retention since last night and my back is agony")
    assert "bladder-dysfunction" not in asked("I get water retention in my ankles and my back hurts")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # years, or a comma after "in the past": a past that is over (from the review set rev38a)
        (
            "In the past 20 years I've had two episodes of sciatica down my leg, both cleared in a few "
            "weeks, right now I'm fine.",
            "radiating-leg-pain",
        ),
        (
            "In the past, three falls from my horse, none in the last ten years, this back ache is from "
            "gardening.",
            "major-trauma",
        ),
        # "both" that stands for something else of the person's
        ("Left leg sciatica as usual, and my eye infection has now spread to both.", "bilateral-sciatica"),
        (
            "Sciatica in my left leg for a month. The ache in my bum was only on the left cheek, now "
            "it's into both.",
            "bilateral-sciatica",
        ),
        # a waiting list is no duration of the pain
        (
            "My bum ache only started on Tuesday, the problem is 3 months waiting list for physio.",
            "persistent-gluteal-pain",
        ),
    ],
)
def test_edges_of_the_spread_and_the_span_raise_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)


def test_in_the_past_days_raises_what_is_told() -> None:
    text = (
        "In the past week I had a water infection treated with antibiotics and now my lower back hurts badly."
    )
    assert "recent-bacterial-infection" in flags(text)


def test_had_rigors_is_a_fever() -> None:
    assert "fever-with-back-pain" in flags("my back pain is new and I've had rigors twice today.")
    assert "fever-with-back-pain" not in flags(
        "I've had the rigors of a marathon training block and my back aches."
    )


@pytest.mark.parametrize(
    "text",
    [
        "In the past two and a half weeks I've lost control of my bowels twice with this back pain.",
        "In the past 2-3 days I've been struggling to start peeing, and my lower back is killing me.",
        "In the past half hour both my legs have gone weak and wobbly and my back is agony.",
    ],
)
def test_a_span_up_to_now_told_in_any_count(text: str) -> None:
    assert flags(text) & {"bowel-dysfunction", "bladder-dysfunction", "bilateral-leg-weakness"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm in recovery but I slipped up and used last week, my back hurts.",
        "The ferry lurched and I fell on my bum, bruised my pride more than anything.",
    ],
)
def test_a_slip_up_or_a_bruised_pride_raises_no_injury(text: str) -> None:
    assert "recent-injury" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I slipped up the stairs yesterday and my back is agony.",
        "Fell off my bike, hurt my pride and my hip is killing me.",
    ],
)
def test_a_real_slip_or_a_pain_beside_the_pride_is_an_injury(text: str) -> None:
    assert "recent-injury" in flags(text)


def test_a_loss_of_power_in_both_legs_is_weakness_in_both() -> None:
    assert "bilateral-leg-weakness" in flags("I have loss of power in both legs.")
    assert not flags("No loss of power or feeling in my legs, just back pain.")


def test_retention_of_another_kind_asks_nothing() -> None:
    text = "I work in customer retention and sit at a desk all day, my lower back is killing me by Friday."
    assert "bladder-dysfunction" not in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I had a really sore right buttock for a few weeks. It's gone now.",
        "A few weeks ago I had a really sore right buttock after a long coach trip. "
        "It lasted about four days and then went on its own.",
    ],
)
def test_a_pain_said_to_have_gone_in_the_next_sentence_is_past(text: str) -> None:
    assert "persistent-gluteal-pain" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My buttock has hurt for 2 months. It went away for a day but came back.",
        "I've had buttock pain for 2 months. It's gone down my leg now.",
    ],
)
def test_a_pain_that_came_back_or_went_elsewhere_stays(text: str) -> None:
    assert "persistent-gluteal-pain" in flags(text)


def test_an_emergency_said_gone_in_the_next_sentence_is_asked_not_dropped() -> None:
    text = "Chest pain and back pain this morning. It's gone now."
    assert "chest-pain-with-back-pain" not in flags(text)
    assert "chest-pain-with-back-pain" in asked(text)


def test_clothes_sizes_gone_down_are_weight_lost() -> None:
    text = "had to buy smaller trousers, gone down two sizes without meaning to, the back pain's constant"
    assert "unexplained-weight-loss" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I bought some of those little blue pills online because nothing happens any more, "
        "and it started the same week as my back pain.",
        "I've stopped ejaculating properly since this lower back thing started, it just doesn't come.",
    ],
)
def test_sex_that_stopped_working_told_by_its_pills_or_its_end(text: str) -> None:
    assert "sexual-dysfunction" in flags(text)


def test_pills_with_nothing_of_sex_raise_nothing() -> None:
    text = "My blue pills for blood pressure make me dizzy, my back hurts, nothing happens with paracetamol."
    assert "sexual-dysfunction" not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # "it" that has not gone, went on, or is something else (from the review set rev38c)
        (
            "My right buttock has been sore for six weeks despite ice, stretches and ibuprofen. "
            "It never really went away.",
            "persistent-gluteal-pain",
        ),
        (
            "Deep ache in my right buttock for three months, no better with stretching or painkillers. "
            "It's gone on far too long.",
            "persistent-gluteal-pain",
        ),
        (
            "I took two co-codamol for the pain shooting down my left leg. It wore off after an hour.",
            "radiating-leg-pain",
        ),
        (
            "Shooting pain down both my legs since Tuesday and I had to run for the train. "
            "It went without me anyway.",
            "bilateral-sciatica",
        ),
        (
            "Fever with shaking chills and a really sore lower back since yesterday. It's gone past 39 now.",
            "fever-with-back-pain",
        ),
        (
            "Crushing pain in my chest and between my shoulder blades since about an hour ago. "
            "It hasn't gone.",
            "chest-pain-with-back-pain",
        ),
        # a slip that is a fall
        (
            "I slipped up getting out of the bath yesterday and my lower back and hip are really sore.",
            "recent-injury",
        ),
    ],
)
def test_it_said_of_what_has_not_gone_keeps_the_sign(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I slipped up with my tablets and missed three days of naproxen, so my lower back flared up again.",
        "In the past a couple of days of digging would set off pain down my left leg, "
        "but I haven't had it since my op.",
    ],
)
def test_a_slip_with_tablets_or_a_past_with_a_couple_of_days_raises_nothing(text: str) -> None:
    assert not flags(text) & {"recent-injury", "radiating-leg-pain"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Fell on my bum on the ice rink, laughed it off, bit of a bruise but walking and running fine",
            "recent-injury",
        ),
        ("Brain fog and dead legs at 6am spin, definitely need more sleep", "numbness-tingling-or-weakness"),
        (
            "My hamstrings are dead from the sprint session, is it ok to do yoga today?",
            "numbness-tingling-or-weakness",
        ),
    ],
)
def test_dead_legs_after_a_session_and_a_fall_laughed_off(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My legs went dead after the spin class and they're still numb two days later, back aches.",
            "numbness-tingling-or-weakness",
        ),
        ("Fell off a ladder, laughed it off but now my hip is agony.", "recent-injury"),
    ],
)
def test_numb_for_days_or_a_fall_that_hurts_now_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The doctor said my back passage muscle is weak and my back hurts.",
        "The doctor said my anal sphincter is lax, sciatica for 3 weeks.",
    ],
)
def test_a_lax_back_passage_is_a_bowel_sign(text: str) -> None:
    assert "bowel-dysfunction" in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # from the review set rev38d: the pain back a sentence later, or still there
        (
            "Pain shooting down my left leg since Saturday. It's gone now. "
            "Then this morning it came back worse than ever.",
            "radiating-leg-pain",
        ),
        (
            "Pain down the back of my right leg from my lower back for a week. It's gone now? "
            "No, actually it's still there.",
            "radiating-leg-pain",
        ),
    ],
)
def test_a_pain_back_a_sentence_later_or_still_there_is_kept(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_injecting_after_a_slip_up_is_still_told() -> None:
    # the slip is a mistake (no fall), the injecting still asks about drug use
    text = "I'm in recovery but slipped up and injected a few times last week, now my lower back is agony."
    assert "iv-drug-use" in flags(text) | asked(text)
    assert "recent-injury" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Back pain after the muddy dog walk, and from the knees down I'm covered in mud.",
        "For my back pain the physio ran kinesio tape down each thigh.",
    ],
)
def test_from_the_knees_down_or_down_each_thigh_of_a_thing_is_no_spread(text: str) -> None:
    assert not flags(text) & {"radiating-leg-pain", "bilateral-sciatica"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a correction that makes it worse keeps the sign
        (
            "I said the weakness in my right leg was staying the same, but honestly it's worse every day",
            "progressive-neurological-deficit",
        ),
        ("Forget the bit about my back, it's my bum and I can't feel it when I wipe.", "saddle-anaesthesia"),
    ],
)
def test_a_correction_that_keeps_or_moves_the_sign_still_raises_it(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_a_back_pain_said_not_new_asks_instead() -> None:
    text = "I'm 54 and my back pain isn't new."
    assert "new-back-pain-over-50" not in flags(text)
    assert "new-back-pain-over-50" in asked(text)


def test_what_is_not_new_is_another_thing() -> None:
    # from the review set rev38e
    assert "new-back-pain-over-50" in flags(
        "I'm 58. My knee trouble isn't new, my lower back pain is, it started at the weekend."
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "siatica down both legs now it started in my right then yesterday it went in my left too",
            "bilateral-sciatica",
        ),
        (
            "i fell in the bathroom last night and cant put any wait on my left leg at all",
            "unable-to-bear-weight-after-fall",
        ),
    ],
)
def test_words_misheard_by_dictation_or_misspelt_as_they_sound(text: str, sign: str) -> None:
    # from the hunt set s38i (odd lines) and the review set rev38f
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # the words as themselves (rev38f): a game of bowls, a car's passenger, a week, a letter
        (
            "Bowls season starts next week and I can't control my bowls properly with this bad hip.",
            "bowel-dysfunction",
        ),
        (
            "My back passenger had no feeling in her feet after the drive, I'm fine apart from my sore back.",
            "saddle-anaesthesia",
        ),
        (
            "Both legs are week 3 post vein op and healing nicely, it's just my back that aches.",
            "bilateral-leg-weakness",
        ),
        (
            "Since I fell on the rug my back is sore, got a latter from the hospital about the x-ray.",
            "major-trauma",
        ),
    ],
)
def test_the_real_words_are_still_read_as_themselves(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pain shoots up my back when I cough.",
        "lower back pain 5/10 but when I cough it shoots up to a 9",
        "My back pain is shooting up my spine.",
        "My blood pressure shoots up when the back pain flares.",
    ],
)
def test_a_pain_that_shoots_up_is_no_injecting(text: str) -> None:
    assert "iv-drug-use" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I still shoot up sometimes, and this week my back has gone really painful",
        "Ex-user, but I still slip up and shoot up now and then, and this back pain came out of nowhere.",
        "I've been shooting up into my arm for years and now my lower back is really bad.",
    ],
)
def test_a_person_who_shoots_up_injects(text: str) -> None:
    assert "iv-drug-use" in flags(text)


def test_a_pain_up_the_spine_beside_tired_legs_is_no_pain_down_a_leg() -> None:
    # found reading the answer through `painkb assess`: the "shoots" left by the rewrite made a
    # shooting leg pain of it with the legs of the sprints
    text = (
        "My legs are dead from the hill sprints yesterday, and the pain in my lower back shoots up "
        "my spine when I cough"
    )
    assert "radiating-leg-pain" not in flags(text)
    assert "pain-worse-coughing-sneezing" in flags(text)
