"""Body maps: SVG pictures of where pain is felt and where it is referred.

>>> svg = painkb.render.body_map(kb, "gluteus-minimus")
>>> svg.startswith("<svg")
True
>>> 'data-region="lateral-leg"' in svg
True
"""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterable

import attrs

from painkb.kb import KnowledgeBase
from painkb.model import Entity, Kind, Link, Region, Zone
from painkb.partof import descendants
from painkb.queries.referral import referral_sources
from painkb.render.shapes import VIEWS, body, region_shapes, smooth_path
from painkb.results import Assessment

__all__ = ["STYLES", "Highlight", "Style", "body_map", "highlights"]

SVG_NS = "http://www.w3.org/2000/svg"

WIDTH = 620
MARGIN = 24
FIGURE_TOP = 26  # room for the "Front" and "Back" labels
FIGURE_HEIGHT = 500
FIGURE_X = {"front": 70.0, "back": 350.0}
SCALE = 1.0
FONT = "Helvetica, Arial, sans-serif"
CHARS_PER_LINE = 100  # at 12 px, for the text under the figures

BODY_FILL, BODY_STROKE = "#f0e4d7", "#8f8073"
IDLE_STROKE = "#d3c4b5"
HATCH_GROUND = "#d4e5f4"


@attrs.frozen
class Style:
    """How one sort of highlight is drawn and named in the legend."""

    name: str
    label: str
    fill: str = "none"
    opacity: float = 1.0
    stroke: str = "none"
    stroke_width: float = 0.0
    hatch: bool = False


#: Every style, in the order the legend lists them; later styles are drawn on top.
STYLES = {
    "primary": Style(
        "primary", "Primary referral zone (pain usually felt here)", fill="#b3202a", opacity=0.85
    ),
    "spillover": Style(
        "spillover", "Spillover zone (pain sometimes reaches here)", fill="#f6a59c", opacity=0.9
    ),
    "location": Style("location", "Where it is (muscle, joint or area involved)", fill="#2c6aa0", hatch=True),
    "reported": Style("reported", "Where you reported pain", stroke="#14337a", stroke_width=2.6),
    "selected": Style(
        "selected", "The region asked about", fill="#f2c14e", opacity=0.8, stroke="#8a6500", stroke_width=1.6
    ),
}


@attrs.frozen
class Highlight:
    """How one region is highlighted: its styles, and the links that say so (for the sources)."""

    region: str
    styles: frozenset[str]
    links: tuple[Link, ...] = ()


def _reach(kb: KnowledgeBase, entity: Entity) -> list[str]:
    # A muscle group's map shows its members' zones too.
    return sorted(descendants(kb, entity.id)) if entity.kind is Kind.MUSCLE else [entity.id]


def _collect(
    found: dict[str, tuple[set[str], list[Link]]], region: str, style: str, link: Link | None
) -> None:
    styles, links = found.setdefault(region, (set(), []))
    styles.add(style)
    if link is not None and link not in links:
        links.append(link)


def highlights(kb: KnowledgeBase, target: Entity | str | Assessment, top: int = 3) -> tuple[Highlight, ...]:
    """The regions a body map of ``target`` highlights, sorted by region id.

    For a muscle or joint: where it is (``location``) and where it refers pain
    (``primary`` or ``spillover``; primary wins). For a condition: the regions it
    involves. For a region: the region itself (``selected``). For an `Assessment`:
    the reported regions and the referral zones of the ``top`` candidates.

    >>> styles = {h.region: sorted(h.styles) for h in highlights(kb, "gluteus-minimus")}
    >>> styles["lateral-leg"], "location" in styles["buttock"]
    (['primary'], True)
    """
    found: dict[str, tuple[set[str], list[Link]]] = {}
    if isinstance(target, Assessment):
        for reported in target.regions:
            _collect(found, reported.id, "reported", None)
        entities: list[Entity] = [c.entity for c in target.candidates[:top]]
        with_location = False
    else:
        entities = [kb.resolve(target)]
        with_location = True
    for entity in entities:
        if entity.kind is Kind.REGION:
            _collect(found, entity.id, "selected", None)
        for node in _reach(kb, entity):
            for link in kb.links_from(node, "refers_pain_to"):
                _collect(found, link.target, str(link.zone or Zone.SPILLOVER), link)
            if with_location:
                for relation in ("located_in", "involves"):
                    for link in kb.links_from(node, relation):
                        if kb.get(link.target).kind is Kind.REGION:
                            _collect(found, link.target, "location", link)
    result = []
    for region, (styles, links) in sorted(found.items()):
        if {"primary", "spillover"} <= styles:
            styles.discard("spillover")
        result.append(Highlight(region, frozenset(styles), tuple(links)))
    return tuple(result)


