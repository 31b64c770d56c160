"""The stored lexicon: read back equal to a fresh build; anything odd is built again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import painkb
from painkb.model import Region
from painkb.understand import lexicon_store
from painkb.understand.lexicon import build_lexicon

KB = painkb.load()


def _stored(cache: Path) -> list[Path]:
    return sorted(cache.glob("lexicon-*.json"))


def test_a_stored_lexicon_reads_back_equal_to_a_fresh_build(cache: Path) -> None:
    assert lexicon_store.read(KB) is None
    built = lexicon_store.stored_or_built(KB)
    assert len(_stored(cache)) == 1
    assert lexicon_store.read(KB) == built == build_lexicon(KB)


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: text.replace('"painkb-lexicon"', '"something-else"'),  # foreign
        lambda text: text.replace('"by_key":{', '"by_key":{"zz-not-a-stem":[999999],', 1),  # out of range
        lambda text: "not json at all",
    ],
)
def test_a_damaged_file_is_ignored_and_built_again(cache: Path, damage: object) -> None:
    lexicon_store.stored_or_built(KB)
    (path,) = _stored(cache)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    assert lexicon_store.read(KB) is None
    assert lexicon_store.stored_or_built(KB) == build_lexicon(KB)
    assert lexicon_store.read(KB) is not None  # rewritten


def test_other_labels_get_another_lexicon(cache: Path) -> None:
    lexicon_store.stored_or_built(KB)
    extra = Region(id="nape", name="Nape", aliases=("back of the neck",))
    other = painkb.build([*KB, extra], KB.sources.values(), KB.links)
    assert lexicon_store.read(other) is None
    stored = lexicon_store.stored_or_built(other)
    assert any(p.label == "Nape" for p in stored.phrases)
    assert len(_stored(cache)) == 2


def test_opting_out_reads_and_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINKB_NO_CACHE", "1")
    assert lexicon_store.stored_or_built(KB) == build_lexicon(KB)
    assert not cache.exists() or not _stored(cache)


def test_the_stored_file_is_plain_json(cache: Path) -> None:
    lexicon_store.stored_or_built(KB)
    (path,) = _stored(cache)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["magic"] == "painkb-lexicon"
    assert data["format"] == lexicon_store.FORMAT
