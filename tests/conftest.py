"""Shared test set-up: headless Qt, and a private home folder for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The one place the headless platform is chosen; must happen before any QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and default database of the app go to a folder of this test only."""
    home = tmp_path / "home"
    monkeypatch.setenv("SERVICEPUNKT_HOME", str(home))
    return home