def _el(parent: ET.Element, tag: str, text: str | None = None, /, **attributes: object) -> ET.Element:
    element = ET.SubElement(
        parent, tag, {k.rstrip("_").replace("_", "-"): str(v) for k, v in attributes.items()}
    )
    if text is not None:
        element.text = text
    return element


def _lines(parent: ET.Element, y: float, lines: Iterable[str], size: int = 12, **attributes: object) -> float:
    """Write lines of text from ``y`` down; returns the y below the last line."""
    for line in lines:
        y += size * 1.35
        _el(parent, "text", line, x=MARGIN, y=round(y, 1), font_size=size, **attributes)
    return y


def _wrap(text: str, width: int = CHARS_PER_LINE, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width=width, subsequent_indent=indent) or [""]


def _defs(svg: ET.Element) -> None:
    defs = _el(svg, "defs")
    pattern = _el(
        defs,
        "pattern",
        id="hatch",
        width=5,
        height=5,
        patternUnits="userSpaceOnUse",
        patternTransform="rotate(45)",
    )
    _el(pattern, "line", x1=0, y1=0, x2=0, y2=5, stroke=STYLES["location"].fill, stroke_width=2.2)


def _figures(svg: ET.Element, top: float, marked: dict[str, Highlight], kb: KnowledgeBase) -> None:
    outline = body()
    for view in VIEWS:
        x = FIGURE_X[view]
        _el(
            svg,
            "text",
            view.capitalize(),
            x=x + 100 * SCALE,
            y=top + 14,
            font_size=14,
            font_weight="bold",
            text_anchor="middle",
            fill="#4a4038",
        )
        # Front: the person's right is on the viewer's left; back: their left is.
        near, far = ("R", "L") if view == "front" else ("L", "R")
        for side, sx in ((near, x + 14), (far, x + 186 * SCALE)):
            _el(
                svg,
                "text",
                side,
                x=sx,
                y=top + FIGURE_TOP + 480 * SCALE,
                font_size=11,
                fill="#9b8d80",
                text_anchor="middle",
            )
        y = top + FIGURE_TOP
        group = _el(svg, "g", id=f"body-{view}", fill=BODY_FILL, stroke=BODY_STROKE, stroke_width=1.2)
        _el(group, "path", d=smooth_path(outline.outline, x, y, SCALE))
        cx, cy, rx, ry = outline.head
        _el(group, "ellipse", cx=x + cx * SCALE, cy=y + cy * SCALE, rx=rx * SCALE, ry=ry * SCALE)
    shapes = region_shapes()
    drawn = [shapes[r] for r in shapes if r in kb or r in marked]
    for shape in sorted(drawn, key=lambda s: (-s.area, s.region)):
        highlight = marked.get(shape.region)
        styles = [STYLES[name] for name in STYLES if highlight and name in highlight.styles]
        css = " ".join(["region", *(["highlighted"] if highlight else []), *(s.name for s in styles)])
        name = kb.get(shape.region).name if shape.region in kb else shape.region
        group = _el(svg, "g", id=f"region-{shape.region}", class_=css, data_region=shape.region)
        described = "; ".join(s.label for s in styles)
        _el(group, "title", f"{name}: {described}" if described else name)
        paths = [
            smooth_path(polygon, FIGURE_X[view], top + FIGURE_TOP, SCALE)
            for view, polygons in shape.views.items()
            for polygon in polygons
        ]
        if not styles:
            for d in paths:
                _el(
                    group,
                    "path",
                    d=d,
                    fill="none",
                    stroke=IDLE_STROKE,
                    stroke_width=0.7,
                    stroke_dasharray="3 2",
                )
            continue
        zoned = any(s.name in ("primary", "spillover") for s in styles)
        for style in styles:
            for d in paths:
                if style.hatch:
                    if not zoned:
                        _el(group, "path", d=d, fill=HATCH_GROUND, stroke="none")
                    _el(group, "path", d=d, fill="url(#hatch)", stroke=style.fill, stroke_width=1)
                elif style.fill != "none":
                    _el(group, "path", d=d, fill=style.fill, fill_opacity=style.opacity, stroke="none")
                if style.stroke != "none":
                    _el(group, "path", d=d, fill="none", stroke=style.stroke, stroke_width=style.stroke_width)


