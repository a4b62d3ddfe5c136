"""Refresh the translation files after changing user-visible strings.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string into
   ``resources/translations/*.ts`` (new ones arrive marked unfinished);
   a string that only moved to another class (the same English text, translated before)
   keeps its translation, and the script lists each one it carried over;
2. translate the rest in Qt Linguist (``pyside6-linguist``) or any text editor;
3. run this script again to compile the ``.qm`` files the app loads.

Run: .venv/bin/python scripts/update_translations.py
"""

from __future__ import annotations

import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def known_translations(ts_file: str) -> dict[str, ET.Element]:
    """Every finished translation in the file, by its English source text."""
    known: dict[str, ET.Element] = {}
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if source is None or translation is None or translation.get("type"):
            continue
        known.setdefault(source, translation)
    return known


def carry_over(ts_file: str, known: dict[str, ET.Element]) -> list[str]:
    """Fill unfinished messages whose English text was translated elsewhere before."""
    tree = ET.parse(ts_file)
    carried = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") != "unfinished" or source not in known:
            continue
        plural = message.get("numerus") == "yes"
        if plural != bool(known[source].findall("numerusform")):
            continue  # a plain text is no translation of plural forms, nor the other way

        message.remove(translation)
        message.append(copy.deepcopy(known[source]))
        carried.append(source)
    if carried:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return carried


def lupdate() -> None:
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


def main() -> int:
    known = {ts: known_translations(ts) for ts in ts_files()}
    lupdate()
    carried = {ts: carry_over(ts, known[ts]) for ts in ts_files()}
    if any(carried.values()):
        lupdate()  # back to lupdate's own layout of the file
        for ts, sources in carried.items():
            for source in sources:
                print(f"{Path(ts).name}: kept the translation of moved text {source!r}")
    subprocess.run([tool("pyside6-lrelease"), *ts_files()], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
