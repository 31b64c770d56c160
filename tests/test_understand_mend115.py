"""A harmless cause of the writer's own explains a warning sign across sentences that tell nothing but
the back's pain ("I'm 20 weeks pregnant. My lower back hurts. I can feel a beating in my tummy"), and a
cause the writer has now is not made old by the time of its diagnosis ("I've got a kidney stone,
diagnosed last week"): the sign is asked, not raised. A cause long gone, denied or someone else's still
explains nothing across them, nor one beyond a sentence that tells more than the pain."""

from __future__ import annotations

import pytest

from signs_read import asked, flags


@pytest.mark.parametrize(
    ("sign", "text"),
    [
        (
            "pulsating-abdomen",
            "I'm 26 weeks pregnant with twins. My lower back aches all evening. I can feel a pulse thumping "
            "in my belly when I lie down.",
        ),
        (
            "pulsating-abdomen",
            "I'm 22 weeks pregnant. My lower back hurts. My hips ache too. I can feel a beating in my tummy.",
        ),
        (
            "saddle-anaesthesia",
            "I've got piles at the moment. My lower back hurts from the sofa. My bottom feels numb when I "
            "sit.",
        ),
        (
            "fever-with-back-pain",
            "I'm perimenopausal. My back is sore after the gym. I wake up drenched in sweat most nights.",
        ),
        (
            "sexual-dysfunction",
            "I'm on antidepressants for my mood. Lower back is stiff in the mornings. I can't keep an "
            "erection.",
        ),
        ("iv-drug-use", "I'm diabetic. My lower back hurts after work. I use needles twice a day."),
        (
            "burst-aneurysm-symptoms",
            "I've got gallstones, diagnosed last month. Sudden severe pain in my back and side tonight. "
            "I'm clammy and dizzy.",
        ),
    ],
)
def test_a_cause_across_the_backs_pain_is_asked_not_raised(sign: str, text: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)


@pytest.mark.parametrize(
    ("sign", "text"),
    [
        # long gone
        (
            "pulsating-abdomen",
            "I was pregnant 30 years ago. My lower back aches. I can feel a pulsing lump in my tummy.",
        ),
        ("saddle-anaesthesia", "I had piles years ago. My back is sore. My bum and groin have gone numb."),
        # someone else's
        (
            "pulsating-abdomen",
            "My daughter is 20 weeks pregnant. My lower back hurts. I'm 74 and I can feel a pulsing lump "
            "in my tummy.",
        ),
        # denied
        (
            "iv-drug-use",
            "I'm not diabetic. My lower back has been sore since the weekend. I inject heroin every day.",
        ),
        # a past upset weeks gone, not one had now
        (
            "burst-aneurysm-symptoms",
            "I had a kidney stone last month. I'm 71. Sudden tearing pain in my back and belly this morning. "
            "I'm sweaty, pale and faint.",
        ),
        # beyond a sentence that tells more than the pain
        (
            "immunosuppression",
            "I use a brown inhaler. My back has been agony for weeks and wakes me at night. I've been on "
            "steroid tablets for my lupus for a year.",
        ),
    ],
)
def test_a_cause_long_gone_denied_someone_elses_or_far_leaves_the_sign_raised(sign: str, text: str) -> None:
    assert sign in flags(text)


def test_a_cause_had_now_is_read_beyond_sentences_that_tell_no_other_finding() -> None:
    text = (
        "I'm 30 weeks pregnant. It's my second. We've just moved house. My lower back hurts. I can feel a "
        "beating in my tummy."
    )
    assert "pulsating-abdomen" not in flags(text)
    assert "pulsating-abdomen" in asked(text)


@pytest.mark.parametrize(
    ("sign", "text"),
    [
        # not beyond a sentence that tells another finding
        (
            "immunosuppression",
            "I've got an inhaler for my asthma. My back has been agony for weeks and wakes me at night. "
            "I've been on steroid tablets for my lupus for a year.",
        ),
        # nor a cause had once, not now
        (
            "pulsating-abdomen",
            "I had anxiety once. We've just moved house. My lower back hurts. I'm 73 and I can feel a "
            "pulsing lump in my tummy.",
        ),
    ],
)
def test_a_cause_beyond_another_finding_or_not_had_now_leaves_the_sign_raised(sign: str, text: str) -> None:
    assert sign in flags(text)
