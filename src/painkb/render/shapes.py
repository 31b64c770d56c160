"""Region shapes: the body outline and one shape per region id, read from ``shapes.toml``.

>>> from painkb.render.shapes import region_shapes
>>> shape = region_shapes()["lateral-hip"]
>>> sorted(shape.views), shape.mirror
(['back', 'front'], True)
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping, Sequence
from importlib.resources import files
from types import MappingProxyType
from typing import Any

import attrs

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

__all__ = ["VIEWS", "Body", "Point", "Shape", "area", "body", "region_shapes", "smooth_path"]

Point = tuple[float, float]
#: The two views drawn, left to right.
VIEWS = ("front", "back")
#: The midline of each figure's 200-unit-wide frame.
MIDLINE = 100.0


def _points(flat: Sequence[float]) -> tuple[Point, ...]:
    if len(flat) % 2 or len(flat) < 6:
        raise ValueError(f"a polygon needs an even number of coordinates, at least 6; got {len(flat)}")
    return tuple((float(flat[i]), float(flat[i + 1])) for i in range(0, len(flat), 2))


def mirrored(polygon: Sequence[Point]) -> tuple[Point, ...]:
    """``polygon`` reflected in the midline."""
    return tuple((2 * MIDLINE - x, y) for x, y in polygon)


@attrs.frozen
class Shape:
    """The polygons of one region in each view (both sides already included when mirrored)."""

    region: str
    views: Mapping[str, tuple[tuple[Point, ...], ...]]
    mirror: bool = False

    @property
    def area(self) -> float:
        """The total area of every polygon, used to draw larger regions underneath smaller ones."""
        return sum(area(p) for polygons in self.views.values() for p in polygons)


@attrs.frozen
class Body:
    """The body outline of one figure: head ellipse ``(cx, cy, rx, ry)`` and the closed outline."""

    head: tuple[float, float, float, float]
    outline: tuple[Point, ...]


def area(polygon: Sequence[Point]) -> float:
    """The area of a polygon (shoelace formula).

    >>> area([(0, 0), (4, 0), (4, 3), (0, 3)])
    12.0
    """
    total = 0.0
    for (x1, y1), (x2, y2) in zip(polygon, (*polygon[1:], polygon[0]), strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def smooth_path(polygon: Sequence[Point], dx: float = 0.0, dy: float = 0.0, scale: float = 1.0) -> str:
    """SVG path data for a smooth closed curve through every point (Catmull-Rom splines).

    >>> path = smooth_path([(0, 0), (10, 0), (10, 10)])
    >>> path[:6], path.count("C"), path[-1]
    ('M0,0 C', 3, 'Z')
    """

    def at(point: Point) -> str:
        return (
            f"{dx + point[0] * scale:.1f}".rstrip("0").rstrip(".")
            + ","
            + (f"{dy + point[1] * scale:.1f}".rstrip("0").rstrip("."))
        )

    n = len(polygon)
    parts = [f"M{at(polygon[0])}"]
    for i in range(n):
        p0, p1, p2, p3 = polygon[i - 1], polygon[i], polygon[(i + 1) % n], polygon[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append(f"C{at(c1)} {at(c2)} {at(p2)}")
    return " ".join(parts) + " Z"


@functools.cache
def _data() -> dict[str, Any]:
    text = files("painkb.render").joinpath("shapes.toml").read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    return data


@functools.cache
def body() -> Body:
    """The body outline shared by both views."""
    data = _data()["body"]
    half = _points(data["half"])
    # The left half ends on the midline at the crotch; the right half runs back up.
    right = tuple(reversed(mirrored(half[:-1])))
    cx, cy, rx, ry = (float(v) for v in data["head"])
    return Body((cx, cy, rx, ry), (*half, *right))


@functools.cache
def region_shapes() -> Mapping[str, Shape]:
    """Every region's shape by region id, read once from the bundled ``shapes.toml``."""
    shapes: dict[str, Shape] = {}
    for region, data in _data()["region"].items():
        mirror = bool(data.get("mirror", False))
        views: dict[str, tuple[tuple[Point, ...], ...]] = {}
        for view in VIEWS:
            polygons = [_points(flat) for flat in data.get(view, ())]
            if mirror:
                polygons += [mirrored(p) for p in polygons]
            if polygons:
                views[view] = tuple(polygons)
        unknown = set(data) - {"mirror", *VIEWS}
        if unknown or not views:
            raise ValueError(f"shapes.toml: region {region!r} has {sorted(unknown) or 'no views'}")
        shapes[region] = Shape(region, MappingProxyType(views), mirror)
    return MappingProxyType(shapes)
