"""Sweden's 290 municipalities as projected outlines, for the map (no Qt).

``load_map`` reads ``resources/data/municipalities.geojson`` (WGS84), projects it to
SWEREF 99 TM and simplifies it once (``map_projection``), derives the county borders, and
keeps the result as JSON in a cache folder, keyed by the GeoJSON's sha256 and
``CACHE_FORMAT``. A later start reads the cache instead (hashing the file, not parsing it).
A cache file that is damaged, foreign or of another version is ignored and written anew.

County borders: every edge (two consecutive projected points, to the metre) of the
simplified outlines is counted with the counties of the municipalities using it. An edge
used by one municipality only (coast, national border) or by municipalities of two
counties is a county border; those edges are chained into polylines, ending where three or
more border edges meet.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.core.map_projection import (
    Point,
    bounds_of,
    project,
    project_many,
    simplify_outlines,
)
from servicepunkt_gui.core.text import swedish_sort_key

__all__ = [
    "CACHE_FORMAT",
    "MunicipalityShape",
    "SwedenMap",
    "load_map",
    "municipality_at",
    "project",
]

log = logging.getLogger(__name__)

# Raise whenever what goes into the cache changes (projection, simplification, layout).
CACHE_FORMAT = 1
Bounds = tuple[float, float, float, float]
Polyline = tuple[Point, ...]


@dataclass(frozen=True)
class MunicipalityShape:
    code: str
    name: str
    county_code: str
    rings: tuple[tuple[Point, ...], ...]  # outer rings and holes, SWEREF 99 TM metres, closed
    inner_point: Point  # projected geo_point_2d: a point inside the municipality
    bounds: Bounds  # min_x, min_y, max_x, max_y


@dataclass(frozen=True)
class SwedenMap:
    municipalities: tuple[MunicipalityShape, ...]  # Swedish alphabetical order of name
    county_borders: tuple[Polyline, ...]  # where two counties meet, and the outer borders
    bounds: Bounds

    @cached_property
    def _by_code(self) -> dict[str, MunicipalityShape]:
        return {shape.code: shape for shape in self.municipalities}

    def shape(self, code: str) -> MunicipalityShape:
        """The municipality with this code (KeyError if there is none)."""
        return self._by_code[code]

    def county_bounds(self, county_code: str) -> Bounds:
        """The bounds of all municipalities of the county (KeyError if it has none)."""
        shapes = [s for s in self.municipalities if s.county_code == county_code]
        if not shapes:
            raise KeyError(county_code)
        return _union(s.bounds for s in shapes)


def _union(all_bounds: Any) -> Bounds:
    boxes = list(all_bounds)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def municipality_at(sweden: SwedenMap, x: float, y: float) -> str | None:
    """The code of the municipality containing (x, y), or None (sea, abroad)."""
    for shape in sweden.municipalities:
        min_x, min_y, max_x, max_y = shape.bounds
        if min_x <= x <= max_x and min_y <= y <= max_y and _contains(shape.rings, x, y):
            return shape.code
    return None


def _contains(rings: tuple[tuple[Point, ...], ...], x: float, y: float) -> bool:
    """Even-odd rule over all rings: holes and separate islands come out right."""
    inside = False
    for ring in rings:
        for (ax, ay), (bx, by) in itertools.pairwise(ring):
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                inside = not inside
    return inside


# --- loading ------------------------------------------------------------------------------


def load_map(geojson: Path, cache_dir: Path | None = None) -> SwedenMap:
    """The map from the GeoJSON, through the cache in ``cache_dir`` if one is given."""
    content = geojson.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    cache_file = cache_dir / f"map-{digest[:16]}-v{CACHE_FORMAT}.json" if cache_dir else None
    if cache_file is not None:
        cached = _read_cache(cache_file, digest)
        if cached is not None:
            return cached
    sweden = _build(_read_features(content))
    if cache_file is not None:
        _write_cache(cache_file, digest, sweden)
    return sweden


def _read_features(content: bytes) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(content)["features"]
    return features


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        polygons: list[list[list[list[float]]]] = geometry["coordinates"]
        return polygons
    raise ValueError(f"unexpected geometry {geometry['type']}")


def _build(features: list[dict[str, Any]]) -> SwedenMap:
    lons: list[float] = []
    lats: list[float] = []
    layout: list[tuple[str, list[int]]] = []  # per feature: code, ring lengths
    for feature in features:
        properties = feature["properties"]
        lat, lon = properties["geo_point_2d"]
        lons.append(float(lon))
        lats.append(float(lat))
        lengths = []
        for polygon in _polygons(feature["geometry"]):
            for ring in polygon:
                lons.extend(float(p[0]) for p in ring)
                lats.extend(float(p[1]) for p in ring)
                lengths.append(len(ring))
        layout.append((str(properties["id"]), lengths))
    points = project_many(lons, lats)  # one call for all of Sweden
    outlines: dict[str, list[list[Point]]] = {}
    inner: dict[str, Point] = {}
    at = 0
    for code, lengths in layout:
        inner[code] = project(lons[at], lats[at])  # unrounded: exact
        at += 1
        outlines[code] = []
        for length in lengths:
            outlines[code].append(points[at : at + length])
            at += length
    simplified = simplify_outlines(outlines)
    shapes = []
    for feature in features:
        properties = feature["properties"]
        code = str(properties["id"])
        rings = tuple(simplified[code])
        shapes.append(
            MunicipalityShape(
                code=code,
                name=str(properties["kom_namn"]),
                county_code=str(properties["lan_code"]),
                rings=rings,
                inner_point=inner[code],
                bounds=bounds_of(p for ring in rings for p in ring),
            )
        )
    return _assemble(shapes, county_borders(shapes))


def _assemble(shapes: list[MunicipalityShape], borders: list[Polyline]) -> SwedenMap:
    ordered = tuple(sorted(shapes, key=lambda s: (swedish_sort_key(s.name), s.code)))
    return SwedenMap(ordered, tuple(borders), _union(s.bounds for s in ordered))


def county_borders(shapes: list[MunicipalityShape]) -> list[Polyline]:
    """Polylines along every edge that separates two counties or borders no municipality."""
    counties: dict[tuple[Point, Point], set[str]] = defaultdict(set)
    users: dict[tuple[Point, Point], int] = defaultdict(int)
    for shape in shapes:
        for ring in shape.rings:
            for a, b in itertools.pairwise(ring):
                if a != b:
                    edge = (a, b) if a <= b else (b, a)
                    counties[edge].add(shape.county_code)
                    users[edge] += 1
    border = sorted(e for e in counties if users[e] == 1 or len(counties[e]) > 1)
    return _chain(border)


def _chain(edges: list[tuple[Point, Point]]) -> list[Polyline]:
    """Join edges into as few polylines as they allow (a closed one repeats its start)."""
    neighbours: dict[Point, list[Point]] = defaultdict(list)
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    unused = {frozenset(e) for e in edges}
    lines: list[Polyline] = []

    def walk(start: Point, second: Point) -> Polyline:
        line = [start, second]
        unused.discard(frozenset((start, second)))
        while len(neighbours[line[-1]]) == 2:
            following = next(
                (n for n in neighbours[line[-1]] if frozenset((line[-1], n)) in unused), None
            )
            if following is None:
                break
            unused.discard(frozenset((line[-1], following)))
            line.append(following)
        return tuple(line)

    ends = sorted(p for p, ns in neighbours.items() if len(ns) != 2)
    for start in ends + sorted(neighbours):  # open lines first, then closed loops
        for second in neighbours[start]:
            if frozenset((start, second)) in unused:
                lines.append(walk(start, second))
    return lines


# --- the cache ----------------------------------------------------------------------------


def _flat(points: tuple[Point, ...]) -> list[float]:
    return [c for point in points for c in point]


def _points(flat: list[float]) -> tuple[Point, ...]:
    if len(flat) % 2:
        raise ValueError("odd coordinate list")
    return tuple((float(flat[i]), float(flat[i + 1])) for i in range(0, len(flat), 2))


def _write_cache(cache_file: Path, digest: str, sweden: SwedenMap) -> None:
    document = {
        "format": CACHE_FORMAT,
        "sha256": digest,
        "municipalities": [
            {
                "code": s.code,
                "name": s.name,
                "county_code": s.county_code,
                "inner_point": list(s.inner_point),
                "rings": [_flat(ring) for ring in s.rings],
            }
            for s in sweden.municipalities
        ],
        "county_borders": [_flat(line) for line in sweden.county_borders],
    }
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with written_atomically(cache_file) as partial:
            partial.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
    except OSError as error:  # a cache that cannot be written only costs time
        log.warning("map cache not written to %s: %s", cache_file, error)


def _read_cache(cache_file: Path, digest: str) -> SwedenMap | None:
    if not cache_file.is_file():
        return None
    try:
        document = json.loads(cache_file.read_bytes())
        if document["format"] != CACHE_FORMAT or document["sha256"] != digest:
            raise ValueError("another map's cache")
        shapes = []
        for item in document["municipalities"]:
            rings = tuple(_points(flat) for flat in item["rings"])
            if not rings or any(len(ring) < 4 for ring in rings):
                raise ValueError("a ring of fewer than four points")
            x, y = item["inner_point"]
            shapes.append(
                MunicipalityShape(
                    code=str(item["code"]),
                    name=str(item["name"]),
                    county_code=str(item["county_code"]),
                    rings=rings,
                    inner_point=(float(x), float(y)),
                    bounds=bounds_of(p for ring in rings for p in ring),
                )
            )
        borders = [_points(flat) for flat in document["county_borders"]]
        if not shapes:
            raise ValueError("no municipalities")
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        log.warning("map cache %s ignored: %s", cache_file, error)
        with contextlib.suppress(OSError):
            cache_file.unlink()
        return None
    return _assemble(shapes, borders)
