"""The knowledge base keeps its links in Link's own order, whatever order they come in."""

from __future__ import annotations

import random

import painkb
from painkb.kb import KnowledgeBase
from painkb.model import Citation, Link


def test_links_are_sorted_in_links_own_order_from_any_input_order() -> None:
    kb = painkb.load()
    cite = (Citation("seed", quote="q"),)
    # Same subject, relation and target differing only in qualifiers: the last tie-breaker.
    extra = [
        Link("a", "refers_pain_to", "b", cite, {"zone": "spillover"}),
        Link("a", "refers_pain_to", "b", cite, {"zone": "primary"}),
    ]
    links = [*kb.links, *extra]
    for seed in range(5):
        shuffled = links[:]
        random.Random(seed).shuffle(shuffled)
        built = KnowledgeBase(kb, kb.sources.values(), shuffled)
        assert list(built.links) == sorted(links)
