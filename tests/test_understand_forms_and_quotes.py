"""Whom a form or a quotation is about: a relative named in a field who types, posts, worries or
drives for the writer, the writer saying the patient is them, a relative named after a
description of the writer's kind, a clinician's own notes, and a quotation's speaker named
after it (patterns from the 56th session's review rev91, written anew; never the frozen test
part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a relative in a who field who types the message for the writer
        ("Patient: wife, typing this for me. Symptoms: numb bottom and genitals since Friday",
         "saddle-anaesthesia"),
        ("Who: husband, he's typing. Can't pass urine since last night, back agony", "bladder-dysfunction"),
        # ... and the writer saying the patient is them
        ("Patient: my dad - I'm the one with the problem. Numb bum and genitals since Monday",
         "saddle-anaesthesia"),
        ("Copied from the discharge letter: pt has weakness in both legs. That's me, no better",
         "bilateral-leg-weakness"),
    ],
)  # fmt: skip
def test_a_relative_who_helps_the_writer_leaves_the_form_the_writers(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a who field that names the writer's relative after a comma, though it opens like the writer
        ("Patient: nan to 5, 90, my nan. Symptoms: numb bum and genitals, back pain", "saddle-anaesthesia"),
        # notes the writer writes up are a clinician's: whose is asked
        ("Typing up my notes from the ward round: pt reports numbness in the saddle area",
         "saddle-anaesthesia"),
        # a quotation's speaker named after it, then how long it has lasted
        ('"my bottom\'s gone numb" - my husband said it started on Tuesday', "saddle-anaesthesia"),
        # ... or named by a name that is also a word ("Will said": no modal takes "said")
        ('"I can\'t pee" Will said last night, back agony', "bladder-dysfunction"),
        ('"both my legs gave way" Will said yesterday, he\'s 85', "bilateral-leg-weakness"),
    ],
)  # fmt: skip
def test_someone_elses_form_notes_or_words_are_not_the_writers(text: str, sign: str) -> None:
    assessment = painkb.assess(KB, text=text)
    assert sign not in flags(text)
    told = {f.warning_sign.id for f in assessment.about_others}
    assert sign in told | {q.warning_sign.id for q in assessment.questions}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # one who worries, urges the writer to post or drives now is as often the patient (a
        # hunt, rev97): asked, never raised as the writer's
        ("Re: my son, he told me to post here. Temperature 39.3, low back agony", "fever-with-back-pain"),
        ("Patient: my wife, she's beside herself with worry. Numb bum, can't pee since Monday",
         "saddle-anaesthesia"),
        ("Weakness: husband does all the driving now. Both legs weak since Sunday", "bilateral-leg-weakness"),
        # ... and a contact named before "that's me", or one with them, is not the patient
        ("From mum's letter: patient reports weakness in both legs. Next of kin: her son, that's me.",
         "bilateral-leg-weakness"),
        ("Pt reports numb saddle area. I'm the one with him at the hospital now.", "saddle-anaesthesia"),
    ],
)  # fmt: skip
def test_a_relative_who_worries_or_urges_is_asked_about(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in asked(text)
