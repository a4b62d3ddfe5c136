"""build.spec, run with stand-ins for PyInstaller's classes: version, contents, exclusions."""

from __future__ import annotations

import importlib
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.packaging.conftest import ROOT

SPEC = ROOT / "build.spec"


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps its arguments."""

    calls: dict[str, Recorder]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        # What an Analysis offers the spec after it ran.
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[tuple[str, str, str]] = []
        self.scripts: list[tuple[str, str, str]] = []
        Recorder.calls[kind] = self


def run_spec(tmp_path: Path, platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setattr(sys, "platform", platform)
    Recorder.calls = {}
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path / "work"),
        "__file__": str(SPEC),
    }
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = lambda *a, _kind=kind, **k: Recorder(_kind, *a, **k)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["calls"] = Recorder.calls
    return namespace


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_version_comes_from_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = run_spec(tmp_path, "linux", monkeypatch)
    assert spec["VERSION"] == pyproject_version()
    metadata = tmp_path / "work" / f"servicepunkt-{pyproject_version()}.dist-info" / "METADATA"
    assert f"Version: {pyproject_version()}" in metadata.read_text(encoding="utf-8")


def test_linux_build_is_windowed_one_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = run_spec(tmp_path, "linux", monkeypatch)["calls"]
    exe = calls["EXE"].kwargs
    assert exe["console"] is False
    assert exe["exclude_binaries"] is True  # one folder: libraries beside the executable
    assert exe["name"] == "servicepunkt"
    assert calls["COLLECT"].kwargs["name"] == "Servicepunkt"
    assert "BUNDLE" not in calls


def test_bundle_holds_resources_and_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = run_spec(tmp_path, "linux", monkeypatch)["calls"]["Analysis"].kwargs
    targets = {target for _source, target in analysis["datas"]}
    assert {
        "resources/data",
        "resources/translations",
        "resources/help",
        "resources/icons",
        "servicepunkt_gui/core/migrations",
    } <= targets
    migrations = [s for s, t in analysis["datas"] if t == "servicepunkt_gui/core/migrations"]
    assert Path(migrations[0]) == ROOT / "servicepunkt_gui" / "core" / "migrations"
    assert (Path(migrations[0]) / "env.py").is_file()
    assert (Path(migrations[0]) / "script.py.mako").is_file()


def qt_modules_the_app_imports() -> set[str]:
    pattern = re.compile(r"\bPySide6\.(Qt\w+)")
    return {
        module
        for path in (ROOT / "servicepunkt_gui").rglob("*.py")
        for module in pattern.findall(path.read_text(encoding="utf-8"))
    }


def test_unused_modules_are_excluded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    excludes = run_spec(tmp_path, "linux", monkeypatch)["calls"]["Analysis"].kwargs["excludes"]
    for module in ("pytest", "hypothesis", "mypy", "setuptools", "PySide6.QtQml", "PySide6.QtPdf"):
        assert module in excludes
    for used in ("alembic", "sqlalchemy", "platformdirs"):
        assert used not in excludes


def test_no_qt_module_the_app_imports_is_excluded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Using a new Qt module? Take it out of build.spec's exclusions, or the build breaks."""
    spec = run_spec(tmp_path, "linux", monkeypatch)
    excludes = spec["calls"]["Analysis"].kwargs["excludes"]
    used = qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    for module in used:
        assert f"PySide6.{module}" not in excludes
        library = f"libQt6{module.removeprefix('Qt')}.so.6"
        assert not spec["_excluded"](f"PySide6/Qt/lib/{library}", f"/venv/PySide6/Qt/lib/{library}")


@pytest.mark.parametrize(
    ("dest", "source", "excluded"),
    [
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "/v/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/v/libqsvg.so", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/v/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/v/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "/v/x.so", True),
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", "/v/x.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/v/x.so", True),
        ("PySide6/Qt/translations/qtbase_sv.qm", "/v/qtbase_sv.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", "/v/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_sv.qm", "/v/x.qm", True),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/v/libQt6Widgets.so.6", False),
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", True),
        ("libpython3.11.so.1.0", "/opt/python/lib/libpython3.11.so.1.0", False),
        ("resources/data/municipalities.csv", "/r/municipalities.csv", False),
        ("servicepunkt_gui/core/migrations/__pycache__/env.cpython-311.pyc", "/r/x.pyc", True),
    ],
)
def test_what_stays_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dest: str, source: str, excluded: bool
) -> None:
    spec = run_spec(tmp_path, "linux", monkeypatch)
    assert spec["_excluded"](dest, source) is excluded


def test_windows_executable_has_the_icon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(tmp_path, "win32", monkeypatch)["calls"]
    exe = calls["EXE"].kwargs
    assert exe["name"] == "Servicepunkt"
    assert exe["console"] is False
    assert exe["strip"] is False
    assert Path(exe["icon"]) == ROOT / "resources" / "icons" / "servicepunkt.ico"
    assert Path(exe["icon"]).is_file()


def test_macos_app_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(tmp_path, "darwin", monkeypatch)["calls"]
    bundle = calls["BUNDLE"].kwargs
    assert bundle["name"] == "Servicepunkt.app"
    assert bundle["bundle_identifier"] == "se.servicepunkt.Servicepunkt"
    assert bundle["version"] == pyproject_version()
    assert Path(bundle["icon"]).name == "servicepunkt.icns"
    assert Path(bundle["icon"]).is_file()
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == pyproject_version()
    assert plist["NSHighResolutionCapable"] is True
    assert calls["EXE"].kwargs["strip"] is False  # stripping breaks code signatures


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.0rc1", (1, 2, 0, 0)),
        ("2.0", (2, 0, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_windows_numeric_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: str, numbers: tuple[int, ...]
) -> None:
    spec = run_spec(tmp_path, "linux", monkeypatch)
    assert spec["windows_numeric_version"](version) == numbers


def load_version_info(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The version file as PyInstaller reads it: its own parser, which works on any system
    once the Windows-only modules its module imports (for writing into an .exe) stand in."""
    compat = pytest.importorskip("PyInstaller.compat")
    try:
        importlib.import_module("pefile")
    except ImportError:
        monkeypatch.setitem(sys.modules, "pefile", ModuleType("pefile"))
    if not hasattr(compat, "win32api"):
        monkeypatch.setattr(compat, "win32api", None, raising=False)
    versioninfo = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    return versioninfo.load_version_info_from_text_file(str(path))


def test_windows_executable_has_a_version_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = run_spec(tmp_path, "win32", monkeypatch)
    version_file = Path(spec["calls"]["EXE"].kwargs["version"])
    assert version_file == tmp_path / "work" / "windows_version_info.txt"
    monkeypatch.undo()  # PyInstaller must not take this machine for Windows
    info = load_version_info(version_file, monkeypatch)
    numbers = spec["windows_numeric_version"](pyproject_version())
    high, low = (numbers[0] << 16) | numbers[1], (numbers[2] << 16) | numbers[3]
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (high, low)
    assert (info.ffi.productVersionMS, info.ffi.productVersionLS) == (high, low)
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["FileVersion"] == strings["ProductVersion"] == pyproject_version()
    assert strings["ProductName"] == "Servicepunkt"
    assert strings["OriginalFilename"] == "Servicepunkt.exe"
    assert "Servicepunkt-teamet" in strings["LegalCopyright"]
    assert len(info.toRaw()) > 0  # what PyInstaller writes into the .exe


def test_version_resource_only_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("linux", "darwin"):
        assert run_spec(tmp_path, platform, monkeypatch)["calls"]["EXE"].kwargs["version"] is None
