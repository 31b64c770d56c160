"""The fast path of a load (painkb.fastload) against the careful loader.

It never accepts what the careful loader rejects, and what it accepts equals the careful
loader's result; whatever it gives up on, load_documents still reports exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import painkb
from painkb import fastload, parse
from painkb.documents import BUNDLED_PREFIX, Document, bundled_documents, read_documents, read_files
from painkb.dump import render_documents
from painkb.kb import KnowledgeBase
from painkb.load import knowledge_base_of, load_documents, parse_and_check
from painkb.strategies import FaultyData, faulty_data, knowledge_bases


@pytest.fixture(params=["toml_rs", "tomllib", "toml_rs in pieces"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run each test with the fast path on toml_rs (where installed), on tomllib, and on
    toml_rs with every file cut into pieces at each entry."""
    if request.param == "toml_rs in pieces":
        monkeypatch.setattr(fastload, "PIECE_OPENERS", 1)
    if request.param.startswith("toml_rs"):
        chosen: Callable[[str], dict[str, Any]] | None = fastload._toml_rs()
        if chosen is None:  # pragma: no cover - toml_rs is not installed for this Python
            pytest.skip("toml_rs is not installed")
    else:
        chosen = parse.tomllib.loads
    monkeypatch.setattr(fastload, "_parser", chosen)
    return request.param


def careful(documents: Sequence[Document]) -> tuple[KnowledgeBase | None, tuple[painkb.Problem, ...]]:
    parsed, problems = parse_and_check(documents)
    return (None if problems else knowledge_base_of(parsed)), problems


def same(a: KnowledgeBase, b: KnowledgeBase) -> None:
    assert list(a) == list(b)
    assert [type(e) for e in a] == [type(e) for e in b]
    assert dict(a.sources) == dict(b.sources)
    assert a.links == b.links
    for x, y in zip(a, b, strict=True):  # ids are interned like the careful loader's
        assert x.id is y.id or x.id == y.id


def documents_of(kb: KnowledgeBase) -> tuple[Document, ...]:
    return render_documents(list(kb), kb.sources.values(), kb.links)


def test_bundled_data_takes_the_fast_path(parser: str) -> None:
    fast = fastload.fast_load(bundled_documents())
    assert fast is not None
    slow, problems = careful(bundled_documents())
    assert problems == ()
    assert slow is not None
    same(fast, slow)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(kb=knowledge_bases())
def test_valid_data_is_accepted_and_equals_the_careful_load(parser: str, kb: KnowledgeBase) -> None:
    documents = documents_of(kb)
    fast = fastload.fast_load(documents)
    slow, problems = careful(documents)
    assert problems == ()
    assert slow is not None
    assert fast is not None  # canonical valid files never need the careful loader
    same(fast, slow)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=faulty_data())
def test_faulty_data_is_never_accepted(parser: str, data: FaultyData) -> None:
    assert fastload.fast_load(data.documents) is None
    slow, problems = careful(data.documents)
    assert slow is None
    with pytest.raises(painkb.DataError) as caught:
        load_documents(data.documents)
    assert caught.value.problems == problems  # the careful loader's report, unchanged


@st.composite
def edited(draw: st.DrawFn) -> tuple[Document, ...]:
    """Canonical files with one small edit of the text: a character or a line, anywhere."""
    documents = list(documents_of(draw(knowledge_bases(min_entities=1))))
    index = draw(st.integers(0, len(documents) - 1))
    text = documents[index].text
    lines = text.split("\n")
    at = draw(st.integers(0, len(lines) - 1))
    edit = draw(st.sampled_from(["drop line", "duplicate line", "insert", "replace", "delete char"]))
    if edit == "drop line":
        del lines[at]
    elif edit == "duplicate line":
        lines.insert(at, lines[at])
    else:
        line = lines[at]
        pos = draw(st.integers(0, len(line)))
        piece = draw(
            st.sampled_from(
                [
                    '"',
                    "'",
                    ",",
                    "=",
                    "[",
                    "]",
                    "{",
                    "}",
                    "#",
                    "\\",
                    "\\e",
                    "\\x41",
                    "\\u0001",
                    "\\b",
                    " ",
                    "\x1b",
                    "\u0085",
                    "-",
                    "A",
                    "id",
                    "link",
                    "07:32",
                    "\ufeff",
                    "true",
                    "1",
                    "\t",
                    "\r",
                ]
            )
            | st.text(max_size=3)
        )
        if edit == "delete char":
            line = line[:pos] + line[pos + 1 :]
        elif edit == "insert":
            line = line[:pos] + piece + line[pos:]
        else:
            line = line[:pos] + piece + line[pos + len(piece) :]
        lines[at] = line
    documents[index] = Document(documents[index].name, "\n".join(lines))
    return tuple(documents)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(documents=edited())
def test_an_edited_file_is_accepted_only_as_the_careful_loader_accepts_it(
    parser: str, documents: tuple[Document, ...]
) -> None:
    fast = fastload.fast_load(documents)
    slow, _ = careful(documents)
    if fast is not None:
        assert slow is not None
        same(fast, slow)


