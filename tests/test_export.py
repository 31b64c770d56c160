"""Every export read back with a real client and compared with the knowledge base."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import painkb
import painkb.export
from painkb import Citation, KnowledgeBase, Link
from painkb.export._records import edge_record, flat, node_record
from painkb.model import Condition, Muscle, Region, Source, Treatment, WarningSign

NS = painkb.export.NAMESPACE


def tricky_kb() -> KnowledgeBase:
    """Small, but with every awkward value: quotes, semicolons, newlines, non-ASCII, xrefs."""
    cite = Citation("odd-source", quote='He said "ouch; really" \u2014 twice.\nThen stopped.')
    return painkb.build(
        [
            Region(
                id="buttock",
                name="Buttock",
                aliases=["gluteal region", 'b\u00fcttock; "seat"'],
                xrefs=["UBERON:0013691", "FMA:22944"],
                citations=[cite],
            ),
            Region(id="lateral-hip", name="Lateral hip"),
            Muscle(id="glutes", name="Glutes", group=True, xrefs=["UBERON:0002000"]),
            Muscle(id="piriformis", name="Piriformis", function="Rotates the hip; abducts it."),
            Condition(id="sciatica", name="Sciatica", xrefs=["ICD10CM:M54.30", "ICD11:8B93.6", "HP:0012531"]),
            Treatment(
                id="stretch",
                name="Stretch",
                category="stretch",
                setting="self_care",
                steps=["Sit; cross one leg.", "Lean <forward> & hold"],
                cautions=["Stop if it hurts"],
            ),
            WarningSign(id="numb-saddle", name="Numb saddle", urgency="emergency", advice="Go now."),
        ],
        [Source(id="odd-source", title='A source, with "quotes"', kind="blog", evidence="opinion")],
        [
            Link("piriformis", "part_of", "glutes", [cite]),
            Link(
                "glutes",
                "refers_pain_to",
                "lateral-hip",
                [Citation("odd-source", locator="p. 1")],
                {"zone": "spillover"},
            ),
            Link(
                "piriformis",
                "refers_pain_to",
                "buttock",
                [cite, Citation("odd-source", locator="p. 2", evidence="unattributed_claim")],
                {"zone": "primary"},
            ),
            Link("lateral-hip", "part_of", "buttock", [cite]),
            Link("stretch", "targets", "glutes", [cite]),
            Link("stretch", "relieves", "sciatica", [cite]),
            Link("piriformis", "mimics", "sciatica", [cite]),
        ],
    )


@pytest.fixture(params=["bundled", "tricky"])
def any_kb(request: pytest.FixtureRequest) -> KnowledgeBase:
    return painkb.load() if request.param == "bundled" else tricky_kb()


def link_keys(kb: KnowledgeBase) -> set[tuple[str, str, str]]:
    return {(l.subject, l.target, l.relation) for l in kb.links}


# -- GraphML --------------------------------------------------------------------------------


def test_graphml_reads_back_in_networkx(any_kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "kb.graphml"
    painkb.export.to_graphml(any_kb, path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.is_directed()
    assert set(graph.nodes) == {e.id for e in any_kb}
    for entity in any_kb:
        assert graph.nodes[entity.id] == flat(node_record(entity))
    read = {(u, v, data["relation"]): data for u, v, data in graph.edges(data=True)}
    assert set(read) == link_keys(any_kb)
    for link in any_kb.links:
        data = read[(link.subject, link.target, link.relation)]
        assert json.loads(data["citations"]) == painkb.as_data(link.citations)
        assert {k: data[k] for k, _ in link.qualifiers} == dict(link.qualifiers)
    assert json.loads(graph.graph["sources"]).keys() == any_kb.sources.keys()


def test_graphml_reads_back_in_igraph(any_kb: KnowledgeBase, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    path = tmp_path / "kb.graphml"
    painkb.export.to_graphml(any_kb, path)
    graph = igraph.Graph.Read_GraphML(str(path))
    assert graph.is_directed()
    names = graph.vs["id"]
    assert sorted(names) == sorted(e.id for e in any_kb)
    assert graph.vs["kind"] == [any_kb.get(n).kind.value for n in names]
    assert graph.vs["name"] == [any_kb.get(n).name for n in names]
    edges = {(names[e.source], names[e.target], e["relation"]) for e in graph.es}
    assert edges == link_keys(any_kb)
    assert graph.ecount() == len(any_kb.links)


# -- node-link JSON and JSON Lines -----------------------------------------------------------


def test_node_link_json_round_trips_through_networkx(any_kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "kb.json"
    painkb.export.write_json(any_kb, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert set(graph.nodes) == set(any_kb.graph.nodes)
    assert set(graph.edges(keys=True)) == set(any_kb.graph.edges(keys=True))
    for entity in any_kb:
        assert graph.nodes[entity.id] == node_record(entity)
    for link in any_kb.links:
        assert graph.edges[link.subject, link.target, link.relation] == edge_record(link)
    assert graph.graph["sources"] == {s.id: painkb.as_data(s) for s in any_kb.sources.values()}


def test_jsonl_has_one_record_per_source_node_and_edge(any_kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "kb.jsonl"
    painkb.export.write_jsonl(any_kb, path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_type: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_type.setdefault(record.pop("type"), []).append(record)
    assert [r["id"] for r in by_type["source"]] == list(any_kb.sources)
    assert [r.pop("id") for r in by_type["node"]] == [e.id for e in any_kb]
    assert by_type["node"] == [node_record(e) for e in any_kb]
    assert {(r["source"], r["target"], r["relation"]) for r in by_type["edge"]} == link_keys(any_kb)


# -- Neo4j CSV -------------------------------------------------------------------------------

# neo4j-admin import headers: name[:type], :ID(space), :LABEL, :START_ID(space), :END_ID(space), :TYPE
_TYPES = (
    "int|long|float|double|boolean|byte|short|char|string|point"
    "|date|localtime|time|localdatetime|datetime|duration"
)
_HEADER = re.compile(
    rf"^(?:[A-Za-z_][A-Za-z0-9_]*(?::(?:{_TYPES})(?:\[\])?)?"
    r"|[A-Za-z_]*:ID\([A-Za-z]+\)|:LABEL|:START_ID\([A-Za-z]+\)|:END_ID\([A-Za-z]+\)|:TYPE)$"
)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_neo4j_csv_headers_and_rows(any_kb: KnowledgeBase, tmp_path: Path) -> None:
    paths = painkb.export.to_neo4j_csv(any_kb, tmp_path / "neo4j")
    assert [p.name for p in paths] == ["entities.csv", "sources.csv", "links.csv"]
    for path in paths:
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert all(_HEADER.match(column) for column in header), header
        assert len(set(header)) == len(header)
    entities, sources, links = (read_csv(p) for p in paths)
    assert [row["id:ID(Entity)"] for row in entities] == [e.id for e in any_kb]
    for row in entities:
        entity = any_kb.get(row["id:ID(Entity)"])
        assert row[":LABEL"].split(";") == ["Entity", painkb.export.class_iri(entity.kind)[len(NS) :]]
        assert (row["name"], row["kind"]) == (entity.name, entity.kind.value)
        assert json.loads(row["aliases"]) == list(entity.aliases)
        if isinstance(entity, Muscle):
            assert row["group:boolean"] == str(entity.group).lower()
    assert [row["id:ID(Source)"] for row in sources] == list(any_kb.sources)
    assert {(r[":START_ID(Entity)"], r[":END_ID(Entity)"], r[":TYPE"]) for r in links} == link_keys(any_kb)
    for row, link in zip(links, any_kb.links, strict=True):
        assert json.loads(row["citations"]) == painkb.as_data(link.citations)
        assert row["zone"] == (link.qualifier("zone") or "")


# -- RDF -------------------------------------------------------------------------------------


@pytest.fixture(params=["turtle", "nt"])
def rdf_store(request: pytest.FixtureRequest, any_kb: KnowledgeBase) -> tuple[KnowledgeBase, Any]:
    pyoxigraph = pytest.importorskip("pyoxigraph")
    text = painkb.export.to_rdf(any_kb, format=request.param)
    store = pyoxigraph.Store()
    mime = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES}[request.param]
    store.load(text.encode("utf-8"), format=mime)
    return any_kb, store


PREFIXES = f"""
PREFIX painkb: <{NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def ids(store: Any, query: str) -> list[str]:
    """The first variable of each solution, as an id (the IRI without the namespace)."""
    return [row[0].value[len(NS) :] for row in store.query(PREFIXES + query)]


def test_sparql_referral_sources_match_python(rdf_store: tuple[KnowledgeBase, Any]) -> None:
    kb, store = rdf_store
    answered = 0
    for region in kb.entities("region"):
        # A source refers pain to the region or a part of it; its zone is primary when any
        # such link is; order as referral_sources: primary first, then by name.
        query = f"""
        SELECT ?s (MAX(?primary) AS ?zone) (SAMPLE(?name) AS ?label) WHERE {{
            ?part painkb:part_of* painkb:{region.id} .
            ?s painkb:refers_pain_to ?part ; rdfs:label ?name .
            ?st rdf:subject ?s ; rdf:predicate painkb:refers_pain_to ; rdf:object ?part ;
                painkb:zone ?z .
            BIND(IF(?z = "primary", 1, 0) AS ?primary)
        }} GROUP BY ?s ORDER BY DESC(?zone) LCASE(?label) ?s
        """
        rows = list(store.query(PREFIXES + query))
        got = [(row[0].value[len(NS) :], "primary" if int(row[1].value) else "spillover") for row in rows]
        expected = [(r.entity.id, r.zone.value) for r in painkb.referral_sources(kb, region)]
        assert got == expected, region.id
        answered += bool(expected)
    assert answered


# The part_of family: the entity, what it is part of, and what is part of it.
FAMILY = "{{ ?node painkb:part_of* painkb:{id} }} UNION {{ painkb:{id} painkb:part_of* ?node }}"


def test_sparql_treatments_match_python(rdf_store: tuple[KnowledgeBase, Any]) -> None:
    kb, store = rdf_store
    answered = 0
    for kind, relations, reach in [
        ("region", "painkb:targets", "?node painkb:part_of* painkb:{id}"),
        ("muscle", "painkb:targets", FAMILY),
        ("joint", "painkb:targets", FAMILY),
        ("condition", "painkb:relieves|painkb:prevents", FAMILY),
        ("symptom", "painkb:relieves", FAMILY),
        ("cause", "painkb:prevents", FAMILY),
    ]:
        for entity in kb.entities(kind):
            query = f"SELECT DISTINCT ?t WHERE {{ {reach.format(id=entity.id)} . ?t {relations} ?node }}"
            expected = {m.entity.id for m in painkb.treatments_for(kb, entity)}
            assert set(ids(store, query)) == expected, entity.id
            answered += bool(expected)
    assert answered  # the comparison saw real answers, not only empty ones


def test_sparql_causes_match_python(rdf_store: tuple[KnowledgeBase, Any]) -> None:
    kb, store = rdf_store
    answered = 0
    for kind in ("muscle", "joint", "condition", "symptom"):
        for entity in kb.entities(kind):
            reach = FAMILY.format(id=entity.id)
            query = f"SELECT DISTINCT ?c WHERE {{ {reach} . ?c painkb:contributes_to ?node }}"
            expected = {m.entity.id for m in painkb.causes_of(kb, entity)}
            assert set(ids(store, query)) == expected, entity.id
            answered += bool(expected)
    assert answered or not any(l.relation == "contributes_to" for l in kb.links)


def test_rdf_types_labels_and_xrefs(rdf_store: tuple[KnowledgeBase, Any]) -> None:
    kb, store = rdf_store
    for entity in kb:
        query = f"SELECT ?type ?label WHERE {{ painkb:{entity.id} a ?type ; rdfs:label ?label }}"
        ((kind, label),) = [(row[0].value, row[1].value) for row in store.query(PREFIXES + query)]
        assert (kind, label) == (painkb.export.class_iri(entity.kind), entity.name)
        query = f"SELECT ?x WHERE {{ painkb:{entity.id} skos:exactMatch ?x }}"
        got = {row[0].value for row in store.query(PREFIXES + query)}
        assert got == {painkb.export.xref_iri(x) for x in entity.xrefs}


def test_rdf_reified_citations_match_links(rdf_store: tuple[KnowledgeBase, Any]) -> None:
    kb, store = rdf_store
    query = """
    SELECT ?s ?p ?o ?source ?quote ?locator WHERE {
        ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; painkb:citation ?c .
        ?c painkb:source ?source .
        OPTIONAL { ?c painkb:quote ?quote } OPTIONAL { ?c painkb:locator ?locator }
    }"""
    got = sorted(
        (
            *(row[i].value[len(NS) :] for i in range(3)),
            row[3].value[len(NS + "source/") :],
            row[4].value if row[4] else "",
            row[5].value if row[5] else "",
        )
        for row in store.query(PREFIXES + query)
    )
    expected = sorted(
        (l.subject, l.relation, l.target, c.source, c.quote, c.locator) for l in kb.links for c in l.citations
    )
    assert got == expected
    triples = {
        tuple(row[i].value[len(NS) :] for i in range(3))
        for row in store.query(PREFIXES + "SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?p a rdf:Property }")
    }
    assert triples == {(l.subject, l.relation, l.target) for l in kb.links}


def test_rdflib_reads_turtle_and_ntriples_as_the_same_graph(any_kb: KnowledgeBase) -> None:
    rdflib = pytest.importorskip("rdflib")
    ox = pytest.importorskip("pyoxigraph")

    turtle = rdflib.Graph().parse(data=painkb.export.to_rdf(any_kb, "turtle"), format="turtle")
    ntriples = rdflib.Graph().parse(data=painkb.export.to_rdf(any_kb, "nt"), format="nt")
    assert len(turtle) == len(ntriples)
    # Same graph up to blank-node names: compare RDFC-1.0 canonical forms. (rdflib's own
    # isomorphism check takes minutes on the bundled data's many blank nodes.)
    canonical = []
    for graph in (turtle, ntriples):
        dataset = ox.Dataset(ox.parse(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES))
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        canonical.append(set(dataset))
    assert canonical[0] == canonical[1]
    steps = [s for s in any_kb.entities("treatment") if isinstance(s, Treatment) and s.steps]
    for treatment in steps:
        head = turtle.value(rdflib.URIRef(NS + treatment.id), rdflib.URIRef(NS + "steps"))
        assert [str(x) for x in rdflib.collection.Collection(turtle, head)] == list(treatment.steps)


def test_every_relation_is_declared_once_from_the_metagraph(any_kb: KnowledgeBase) -> None:
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(painkb.export.to_rdf(any_kb).encode(), format=pyoxigraph.RdfFormat.TURTLE)
    declared = ids(store, "SELECT ?p WHERE { ?p a rdf:Property }")
    assert sorted(declared) == sorted(painkb.RELATIONS)


def test_unknown_formats_are_refused_with_a_typed_value_error() -> None:
    with pytest.raises(painkb.UnknownFormatError, match="unknown RDF format") as rdf:
        painkb.export.to_rdf(painkb.load(), format="xml")  # type: ignore[arg-type]
    with pytest.raises(painkb.UnknownFormatError, match="unknown format 'pdf'; use one of csv") as any_format:
        painkb.export.export(painkb.load(), "pdf", "x.pdf")
    assert isinstance(rdf.value, ValueError)
    assert isinstance(any_format.value, ValueError)


@pytest.mark.parametrize(
    ("curie", "iri"),
    [
        ("UBERON:0001382", "http://purl.obolibrary.org/obo/UBERON_0001382"),
        ("HP:0003419", "http://purl.obolibrary.org/obo/HP_0003419"),
        ("FMA:22944", "http://purl.obolibrary.org/obo/FMA_22944"),
        ("ICD10CM:M54.50", "http://purl.bioontology.org/ontology/ICD10CM/M54.50"),
        ("ICD10:M54.5", "https://icd.who.int/browse10/2019/en#/M54.5"),
        ("ICD11:1234567", "http://id.who.int/icd/entity/1234567"),
        ("ICD11:ME84.2", "https://bioregistry.io/ICD11:ME84.2"),
        ("wikidata:Q123", "https://bioregistry.io/wikidata:Q123"),
    ],
)
def test_xref_iris(curie: str, iri: str) -> None:
    assert painkb.export.xref_iri(curie) == iri


@pytest.mark.parametrize("format_", sorted(painkb.export.FORMATS))
def test_the_export_command_writes_each_format(format_: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from painkb.cli import main

    (tmp_path / "deeper").mkdir()  # the command makes no missing folder (tests/test_cli.py)
    out = tmp_path / "deeper" / f"kb.{format_}"
    result = CliRunner().invoke(main, ["export", "--format", format_, "--out", str(out)])
    assert result.exit_code == 0, result.output
    if format_ == "csv":
        assert sorted(p.name for p in out.iterdir()) == sorted(painkb.export.neo4j.FILES)
    else:
        assert out.stat().st_size > 0
    if format_ == "json":
        graph = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
        assert set(graph.edges(keys=True)) == set(painkb.load().graph.edges(keys=True))
