"""Old name of :mod:`painkb.partof`, kept while ``assess`` and ``screening`` import it from here."""

from painkb.partof import ancestors, descendants, family

__all__ = ["ancestors", "descendants", "family"]
