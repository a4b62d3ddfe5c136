"""Refresh the translation files after changing user-visible strings.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string into
   ``resources/translations/*.ts`` (new ones arrive marked unfinished);
2. translate them in Qt Linguist (``pyside6-linguist``) or any text editor;
3. run this script again to compile the ``.qm`` files the app loads.

Run: .venv/bin/python scripts/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def source_files() -> list[str]:
    package = ROOT / "servicepunkt_gui"
    return sorted(str(p) for p in package.rglob("*.py") if "core" not in p.parts)


def ts_files() -> list[str]:
    return [str(TRANSLATIONS / f"servicepunkt_{lang}.ts") for lang in LANGUAGES]


def main() -> int:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *source_files(),
            "-ts",
            *ts_files(),
        ],
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), *ts_files()], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
