"""Words of Indian English and Scots read as they are meant, and a cancer regimen by name (session
44; found on the read half of hunts/s44a.txt and s44b.txt, never the frozen test part)."""

from __future__ import annotations

import pytest

from signs_read import asked, flags


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Respected doctor, I am having lower back pain since 10 days radiating to left leg, "
            "from yesterday urine is not passing properly and some leakage is also there.",
            "bladder-dysfunction",
        ),
        (
            "Since yesterday night I am not able to control urine and motion, back pain from 1 week.",
            "bowel-dysfunction",
        ),
        ("3rd cycle of FEC done, and my lower back has been aching since the weekend.", "history-of-cancer"),
        ("sair between ma shooders fir weeks noo, no ma lower back, up the top", "thoracic-back-pain"),
        (
            "went ower on the ice comin oot the Co-op, cannae put ony weight on ma right leg, hip's roarin",
            "unable-to-bear-weight-after-fall",
        ),
    ],
)
def test_the_sign_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


def test_bowels_and_bladder_said_normal_are_not_asked_about() -> None:
    text = "Since 3 days my back is little paining. Urine and motion both are coming normal, no numbness."
    assert not flags(text)
    assert "bowel-dysfunction" not in asked(text)


def test_a_cancer_the_writer_is_convinced_of_is_not_raised() -> None:
    text = "googled lower back pain and now I'm convinced I've got bone cancer. 32, sore for 3 days."
    assert "history-of-cancer" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "No problem of urine not passing, only back pain since 5 days.",
        "Urine is not passing any pain now, the UTI has cleared, but my back still aches.",
    ],
)
def test_urine_not_passing_denied_or_passing_no_pain_is_no_bladder_sign(text: str) -> None:
    assert "bladder-dysfunction" not in flags(text)
