"""Portable mode: a marker file beside the frozen executable keeps every file beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from servicepunkt_gui.core import paths


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be a PyInstaller build in tmp_path/Servicepunkt, with no override."""
    folder = tmp_path / "Servicepunkt"
    folder.mkdir()
    monkeypatch.delenv(paths.HOME_OVERRIDE_ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "servicepunkt"))
    monkeypatch.setattr(sys, "platform", "linux")
    return folder


def mark_portable(folder: Path) -> None:
    (folder / paths.PORTABLE_MARKER_NAME).write_text("", encoding="utf-8")


def test_without_marker_the_per_user_folders_are_used(frozen_app: Path) -> None:
    assert not paths.is_portable()
    assert paths.portable_home() is None
    assert paths.data_dir() == Path(platformdirs.user_data_dir("Servicepunkt", appauthor=False))
    assert paths.log_dir() == Path(platformdirs.user_log_dir("Servicepunkt", appauthor=False))
    config = Path(platformdirs.user_config_dir("Servicepunkt", appauthor=False))
    assert paths.settings_file() == config / "settings.ini"


def test_marker_keeps_everything_beside_the_executable(frozen_app: Path) -> None:
    mark_portable(frozen_app)
    home = frozen_app / "ServicepunktData"
    assert paths.is_portable()
    assert paths.portable_home() == home
    assert paths.default_database_path() == home / "data" / "servicepunkt.sqlite3"
    assert paths.log_dir() == home / "logs"
    assert paths.settings_file() == home / "settings.ini"


def test_marker_must_be_a_file(frozen_app: Path) -> None:
    (frozen_app / paths.PORTABLE_MARKER_NAME).mkdir()
    assert not paths.is_portable()


def test_override_wins_over_the_marker(
    frozen_app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark_portable(frozen_app)
    monkeypatch.setenv(paths.HOME_OVERRIDE_ENV, str(tmp_path / "override"))
    assert not paths.is_portable()
    assert paths.data_dir() == tmp_path / "override" / "data"
    assert paths.settings_file() == tmp_path / "override" / "settings.ini"


def test_marker_beside_python_means_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Running from sources: sys.executable is Python; no marker there counts."""
    monkeypatch.delenv(paths.HOME_OVERRIDE_ENV, raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    mark_portable(tmp_path)
    assert paths.executable_dir() is None
    assert not paths.is_portable()


def test_macos_marker_sits_beside_the_app_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.HOME_OVERRIDE_ENV, raising=False)
    bundle = tmp_path / "stick" / "Servicepunkt.app"
    macos = bundle / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(macos / "Servicepunkt"))
    monkeypatch.setattr(sys, "platform", "darwin")
    assert paths.executable_dir() == tmp_path / "stick"
    mark_portable(tmp_path / "stick")
    assert paths.portable_home() == tmp_path / "stick" / "ServicepunktData"
    assert paths.is_portable()