def _legend(svg: ET.Element, y: float, marked: dict[str, Highlight], kb: KnowledgeBase) -> float:
    used = [s for s in STYLES.values() if any(s.name in h.styles for h in marked.values())]
    for style in used:
        y += 22
        box = {"x": MARGIN, "y": y - 13, "width": 26, "height": 16, "rx": 3}
        if style.hatch:
            _el(svg, "rect", **box, fill=HATCH_GROUND)
            _el(svg, "rect", **box, fill="url(#hatch)", stroke=style.fill)
        else:
            _el(
                svg,
                "rect",
                **box,
                fill=style.fill,
                fill_opacity=style.opacity,
                stroke=style.stroke if style.stroke != "none" else "#8c8c8c",
                stroke_width=style.stroke_width or 0.5,
            )
        names = sorted(kb.get(h.region).name for h in marked.values() if style.name in h.styles)
        _el(svg, "text", f"{style.label}: ", x=MARGIN + 36, y=y, font_size=12, font_weight="bold")
        for line in _wrap(", ".join(names), CHARS_PER_LINE - 6):
            y += 16
            _el(svg, "text", line, x=MARGIN + 36, y=y, font_size=12)
    return y


def _sources(svg: ET.Element, y: float, kb: KnowledgeBase, links: Iterable[Link]) -> float:
    cited = list(dict.fromkeys(c.source for link in links for c in link.citations))
    if not cited:
        return y
    y = _lines(svg, y + 10, ["Sources"], size=13, font_weight="bold")
    for number, source_id in enumerate(cited, 1):
        source = kb.source(source_id)
        who = ", ".join(p for p in (source.author, source.publisher, source.date) if p)
        text = f"{number}. {source.title}" + (f" - {who}" if who else "")
        text += f" [{source.kind}; evidence: {source.evidence}]" + (f" {source.url}" if source.url else "")
        y = _lines(svg, y, _wrap(text, CHARS_PER_LINE + 8, indent="    "), size=11, fill="#333333")
    return y


def _warnings(svg: ET.Element, y: float, result: Assessment) -> float:
    lines: list[str] = []
    for flag in result.red_flags:
        lines += _wrap(
            f"[{flag.urgency.value.upper()}] {flag.warning_sign.name}: {flag.advice}", indent="    "
        )
    height = 34 + 16 * len(lines)
    _el(
        svg,
        "rect",
        x=MARGIN - 8,
        y=y,
        width=WIDTH - 2 * MARGIN + 16,
        height=height,
        rx=6,
        fill="#fde8e8",
        stroke="#b3202a",
        stroke_width=1.5,
    )
    _el(
        svg,
        "text",
        "WARNING SIGNS - see a clinician",
        x=MARGIN,
        y=y + 19,
        font_size=14,
        font_weight="bold",
        fill="#8b0000",
    )
    for number, line in enumerate(lines):
        _el(svg, "text", line, x=MARGIN, y=y + 38 + 16 * number, font_size=12, fill="#5a0000")
    return y + height + 8


