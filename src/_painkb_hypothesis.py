"""painkb's hypothesis entry point, outside the painkb package so loading it imports nothing.

Hypothesis runs `_hypothesis_setup_hook` whenever it is imported (the ``hypothesis``
entry point in pyproject.toml). Had the hook lived in ``painkb``, loading it would import
painkb and cost every hypothesis user a quarter of a second (hypothesis keeps its own
pytest plugin in a top-level module for the same reason). See `painkb._hypothesis`.
"""

from __future__ import annotations

import sys


def _hypothesis_setup_hook() -> None:
    """Register painkb's types for ``st.from_type`` if painkb is imported (else painkb will)."""
    if "painkb" in sys.modules:
        from painkb._hypothesis import register

        register()
