"""The knowledge base: lookups, find, graph copies, equality."""

from __future__ import annotations

import copy
import pickle
import time

import attrs
import networkx as nx
import pytest

import painkb
from painkb import Kind, UnknownEntityError, UnknownKindError, WrongKindError
from painkb.kb import KindLike


@pytest.fixture(scope="module")
def kb() -> painkb.KnowledgeBase:
    return painkb.load()


def test_get_returns_the_entity_and_checks_its_class(kb: painkb.KnowledgeBase) -> None:
    muscle = kb.get("piriformis", painkb.Muscle)
    assert muscle.id == "piriformis"
    with pytest.raises(WrongKindError, match="is a muscle, not a region"):
        kb.get("piriformis", painkb.Region)


@pytest.mark.parametrize("kind", [Kind.MUSCLE, "muscle", painkb.Muscle])
def test_every_kind_argument_takes_a_kind_its_name_or_its_class(
    kb: painkb.KnowledgeBase, kind: KindLike
) -> None:
    assert kb.get("piriformis", kind).id == "piriformis"
    assert kb.entities(kind) == kb.entities(Kind.MUSCLE)
    assert all(e.kind is Kind.MUSCLE for e in kb.find("piriformis", kind))
    assert kb.resolve("piriformis", [kind]).id == "piriformis"
    with pytest.raises(WrongKindError, match="is a region, not a muscle"):
        kb.get("buttock", kind)


def test_entity_itself_is_any_kind_in_get_and_no_kind_elsewhere(kb: painkb.KnowledgeBase) -> None:
    assert kb.get("piriformis", painkb.Entity).id == "piriformis"
    with pytest.raises(UnknownKindError, match="pass a subclass of Entity"):
        kb.entities(painkb.Entity)


def test_unknown_ids_raise_a_key_error_with_suggestions(kb: painkb.KnowledgeBase) -> None:
    with pytest.raises(KeyError) as caught:
        kb.get("piriformus")
    error = caught.value
    assert isinstance(error, UnknownEntityError)
    assert error.suggestions[0] == "piriformis"
    assert "did you mean 'piriformis'" in str(error)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("QL", None, "quadratus-lumborum"),
        ("ql", None, "quadratus-lumborum"),
        ("lower back", "region", "lower-back"),
        ("Lower-Back!", Kind.REGION, "lower-back"),
        ("glute min", None, "gluteus-minimus"),
        ("piriformis strech", "treatment", "seated-piriformis-stretch"),
        ("outer hip", None, "lateral-hip"),
        ("SI joint", None, "sacroiliac-joint"),
    ],
)
def test_find_resolves_everyday_words(
    kb: painkb.KnowledgeBase, text: str, kind: str | None, expected: str
) -> None:
    assert kb.find(text, kind=kind)[0].id == expected


def test_find_respects_kind_and_limit(kb: painkb.KnowledgeBase) -> None:
    found = kb.find("pain", kind="symptom", limit=2)
    assert len(found) <= 2
    assert all(e.kind is Kind.SYMPTOM for e in found)
    assert kb.find("") == ()
    assert kb.find("zzzzqqq") == ()
    with pytest.raises(UnknownKindError, match="did you mean 'muscle'"):
        kb.find("x", kind="musle")


@pytest.mark.parametrize("text", ["qwertyuiop asdf", "zzzzqqq", "xkcd vbnm", "q", "asdfghjkl"])
def test_find_returns_nothing_for_nonsense(kb: painkb.KnowledgeBase, text: str) -> None:
    assert kb.find(text) == ()
    assert kb.find(text, min_score=0) == ()


def test_min_score_is_honest(kb: painkb.KnowledgeBase) -> None:
    everything = kb.find_scored("piriformis strech", min_score=0, limit=100)
    assert everything, "close words give candidates"
    for threshold in (0, 70, 90, 100):
        kept = kb.find_scored("piriformis strech", min_score=threshold, limit=100)
        assert all(score >= threshold for _e, score in kept)
        assert [e for e, s in everything if s >= threshold] == [e for e, _s in kept]
    assert kb.find("piriformis", min_score=100)[0].id == "piriformis"


def test_find_refuses_long_text_promptly(kb: painkb.KnowledgeBase) -> None:
    for text in ("a" * 1_000_000, "lower back " * 100_000):
        started = time.perf_counter()
        with pytest.raises(painkb.TextTooLongError, match="at most 1,000 characters") as caught:
            kb.find(text)
        assert isinstance(caught.value, ValueError)
        assert time.perf_counter() - started < 0.1
    started = time.process_time()
    kb.find("a" * 1_000)  # the longest accepted text: one word, then many words
    kb.find(("lumbar " * 200)[:1_000])
    assert time.process_time() - started < 1.0


def test_exact_matches_score_100_and_come_first(kb: painkb.KnowledgeBase) -> None:
    scored = kb.find_scored("piriformis")
    assert scored[0][0].id == "piriformis"
    assert scored[0][1] == 100.0
    assert [s for _, s in scored] == sorted((s for _, s in scored), reverse=True)


