"""Fuzzing the loader: whatever goes in, a whole knowledge base or a DataError comes out.

The ``ci`` profile runs a bounded budget; for the long run:

    HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import datetime
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

import painkb
from painkb import DataError, KnowledgeBase, Problem
from painkb.documents import Document
from painkb.dump import render_documents, toml_key, toml_value
from painkb.load import load_documents, parse_and_check
from painkb.metagraph import RELATIONS, allows
from painkb.parse import LINK_KEY, SOURCE_SECTION
from painkb.strategies import knowledge_bases

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SECTIONS = [SOURCE_SECTION, *(str(kind) for kind in painkb.Kind)]
# Every key the format knows, so random tables often look nearly right.
KEYS = sorted(
    {
        *SECTIONS,
        LINK_KEY,
        "id",
        "name",
        "title",
        "kind",
        "evidence",
        "aliases",
        "description",
        "xrefs",
        "citations",
        "note",
        "function",
        "group",
        "recovery",
        "category",
        "setting",
        "steps",
        "dosage",
        "cautions",
        "urgency",
        "advice",
        "relation",
        "target",
        "zone",
        "source",
        "quote",
        "locator",
        *RELATIONS,
    }
)


def attempt(load: Callable[[], KnowledgeBase]) -> KnowledgeBase | tuple[Problem, ...]:
    """What ``load()`` gives: a knowledge base, or the problems of the DataError it raised.

    Any other exception escapes and fails the test.
    """
    try:
        return load()
    except DataError as error:
        return error.problems


def outcome(documents: list[Document] | tuple[Document, ...]) -> KnowledgeBase | None:
    """Load ``documents``; assert the result is a whole, valid knowledge base or a DataError."""
    result = attempt(lambda: load_documents(documents))
    if currently_in_test_context():  # the statistics say how much input got through
        event("loaded" if isinstance(result, KnowledgeBase) else "DataError")
    if isinstance(result, KnowledgeBase):
        assert parse_and_check(documents)[1] == ()
        assert_whole(result)
        return result
    assert result
    names = {doc.name for doc in documents}
    assert all(problem.file in names and problem.message for problem in result)
    return None


def outcome_on_disk(folder: str) -> None:
    """Load a folder; assert the result is a whole knowledge base or a DataError."""
    result = attempt(lambda: painkb.load(folder))
    event("loaded" if isinstance(result, KnowledgeBase) else "DataError")
    if isinstance(result, KnowledgeBase):
        assert_whole(result)
    else:
        assert result


def assert_whole(kb: KnowledgeBase) -> None:
    """Every reference in ``kb`` resolves, and it survives a dump and a load unchanged."""
    for entity in kb:
        assert all(c.source in kb.sources for c in entity.citations)
    for link in kb.links:
        assert link.subject in kb
        assert link.target in kb
        assert link.citations
        assert all(c.source in kb.sources for c in link.citations)
        assert allows(link.relation, kb.get(link.subject).kind, kb.get(link.target).kind)
    documents = render_documents(kb, kb.sources.values(), kb.links)
    for document in documents:
        document.text.encode("utf-8")  # it can be written to a file
    assert load_documents(documents) == kb


# -- a small TOML writer, so generated structures can be fed in as text -------------------


def toml_document(data: dict[str, Any]) -> str:
    return "".join(f"{toml_key(key)} = {toml_value(value)}\n" for key, value in data.items())


keys = st.sampled_from(KEYS) | st.text(max_size=8)
scalars = st.one_of(
    st.text(max_size=30),
    st.sampled_from(KEYS),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.datetimes(min_value=datetime.datetime(1000, 1, 1)),
    st.dates(min_value=datetime.date(1000, 1, 1)),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=20,
)
entries = st.dictionaries(keys, values, max_size=8)
documents_data = st.dictionaries(keys, st.lists(entries, max_size=3) | values, max_size=4)


# -- arbitrary input ------------------------------------------------------------------------


@given(st.text(st.characters(categories=["Cs"]) | st.characters(), max_size=300))
def test_arbitrary_text(text: str) -> None:
    outcome([Document("fuzz.toml", text)])


@given(documents_data)
def test_random_toml_values_in_every_place(data: dict[str, Any]) -> None:
    outcome([Document("fuzz.toml", toml_document(data))])


@given(st.binary(max_size=500))
def test_binary_files(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "fuzz.toml").write_bytes(data)
        outcome_on_disk(folder)


# -- near-valid input: a valid knowledge base, changed a little -----------------------------

valid_documents = knowledge_bases(max_entities=8, min_links=1).map(
    lambda kb: render_documents(kb, kb.sources.values(), kb.links)
)


def _tables(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every entry, link and citation table in one parsed file."""
    found: list[dict[str, Any]] = []
    for entries_ in data.values():
        for entry in entries_:
            found.append(entry)
            for link in entry.get(LINK_KEY, []):
                found.append(link)
                found += [c for c in link.get("citations", []) if isinstance(c, dict)]
            found += [c for c in entry.get("citations", []) if isinstance(c, dict)]
    return found


@given(valid_documents, st.data())
def test_random_types_missing_and_extra_fields(docs: tuple[Document, ...], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(docs) - 1))
    parsed = tomllib.loads(docs[index].text)
    tables = _tables(parsed)
    for _ in range(data.draw(st.integers(1, 3))):
        table = data.draw(st.sampled_from(tables))
        change = data.draw(st.sampled_from(["retype", "remove", "add"]))
        if change == "retype" and table:
            table[data.draw(st.sampled_from(sorted(table)))] = data.draw(values)
        elif change == "remove" and table:
            del table[data.draw(st.sampled_from(sorted(table)))]
        else:
            table[data.draw(keys)] = data.draw(values)
    changed = list(docs)
    changed[index] = Document(docs[index].name, toml_document(parsed))
    outcome(changed)