@pytest.mark.parametrize("construct", list(parse.TOML_1_1_ONLY))
def test_toml_1_1_constructs_are_left_to_the_careful_loader(parser: str, construct: str) -> None:
    text = '[[region]]\nid = "buttock"\nname = "Buttock"\n' + parse.TOML_1_1_ONLY[construct]
    assert fastload.fast_load([Document("regions.toml", text)]) is None


def test_a_surprise_inside_the_fast_path_hands_over(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> dict[str, Any]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(fastload, "_parser", broken)
    assert fastload.fast_load(bundled_documents()) is None
    assert len(load_documents(bundled_documents())) == len(painkb.load())


def test_a_toml_1_1_parser_is_never_the_fast_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    class TOMLDecodeError(ValueError):
        pass

    lenient = types.SimpleNamespace(TOMLDecodeError=TOMLDecodeError, loads=lambda text, **kwargs: {})
    monkeypatch.setitem(__import__("sys").modules, "toml_rs", lenient)
    assert fastload._toml_rs() is None


PIECES = {
    "a header inside a multi-line string": (
        '[[region]]\nid = "a"\nname = "A"\ndescription = """\n[[region]]\nid = "b"\n"""\n',
        True,
    ),
    "a key before the first header": ('region = []\n[[region]]\nid = "a"\nname = "A"\n', False),
    "a table after a piece": ('[[region]]\nid = "a"\nname = "A"\n[[muscle]]\n[region]\nx = 1\n', False),
    "a link table in the next piece": (
        '[[region]]\nid = "a"\nname = "A"\n[[muscle]]\nid = "m"\nname = "M"\n[[region.link]]\n',
        False,
    ),
    "comments before the first header": ('# a\n\n  # b\n[[region]]\nid = "a"\nname = "A"\n', True),
}


@pytest.mark.parametrize("name", list(PIECES))
def test_pieces_mean_what_the_whole_file_means(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(fastload, "PIECE_OPENERS", 1)
    text, valid = PIECES[name]
    documents = [Document("x.toml", text)]
    fast = fastload.fast_load(documents)
    slow, problems = careful(documents)
    assert (slow is not None) is valid, problems
    if fast is not None:
        assert slow is not None
        same(fast, slow)
    else:
        assert not valid or name == "a header inside a multi-line string"


@pytest.mark.parametrize("opener", ["[", "{b = ", "[{b = "])
def test_deep_nesting_never_reaches_toml_rs(opener: str) -> None:
    closer = {"[": "]", "{b = ": "}", "[{b = ": "}]"}[opener]
    depth = 5000  # toml_rs overflows the C stack (and kills the process) at about 3,000
    text = '[[region]]\nid = "a"\nname = "A"\nx = ' + opener * depth + "1" + closer * depth + "\n"
    assert fastload.fast_load([Document("regions.toml", text)]) is None


@pytest.mark.parametrize(
    "character", ["\x80", "\x85", "\x9f", "\ufffe", "\uffff", "\x7f", "\x1b", "\\u0085", "\\uFFFE"]
)
def test_a_forbidden_character_is_left_to_the_careful_loader(parser: str, character: str) -> None:
    text = f'[[region]]\nid = "a"\nname = "A{character}"\n'
    documents = [Document("regions.toml", text)]
    assert fastload.fast_load(documents) is None
    assert careful(documents)[1]  # a problem the careful loader reports


@pytest.mark.parametrize("character", ["\u00a0", "\u00b0", "\u00bd", "\ufffd", "\uff01", "\u20ac"])
def test_characters_sharing_a_first_byte_with_forbidden_ones_load(parser: str, character: str) -> None:
    text = f'[[region]]\nid = "a"\nname = "A{character}"\n# \u00b0 in a comment\n'
    documents = [Document("regions.toml", text)]
    fast = fastload.fast_load(documents)
    slow, problems = careful(documents)
    assert problems == ()
    assert fast is not None
    assert slow is not None
    same(fast, slow)


def test_files_as_read_load_as_their_documents(parser: str, tmp_path: Path) -> None:
    # load() keeps files as bytes (read_files) and decodes them only for the careful loader.
    for document in bundled_documents():
        (tmp_path / document.name.removeprefix(BUNDLED_PREFIX)).write_bytes(document.text.encode("utf-8"))
    files = read_files([tmp_path])
    assert [file.document() for file in files] == list(read_documents([tmp_path]))
    fast = fastload.fast_load(files)
    assert fast is not None
    slow = fastload.fast_load(read_documents([tmp_path]))
    assert slow is not None
    same(fast, slow)
    same(fast, painkb.load(tmp_path, cache=False))


def test_a_file_the_fast_path_refuses_is_reported_as_its_document(tmp_path: Path) -> None:
    (tmp_path / "regions.toml").write_bytes(b'\xef\xbb\xbf[[region]]\nid = "a"\nname = "A\xc2\x85"\n')
    files = read_files([tmp_path])
    assert fastload.fast_load(files) is None
    with pytest.raises(painkb.DataError) as from_files:
        load_documents(files)
    with pytest.raises(painkb.DataError) as from_documents:
        load_documents(read_documents([tmp_path]))
    assert from_files.value.problems == from_documents.value.problems
