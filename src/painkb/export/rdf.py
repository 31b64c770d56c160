"""RDF (Turtle, N-Triples) with a small documented vocabulary, built with rdflib.

Vocabulary (``painkb:`` is `NAMESPACE`):

- each entity is the IRI ``painkb:<id>``, ``rdf:type painkb:<Kind>`` with the kind in
  CamelCase (``painkb:Muscle``, ``painkb:WarningSign``), each a subclass of
  ``painkb:Entity``;
- ``rdfs:label`` is the name, ``skos:altLabel`` each alias, ``dcterms:description`` the
  description, ``skos:exactMatch`` each xref as an ontology IRI (`xref_iri`); every
  other field is ``painkb:<field>`` (``painkb:dosage``, ``painkb:urgency``); ``steps`` is
  an ``rdf:List`` because order matters, other lists are repeated values;
- each link is the triple ``painkb:<subject> painkb:<relation> painkb:<target>``; the
  relation names come from `painkb.RELATIONS` and each is declared an
  ``rdf:Property`` with its description as ``rdfs:comment``;
- citations use standard RDF reification, which every RDF 1.1 tool reads (RDF-star is
  not used because rdflib does not parse it): the statement ``painkb:link/<subject>.<relation>.<target>``
  is an ``rdf:Statement`` with ``rdf:subject``, ``rdf:predicate``, ``rdf:object``, its
  qualifiers (``painkb:zone "primary"``) and one ``painkb:citation`` per citation;
- a citation is a blank node ``a painkb:Citation`` with ``painkb:source
  painkb:source/<id>`` and ``painkb:quote``, ``painkb:locator``, ``painkb:evidence``,
  ``painkb:note`` when given; an entity's own citations hang off the entity the same way;
- a source is ``painkb:source/<id> a painkb:Source`` with ``dcterms:title`` and
  ``painkb:<field>`` for its other fields.

rdflib is an optional dependency: ``pip install 'painkb[export]'``.

>>> text = painkb.export.to_rdf(kb, format="nt")
>>> f"<{painkb.export.NAMESPACE}piriformis> <{painkb.export.NAMESPACE}refers_pain_to>" in text
True
"""

from __future__ import annotations

import enum
import os
import re
from typing import TYPE_CHECKING, Literal

import attrs

from painkb import _atomic
from painkb.errors import ExportError, UnknownFormatError
from painkb.export.graphml import edge_id
from painkb.kb import KnowledgeBase
from painkb.metagraph import RELATIONS
from painkb.model import Citation, Entity, Kind, Source
from painkb.prefixes import PREFIXES, prefix_of

if TYPE_CHECKING:  # rdflib is imported lazily: it is optional and slow to import
    from rdflib import Graph, URIRef
    from rdflib.term import Node

__all__ = ["NAMESPACE", "OBO_PREFIXES", "class_iri", "rdf_graph", "to_rdf", "write_rdf", "xref_iri"]

#: The one namespace of every painkb IRI: entities, kinds, relations and fields.
NAMESPACE = "https://w3id.org/painkb/"

#: CURIE prefixes of OBO Foundry ontologies: ``UBERON:0001382`` becomes
#: ``http://purl.obolibrary.org/obo/UBERON_0001382``. Kept for compatibility; see
#: `painkb.prefixes.PREFIXES`.
OBO_PREFIXES = frozenset(
    name for name, prefix in PREFIXES.items() if prefix.forms[0][1].startswith("http://purl.obolibrary.org/")
)

# What an IRI cannot hold (RFC 3987): spaces, controls and <>"{}|\^`; rdflib refuses them too.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')

_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt"}


def xref_iri(curie: str) -> str:
    """The IRI of a cross-reference CURIE, from `painkb.prefixes.PREFIXES`.

    OBO ontologies (UBERON, HP, FMA, ...) map to their PURLs; ICD10CM to BioPortal's IRIs;
    ICD10 to the WHO browser; ICD11 entity numbers to ``http://id.who.int/icd/entity/<n>``;
    anything else (including ICD-11 codes and unknown prefixes) to the Bioregistry
    resolver ``https://bioregistry.io/<prefix>:<id>``.

    >>> xref_iri("UBERON:0001382")
    'http://purl.obolibrary.org/obo/UBERON_0001382'
    >>> xref_iri("ICD10CM:M54.50")
    'http://purl.bioontology.org/ontology/ICD10CM/M54.50'
    >>> xref_iri("ICD11:FB56.2")
    'https://bioregistry.io/ICD11:FB56.2'
    """
    prefix, local = prefix_of(curie)
    known = PREFIXES.get(prefix.upper())
    return known.iri(local) if known else f"https://bioregistry.io/{prefix}:{local}"


def class_iri(kind: Kind | str) -> str:
    """The IRI of a kind: ``NAMESPACE`` + the kind in CamelCase.

    >>> class_iri("warning_sign")
    'https://w3id.org/painkb/WarningSign'
    """
    return NAMESPACE + "".join(part.capitalize() for part in Kind(kind).value.split("_"))


