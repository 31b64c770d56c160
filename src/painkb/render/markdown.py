"""The generated parts of the documentation, as Markdown: built from painkb itself, so the
docs cannot drift from the data.

``docs/hooks/painkb_docs.py`` (an MkDocs hook) only hands these to MkDocs; everything here
needs painkb alone, so the tests check the pages without building the site. ``import
painkb`` does not import this module.

Hand-written pages ask for generated parts with HTML comments, which GitHub hides (see
`expand`):

- ``<!-- painkb:relation-table -->``, ``<!-- painkb:kinds-table -->``,
  ``<!-- painkb:kinds-diagram -->`` (from `painkb.metagraph` and the model),
- ``<!-- painkb:warning-signs -->`` (from the bundled data, most urgent first),
- ``<!-- painkb:muscle-list -->`` and ``<!-- painkb:source-summary -->``,
- ``<!-- painkb:include FILE -->`` (a file at the top of the repository), and
  ``<!-- painkb:include-if-present FILE -->`` ... ``<!-- painkb:end -->``, which keeps the
  text between the markers when the file does not exist.

Whole pages generated (see `generated_files`): ``muscles/<id>.md`` for every muscle,
``muscles/index.md``, ``sources.md`` and the pictures they show.

>>> import painkb
>>> "piriformis" in muscles_index(painkb.load())
True
"""

from __future__ import annotations

import inspect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import painkb
from painkb.kb import KnowledgeBase
from painkb.lint import subject_citations_by_source
from painkb.model import ENTITY_CLASSES, Citation, Entity, Kind, Link, Muscle, Source, Treatment, Zone

MUSCLES = "muscles"
MAPS = "maps"  # muscles/maps/<id>.svg: each muscle's body map, drawn at build time
SOURCES_PAGE = "sources.md"
NOT_A_DIAGNOSIS = (
    '!!! note "Health information, not a diagnosis"\n'
    "    This page lists what the cited sources say. It does not diagnose anything. If you\n"
    "    have a [warning sign](../safety.md), or pain that is severe, getting worse or not\n"
    "    better after a few weeks, see a doctor or physiotherapist.\n"
)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """``text`` with Markdown's special characters escaped, on one line.

    >>> md("a_b | *c*")
    'a\\\\_b \\\\| \\\\*c\\\\*'
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


_RST_CODE = re.compile(r"(?::[a-z]+:)?``?([^`]+)``?")


def doc_md(text: str) -> str:
    """A docstring line as Markdown: reStructuredText literals and roles become code.

    >>> doc_md("A muscle group (``group=True``); see :class:`Source`.")
    'A muscle group (`group=True`); see `Source`.'
    """
    text = " ".join(text.split())
    parts = []
    last = 0
    for match in _RST_CODE.finditer(text):
        parts += [_MD_SPECIAL.sub(r"\\\1", text[last : match.start()]), f"`{match.group(1)}`"]
        last = match.end()
    parts.append(_MD_SPECIAL.sub(r"\\\1", text[last:]))
    return "".join(parts)


def muscle_page_path(muscle_id: str) -> str:
    """Where a muscle's page lives, relative to ``docs/``."""
    return f"{MUSCLES}/{muscle_id}.md"


# -- the metagraph -----------------------------------------------------------------------


def _kind_list(kinds: Iterable[Kind]) -> str:
    order = list(Kind)
    return ", ".join(f"`{k}`" for k in sorted(kinds, key=order.index))


def _pair_groups(pairs: Iterable[tuple[Kind, Kind]]) -> list[tuple[frozenset[Kind], frozenset[Kind]]]:
    """Pairs grouped as (subjects, targets): subjects sharing the same targets go together."""
    targets: defaultdict[Kind, set[Kind]] = defaultdict(set)
    for subject, target in pairs:
        targets[subject].add(target)
    by_targets: defaultdict[frozenset[Kind], set[Kind]] = defaultdict(set)
    for subject, found in targets.items():
        by_targets[frozenset(found)].add(subject)
    order = list(Kind)
    groups = [(frozenset(subjects), found) for found, subjects in by_targets.items()]
    return sorted(groups, key=lambda g: min(order.index(k) for k in g[0]))


