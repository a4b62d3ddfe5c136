"""The register's tables in the export (core.tables_places through core.tables): Swedish
titles and words, typed columns, the trash left out, the next payment, the plan risk, and
real .xlsx and .csv files read back."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
)
from servicepunkt_gui.core.swedish_words import PLACE_SERVICE_WORDS, word_list
from servicepunkt_gui.core.tables import COLUMNS, SHEET_NAMES, TableKind, export_sheets
from servicepunkt_gui.core.tables import sheet_by_kind as by_kind
from servicepunkt_gui.export.csv_file import write_csv
from servicepunkt_gui.export.sheets import CellKind, Sheet
from servicepunkt_gui.export.xlsx_file import KRONOR_FORMAT, write_xlsx

TODAY = dt.date(2026, 12, 2)
SORSELE, ORNSKOLDSVIK = "2422", "2284"
AMMARNAS = "Handlar'n i Ammarnäs"
GARGNAS = "Servicepunkt Gargnäs"
GONE = "Nedlagda butiken i Blattniksele"
REGISTER = (TableKind.PLACES, TableKind.AGREEMENTS, TableKind.PAYMENTS, TableKind.GRANTS)


@dataclass(frozen=True)
class Register:
    ammarnas: str
    gargnas: str
    gone: str


def fill_register(database: Database, plan: str = "none") -> Register:
    """Sorsele's register, written through the models: two places and one in the trash, an
    agreement running (ten payments made), one to come, one of the trashed place, one in
    the trash; grant cases of the municipality and of the places, one in the trash; and a
    place in Örnsköldsvik. ``plan``: "none", "overdue" (revise by 30 June 2026) or "current"."""
    with database.session() as s:
        if plan != "none":
            revise_by = dt.date(2026, 6, 30) if plan == "overdue" else dt.date(2028, 6, 30)
            made = plans.create_plan(
                s,
                SORSELE,
                plans.PlanInput(
                    "Serviceplan 2022–2028",
                    2022,
                    2028,
                    adopted_by="municipal_council",
                    adopted_on=dt.date(2022, 5, 2),
                    revise_by=revise_by,
                ),
                "Maria Lindqvist",
                today=dt.date(2022, 1, 10),
            )
            plans.set_stage(s, made.id, "adopted", "Maria Lindqvist", dt.date(2022, 5, 2))
        ammarnas = ServicePlace(
            municipality_code=SORSELE,
            name=AMMARNAS,
            kind="grocery_store",
            locality="Ammarnäs",
            address="Tjulträskvägen 1",
            latitude=65.9606,
            longitude=16.2081,
            operator_name="Ammarnäs Livs AB",
            org_number="556036-0793",
            contact_person="Eva Berg",
            phone="0952-600 00",
            email="eva@example.se",
            services="groceries_full parcel_agent pharmacy_agent cash_withdrawal home_delivery",
            other_service="Systembolagsombud",
            staffed=True,
            hours_per_week=52.5,
            last_shop=True,
            nearest_km=87.3,
            nearest_source="Pipos Serviceanalys 2025",
            strategic=True,
            service_level="Servicepunkt med dagligvaror",
            source="pipos",
            source_id="P-1234",
        )
        gargnas = ServicePlace(
            municipality_code=SORSELE,
            name=GARGNAS,
            kind="service_point",
            locality="Gargnäs",
            services="internet information meeting_place",
        )
        gone = ServicePlace(
            municipality_code=SORSELE,
            name=GONE,
            kind="grocery_store",
            deleted_at=dt.datetime(2026, 2, 1, 9, 0),
        )
        bredbyn = ServicePlace(
            municipality_code=ORNSKOLDSVIK, name="Köpmannen i Bredbyn", kind="grocery_store"
        )
        s.add_all([ammarnas, gargnas, gone, bredbyn])
        s.flush()
        s.add_all(
            [
                PlaceStatusChange(
                    place_id=ammarnas.id, status="opened", changed_on=dt.date(1998, 5, 1)
                ),
                PlaceStatusChange(
                    place_id=ammarnas.id, status="threatened", changed_on=dt.date(2026, 3, 1)
                ),
            ]
        )
        running = Agreement(
            municipality_code=SORSELE,
            place_id=ammarnas.id,
            starts_on=dt.date(2024, 1, 1),
            ends_on=dt.date(2026, 12, 31),
            extension_terms="Ett år i taget",
            tasks="information home_delivery meeting_place",
            fee_per_task_sek=10_000,
            payment_interval="quarterly",
            case_number="KS 2023/0815",
            responsible="Maria Lindqvist",
        )
        coming = Agreement(
            municipality_code=SORSELE,
            place_id=gargnas.id,
            starts_on=dt.date(2027, 1, 1),
            ends_on=dt.date(2029, 12, 31),
            tasks="information connectivity activities",
            other_task="Laddning av elcykel",
            fee_per_task_sek=8_000,
            payment_interval="yearly",
        )
        of_gone = Agreement(
            municipality_code=SORSELE,
            place_id=gone.id,
            starts_on=dt.date(2024, 1, 1),
            ends_on=dt.date(2026, 12, 31),
            tasks="information",
        )
        trashed = Agreement(
            municipality_code=SORSELE,
            place_id=ammarnas.id,
            starts_on=dt.date(2021, 1, 1),
            ends_on=dt.date(2023, 12, 31),
            tasks="information",
            deleted_at=dt.datetime(2026, 1, 5, 10, 0),
        )
        s.add_all([running, coming, of_gone, trashed])
        s.flush()
        quarter_ends = [(3, 31), (6, 30), (9, 30), (12, 31)]
        paid_on = [dt.date(y, m, d) for y in (2024, 2025, 2026) for m, d in quarter_ends][:10]
        s.add_all(
            AgreementPayment(agreement_id=running.id, paid_on=day, amount_sek=7_500)
            for day in paid_on
        )
        s.add(AgreementPayment(agreement_id=of_gone.id, paid_on=dt.date(2024, 3, 31), amount_sek=1))
        s.add(AgreementPayment(agreement_id=trashed.id, paid_on=dt.date(2021, 3, 31), amount_sek=2))

        def grant(**values: Any) -> None:
            s.add(GrantCase(**{"municipality_code": SORSELE, "decider": "region", **values}))

        grant(
            grant_type="service_grant",
            place_id=ammarnas.id,
            title="Servicebidrag 2026",
            first_year=2026,
            last_year=2026,
            deadline=dt.date(2026, 3, 31),
            sent_on=dt.date(2026, 3, 20),
            decider_case_number="RUN 2026/123",
            applied_sek=250_000,
            granted_sek=200_000,
            decided_on=dt.date(2026, 5, 15),
            conditions="Öppet året runt",
            responsible="Maria Lindqvist",
            status="granted",
        )
        grant(
            grant_type="home_delivery_grant",
            title="Hemsändning 2025",
            first_year=2025,
            last_year=2025,
            applied_sek=60_000,
            granted_sek=60_000,
            paid_sek=60_000,
            status="paid",
            households=40,
            deliveries=900,
            net_cost_sek=120_000,
        )
        grant(
            grant_type="special_operating_support",
            place_id=gone.id,
            first_year=2026,
            last_year=2026,
            applied_sek=300_000,
            status="applied",
        )
        grant(
            grant_type="investment_support",
            place_id=gargnas.id,
            decider="county_board",
            title="Ny kyldisk",
            first_year=2027,
            last_year=2027,
            status="planned",
        )
        grant(
            grant_type="municipal_support",
            decider="municipality",
            title="Kommunalt driftbidrag",
            first_year=2026,
            last_year=2026,
            granted_sek=50_000,
            status="granted",
            needs_plan=False,
        )
        grant(
            grant_type="other",
            title="I papperskorgen",
            first_year=2026,
            last_year=2026,
            status="planned",
            deleted_at=dt.datetime(2026, 4, 1, 8, 0),
        )
    return Register(ammarnas.id, gargnas.id, gone.id)


def sheets_of(database: Database, scope: ExportScope | None = None) -> list[Sheet]:
    with database.session() as s:
        return export_sheets(s, scope or ExportScope(), TODAY)


def table(sheets: list[Sheet], kind: TableKind) -> list[dict[str, Any]]:
    sheet = by_kind(sheets, kind)
    titles = [c.title for c in sheet.columns]
    return [dict(zip(titles, row, strict=True)) for row in sheet.rows]


SORSELE_ONLY = ExportScope(municipality_codes=(SORSELE,))


def test_four_more_sheets_in_swedish_with_typed_columns(database: Database) -> None:
    fill_register(database)
    sheets = sheets_of(database)
    names = [sheet.name for sheet in sheets]
    assert names[-4:] == ["Serviceställen", "Avtal", "Utbetalningar", "Stöd"]
    for kind in REGISTER:
        sheet = by_kind(sheets, kind)
        assert sheet.name == SHEET_NAMES[kind] and sheet.columns == COLUMNS[kind]
        assert all(len(row) == len(sheet.columns) for row in sheet.rows)
        assert len({c.title for c in sheet.columns}) == len(sheet.columns)
    kinds = {c.title: c.kind for c in by_kind(sheets, TableKind.AGREEMENTS).columns}
    assert kinds["Årsersättning"] is CellKind.KRONOR and kinds["Från"] is CellKind.DATE
    assert kinds["Nästa utbetalning"] is CellKind.DATE
    grants = {c.title: c.kind for c in by_kind(sheets, TableKind.GRANTS).columns}
    assert grants["Beviljat"] is CellKind.KRONOR and grants["Kräver plan"] is CellKind.YES_NO
    assert grants["Från år"] is CellKind.INTEGER and grants["Hushåll"] is CellKind.INTEGER
    assert TableKind("places") is TableKind.PLACES  # the command line's --table words
    assert [k.value for k in REGISTER] == ["places", "agreements", "payments", "grants"]


def test_places_one_column_per_service(database: Database) -> None:
    fill_register(database)
    rows = table(sheets_of(database), TableKind.PLACES)
    assert [(r["Kommun"], r["Namn"]) for r in rows] == [
        ("Sorsele", AMMARNAS),
        ("Sorsele", GARGNAS),
        ("Örnsköldsvik", "Köpmannen i Bredbyn"),
    ]  # in Swedish order of the municipalities; the place in the trash is left out
    ammarnas = rows[0]
    assert ammarnas["Typ"] == "Dagligvarubutik" and ammarnas["Ort"] == "Ammarnäs"
    assert (ammarnas["Latitud"], ammarnas["Longitud"]) == ("65.960600", "16.208100")
    assert ammarnas["Organisationsnummer"] == "556036-0793"
    assert ammarnas["Dagligvaror (fullsortiment)"] == "Ja"
    assert ammarnas["Paketombud"] == "Ja" and ammarnas["Apoteksombud"] == "Ja"
    assert ammarnas["Drivmedel"] is None and ammarnas["Dagligvaror (begränsat sortiment)"] is None
    assert ammarnas["Annan service"] == "Systembolagsombud"
    assert ammarnas["Bemannad"] is True and ammarnas["Sista butiken på orten"] is True
    assert ammarnas["Öppettimmar per vecka"] == "52,5"
    assert ammarnas["Avstånd till närmaste (km)"] == "87,3"
    assert ammarnas["Strategiskt viktig"] is True
    assert ammarnas["Senaste status"] == "Hotad"
    assert ammarnas["Status sedan"] == dt.date(2026, 3, 1)
    assert (ammarnas["Källa"], ammarnas["Källans id"]) == ("Pipos Serviceanalys", "P-1234")
    gargnas = rows[1]
    offered = [title for title in PLACE_SERVICE_WORDS.values() if gargnas[title] == "Ja"]
    assert offered == ["Internet", "Information", "Mötesplats"]  # in checklist order
    assert gargnas["Latitud"] is None and gargnas["Senaste status"] is None
    assert gargnas["Bemannad"] is False and gargnas["Öppettimmar per vecka"] is None


def test_agreements_fee_paid_so_far_and_next_payment(database: Database) -> None:
    fill_register(database)
    rows = table(sheets_of(database, SORSELE_ONLY), TableKind.AGREEMENTS)
    # The agreement in the trash and the one of the place in the trash are left out.
    assert [r["Serviceställe"] for r in rows] == [AMMARNAS, GARGNAS]
    running, coming = rows
    assert running["Uppdrag"] == "Information, Hemsändning, Mötesplats"
    assert running["Antal uppdrag"] == 3 and running["Ersättning per uppdrag"] == 10_000
    assert running["Årsersättning"] == 30_000
    assert running["Utbetalning"] == "Varje kvartal"
    assert running["Utbetalt hittills"] == 75_000  # ten quarters of 7 500 kr
    assert running["Nästa utbetalning"] == dt.date(2026, 9, 30)  # the eleventh quarter
    assert running["Förlängning"] == "Ett år i taget"
    assert (running["Från"], running["Till"]) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert coming["Uppdrag"] == "Information, Uppkoppling, Aktiviteter, Laddning av elcykel"
    assert coming["Antal uppdrag"] == 4 and coming["Årsersättning"] == 32_000
    assert coming["Utbetalning"] == "En gång om året"
    assert coming["Utbetalt hittills"] == 0
    assert coming["Nästa utbetalning"] == dt.date(2027, 12, 31)


def test_payments_one_row_each(database: Database) -> None:
    fill_register(database)
    rows = table(sheets_of(database, SORSELE_ONLY), TableKind.PAYMENTS)
    assert len(rows) == 10  # none of the trashed agreement nor of the trashed place
    assert {r["Serviceställe"] for r in rows} == {AMMARNAS}
    assert rows[0]["Utbetald"] == dt.date(2024, 3, 31) and rows[0]["Belopp"] == 7_500
    assert rows[0]["Avtalsperiod"] == "2024-01-01 – 2026-12-31"
    assert rows[0]["Avtalets diarienummer"] == "KS 2023/0815"


@pytest.mark.parametrize(
    ("plan", "words"),
    [
        ("none", "Kommunen har ingen serviceplan"),
        ("overdue", "Serviceplanen skulle ha reviderats senast 2026-06-30"),
        ("current", None),
    ],
)
def test_grants_with_their_plan_risk(database: Database, plan: str, words: str | None) -> None:
    fill_register(database, plan)
    rows = table(sheets_of(database, SORSELE_ONLY), TableKind.GRANTS)
    assert [(r["Från år"], r["Typ"]) for r in rows] == [
        (2025, "Hemsändningsbidrag"),
        (2026, "Servicebidrag"),
        (2026, "Särskilt driftstöd"),
        (2026, "Kommunalt stöd"),
        (2027, "Investeringsstöd"),
    ]  # the case in the trash is left out
    home, service, special, municipal, investment = rows
    assert service["Sökande"] == AMMARNAS and home["Sökande"] == "Kommunen"
    assert special["Sökande"] == ""  # the applicant place is in the trash
    assert service["Beslutas av"] == "Region" and investment["Beslutas av"] == "Länsstyrelsen"
    assert service["Status"] == "Beviljad" and home["Status"] == "Utbetald"
    assert (service["Sökt"], service["Beviljat"], service["Utbetalt"]) == (250_000, 200_000, None)
    assert service["Sista ansökningsdag"] == dt.date(2026, 3, 31)
    assert service["Diarienummer"] == "RUN 2026/123"
    assert (home["Hushåll"], home["Leveranser"], home["Nettokostnad"]) == (40, 900, 120_000)
    assert service["Kräver plan"] is True and municipal["Kräver plan"] is False
    # Open cases that need a plan carry the risk; a paid one and one needing none do not.
    assert [r["Planrisk"] for r in rows] == [None, words, words, None, words]


def test_the_scope_limits_the_register(database: Database) -> None:
    fill_register(database)
    sheets = sheets_of(database, ExportScope(municipality_codes=(ORNSKOLDSVIK,)))
    assert [r["Namn"] for r in table(sheets, TableKind.PLACES)] == ["Köpmannen i Bredbyn"]
    for kind in (TableKind.AGREEMENTS, TableKind.PAYMENTS, TableKind.GRANTS):
        assert table(sheets, kind) == []
    with database.session() as s:
        only = export_sheets(s, SORSELE_ONLY, TODAY, kinds={TableKind.GRANTS})
    assert [sheet.name for sheet in only] == ["Stöd"]


def test_an_empty_register_gives_empty_sheets(database: Database) -> None:
    sheets = sheets_of(database)
    for kind in REGISTER:
        assert by_kind(sheets, kind).rows == []


def test_written_to_xlsx_and_read_back(database: Database, tmp_path: Path) -> None:
    fill_register(database)
    path = tmp_path / "Servicepunkt.xlsx"
    write_xlsx(path, sheets_of(database, SORSELE_ONLY))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-4:] == ["Serviceställen", "Avtal", "Utbetalningar", "Stöd"]
    places = book["Serviceställen"]
    header = [cell.value for cell in places[1]]
    assert header[:3] == ["Kommun", "Namn", "Typ"]
    assert places.auto_filter.ref == f"A1:{places.cell(1, len(header)).column_letter}3"
    assert places.freeze_panes == "A2"
    ammarnas = dict(zip(header, (cell.value for cell in places[2]), strict=True))
    assert ammarnas["Namn"] == AMMARNAS and ammarnas["Paketombud"] == "Ja"
    assert ammarnas["Drivmedel"] is None  # an empty cell: the filter's "(Tomma)"
    assert ammarnas["Bemannad"] == "Ja" and ammarnas["Latitud"] == "65.960600"
    assert isinstance(ammarnas["Status sedan"], dt.datetime)
    agreements = book["Avtal"]
    titles = [cell.value for cell in agreements[1]]
    row = dict(zip(titles, agreements[2], strict=True))
    assert row["Årsersättning"].value == 30_000
    assert row["Årsersättning"].number_format == KRONOR_FORMAT
    assert row["Utbetalt hittills"].number_format == KRONOR_FORMAT
    assert row["Nästa utbetalning"].value == dt.datetime(2026, 9, 30)
    assert row["Nästa utbetalning"].number_format == "yyyy-mm-dd"
    assert agreements.auto_filter.ref is not None
    grants = book["Stöd"]
    titles = [cell.value for cell in grants[1]]
    values = [dict(zip(titles, (c.value for c in r), strict=True)) for r in grants.iter_rows(2)]
    service = next(v for v in values if v["Typ"] == "Servicebidrag")
    assert service["Beviljat"] == 200_000 and service["Från år"] == 2026
    assert service["Planrisk"] == "Kommunen har ingen serviceplan"
    payments = book["Utbetalningar"]
    assert payments.max_row == 11  # a header and ten payments
    assert payments.cell(2, 6).value == 7_500
    assert payments.cell(2, 6).number_format == KRONOR_FORMAT


def test_written_to_csv_and_read_back(database: Database, tmp_path: Path) -> None:
    register = fill_register(database)
    assert register.gone
    sheets = sheets_of(database, SORSELE_ONLY)
    path = tmp_path / "stöd.csv"
    write_csv(path, by_kind(sheets, TableKind.GRANTS))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    service = next(r for r in rows if r["Typ"] == "Servicebidrag")
    assert service["Beviljat"] == "200000" and service["Utbetalt"] == ""
    assert service["Kräver plan"] == "Ja" and service["Skickad"] == "2026-03-20"
    places = tmp_path / "serviceställen.csv"
    write_csv(places, by_kind(sheets, TableKind.PLACES))
    with places.open(encoding="utf-8-sig", newline="") as handle:
        listed = list(csv.DictReader(handle, delimiter=";"))
    assert [r["Namn"] for r in listed] == [AMMARNAS, GARGNAS]
    assert listed[0]["Paketombud"] == "Ja" and listed[0]["Drivmedel"] == ""
    assert listed[0]["Öppettimmar per vecka"] == "52,5"


def test_word_list() -> None:
    assert word_list(PLACE_SERVICE_WORDS, "fuel groceries_full") == (
        "Dagligvaror (fullsortiment), Drivmedel"
    )
    assert word_list(PLACE_SERVICE_WORDS, "", " ") == ""
    assert word_list(PLACE_SERVICE_WORDS, "fuel future_code", "Eget") == (
        "Drivmedel, future_code, Eget"
    )
