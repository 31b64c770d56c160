"""The documentation: generated pages match the data, every public name is documented,
every example is executed, and the strict MkDocs build passes (when mkdocs is installed)."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import shlex
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

import painkb
from painkb.model import Muscle
from painkb.render import markdown as generated

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

KB = painkb.load()
MUSCLES = [e for e in KB.entities("muscle") if isinstance(e, Muscle)]
DOCS_PACKAGES = ("mkdocs", "material", "mkdocstrings_handlers.python", "mkdocs_click")


def plain(markdown: str) -> str:
    """Markdown with escapes removed, so names can be looked for as written in the data."""
    return re.sub(r"\\(.)", r"\1", markdown)


# -- generated pages match the bundled data ----------------------------------------------


@pytest.mark.parametrize("muscle", MUSCLES, ids=lambda m: m.id)
def test_muscle_page_matches_data(muscle: Muscle) -> None:
    page = plain(generated.muscle_page(KB, muscle))
    assert page.startswith(f"# {muscle.name}\n")
    expected: dict[str, str] = {}
    for relation in ("located_in", "refers_pain_to"):
        for link in KB.links_from(muscle.id, relation):
            expected[f"{relation} {link.target}"] = KB.get(link.target).name
            if link.zone is not None:
                expected[f"zone of {link.target}"] = f"(`{link.target}`): {link.zone} zone"
    for query in (painkb.symptoms_of, painkb.causes_of, painkb.treatments_for):
        for match in query(KB, muscle):
            expected[f"{query.__name__} {match.entity.id}"] = match.entity.name
            cited = (*match.citations, *match.entity.citations)
            expected.update((f"source {c.source}", KB.sources[c.source].title) for c in cited)
    for treatment in painkb.treatments_for(KB, muscle):
        expected.update((f"step of {treatment.entity.id}", step) for step in treatment.entity.steps)
        if treatment.entity.dosage:
            expected[f"dosage of {treatment.entity.id}"] = treatment.entity.dosage
    for link in KB.links:
        if muscle.id in (link.subject, link.target):
            expected.update((f"source {c.source}", KB.sources[c.source].title) for c in link.citations)
    expected.update((f"source {c.source}", KB.sources[c.source].title) for c in muscle.citations)
    missing = {what: text for what, text in expected.items() if " ".join(text.split()) not in page}
    assert not missing, f"muscles/{muscle.id}.md lacks {missing}"


GROUP_DATA = """
[[source]]
id = "test-source"
title = "A test source | with *marks*"
kind = "textbook"
evidence = "reference_text"

[[muscle]]
id = "test-group"
name = "Test group"
group = true

[[muscle]]
id = "test-member"
name = "Test member"

[[muscle.link]]
relation = "part_of"
target = "test-group"
citations = [{ source = "test-source", locator = "p. 1" }]

[[muscle.link]]
relation = "refers_pain_to"
target = "buttock"
zone = "spillover"
citations = [{ source = "test-source", quote = "pain in the buttock" }]

[[treatment]]
id = "test-treatment"
name = "Test treatment"
category = "strengthening"
setting = "self_care"
steps = ["Lift *slowly*."]
dosage = "Ten times."