def relation_table() -> str:
    """Every relation in `painkb.RELATIONS`: what it means and which kinds it joins.

    >>> table = relation_table()
    >>> all(f"`{name}`" in table for name in painkb.RELATIONS)
    True
    """
    rows = [
        "| Relation | Reads as | Subject → target kinds | Qualifiers |",
        "| --- | --- | --- | --- |",
    ]
    for relation in painkb.RELATIONS.values():
        pairs = "<br>".join(
            f"{_kind_list(subjects)} → {_kind_list(targets)}"
            for subjects, targets in _pair_groups(relation.pairs)
        )
        qualifiers = "; ".join(
            f"`{name}`: {' or '.join(f'`{v}`' for v in values)}"
            for name, values in relation.qualifiers.items()
        )
        if relation.transitive:
            qualifiers = "; ".join(filter(None, [qualifiers, "transitive"]))
        rows.append(f"| `{relation.name}` | {md(relation.description)} | {pairs} | {qualifiers or '—'} |")
    return "\n".join(rows) + "\n"


def kinds_table() -> str:
    """Every entity kind, its class and what it is (the class docstring's first line).

    >>> "`warning_sign`" in kinds_table()
    True
    """
    rows = ["| Kind | Class | What it is |", "| --- | --- | --- |"]
    for kind, cls in ENTITY_CLASSES.items():
        summary = (inspect.getdoc(cls) or "").split("\n\n")[0]
        rows.append(f"| `{kind}` | [`{cls.__name__}`][painkb.{cls.__name__}] | {doc_md(summary)} |")
    return "\n".join(rows) + "\n"


KINDS_IMAGES = "images/kinds"


def _kind_edges(kind: Kind) -> tuple[list[tuple[Kind, str]], list[tuple[str, Kind]]]:
    """What may point at ``kind`` (kind, relations) and what it may point at (relations, kind)."""
    incoming: defaultdict[Kind, list[str]] = defaultdict(list)
    outgoing: defaultdict[Kind, list[str]] = defaultdict(list)
    for relation in painkb.RELATIONS.values():
        for subject, target in sorted(relation.pairs):
            if target is kind:
                incoming[subject].append(relation.name)
            if subject is kind:
                outgoing[target].append(relation.name)
    order = list(Kind)
    return (
        [(k, ", ".join(names)) for k, names in sorted(incoming.items(), key=lambda i: order.index(i[0]))],
        [(", ".join(names), k) for k, names in sorted(outgoing.items(), key=lambda i: order.index(i[0]))],
    )


