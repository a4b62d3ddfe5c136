"""Render pictures of the reports from a realistic demo (Sorsele) to docs/screenshots/.

Writes the follow-up report of Sorsele and the status report of Västerbottens län as PDF
into a temporary folder, then draws their first pages with poppler's ``pdftoppm``:
report-follow-up-page-1.png, report-follow-up-page-2.png and report-status-page-1.png.

Run: .venv/bin/python scripts/render_report_pictures.py [--keep-pdf FOLDER]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy.orm import Session  # noqa: E402

TODAY = dt.date(2026, 12, 2)
SORSELE = "2422"
OFFICIAL = "Maria Lindqvist"

GOALS = {
    "Dagligvaror och drivmedel finns inom 20 km för alla invånare": [
        "Butikerna i Ammarnäs och Blattniksele finns kvar",
        "Drivmedel dygnet runt i Gargnäs",
    ],
    "Grundläggande betaltjänster och paket nära hemmet": [
        "Paketombud i varje servicepunkt",
        "Kontantuttag och dagskasseinsättning i tätorten",
    ],
    "Servicepunkterna är mötesplatser året runt": [],
}

# title, goal index, responsible, deadline, cost, financing, status
ACTIONS: list[tuple[str, int, str, str, int | None, str, str]] = [
    (
        "Avtal om servicepunkt i Ammarnäs",
        0,
        "Näringslivskontoret",
        "2025-03-31",
        120000,
        "service_grant",
        "done",
    ),
    (
        "Hemsändning av dagligvaror till Övre Ammarnäs",
        0,
        "Socialtjänsten",
        "2025-06-30",
        85000,
        "home_delivery_grant",
        "done",
    ),
    (
        "Driftstöd till lanthandeln i Blattniksele",
        0,
        "Näringslivskontoret",
        "2026-02-28",
        210000,
        "special_operating_support",
        "done",
    ),
    (
        "Kartlägga butiksnätet inför nästa plan",
        0,
        "Landsbygdsutvecklare",
        "2027-03-31",
        None,
        "municipal_budget",
        "not_started",
    ),
    (
        "Obemannad drivmedelsstation i Gargnäs",
        1,
        "Tekniska kontoret",
        "2026-11-15",
        640000,
        "investment_support",
        "in_progress",
    ),
    (
        "Laddstolpar vid servicepunkten i Sorsele",
        1,
        "Tekniska kontoret",
        "2026-12-20",
        310000,
        "investment_support",
        "in_progress",
    ),
    (
        "Dialog med drivmedelsbolagen om Gargnäs",
        1,
        "Kommundirektören",
        "2025-09-30",
        None,
        "",
        "done",
    ),
    (
        "Paketombud i Blattniksele",
        2,
        "Näringslivskontoret",
        "2026-06-30",
        40000,
        "service_grant",
        "done",
    ),
    (
        "Paketombud i Gargnäs",
        2,
        "Näringslivskontoret",
        "2026-10-31",
        40000,
        "service_grant",
        "in_progress",
    ),
    (
        "Paketskåp vid skolan i Ammarnäs",
        2,
        "Tekniska kontoret",
        "2027-05-31",
        95000,
        "investment_support",
        "not_started",
    ),
    ("Apoteksombud i Ammarnäs", 2, "Socialtjänsten", "2026-12-31", None, "", "not_started"),
    (
        "Kontantuttag i Sorsele tätort",
        3,
        "Kommundirektören",
        "2026-04-30",
        25000,
        "municipal_budget",
        "done",
    ),
    (
        "Dagskasseinsättning för föreningar och företag",
        3,
        "Ekonomikontoret",
        "2026-09-30",
        30000,
        "municipal_budget",
        "in_progress",
    ),
    (
        "Informationsmöte om betaltjänster med Länsstyrelsen",
        3,
        "Landsbygdsutvecklare",
        "2026-12-15",
        None,
        "",
        "not_started",
    ),
    (
        "Öppna servicepunkten i Blattniksele för föreningsmöten",
        4,
        "Kultur och fritid",
        "2026-05-31",
        15000,
        "municipal_budget",
        "done",
    ),
    (
        "Turistinformation i servicepunkten i Ammarnäs",
        4,
        "Destination Sorsele",
        "2026-06-15",
        35000,
        "municipal_budget",
        "done",
    ),
    (
        "Bibliotekets meröppet i Gargnäs",
        4,
        "Kultur och fritid",
        "2027-01-15",
        60000,
        "municipal_budget",
        "not_started",
    ),
    (
        "Digital hjälp för äldre i servicepunkterna",
        4,
        "Kultur och fritid",
        "2026-10-01",
        20000,
        "other",
        "in_progress",
    ),
    (
        "Bredband till servicepunkten i Övre Ammarnäs",
        4,
        "IT-enheten",
        "2026-08-31",
        180000,
        "investment_support",
        "cancelled",
    ),
    (
        "Servicebidrag till butiken i Nyby",
        0,
        "Näringslivskontoret",
        "2026-03-31",
        90000,
        "service_grant",
        "done",
    ),
    (
        "Samordna varutransporter mellan byarna",
        0,
        "Tekniska kontoret",
        "2027-02-28",
        50000,
        "municipal_budget",
        "not_started",
    ),
    (
        "Hemsändning till Rusksele och Vindelgransele",
        0,
        "Socialtjänsten",
        "2026-09-30",
        70000,
        "home_delivery_grant",
        "in_progress",
    ),
    (
        "Skyltning av servicepunkterna längs E45",
        4,
        "Tekniska kontoret",
        "2026-07-31",
        45000,
        "municipal_budget",
        "done",
    ),
    (
        "Enkät om servicebehov till fritidshusägare",
        0,
        "Landsbygdsutvecklare",
        "2026-11-30",
        12000,
        "municipal_budget",
        "in_progress",
    ),
    (
        "Årlig träff med handlarna i kommunen",
        4,
        "Näringslivskontoret",
        "2026-12-10",
        8000,
        "municipal_budget",
        "not_started",
    ),
    ("Utreda post i Gunnarbäcken", 2, "Landsbygdsutvecklare", "2026-05-31", None, "", "cancelled"),
    (
        "Reservkraft i servicepunkten i Ammarnäs",
        1,
        "Räddningstjänsten",
        "2027-06-30",
        150000,
        "investment_support",
        "not_started",
    ),
    (
        "Krisberedskap: dricksvatten och drivmedel vid elavbrott",
        1,
        "Räddningstjänsten",
        "2026-10-15",
        75000,
        "municipal_budget",
        "in_progress",
    ),
    (
        "Uppföljning av servicepunkternas öppettider",
        4,
        "Landsbygdsutvecklare",
        "2027-01-31",
        None,
        "",
        "not_started",
    ),
    (
        "Ta fram nästa serviceplan tillsammans med byaråden",
        0,
        "Kommunstyrelsens förvaltning",
        "2027-06-30",
        100000,
        "municipal_budget",
        "not_started",
    ),
]

STEPS = [
    ("mapping", "2023-02-01", "Maria Lindqvist", "Kartläggning av butiker, drivmedel och ombud."),
    ("dialogue", "2023-05-15", "Maria Lindqvist", "Byamöten i Ammarnäs, Blattniksele och Gargnäs."),
    ("draft", "2023-10-02", "Maria Lindqvist", ""),
    ("consultation", "2023-12-01", "Per Olofsson", "Remiss till byaråden och Region Västerbotten."),
    ("adopted", "2024-04-22", "Per Olofsson", "KF § 38."),
    ("implementation", "2024-05-02", "Maria Lindqvist", ""),
    ("follow_up", "2025-03-10", "Maria Lindqvist", "Första årliga uppföljningen."),
    ("implementation", "2025-04-01", "Maria Lindqvist", ""),
    ("follow_up", "2026-03-12", "Jonas Eriksson", "Andra årliga uppföljningen i KS."),
    ("implementation", "2026-04-01", "Jonas Eriksson", ""),
]

NOTES = [
    (
        "follow_up",
        "2026-11-24",
        "Avstämning inför årets uppföljning",
        "Tio av 28 åtgärder är genomförda. Drivmedelsstationen i Gargnäs är försenad: "
        "leverantören av pumparna har flyttat leveransen till januari. Laddstolparna i "
        "Sorsele blir klara före jul.",
    ),
    (
        "meeting",
        "2026-10-08",
        "Möte med byarådet i Ammarnäs",
        "Byarådet vill ha apoteksombud i servicepunkten. Handlaren kan ta det om kommunen "
        "står för utbildningen.\n\nAtt göra: kontakta Apoteket om ombudsavtal.",
    ),
    (
        "decision",
        "2026-09-14",
        "KS beslut om driftstöd",
        "Kommunstyrelsen beslutade (§ 112, dnr KS 2026/0331) att söka särskilt driftstöd "
        "för butiken i Blattniksele även 2027.",
    ),
    (
        "dialogue",
        "2026-06-03",
        "Dialog med Region Västerbotten",
        "Regionen följer upp serviceplanerna i länet under hösten och vill ha vår status "
        "senast 1 december.",
    ),
    (
        "follow_up",
        "2026-03-12",
        "Uppföljning i kommunstyrelsen",
        "Planen följdes upp i KS. Sju av tolv åtgärder som skulle vara klara var genomförda.",
    ),
]

OTHERS = [
    # code, stage, adopted, revise by, follow-up, actions (done, open, late)
    ("2481", "implementation", "2023-11-20", "2027-12-31", "2027-02-15", (6, 4, 1)),  # Lycksele
    ("2421", "follow_up", "2022-06-13", "2026-12-31", "2026-12-15", (9, 2, 2)),  # Storuman
    ("2418", "consultation", None, None, None, (0, 5, 0)),  # Malå
    ("2417", "draft", None, None, None, (0, 3, 0)),  # Norsjö
    ("2404", "adopted", "2026-10-19", "2030-06-30", "2027-10-01", (0, 8, 0)),  # Vindeln
    ("2480", "revision", "2020-05-25", "2026-06-30", None, (12, 1, 1)),  # Umeå
    ("2462", "mapping", None, None, None, (0, 0, 0)),  # Vilhelmina
]


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def build_demo(session: Session) -> None:
    """Sorsele's plan with goals, 30 actions, its history and notes; a few neighbours."""
    from servicepunkt_gui.core import actions, notes, plans

    plan = plans.create_plan(
        session,
        SORSELE,
        plans.PlanInput(
            title="Serviceplan för Sorsele kommun 2024–2027",
            first_year=2024,
            last_year=2027,
            adopted_by="municipal_council",
            adopted_on=dt.date(2024, 4, 22),
            paragraph="§ 38",
            case_number="KS 2023/0412",
            revise_by=dt.date(2027, 6, 30),
            next_follow_up=dt.date(2027, 3, 15),
        ),
        OFFICIAL,
        today=dt.date(2023, 1, 10),
    )
    for stage, day, who, comment in STEPS:
        plans.set_stage(session, plan.id, stage, who, dt.date.fromisoformat(day), comment)
    leaves: list[str] = []  # the sub-goals, and goals without any: where actions go
    for title, subs in GOALS.items():
        goal = actions.add_goal(session, plan.id, title)
        leaves.extend(
            [actions.add_goal(session, plan.id, s, goal.id).id for s in subs] or [goal.id]
        )
    for title, leaf, who, deadline, cost, financing, status in ACTIONS:
        actions.add_action(
            session,
            plan.id,
            actions.ActionInput(
                title=title,
                responsible=who,
                deadline=dt.date.fromisoformat(deadline),
                cost_sek=cost,
                financing=financing,
                status=status,
                goal_id=leaves[leaf],
            ),
        )
    for category, day, title, body in NOTES:
        notes.create_note(
            session,
            SORSELE,
            notes.NoteInput(body, title, category, _day(day), OFFICIAL, plan_id=plan.id),
        )
    for code, stage, adopted, revise, follow_up, (done, open_, late) in OTHERS:
        other = plans.create_plan(
            session,
            code,
            plans.PlanInput(
                title="Kommunal serviceplan",
                first_year=2023,
                last_year=2027,
                adopted_by="municipal_council" if adopted else None,
                adopted_on=_day(adopted),
                revise_by=_day(revise),
                next_follow_up=_day(follow_up),
            ),
            OFFICIAL,
            today=dt.date(2023, 1, 9),
        )
        plans.set_stage(session, other.id, stage, OFFICIAL, dt.date(2025, 5, 5))
        for number in range(done + open_ + late):
            state = "done" if number < done else "in_progress"
            late_on = TODAY - dt.timedelta(days=40) if number >= done + open_ else None
            actions.add_action(
                session,
                other.id,
                actions.ActionInput(f"Åtgärd {number + 1}", status=state, deadline=late_on),
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep-pdf", type=Path, help="also keep the PDFs in this folder")
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from servicepunkt_gui.core.export_scope import ExportScope, resolve_codes
    from servicepunkt_gui.core.report import follow_up_report, status_report
    from servicepunkt_gui.export.pdf_report import write_pdf
    from servicepunkt_gui.export.report_layout import follow_up_document, status_document
    from servicepunkt_gui.store import open_store

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 1
    shots = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = open_store(work / "demo.sqlite3")
        with database.session() as session:
            build_demo(session)
        with database.session() as session:
            follow = follow_up_report(
                session, SORSELE, notes_from=None, notes_to=None, today=TODAY, written_by=OFFICIAL
            )
            codes = resolve_codes(session, ExportScope(county_code="24"))
            status = status_report(
                session, codes, today=TODAY, written_by=OFFICIAL, title="Västerbottens län"
            )
        database.close()
        pdfs = {"follow-up": follow_up_document(follow), "status": status_document(status)}
        for name, document in pdfs.items():
            pdf = work / f"report-{name}.pdf"
            pages = write_pdf(document, pdf)
            last = 2 if name == "follow-up" else 1
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", str(last), str(pdf),
                 str(work / f"report-{name}-page")],
                check=True,
            )  # fmt: skip
            for number in range(1, min(last, pages) + 1):
                made = next(work.glob(f"report-{name}-page-*{number}.png"))
                shutil.copyfile(made, shots / f"report-{name}-page-{number}.png")
            if arguments.keep_pdf is not None:
                arguments.keep_pdf.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(pdf, arguments.keep_pdf / pdf.name)
            print(f"{name}: {pages} pages")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
