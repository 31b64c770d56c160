"""Body maps: shapes for every region, valid SVG, one highlighted shape per highlighted region."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

import painkb
import painkb.render
from painkb import Assessment, Entity, Kind, KnowledgeBase
from painkb.cli import main
from painkb.partof import descendants
from painkb.render.shapes import VIEWS, body, region_shapes

SVG = "{http://www.w3.org/2000/svg}"
KB = painkb.load()


def test_every_region_of_the_knowledge_base_has_a_shape() -> None:
    missing = sorted(r.id for r in KB.entities(Kind.REGION) if r.id not in region_shapes())
    assert not missing, (
        f"regions without a body-map shape: {missing}; add a [region.<id>] table with front "
        "and/or back polygons to src/painkb/render/shapes.toml"
    )


def test_shapes_lie_inside_the_figure_frame() -> None:
    for shape in region_shapes().values():
        assert set(shape.views) <= set(VIEWS)
        for polygons in shape.views.values():
            for polygon in polygons:
                assert all(0 <= x <= 200 and 0 <= y <= 500 for x, y in polygon), shape.region
                assert painkb.render.shapes.area(polygon) > 0, shape.region
    assert len(body().outline) > 20


def test_a_part_is_drawn_inside_its_whole() -> None:
    shapes = region_shapes()
    tolerance = 4.0
    for link in KB.links:
        if link.relation != "part_of" or KB.get(link.subject).kind is not Kind.REGION:
            continue
        part, whole = shapes[link.subject], shapes[link.target]
        for view, polygons in part.views.items():
            assert view in whole.views, f"{part.region} is drawn on the {view}, {whole.region} is not"
            inner = [p for polygon in polygons for p in polygon]
            outer = [p for polygon in whole.views[view] for p in polygon]
            for axis in (0, 1):
                hint = f"{part.region} is part of {whole.region} but its {view} shape pokes out of it"
                fix = "; move the points in src/painkb/render/shapes.toml"
                assert min(p[axis] for p in outer) - tolerance <= min(p[axis] for p in inner), hint + fix
                assert max(p[axis] for p in inner) <= max(p[axis] for p in outer) + tolerance, hint + fix


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert int(root.get("height", "0")) > 500
    return root


def highlighted(root: ET.Element) -> dict[str, set[str]]:
    """data-region -> its style classes, for every highlighted shape (each seen once)."""
    found: dict[str, set[str]] = {}
    for group in root.iter(f"{SVG}g"):
        classes = set(group.get("class", "").split())
        if "highlighted" in classes:
            region = group.get("data-region", "")
            assert region not in found, f"{region} drawn twice"
            assert group.find(f"{SVG}path") is not None
            found[region] = classes - {"region", "highlighted"}
    return found


def expected_for(kb: KnowledgeBase, entity: Entity, location: bool = True) -> dict[str, set[str]]:
    """What a map of ``entity`` should highlight, worked out from the links directly."""
    expected: dict[str, set[str]] = {}
    members = descendants(kb, entity.id) if entity.kind is Kind.MUSCLE else {entity.id: ()}
    if entity.kind is Kind.REGION:
        expected.setdefault(entity.id, set()).add("selected")
    for node in members:
        for link in kb.links_from(node, "refers_pain_to"):
            expected.setdefault(link.target, set()).add(str(link.zone))
        if location:
            for relation in ("located_in", "involves"):
                for link in kb.links_from(node, relation):
                    if kb.get(link.target).kind is Kind.REGION:
                        expected.setdefault(link.target, set()).add("location")
    for styles in expected.values():
        if {"primary", "spillover"} <= styles:
            styles.discard("spillover")
    return expected


MAPPABLE = [e for kind in ("muscle", "joint", "region", "condition") for e in KB.entities(kind)]


@pytest.mark.parametrize("entity", MAPPABLE, ids=lambda e: e.id)
def test_entity_maps_highlight_exactly_their_regions(entity: Entity) -> None:
    root = parse(painkb.render.body_map(KB, entity))
    assert highlighted(root) == expected_for(KB, entity)
    every = {g.get("data-region") for g in root.iter(f"{SVG}g") if "region" in g.get("class", "").split()}
    assert {r.id for r in KB.entities(Kind.REGION)} <= every  # every region is drawn
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert entity.name in texts
    cited = {c.source for h in painkb.render.highlights(KB, entity) for l in h.links for c in l.citations}
    for source in cited:
        assert KB.source(source).title[:40] in texts


def test_gluteus_minimus_shows_the_lateral_hip_and_leg_zones(tmp_path: Path) -> None:
    out = tmp_path / "m.svg"
    result = CliRunner().invoke(main, ["map", "gluteus-minimus", "--out", str(out)])
    assert result.exit_code == 0, result.output
    shown = highlighted(parse(out.read_text(encoding="utf-8")))
    assert "primary" in shown["lateral-leg"]
    assert "primary" in shown["hip"]
    assert {"front", "back"} <= set(region_shapes()["hip"].views)  # the hip is shaded on both sides


def test_primary_is_darker_than_spillover() -> None:
    def luminance(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    styles = painkb.render.bodymap.STYLES
    assert luminance(styles["primary"].fill) < luminance(styles["spillover"].fill)
    root = parse(painkb.render.body_map(KB, "piriformis"))
    fills = {}
    for group in root.iter(f"{SVG}g"):
        classes = group.get("class", "").split()
        for zone in ("primary", "spillover"):
            if zone in classes:
                fills[zone] = group.find(f"{SVG}path").get("fill")  # type: ignore[union-attr]
    assert set(fills) == {"primary", "spillover"}
    assert luminance(fills["primary"]) < luminance(fills["spillover"])


def assessment_cases() -> list[Assessment]:
    regions = KB.entities(Kind.REGION)
    cases = [painkb.assess(KB, regions=[r]) for r in regions]
    symptoms = [s for s in KB.entities(Kind.SYMPTOM) if KB.links_to(s.id, "flagged_by")]
    cases += [painkb.assess(KB, regions=regions[:2], symptoms=symptoms[:1])]
    return cases


@pytest.mark.parametrize("result", assessment_cases(), ids=lambda a: "+".join(r.id for r in a.regions))
def test_assessment_maps_show_reported_regions_and_top_candidate_zones(result: Assessment) -> None:
    root = parse(painkb.render.body_map(KB, result))
    expected: dict[str, set[str]] = {r.id: {"reported"} for r in result.regions}
    for candidate in result.candidates[:3]:
        for region, styles in expected_for(KB, candidate.entity, location=False).items():
            expected.setdefault(region, set()).update(styles - {"selected"})
    for styles in expected.values():
        if {"primary", "spillover"} <= styles:
            styles.discard("spillover")
    assert highlighted(root) == expected
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    title = next(i for i, t in enumerate(texts) if t.startswith("Pain map"))
    if result.red_flags:
        warning = next(i for i, t in enumerate(texts) if "WARNING" in t)
        assert warning < title  # warning signs come first
        assert any(result.red_flags[0].advice[:30] in t for t in texts)
    assert any("does not diagnose" in t for t in texts)


def test_the_map_command_resolves_free_text_and_writes_to_stdout() -> None:
    result = CliRunner().invoke(main, ["map", "glute min", "--out", "-"])
    assert result.exit_code == 0
    assert 'data-region="lateral-leg"' in result.stdout
    usage = CliRunner().invoke(main, ["map"])
    assert usage.exit_code == 2
    assessed = CliRunner().invoke(main, ["map", "--region", "low back", "--out", "-"])
    assert assessed.exit_code == 0
    assert "Pain map: Lower back" in assessed.stdout
