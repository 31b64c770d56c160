"""How a pain eases, told after a comma ("very sore, ok lying flat"): the "ok" or "fine" says
when it is better, not that the pain is not there (a pattern from the 57th session's blind
review rev104, written anew; never the frozen test part)."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, flags


def status(text: str, entity: str) -> set[str]:
    """The statuses ``painkb.interpret`` gives ``entity`` in ``text``."""
    return {m.status.value for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("my lower back is very sore, ok when lying down", "lower-back-pain"),
        ("back very sore, fine lying flat", "lower-back-pain"),
        ("back is agony, fine if I sit still", "lower-back-pain"),
        ("my hip aches, okay while I'm sitting", "hip-pain"),
    ],
)
def test_a_pain_eased_after_a_comma_is_still_there(text: str, entity: str) -> None:
    assert status(text, entity) == {"present"}


def test_a_sign_said_with_how_it_eases_is_raised() -> None:
    assert "thoracic-back-pain" in flags("Middle of the back, very sore, ok lying flat.")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a state said of the place itself still denies it
        ("my back is fine, ok when I walk", "lower-back"),
        ("no numbness, fine when I walk", "numbness"),
    ],
)
def test_a_denial_before_the_easing_stays(text: str, entity: str) -> None:
    assert "absent" in status(text, entity)
    assert "present" not in status(text, entity)


def test_a_label_answered_with_how_it_goes_is_not_a_complaint() -> None:
    assert "bladder-dysfunction" not in flags("Bladder, ok when I go. back sore")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # after a weakness or a function, "fine walking" or "ok when ..." denies or explains it (a
        # hunt, rev106)
        ("Weakness in legs, fine walking and on stairs.", "numbness-tingling-or-weakness"),
        ("Trouble peeing, ok when I relax, been like that for years.", "bladder-dysfunction"),
        ("Foot drop, fine walking with the splint, that's years old since my stroke.", "foot-drop-weakness"),
    ],
)
def test_a_weakness_or_function_said_fine_after_a_comma_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text)
