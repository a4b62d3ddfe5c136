"""The layering rules of docs/ARCHITECTURE.md, checked on the source (every import statement).

- ``core`` imports no Qt (see also tests/core/test_no_qt_in_core.py, which imports it all);
- ``ui`` imports neither ``sqlalchemy`` nor ``sqlite3``;
- a feature package under ``ui/`` uses another feature only through that package's public
  widget (``from servicepunkt_gui.ui.<feature> import Name``), and only ``ui/shell`` does so:
  features are wired together there. ``ui/common`` is for everyone and imports no feature.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "servicepunkt_gui"
UI = PACKAGE / "ui"
FEATURES = sorted(p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__")


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) for every import in the file, TYPE_CHECKING blocks included."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def _sources(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


@pytest.mark.parametrize("path", _sources(PACKAGE / "core"), ids=lambda p: p.name)
def test_core_imports_no_qt(path: Path) -> None:
    for module, _names in _imports(path):
        assert not module.startswith(("PySide6", "shiboken6", "servicepunkt_gui.ui")), module


@pytest.mark.parametrize("path", _sources(UI), ids=lambda p: str(p.relative_to(UI)))
def test_ui_imports_no_database_library(path: Path) -> None:
    for module, _names in _imports(path):
        assert module.split(".")[0] not in ("sqlalchemy", "sqlite3"), (
            f"{path.relative_to(PACKAGE)} imports {module}: call core instead"
        )


@pytest.mark.parametrize("path", _sources(UI), ids=lambda p: str(p.relative_to(UI)))
def test_features_meet_only_in_the_shell(path: Path) -> None:
    relative = path.relative_to(UI)
    own = relative.parts[0] if len(relative.parts) > 1 else ""
    for module, names in _imports(path):
        parts = module.split(".")
        if parts[:2] != ["servicepunkt_gui", "ui"] or len(parts) < 3:
            continue
        other = parts[2]
        if other in (own, "common"):
            continue
        assert own == "shell", (
            f"{relative} imports the feature {other!r}: wire features together in ui/shell"
        )
        public = __import__(f"servicepunkt_gui.ui.{other}", fromlist=["__all__"]).__all__
        assert len(parts) == 3 and set(names) <= set(public), (
            f"{relative} reaches into {module}: use the public names of ui/{other} ({public})"
        )


def test_common_imports_no_feature() -> None:
    for path in _sources(UI / "common"):
        for module, _names in _imports(path):
            parts = module.split(".")
            if parts[:2] == ["servicepunkt_gui", "ui"] and len(parts) > 2:
                assert parts[2] == "common", f"{path.name} imports {module}"


def test_every_feature_has_a_public_api() -> None:
    for feature in FEATURES:
        if feature in ("common", "shell"):
            continue
        init = (UI / feature / "__init__.py").read_text(encoding="utf-8")
        assert "__all__" in init, f"ui/{feature}/__init__.py names its public widgets"


def test_modules_stay_small() -> None:
    """A module past ~400 lines does two jobs (docs/ARCHITECTURE.md)."""
    too_long = {
        str(path.relative_to(PACKAGE)): lines
        for path in _sources(PACKAGE)
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert too_long == {}


@pytest.mark.parametrize("path", _sources(PACKAGE / "export"), ids=lambda p: p.name)
def test_export_writes_files_from_plain_rows(path: Path) -> None:
    """``export`` never queries (``core`` gathers the rows) and needs no widgets, so the
    command line writes a PDF under a QGuiApplication without a display."""
    for module, _names in _imports(path):
        assert module.split(".")[0] not in ("sqlalchemy", "sqlite3"), module
        assert not module.startswith(("servicepunkt_gui.ui", "PySide6.QtWidgets")), module
