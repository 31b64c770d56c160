"""Forms and checklists read only where they answer (a hunt of e061559, rev113; cases written
anew, never the frozen test part): a cross used as a bullet of complaints or an empty box in a
to-do list denies nothing, a tick on an item that denies itself says nothing, a label asking
whether a finding is going answered "no" says it is still there, an answer that corrects or
widens denies nothing, "only X" is asked only when X is of another kind, and "ex-IVDU" is a habit
given up."""

from __future__ import annotations

import pytest

from signs_read import asked, flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # crosses as bullets of complaints, under a heading or told as the writer's
        ("Bad: ❌ can't feel my bum since Sunday ❌ back pain", "saddle-anaesthesia"),
        ("What's new ❌ wet myself twice ❌ legs weak. back pain", "bladder-dysfunction"),
        ("❌ my bum is numb ❌ I keep wetting myself. back agony", "saddle-anaesthesia"),
        # an empty box in a list of things to ask
        ("To ask the doctor: ☐ leaking wee since Friday ☐ sciatica", "bladder-dysfunction"),
        # a heading before the first mark shifts no mark
        ("History ✗ asthma ✓ prostate cancer 2019 ✗ diabetes. back pain 5 weeks", "history-of-cancer"),
        # a label asking whether the finding is going, answered no
        ("Numbness in my legs getting better: no. back pain", "numbness-tingling-or-weakness"),
        ("Numb bum gone away: nope. back pain", "saddle-anaesthesia"),
        ("Any improvement in the tingling in both feet: no. back pain", "numbness-tingling-or-weakness"),
        # an answer that moves a feeling, widens it or tells when it came
        (
            "Pins and needles in toes: no, it's all down both legs now. back pain",
            "numbness-tingling-or-weakness",
        ),
        (
            "Leg weakness: none, it's fine on the left but the right one buckles. back pain",
            "numbness-tingling-or-weakness",
        ),
        ("Tingling in feet: never, till this month. back pain", "numbness-tingling-or-weakness"),
        # "but" adds a remark; it leaves nothing out
        (
            "Numbness, tingling, weak legs - all of the above but the numbness is worst. back pain",
            "numbness-tingling-or-weakness",
        ),
        # "only X" that is the sign told more nearly
        ("Cancer: just breast, 2014. back pain new", "history-of-cancer"),
        ("Cancer history: only kidney cancer, 2017. back pain 6 weeks", "history-of-cancer"),
        # a denial of another time beside a "yes" of now
        ("Fever yesterday: no. Fever today: yes, 38.7. back pain", "fever-with-back-pain"),
        # no relief by rest, said with its side denied
        (
            "Back pain 3 years, 24M. Doesn't get better with rest, better with exercise, stiff every morning",
            "inflammatory-back-pain",
        ),
    ],
)
def test_a_sign_told_in_a_form_or_list_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a tick in a list of what is not had, or checked and clear
        ("Things I haven't had: ✓ fever ✓ weight loss ✓ numbness. back ache", "fever-with-back-pain"),
        ("Physio checked: numb bum ✓ fine, fever ✓ none, weak legs ✓ ok. back ache", "saddle-anaesthesia"),
        ("History ✓ asthma ✗ prostate cancer ✓ diabetes. back pain 5 weeks", "history-of-cancer"),
        # ex-, former, non- IVDU and a habit of a decade gone
        ("former IVDU, clean since 2015. back pain", "iv-drug-use"),
        ("Ex-IVDU. Back pain after lifting", "iv-drug-use"),
        ("non-IVDU, non-smoker. back pain 2 weeks", "iv-drug-use"),
        ("IVDU in the 80s. back pain", "iv-drug-use"),
    ],
)
def test_a_sign_not_had_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # unless-cases: a checklist's crosses still deny (both kinds of mark, a checklist's
        # heading, bare labels, down the page), a tick on a denial says nothing
        ("✓ Back pain\n✗ Fever\n✗ Numbness", "fever-with-back-pain"),
        ("Leaflet checklist: ✗ fever over 38 ✗ numb around my bottom. back pain", "saddle-anaesthesia"),
        ("❌ Fever ❌ Numb bum ✅ Back pain", "fever-with-back-pain"),
        ("✅ no numbness ✅ no fever ✅ bowels fine. sore lower back", "fever-with-back-pain"),
        # ... an answer that leaves out, or says fine
        (
            "Numb bum, tingling legs, weak legs - all of the above but not the numb bum. back pain",
            "saddle-anaesthesia",
        ),
        (
            "Numb bum, tingling legs, weak legs - all of them apart from the numb bum. back pain",
            "saddle-anaesthesia",
        ),
        ("Leg weakness: none, they're fine. back pain", "numbness-tingling-or-weakness"),
        # ... "only X" of another kind
        ("Cancer history: only a benign cyst. back pain", "history-of-cancer"),
        ("Injecting drugs: only insulin for my diabetes. back pain", "iv-drug-use"),
        # ... a contrast said the other way round
        (
            "Back pain for 3 years, I'm 24. Gets better with rest, worse with exercise",
            "inflammatory-back-pain",
        ),
    ],
)
def test_a_look_alike_stays_unraised(text: str, sign: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "former IVDU, clean since 2015. back pain",
        "IVDU in the 80s. back pain",
        "Ex-IVDU. Back pain after lifting",
    ],
)
def test_a_habit_given_up_is_asked(text: str) -> None:
    assert "iv-drug-use" in asked(text)


@pytest.mark.parametrize("text", ["IVDU. back pain and fever", "Current IVDU. back pain"])
def test_ivdu_alone_is_injecting(text: str) -> None:
    assert "iv-drug-use" in flags(text)
