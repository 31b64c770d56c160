"""painkb.dump: canonical files that load back to an equal knowledge base, byte for byte."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import painkb
from painkb import KnowledgeBase
from painkb.documents import Document
from painkb.dump import format_document, render, render_documents
from painkb.load import load_documents
from painkb.strategies import knowledge_bases

SMALL = knowledge_bases(max_entities=10)
VALID = """
[[source]]
id = "demo"
title = "Demo source"
kind = "blog"
evidence = "opinion"
"""


def documents(kb: KnowledgeBase) -> tuple[Document, ...]:
    return render_documents(kb, kb.sources.values(), kb.links)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("kbs", [st.just(painkb.load()), SMALL], ids=["bundled", "generated"])
def test_dump_then_load_gives_back_an_equal_knowledge_base_in_the_same_bytes(
    kbs: st.SearchStrategy[KnowledgeBase],
) -> None:
    @given(kbs)
    def check(kb: KnowledgeBase) -> None:
        assert load_documents(documents(kb)) == kb  # in memory, as painkb.build checks
        with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
            first = _files(painkb.dump(kb, one))
            assert _files(painkb.dump(kb, one, overwrite=True)) == first
            again = painkb.load(one)
            assert again == kb
            assert _files(painkb.dump(again, two)) == first

    check()


def test_dump_refuses_a_folder_with_data_unless_told(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(VALID, encoding="utf-8")
    with pytest.raises(painkb.PainKBError, match="already holds data files"):
        painkb.dump(painkb.load(), tmp_path)
    painkb.dump(painkb.load(), tmp_path, overwrite=True)
    assert not (tmp_path / "mine.toml").exists()


def _entries(text: str) -> list[str]:
    """The canonical text cut into entries, each with the link blocks written under it."""
    groups: list[str] = []
    for block in text.rstrip("\n").split("\n\n"):
        if re.match(r"^\[\[\w+\.link\]\]", block):
            groups[-1] += "\n\n" + block
        else:
            groups.append(block)
    return groups


@given(SMALL, st.data())
def test_format_document_is_idempotent_and_restores_canonical_order(
    kb: KnowledgeBase, data: st.DataObject
) -> None:
    for doc in documents(kb):
        assert format_document(doc) == doc.text
        shuffled = data.draw(st.permutations(_entries(doc.text)))
        scrambled = Document(doc.name, "\n\n".join(shuffled) + "\n")
        once = format_document(scrambled)
        assert once == doc.text
        assert format_document(Document(doc.name, once)) == once


@pytest.mark.parametrize("write", [render, render_documents], ids=["render", "render_documents"])
def test_a_link_without_its_subject_is_named_by_its_place_in_the_links(write: Any) -> None:
    kb = painkb.load()
    muscles = list(kb.entities("muscle"))
    links = [link for link in kb.links if link.subject in {m.id for m in muscles}]
    stray = next(link for link in kb.links if link.subject not in {m.id for m in muscles})
    with pytest.raises(painkb.DataError) as caught:
        write(muscles, [], [*links[:3], stray, *links[3:]])
    assert [str(p) for p in caught.value.problems] == [
        f"links[3]: [{stray.subject}] link: a link's subject must be one of the entities given"
    ]
