"""Put readings in place of runs of words: the one step the rewriting passes share.

>>> spliced(["a", "b", "c", "d"], {1: (2, ["X"])})
['a', 'X', 'd']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

__all__ = ["spliced"]

_T = TypeVar("_T")


def spliced(items: Sequence[_T], replaced: Mapping[int, tuple[int, Sequence[_T]]]) -> list[_T]:
    """``items`` with each run from a key of ``replaced`` to its last index (inclusive) put by its
    reading; the runs do not overlap."""
    kept: list[_T] = []
    index = 0
    while index < len(items):
        if index in replaced:
            last, reading = replaced[index]
            kept += reading
            index = last + 1
        else:
            kept.append(items[index])
            index += 1
    return kept
