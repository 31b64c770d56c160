"""Query behaviour on a small hand-made knowledge base, and on the bundled one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import painkb
from painkb import Citation, Link, Urgency, WrongKindError, Zone
from painkb.queries import screening

CITE = [Citation("s", quote="q")]


def link(subject: str, relation: str, target: str, **qualifiers: str) -> Link:
    return Link(subject, relation, target, CITE, qualifiers)


@pytest.fixture(scope="module")
def small() -> painkb.KnowledgeBase:
    entities = [
        painkb.Region(id="hip", name="Hip"),
        painkb.Region(id="lateral-hip", name="Lateral hip"),
        painkb.Region(id="leg", name="Leg"),
        painkb.Muscle(id="glutes", name="Glutes", group=True),
        painkb.Muscle(id="glute-min", name="Glute min"),
        painkb.Muscle(id="tfl", name="TFL"),
        painkb.Nerve(id="sciatic", name="Sciatic nerve"),
        painkb.Condition(id="sciatica", name="Sciatica"),
        painkb.Symptom(id="leg-pain", name="Leg pain"),
        painkb.Symptom(id="foot-slap", name="Foot slapping"),
        painkb.Cause(id="sitting", name="Sitting"),
        painkb.Treatment(id="glute-stretch", name="Glute stretch", category="stretch", setting="self_care"),
        painkb.Treatment(id="tfl-roll", name="TFL roll", category="self_massage", setting="self_care"),
        painkb.Treatment(
            id="massage", name="Massage", category="professional_therapy", setting="professional"
        ),
        painkb.Treatment(id="gadget", name="Gadget", category="self_massage", setting="self_care"),
        painkb.Treatment(id="exercise", name="Exercise", category="strengthening", setting="self_care"),
        painkb.WarningSign(id="foot-drop", name="Foot drop", urgency="urgent", advice="See a doctor today."),
        painkb.WarningSign(id="saddle", name="Saddle numbness", urgency="emergency", advice="Go to A&E now."),
        painkb.WarningSign(id="persisting", name="Pain for weeks", urgency="soon", advice="See a GP."),
    ]
    links = [
        link("lateral-hip", "part_of", "hip"),
        link("glute-min", "part_of", "glutes"),
        link("glute-min", "refers_pain_to", "lateral-hip", zone="primary"),
        link("glute-min", "refers_pain_to", "leg", zone="spillover"),
        link("tfl", "refers_pain_to", "hip", zone="spillover"),
        link("tfl", "located_in", "lateral-hip"),
        link("glute-min", "mimics", "sciatica"),
        link("sciatica", "involves", "sciatic"),
        link("sciatica", "presents_with", "leg-pain"),
        link("sitting", "contributes_to", "glutes"),
        link("glute-stretch", "targets", "glutes"),
        link("tfl-roll", "targets", "tfl"),
        link("massage", "targets", "glute-min"),
        link("massage", "relieves", "sciatica"),
        Link("gadget", "targets", "glute-min", [Citation("s", quote="buy it", evidence="marketing")]),
        Link("exercise", "targets", "glute-min", [Citation("s", quote="works", evidence="guideline")]),
        link("foot-drop", "flagged_by", "foot-slap", enough="alone"),
        link("foot-drop", "warns_of", "sciatica"),
        link("saddle", "warns_of", "sciatica"),
        link("persisting", "flagged_by", "leg-pain", enough="alone"),
    ]
    source = painkb.Source(id="s", title="S", kind="blog", evidence="opinion")
    return painkb.build(entities, [source], links)


def test_referral_sources_include_sub_regions_primary_first(small: painkb.KnowledgeBase) -> None:
    found = painkb.referral_sources(small, "hip")
    assert [(r.entity.id, r.zone) for r in found] == [("glute-min", Zone.PRIMARY), ("tfl", Zone.SPILLOVER)]
    assert found[0].reasons[0].relation == "refers_pain_to"
    assert any(reason.relation == "part_of" for reason in found[0].reasons), "the sub-region step is cited"
    assert painkb.referral_sources(small, "lateral-hip")[0].entity.id == "glute-min"
    assert [r.entity.id for r in painkb.referral_sources(small, "leg")] == ["glute-min"]


def test_queries_check_the_kind_they_are_given(small: painkb.KnowledgeBase) -> None:
    with pytest.raises(WrongKindError, match="expected a region"):
        painkb.referral_sources(small, "tfl")
    with pytest.raises(painkb.UnknownEntityError):
        painkb.treatments_for(small, "nope")


def test_treatments_reach_through_groups_direct_first(small: painkb.KnowledgeBase) -> None:
    found = painkb.treatments_for(small, "glute-min")
    assert [m.entity.id for m in found] == ["exercise", "gadget", "massage", "glute-stretch"]
    assert [r.relation for r in found[-1].reasons] == ["targets", "part_of"]
    assert [m.entity.id for m in painkb.treatments_for(small, "glutes")] == [
        "glute-stretch",
        "exercise",
        "gadget",
        "massage",
    ]
    assert [m.entity.id for m in painkb.treatments_for(small, "glute-min", category="stretch")] == [
        "glute-stretch"
    ]
    assert [m.entity.id for m in painkb.treatments_for(small, "sciatica")] == ["massage"]
    assert painkb.treatments_for(small, "hip") == ()


def test_causes_and_symptoms(small: painkb.KnowledgeBase) -> None:
    assert [m.entity.id for m in painkb.causes_of(small, "glute-min")] == ["sitting"]
    assert [m.entity.id for m in painkb.symptoms_of(small, "sciatica")] == ["leg-pain"]
    assert painkb.symptoms_of(small, "tfl") == ()


def test_warning_signs_most_urgent_first(small: painkb.KnowledgeBase) -> None:
    assert [w.id for w in painkb.warning_signs(small)] == ["saddle", "foot-drop", "persisting"]


def test_explain_follows_links_both_ways_keeping_direction(small: painkb.KnowledgeBase) -> None:
    paths = painkb.explain(small, "glute-min", "sciatic")
    assert paths[0].nodes == ("glute-min", "sciatica", "sciatic")
    assert [(l.subject, l.relation, l.target) for l in paths[0].links] == [
        ("glute-min", "mimics", "sciatica"),
        ("sciatica", "involves", "sciatic"),
    ]
    assert all(len(p) <= 3 for p in paths)
    assert [len(p) for p in paths] == sorted(len(p) for p in paths)
    assert painkb.explain(small, "glute-min", "sciatic", max_length=1) == ()
    assert painkb.explain(small, "tfl", "tfl") == ()
    with pytest.raises(ValueError, match="at least 1"):
        painkb.explain(small, "tfl", "hip", max_length=0)


def test_assess_puts_red_flags_first_and_ranks_candidates(small: painkb.KnowledgeBase) -> None:
    result = painkb.assess(small, regions=["lateral-hip"], symptoms=["leg-pain", "foot-slap"])
    assert [f.warning_sign.id for f in result.red_flags] == ["foot-drop", "persisting"]
    assert result.red_flags[0].triggered_by[0].id == "foot-slap"
    assert result.most_urgent is Urgency.URGENT
    assert result.needs_clinician
    ids = [c.entity.id for c in result.candidates]
    assert ids[0] == "glute-min"  # primary referral to the exact region
    assert {"tfl", "sciatica"} <= set(ids)
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)
    assert {m.entity.setting for m in result.self_care} == {painkb.Setting.SELF_CARE}
    # For the top candidate: the guideline-backed exercise before the blog's stretch; the
    # gadget, backed only by marketing, is not suggested.
    assert [m.entity.id for m in result.self_care][:2] == ["exercise", "glute-stretch"]
    assert "gadget" not in [m.entity.id for m in result.self_care]
    assert "does not diagnose" in result.disclaimer


def test_an_emergency_suppresses_self_care(small: painkb.KnowledgeBase) -> None:
    result = painkb.assess(small, regions=["lateral-hip"], symptoms=["saddle"])
    assert result.red_flags[0].urgency is Urgency.EMERGENCY
    assert result.self_care == ()
    assert result.candidates, "candidates are still listed, after the red flag"


def test_assess_without_findings_is_empty_but_valid(small: painkb.KnowledgeBase) -> None:
    result = painkb.assess(small)
    assert (result.red_flags, result.candidates, result.self_care) == ((), (), ())
    assert not result.needs_clinician
    with pytest.raises(WrongKindError):
        painkb.assess(small, symptoms=["tfl"])


def test_entities_and_ids_are_interchangeable(small: painkb.KnowledgeBase) -> None:
    region = small.get("hip")
    assert painkb.referral_sources(small, region) == painkb.referral_sources(small, "hip")
    assert painkb.assess(small, regions=[region]) == painkb.assess(small, regions=["hip"])


def test_bundled_answers_carry_citations() -> None:
    kb = painkb.load()
    for region in kb.entities("region"):
        for referral in painkb.referral_sources(kb, region):
            assert referral.citations
            assert all(c.source in kb.sources for c in referral.citations)
    result = painkb.assess(kb, regions=["lower-back"])
    assert result.candidates
    assert all(c.reasons and c.citations for c in result.candidates)


def _reference_questions(
    kb: painkb.KnowledgeBase, answered: set[str], reasons: dict[str, str]
) -> list[tuple[str, str]]:
    """The screening order spelled out: signs with a reason of their own first (by urgency,
    then by name), then the rest by urgency and name."""
    signs = sorted(painkb.warning_signs(kb), key=lambda w: (w.urgency.rank, w.name.casefold(), w.id))
    for sign in signs:
        flaggers = {link.target for link in kb.links_from(sign.id, "flagged_by")}
        if flaggers and flaggers <= answered:
            answered = answered | {sign.id}
    kept = [s for s in signs if s.id not in answered]
    kept.sort(key=lambda s: (not reasons.get(s.id), s.urgency.rank))
    return [(s.id, reasons.get(s.id, "")) for s in kept]


@given(data=st.data())
def test_screening_questions_match_their_definition(data: st.DataObject) -> None:
    kb = painkb.load()
    ids = sorted(e.id for kind in ("warning_sign", "symptom") for e in kb.entities(kind))
    answered = set(data.draw(st.lists(st.sampled_from(ids), max_size=12)))
    reasons = {i: data.draw(st.sampled_from(["", "why"])) for i in data.draw(st.lists(st.sampled_from(ids)))}
    ruled_out = answered | screening.ruled_out(kb, answered)
    found = [(q.warning_sign.id, q.reason) for q in screening.questions(kb, ruled_out, None, reasons)]
    assert found == [(i, r or "screening") for i, r in _reference_questions(kb, answered, reasons)]