def kind_diagram_svg(kind: Kind) -> str:
    """A small SVG of one kind: the kinds that may link to it on the left, those it may link
    to on the right, each arrow labelled with its relations. Drawn by painkb, no JavaScript.

    >>> svg = kind_diagram_svg(Kind.MUSCLE)
    >>> svg.startswith("<svg") and "refers_pain_to" in svg and "region" in svg
    True
    """
    from xml.sax.saxutils import escape

    incoming, outgoing = _kind_edges(kind)
    row, box_w, box_h, gap = 34, 130, 24, 190
    rows = max(len(incoming), len(outgoing), 1)
    height = rows * row + 16
    centre_x = box_w + gap
    width = centre_x + box_w + gap + box_w + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'role="img" aria-label="Links of {kind.value}" font-family="sans-serif" font-size="12">',
        f"<title>{kind.value}: the relations that may join it to other kinds</title>",
        '<defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>',
        f'<rect x="{centre_x}" y="8" width="{box_w}" height="{height - 16}" rx="6" fill="#e8eaf6" '
        'stroke="#3f51b5"/>',
        f'<text x="{centre_x + box_w / 2}" y="{height / 2 + 5}" text-anchor="middle" font-weight="bold" '
        f'font-size="14">{kind.value}</text>',
    ]

    def box(x: float, y: float, label: str) -> None:
        parts.append(
            f'<rect x="{x}" y="{y}" width="{box_w}" height="{box_h}" rx="4" fill="#fff" stroke="#888"/>'
        )
        parts.append(f'<text x="{x + box_w / 2}" y="{y + 16}" text-anchor="middle">{escape(label)}</text>')

    def arrow(x1: float, x2: float, y: float, label: str) -> None:
        parts.append(f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="#555" marker-end="url(#a)"/>')
        parts.append(
            f'<text x="{(x1 + x2) / 2}" y="{y - 4}" text-anchor="middle" font-size="10" fill="#333">'
            f"{escape(label)}</text>"
        )

    for number, (other, names) in enumerate(incoming):
        y = 8 + number * row + (row - box_h) / 2
        box(0, y, other.value)
        arrow(box_w, centre_x, y + box_h / 2, names)
    for number, (names, other) in enumerate(outgoing):
        y = 8 + number * row + (row - box_h) / 2
        box(centre_x + box_w + gap, y, other.value)
        arrow(centre_x + box_w, centre_x + box_w + gap, y + box_h / 2, names)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def kinds_diagram(prefix: str = "") -> str:
    """One small diagram per kind (SVG files generated at build time), not one tangle.

    >>> "images/kinds/muscle.svg" in kinds_diagram()
    True
    """
    lines = []
    for kind in Kind:
        incoming, outgoing = _kind_edges(kind)
        summary = f"{len(incoming)} kind(s) link to it, it links to {len(outgoing)}"
        lines += [
            f'??? abstract "{kind.value}: {summary}"',
            "",
            f"    ![Relations of {kind.value}]({prefix}{KINDS_IMAGES}/{kind.value}.svg)",
            "",
        ]
    return "\n".join(lines)


# -- citations ---------------------------------------------------------------------------


def _source_link(kb: KnowledgeBase, source_id: str, prefix: str) -> str:
    return f"[{md(kb.sources[source_id].title)}]({prefix}{SOURCES_PAGE}#{source_id})"


def cite(kb: KnowledgeBase, citation: Citation, prefix: str = "../") -> str:
    """One citation as Markdown: the quote (or locator), the source and its evidence level.

    >>> kb = painkb.load()
    >>> link = kb.links_from("piriformis", "refers_pain_to")[0]
    >>> "evidence:" in cite(kb, link.citations[0])
    True
    """
    said = f"“{md(citation.quote)}”" if citation.quote else md(citation.locator)
    note = f" {md(citation.note)}" if citation.note else ""
    evidence = f"evidence: `{kb.evidence(citation)}`"
    return f"{said} — {_source_link(kb, citation.source, prefix)}, {evidence}.{note}"


def _citation_lines(kb: KnowledgeBase, citations: Iterable[Citation], indent: str = "    ") -> list[str]:
    """The citations as a collapsed block (pymdownx.details) saying how many sources it holds."""
    unique = _unique(citations)
    if not unique:
        return []
    sources = len({c.source for c in unique})
    title = f"{len(unique)} quote{'s' if len(unique) != 1 else ''} from {_plural(sources, 'source')}"
    return [
        "",
        f'{indent}??? quote "{title}"',
        "",
        *(f"{indent}    - <small>{cite(kb, c)}</small>" for c in unique),
        "",
    ]


def _unique(citations: Iterable[Citation]) -> list[Citation]:
    """Each quote of a source once: a sign and the link it raises often cite the same words."""
    seen: dict[tuple[str, str], Citation] = {}
    for citation in citations:
        seen.setdefault((citation.source, citation.quote or citation.locator), citation)
    return list(seen.values())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _name(kb: KnowledgeBase, entity_id: str, prefix: str = "../", here: str = "") -> str:
    """An entity's name; a muscle's links to its page unless it is the page's own (``here``)."""
    entity = kb.get(entity_id)
    if isinstance(entity, Muscle) and entity.id != here:
        return f"[{md(entity.name)}]({prefix}{muscle_page_path(entity.id)})"
    return md(entity.name)


def _via(kb: KnowledgeBase, muscle: Muscle, chain: Iterable[Link]) -> str:
    """' (through the gluteals)' when a fact reaches the muscle through a group or member."""
    others = [n for link in chain for n in (link.subject, link.target) if n != muscle.id]
    return f" (through {', '.join(_name(kb, n) for n in dict.fromkeys(others))})" if others else ""


# -- per-muscle pages --------------------------------------------------------------------


def _section(title: str, lines: list[str], empty: str) -> list[str]:
    return [f"## {title}", "", *(lines or [f"*{empty}*"]), ""]


def _location(kb: KnowledgeBase, muscle: Muscle) -> list[str]:
    lines = []
    for link in kb.links_from(muscle.id, "located_in"):
        lines += [f"- {_name(kb, link.target)} (`{link.target}`)", *_citation_lines(kb, link.citations)]
    return lines


def _referral(kb: KnowledgeBase, muscle: Muscle) -> list[str]:
    links = sorted(
        kb.links_from(muscle.id, "refers_pain_to"),
        key=lambda link: (link.zone is not Zone.PRIMARY, kb.get(link.target).name.casefold()),
    )
    lines = []
    for link in links:
        zone = f"{link.zone} zone" if link.zone else "zone not given"
        lines += [f"- **{_name(kb, link.target)}** (`{link.target}`): {zone}"]
        lines += _citation_lines(kb, link.citations)
    return lines


def _members_referral(kb: KnowledgeBase, group: Muscle) -> list[str]:
    """A group's referral zones: its members', each zone once with the members behind it."""
    zones: dict[tuple[str, str], list[Link]] = {}
    for member in kb.links_to(group.id, "part_of"):
        for link in kb.links_from(member.subject, "refers_pain_to"):
            zones.setdefault((link.target, str(link.zone or "")), []).append(link)
    lines = ["*From its members' records:*", ""]
    for (target, zone), links in sorted(
        zones.items(), key=lambda item: (item[0][1] != str(Zone.PRIMARY), kb.get(item[0][0]).name.casefold())
    ):
        who = ", ".join(_name(kb, link.subject) for link in links)
        lines += [f"- **{_name(kb, target)}** (`{target}`): {zone or 'zone not given'} zone, from {who}"]
        lines += _citation_lines(kb, [c for link in links for c in link.citations])
    return lines


def _matches(kb: KnowledgeBase, muscle: Muscle, matches: Iterable[painkb.Match[Entity]]) -> list[str]:
    lines = []
    for match in matches:
        entity = match.entity
        lines.append(f"- **{_name(kb, entity.id)}** (`{entity.id}`){_via(kb, muscle, match.reasons[1:])}")
        lines += _citation_lines(kb, match.reasons[0].citations)
    return lines


def _treatment(kb: KnowledgeBase, muscle: Muscle, match: painkb.Match[Treatment]) -> list[str]:
    treatment = match.entity
    lines = [f"### {md(treatment.name)}", ""]
    lines.append(
        f"`{treatment.id}` · {str(treatment.category).replace('_', ' ')} · "
        f"{str(treatment.setting).replace('_', ' ')}{_via(kb, muscle, match.reasons[1:])}"
    )
    lines.append("")
    if treatment.description:
        lines += [md(treatment.description), ""]
    lines += [f"{number}. {md(step)}" for number, step in enumerate(treatment.steps, 1)]
    if treatment.steps:
        lines.append("")
    if treatment.dosage:
        lines += [f"**How long and how often:** {md(treatment.dosage)}", ""]
    lines += [f"- **Caution:** {md(caution)}" for caution in treatment.cautions]
    if treatment.cautions:
        lines.append("")
    equipment = [_name(kb, link.target) for link in kb.links_from(treatment.id, "uses")]
    if equipment:
        lines += [f"**Uses:** {', '.join(equipment)}", ""]
    lines.append("Sources:")
    lines.append("")
    lines += _citation_lines(kb, (*match.reasons[0].citations, *treatment.citations), indent="")
    lines.append("")
    return lines


def _other_links(kb: KnowledgeBase, muscle: Muscle) -> list[str]:
    shown = {"part_of", "located_in", "refers_pain_to", "presents_with", "contributes_to", "targets"}
    lines = []
    for link in kb.links:
        if muscle.id not in (link.subject, link.target) or link.relation in shown:
            continue
        if link.relation == "contributes_to" and link.target == muscle.id:
            continue
        sentence = " ".join(
            [
                _name(kb, link.subject, here=muscle.id),
                md(painkb.RELATIONS[link.relation].description),
                _name(kb, link.target, here=muscle.id),
            ]
        )
        lines += [f"- {sentence}", *_citation_lines(kb, link.citations)]
    for link in kb.links_from(muscle.id, "contributes_to"):
        lines += [f"- {md(muscle.name)} contributes to {_name(kb, link.target)}"]
        lines += _citation_lines(kb, link.citations)
    return lines


def _page_sources(kb: KnowledgeBase, muscle: Muscle, *answers: Iterable[painkb.Match[Entity]]) -> list[str]:
    ids: dict[str, None] = {c.source: None for c in muscle.citations}
    for link in kb.links:
        if muscle.id in (link.subject, link.target):
            ids.update((c.source, None) for c in link.citations)
    for answer in answers:
        for match in answer:
            ids.update((c.source, None) for c in match.citations)
            ids.update((c.source, None) for c in match.entity.citations)
    sources = sorted((kb.sources[s] for s in ids), key=lambda s: (s.evidence.rank, s.title.casefold()))
    return [f"- {_source_link(kb, s.id, '../')} — {s.kind}, evidence: `{s.evidence}`" for s in sources]


def muscle_page(kb: KnowledgeBase, muscle: Muscle | str) -> str:
    """The Markdown page of one muscle, from the knowledge base's data.

    >>> page = muscle_page(painkb.load(), "piriformis")
    >>> page.splitlines()[0]
    '# Piriformis'
    >>> "## Referral zones" in page and "## Sources" in page
    True
    """
    found = kb.get(muscle.id if isinstance(muscle, Entity) else muscle, Muscle)
    symptoms = painkb.symptoms_of(kb, found)
    causes = painkb.causes_of(kb, found)
    treatments = painkb.treatments_for(kb, found)
    lines = [f"# {md(found.name)}", "", NOT_A_DIAGNOSIS]
    facts = [f"**Id:** `{found.id}`"]
    if found.aliases:
        facts.append(f"**Also called:** {', '.join(md(a) for a in found.aliases)}")
    if found.group:
        facts.append("**A group of muscles**")
    groups = [_name(kb, link.target) for link in kb.links_from(found.id, "part_of")]
    if groups:
        facts.append(f"**Part of:** {', '.join(groups)}")
    members = [_name(kb, link.subject) for link in kb.links_to(found.id, "part_of")]
    if members:
        facts.append(f"**Members:** {', '.join(members)}")
    if found.xrefs:
        facts.append(f"**Cross-references:** {', '.join(f'`{x}`' for x in found.xrefs)}")
    lines += [" · ".join(facts), ""]
    if found.description:
        lines += [md(found.description), ""]
    if found.function:
        lines += [f"**Function:** {md(found.function)}", ""]
    if found.citations:
        lines += _citation_lines(kb, found.citations, indent="")
        lines.append("")
    lines += _section("Location", _location(kb, found), "No location recorded yet.")
    lines += [f"![Body map of {md(found.name)}]({MAPS}/{found.id}.svg)", ""]
    referral = _referral(kb, found)
    if not referral and members:
        referral = _members_referral(kb, found)
    lines += _section("Referral zones", referral, "No referral pattern recorded yet.")
    lines += _section("Symptoms", _matches(kb, found, symptoms), "No symptoms recorded yet.")
    lines += _section("Causes", _matches(kb, found, causes), "No causes recorded yet.")
    treatment_lines = [line for match in treatments for line in _treatment(kb, found, match)]
    lines += _section("Treatments", treatment_lines, "No treatments recorded yet.")
    other = _other_links(kb, found)
    if other:
        lines += _section("Other links", other, "")
    lines += _section(
        "Sources", _page_sources(kb, found, symptoms, causes, treatments), "No sources recorded yet."
    )
    return "\n".join(lines)


def muscles(kb: KnowledgeBase) -> list[Muscle]:
    """Every muscle of ``kb``, by name: the order of the pages and the nav."""
    return sorted(
        (e for e in kb.entities(Kind.MUSCLE) if isinstance(e, Muscle)), key=lambda m: m.name.casefold()
    )


def muscle_list(kb: KnowledgeBase, prefix: str = "") -> str:
    """A bulleted list of every muscle, linked to its page, with where it refers pain."""
    lines = []
    for muscle in muscles(kb):
        regions = [kb.get(link.target).name for link in kb.links_from(muscle.id, "refers_pain_to")]
        where = f" — refers pain to {', '.join(md(r) for r in dict.fromkeys(regions))}" if regions else ""
        lines.append(f"- [{md(muscle.name)}]({prefix}{muscle_page_path(muscle.id)}){where}")
    return "\n".join(lines) + "\n"


def muscles_index(kb: KnowledgeBase) -> str:
    """The index page of the muscles section."""
    return "\n".join(
        [
            "# Muscles",
            "",
            f"One page per muscle in the bundled knowledge base ({len(muscles(kb))} today), generated",
            "from the data when the docs are built. Each fact comes with the sources behind it;",
            f"see the [index of sources](../{SOURCES_PAGE}) for how strong each one is.",
            "",
            muscle_list(kb, prefix="../"),
        ]
    )


# -- sources -----------------------------------------------------------------------------


def _sorted_sources(kb: KnowledgeBase) -> list[Source]:
    return sorted(kb.sources.values(), key=lambda s: (s.evidence.rank, s.title.casefold(), s.id))


def source_summary(kb: KnowledgeBase, prefix: str = "") -> str:
    """A table of every source: kind, evidence level and how many citations use it."""
    used = subject_citations_by_source(kb)
    rows = ["| Source | Kind | Evidence | Citations |", "| --- | --- | --- | --- |"]
    for source in _sorted_sources(kb):
        rows.append(
            f"| {_source_link(kb, source.id, prefix)} | {source.kind} | {_nowrap(str(source.evidence))} "
            f"| {len(used.get(source.id, []))} |"
        )
    return "\n".join(rows) + "\n"


def _nowrap(code: str) -> str:
    """Inline code that a narrow table column does not break in the middle of a word."""
    return f'<code style="white-space: nowrap">{code}</code>'


def sources_page(kb: KnowledgeBase) -> str:
    """The index of sources: each one's kind, evidence level, what was taken from it.

    >>> kb = painkb.load()
    >>> page = sources_page(kb)
    >>> all(f"{{#{source_id}}}" in page for source_id in kb.sources)
    True
    """
    used = subject_citations_by_source(kb)
    lines = [
        "# Sources",
        "",
        "Every source the bundled knowledge is taken from, strongest evidence first, generated",
        "from the data when the docs are built. *Note* says what each source is and what was",
        "taken from it; a single citation can mark its claim as weaker than the source as a",
        'whole (for instance `unattributed_claim` for "research shows" with no study named).',
        "",
        "Evidence levels, strongest first: "
        + ", ".join(f"`{level}`" for level in painkb.EvidenceLevel)
        + ". See [Concepts](concepts.md#citations-and-evidence).",
        "",
        source_summary(kb),
    ]
    for source in _sorted_sources(kb):
        lines += [f"## {md(source.title)} {{#{source.id}}}", ""]
        facts = [f"**Id:** `{source.id}`", f"**Kind:** {source.kind}", f"**Evidence:** `{source.evidence}`"]
        facts += [
            f"**{label}:** {md(value)}"
            for label, value in (
                ("Author", source.author),
                ("Publisher", source.publisher),
                ("Date", source.date),
            )
            if value
        ]
        lines += [" · ".join(facts), ""]
        if source.url:
            lines += [f"<{source.url}>", ""]
        if source.note:
            lines += [f"**Note:** {md(source.note)}", ""]
        citations = used.get(source.id, [])
        overrides = sorted({str(c.evidence) for _, c in citations if c.evidence is not None})
        if overrides:
            lines += [f"Some claims from it are rated lower: {', '.join(f'`{o}`' for o in overrides)}.", ""]
        about = [_name(kb, entity_id, prefix="") for entity_id in dict.fromkeys(e for e, _ in citations)]
        if about:
            lines += [f"**Cited for** ({_plural(len(citations), 'citation')}): {', '.join(about)}", ""]
        else:
            lines += ["*Not cited yet.*", ""]
    return "\n".join(lines)


# -- safety ------------------------------------------------------------------------------


def warning_sign_section(kb: KnowledgeBase, prefix: str = "") -> str:
    """Every warning sign, most urgent first, with its advice, what raises it and its sources.

    >>> kb = painkb.load()
    >>> text = warning_sign_section(kb)
    >>> all(sign.name in text.replace("\\\\", "") for sign in painkb.warning_signs(kb))
    True
    """
    lines = []
    for sign in painkb.warning_signs(kb):
        lines += [f"### {md(sign.name)}", ""]
        lines += [f"**{str(sign.urgency).upper()}** — {md(sign.advice)}", ""]
        if sign.description:
            lines += [md(sign.description), ""]
        warns = [md(kb.get(link.target).name) for link in kb.links_from(sign.id, "warns_of")]
        if warns:
            lines += [f"Can be a sign of: {', '.join(warns)}.", ""]
        flagged = [md(kb.get(link.target).name) for link in kb.links_from(sign.id, "flagged_by")]
        if flagged:
            lines += [f"Raised by `assess` when someone reports: {', '.join(flagged)}.", ""]
        citations = [
            *sign.citations,
            *(c for link in kb.links_from(sign.id, "warns_of") for c in link.citations),
        ]
        lines += [f"- <small>{cite(kb, c, prefix)}</small>" for c in _unique(citations)]
        lines.append("")
    return "\n".join(lines) if lines else "*No warning signs in the knowledge base.*\n"


# -- including files from the top of the repository -------------------------------------

_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)\)")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def include(name: str, root: Path) -> str:
    """The text of ``root/name`` (``root``: the top of the repository), with its relative
    links made to work inside the docs.

    Links to ``docs/<page>.md`` become links to that page; links to other files of the
    repository become the link text followed by the path, since the site does not have them.
    """

    def fix(match: re.Match[str]) -> str:
        text, target = match.group(1), match.group(2)
        if _SCHEME.match(target) or target.startswith("#"):
            return match.group(0)
        if target.startswith("docs/") and target.split("#")[0].endswith(".md"):
            return f"[{text}]({target.removeprefix('docs/')})"
        return f"{text} (`{target}`)"

    return _LINK.sub(fix, (root / name).read_text(encoding="utf-8"))


