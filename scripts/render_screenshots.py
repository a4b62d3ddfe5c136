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


SAMPLE_ACTIONS = [
    # title, responsible, deadline, cost, financing, status
    (
        "Avtal om servicepunkt i Bredbyn",
        "Näringslivskontoret",
        "2026-03-31",
        150000,
        "service_grant",
        "done",
    ),
    (
        "Hemsändning till Trehörningsjö",
        "Anna Lindqvist",
        "2026-06-30",
        80000,
        "home_delivery_grant",
        "in_progress",
    ),
    ("Paketombud i Björna", "Näringslivskontoret", "2026-09-30", 0, "", "in_progress"),
    (
        "Laddstolpe vid handeln i Husum",
        "Tekniska förvaltningen",
        "2026-10-31",
        240000,
        "investment_support",
        "not_started",
    ),
    ("Kartlägga kontantuttag", "Anna Lindqvist", "2026-02-28", None, "", "done"),
    (
        "Dialogmöten i tio byar",
        "Landsbygdsutvecklare",
        "2026-05-31",
        30000,
        "municipal_budget",
        "done",
    ),
    (
        "Turistinformation i Köpmanholmen",
        "Kultur och fritid",
        "2027-05-01",
        45000,
        "municipal_budget",
        "not_started",
    ),
    ("Apoteksombud i Gideå", "Näringslivskontoret", "2026-08-31", None, "", "in_progress"),
    (
        "Driftstöd till lanthandeln i Solberg",
        "Kommunstyrelsen",
        "2026-12-31",
        120000,
        "special_operating_support",
        "not_started",
    ),
    ("Uppföljning med handlarna", "Anna Lindqvist", "2027-01-31", None, "", "not_started"),
    (
        "Skylt och information om servicepunkter",
        "Kommunikation",
        "2026-04-30",
        15000,
        "municipal_budget",
        "cancelled",
    ),
    ("Dagskasseinsättning i Bjästa", "Näringslivskontoret", "2026-11-15", None, "", "in_progress"),
]

STAGES_ELSEWHERE = {
    "2506": "implementation",
    "1730": "adopted",
    "2361": "draft",
    "0880": "follow_up",
    "1885": "dialogue",
    "2085": "consultation",
    "1430": "mapping",
    "2417": "adopted",
    "2418": "adopted",
    "2482": "revision",
    "2422": "implementation",
    "1766": "adopted",
    "1737": "draft",
    "0760": "mapping",
    "0512": "not_started",
    "2260": "adopted",
    "2280": "dialogue",
    "2262": "mapping",
    "1290": "adopted",
    "0580": "implementation",
}


