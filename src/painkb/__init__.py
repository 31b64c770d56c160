"""painkb: a cited, typed, queryable knowledge base of musculoskeletal pain.

Everything public is re-exported here and listed in ``__all__``; submodules are
implementation detail unless documented.

>>> import painkb
>>> kb = painkb.load()
>>> [r.entity.name for r in painkb.referral_sources(kb, "lower-back")][:3]
['Glutes', 'Gluteus medius', 'Iliocostalis lumborum']

painkb informs; it does not diagnose. Warning signs come first in every answer that
involves them: follow their advice and see a clinician.
"""

import typing as _typing

from painkb import _hypothesis
from painkb._version import __version__
from painkb.dump import dump
from painkb.errors import (
    BadArgumentError,
    DataError,
    ExportError,
    PainKBError,
    Problem,
    TextTooLongError,
    UnknownEntityError,
    UnknownFormatError,
    UnknownKindError,
    UnknownSourceError,
    WrongKindError,
)
from painkb.kb import KnowledgeBase
from painkb.load import build, load
from painkb.metagraph import RELATIONS, Relation
from painkb.model import (
    Cause,
    Citation,
    Condition,
    Entity,
    Equipment,
    EvidenceLevel,
    ImprovementSign,
    Joint,
    Kind,
    Link,
    Muscle,
    Nerve,
    Region,
    Setting,
    Source,
    SourceKind,
    Symptom,
    Treatment,
    TreatmentCategory,
    Urgency,
    WarningSign,
    Zone,
)
from painkb.plain import as_data
from painkb.queries import (
    assess,
    causes_of,
    explain,
    referral_sources,
    symptoms_of,
    treatments_for,
    warning_signs,
)
from painkb.results import DISCLAIMER, Assessment, Candidate, Explanation, Match, Question, RedFlag, Referral

if _typing.TYPE_CHECKING:
    from painkb.understand import Interpretation, Mention, Status, interpret, prepare

# Imported on first use (PEP 562): reading free text needs modules that answering from
# ids does not, so `import painkb` and the CLI start without them.
_LAZY = {
    "Interpretation": "painkb.understand",
    "Mention": "painkb.understand",
    "Status": "painkb.understand",
    "interpret": "painkb.understand",
    "prepare": "painkb.understand",
}


def __getattr__(name: str) -> _typing.Any:
    found = globals()
    if name in found:  # another thread imported it meanwhile
        return found[name]
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'painkb' has no attribute {name!r}")
    import importlib

    value = found[name] = getattr(importlib.import_module(module), name)
    _LAZY.pop(name, None)  # from now on an ordinary attribute (deleting it deletes it)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Assessment",
    "BadArgumentError",
    "Candidate",
    "Cause",
    "Citation",
    "Condition",
    "DISCLAIMER",
    "DataError",
    "Entity",
    "Equipment",
    "EvidenceLevel",
    "Explanation",
    "ExportError",
    "ImprovementSign",
    "Interpretation",
    "Joint",
    "Kind",
    "KnowledgeBase",
    "Link",
    "Match",
    "Mention",
    "Muscle",
    "Nerve",
    "PainKBError",
    "Problem",
    "Question",
    "RELATIONS",
    "RedFlag",
    "Referral",
    "Region",
    "Relation",
    "Setting",
    "Source",
    "SourceKind",
    "Status",
    "Symptom",
    "TextTooLongError",
    "Treatment",
    "TreatmentCategory",
    "UnknownEntityError",
    "UnknownFormatError",
    "UnknownKindError",
    "UnknownSourceError",
    "Urgency",
    "WarningSign",
    "WrongKindError",
    "Zone",
    "__version__",
    "as_data",
    "assess",
    "build",
    "causes_of",
    "dump",
    "explain",
    "interpret",
    "load",
    "prepare",
    "referral_sources",
    "symptoms_of",
    "treatments_for",
    "warning_signs",
]

# st.from_type(painkb.Muscle) and friends, when hypothesis was imported first.
_hypothesis.register_if_hypothesis_is_imported()
