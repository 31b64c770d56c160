"""The stored lexicon and word lists: read back equal to a fresh build; anything odd is built again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import snowballstemmer
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

import painkb
from painkb.model import Region
from painkb.understand import lexicon_store
from painkb.understand.lexicon import _FUZZY_CUTOFF, _may_be_close, build_lexicon
from painkb.understand.words import stem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

snowball = snowballstemmer.stemmer("english")

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


def test_the_stored_stems_are_the_stemmers(cache: Path) -> None:
    lexicon_store.stored_or_built(KB)
    (path,) = _stored(cache)
    stems = lexicon_store._decode_stems(json.loads(path.read_text(encoding="utf-8"))["stems"])
    assert {"ladder", "killing", "aches", "lower", "back", "yesterday", "numbness"} <= set(stems)
    assert all(stem(word) == found for word, found in stems.items())
    assert all(snowball.stemWord(word) == found for word, found in stems.items())


def test_a_stored_word_list_reads_back_as_the_toml(cache: Path) -> None:
    for name in ("language.toml", "context.toml"):
        parsed = tomllib.loads((Path(lexicon_store.__file__).with_name(name)).read_text(encoding="utf-8"))
        assert lexicon_store.word_list(name) == parsed  # parsed, and stored
        stored = cache / f"words-{Path(name).stem}.json"
        assert stored.is_file()
        assert lexicon_store.word_list(name) == parsed  # read back
        stored.write_text(stored.read_text(encoding="utf-8")[:100], encoding="utf-8")
        assert lexicon_store.word_list(name) == parsed  # damaged: parsed again


def test_a_word_list_is_read_from_the_store_only_for_the_same_bytes(cache: Path) -> None:
    lexicon_store.word_list("context.toml")
    stored = cache / "words-context.json"
    data = json.loads(stored.read_text(encoding="utf-8"))
    data["data"] = {"trigger": []}
    stored.write_text(json.dumps(data), encoding="utf-8")
    assert lexicon_store.word_list("context.toml") == {"trigger": []}  # the store is what is read
    data["key"] = "0" * 64  # as if context.toml had changed since
    stored.write_text(json.dumps(data), encoding="utf-8")
    assert lexicon_store.word_list("context.toml")["trigger"]


_FRESH_PROCESS = """
import json, sys
import painkb
painkb.assess(painkb.load(), text=sys.argv[1])
print(json.dumps([name for name in ("snowballstemmer", "rapidfuzz", "tomllib") if name in sys.modules]))
"""


def test_a_new_process_reads_known_words_without_the_stemmer(cache: Path) -> None:
    text = "I fell off a ladder yesterday and my lower back is killing me"
    env = {**os.environ, "PAINKB_CACHE_DIR": str(cache)}
    env.pop("PAINKB_NO_CACHE", None)

    def imported(said: str) -> list[str]:
        argv = [sys.executable, "-c", _FRESH_PROCESS, said]
        out = subprocess.run(argv, capture_output=True, text=True, check=True, env=env).stdout
        found: list[str] = json.loads(out)
        return found

    assert "snowballstemmer" in imported(text)  # the first run builds and stores the lexicon
    assert "snowballstemmer" not in imported(text)
    assert "rapidfuzz" not in imported(text)  # no word of it is near a misspelt label word
    assert "snowballstemmer" in imported("my lower back is zorbling")  # a word never seen


@given(st.text("abcdeé", max_size=9), st.text("abcdeé", max_size=9))
def test_fuzzy_matching_skips_only_words_that_cannot_be_close(a: str, b: str) -> None:
    if not _may_be_close(a, b):
        assert fuzz.ratio(a, b) < _FUZZY_CUTOFF


def test_a_word_list_that_is_not_valid_toml_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from painkb.errors import DataError
    from painkb.understand import lexicon_store

    monkeypatch.setattr(lexicon_store, "bundled", lambda name: b'[phrases]\n"a b" = "c"\n"a b" = "d"\n')
    monkeypatch.setenv("PAINKB_NO_CACHE", "1")
    with pytest.raises(DataError, match=r"understand/language\.toml.*(overwrite|line 3)"):
        lexicon_store.word_list("language.toml")
