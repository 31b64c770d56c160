"""Make free-text reading ready at once, for a program that answers many messages.

`interpret` builds what it needs the first time it needs it: the lexicon, some three hundred
patterns, the stemmer and the typo matcher. That keeps ``import painkb`` and a one-off CLI
call quick, but a server's first messages pay for it unevenly (a message that is the first
to open a word with "di" compiles the figures of speech that do, some 10 ms). `prepare`
pays all of it at start instead; calling it again costs almost nothing.

>>> prepare(kb)
>>> painkb.interpret(kb, "my lower back hurts").mentions[0].entity.id
'lower-back-pain'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from painkb._lazy_re import compile_all
from painkb.understand.reader import interpret
from painkb.understand.second_reading import second_reading
from painkb.understand.words import import_matchers

if TYPE_CHECKING:
    from painkb.kb import KnowledgeBase

__all__ = ["prepare"]

# Read once so that every lazily built table is built: a side, an age, a duration, a
# denial, someone else, a figure of speech, a typo, a question answered.
_SAMPLES = (
    "I'm 62 and my left hip has hurt for 3 weeks, worse at night. No numbness.",
    "My mum had sciatica years ago. Bladder ok? yes. Like sitting on a nail, my buttok aches",
)


def prepare(kb: KnowledgeBase) -> None:
    """Build the lexicon of ``kb`` and everything `interpret` reads with, now.

    Args:
        kb: the knowledge base whose texts will be read.
    """
    import_matchers()
    second_reading()  # (read by a text that tells a warning sign in part)
    for text in _SAMPLES:
        interpret(kb, text)
    compile_all()  # (after the samples: some patterns are made by tables built on first use)