_INCLUDE = re.compile(r"<!-- painkb:include (\S+) -->")
_INCLUDE_IF_PRESENT = re.compile(
    r"<!-- painkb:include-if-present (\S+) -->(.*?)<!-- painkb:end -->", re.DOTALL
)


def expand(markdown: str, kb: KnowledgeBase, root: Path, prefix: str = "") -> str:
    """``markdown`` with every ``<!-- painkb:... -->`` marker replaced by what it asks for.

    ``root`` is where included files are found; ``prefix`` leads from the page to ``docs/``.

    >>> from pathlib import Path
    >>> "images/kinds/region.svg" in expand("<!-- painkb:kinds-diagram -->", painkb.load(), Path("."))
    True
    """
    generated: dict[str, Callable[[], str]] = {
        "relation-table": relation_table,
        "kinds-table": kinds_table,
        "kinds-diagram": lambda: kinds_diagram(prefix),
        "warning-signs": lambda: warning_sign_section(kb, prefix),
        "muscle-list": lambda: muscle_list(kb, prefix),
        "source-summary": lambda: source_summary(kb, prefix),
    }
    for name, make in generated.items():
        marker = f"<!-- painkb:{name} -->"
        if marker in markdown:
            markdown = markdown.replace(marker, make())

    def if_present(match: re.Match[str]) -> str:
        return include(match.group(1), root) if (root / match.group(1)).is_file() else match.group(2)

    markdown = _INCLUDE_IF_PRESENT.sub(if_present, markdown)
    markdown = _INCLUDE.sub(lambda m: include(m.group(1), root), markdown)
    unknown = re.search(r"<!-- painkb:[^>]*-->", markdown)
    if unknown:
        raise ValueError(f"unknown docs marker {unknown.group(0)}")
    return markdown


