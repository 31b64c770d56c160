"""A carer's message and a question answered before it is asked: someone else's pale face with
their tummy and back in pain is asked of them; the look-alikes ask nothing (patterns from the
52nd session's leads, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

_ANEURYSM = "burst-aneurysm-symptoms"


@pytest.mark.parametrize(
    "text",
    [
        "My brother's gone white as a sheet and says his tummy and back are agony",
        "my mum is pale and her stomach and back hurt",
        "My husband has gone grey and pale, he says his belly hurts and it goes through to his back",
        # the sign's words said of them in part, and a face pale in other words
        "hubby's gone a funny colour and is sweating buckets, says his belly and back are agony",
        "My father is having severe stomach pain radiating to back and he is sweating and giddy",
    ],
)
def test_someone_elses_pale_face_with_their_tummy_and_back_in_pain_is_asked(text: str) -> None:
    assert _ANEURYSM in asked(text)
    assert _ANEURYSM not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son looks pale, he has a tummy bug",
        "my mum looks pale today, her back is sore as usual",
        # their places said, but no pain
        "Nan looks a bit pale but her tummy and back are fine, she's just tired",
        "My son has a pale rash on his tummy and back",
        # the places are the writer's, the pale face someone else's
        "my mum looks pale today and my tummy and back hurt",
    ],
)
def test_someone_elses_pale_face_without_both_their_places_asks_nothing(text: str) -> None:
    assert _ANEURYSM not in asked(text) | flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think I'm in labour, sudden severe pain in my tummy and back every few minutes",
        "sudden severe pain in my tummy and back, I think it's trapped wind",
        "sudden severe pain in my tummy and back after lifting the sofa",
    ],
)
def test_the_nhs_words_told_with_a_cause_of_their_own_are_asked_not_raised(text: str) -> None:
    assert _ANEURYSM in asked(text)
    assert _ANEURYSM not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudden severe pain in my tummy and back",
        # the cause denied, set aside or someone else's
        "Sudden severe pain in my stomach and back, definitely not trapped wind",
        "Sudden severe pain in my tummy and back, I do deadlifts but this isn't that",
        "My granddaughter is in labour so I'm at the hospital, and I've got sudden severe pain in my "
        "tummy and back",
        "He was doing deadlifts in the garage, I was just watching, and I got sudden severe pain in my "
        "tummy and back",
        "I don't go to the gym and I haven't lifted anything heavy. Sudden severe pain in my tummy and back",
        # a cause word in another sense, or in another sentence long past
        "The fog was just lifting when I got sudden severe pain in my tummy and back on my walk",
        "I was 30 weeks pregnant with my son 40 years ago. Sudden severe pain in my tummy and back",
    ],
)
def test_the_nhs_words_with_no_cause_of_the_writers_raise(text: str) -> None:
    assert _ANEURYSM in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # slight, not a faint; pale of a thing; a faint of someone beside the writer
        "Sudden awful pain in my belly and back, theres a faint bruise on my side too, 34",
        "sudden terrible back pain and there's a faint smell of gas in the kitchen",
        "sudden agony in my back and tummy, my pee is pale",
        "The lady next to me in A&E fainted, I'm here with sudden severe back pain",
    ],
)
def test_other_senses_of_faint_and_pale_raise_no_burst_aneurysm(text: str) -> None:
    assert _ANEURYSM not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "sudden severe pain in my back and I feel faint",
        "sudden agony in my back and tummy, I'm pale and dizzy",
        "my daughter found me passed out with sudden severe back pain",
    ],
)
def test_the_writers_faint_or_pale_face_with_a_sudden_pain_still_raises(text: str) -> None:
    assert _ANEURYSM in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I've never had trouble peeing and the thought of wetting myself terrifies me",
            "bladder-dysfunction",
        ),
        (
            "Neither leg is weak and the thought of my legs giving way keeps me up at night",
            "bilateral-leg-weakness",
        ),
    ],
)
def test_a_sign_only_thought_of_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "place", "pain"),
    [
        ("It's not my back, it's my hip.", "lower-back-pain", "hip-pain"),
        ("My back's not the problem, it's my left hip", "lower-back-pain", "hip-pain"),
        ("my knee is fine, it's the lower back", "knee-pain", "lower-back-pain"),
    ],
)
def test_the_place_said_instead_of_a_denied_one_is_the_pain(text: str, place: str, pain: str) -> None:
    statuses = {(m.entity.id, m.status.value) for m in painkb.interpret(KB, text).mentions}
    assert (pain, "present") in statuses
    assert (place, "absent") in statuses


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a denial of something else, or someone else's thought of the writer's cause
        ("no joke, since the birth sex feels so different and numb down there", "sexual-dysfunction"),
        ("my partner is sure its anxiety, I can feel my belly pulsing", "pulsating-abdomen"),
        ("sudden severe pain in my tummy and back when I sneezed but its not going away", _ANEURYSM),
        # the cause in the sentence next to it
        ("I'm in labour. Sudden severe pain in my tummy and back", _ANEURYSM),
    ],
)
def test_a_cause_of_the_writers_own_still_asks(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudden severe back pain and a rash on my tummy",
        "sudden severe back pain and my tummy is a bit bloated",
        "sudden severe back pain after sleeping on my tummy",
        "Sudden severe back pain and I can't lie on my tummy",
    ],
)
def test_a_tummy_that_is_the_place_of_something_else_is_asked_not_raised(text: str) -> None:
    assert _ANEURYSM in asked(text)
    assert _ANEURYSM not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudden severe pain across my tummy and back",
        "sudden severe pain in my back and tummy, I lay on my tummy and it didn't help",
    ],
)
def test_a_tummy_in_pain_beside_one_lain_on_still_raises(text: str) -> None:
    assert _ANEURYSM in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a pain said not to be the trouble is still had
        (
            "I'm 63, the pain in my back isn't the problem, it started 3 weeks ago, "
            "it's the weight I've lost",
            "new-back-pain-over-50",
        ),
        # a pale face beside a list, and lips gone grey, are the writer's shock
        ("sudden agony in my tummy and back, had a wee, pale and clammy now", _ANEURYSM),
        # told, not only thought of
        (
            "the thought of telling anyone I've wet myself is mortifying, my back is agony",
            "bladder-dysfunction",
        ),
    ],
)
def test_what_the_narrowed_readings_leave_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I work in a major trauma centre as a nurse and my back aches from the long shifts",
        "I'm a paramedic and go to car crashes all the time, back pain for a week",
        "I work at a body shop fixing cars after crashes and my back hurts",
    ],
)
def test_crashes_met_at_work_are_not_the_writers_trauma(text: str) -> None:
    assert "major-trauma" not in flags(text)


def test_the_writers_own_crash_at_work_still_raises() -> None:
    assert "major-trauma" in flags(
        "I'm a paramedic, we went to a crash and a car hit me at the scene, back agony"
    )


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("I'm 62 and started getting back pain 2 weeks ago", True),
        ("I'm 62, got back pain last week", True),
        ("I'm 62, started getting back pain in my thirties", False),
    ],
)
def test_back_pain_started_lately_is_new(text: str, new: bool) -> None:
    assert ("new-back-pain-over-50" in flags(text)) is new


@pytest.mark.parametrize(
    "text",
    [
        "had a steroid injection into my spine last week and now my back is worse",
        "I had a steroid injection into my hip last month and the pain has been much better since.",
        "The tingling in my legs was a B12 deficiency and since the injections it's gone; my back aches.",
    ],
)
def test_a_medical_injection_asks_nothing_of_injecting_drugs(text: str) -> None:
    assert "iv-drug-use" not in asked(text) | flags(text)


@pytest.mark.parametrize(
    "text", ["I inject into my veins and my spine hurts", "I'm an IV drug user and my back hurts"]
)
def test_injecting_drugs_still_raises(text: str) -> None:
    assert "iv-drug-use" in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # "without fail", "without doubt" say how often or how sure, not a lack
        ("Every single night without fail the pain wakes me and no position helps", "persistent-night-pain"),
        ("Without doubt my bottom has gone numb and my back hurts", "saddle-anaesthesia"),
        # "hadn't been able to" as "haven't been able to"
        ("I hadn't been able to feel my bottom all day, back pain", "saddle-anaesthesia"),
    ],
)
def test_words_of_sureness_and_an_old_tense_deny_nothing(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I thought I had a temperature but the thermometer said 36.8, back ache", "fever-with-back-pain"),
        ("I thought I had chest pain but I didn't, back ache", "chest-pain-with-back-pain"),
        ("I thought both my legs were weak but the physio says they're fine", "bilateral-leg-weakness"),
    ],
)
def test_a_belief_taken_back_in_a_few_words_is_asked(text: str, sign: str) -> None:
    assert sign in asked(text)
    assert sign not in flags(text)


def test_an_age_in_words_long_gone_is_the_past() -> None:
    text = "I was in a bad car crash when I was nineteen; I'm 40 now and my back only started hurting"
    assert "major-trauma" not in flags(text)
    assert "major-trauma" in flags("Car crash when I was nineteen and my back aches now")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a crash told with no work said, or the writer's own on a call
        ("While attending a crash our ambulance was hit by a lorry at 60mph, back agony", "major-trauma"),
        # a height, not an age
        ("I'm 55. I fell off the ladder when I was twenty feet up, my back is agony", "major-trauma"),
        # a short "but it wasn't" takes back the cause thought of, not the sign
        ("I thought it was a UTI making me wet myself but it wasn't, back pain", "bladder-dysfunction"),
        # the NHS words with a cause compared, long gone or someone else's
        ("Sudden severe pain in my tummy and back, worse than any labour pains I ever had", _ANEURYSM),
        (
            "I was in labour 40 years ago and this is worse, sudden severe pain in my tummy and back",
            _ANEURYSM,
        ),
        ("my husband's drunk and I have sudden severe pain in my tummy and back", _ANEURYSM),
        ("Sudden severe pain on my stomach and back", _ANEURYSM),
        # lips, and someone with the writer, are the writer's shock
        ("sudden severe back pain, my lips and nails have gone grey and I'm sweating", _ANEURYSM),
        ("Hubby is here with me and keeps saying you're grey and clammy, sudden agony in my back", _ANEURYSM),
    ],
)
def test_what_the_session_first_broke_and_mended_raises(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Me and my mate have been cycling 60 miles a day and my bum is numb, lower back aches",
            "saddle-anaesthesia",
        ),
        ("my husband's been great since the birth, sex feels numb for me though", "sexual-dysfunction"),
        (
            "I'm 58, had sciatica for years, started getting back pain last week again",
            "new-back-pain-over-50",
        ),
    ],
)
def test_a_cause_of_the_writers_own_beside_another_person_still_asks(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # the writer's own cause beside another person's words
        (
            "My wife's cycling club got me into it, I ride 100 miles a week and my bum is numb",
            "saddle-anaesthesia",
        ),
        ("I'm more anxious than usual and can feel a pulse in my tummy, back aches", "pulsating-abdomen"),
        (
            "I'm used to my anxiety making my heart race, and I feel a pulse in my tummy, back ache",
            "pulsating-abdomen",
        ),
        # work said, crashes met at it
        (
            "Paramedic here, I attend car crashes most shifts and my back is killing me from carrying people",
            "major-trauma",
        ),
    ],
)
def test_the_narrowed_causes_still_explain(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I'm 68. I've had panic attacks for years but this is different, a strong pulse in my tummy "
            "I can see, back aches",
            "pulsating-abdomen",
        ),
        ("I'm 63 and I got lower back pain three days ago, it's constant", "new-back-pain-over-50"),
        ("I thought I'd just wet myself but I hadn't, it was sweat, and my lower back aches", None),
    ],
)
def test_a_cause_had_before_and_set_aside_raises(text: str, sign: str | None) -> None:
    if sign is None:
        assert "bladder-dysfunction" not in flags(text)
    else:
        assert sign in flags(text)


def test_a_needle_of_something_unknown_is_asked() -> None:
    text = "A lad at a party gave me an injection of something last week and now my back is agony"
    assert "iv-drug-use" in asked(text) | flags(text)


def test_someone_elses_labour_sat_with_leaves_the_writers_emergency_raised() -> None:
    text = (
        "Sat with my sister in labour all night, now sudden severe pain in my back and tummy and I feel faint"
    )
    assert _ANEURYSM in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 62 and I got back pain last week, same as I get most years",
        "I'm 62 and I got back pain yesterday, I've had it on and off for 20 years",
    ],
)
def test_back_pain_got_lately_that_comes_back_is_not_new(text: str) -> None:
    assert "new-back-pain-over-50" not in flags(text)
