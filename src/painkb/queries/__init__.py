"""Query functions: plain functions ``f(kb, ...)`` returning immutable, cited answers."""

from painkb.queries.assess import assess
from painkb.queries.explain import explain
from painkb.queries.facts import causes_of, symptoms_of, warning_signs
from painkb.queries.referral import referral_sources
from painkb.queries.treatments import treatments_for

__all__ = [
    "assess",
    "causes_of",
    "explain",
    "referral_sources",
    "symptoms_of",
    "treatments_for",
    "warning_signs",
]
