"""The lexicon kept in the user's cache folder, so a new process reads text sooner.

Building the lexicon tokenises and stems every name and alias (tens of milliseconds for
the bundled data, seconds for tens of thousands of entities), and a command-line call
builds it anew each time. After a build it is stored next to the knowledge-base snapshots
(``painkb.snapshot.cache_dir()``) as plain JSON, keyed on painkb's code, the word lists in
``understand/*.toml`` and every entity's id, kind and labels. Reading it executes no code;
a file that is missing, corrupt, truncated or made for other labels is ignored and built
again. ``PAINKB_NO_CACHE=1`` turns it off, as it does snapshots.

>>> import painkb
>>> kb = painkb.load()
>>> read(kb) is None or read(kb) == build_lexicon(kb)
True
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from painkb.kb import KnowledgeBase
from painkb.model import Kind
from painkb.understand.lexicon import Lexicon, Phrase, build_lexicon

__all__ = ["lexicon_path", "read", "stored_or_built", "write"]

#: Bumped whenever the stored layout changes.
FORMAT = 1
_MAGIC = "painkb-lexicon"


def _key(kb: KnowledgeBase) -> str:
    from painkb import snapshot

    digest = hashlib.sha256()
    digest.update(json.dumps([FORMAT, snapshot.code_fingerprint()]).encode())
    for name in ("language.toml", "context.toml"):
        digest.update(hashlib.sha256(_word_list(name)).digest())
    for entity in kb:
        digest.update(json.dumps([entity.id, entity.kind.value, list(entity.labels)]).encode())
    return digest.hexdigest()


def _word_list(name: str) -> bytes:
    here = Path(__file__).with_name(name)
    if here.is_file():
        return here.read_bytes()
    return (resources.files("painkb") / "understand" / name).read_bytes()  # a zipped install


def lexicon_path(key: str) -> Path:
    """Where the lexicon with this key is stored."""
    from painkb import snapshot

    return snapshot.cache_dir() / f"lexicon-{key[:32]}.json"


def _enabled() -> bool:
    from painkb import snapshot

    return snapshot.enabled()  # one switch for everything painkb caches


def read(kb: KnowledgeBase, key: str | None = None) -> Lexicon | None:
    """The stored lexicon of ``kb``, or None when there is none that is right for it."""
    if not _enabled():
        return None
    key = key or _key(kb)
    try:
        data = json.loads(lexicon_path(key).read_bytes())
        if data.get("magic") != _MAGIC or data.get("format") != FORMAT or data.get("key") != key:
            return None
        return _decode(data)
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def write(kb: KnowledgeBase, lexicon: Lexicon, key: str | None = None) -> Path | None:
    """Store ``lexicon`` as the lexicon of ``kb``; the path, or None if it could not be."""
    if not _enabled():
        return None
    key = key or _key(kb)
    data = {"magic": _MAGIC, "format": FORMAT, "key": key, **_encode(lexicon)}
    path = lexicon_path(key)
    try:
        from painkb._atomic import write_bytes  # only to write

        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, json.dumps(data, separators=(",", ":")).encode())
        return path
    except OSError:
        return None


def _encode(lexicon: Lexicon) -> dict[str, Any]:
    return {
        "phrases": [
            [p.label, list(p.keys), list(p.entities), p.warning, sorted(p.norms), [k.value for k in p.kinds]]
            for p in lexicon.phrases
        ],
        "by_key": {k: list(v) for k, v in lexicon.by_key.items()},
        "entities_per_key": dict(lexicon.entities_per_key),
        "words": dict(lexicon.words),
        "plain": sorted(lexicon.plain),
        "by_rarest": {k: list(v) for k, v in lexicon.by_rarest.items()},
        "partial_by_key": {k: list(v) for k, v in lexicon.partial_by_key.items()},
        "only_body_words": sorted(lexicon.only_body_words),
    }


def _decode(data: dict[str, Any]) -> Lexicon:
    kinds_by_value = {kind.value: kind for kind in Kind}
    phrases = tuple(
        Phrase(
            label,
            tuple(keys),
            tuple(entities),
            warning,
            frozenset(norms),
            tuple(kinds_by_value[k] for k in kinds),
        )
        for label, keys, entities, warning, norms, kinds in data["phrases"]
    )
    count = len(phrases)

    def indexes(raw: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
        result = {k: tuple(v) for k, v in raw.items()}
        if any(type(i) is not int or not 0 <= i < count for v in result.values() for i in v):
            raise IndexError("a phrase index out of range")
        return result

    return Lexicon(
        phrases=phrases,
        by_key=indexes(data["by_key"]),
        entities_per_key=dict(data["entities_per_key"]),
        words=dict(data["words"]),
        plain=frozenset(data["plain"]),
        by_rarest=indexes(data["by_rarest"]),
        partial_by_key=indexes(data["partial_by_key"]),
        only_body_words=frozenset(data["only_body_words"]),
    )


def stored_or_built(kb: KnowledgeBase) -> Lexicon:
    """The stored lexicon of ``kb`` when there is a right one, else built (and stored)."""
    if not _enabled():
        return build_lexicon(kb)
    key = _key(kb)  # hashes every label: once, for the read and the write
    found = read(kb, key)
    if found is None:
        found = build_lexicon(kb)
        write(kb, found, key)
    return found
