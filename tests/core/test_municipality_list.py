"""The municipality list: Swedish order, note counts, "Mina kommuner"."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import MyMunicipality
from servicepunkt_gui.core.municipalities import (
    get_municipality,
    list_counties,
    list_municipalities,
    set_mine,
)
from servicepunkt_gui.core.notes import NoteInput, create_note, delete_note
from servicepunkt_gui.core.text import fold, swedish_sort_key


def _names(database: Database) -> list[str]:
    with database.session() as session:
        return [row.name for row in list_municipalities(session)]


def _mine_rows(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(MyMunicipality)) or 0


def test_all_290_municipalities_in_swedish_order(database: Database, data_dir: Path) -> None:
    names = _names(database)
    with (data_dir / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        shipped = {row["municipality_name_short"] for row in csv.DictReader(handle)}

    assert len(names) == 290
    assert set(names) == shipped
    assert names[:3] == ["Ale", "Alingsås", "Alvesta"]
    assert names[-3:] == ["Östra Göinge", "Överkalix", "Övertorneå"]
    assert names == sorted(names, key=swedish_sort_key)


def test_a_with_ring_comes_after_z_and_before_a_umlaut(database: Database) -> None:
    names = _names(database)
    are = names.index("Åre")
    after_latin = [i for i, name in enumerate(names) if name[0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    assert are > max(after_latin)
    assert are < names.index("Älmhult") < names.index("Örebro")
    assert names.index("Ydre") < names.index("Åmål")
    # Inside a word too: Östersund, Österåker, Östhammar.
    assert names.index("Östersund") < names.index("Österåker") < names.index("Östhammar")


def test_row_fields(database: Database) -> None:
    with database.session() as session:
        row = get_municipality(session, "0114")
    assert row is not None
    assert row.code == "0114"
    assert row.name == "Upplands Väsby"
    assert row.official_name == "Upplands Väsby kommun"
    assert row.county_code == "01"
    assert row.county_name == "Stockholms län"
    assert (row.role, row.unit, row.collaboration_group) == (None, None, None)
    assert (row.note_count, row.is_mine) == (0, False)
    assert row.search_keys == ("upplands vasby", "0114")


def test_programme_roles_in_list(database: Database) -> None:
    with database.session() as session:
        rows = list_municipalities(session)
    roles = {row.name: row.role for row in rows if row.role}
    assert sum(1 for role in roles.values() if role == "pilot") == 15
    assert sum(1 for role in roles.values() if role == "ambassador") == 5
    assert roles["Örnsköldsvik"] == "ambassador"
    assert roles["Arjeplog"] == "pilot"
    kalmar = next(row for row in rows if row.code == "0880")
    assert kalmar.unit == "Södermöre kommundelsnämnd"


def test_list_selected_codes(database: Database) -> None:
    with database.session() as session:
        rows = list_municipalities(session, ["2284", "0114", "1290", "9999"])
        none = list_municipalities(session, [])
    assert [row.name for row in rows] == ["Kristianstad", "Upplands Väsby", "Örnsköldsvik"]
    assert none == []


def test_get_unknown_municipality_is_none(database: Database) -> None:
    with database.session() as session:
        assert get_municipality(session, "9999") is None


def test_note_count_follows_notes(database: Database) -> None:
    with database.session() as session:
        first = create_note(session, "2506", NoteInput(body="Ett", concerns_date=dt.date.today()))
        create_note(session, "2506", NoteInput(body="Två"))
        create_note(session, "1730", NoteInput(body="Eda"))
    with database.session() as session:
        counts = {row.code: row.note_count for row in list_municipalities(session)}
    assert counts["2506"] == 2
    assert counts["1730"] == 1
    assert sum(counts.values()) == 3

    with database.session() as session:
        delete_note(session, first.id)
    with database.session() as session:
        arjeplog = get_municipality(session, "2506")
    assert arjeplog is not None
    assert arjeplog.note_count == 1


def test_set_mine_on_and_off_is_idempotent(database: Database) -> None:
    with database.session() as session:
        set_mine(session, "2482", True)
        set_mine(session, "2482", True)
    with database.session() as session:
        set_mine(session, "2482", True)
    assert _mine_rows(database) == 1
    with database.session() as session:
        rows = list_municipalities(session)
    assert [row.code for row in rows if row.is_mine] == ["2482"]
    assert len(rows) == 290  # marking does not duplicate rows in the list

    with database.session() as session:
        set_mine(session, "2482", False)
    with database.session() as session:
        set_mine(session, "2482", False)
        set_mine(session, "0114", False)  # never marked: nothing happens
    assert _mine_rows(database) == 0
    with database.session() as session:
        row = get_municipality(session, "2482")
    assert row is not None
    assert row.is_mine is False


def test_several_mine(database: Database) -> None:
    with database.session() as session:
        for code in ("2417", "2418", "2482"):
            set_mine(session, code, True)
    with database.session() as session:
        mine = [row.name for row in list_municipalities(session) if row.is_mine]
    assert mine == ["Malå", "Norsjö", "Skellefteå"]


def test_counties_sorted_swedish(database: Database) -> None:
    with database.session() as session:
        counties = list_counties(session)
    names = [county.name for county in counties]
    assert len(counties) == 21
    assert names[0] == "Blekinge län"
    assert names[-2:] == ["Örebro län", "Östergötlands län"]
    assert names.index("Gotlands län") < names.index("Gävleborgs län")
    assert names.index("Västra Götalands län") < names.index("Örebro län")
    stockholm = next(county for county in counties if county.code == "01")
    assert (stockholm.name, stockholm.short_name) == ("Stockholms län", "Stockholm")


def test_search_keys_fold_swedish_letters(database: Database) -> None:
    with database.session() as session:
        row = get_municipality(session, "2284")
    assert row is not None
    assert row.search_keys == (fold("Örnsköldsvik"), "2284")
    assert row.search_keys[0] == "ornskoldsvik"
