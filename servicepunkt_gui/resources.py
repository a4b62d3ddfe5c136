"""Locate the read-only files in ``resources/`` wherever the app runs from.

Three layouts exist: a source checkout (``resources/`` beside the package), an
installed wheel (``servicepunkt_gui/_resources``) and a PyInstaller bundle
(``resources/`` inside ``sys._MEIPASS``). One function serves them all.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourcesNotFoundError(RuntimeError):
    """The installation is incomplete: no resources folder was found."""


def _candidates() -> list[Path]:
    candidates = []
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:
        candidates.append(Path(bundle_dir) / "resources")
    candidates.append(_PACKAGE_DIR / "_resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    return candidates


@cache
def resources_dir() -> Path:
    """The folder holding data/, translations/ and icons/."""
    for candidate in _candidates():
        if (candidate / "data" / "municipalities.csv").is_file():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise ResourcesNotFoundError(f"resources folder not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a file below the resources folder, e.g. ``resource_path("data", "x.csv")``."""
    return resources_dir().joinpath(*parts)