def rdf_graph(kb: KnowledgeBase) -> Graph:
    """The knowledge base as an `rdflib.Graph` (see the module docstring for the vocabulary)."""
    from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
    from rdflib.collection import Collection
    from rdflib.namespace import DCTERMS, SKOS

    ns = Namespace(NAMESPACE)
    graph = Graph()
    graph.bind("painkb", ns)
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)

    def literal(value: object) -> Literal:
        if isinstance(value, bool):
            return Literal(value, datatype=XSD.boolean)
        if isinstance(value, enum.Enum):
            return Literal(str(value.value))
        return Literal(str(value))

    def add_citation(owner: Node, citation: Citation) -> None:
        node = BNode()
        graph.add((owner, ns.citation, node))
        graph.add((node, RDF.type, ns.Citation))
        graph.add((node, ns.source, URIRef(f"{NAMESPACE}source/{citation.source}")))
        for name in ("quote", "locator", "evidence", "note"):
            value = getattr(citation, name)
            if value:
                graph.add((node, ns[name], literal(value)))

    def add_fields(node: URIRef, obj: Entity | Source, special: dict[str, URIRef]) -> None:
        for field in attrs.fields(type(obj)):
            name, value = field.name, getattr(obj, field.name)
            if name in ("id", "xrefs", "citations") or value in ("", (), None):
                continue
            predicate = special.get(name, ns[name])
            if name == "steps":
                head = BNode()
                Collection(graph, head, [literal(step) for step in value])
                graph.add((node, predicate, head))
            elif isinstance(value, tuple):
                graph.addN((node, predicate, literal(item), graph) for item in value)
            else:
                graph.add((node, predicate, literal(value)))

    entity_fields = {"name": RDFS.label, "aliases": SKOS.altLabel, "description": DCTERMS.description}
    graph.add((ns.Entity, RDF.type, RDFS.Class))
    for kind in Kind:
        graph.add((URIRef(class_iri(kind)), RDFS.subClassOf, ns.Entity))
        graph.add((URIRef(class_iri(kind)), RDFS.label, Literal(kind.value.replace("_", " "))))
    for relation in RELATIONS.values():
        graph.add((ns[relation.name], RDF.type, RDF.Property))
        graph.add((ns[relation.name], RDFS.comment, Literal(relation.description)))
    for source in kb.sources.values():
        node = URIRef(f"{NAMESPACE}source/{source.id}")
        graph.add((node, RDF.type, ns.Source))
        add_fields(node, source, {"title": DCTERMS.title})
    for entity in kb.entities():
        node = ns[entity.id]
        graph.add((node, RDF.type, URIRef(class_iri(entity.kind))))
        add_fields(node, entity, entity_fields)
        for index, curie in enumerate(entity.xrefs):
            iri = xref_iri(curie)
            bad = _NOT_IN_IRI.search(iri)
            if bad:
                raise ExportError(
                    entity.id,
                    f"xrefs[{index}]",
                    f"{curie!r} makes the IRI {iri!r}, which cannot hold {bad.group()!r}",
                )
            graph.add((node, SKOS.exactMatch, URIRef(iri)))
        for citation in entity.citations:
            add_citation(node, citation)
    for link in kb.links:
        subject, predicate, target = ns[link.subject], ns[link.relation], ns[link.target]
        graph.add((subject, predicate, target))
        statement = URIRef(f"{NAMESPACE}link/{edge_id(link.subject, link.relation, link.target)}")
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.subject, subject))
        graph.add((statement, RDF.predicate, predicate))
        graph.add((statement, RDF.object, target))
        for name, value in link.qualifiers:
            graph.add((statement, ns[name], Literal(value)))
        for citation in link.citations:
            add_citation(statement, citation)
    return graph


def to_rdf(kb: KnowledgeBase, format: Literal["turtle", "ttl", "nt"] = "turtle") -> str:
    """The knowledge base as Turtle (``"turtle"`` or ``"ttl"``) or N-Triples (``"nt"``) text.

    Raises:
        UnknownFormatError: an unknown format (a `ValueError`).
        ExportError: a value RDF cannot carry (an xref that makes no valid IRI), naming
            the entity and the field.
    """
    try:
        rdflib_format = _FORMATS[format]
    except KeyError:
        raise UnknownFormatError(f"unknown RDF format {format!r}; use 'turtle' or 'nt'") from None
    return rdf_graph(kb).serialize(format=rdflib_format)


def write_rdf(
    kb: KnowledgeBase,
    path: str | os.PathLike[str],
    format: Literal["turtle", "ttl", "nt"] = "turtle",
) -> None:
    """Write `to_rdf` to a file (UTF-8), atomically: a failure leaves ``path`` as it was.

    Raises:
        ExportError: a value RDF cannot carry (an xref that makes no valid IRI).
    """
    _atomic.write_text(path, to_rdf(kb, format))