def _add_plans(database: object) -> None:
    from servicepunkt_gui.core import actions, plans
    from servicepunkt_gui.core.db import Database

    assert isinstance(database, Database)
    with database.session() as session:
        old = plans.create_plan(
            session,
            "2284",
            plans.PlanInput("Serviceplan 2019–2024", 2019, 2024),
            "Anna Lindqvist",
            today=dt.date(2018, 9, 1),
        )
        plans.set_stage(session, old.id, "adopted", "Anna Lindqvist", dt.date(2019, 2, 25))
        plan = plans.create_plan(
            session,
            "2284",
            plans.PlanInput(
                "Serviceplan för landsbygden 2025–2030",
                2025,
                2030,
                "municipal_council",
                dt.date(2025, 3, 24),
                "§ 45",
                "KS 2024/0815",
                dt.date(2029, 12, 31),
                dt.date(2027, 2, 1),
                "https://www.ornskoldsvik.se/serviceplan-2025.pdf",
            ),
            "Anna Lindqvist",
            today=dt.date(2024, 5, 2),
        )
        plans.make_current(session, plan.id)
        for stage, day, comment in (
            ("mapping", dt.date(2024, 6, 10), "Pipos Serviceanalys och enkät"),
            ("dialogue", dt.date(2024, 9, 1), "Byamöten i tio byar"),
            ("draft", dt.date(2024, 11, 15), ""),
            ("consultation", dt.date(2024, 12, 1), "Remiss till byalag och handlare"),
            ("adopted", dt.date(2025, 3, 24), "KF § 45"),
            ("implementation", dt.date(2025, 4, 1), ""),
        ):
            plans.set_stage(session, plan.id, stage, "Anna Lindqvist", day, comment)
        goal = actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter för alla")
        actions.add_goal(session, plan.id, "Hemsändning i hela kommunen", goal.id)
        actions.add_goal(session, plan.id, "Servicepunkter i fem byar")
        for title, who, deadline, cost, financing, status in SAMPLE_ACTIONS:
            actions.add_action(
                session,
                plan.id,
                actions.ActionInput(
                    title,
                    "",
                    who,
                    dt.date.fromisoformat(deadline),
                    cost,
                    financing,
                    status,
                    goal.id if "Hemsändning" in title else None,
                ),
            )
        for number, (code, stage) in enumerate(STAGES_ELSEWHERE.items()):
            other = plans.create_plan(
                session,
                code,
                plans.PlanInput(
                    "Serviceplan",
                    2024,
                    2028,
                    next_follow_up=dt.date(2026, 11, 1) if number % 4 == 0 else None,
                ),
                "Anna Lindqvist",
            )
            plans.set_stage(session, other.id, stage, "Anna Lindqvist")


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
    from servicepunkt_gui.store import open_store
    from servicepunkt_gui.ui.shell.application import create_application
    from servicepunkt_gui.ui.shell.main_window import MainWindow
    from servicepunkt_gui.ui.shell.preferences import Preferences

    app = create_application(["screens"], args.lang)
    database = open_store(scratch / "screens.sqlite3")
    with database.session() as session:
        for code in ("2284", "2260", "2280", "2506"):
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
    _add_plans(database)
    preferences = Preferences()
    preferences.last_municipality = "2284"
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "sv" else "-en"
    for width, height in ((1366, 768), (1920, 1080)):
        window = MainWindow(database, preferences)
        window.resize(width, height)
        window.show()
        window.detail.notes.view.setCurrentIndex(window.detail.notes.model.index(0))
        QApplication.processEvents()
        target = args.out / f"main-window-{width}x{height}{suffix}.png"
        window.grab().save(str(target))
        print(target)
        window.detail.tabs.set_current_index(1)
        for page, name in ((0, "plan"), (1, "actions"), (2, "goals")):
            window.detail.plans.tabs.set_current_index(page)
            QApplication.processEvents()
            target = args.out / f"{name}-tab-{width}x{height}{suffix}.png"
            window.grab().save(str(target))
            print(target)
        window.tabs.set_current_index(1)
        QApplication.processEvents()
        target = args.out / f"overview-{width}x{height}{suffix}.png"
        window.grab().save(str(target))
        print(target)
        window.show_search()
        window.search.field.setText("hemsändning")
        window.search.run_search()
        from servicepunkt_gui.ui.common.background import wait_for_background_jobs

        wait_for_background_jobs()
        QApplication.processEvents()
        target = args.out / f"search-{width}x{height}{suffix}.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        window.deleteLater()
    _render_dialogs(database, args.out, suffix)
    database.close()
    del app
    return 0


def _render_dialogs(database: object, out: Path, suffix: str) -> None:
    """The dialogs an official meets, drawn on their own."""
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from servicepunkt_gui.core import drafts, notes
    from servicepunkt_gui.core.backup import list_backups, make_backup
    from servicepunkt_gui.core.db import Database
    from servicepunkt_gui.core.errors import NotAServicepunktDatabaseError
    from servicepunkt_gui.ui.common.change_hub import ChangeHub
    from servicepunkt_gui.ui.common.write_path import WritePath
    from servicepunkt_gui.ui.notes.versions_dialog import VersionsDialog
    from servicepunkt_gui.ui.plans.stage_dialog import StageDialog
    from servicepunkt_gui.ui.safety.backup_dialog import BackupDialog
    from servicepunkt_gui.ui.safety.drafts_dialog import DraftDialog
    from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog
    from servicepunkt_gui.ui.shell import startup_errors

    assert isinstance(database, Database)
    with database.session() as session:
        note = notes.create_note(
            session, "2260", notes.NoteInput("Första lydelsen av protokollet.")
        )
        notes.update_note(session, note.id, notes.NoteInput("Andra lydelsen av protokollet."))
        versions = notes.list_versions(session, note.id)
        notes.delete_note(session, note.id)
        drafts.save_draft(
            session,
            "note:new:2284",
            "2284",
            {"title": "Möte i Bjästa", "body": "Handlaren kan tänka sig att bli paketombud om…"},
        )
        [draft] = drafts.list_drafts(session)
    make_backup(database.file, "manual")
    box = QMessageBox()
    box.setWindowTitle(startup_errors.title())
    box.setText(
        startup_errors.explain(
            NotAServicepunktDatabaseError(Path("/home/anna/servicepunkt.sqlite3"))
        )
    )
    for way in startup_errors.ways_forward(NotAServicepunktDatabaseError(Path("x")), True):
        box.addButton(startup_errors._label(way), QMessageBox.ButtonRole.AcceptRole)
    dialogs: list[tuple[str, QWidget]] = [
        ("dialog-draft", DraftDialog(draft)),
        ("dialog-backups", BackupDialog(list_backups(database.file))),
        ("dialog-trash", TrashDialog(WritePath(database, ChangeHub()))),
        ("dialog-versions", VersionsDialog(versions)),
        ("dialog-stage", StageDialog("draft")),
        ("dialog-start-problem", box),
    ]
    for name, dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        target = out / f"{name}{suffix}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())
