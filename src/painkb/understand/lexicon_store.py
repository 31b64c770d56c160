"""The lexicon kept in the user's cache folder, so a new process reads text sooner.

Building the lexicon tokenises and stems every name and alias (tens of milliseconds for
the bundled data, seconds for tens of thousands of entities), and a command-line call
builds it anew each time. After a build it is stored next to the knowledge-base snapshots
(``painkb.snapshot.cache_dir()``) as plain JSON, keyed on painkb's code, the stemmer's
files, the word lists in ``understand/*.toml`` and every entity's id, kind and labels.
With it go the stems of every word of the word lists and of the knowledge base's text
(names, descriptions, quotes), so reading a text that uses only such words needs no
stemmer (importing it takes longer than reading the whole store). The word lists
themselves are kept parsed, as JSON, keyed on their bytes (`word_list`).

Reading executes no code; a file that is missing, corrupt, truncated or made for other
labels is ignored and built again. ``PAINKB_NO_CACHE=1`` turns it off, as it does
snapshots.

>>> import painkb
>>> kb = painkb.load()
>>> read(kb) is None or read(kb) == build_lexicon(kb)
True
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from painkb import snapshot
from painkb._gc import gc_paused
from painkb.kb import KnowledgeBase
from painkb.model import Kind
from painkb.understand.lexicon import Lexicon, Phrase, build_lexicon, flagging_symptoms, strings_of

__all__ = ["bundled", "lexicon_path", "read", "stored_or_built", "word_list", "write"]

#: Bumped whenever the stored layout changes.
FORMAT = 3
_MAGIC = "painkb-lexicon"
_WORDS_MAGIC = "painkb-words"
# The stems of at most this many words of the knowledge base's text are stored (the most
# frequent), besides every word of its labels and of the word lists.
_TEXT_WORDS = 5_000
_TEXT_CHARACTERS = 1_000_000  # of text read to find them
_NUMBERS = 200  # the stems of "0" to "199" are stored too


# -- the word lists ----------------------------------------------------------------------


def bundled(name: str) -> bytes:
    """The bytes of the file ``name`` of ``painkb/understand`` (a word list, the model)."""
    here = Path(__file__).with_name(name)
    if here.is_file():
        return here.read_bytes()
    from importlib import resources  # a zipped install

    return (resources.files("painkb") / "understand" / name).read_bytes()


def word_list(name: str) -> dict[str, Any]:
    """The word list ``name`` (a TOML file of ``painkb/understand``), parsed.

    Kept as JSON in the cache folder (``words-<name>.json``, keyed on the file's bytes):
    reading JSON is some twenty times quicker than parsing TOML. A file that holds
    anything JSON cannot (a date) is always parsed.
    """
    raw = bundled(name)
    if not snapshot.enabled():
        return _parse(raw, name)
    key = hashlib.sha256(json.dumps([FORMAT, name]).encode() + raw).hexdigest()
    path = snapshot.cache_dir() / f"words-{Path(name).stem}.json"
    try:
        stored = json.loads(path.read_bytes())
        if (
            type(stored) is dict
            and stored.get("magic") == _WORDS_MAGIC
            and stored.get("key") == key
            and type(stored.get("data")) is dict
        ):
            data: dict[str, Any] = stored["data"]
            return data
    except (OSError, ValueError):
        pass
    data = _parse(raw, name)
    try:
        text = json.dumps({"magic": _WORDS_MAGIC, "key": key, "data": data}, separators=(",", ":"))
    except (TypeError, ValueError):  # pragma: no cover - the bundled lists are plain
        return data
    if json.loads(text)["data"] == data:  # exactly what TOML gave (no dates, no lost types)
        snapshot.store(path, text.encode())
    return data


def _parse(raw: bytes, name: str) -> dict[str, Any]:
    """The word list ``name`` parsed; a `DataError` naming the file and line when it is not
    valid TOML (a word list edited by hand: "Cannot overwrite a value" is a repeated key)."""
    from painkb.errors import DataError, Problem
    from painkb.parse import toml_loads  # the TOML parser is imported only on a miss

    try:
        return toml_loads(raw.decode("utf-8"))
    except ValueError as error:  # tomllib.TOMLDecodeError and UnicodeDecodeError are ValueErrors
        line = getattr(error, "lineno", None)
        raise DataError([Problem(f"understand/{name}", "", "", str(error), line)]) from error


# -- the lexicon -------------------------------------------------------------------------


def _stemmer_files() -> list[Any]:
    """Where the stemmer comes from (PyStemmer when installed, as snowballstemmer prefers),
    with sizes and times: stems made by another stemmer are never trusted."""
    import importlib.util

    found: list[Any] = []
    for name, file in (("Stemmer", None), ("snowballstemmer", "english_stemmer.py")):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):  # pragma: no cover - a broken install
            spec = None
        origin = spec.origin if spec is not None else None
        if not origin or not Path(origin).is_file():
            found.append([name, None])
            continue
        paths = [Path(origin)] + ([Path(origin).with_name(file)] if file else [])
        for path in paths:
            try:
                stat = path.stat()
                found.append([name, str(path), stat.st_size, stat.st_mtime_ns])
            except OSError:  # pragma: no cover - a broken install
                found.append([name, str(path), None])
    return found


def _key(kb: KnowledgeBase) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps([FORMAT, snapshot.code_fingerprint(), _stemmer_files()]).encode())
    for name in ("language.toml", "context.toml", "spelling.toml"):
        digest.update(hashlib.sha256(bundled(name)).digest())
    digest.update(json.dumps([[entity.id, entity.kind.value, entity.labels] for entity in kb]).encode())
    digest.update(json.dumps(sorted(flagging_symptoms(kb))).encode())  # their labels are widened
    return digest.hexdigest()


def lexicon_path(key: str) -> Path:
    """Where the lexicon with this key is stored."""
    return snapshot.cache_dir() / f"lexicon-{key[:32]}.json"


def read(kb: KnowledgeBase, key: str | None = None) -> Lexicon | None:
    """The stored lexicon of ``kb``, or None when there is none that is right for it.

    The stems stored with it are handed to `painkb.understand.words.stem`.
    """
    if not snapshot.enabled():
        return None
    key = key or _key(kb)
    try:
        with gc_paused():
            data = json.loads(lexicon_path(key).read_bytes())
            if data.get("magic") != _MAGIC or data.get("format") != FORMAT or data.get("key") != key:
                return None
            lexicon = _decode(data)
            stems = _decode_stems(data["stems"])
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None
    from painkb.understand.words import known_stems

    known_stems.update(stems)
    return lexicon


def write(kb: KnowledgeBase, lexicon: Lexicon, key: str | None = None) -> Path | None:
    """Store ``lexicon`` as the lexicon of ``kb``; the path, or None if it could not be."""
    if not snapshot.enabled():
        return None
    key = key or _key(kb)
    data = {"magic": _MAGIC, "format": FORMAT, "key": key, **_encode(lexicon)}
    data["stems"] = _encode_stems(_stems_of(kb, lexicon))
    path = lexicon_path(key)
    return path if snapshot.store(path, json.dumps(data, separators=(",", ":")).encode()) else None


def _stems_of(kb: KnowledgeBase, lexicon: Lexicon) -> dict[str, str]:
    """The stem of every word of the word lists and of the labels, and of the most frequent
    words of the rest of the knowledge base's text (what people are likely to type)."""
    from painkb.understand.words import normal, stem

    known: set[str] = set()
    for name in ("language.toml", "context.toml"):
        known.update(normal(word) for text in _walk(word_list(name)) for word in _words(text))
    for phrase in lexicon.phrases:
        known.update(phrase.norms)
        known.update(normal(word) for word in _words(phrase.label))
    texts: list[str] = []
    size = 0
    for item in (*kb, *kb.links, *kb.sources.values()):
        if size > _TEXT_CHARACTERS:
            break  # enough to find the common words, however large the knowledge base
        found = strings_of(item)
        texts += found
        size += sum(map(len, found))
    text = "\n".join(texts)
    counts: Counter[str] = Counter()
    for word, count in Counter(_words(text)).items():
        counts[normal(word)] += count
    known.update(word for word, _ in counts.most_common(_TEXT_WORDS))
    known.update(map(str, range(_NUMBERS)))  # ages, durations
    known.discard("")
    return {word: stem(word) for word in sorted(known)}


def _walk(value: Any) -> tuple[Any, ...]:
    """Every string in parsed TOML, keys too, as one flat tuple."""
    if isinstance(value, dict):
        return (*value, *(text for item in value.values() for text in _walk(item)))
    if isinstance(value, list):
        return tuple(text for item in value for text in _walk(item))
    return (value,) if isinstance(value, str) else ()


def _words(text: str) -> list[str]:
    from painkb.understand.words import WORD

    return WORD.findall(text)


def _encode_stems(stems: dict[str, str]) -> str:
    # One string of word and stem pairs: words never hold whitespace, and one long string
    # reads much faster than an object of thousands of keys.
    pairs = [
        (word, found) for word, found in stems.items() if word.split() == [word] and found.split() == [found]
    ]
    return " ".join(f"{word} {found}" for word, found in pairs)


def _decode_stems(text: str) -> dict[str, str]:
    if type(text) is not str:
        raise TypeError("stems are a string")
    items = text.split()
    if len(items) % 2:
        raise ValueError("a word without its stem")
    return dict(zip(items[::2], items[1::2], strict=True))


def _encode(lexicon: Lexicon) -> dict[str, Any]:
    # The labels as strings, the rest of each phrase as one line of tab-separated fields
    # of space-separated words (stems, ids, words and kinds never hold whitespace): one
    # long string reads much faster than thousands of small lists.
    return {
        "labels": [p.label for p in lexicon.phrases],
        "phrases": "\n".join(
            "\t".join(
                (
                    " ".join(p.keys),
                    " ".join(p.entities),
                    "1" if p.warning else "0",
                    " ".join(sorted(p.norms)),
                    " ".join(k.value for k in p.kinds),
                )
            )
            for p in lexicon.phrases
        ),
        "by_key": {k: list(v) for k, v in lexicon.by_key.items()},
        "entities_per_key": dict(lexicon.entities_per_key),
        "words": dict(lexicon.words),
        "plain": sorted(lexicon.plain),
        "by_rarest": {k: list(v) for k, v in lexicon.by_rarest.items()},
        "partial_by_key": {k: list(v) for k, v in lexicon.partial_by_key.items()},
        "only_body_words": sorted(lexicon.only_body_words),
        "real_words": " ".join(sorted(lexicon.real_words)),
    }


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("expected a string")
    return value


def _decode(data: dict[str, Any]) -> Lexicon:
    kind_of = {kind.value: kind for kind in Kind}.__getitem__
    labels = data["labels"]
    if type(labels) is not list or not all(type(label) is str for label in labels):
        raise TypeError("labels are strings")
    lines = data["phrases"].split("\n") if labels else []
    phrases = []
    for label, line in zip(labels, lines, strict=True):
        keys, entities, warning, norms, kinds = line.split("\t")
        phrases.append(
            Phrase(
                label,
                tuple(keys.split()),
                tuple(entities.split()),
                warning == "1",
                frozenset(norms.split()),
                tuple(map(kind_of, kinds.split())),
            )
        )
    count = len(phrases)

    def indexes(raw: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
        result = {k: tuple(v) for k, v in raw.items()}
        if any(type(i) is not int or not 0 <= i < count for v in result.values() for i in v):
            raise IndexError("a phrase index out of range")
        return result

    return Lexicon(
        phrases=tuple(phrases),
        by_key=indexes(data["by_key"]),
        entities_per_key=dict(data["entities_per_key"]),
        words=dict(data["words"]),
        plain=frozenset(data["plain"]),
        by_rarest=indexes(data["by_rarest"]),
        partial_by_key=indexes(data["partial_by_key"]),
        only_body_words=frozenset(data["only_body_words"]),
        real_words=frozenset(_text(data["real_words"]).split()),
    )


def stored_or_built(kb: KnowledgeBase) -> Lexicon:
    """The stored lexicon of ``kb`` when there is a right one, else built (and stored)."""
    if not snapshot.enabled():
        return build_lexicon(kb)
    key = _key(kb)  # hashes every label: once, for the read and the write
    found = read(kb, key)
    if found is None:
        found = build_lexicon(kb)
        write(kb, found, key)
    return found