[[treatment.link]]
relation = "targets"
target = "test-group"
citations = [{ source = "test-source", locator = "p. 2" }]
"""


def test_group_facts_reach_member_pages(tmp_path: Path) -> None:
    (tmp_path / "group.toml").write_text(GROUP_DATA, encoding="utf-8")
    kb = painkb.load(tmp_path, include_bundled=True)
    member = plain(generated.muscle_page(kb, "test-member"))
    assert "**Part of:** [Test group](../muscles/test-group.md)" in member
    assert "Test treatment" in member
    assert "(through [Test group](../muscles/test-group.md))" in member
    assert "Lift *slowly*." in member
    assert "(`buttock`): spillover zone" in member
    assert "A test source | with *marks*" in member
    group = plain(generated.muscle_page(kb, "test-group"))
    assert "**Members:** [Test member](../muscles/test-member.md)" in group
    sources = plain(generated.sources_page(kb))
    assert sources.index("{#test-source}") < sources.index("{#seed-hip-glute-back-muscles}")


def test_every_muscle_has_a_page_and_a_nav_entry() -> None:
    nav = generated.expand_nav([{"Muscles": "muscles/index.md"}], KB)
    pages = [next(iter(entry.values())) for entry in nav[0]["Muscles"][1:]]
    assert sorted(pages) == sorted(generated.muscle_page_path(m.id) for m in MUSCLES)
    index = generated.muscles_index(KB)
    assert all(f"{generated.muscle_page_path(m.id)})" in index for m in MUSCLES)


def test_sources_page_lists_each_source_with_kind_evidence_and_note() -> None:
    page = plain(generated.sources_page(KB))
    for source in KB.sources.values():
        section = page.split(f"{{#{source.id}}}", 1)[1].split("\n## ", 1)[0]
        assert f"**Kind:** {source.kind}" in section, source.id
        assert f"**Evidence:** `{source.evidence}`" in section, source.id
        assert " ".join(source.note.split()) in section, source.id


def test_relation_table_matches_the_metagraph() -> None:
    rows = {
        line.split("|")[1].strip().strip("`"): line
        for line in generated.relation_table().splitlines()
        if line.startswith("| `")
    }
    assert list(rows) == list(painkb.RELATIONS)
    for name, relation in painkb.RELATIONS.items():
        pairs_cell = rows[name].split("|")[3]
        shown: set[tuple[str, str]] = set()
        for group in pairs_cell.split("<br>"):
            subjects, targets = group.split("→")
            for subject in re.findall(r"`(\w+)`", subjects):
                shown.update((subject, target) for target in re.findall(r"`(\w+)`", targets))
        assert shown == {(str(s), str(t)) for s, t in relation.pairs}, name
        assert relation.description in rows[name]


def test_kinds_diagram_has_every_kind_and_allowed_pair() -> None:
    """One SVG per kind; each allowed pair is an arrow, labelled with its relations, in the
    subject's diagram (outgoing) and the target's (incoming)."""
    import xml.etree.ElementTree as ET

    assert all(f"images/kinds/{kind.value}.svg" in generated.kinds_diagram() for kind in painkb.Kind)
    for kind in painkb.Kind:
        svg = generated.kind_diagram_svg(kind)
        texts = [t.text or "" for t in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")]
        incoming, outgoing = generated._kind_edges(kind)
        for relation in painkb.RELATIONS.values():
            for subject, target in relation.pairs:
                if subject is kind:
                    assert target.value in texts
                    assert any(relation.name in t.split(", ") for t in texts)
                    assert any(relation.name in names.split(", ") and k is target for names, k in outgoing)
                if target is kind:
                    assert any(relation.name in names.split(", ") and k is subject for k, names in incoming)
    assert "mermaid" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_warning_signs_on_the_safety_page_come_most_urgent_first() -> None:
    text = plain(generated.expand((DOCS / "safety.md").read_text(encoding="utf-8"), KB, ROOT))
    positions = [text.index(f"### {sign.name}") for sign in painkb.warning_signs(KB)]
    assert positions == sorted(positions)
    assert all(sign.advice in text for sign in painkb.warning_signs(KB))
    assert text.index("## When to see a clinician") < text.index("## What painkb is")


def test_unknown_marker_is_an_error() -> None:
    with pytest.raises(ValueError, match="painkb:no-such-thing"):
        generated.expand("<!-- painkb:no-such-thing -->", KB, ROOT)


def test_include_fixes_links_and_falls_back_when_absent(tmp_path: Path) -> None:
    (tmp_path / "GUIDE.md").write_text(
        "[quickstart](docs/index.md#install), [data](src/painkb/data/), [web](https://example.org)\n",
        encoding="utf-8",
    )
    assert generated.include("GUIDE.md", tmp_path) == (
        "[quickstart](index.md#install), data (`src/painkb/data/`), [web](https://example.org)\n"
    )
    page = "<!-- painkb:include-if-present {} -->fallback<!-- painkb:end -->"
    assert generated.expand(page.format("GUIDE.md"), KB, root=tmp_path).startswith("[quickstart]")
    assert generated.expand(page.format("ABSENT.md"), KB, root=tmp_path) == "fallback"


# -- every public name documented, every example executed --------------------------------


def _resolve(identifier: str) -> Any:
    """The object a mkdocstrings identifier names (``painkb.load.load`` -> the function)."""
    parts = identifier.split(".")
    for split in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attribute in parts[split:]:
            obj = getattr(obj, attribute)
        return obj
    raise ImportError(identifier)


_ROLE = re.compile(r":(?:class|func|meth|data|mod|attr|exc|obj):`")


def test_docstrings_write_code_in_markdown_not_restructuredtext_roles() -> None:
    """Google style with Markdown code (`painkb.dump`), never :func:`painkb.dump`; doctest
    lines may hold roles as data."""
    for path in sorted((ROOT / "src").rglob("*.py")):
        name = path.relative_to(ROOT / "src").as_posix()
        prose = [
            line.strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if not line.lstrip().startswith((">>>", "..."))
        ]
        roles = [line for line in prose if _ROLE.search(line)]
        assert not roles, f"{name}: write `name`, not a role: {roles[0]}"


def test_every_public_name_is_in_the_api_reference() -> None:
    reference = (DOCS / "reference.md").read_text(encoding="utf-8")
    identifiers = re.findall(r"^::: (\S+)$", reference, re.MULTILINE)
    assert len(identifiers) == len(set(identifiers)), "a name is documented twice"
    documented = {
        identifier.rsplit(".", 1)[1]
        for identifier in identifiers
        if _resolve(identifier) is getattr(painkb, identifier.rsplit(".", 1)[1], None)
    }
    assert set(painkb.__all__) - documented == set()


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_python_examples_are_doctests(page: Path) -> None:
    """A ```python block without >>> would not be run; only pages that say so may have one."""
    text = page.read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    unrun = [block for block in blocks if ">>>" not in block]
    if unrun:
        assert "not executed" in text, f"{page.name} has Python examples the tests do not run"
    for block in blocks:
        if ">>>" in block:
            assert block.endswith("\n\n"), f"{page.name}: leave a blank line before the closing fence"


# -- CLI examples: every ```console block is run and its output compared ------------------


