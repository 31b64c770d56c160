"""Saying "can't finish" tells sexual dysfunction only with no task right after it.

"I can't finish my dinner" names a task; the second reading used to raise sexual dysfunction for
it with high confidence, a confident wrong warning.
"""

from __future__ import annotations

import pytest

import painkb

KB = painkb.load()


def _raised(text: str) -> set[str]:
    return {flag.warning_sign.id for flag in painkb.assess(KB, text=text).red_flags}


@pytest.mark.parametrize(
    "text",
    [
        "I can't finish my dinner since the back pain started",
        "I can't finish a crossword since the back pain started, can't concentrate",
        "couldn't finish the ironing, back pain since Monday",
        "I couldn't finish my shift, my back went",
    ],
)
def test_a_task_that_cannot_be_finished_is_no_sexual_dysfunction(text: str) -> None:
    assert "sexual-dysfunction" not in _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "cant finish since the disc went. sorry TMI",
        "Can't finish in bed anymore, started the same time as the back pain",
        "back pain and now I can't finish during sex, nothing comes out, this is new",
    ],
)
def test_the_euphemism_is_still_read(text: str) -> None:
    assert "sexual-dysfunction" in _raised(text)
