"""Plain first-person words for weak legs, sciatica in both legs, a dropped foot, a fall, a
major injury, a fever and a burst or pulsing aorta (language.toml, session 26, helper B)."""

from __future__ import annotations

import pytest

from signs_read import KB, flags

EMERGENCY = {e.id for e in KB.entities("warning_sign") if e.urgency.value == "emergency"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my legs won't work this morning and my lower back is agony", "bilateral-leg-weakness"),
        ("both my legs are useless today, back pain", "bilateral-leg-weakness"),
        ("my legs keep folding when I stand up, my back hurts", "bilateral-leg-weakness"),
        ("I can't move either of my legs, back pain", "bilateral-leg-weakness"),
        ("I'm paralysed from the waist down since this morning, back agony", "bilateral-leg-weakness"),
        ("electric shocks going down both my legs since yesterday", "bilateral-sciatica"),
        ("my left foot went limp this morning, back pain", "foot-drop-weakness"),
        ("i cannot bend my ankle up anymore, back pain", "foot-drop-weakness"),
        ("my foot doesn't do what I tell it, sciatica", "foot-drop-weakness"),
        ("slipped on the ice and I can't lift my leg, hip agony", "unable-to-bear-weight-after-fall"),
        ("I was knocked over by a bus yesterday, my back is agony", "major-trauma"),
        ("a van pulled out and hit me, back pain since", "major-trauma"),
        ("I flew over the handlebars on my mountain bike, back pain", "major-trauma"),
        ("the horse threw me off yesterday, back agony", "major-trauma"),
        ("I dove into shallow water and hit my head, back pain", "major-trauma"),
        ("I'm having rigours and my back hurts", "fever-with-back-pain"),
        ("my back hurts and I have a raised temperature", "fever-with-back-pain"),
        ("sudden severe pain in my back and tummy, I'm cold and sweaty", "burst-aneurysm-symptoms"),
        ("sudden terrible back pain, I'm grey and sweaty", "burst-aneurysm-symptoms"),
        ("my belly button is throbbing with my heartbeat, back ache for weeks", "pulsating-abdomen"),
    ],
)
def test_plain_words_raise_the_sign(text: str, sign: str) -> None:
    assert sign in flags(text), text


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("the pains in my legs have gone now, only my back hurts", "bilateral-leg-weakness"),
        ("my legs are useless at football, my back aches", "bilateral-leg-weakness"),
        ("I can't move my legs without pain shooting into my back", "bilateral-leg-weakness"),
        ("what if my foot goes limp? back pain", "foot-drop-weakness"),
        ("my foot hangs down off the bed when I sleep, back pain", "foot-drop-weakness"),
        (
            "Fell skiing, landed on my hip. I can walk, but I can't lift the leg",
            "unable-to-bear-weight-after-fall",
        ),
        ("I nearly got knocked over by a car, my back hurts from jumping out the way", "major-trauma"),
        ("no rigors, no fever, just back pain", "fever-with-back-pain"),
        ("I have temperature sensitive teeth and back pain", "fever-with-back-pain"),
        ("I nearly fainted when I saw the price, my back aches", "burst-aneurysm-symptoms"),
    ],
)
def test_look_alikes_raise_no_emergency(text: str, sign: str) -> None:
    raised = flags(text)
    assert sign not in raised, text
    assert not raised & EMERGENCY, text
