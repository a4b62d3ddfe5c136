"""Every string is translated to Swedish and the compiled files match their sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from servicepunkt_gui.resources import resource_path

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = resource_path("translations")
BIN = Path(sys.executable).parent


def _messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    """A .qm older than its .ts (or hand-edited) would ship stale text."""
    for language in ("sv", "en"):
        source = TRANSLATIONS / f"servicepunkt_{language}.ts"
        fresh = tmp_path / f"{language}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(fresh)], check=True
        )
        committed = TRANSLATIONS / f"servicepunkt_{language}.qm"
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is out of date: run scripts/update_translations.py"
        )


def test_swedish_translation_is_complete() -> None:
    unfinished = []
    for message in _messages(TRANSLATIONS / "servicepunkt_sv.ts"):
        translation = message.find("translation")
        assert translation is not None
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(
            t.strip() for t in texts
        ):
            unfinished.append(message.findtext("source"))
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    """lupdate on the current code finds no string the .ts files lack."""
    copy = tmp_path / "sv.ts"
    shutil.copy(TRANSLATIONS / "servicepunkt_sv.ts", copy)
    before = {m.findtext("source") for m in _messages(copy)}
    sources = sorted(
        str(p) for p in (ROOT / "servicepunkt_gui").rglob("*.py") if "core" not in p.parts
    )
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
    )
    after = {m.findtext("source") for m in _messages(copy)}
    assert after - before == set(), "run scripts/update_translations.py and translate"


def test_qt_standard_buttons_are_swedish() -> None:
    box = QMessageBox()
    buttons = (
        QMessageBox.StandardButton.Save,
        QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No,
    )
    for button in buttons:
        box.addButton(button)
    labels = [box.button(b).text().replace("&", "") for b in buttons]
    assert labels == ["Spara", "Avbryt", "Ja", "Nej"]


def test_every_translate_call_names_its_context_and_count_in_a_way_lupdate_reads() -> None:
    """lupdate reads only literal contexts, and gives plural forms only to ``self.tr``: a
    context in a variable, or a count passed to ``QCoreApplication.translate``, leaves the
    string untranslated in the Swedish window (both happened)."""
    import re

    package = Path(__file__).resolve().parents[3] / "servicepunkt_gui"
    # QCoreApplication.translate, or a bare translate = QCoreApplication.translate; not a
    # painter's or a transform's translate(dx, dy).
    qt = r"(?:QCoreApplication\.|(?<![.\w]))translate\("
    call = re.compile(qt + r"\s*([^\s\"'][^,()\n]*),", re.MULTILINE)
    counted = re.compile(qt + r"\s*\"[^\"]*\",\s*\"[^\"]*%n", re.MULTILINE)
    wrong = []
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in call.finditer(text):
            wrong.append(f"{path.name}: translate({match.group(1)}, …)")
        for match in counted.finditer(text):
            wrong.append(f"{path.name}: {match.group(0)}…")
    assert wrong == []
