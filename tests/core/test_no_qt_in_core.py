"""core must work without Qt: importing it must not pull in PySide6."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import importlib, json, pkgutil, sys
import servicepunkt_gui.core as core
imported = []
for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
    if info.name.endswith(".migrations.env"):
        continue  # Alembic's environment script runs only inside Alembic
    importlib.import_module(info.name)
    imported.append(info.name)
import servicepunkt_gui.resources
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def test_core_imports_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert report["qt"] == []
    expected = {
        f"servicepunkt_gui.core.{name}"
        for name in (
            "db",
            "errors",
            "models",
            "municipalities",
            "notes",
            "paths",
            "reference",
            "text",
            "migrations",
            "migrations.versions",
        )
    }
    assert expected <= set(report["imported"])
