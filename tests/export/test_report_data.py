"""A follow-up report of Sorsele with many actions and awkward text, for the report writers'
tests (``fill_sorsele``), and the report documents built from it (``report_layout``)."""

from __future__ import annotations

import datetime as dt

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.export_scope import ExportScope, resolve_codes
from servicepunkt_gui.core.report import FollowUpReport, StatusReport, follow_up_report
from servicepunkt_gui.core.report import status_report as read_status
from servicepunkt_gui.core.vocabulary import ActionStatus, NoteCategory, PlanStage
from servicepunkt_gui.export.report_layout import (
    Bullets,
    GroupRow,
    Heading,
    KeyValues,
    Paragraph,
    Table,
    clean,
    follow_up_document,
    status_document,
)
from servicepunkt_gui.export.report_words import kronor, long_date, short_date

TODAY = dt.date(2026, 12, 2)
SORSELE = "2422"
LONG_WORD = "Servicepunktsutvecklingsprojektet" * 12  # 396 letters, no space
ODD = "Café ✅🚚 👨‍👩‍👧 Ame\u0301lie مرحبا بالعالم שלום Ωmega"
STATUSES = [ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED]


def action_title(number: int) -> str:
    return f"Åtgärd nummer {number:02d} i Sorsele"


def fill_sorsele(database: Database, count: int = 80, odd: bool = True) -> None:
    """Sorsele's current plan with two goals, ``count`` actions and notes; ``odd`` adds a
    very long word and emoji, combining accents and right-to-left text in several places."""
    with database.session() as session:
        plan = plans.create_plan(
            session,
            SORSELE,
            plans.PlanInput(
                "Serviceplan för Sorsele kommun 2024–2027",
                2024,
                2027,
                adopted_by="municipal_council",
                adopted_on=dt.date(2024, 4, 22),
                paragraph="§ 38",
                case_number="KS 2023/0412",
                revise_by=dt.date(2027, 6, 30),
                next_follow_up=dt.date(2027, 3, 15),
            ),
            "Maria Lindqvist",
            today=dt.date(2023, 1, 10),
        )
        plans.set_stage(session, plan.id, PlanStage.ADOPTED, "Per Olofsson", dt.date(2024, 4, 22))
        plans.set_stage(
            session,
            plan.id,
            PlanStage.IMPLEMENTATION,
            "Jonas Eriksson",
            dt.date(2024, 5, 2),
            ODD if odd else "Genomförandet börjar.",
        )
        shops = actions.add_goal(session, plan.id, "Butiker inom 20 km")
        ammarnas = actions.add_goal(session, plan.id, "Butiken i Ammarnäs finns kvar", shops.id)
        parcels = actions.add_goal(session, plan.id, "Paket nära hemmet")
        for number in range(1, count + 1):
            deadline = TODAY + dt.timedelta(days=(number % 7 - 3) * 20)
            title = action_title(number)
            if odd and number == 5:
                title = f"{title} {LONG_WORD}"
            if odd and number == 6:
                title = f"{title} {ODD}"
            actions.add_action(
                session,
                plan.id,
                actions.ActionInput(
                    title,
                    responsible="Näringslivskontoret" if number % 2 else "Landsbygdsutvecklare",
                    deadline=deadline,
                    cost_sek=number * 12_500,
                    financing="home_delivery_grant" if number % 3 else "service_grant",
                    status=STATUSES[number % 3],
                    goal_id=(ammarnas.id, parcels.id, None)[number % 3],
                ),
            )
        bodies = [
            ("Möte med byarådet", "Byarådet vill ha apoteksombud.\n\nAtt göra: ring Apoteket."),
            ("Uppföljning i KS", "Sju av tolv åtgärder genomförda."),
        ]
        if odd:
            bodies.append((ODD, f"{LONG_WORD}\n{ODD}\x07 slut"))
        for day, (title, body) in enumerate(bodies, start=1):
            notes.create_note(
                session,
                SORSELE,
                notes.NoteInput(
                    body, title, NoteCategory.MEETING, dt.date(2026, day, 10), "Maria Lindqvist"
                ),
            )


def sorsele_report(database: Database) -> FollowUpReport:
    with database.session() as session:
        return follow_up_report(
            session,
            SORSELE,
            notes_from=None,
            notes_to=None,
            today=TODAY,
            written_by="Maria Lindqvist",
        )


