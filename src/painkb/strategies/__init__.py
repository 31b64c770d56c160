"""Hypothesis strategies for painkb objects, valid knowledge bases and faulty data files.

Install with ``pip install painkb[testing]``; this module is not imported by ``import
painkb``. Downstream projects can property-test their own code against generated
knowledge bases, and check validators against data with one known problem.

>>> import painkb
>>> from hypothesis import given
>>> from painkb.strategies import knowledge_bases
>>> @given(knowledge_bases(max_entities=6))
... def test_every_link_is_cited(kb):
...     assert all(link.citations for link in kb.links)
>>> test_every_link_is_cited()

Every generated knowledge base is made by `painkb.build`, so it passed the same
validation as the bundled data: ids are unique, every reference resolves, every link is
cited by an existing source and joins kinds its relation allows (drawn from
`painkb.RELATIONS`, the single source of truth), and no link is written twice.

How they shrink: text shrinks towards the empty string (names towards ``"0"``), ids
towards ``"a"``, lists (entities, sources, links, citations) towards their minimum size,
enums and relations towards their first member, and optional fields towards their
default. A failing knowledge base therefore shrinks to the fewest entities and links
that still fail, with the simplest text. `faulty_data` shrinks towards the first
fault class in `FAULTS` and the smallest knowledge base that shows it.

When painkb and hypothesis are installed together, ``st.from_type(painkb.Muscle)`` (and
every other entity class, ``Entity``, ``Source``, ``Citation``, ``Link`` and
``KnowledgeBase``) uses these strategies, through the ``hypothesis`` entry point. The
entry point imports nothing of painkb (see `_painkb_hypothesis`), so importing
hypothesis costs nothing extra.

The package is split by job: ``_objects`` (ids, citations, sources, entities, links),
``_knowledge_bases`` (valid knowledge bases) and ``_faults`` (data with one problem).
"""

from __future__ import annotations

from types import FunctionType as _FunctionType

# Before hypothesis: an old install's entry point names this module's hook, and importing
# hypothesis below runs it while this module is still being imported.
from _painkb_hypothesis import _hypothesis_setup_hook as _hypothesis_setup_hook
from painkb.model import (
    Cause,
    Condition,
    Equipment,
    ImprovementSign,
    Joint,
    Muscle,
    Nerve,
    Region,
    Symptom,
    Treatment,
    WarningSign,
)
from painkb.model import Kind as _Kind
from painkb.strategies._faults import FAULTS, FaultName, FaultyData, faulty_data
from painkb.strategies._knowledge_bases import knowledge_bases
from painkb.strategies._objects import BY_KIND, KindStrategy, citations, entities, ids, links, sources

__all__ = [
    "FAULTS",
    "FaultName",
    "FaultyData",
    "causes",
    "citations",
    "conditions",
    "entities",
    "equipment",
    "faulty_data",
    "ids",
    "improvement_signs",
    "joints",
    "knowledge_bases",
    "links",
    "muscles",
    "nerves",
    "regions",
    "sources",
    "symptoms",
    "treatments",
    "warning_signs",
]

# One strategy function per kind of entity, made from the model (painkb.ENTITY_CLASSES).
muscles: KindStrategy[Muscle] = BY_KIND[_Kind.MUSCLE]
regions: KindStrategy[Region] = BY_KIND[_Kind.REGION]
joints: KindStrategy[Joint] = BY_KIND[_Kind.JOINT]
nerves: KindStrategy[Nerve] = BY_KIND[_Kind.NERVE]
conditions: KindStrategy[Condition] = BY_KIND[_Kind.CONDITION]
symptoms: KindStrategy[Symptom] = BY_KIND[_Kind.SYMPTOM]
causes: KindStrategy[Cause] = BY_KIND[_Kind.CAUSE]
treatments: KindStrategy[Treatment] = BY_KIND[_Kind.TREATMENT]
equipment: KindStrategy[Equipment] = BY_KIND[_Kind.EQUIPMENT]
warning_signs: KindStrategy[WarningSign] = BY_KIND[_Kind.WARNING_SIGN]
improvement_signs: KindStrategy[ImprovementSign] = BY_KIND[_Kind.IMPROVEMENT_SIGN]

# The public objects belong to this package, wherever they are defined.
for _name in __all__:
    if isinstance(globals()[_name], (type, _FunctionType)):
        globals()[_name].__module__ = __name__