def _title(kb: KnowledgeBase, target: Entity | Assessment, top: int) -> tuple[str, str]:
    if isinstance(target, Assessment):
        reported = ", ".join(r.name for r in target.regions) or "no region"
        names = ", ".join(c.entity.name for c in target.candidates[:top]) or "none"
        also = ", ".join(s.name for s in target.symptoms)
        subtitle = (
            f"Also reported: {also}. " if also else ""
        ) + f"Where the top candidates refer pain: {names}"
        return f"Pain map: {reported}", subtitle
    if target.kind in (Kind.MUSCLE, Kind.JOINT):
        return (
            target.name,
            f"{target.kind.value.capitalize()}: where it is, and where its trigger points refer pain",
        )
    if target.kind is Kind.REGION:
        return target.name, "Region: where it is, and what can refer pain to it"
    return target.name, f"{target.kind.value.replace('_', ' ').capitalize()}: the body regions it involves"


def body_map(kb: KnowledgeBase, target: Entity | str | Assessment, *, top: int = 3) -> str:
    """An SVG body map (front and back) for a muscle, joint, region, condition or assessment.

    Every region with a shape is drawn; the ones that matter are highlighted (see
    `highlights`), primary zones darker than spillover. A title comes first (after
    any warning signs of an assessment), then the two figures, a legend naming the
    highlighted regions, and the sources of every link drawn.

    Args:
        kb: the knowledge base.
        target: an entity or its id, or the result of `painkb.assess`.
        top: how many candidates of an assessment to draw the zones of.

    Raises:
        UnknownEntityError: no entity has the id.

    Examples:
        >>> import xml.etree.ElementTree as ET
        >>> svg = ET.fromstring(painkb.render.body_map(kb, "piriformis"))
        >>> svg.find("{http://www.w3.org/2000/svg}title").text
        'Piriformis: body map'
    """
    resolved: Entity | Assessment = target if isinstance(target, Assessment) else kb.resolve(target)
    marked = {h.region: h for h in highlights(kb, resolved, top)}
    title, subtitle = _title(kb, resolved, top)
    svg = ET.Element("svg", {"xmlns": SVG_NS, "width": str(WIDTH), "version": "1.1", "font-family": FONT})
    _el(svg, "title", f"{title}: body map")
    _defs(svg)
    background = _el(svg, "rect", x=0, y=0, width=WIDTH, fill="#ffffff")
    y = 12.0
    if isinstance(resolved, Assessment) and resolved.red_flags:
        y = _warnings(svg, y, resolved)
    y = _lines(svg, y, [title], size=20, font_weight="bold", fill="#222222")
    y = _lines(svg, y, _wrap(subtitle), size=12, fill="#555555")
    _figures(svg, y + 8, marked, kb)
    y += 8 + FIGURE_TOP + FIGURE_HEIGHT * SCALE
    if marked:
        y = _legend(svg, y, marked, kb)
    else:
        y = _lines(svg, y, ["Nothing in the knowledge base links this to a body region."], fill="#555555")
    cited = [link for h in marked.values() for link in h.links]
    if isinstance(resolved, Region):
        referrals = referral_sources(kb, resolved)
        names = ", ".join(f"{r.entity.name} ({r.zone})" for r in referrals) or "nothing in the knowledge base"
        y = _lines(svg, y + 8, _wrap(f"Pain here can be referred from: {names}"), fill="#222222")
        cited += [link for r in referrals for link in r.reasons]
    y = _sources(svg, y, kb, cited)
    disclaimer = "painkb gives general information from the cited sources; it does not diagnose."
    if isinstance(resolved, Assessment):
        disclaimer = resolved.disclaimer
    y = _lines(svg, y + 6, _wrap(disclaimer, 118), size=10, fill="#777777", font_style="italic")
    height = round(y + MARGIN)
    svg.set("height", str(height))
    svg.set("viewBox", f"0 0 {WIDTH} {height}")
    background.set("height", str(height))
    ET.indent(svg, space=" ")
    # A parser reads a raw carriage return in text as a newline; &#13; keeps it.
    return ET.tostring(svg, encoding="unicode").replace("\r", "&#13;") + "\n"
