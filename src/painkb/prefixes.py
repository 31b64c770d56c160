"""The CURIE prefixes painkb accepts in ``xrefs``: one table, read by every module that needs it.

For each prefix: what it names, the forms of its local ids, and the IRI pattern of each
form. ``painkb validate`` (`painkb.lint`) accepts exactly these prefixes and forms, the
RDF export (`painkb.export.xref_iri`) turns a CURIE into the IRI of the form its
local id has, and `painkb.strategies` draws xrefs from the table.

>>> PREFIXES["UBERON"].iri("0001382")
'http://purl.obolibrary.org/obo/UBERON_0001382'
>>> PREFIXES["ICD11"].iri("1234567"), PREFIXES["ICD11"].iri("ME84.2")
('http://id.who.int/icd/entity/1234567', 'https://bioregistry.io/ICD11:ME84.2')
>>> PREFIXES["ICD10CM"].accepts("M54.50"), PREFIXES["ICD10CM"].accepts("lumbago")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["PREFIXES", "Prefix", "prefix_of"]


@attrs.frozen
class Prefix:
    """A CURIE prefix painkb accepts.

    Attributes:
        name: the prefix as written in a CURIE (``"UBERON"``).
        title: what it names.
        forms: ``(local id pattern, IRI pattern)`` pairs (ASCII only); the IRI pattern holds ``{}`` where
            the local id goes. A local id takes the IRI of the first form it matches.
        example: a local id of the first form, for messages.
    """

    name: str
    title: str
    forms: tuple[tuple[str, str], ...]
    example: str

    def accepts(self, local: str) -> bool:
        """Whether ``local`` has one of this prefix's forms of local id."""
        return any(re.fullmatch(pattern, local) for pattern, _ in self.forms)

    def iri(self, local: str) -> str:
        """The IRI of ``local``: that of the first form it matches, else of the last form."""
        template = next(
            (iri for pattern, iri in self.forms if re.fullmatch(pattern, local)), self.forms[-1][1]
        )
        return template.format(local)


def _obo(name: str, title: str, local: str, example: str) -> Prefix:
    """An OBO Foundry ontology: ``UBERON:0001382`` is ``http://purl.obolibrary.org/obo/UBERON_0001382``."""
    return Prefix(name, title, ((local, f"http://purl.obolibrary.org/obo/{name}_{{}}"),), example)


_SEVEN_DIGITS = r"[0-9]{7}"
_WHO_ICD10 = (r"[A-Z][0-9]{2}(\.[0-9]{1,2})?", "https://icd.who.int/browse10/2019/en#/{}")

_TABLE = (
    _obo("UBERON", "Uberon multi-species anatomy ontology", _SEVEN_DIGITS, "0001382"),
    _obo("FMA", "Foundational Model of Anatomy", r"[0-9]+", "22944"),
    _obo("HP", "Human Phenotype Ontology", _SEVEN_DIGITS, "0003419"),
    _obo("MONDO", "Mondo Disease Ontology", _SEVEN_DIGITS, "0005178"),
    _obo("DOID", "Human Disease Ontology", r"[0-9]+", "0050684"),
    _obo("SYMP", "Symptom Ontology", _SEVEN_DIGITS, "0000099"),
    _obo("OGMS", "Ontology for General Medical Science", _SEVEN_DIGITS, "0000031"),
    _obo("NCIT", "NCI Thesaurus", r"C[0-9]+", "C3262"),
    _obo("RO", "Relation Ontology", _SEVEN_DIGITS, "0002131"),
    _obo("BFO", "Basic Formal Ontology", _SEVEN_DIGITS, "0000040"),
    # The WHO's own ICD-10 browser; ICD10WHO is another name for the same codes.
    Prefix("ICD10", "ICD-10 (WHO)", (_WHO_ICD10,), "M54.5"),
    Prefix("ICD10WHO", "ICD-10 (WHO)", (_WHO_ICD10,), "M54.5"),
    # BioPortal's IRIs, the ones UMLS-based RDF uses; ICD-10-CM itself publishes no IRIs.
    Prefix(
        "ICD10CM",
        "ICD-10 Clinical Modification",
        ((r"[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?", "http://purl.bioontology.org/ontology/ICD10CM/{}"),),
        "M54.50",
    ),
    # ICD-11 entities have WHO IRIs by number; codes such as "FB56.2" resolve through Bioregistry.
    Prefix(
        "ICD11",
        "ICD-11 (WHO)",
        (
            (r"[0-9]+", "http://id.who.int/icd/entity/{}"),
            (r"[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?", "https://bioregistry.io/ICD11:{}"),
        ),
        "1234567",
    ),
    Prefix(
        "MESH", "Medical Subject Headings", ((r"[A-Z][0-9]+", "http://id.nlm.nih.gov/mesh/{}"),), "D012585"
    ),
    Prefix("SNOMEDCT", "SNOMED CT", ((r"[0-9]{6,18}", "http://snomed.info/id/{}"),), "279039007"),
)

#: Every prefix painkb accepts in ``xrefs``, by name.
PREFIXES: Mapping[str, Prefix] = MappingProxyType({prefix.name: prefix for prefix in _TABLE})


def prefix_of(curie: str) -> tuple[str, str]:
    """A CURIE's prefix and local id.

    >>> prefix_of("ICD10CM:M54.50")
    ('ICD10CM', 'M54.50')
    """
    prefix, _, local = curie.partition(":")
    return prefix, local
