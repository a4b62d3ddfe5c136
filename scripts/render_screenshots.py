"""Render the main window with realistic sample notes to docs/screenshots/*.png.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_screenshots.py [--lang sv|en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE_NOTES = [
    (
        "meeting",
        "Möte med byalaget i Bredbyn",
        "Byalaget vill att lanthandeln blir servicepunkt med paketombud och apoteksombud. "
        "Handlaren är positiv men behöver ett årligt bidrag för att hålla öppet på söndagar.\n\n"
        "Att göra: räkna på servicebidrag och ta upp frågan i kommunstyrelsen.",
        dt.date(2026, 11, 18),
    ),
    (
        "dialogue",
        "Dialog med drivmedelsstationen i Bjästa",
        "Stationen kan ta emot dagskasseinsättning om banken står för värdetransporten. "
        "Vi återkommer efter samtal med Länsstyrelsen om grundläggande betaltjänster.",
        dt.date(2026, 10, 29),
    ),
    (
        "decision",
        "KS beslut om hemsändning",
        "Kommunstyrelsen beslutade (§ 142, dnr KS 2026/0815) att fortsätta hemsändningen av "
        "dagligvaror till hushåll längre än 10 km från närmaste butik.",
        dt.date(2026, 9, 12),
    ),
    (
        "follow_up",
        "Uppföljning av serviceplanen 2026",
        "Sju av tolv åtgärder genomförda. Laddstolpen i Husum är försenad till våren.",
        dt.date(2026, 6, 3),
    ),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="sv", choices=("sv", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="servicepunkt-screens-"))
    os.environ["SERVICEPUNKT_HOME"] = str(scratch)

    from PySide6.QtWidgets import QApplication

    from servicepunkt_gui.core import municipalities, notes
    from servicepunkt_gui.ui.application import create_application, open_store
    from servicepunkt_gui.ui.main_window import MainWindow
    from servicepunkt_gui.ui.preferences import Preferences

    app = create_application(["screens"], args.lang)
    database = open_store(scratch / "screens.sqlite3")
    with database.session() as session:
        for code in ("2284", "2260", "2280"):
            municipalities.set_mine(session, code, True)
        for category, title, body, date in SAMPLE_NOTES:
            notes.create_note(
                session,
                "2284",
                notes.NoteInput(body, title, category, date, "Anna Lindqvist"),
            )
        notes.create_note(
            session,
            "2260",
            notes.NoteInput(
                "Telefonmöte med handlaren i Ramsele.",
                "",
                "meeting",
                dt.date(2026, 11, 2),
                "Anna Lindqvist",
            ),
        )
    preferences = Preferences()
    preferences.last_municipality = "2284"
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "sv" else "-en"
    for width, height in ((1366, 768), (1920, 1080)):
        window = MainWindow(database, preferences)
        window.resize(width, height)
        window.show()
        window.detail.notes_view.setCurrentIndex(window.detail.notes_model.index(0))
        QApplication.processEvents()
        target = args.out / f"main-window-{width}x{height}{suffix}.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        window.deleteLater()
    database.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
