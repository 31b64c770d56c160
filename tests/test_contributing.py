"""CONTRIBUTING.md cannot drift: its examples are loaded, queried and checked here."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import painkb
from painkb import EvidenceLevel, KnowledgeBase, fieldtypes
from painkb.cli import main
from painkb.documents import BUNDLED_PREFIX, Document
from painkb.dump import format_document
from painkb.parse import parse_document
from painkb.render.markdown import relation_table

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
SEEDS = ROOT.parent / "shared" / "seeds"


def example(name: str) -> str:
    """The TOML block after ``<!-- example: name -->`` in the guide."""
    found = re.search(rf"<!-- example: {re.escape(name)} -->\n```toml\n(.*?)```", GUIDE, re.DOTALL)
    assert found, f"CONTRIBUTING.md has no example named {name!r}"
    return found.group(1)


def _example_kb(name: str) -> painkb.KnowledgeBase:
    """The example's own entries; links to bundled entries are kept, not resolved."""
    parsed = parse_document(Document(name, example(name)))
    assert not parsed.problems, [str(p) for p in parsed.problems]
    return painkb.KnowledgeBase(
        (e for e, _ in parsed.entities), (s for s, _ in parsed.sources), (l for l, _ in parsed.links)
    )


@pytest.fixture
def contributed(tmp_path: Path) -> tuple[Path, Path]:
    """The bundled data without the example's entries, and the example in a file of its own."""
    bundled = painkb.load()
    added = {e.id for e in _example_kb("contributed.toml")}
    before = tmp_path / "before"
    painkb.dump(
        KnowledgeBase(
            (e for e in bundled if e.id not in added),
            bundled.sources.values(),
            (l for l in bundled.links if l.subject not in added),
        ),
        before,
    )
    (tmp_path / "contributed.toml").write_text(example("contributed.toml"), encoding="utf-8")
    return before, tmp_path / "contributed.toml"


def test_the_examples_are_entries_of_the_bundled_data_as_written() -> None:
    bundled = painkb.load()
    for name in ("contributed.toml", "source"):
        shown = _example_kb(name)
        for entity in shown:
            assert bundled.get(entity.id) == entity, f"update {entity.id!r} in CONTRIBUTING.md"
            assert shown.links_from(entity.id) == bundled.links_from(entity.id), entity.id
        for source_id, source in shown.sources.items():
            assert bundled.sources[source_id] == source, f"update {source_id!r} in CONTRIBUTING.md"


def test_adding_the_worked_example_to_the_data_gives_the_bundled_knowledge_base(
    contributed: tuple[Path, Path],
) -> None:
    before, added = contributed
    kb = painkb.load([before, added])
    assert kb == painkb.load()
    assert "adductor-brevis" in [r.entity.id for r in painkb.referral_sources(kb, "medial-thigh")]
    assert "adductor-brevis" in [r.entity.id for r in painkb.referral_sources(kb, "thigh")]
    stretch = next(
        m.entity
        for m in painkb.treatments_for(kb, "hip-flexors")
        if m.entity.id == "kneeling-hip-flexor-stretch"
    )
    assert stretch.steps[0] == "Kneel on one knee and extend the other leg in front of you."
    (relief,) = [l for l in kb.links_from(stretch.id, "relieves") if l.target == "lower-back-pain"]
    assert [kb.evidence(c) for c in relief.citations] == [EvidenceLevel.UNATTRIBUTED_CLAIM]


def test_the_worked_example_is_in_canonical_form() -> None:
    text = example("contributed.toml")
    assert format_document(Document("contributed.toml", text)) == text, "run `painkb fmt` on the example"


def test_the_commands_in_the_guide_accept_the_worked_example(contributed: tuple[Path, Path]) -> None:
    before, added = contributed
    runner = CliRunner()
    validated = runner.invoke(main, ["validate", str(before), str(added)])
    assert validated.exit_code == 0, validated.output
    formatted = runner.invoke(main, ["fmt", "--check", str(added)])
    assert formatted.exit_code == 0, formatted.output


def test_adding_an_entry_that_exists_is_reported_at_both_places(contributed: tuple[Path, Path]) -> None:
    _, added = contributed
    with pytest.raises(painkb.DataError) as caught:
        painkb.load(added, include_bundled=True)
    duplicates = [p for p in caught.value.problems if "duplicate id" in p.message]
    assert {p.entry for p in duplicates} == {"adductor-brevis", "kneeling-hip-flexor-stretch"}
    assert all(BUNDLED_PREFIX in p.message for p in duplicates)


def _normalised(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not next to this checkout")
def test_the_worked_example_quotes_seed_articles_verbatim() -> None:
    sources = painkb.load().sources
    shown = _example_kb("contributed.toml")
    citations = [c for e in shown for c in e.citations] + [c for l in shown.links for c in l.citations]
    seeded = [c for c in citations if sources[c.source].file]
    assert seeded
    for citation in seeded:
        article = (SEEDS / sources[citation.source].file).read_text(encoding="utf-8")
        assert _normalised(citation.quote) in _normalised(article), citation.quote


def test_the_relation_table_is_the_generated_one() -> None:
    """The guide holds the docs' relation table verbatim; tests/test_docs.py checks that
    table against the metagraph, once for both."""
    marker = "<!-- generated: painkb.render.markdown.relation_table() -->\n"
    assert marker in GUIDE
    shown = GUIDE.split(marker, 1)[1].split("\n\n", 1)[0] + "\n"
    assert shown == relation_table(), "paste painkb.render.markdown.relation_table() into CONTRIBUTING.md"


@pytest.mark.parametrize("level", list(EvidenceLevel))
def test_every_evidence_level_is_explained(level: EvidenceLevel) -> None:
    assert f"| `{level}` |" in GUIDE


def test_the_field_type_example_runs() -> None:
    """Adding a field of a new type touches the registry and the model only, as the guide shows."""
    found = re.search(r"<!-- example: field type -->\n```python\n(.*?)```", GUIDE, re.DOTALL)
    assert found, "CONTRIBUTING.md has no field type example"
    test = doctest.DocTestParser().get_doctest(found.group(1), {}, "CONTRIBUTING.md", "CONTRIBUTING.md", 0)
    out: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    try:
        runner.run(test, out=out.append)
    finally:
        left = fieldtypes._BY_TYPE.pop(int, None)
    assert runner.failures == 0, "".join(out)
    assert left is None, "the example must leave the registry as it found it"