def county_report(database: Database) -> StatusReport:
    with database.session() as session:
        codes = resolve_codes(session, ExportScope(county_code="24"))
        return read_status(
            session, codes, today=TODAY, written_by="Maria Lindqvist", title="Västerbottens län"
        )


def test_words() -> None:
    assert long_date(dt.date(2026, 12, 2)) == "2 december 2026"
    assert long_date(dt.date(2027, 1, 31)) == "31 januari 2027"
    assert long_date(None) == "–"
    assert short_date(dt.date(2026, 3, 5)) == "2026-03-05"
    assert kronor(12_500) == "12\u00a0500\u00a0kr"
    assert kronor(0) == "0\u00a0kr"
    assert kronor(1_250_000) == "1\u00a0250\u00a0000\u00a0kr"
    assert kronor(None) == "–"
    assert clean("a\x00b\x07c\r\nd\re\tf\ud800") == "abc\nd\ne\tf"


def test_follow_up_document(store: Database) -> None:
    fill_sorsele(store, count=9, odd=False)
    document = follow_up_document(sorsele_report(store))
    assert document.title == "Årlig uppföljning av serviceplan"
    assert "Sorsele kommun" in document.header
    assert document.footer == "Skriven 2 december 2026"
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    assert headings[:4] == ["Serviceplan", "Skeden", "Mål och delmål", "Åtgärder"]
    facts = dict(pair for b in document.blocks if isinstance(b, KeyValues) for pair in b.pairs)
    assert facts["Skede"] == "Genomförande"
    assert facts["Antagen av"] == "Kommunfullmäktige (KF)"
    assert facts["Antagen"] == "22 april 2024"
    assert facts["Diarienummer"] == "KS 2023/0412"
    assert facts["Ansvarig för revidering"].startswith("Jonas Eriksson")
    goals = next(b for b in document.blocks if isinstance(b, Bullets))
    assert goals.items == (
        (0, "1 Butiker inom 20 km"),
        (1, "1.1 Butiken i Ammarnäs finns kvar"),
        (0, "2 Paket nära hemmet"),
    )
    table = [b for b in document.blocks if isinstance(b, Table)][-1]
    assert [c.title for c in table.columns][:3] == ["Åtgärd", "Ansvarig", "Klart senast"]
    assert abs(sum(c.share for c in table.columns) - 1) < 1e-9
    groups = [row.text for row in table.rows if isinstance(row, GroupRow)]
    assert groups == [
        "Mål 1.1 Butiken i Ammarnäs finns kvar",
        "Mål 2 Paket nära hemmet",
        "Åtgärder utan mål",
    ]
    lines = [row for row in table.rows if not isinstance(row, GroupRow)]
    assert len(lines) == 9
    assert table.total is not None
    assert table.total[3].text == kronor(sum(n * 12_500 for n in range(1, 10)))
    words = {line[0].text: (line[5].text, line[6].text) for line in lines}
    # 2026-12-02 + (n % 7 - 3) * 20 days; done every third (n % 3 == 0).
    assert words[action_title(1)] == ("Försenad", "Röd")  # 40 days ago, in progress
    assert words[action_title(3)] == ("Genomförd", "Grön")
    assert words[action_title(4)] == ("Pågår", "Gul")  # in 20 days
    assert words[action_title(5)] == ("Ej påbörjad", "Grön")  # in 40 days
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert any("Att göra: ring Apoteket." in text for text in paragraphs)


def test_follow_up_document_without_a_plan(store: Database) -> None:
    document = follow_up_document(sorsele_report(store))
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert "Kommunen har ingen aktuell serviceplan registrerad." in texts
    assert "Inga anteckningar under perioden." in texts


def test_status_document(store: Database) -> None:
    fill_sorsele(store, count=9, odd=False)
    document = status_document(county_report(store))
    assert document.landscape
    stages, rows = [b for b in document.blocks if isinstance(b, Table)]
    assert [row[0].text for row in stages.rows if not isinstance(row, GroupRow)][:3] == [
        "Ej påbörjad",
        "Kartläggning",
        "Dialog",
    ]
    assert stages.total is not None and stages.total[1].text == "15"
    sorsele = next(r for r in rows.rows if not isinstance(r, GroupRow) and r[0].text == "Sorsele")
    assert sorsele[2].text == "Genomförande"
    assert sorsele[7].text == "3 av 9"
