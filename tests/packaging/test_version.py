"""The version the app shows is the one the package is built with."""

from __future__ import annotations

import tomllib
from pathlib import Path

import servicepunkt_gui

ROOT = Path(__file__).resolve().parents[2]


def test_version_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert servicepunkt_gui.__version__ == project["version"]
