"""A griffe extension: reStructuredText roles in docstrings become Markdown code.

painkb's docstrings say :class:`Source` and :func:`painkb.dump` (read by Python's help()
and IDEs); mkdocstrings renders Markdown, where such roles would show up verbatim.

>>> strip_roles("see :class:`Source` and :func:`~painkb.dump`")
'see `Source` and `painkb.dump`'
"""

from __future__ import annotations

import importlib.util
import re
from typing import Any

_ROLE = re.compile(r":(?:class|func|meth|data|mod|attr|exc|obj):`~?([^`]+)`")


def strip_roles(text: str) -> str:
    """``text`` with every ``:role:`name``` replaced by ```name```."""
    return _ROLE.sub(r"`\1`", text)


# Without the docs extra there is no griffe; the module still imports, for its doctest.
if importlib.util.find_spec("griffe") is not None:
    import griffe

    class RstRoles(griffe.Extension):
        """Rewrite roles in every docstring griffe collects."""

        def on_object(self, *, obj: Any, **kwargs: Any) -> None:
            if obj.docstring is not None:
                obj.docstring.value = strip_roles(obj.docstring.value)
