"""Snapshots: a second load of unchanged files skips parsing; anything odd is rebuilt."""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
import typing
from pathlib import Path

import attrs
import pytest

import painkb
from painkb import model, snapshot
from painkb.documents import bundled_documents, read_documents

load_module = importlib.import_module("painkb.load")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for document in bundled_documents():
        (folder / Path(document.name).name).write_text(document.text, encoding="utf-8")
    return folder


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts full loads (parse and validate)."""
    calls: list[int] = []
    real = load_module.load_documents

    def counted(documents: object) -> painkb.KnowledgeBase:
        calls.append(1)
        return real(documents)  # type: ignore[arg-type]

    monkeypatch.setattr(load_module, "load_documents", counted)
    return calls


def _snapshot_file(data: Path) -> Path:
    return snapshot.snapshot_path(read_documents([data]))


def test_the_test_suite_does_not_touch_the_user_cache() -> None:
    assert not snapshot.enabled(), "conftest.py turns snapshots off unless a test turns them on"


def test_second_load_reads_the_snapshot(cache: Path, data: Path, parses: list[int]) -> None:
    first = painkb.load(data)
    assert snapshot.cache_dir() == cache
    assert [p.name for p in cache.iterdir()] == [_snapshot_file(data).name]
    second = painkb.load(data)
    assert parses == [1], "the second load did not parse"
    assert second == first == painkb.load(data, cache=False)
    assert second.find("QL")[0].id == "quadratus-lumborum"
    assert painkb.explain(second, "piriformis", "sciatica") == painkb.explain(first, "piriformis", "sciatica")
    piriformis = second.get("piriformis")
    with pytest.raises(AttributeError):
        piriformis.name = "x"  # type: ignore[misc]  # restored objects are frozen too
    assert hash(piriformis) == hash(first.get("piriformis"))


def test_opting_out_writes_and_reads_nothing(
    cache: Path, data: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    painkb.load(data, cache=False)
    assert not cache.exists()
    monkeypatch.setenv("PAINKB_NO_CACHE", "1")
    painkb.load(data)
    assert not cache.exists()
    monkeypatch.setenv("PAINKB_NO_CACHE", "0")
    painkb.load(data)
    assert cache.exists()
    painkb.load(data, cache=False)
    assert parses == [1, 1, 1, 1]


def test_a_changed_file_is_loaded_again(cache: Path, data: Path, parses: list[int]) -> None:
    painkb.load(data)
    muscles = data / "muscles.toml"
    muscles.write_text(
        muscles.read_text(encoding="utf-8").replace('name = "Piriformis"', 'name = "Piriformis!"', 1),
        encoding="utf-8",
    )
    changed = painkb.load(data)
    assert changed.get("piriformis").name == "Piriformis!"
    assert parses == [1, 1]
    assert painkb.load(data).get("piriformis").name == "Piriformis!"
    assert parses == [1, 1]


def test_data_with_problems_leaves_no_snapshot(cache: Path, data: Path) -> None:
    (data / "broken.toml").write_text('[[muscle]]\nid = "Bad Id"\n', encoding="utf-8")
    with pytest.raises(painkb.DataError):
        painkb.load(data)
    assert not cache.exists() or not any(cache.iterdir())


def _rewrite(path: Path, edit_header: object = None, body: bytes | None = None) -> None:
    data = path.read_bytes()
    cut = data.index(b"\n")
    header = json.loads(data[:cut])
    body = data[cut + 1 :] if body is None else body
    if callable(edit_header):
        edit_header(header)
    header["sha256"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


def _foreign_class(header: dict[str, object]) -> None:
    header["classes"] = [["Path", None], *header["classes"][1:]]  # type: ignore[operator,index]


def _renamed_field(header: dict[str, object]) -> None:
    classes = header["classes"]
    for entry in classes:  # type: ignore[attr-defined]
        if entry[1]:
            entry[1] = ["__class__", *entry[1][1:]]
            break


def _other_key(header: dict[str, object]) -> None:
    header["key"] = "0" * 64


CORRUPTIONS = {
    "empty": lambda p: p.write_bytes(b""),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "flipped byte": lambda p: p.write_bytes(p.read_bytes()[:-10] + b"X" + p.read_bytes()[-9:]),
    "not json": lambda p: p.write_bytes(b"\x80\x04\x95 pickle? no\n" + b"\x00" * 100),
    "no newline": lambda p: p.write_bytes(b"{" * 100_000),
    "other key": lambda p: _rewrite(p, _other_key),
    "foreign class": lambda p: _rewrite(p, _foreign_class),
    "renamed field": lambda p: _rewrite(p, _renamed_field),
    "bad class index": lambda p: _rewrite(p, body=b'[]\n[["o", 99]]\n[]\n[]'),
    "bad shared index": lambda p: _rewrite(p, body=b'[]\n[["r", 5]]\n[]\n[]'),
    "negative index": lambda p: _rewrite(p, body=b'[["t"]]\n[["r", -1]]\n[]\n[]'),
    "too few fields": lambda p: _rewrite(p, body=b'[]\n[["o", 0, "x"]]\n[]\n[]'),
    "three lines": lambda p: _rewrite(p, body=b"[]\n[]\n[]"),
    "wrong shape": lambda p: _rewrite(p, body=b'{"a": 1}\n{}\n{}\n{}'),
    "strings for entities": lambda p: _rewrite(p, body=b'[]\n["x"]\n[]\n[]'),
    "an extra line": lambda p: _rewrite(
        p, body=p.read_bytes().split(b"\n", 1)[1].replace(b"\n", b"\n[]\n", 1)
    ),
    "unknown tag": lambda p: _rewrite(p, body=b'[]\n[["z", 0]]\n[]\n[]'),
    "negative class index": lambda p: _rewrite(p, body=b"[]\n[[-1]]\n[]\n[]"),
    "negative citation index": lambda p: _rewrite(p, body=_edit_citations(p, b"[-1]")),
    "citation index past the table": lambda p: _rewrite(p, body=_edit_citations(p, b"[99999999]")),
    "an enum value painkb lacks": lambda p: _rewrite(
        p, body=p.read_bytes().split(b"\n", 1)[1].replace(b'"guideline"', b'"hearsay"')
    ),
    "a number for a name": lambda p: _rewrite(
        p, body=p.read_bytes().split(b"\n", 1)[1].replace(b'"Piriformis"', b"7", 1)
    ),
}


def _edit_citations(path: Path, replacement: bytes) -> bytes:
    """The body with the first link's list of citation indexes replaced."""
    table, entities, sources, links = path.read_bytes().split(b"\n", 1)[1].split(b"\n")
    parsed = json.loads(links)
    first = parsed[0][1][0]  # the first object of the first group: [subject, ..., citations, qualifiers]
    assert isinstance(first[3], list)
    first[3] = "CITATIONS"
    edited = json.dumps(parsed, separators=(",", ":")).encode().replace(b'"CITATIONS"', replacement)
    return b"\n".join([table, entities, sources, edited])


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_corrupt_snapshot_is_ignored_and_rebuilt(
    cache: Path, data: Path, parses: list[int], corrupt: object
) -> None:
    good = painkb.load(data)
    path = _snapshot_file(data)
    corrupt(path)  # type: ignore[operator]
    assert painkb.load(data) == good
    assert parses == [1, 1], "the corrupt snapshot was not trusted"
    assert painkb.load(data) == good
    assert parses == [1, 1], "and it was written again"


