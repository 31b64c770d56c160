"""What painkb raises and asks of a text: the helpers the understanding tests share.

>>> sorted(flags("I fell off a ladder and my back is killing me"))
['major-trauma', 'recent-injury']
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import painkb

KB = painkb.load()


def flags(text: str) -> set[str]:
    """The warning signs ``painkb.assess`` raises for ``text``."""
    return {f.warning_sign.id for f in painkb.assess(KB, text=text).red_flags}


def asked(text: str) -> set[str]:
    """The warning signs something in ``text`` prompts a question about."""
    return {q.warning_sign.id for q in painkb.assess(KB, text=text).questions if q.prompted}


def recording_reads_again(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The signs the reader reads again (told in part), as it asks the second reading's model
    of them: the list fills as texts are read."""
    import painkb.understand.reader as reader
    from painkb.understand.second_reading import second_reading

    asked: list[str] = []
    model = second_reading()

    class Recording:
        threshold = model.threshold

        def probabilities(self, text: str, signs: Iterable[str]) -> dict[str, float]:
            asked.extend(signs)
            return model.probabilities(text, signs)

    monkeypatch.setattr(reader, "second_reading", Recording)
    return asked
