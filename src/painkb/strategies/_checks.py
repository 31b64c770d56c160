"""Argument checks for the strategies, in the style of hypothesis's own.

A bad argument raises `hypothesis.errors.InvalidArgument` when the strategy is
made, not when it is drawn from.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from painkb.metagraph import RELATIONS, Relation
from painkb.model import ID_PATTERN, Kind


def check_size(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidArgument(f"{name}={value!r} must be a non-negative integer")
    return value


def check_range(low_name: str, low: object, high_name: str, high: object) -> tuple[int, int]:
    lo, hi = check_size(low_name, low), check_size(high_name, high)
    if lo > hi:
        raise InvalidArgument(f"{low_name}={lo} is greater than {high_name}={hi}")
    return lo, hi


def check_kind(value: object, name: str = "kind") -> Kind:
    try:
        return Kind(value)
    except ValueError:
        raise InvalidArgument(
            f"{name}={value!r} is not a kind of entity (one of {', '.join(map(str, Kind))})"
        ) from None


def check_strategy(name: str, value: object) -> SearchStrategy[Any]:
    if not isinstance(value, SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy")
    return value


def check_source_ids(value: object, *, allow_empty: bool) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidArgument(f"sources={value!r} must be a sequence of source ids, not a single value")
    found = tuple(value)
    for item in found:
        if not isinstance(item, str) or not ID_PATTERN.match(item):
            raise InvalidArgument(f"sources contains {item!r}, which is not a kebab-case source id")
    if not found and not allow_empty:
        raise InvalidArgument("sources=() leaves no source to cite; pass at least one source id")
    return found


def check_relations(relations: Iterable[str] | None) -> list[Relation]:
    if relations is None:
        return list(RELATIONS.values())
    if isinstance(relations, str):
        raise InvalidArgument(f"relations={relations!r} must be a list of relation names, not one string")
    chosen = []
    for name in relations:
        if name not in RELATIONS:
            raise InvalidArgument(f"{name!r} is not a relation (one of {', '.join(RELATIONS)})")
        chosen.append(RELATIONS[name])
    if not chosen:
        raise InvalidArgument("relations=() leaves no relation to draw from")
    return chosen
