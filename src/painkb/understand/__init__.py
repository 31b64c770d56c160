"""Understanding what people type: words in, findings with status and confidence out.

`interpret` finds the entities a text mentions (regions, symptoms, warning signs,
causes, conditions, muscles, treatments, equipment), says whether the person has each
one (`Status`), and lists what it did not understand. It sits between the
knowledge base and the queries: `painkb.assess` uses it for ``text=``.
"""

from painkb.understand.context import Status
from painkb.understand.interpretation import CONFIDENT, Interpretation, Mention
from painkb.understand.reader import interpret
from painkb.understand.warm_up import prepare

__all__ = ["CONFIDENT", "Interpretation", "Mention", "Status", "interpret", "prepare"]