def test_a_snapshot_of_other_files_is_not_used(
    cache: Path, data: Path, tmp_path: Path, parses: list[int]
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.toml").write_text((data / "sources.toml").read_text(encoding="utf-8"), encoding="utf-8")
    painkb.load(other)
    painkb.load(data)
    _snapshot_file(other).replace(_snapshot_file(data))  # a foreign snapshot in its place
    assert painkb.load(data) == painkb.load(data, cache=False)
    assert len(parses) == 4


def test_an_unwritable_cache_is_ignored(tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PAINKB_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("PAINKB_NO_CACHE", raising=False)
    assert painkb.load(data) == painkb.load(data, cache=False)


def test_field_types_read_from_annotation_text_are_the_resolved_types() -> None:
    for name in model.__all__:
        cls = getattr(model, name)
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        resolved = typing.get_type_hints(cls, globalns=vars(model))
        written = {
            k: v for klass in reversed(cls.__mro__) for k, v in vars(klass).get("__annotations__", {}).items()
        }
        for field in attrs.fields(cls):
            assert snapshot._spelled()[written[field.name]] == resolved[field.name], f"{name}.{field.name}"


@pytest.mark.skipif(sys.platform != "linux", reason="the plain folder is worked out on Linux only")
@pytest.mark.parametrize(
    "env",
    [
        {"HOME": "/home/someone"},
        {"HOME": "/home/someone/", "XDG_CACHE_HOME": ""},
        {"HOME": "/home/someone", "XDG_CACHE_HOME": "/var/tmp/caches"},
        {"HOME": "/home/someone", "XDG_CACHE_HOME": "/var/tmp/caches/"},
        {"HOME": "/home/someone", "XDG_CACHE_HOME": "relative/caches"},
        {"HOME": "/home/someone", "XDG_CACHE_HOME": " /var/tmp/caches"},
        {"HOME": "relative", "XDG_CACHE_HOME": ""},
        {"HOME": "/home/someone", "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"},
    ],
)
def test_the_cache_folder_is_where_platformdirs_puts_it(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    for name in ("HOME", "XDG_CACHE_HOME", "ANDROID_DATA", "ANDROID_ROOT", "PAINKB_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert snapshot.cache_dir() == Path(platformdirs.user_cache_dir("painkb", appauthor=False))
    if env == {"HOME": "/home/someone"}:
        assert snapshot._plain_cache_dir() == "/home/someone/.cache/painkb"  # without platformdirs


def test_the_code_fingerprint_covers_every_module_of_painkb() -> None:
    package = Path(snapshot.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    assert snapshot._code_fingerprint() == digest.hexdigest()
