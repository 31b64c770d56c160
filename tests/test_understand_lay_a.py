"""Plain first-person wordings of the bladder, the bowels, the saddle and sex (language.toml's
[phrases]): said of oneself with back pain they raise the sign; denied, wondered about, long
past, someone else's, or a figure of speech, they do not."""

from __future__ import annotations

import pytest

from signs_read import flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm having real trouble emptying my bladder since the disc went", "bladder-dysfunction"),
        ("I need a pee but nothing will come out, lower back agony", "bladder-dysfunction"),
        ("I've not had a wee for 14 hours and my back is killing me", "bladder-dysfunction"),
        ("my pee is just coming out in dribbles since I hurt my back", "bladder-dysfunction"),
        ("I've wet the bed twice this week, never before, back pain", "bladder-dysfunction"),
        ("I've got no sensation when I pee, back pain", "bladder-dysfunction"),
        ("my bowels open on their own since my back went", "bowel-dysfunction"),
        ("stool came out without me knowing, back pain", "bowel-dysfunction"),
        ("I can't hold in wind any more and my back is agony", "bowel-dysfunction"),
        ("my bum feels like it isn't there when I sit on the loo, back pain", "saddle-anaesthesia"),
        ("my bits are numb since Sunday, bad lower back", "saddle-anaesthesia"),
        ("I've had erectile problems since the disc went", "sexual-dysfunction"),
    ],
)
def test_a_plain_first_person_wording_raises_its_sign(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("no trouble emptying my bladder, just back pain", "bladder-dysfunction"),
        ("what if I haven't peed in 12 hours? back pain", "bladder-dysfunction"),
        ("my daughter wet the bed last night and I hurt my back changing the sheets", "bladder-dysfunction"),
        ("I nearly pissed myself laughing at the telly, back pain", "bladder-dysfunction"),
        ("I keep messing myself up with bad posture, back pain", "bowel-dysfunction"),
        ("I was shitting myself before the MRI, back pain", "bowel-dysfunction"),
        ("I've been holding onto water in my ankles, back pain", "bladder-dysfunction"),
        ("my bladder control has gone back to normal, back pain", "bladder-dysfunction"),
        ("no erection problems, back pain", "sexual-dysfunction"),
        ("I used to have erection problems years ago, now back pain", "sexual-dysfunction"),
    ],
)
def test_a_look_alike_does_not_raise(text: str, sign: str) -> None:
    assert sign not in flags(text)
