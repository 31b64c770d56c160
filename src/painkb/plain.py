"""Plain, JSON-ready data from any painkb object (entities, links, answers).

>>> import json, painkb
>>> data = painkb.as_data(painkb.load().get("piriformis"))
>>> data["kind"], data["name"]
('muscle', 'Piriformis')
>>> json.loads(json.dumps(data)) == data
True
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import attrs

from painkb.model import Entity

__all__ = ["as_data"]


def as_data(obj: object) -> Any:
    """``obj`` as dicts, lists, strings, numbers, booleans and None.

    attrs objects become dicts of their fields (an entity also gets its ``kind``),
    enums their values, tuples lists, durations their length in days (a float).
    Properties such as ``urgency`` are not included unless they are fields.
    """
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, timedelta):
        return obj.total_seconds() / 86400
    cls = type(obj)
    if attrs.has(cls):
        data = {"kind": obj.kind.value} if isinstance(obj, Entity) else {}
        for attribute in attrs.fields(cls):
            data[attribute.name] = as_data(getattr(obj, attribute.name))
        return data
    if isinstance(obj, Mapping):
        return {str(k): as_data(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [as_data(item) for item in obj]
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    raise TypeError(f"cannot convert {type(obj).__name__} to plain data")
