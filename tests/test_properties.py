"""Properties of generated knowledge bases: validation of faulty data, query invariants."""

from __future__ import annotations

import itertools
import tempfile
from collections import deque
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import painkb
from painkb import DataError, Kind, KnowledgeBase, UnknownEntityError, Urgency, WarningSign, Zone
from painkb.documents import Document
from painkb.dump import render_documents
from painkb.load import load_documents
from painkb.strategies import FAULTS, FaultName, faulty_data, ids, knowledge_bases

SMALL = knowledge_bases(max_entities=10)
# Kinds that referral and assessment questions are about, so generated graphs are dense.
CLINICAL = knowledge_bases(
    min_entities=3,
    max_entities=12,
    min_links=1,
    max_links=24,
    kinds=["region", "muscle", "joint", "symptom", "warning_sign", "condition", "treatment"],
)


def documents(kb: KnowledgeBase) -> tuple[Document, ...]:
    return render_documents(kb, kb.sources.values(), kb.links)


# -- faults --------------------------------------------------------------------------------

# A word each fault's message must contain, so a contributor can tell what is wrong.
MESSAGES: dict[str, str] = {
    "duplicate_id": "duplicate",
    "dangling_reference": "unknown id",
    "forbidden_relation": "cannot join",
    "missing_citation": "citation",
    "unknown_source": "unknown source",
    "wrong_field_type": "not",
    "malformed_id": "kebab-case",
    "unknown_field": "unknown field",
    "syntax_error": "not valid TOML",
}


@pytest.mark.parametrize("fault", FAULTS)
def test_every_fault_is_rejected_where_it_was_injected(fault: FaultName) -> None:
    @given(faulty_data(fault))
    def check(data: painkb.strategies.FaultyData) -> None:
        with pytest.raises(DataError) as caught:
            load_documents(data.documents)
        problems = caught.value.problems
        assert data.is_reported(problems), f"{data.description}: {[str(p) for p in problems]}"
        here = [p for p in problems if (p.file, p.entry, p.field) == (data.file, data.entry, data.field)]
        assert any(MESSAGES[fault] in p.message for p in here)
        # Exactly one problem was injected, so nothing is reported about other entries.
        assert {(p.file, p.entry) for p in problems} == {(data.file, data.entry)}

    check()


def test_every_fault_class_has_a_message_check() -> None:
    assert set(MESSAGES) == set(FAULTS)


@given(faulty_data())
def test_faulty_files_on_disk_are_rejected_naming_the_file(data: painkb.strategies.FaultyData) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with pytest.raises(DataError) as caught:
            painkb.load(data.write(folder))
        problems = caught.value.problems
        assert data.is_reported(problems)
        # A folder is read in file-name order, not in the order of data.documents.
        assert {(Path(p.file).name, p.entry) for p in problems} == {(data.file, data.entry)}


# -- queries ---------------------------------------------------------------------------------


def _parts(kb: KnowledgeBase, region: str) -> set[str]:
    """``region`` and everything transitively part_of it, found without painkb.queries."""
    seen, queue = {region}, deque([region])
    while queue:
        node = queue.popleft()
        for link in kb.links:
            if link.relation == "part_of" and link.target == node and link.subject not in seen:
                seen.add(link.subject)
                queue.append(link.subject)
    return seen


@given(CLINICAL)
def test_referral_sources_are_exactly_what_refers_pain_to_the_region_or_its_parts(kb: KnowledgeBase) -> None:
    for region in kb.entities(Kind.REGION):
        parts = _parts(kb, region.id)
        expected = {l.subject for l in kb.links if l.relation == "refers_pain_to" and l.target in parts}
        found = painkb.referral_sources(kb, region.id)
        assert {r.entity.id for r in found} == expected
        for referral in found:
            assert referral.entity.kind in (Kind.MUSCLE, Kind.JOINT)
            referring = [l for l in referral.reasons if l.relation == "refers_pain_to"]
            assert referring
            assert all(l.subject == referral.entity.id and l.target in parts for l in referring)
            assert (referral.zone is Zone.PRIMARY) == any(l.zone is Zone.PRIMARY for l in referring)
        zones = [r.zone is Zone.PRIMARY for r in found]
        assert zones == sorted(zones, reverse=True)


