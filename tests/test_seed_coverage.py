"""Every paragraph of every seed article is still represented in the bundled knowledge.

Each non-empty line of a seed (the articles in ``../shared/seeds``, next to the repository)
must either contain a verbatim quote (whitespace-normalised) from a citation of that seed's
source, or be listed in ``tests/seed_coverage.toml`` with the reason it carries no claim
(a heading, byline, caption, product detail, advert, recap, lead-in or page furniture).
A seed is matched to its source by the source's ``file`` field. The test is skipped when
the seed folder is absent; ``PAINKB_SEEDS`` points it elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

import painkb
from painkb.lint import citations_by_source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("PAINKB_SEEDS", ROOT.parent / "shared" / "seeds"))
TABLE_PATH = Path(__file__).with_name("seed_coverage.toml")
TABLE = tomllib.loads(TABLE_PATH.read_text(encoding="utf-8"))
KINDS = {"heading", "byline", "caption", "brand", "advert", "recap", "intro", "navigation"}
KB = painkb.load()
SEED_SOURCES = {s.file: s for s in KB.sources.values() if s.file}


def _normal(text: str) -> str:
    return " ".join(text.split())


def _uncited_table() -> dict[str, dict[str, dict[str, str]]]:
    return {
        seed["file"]: {_normal(row["line"]): row for row in seed.get("uncited", [])} for seed in TABLE["seed"]
    }


def _seed_lines(file: str) -> list[str]:
    text = (SEEDS / file).read_text(encoding="utf-8")
    return [_normal(line) for line in text.splitlines() if line.strip()]


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed folder {SEEDS} is absent")


def test_the_table_names_each_seed_source_once_with_known_kinds() -> None:
    files = [seed["file"] for seed in TABLE["seed"]]
    assert sorted(files) == sorted(SEED_SOURCES), "list every source with a `file` in seed_coverage.toml"
    for seed in TABLE["seed"]:
        assert seed["source"] == SEED_SOURCES[seed["file"]].id, seed["file"]
        for row in seed.get("uncited", []):
            assert row["kind"] in KINDS, row
            assert row["reason"].strip(), row


@needs_seeds
def test_every_seed_article_has_a_source() -> None:
    articles = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert [a for a in articles if a not in SEED_SOURCES] == [], "add a source with file = ... for it"


@needs_seeds
@pytest.mark.parametrize("file", sorted(SEED_SOURCES))
def test_every_seed_paragraph_is_cited_or_excepted(file: str) -> None:
    if not (SEEDS / file).is_file():
        pytest.skip(f"{file} is not in {SEEDS}")
    source = SEED_SOURCES[file]
    quotes = [_normal(c.quote) for c in citations_by_source(KB).get(source.id, []) if c.quote.strip()]
    excepted = _uncited_table().get(file, {})
    lines = _seed_lines(file)
    missing = [line for line in lines if line not in excepted and not any(q in line for q in quotes)]
    assert not missing, (
        f"{len(missing)} paragraph(s) of {file} ({source.id}) are neither quoted by a citation "
        "nor listed in tests/seed_coverage.toml:\n" + "\n".join(f"  {line[:120]}" for line in missing)
    )
    stale = [line for line in excepted if line not in lines]
    assert not stale, f"seed_coverage.toml lists lines no longer in {file}: {stale}"