# -- the whole generated files and the nav -----------------------------------------------


def expand_nav(nav: Any, kb: KnowledgeBase) -> Any:
    """MkDocs' ``nav`` with the entry ``muscles/index.md`` followed by one entry per muscle.

    >>> expand_nav([{"Muscles": "muscles/index.md"}], painkb.load())[0]["Muscles"][1]
    {'Abdominal muscles': 'muscles/abdominals.md'}
    """
    if isinstance(nav, list):
        return [expand_nav(item, kb) for item in nav]
    if isinstance(nav, dict):
        return {title: expand_nav(value, kb) for title, value in nav.items()}
    if nav == f"{MUSCLES}/index.md":
        return [nav, *({m.name: muscle_page_path(m.id)} for m in muscles(kb))]
    return nav


def generated_images(kb: KnowledgeBase) -> dict[str, str]:
    """The pictures drawn at build time: a body map per muscle, the maps of the Exports
    page, one diagram per kind. None is committed, so none can go stale.

    >>> images = generated_images(painkb.load())
    >>> images["muscles/maps/piriformis.svg"].startswith("<svg")
    True
    """
    from painkb.render.bodymap import body_map

    images = {f"{MUSCLES}/{MAPS}/{m.id}.svg": body_map(kb, m) for m in muscles(kb)}
    images["images/body-map-gluteus-minimus.svg"] = body_map(kb, "gluteus-minimus")
    assessment = painkb.assess(kb, text="lower back. buttock. leg pain")
    images["images/body-map-assessment.svg"] = body_map(kb, assessment)
    images.update((f"{KINDS_IMAGES}/{kind.value}.svg", kind_diagram_svg(kind)) for kind in Kind)
    return images


def generated_files(kb: KnowledgeBase) -> dict[str, str]:
    """Every whole file generated, path (relative to ``docs/``) -> text: the muscles index,
    a page per muscle, the sources index and `generated_images`.

    >>> files = generated_files(painkb.load())
    >>> "sources.md" in files and "muscles/piriformis.md" in files
    True
    """
    files = {f"{MUSCLES}/index.md": muscles_index(kb), SOURCES_PAGE: sources_page(kb)}
    files.update((muscle_page_path(m.id), muscle_page(kb, m)) for m in muscles(kb))
    files.update(generated_images(kb))
    return files
