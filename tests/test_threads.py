"""Answers are immutable and the same from 8 threads at once as from one."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import painkb


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