@given(valid_documents, st.data())
def test_random_edits_of_canonical_files(docs: tuple[Document, ...], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(docs) - 1))
    text = docs[index].text
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(at, min(len(text), at + 20)))
        text = (
            text[:at]
            + data.draw(st.text(max_size=10) | st.sampled_from(['"', "[", "]", "\n", "=", "{"]))
            + text[end:]
        )
    changed = list(docs)
    changed[index] = Document(docs[index].name, text)
    outcome(changed)


@given(valid_documents, st.data())
def test_random_byte_changes_on_disk(docs: tuple[Document, ...], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(docs) - 1))
    raw = bytearray(docs[index].text.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw)))
        raw[at : at + data.draw(st.integers(0, 3))] = data.draw(st.binary(max_size=4))
    with tempfile.TemporaryDirectory() as folder:
        for i, doc in enumerate(docs):
            path = Path(folder) / doc.name
            path.write_bytes(bytes(raw) if i == index else doc.text.encode("utf-8"))
        outcome_on_disk(folder)


# -- extremes -------------------------------------------------------------------------------

REGION = '[[region]]\nid = "{id}"\nname = {name}\n'


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a = " + "[" * 5000 + "]" * 5000, id="deep-array"),
        pytest.param("a = " + "{b = " * 5000 + "1" + "}" * 5000, id="deep-table"),
        pytest.param(REGION.format(id="r", name="[" * 5000 + "]" * 5000), id="deep-field"),
        pytest.param(REGION.format(id="r", name="[" * 200 + "]" * 200), id="nested-field"),
        pytest.param(".".join(["a"] * 5000) + " = 1", id="long-dotted-key"),
        pytest.param("[" + ".".join(["a"] * 5000) + "]", id="long-table-header"),
        pytest.param(REGION.format(id="r", name=json.dumps("x" * 1_000_000)), id="long-string"),
        pytest.param(REGION.format(id="r" * 100_000, name='"R"'), id="long-id"),
        pytest.param(REGION.format(id="r", name='"\\ud800"'), id="escaped-surrogate"),
        pytest.param(REGION.format(id="r", name='"\ud800"'), id="raw-surrogate"),
        pytest.param(REGION.format(id="r", name='"\u202e\u0301\ufeff\U0010ffff\u0000"'), id="odd-unicode"),
        pytest.param("\ufeff" + REGION.format(id="r", name='"R"'), id="byte-order-mark"),
        pytest.param("\x00" * 1000, id="nul-bytes"),
    ],
)
def test_extreme_inputs(text: str) -> None:
    outcome([Document("extreme.toml", text)])


# -- regressions found by fuzzing ------------------------------------------------------------


@pytest.mark.parametrize("depth", [1000, 5000])
def test_deeply_nested_values_are_a_data_error_not_a_recursion_error(depth: int) -> None:
    text = REGION.format(id="r", name="[" * depth + "]" * depth)
    with pytest.raises(DataError, match="nested too deeply"):
        load_documents([Document("deep.toml", text)])


def test_text_with_a_lone_surrogate_is_rejected_because_no_file_can_hold_it() -> None:
    with pytest.raises(DataError, match="not valid Unicode text"):
        load_documents([Document("odd.toml", REGION.format(id="r", name='"\ud800"'))])
    with pytest.raises(DataError, match="not valid Unicode text"):
        painkb.build([painkb.Region(id="r", name="\ud800")], [])


def test_a_huge_file_loads_whole_and_quickly() -> None:
    count = 20_000
    text = "".join(REGION.format(id=f"region-{i}", name=json.dumps(f"Region {i}")) for i in range(count))
    started = time.perf_counter()
    kb = outcome([Document("huge.toml", text)])
    # Generous: it takes a few seconds; finding each entry's line used to take minutes.
    assert time.perf_counter() - started < 120
    assert kb is not None
    assert len(kb) == count


def test_lines_are_found_for_every_entry_of_a_huge_file() -> None:
    text = "".join(REGION.format(id=f"r{i}", name='"R"') for i in range(5000))
    document = Document("huge.toml", text)
    assert [document.line_of(f"r{i}") for i in (0, 1, 4999)] == [2, 5, 4999 * 3 + 2]
    assert document.line_of("missing") is None


def test_a_folder_named_like_a_data_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "nested.toml").mkdir()
    (tmp_path / "regions.toml").write_text(REGION.format(id="r", name='"R"'), encoding="utf-8")
    assert [e.id for e in painkb.load(tmp_path)] == ["r"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (REGION.format(id="r\\n", name='"R"'), "id"),
        (REGION.format(id="r", name='"R"') + 'xrefs = ["UBERON:1\\n"]\n', "xrefs[0]"),
        (
            REGION.format(id="r", name='"R"') + 'citations = [{ source = "s\\n", locator = "p. 1" }]\n',
            "citations[0].source",
        ),
        (
            REGION.format(id="r", name='"R"')
            + '[[region.link]]\nrelation = "part_of"\ntarget = "r\\n"\n'
            + 'citations = [{ source = "s", quote = "q" }]\n',
            "link[0].target",
        ),
    ],
)
def test_a_trailing_newline_does_not_make_an_id_or_curie_valid(text: str, field: str) -> None:
    with pytest.raises(DataError) as caught:
        load_documents([Document("newline.toml", text)])
    assert field in {p.field for p in caught.value.problems}
    with pytest.raises(ValueError, match="kebab-case"):
        painkb.Region(id="r\n", name="R")
