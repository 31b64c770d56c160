"""What painkb raises and asks of a text: the helpers the understanding tests share.

>>> sorted(flags("I fell off a ladder and my back is killing me"))
['major-trauma', 'recent-injury']
"""

from __future__ import annotations

import painkb

KB = painkb.load()


def flags(text: str) -> set[str]:
    """The warning signs ``painkb.assess`` raises for ``text``."""
    return {f.warning_sign.id for f in painkb.assess(KB, text=text).red_flags}


def asked(text: str) -> set[str]:
    """The warning signs something in ``text`` prompts a question about."""
    return {q.warning_sign.id for q in painkb.assess(KB, text=text).questions if q.prompted}
