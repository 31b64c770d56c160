"""Walking ``part_of`` chains: sub-regions of a region, members and groups of a muscle.

Each reached entity comes with the chain of links that reaches it, so answers can cite
the membership as well as the fact. The queries, the data checks (`painkb.lint`)
and the body map (`painkb.render.bodymap`) all walk regions this way.

>>> import painkb
>>> kb = painkb.load()
>>> below = descendants(kb, "lower-back")
>>> sorted(below)
['iliac-crest', 'lower-back', 'sacroiliac-region', 'sacrum']
>>> [(link.subject, link.relation, link.target) for link in below["sacrum"]]
[('sacrum', 'part_of', 'lower-back')]
"""

from __future__ import annotations

from painkb.kb import KnowledgeBase
from painkb.model import Link

__all__ = ["ancestors", "descendants", "family"]

#: Each reached id, with the ``part_of`` links from the start to it (none for the start).
Reached = dict[str, tuple[Link, ...]]


def _walk(kb: KnowledgeBase, start: str, downward: bool) -> Reached:
    reached: Reached = {start: ()}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            links = kb.links_to(node, "part_of") if downward else kb.links_from(node, "part_of")
            for link in links:
                nxt = link.subject if downward else link.target
                if nxt not in reached:
                    reached[nxt] = (*reached[node], link)
                    following.append(nxt)
        frontier = sorted(following)
    return reached


def descendants(kb: KnowledgeBase, entity_id: str) -> Reached:
    """``entity_id`` and everything that is (transitively) part of it, with the chains."""
    return _walk(kb, entity_id, downward=True)


def ancestors(kb: KnowledgeBase, entity_id: str) -> Reached:
    """``entity_id`` and everything it is (transitively) part of, with the chains."""
    return _walk(kb, entity_id, downward=False)


def family(kb: KnowledgeBase, entity_id: str) -> Reached:
    """Members and groups together: facts about a group apply to its members and back."""
    reached = ancestors(kb, entity_id)
    for node, chain in descendants(kb, entity_id).items():
        reached.setdefault(node, chain)
    return reached
