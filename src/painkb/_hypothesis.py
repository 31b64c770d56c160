"""Registers painkb's types for ``st.from_type``, without importing hypothesis's strategies early.

Hypothesis runs ``_painkb_hypothesis._hypothesis_setup_hook`` (the ``hypothesis`` entry point)
whenever it is imported; that hook imports nothing of painkb and registers painkb's types
only if painkb is already imported, and ``import painkb`` registers them when hypothesis
already is. The registered strategies are callables, so `painkb.strategies` is
imported only when ``st.from_type`` first resolves a painkb type.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from typing import Any

_registered = False


def register_if_hypothesis_is_imported() -> None:
    """Called by ``import painkb``: register painkb's types if hypothesis came first."""
    if "hypothesis" in sys.modules and not os.environ.get("HYPOTHESIS_NO_PLUGINS"):
        register()


def _strategies() -> Any:
    return importlib.import_module("painkb.strategies")


def register() -> None:
    """Register every entity class, ``Entity``, ``Source``, ``Citation``, ``Link`` and ``KnowledgeBase``."""
    global _registered
    if _registered:
        return
    _registered = True
    from hypothesis import strategies as st

    from painkb.kb import KnowledgeBase
    from painkb.model import ENTITY_CLASSES, Citation, Entity, Kind, Link, Source

    def of_kind(kind: Kind) -> Callable[[type], Any]:
        return lambda _type: _strategies().entities(kind)

    for kind, cls in ENTITY_CLASSES.items():
        st.register_type_strategy(cls, of_kind(kind))
    st.register_type_strategy(Entity, lambda _type: _strategies().entities())
    st.register_type_strategy(Source, lambda _type: _strategies().sources())
    st.register_type_strategy(Citation, lambda _type: _strategies().citations())
    st.register_type_strategy(Link, lambda _type: _strategies().links())
    st.register_type_strategy(KnowledgeBase, lambda _type: _strategies().knowledge_bases())