@given(CLINICAL, st.data())
def test_assess_keeps_every_warning_sign_and_orders_red_flags_by_urgency(
    kb: KnowledgeBase, data: st.DataObject
) -> None:
    findings = list(kb.entities(Kind.SYMPTOM)) + list(kb.entities(Kind.WARNING_SIGN))
    given_findings = data.draw(st.lists(st.sampled_from(findings), max_size=4)) if findings else []
    regions = kb.entities(Kind.REGION)
    given_regions = data.draw(st.lists(st.sampled_from(regions), max_size=2)) if regions else []
    result = painkb.assess(kb, given_regions, given_findings)
    flagged = {f.warning_sign.id for f in result.red_flags}
    told = {f.id for f in given_findings}
    expected = {f.id for f in given_findings if isinstance(f, WarningSign)}
    expected |= {
        l.subject
        for l in kb.links
        if l.relation == "flagged_by" and l.target in told and l.qualifier("enough") == "alone"
    }
    assert flagged == expected
    ranks = [f.urgency.rank for f in result.red_flags]
    assert ranks == sorted(ranks)
    if result.most_urgent is Urgency.EMERGENCY:
        assert result.self_care == ()
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)


def _answers(kb: KnowledgeBase) -> list[object]:
    """Every query over every entity it accepts, as one comparable list."""
    answers: list[object] = [painkb.warning_signs(kb)]
    ids_ = [e.id for e in kb]
    for entity in kb:
        kind = entity.kind
        if kind is Kind.REGION:
            answers.append(painkb.referral_sources(kb, entity.id))
            answers.append(painkb.assess(kb, regions=[entity.id]))
        if kind in (Kind.MUSCLE, Kind.JOINT, Kind.REGION, Kind.CONDITION, Kind.SYMPTOM, Kind.CAUSE):
            answers.append(painkb.treatments_for(kb, entity.id))
        if kind in (Kind.MUSCLE, Kind.JOINT, Kind.CONDITION, Kind.SYMPTOM):
            answers.append(painkb.causes_of(kb, entity.id))
        if kind in (Kind.MUSCLE, Kind.JOINT, Kind.CONDITION):
            answers.append(painkb.symptoms_of(kb, entity.id))
        if kind in (Kind.SYMPTOM, Kind.WARNING_SIGN):
            answers.append(painkb.assess(kb, symptoms=[entity.id]))
        answers.append(kb.find(entity.name))
    for a, b in itertools.pairwise(ids_):
        answers.append(painkb.explain(kb, a, b))
    return answers


@given(CLINICAL)
def test_answers_are_deterministic_and_the_same_for_an_equal_knowledge_base(kb: KnowledgeBase) -> None:
    again = load_documents(documents(kb))
    assert _answers(kb) == _answers(kb) == _answers(again)


@given(CLINICAL, ids())
def test_unknown_ids_always_raise_unknown_entity_error(kb: KnowledgeBase, missing: str) -> None:
    assume(missing not in kb)
    present = next(iter(kb)).id
    calls = [
        lambda: kb.get(missing),
        lambda: kb.resolve(missing),
        lambda: painkb.referral_sources(kb, missing),
        lambda: painkb.treatments_for(kb, missing),
        lambda: painkb.causes_of(kb, missing),
        lambda: painkb.symptoms_of(kb, missing),
        lambda: painkb.explain(kb, missing, present),
        lambda: painkb.explain(kb, present, missing),
        lambda: painkb.assess(kb, regions=[missing]),
        lambda: painkb.assess(kb, symptoms=[missing]),
    ]
    for call in calls:
        with pytest.raises(UnknownEntityError) as caught:
            call()
        assert caught.value.entity_id == missing


@given(CLINICAL)
def test_every_edge_of_the_graph_is_cited_and_allowed(kb: KnowledgeBase) -> None:
    graph = kb.graph
    assert graph.number_of_edges() == len(kb.links)
    for subject, target, key, attributes in graph.edges(keys=True, data=True):
        assert attributes["relation"] == key
        assert attributes["citations"]
        assert all(c.source in kb.sources for c in attributes["citations"])
        assert painkb.RELATIONS[key].allows(
            Kind(graph.nodes[subject]["kind"]), Kind(graph.nodes[target]["kind"])
        )
