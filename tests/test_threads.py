"""One knowledge base shared by many threads gives every thread the single-threaded answers."""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

import painkb
from painkb import Kind, KnowledgeBase
from painkb.documents import bundled_documents
from painkb.load import load_documents

THREADS = 8
ROUNDS = 5


def questions(kb: KnowledgeBase) -> list[Callable[[], object]]:
    """Every query over the entities of the kinds it accepts."""
    asked: list[Callable[[], object]] = [lambda: painkb.warning_signs(kb)]
    ids = [entity.id for entity in kb]
    for entity in kb:
        e, kind = entity.id, entity.kind
        asked += [lambda e=e: kb.get(e), lambda name=entity.name: kb.find(name)]
        if kind is Kind.REGION:
            asked += [lambda e=e: painkb.referral_sources(kb, e), lambda e=e: painkb.assess(kb, regions=[e])]
        if kind in (Kind.MUSCLE, Kind.JOINT, Kind.REGION, Kind.CONDITION, Kind.SYMPTOM, Kind.CAUSE):
            asked.append(lambda e=e: painkb.treatments_for(kb, e))
        if kind in (Kind.MUSCLE, Kind.JOINT, Kind.CONDITION, Kind.SYMPTOM):
            asked.append(lambda e=e: painkb.causes_of(kb, e))
        if kind in (Kind.MUSCLE, Kind.JOINT, Kind.CONDITION):
            asked.append(lambda e=e: painkb.symptoms_of(kb, e))
        if kind in (Kind.SYMPTOM, Kind.WARNING_SIGN):
            asked.append(lambda e=e: painkb.assess(kb, symptoms=[e]))
    asked += [lambda a=a, b=b: painkb.explain(kb, a, b) for a, b in zip(ids, ids[3:], strict=False)]
    return asked


def test_queries_from_eight_threads_at_once_match_single_threaded_answers() -> None:
    kb = painkb.load()
    asked = questions(kb)
    expected = [ask() for ask in asked]
    start = threading.Barrier(THREADS)

    def run(offset: int) -> list[object]:
        start.wait()  # all threads ask at the same moment
        answers: list[object] = [None] * len(asked)
        order = list(range(len(asked)))
        shuffle = random.Random(offset).shuffle
        for _ in range(ROUNDS):
            shuffle(order)  # each thread asks in its own order, so different queries overlap
            for index in order:
                answers[index] = asked[index]()
        return answers

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(run, range(THREADS)))
    assert len(expected) > 50
    for answers in results:
        assert answers == expected


def test_loading_from_eight_threads_at_once_gives_equal_knowledge_bases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Forget the cached bundled knowledge base, so the threads race to load it.
    monkeypatch.setattr(sys.modules["painkb.load"], "_bundled", None)
    documents = bundled_documents()
    start = threading.Barrier(THREADS)

    def run(_: int) -> tuple[KnowledgeBase, KnowledgeBase]:
        start.wait()
        return painkb.load(), load_documents(documents)

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(run, range(THREADS)))
    shared = painkb.load()
    assert all(bundled is shared for bundled, _ in results)  # loaded once, by one thread
    assert all(fresh == shared for _, fresh in results)