def test_entities_by_kind_are_sorted(kb: painkb.KnowledgeBase) -> None:
    regions = kb.entities("region")
    assert regions == tuple(sorted(regions, key=lambda e: e.id))
    assert all(isinstance(e, painkb.Region) for e in regions)
    assert len(kb.entities()) == len(kb)


def test_graph_mirrors_entities_and_links(kb: painkb.KnowledgeBase) -> None:
    graph = kb.graph
    assert set(graph.nodes) == {e.id for e in kb}
    assert graph.number_of_edges() == len(kb.links)
    for node, data in graph.nodes(data=True):
        assert data["entity"] is kb.get(node)
        assert data["kind"] == kb.get(node).kind.value
    for link in kb.links:
        data = graph.edges[link.subject, link.target, link.relation]
        assert data["citations"] == link.citations
        assert data["relation"] == link.relation
        assert data.get("zone") == link.qualifier("zone")


def test_graph_copies_are_ordinary_mutable_graphs(kb: painkb.KnowledgeBase) -> None:
    mutable = nx.MultiDiGraph(kb.graph)
    mutable.add_node("mine")
    assert "mine" not in kb.graph
    undirected = kb.graph.to_undirected()
    assert undirected.number_of_nodes() == kb.graph.number_of_nodes()
    restored = pickle.loads(pickle.dumps(kb.graph))
    assert set(restored.edges(keys=True)) == set(kb.graph.edges(keys=True))
    assert copy.deepcopy(kb.graph.nodes["piriformis"]) == dict(kb.graph.nodes["piriformis"])


def test_links_indexes_agree_with_the_link_list(kb: painkb.KnowledgeBase) -> None:
    for link in kb.links:
        assert link in kb.links_from(link.subject, link.relation)
        assert link in kb.links_to(link.target, link.relation)
    assert kb.links_from("piriformis", "no_such_relation") == ()
    for entity in kb:
        assert set(kb.links_from(entity.id)) == {link for link in kb.links if link.subject == entity.id}
        assert set(kb.links_to(entity.id)) == {link for link in kb.links if link.target == entity.id}


def test_evidence_falls_back_to_the_source(kb: painkb.KnowledgeBase) -> None:
    citations = [c for link in kb.links for c in link.citations]
    for citation in citations:
        expected = citation.evidence or kb.sources[citation.source].evidence
        assert kb.evidence(citation) is expected
    assert any(c.evidence is not None for c in citations), "some claim should carry its own evidence level"


def test_stats_count_what_is_there(kb: painkb.KnowledgeBase) -> None:
    stats = kb.stats()
    assert sum(stats["entities"].values()) == len(kb)
    assert sum(stats["links"].values()) == len(kb.links)
    assert sum(stats["sources"].values()) == len(kb.sources)


def test_equality_is_by_content(kb: painkb.KnowledgeBase) -> None:
    rebuilt = painkb.KnowledgeBase(list(kb), kb.sources.values(), reversed(kb.links))
    assert rebuilt == kb
    smaller = painkb.KnowledgeBase(list(kb), kb.sources.values(), kb.links[1:])
    assert smaller != kb
    assert kb != "not a knowledge base"


def test_the_constructor_refuses_a_link_whose_relation_painkb_does_not_know(kb: painkb.KnowledgeBase) -> None:
    """build() and load() are the ways in; the constructor still refuses a link that
    links_from would never return, with the problem build() reports for it."""
    link = kb.links_from("piriformis")[0]
    strange = attrs.evolve(link, relation="refers_pain")
    with pytest.raises(painkb.DataError) as caught:
        painkb.KnowledgeBase(list(kb), kb.sources.values(), [*kb.links, strange])
    (problem,) = caught.value.problems
    assert str(problem) == (
        f"links[{len(kb.links)}]: [piriformis] link.relation: 'refers_pain' is not a relation; "
        "did you mean 'refers_pain_to'?"
    )
    with pytest.raises(painkb.DataError) as built:
        painkb.build(list(kb), kb.sources.values(), [*kb.links, strange])
    assert problem in built.value.problems


def test_pickle_and_copies_give_an_equal_knowledge_base(kb: painkb.KnowledgeBase) -> None:
    kb.graph  # noqa: B018  # built parts are rebuilt on first use, not carried over
    kb.find("piriformis")
    for restored in (
        pickle.loads(pickle.dumps(kb)),
        pickle.loads(pickle.dumps(kb, protocol=0)),
        copy.deepcopy(kb),
        copy.copy(kb),
    ):
        assert isinstance(restored, painkb.KnowledgeBase)
        assert restored == kb
        assert restored.find("QL")[0].id == "quadratus-lumborum"
        assert restored.links_from("piriformis") == kb.links_from("piriformis")
        assert restored.graph.number_of_edges() == kb.graph.number_of_edges()
        assert painkb.explain(restored, "piriformis", "sciatica") == painkb.explain(
            kb, "piriformis", "sciatica"
        )
