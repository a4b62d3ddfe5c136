"""WGS84 to SWEREF 99 TM, and simplifying outlines without opening gaps between neighbours.

Projection: pyproj (PROJ), EPSG:4326 → EPSG:3006, the national grid Lantmäteriet uses; x is
metres east, y metres north. Sweden looks as it does on any Swedish map, not stretched.
Projected points are rounded to the metre, so a border shared by two municipalities is the
very same points on both sides (the outlines in ``resources/data`` share their vertices).

Simplification: Douglas–Peucker with ``TOLERANCE_M``, run not per ring but per *stretch*:
a run of edges owned by the same municipalities (a border between two, or one's coast),
between two *pinned* points where that changes (where three municipalities meet, where a
border reaches the coast). Each stretch is simplified once, in one canonical direction, so
both neighbours get exactly the same points and no slivers or gaps open between them. A
ring with no pinned point (an island, an enclave) is pinned at its smallest point and the
point farthest from it. A ring that would keep fewer than 4 points stays as it was.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyproj import Transformer

Point = tuple[float, float]
Ring = tuple[Point, ...]

# Douglas–Peucker tolerance: a point is dropped if it lies within this distance of the line
# its stretch would be drawn as without it. 100 m is under a pixel with all Sweden on screen.
TOLERANCE_M = 100.0


@cache
def _transformer() -> Transformer:
    # Imported here: importing pyproj takes some 50 ms, and a map read from the cache
    # (map_data) needs no projection at all.
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", "EPSG:3006", always_xy=True)


def project(lon: float, lat: float) -> tuple[float, float]:
    """WGS84 longitude and latitude (degrees) to SWEREF 99 TM (x east, y north, metres)."""
    x, y = _transformer().transform(lon, lat)
    return float(x), float(y)


def project_many(lons: Sequence[float], lats: Sequence[float]) -> list[Point]:
    """Many points in one call to PROJ, rounded to the metre."""
    xs, ys = _transformer().transform(list(lons), list(lats))
    return [(float(round(x)), float(round(y))) for x, y in zip(xs, ys, strict=True)]


def _edge(a: Point, b: Point) -> tuple[Point, Point]:
    return (a, b) if a <= b else (b, a)


def _open(ring: Sequence[Point]) -> list[Point]:
    """The ring's points without the closing repeat and without consecutive duplicates."""
    points: list[Point] = []
    for point in ring:
        if not points or points[-1] != point:
            points.append(point)
    while len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def _douglas_peucker(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Keep the first and last point and whatever is needed within ``tolerance``."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = -1, tolerance
        for index in range(first + 1, last):
            px, py = points[index]
            if length == 0.0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dx * (ay - py) - dy * (ax - px)) / length
            if d > distance:
                farthest, distance = index, d
        if farthest >= 0:
            keep[farthest] = True
            stack.append((first, farthest))
            stack.append((farthest, last))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def simplify_outlines(
    outlines: dict[str, list[list[Point]]], tolerance: float = TOLERANCE_M
) -> dict[str, list[Ring]]:
    """Each municipality's rings simplified, shared borders identically on both sides.

    ``outlines`` maps a code to its rings (projected, rounded); the result has closed rings.
    """
    rings = {code: [_open(r) for r in code_rings] for code, code_rings in outlines.items()}
    owners: dict[tuple[Point, Point], set[str]] = defaultdict(set)
    for code, code_rings in rings.items():
        for ring in code_rings:
            for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
                owners[_edge(a, b)].add(code)
    incident: dict[Point, set[tuple[Point, Point]]] = defaultdict(set)
    for edge in owners:
        incident[edge[0]].add(edge)
        incident[edge[1]].add(edge)
    pinned = {
        point
        for point, edges in incident.items()
        if len(edges) != 2 or len({frozenset(owners[e]) for e in edges}) != 1
    }
    done: dict[tuple[Point, ...], list[Point]] = {}
    return {
        code: [_simplified_ring(ring, pinned, done, tolerance) for ring in code_rings]
        for code, code_rings in rings.items()
    }


def _simplified_ring(
    ring: list[Point],
    pinned: set[Point],
    done: dict[tuple[Point, ...], list[Point]],
    tolerance: float,
) -> Ring:
    if len(ring) < 4:
        return (*ring, ring[0]) if ring else ()
    anchors = [i for i, point in enumerate(ring) if point in pinned]
    if len(anchors) < 2:
        start = ring.index(min(ring)) if not anchors else anchors[0]
        sx, sy = ring[start]
        far = max(range(len(ring)), key=lambda i: (ring[i][0] - sx) ** 2 + (ring[i][1] - sy) ** 2)
        anchors = sorted({start, far})
    kept: list[Point] = []
    for first, last in zip(anchors, [*anchors[1:], anchors[0] + len(ring)], strict=True):
        stretch = tuple(ring[i % len(ring)] for i in range(first, last + 1))
        kept.extend(_simplified_stretch(stretch, done, tolerance)[:-1])
    if len(kept) < 3:
        kept = ring
    return (*kept, kept[0])


def _simplified_stretch(
    stretch: tuple[Point, ...], done: dict[tuple[Point, ...], list[Point]], tolerance: float
) -> list[Point]:
    """One stretch simplified in its canonical direction (the same for both neighbours)."""
    backwards = stretch[-1] < stretch[0]
    key = stretch[::-1] if backwards else stretch
    if key not in done:
        done[key] = _douglas_peucker(key, tolerance)
    result = done[key]
    return result[::-1] if backwards else list(result)


def bounds_of(points: Iterable[Point]) -> tuple[float, float, float, float]:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)
