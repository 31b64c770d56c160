"""Old name of :mod:`painkb.plain`, kept while :mod:`painkb.cli` still imports it from here.

Import :func:`painkb.as_data` (or :func:`painkb.plain.as_data`) instead.
"""

from painkb.plain import as_data

__all__ = ["as_data"]
