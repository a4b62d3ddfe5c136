"""The map's outlines as painter paths and the one way to paint them: see
``export/map_geometry.py``, which the reports' map shares (it needs no widget). Named here
as the map tab has always asked this module.
"""

from __future__ import annotations

from servicepunkt_gui.export.map_geometry import (
    _GEOMETRY,  # the cache of built paths (benchmarks/measure_map.py clears it)
    BORDER_WIDTH,
    COUNTY_WIDTH,
    FOCUS_WIDTH,
    HIGHLIGHT_WIDTH,
    MARGIN,
    Bounds,
    MapGeometry,
    MapScene,
    fit_transform,
    geometry_for,
    paint_base,
    paint_map,
    paint_marks,
    sweden_map,
)

__all__ = [
    "BORDER_WIDTH",
    "COUNTY_WIDTH",
    "FOCUS_WIDTH",
    "HIGHLIGHT_WIDTH",
    "MARGIN",
    "_GEOMETRY",
    "Bounds",
    "MapGeometry",
    "MapScene",
    "fit_transform",
    "geometry_for",
    "paint_base",
    "paint_map",
    "paint_marks",
    "sweden_map",
]
