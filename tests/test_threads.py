"""Answers are immutable and the same from 8 threads at once as from one."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import painkb
from painkb.documents import bundled_documents
from painkb.load import load_documents


def _questions(kb: painkb.KnowledgeBase) -> list[Callable[[], Any]]:
    regions = [r.id for r in kb.entities("region")]
    muscles = [m.id for m in kb.entities("muscle")]
    questions: list[Callable[[], Any]] = []
    for region in regions:
        questions.append(lambda r=region: painkb.referral_sources(kb, r))
        questions.append(lambda r=region: painkb.assess(kb, regions=[r]))
    for muscle in muscles:
        questions.append(lambda m=muscle: painkb.treatments_for(kb, m))
        questions.append(lambda m=muscle: painkb.causes_of(kb, m))
        questions.append(lambda m=muscle: painkb.symptoms_of(kb, m))
        questions.append(lambda m=muscle: kb.find(m.replace("-", " ")))
        questions.append(lambda m=muscle: painkb.explain(kb, m, "lower-back"))
    questions.append(lambda: painkb.warning_signs(kb))
    return questions


def test_queries_from_eight_threads_match_single_threaded_answers() -> None:
    kb = painkb.load()
    questions = _questions(kb)
    expected = [ask() for ask in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            answers = list(pool.map(lambda ask: ask(), questions))
            assert answers == expected


def test_loading_from_eight_threads_at_once_gives_one_shared_knowledge_base(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Forget the cached bundled knowledge base, so the threads race to load it.
    monkeypatch.setattr(sys.modules["painkb.load"], "_bundled", None)
    documents = bundled_documents()
    start = threading.Barrier(8)

    def run(_: int) -> tuple[painkb.KnowledgeBase, painkb.KnowledgeBase]:
        start.wait()
        return painkb.load(), load_documents(documents)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(8)))
    shared = painkb.load()
    assert all(bundled is shared for bundled, _ in results)  # loaded once, by one thread
    assert all(fresh == shared for _, fresh in results)


def test_the_first_use_of_the_graph_from_eight_threads_builds_it_once() -> None:
    kb = load_documents(bundled_documents())
    start = threading.Barrier(8)

    def run(_: int) -> object:
        start.wait()
        return kb.graph

    with ThreadPoolExecutor(max_workers=8) as pool:
        graphs = list(pool.map(run, range(8)))
    assert all(graph is graphs[0] for graph in graphs)
    assert set(graphs[0].nodes) == {e.id for e in kb}
    assert graphs[0].number_of_edges() == len(kb.links)
