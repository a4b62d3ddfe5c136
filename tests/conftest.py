"""Shared test set-up: headless Qt, and a private home folder for every test."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

# The one place the headless platform is chosen; must happen before any QApplication.
# The off-screen screen is given a common laptop size (1366×768) instead of 800×600.
_SCREEN = Path(tempfile.gettempdir()) / "servicepunkt-test-screen.json"
_SCREEN.write_text(
    json.dumps(
        {
            "screens": [
                {
                    "name": "laptop",
                    "x": 0,
                    "y": 0,
                    "width": 1366,
                    "height": 768,
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ]
        }
    )
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and default database of the app go to a folder of this test only."""
    home = tmp_path / "home"
    monkeypatch.setenv("SERVICEPUNKT_HOME", str(home))
    return home


# The throwaway PostgreSQL server and its per-test databases (tests/postgres_fixtures.py).
pytest_plugins = ["tests.postgres_fixtures"]