def _console_blocks() -> list[tuple[str, str]]:
    blocks = []
    for page in [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for number, block in enumerate(re.findall(r"^```console\n(.*?)^```", text, re.M | re.S), 1):
            blocks.append((f"{page.name}-{number}", block))
    return blocks


def _runs(block: str) -> list[tuple[list[str], str]]:
    """The block as (painkb arguments, expected stdout) pairs; ``$ `` starts a command."""
    runs: list[tuple[list[str], list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            argv = shlex.split(line[2:], comments=True)
            assert argv[0] == "painkb", f"a console block runs painkb only: {line}"
            runs.append((argv[1:], []))
        else:
            assert runs, f"output before any command: {line}"
            runs[-1][1].append(line)
    return [(argv, "\n".join(out)) for argv, out in runs]


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(("where", "block"), _console_blocks(), ids=[w for w, _ in _console_blocks()])
def test_cli_examples_in_the_docs_print_what_the_docs_show(
    where: str, block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command of a ```console block runs (in a scratch folder, 80 columns) and prints
    what the block shows after it, whitespace aside."""
    from click.testing import CliRunner

    from painkb.cli import main

    monkeypatch.chdir(tmp_path)
    for argv, expected in _runs(block):
        result = CliRunner().invoke(main, argv, env={"COLUMNS": "80", "NO_COLOR": "1"})
        assert result.exit_code == 0, f"{where}: painkb {shlex.join(argv)}\n{result.output}"
        assert _words(result.stdout) == _words(expected), f"{where}: painkb {shlex.join(argv)}"


def test_the_quickstart_shows_a_verified_assess() -> None:
    blocks = dict(_console_blocks())
    assert any("$ painkb assess" in block for where, block in blocks.items() if where.startswith("index"))


# -- the strict build ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    for package in DOCS_PACKAGES:
        if importlib.util.find_spec(package.split(".")[0]) is None:
            pytest.skip(f"{package} is not installed (pip install -e '.[docs]')")
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _inventory(site: Path) -> set[str]:
    data = (site / "objects.inv").read_bytes()
    body = zlib.decompress(data.split(b"\n", 4)[4]).decode("utf-8")
    return {line.split(" ", 1)[0] for line in body.splitlines()}


def test_strict_build_passes_with_a_page_per_muscle(site: Path) -> None:
    assert (site / "index.html").is_file()
    for muscle in MUSCLES:
        assert (site / "muscles" / muscle.id / "index.html").is_file(), muscle.id
    assert (site / "sources" / "index.html").is_file()


def test_built_api_reference_documents_every_public_name(site: Path) -> None:
    inventory = _inventory(site)
    missing = [
        name
        for name in painkb.__all__
        if f"painkb.{name}" not in inventory
        and not any(i.endswith(f".{name}") and _resolve(i) is getattr(painkb, name) for i in inventory)
    ]
    assert missing == []
    html = (site / "reference" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r":(class|func|meth|data|mod):", html), "a reStructuredText role is shown verbatim"


def test_built_cli_reference_has_every_command(site: Path) -> None:
    from painkb.cli import main

    html = (site / "cli" / "index.html").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"painkb {name}" in html


def test_safety_page_quotes_each_source_passage_once() -> None:
    text = generated.warning_sign_section(KB)
    for section in text.split("### ")[1:]:
        quotes = [line.split(" — ")[0] for line in section.splitlines() if line.startswith("- <small>")]
        assert len(quotes) == len(set(quotes)), section.splitlines()[0]


def test_sources_page_says_1_citation_and_keeps_evidence_whole() -> None:
    page = generated.sources_page(KB)
    assert "(1 citations)" not in page
    assert "(1 citation)" in page
    assert '<code style="white-space: nowrap">' in generated.source_summary(KB)


def test_group_pages_show_their_members_referral_zones() -> None:
    for muscle in MUSCLES:
        members = KB.links_to(muscle.id, "part_of")
        zoned = [m for m in members if KB.links_from(m.subject, "refers_pain_to")]
        if zoned and not KB.links_from(muscle.id, "refers_pain_to"):
            page = generated.muscle_page(KB, muscle)
            assert "No referral pattern recorded yet" not in page, muscle.id
            assert "From its members' records" in page


@pytest.mark.parametrize("muscle", MUSCLES[:3], ids=lambda m: m.id)
def test_muscle_pages_show_a_body_map_drawn_at_build_time(muscle: Muscle) -> None:
    page = generated.muscle_page(KB, muscle)
    assert f"(maps/{muscle.id}.svg)" in page
    assert generated.generated_images(KB)[f"muscles/maps/{muscle.id}.svg"].startswith("<svg")
    assert '??? quote "' in page  # quotes are collapsed
    assert not list((DOCS / "images").glob("body-map-*"))  # nothing committed by hand
