"""CONTRIBUTING.md cannot drift: its examples are loaded, queried and checked here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import painkb
from painkb import EvidenceLevel, Muscle, Treatment
from painkb.cli import main
from painkb.documents import Document
from painkb.dump import format_document
from painkb.load import load_documents

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
SEEDS = ROOT.parent / "shared" / "seeds"


def example(name: str) -> str:
    """The TOML block after ``<!-- example: name -->`` in the guide."""
    found = re.search(rf"<!-- example: {re.escape(name)} -->\n```toml\n(.*?)```", GUIDE, re.DOTALL)
    assert found, f"CONTRIBUTING.md has no example named {name!r}"
    return found.group(1)


@pytest.fixture
def contributed(tmp_path: Path) -> Path:
    (tmp_path / "contributed.toml").write_text(example("contributed.toml"), encoding="utf-8")
    return tmp_path


def test_the_worked_example_loads_with_the_bundled_data_and_answers_queries(contributed: Path) -> None:
    added = {m.group(1) for m in re.finditer(r'^id = "([^"]+)"', example("contributed.toml"), re.MULTILINE)}
    clashes = added & {e.id for e in painkb.load()}
    assert not clashes, f"the bundled data now has {clashes}; pick another worked example in CONTRIBUTING.md"
    kb = painkb.load(contributed, include_bundled=True)
    muscle = kb.get("iliocostalis-lumborum", Muscle)
    for region in ("buttock", "hip"):
        assert muscle.id in [r.entity.id for r in painkb.referral_sources(kb, region)]
    (match,) = painkb.treatments_for(kb, muscle)
    assert isinstance(match.entity, Treatment)
    assert match.entity.steps[0] == "Lie on your back."
    assert "trigger-point-massager" in {l.target for l in kb.links_from(match.entity.id, "uses")}
    (relief,) = kb.links_from(match.entity.id, "relieves")
    assert [kb.evidence(c) for c in relief.citations] == [EvidenceLevel.MARKETING]
    assert "sciatica" in {l.target for l in kb.links_from(muscle.id, "mimics")}


def test_the_worked_example_is_in_canonical_form() -> None:
    text = example("contributed.toml")
    assert format_document(Document("contributed.toml", text)) == text, "run `painkb fmt` on the example"


def test_the_commands_in_the_guide_accept_the_worked_example(contributed: Path) -> None:
    runner = CliRunner()
    validated = runner.invoke(main, ["validate", str(contributed), "--with-bundled"])
    assert validated.exit_code == 0, validated.output
    formatted = runner.invoke(main, ["fmt", "--check", str(contributed)])
    assert formatted.exit_code == 0, formatted.output


def test_the_worked_example_fails_validation_without_the_bundled_data(contributed: Path) -> None:
    with pytest.raises(painkb.DataError) as caught:
        painkb.load(contributed)
    assert "unknown source 'seed-hip-pain-trigger-points'" in str(caught.value)


def _normalised(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are not next to this checkout")
def test_the_worked_example_quotes_its_source_verbatim() -> None:
    kb = painkb.load()
    text = example("contributed.toml")
    quotes = re.findall(r'quote = "((?:[^"\\]|\\.)*)"', text)
    assert quotes
    for source_id in set(re.findall(r'source = "([^"]+)"', text)):
        article = _normalised((SEEDS / kb.sources[source_id].file).read_text(encoding="utf-8"))
        for quote in quotes:
            assert _normalised(quote) in article, quote


def test_the_source_example_is_the_bundled_entry() -> None:
    kb = load_documents([Document("source.toml", example("source"))])
    ((source_id, source),) = kb.sources.items()
    assert painkb.load().sources[source_id] == source


def test_the_relation_table_matches_the_metagraph() -> None:
    rows = [line for line in GUIDE.splitlines() if re.match(r"^\| `[a-z_]+` \| [a-z]", line)]
    expected = []
    for relation in painkb.RELATIONS.values():
        targets: dict[str, list[str]] = {}
        for subject, target in sorted(relation.pairs):
            targets.setdefault(str(subject), []).append(str(target))
        pairs = "; ".join(f"{s} → {', '.join(t)}" for s, t in targets.items())
        qualifiers = ", ".join(f"`{k}`: {' / '.join(v)}" for k, v in relation.qualifiers.items())
        expected.append(f"| `{relation.name}` | {relation.description} | {pairs} | {qualifiers} |")
    relation_rows = [row for row in rows if row.split("`")[1] in painkb.RELATIONS]
    assert relation_rows == expected


@pytest.mark.parametrize("level", list(EvidenceLevel))
def test_every_evidence_level_is_explained(level: EvidenceLevel) -> None:
    assert f"| `{level}` |" in GUIDE
