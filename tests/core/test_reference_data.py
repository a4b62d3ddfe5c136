"""Reference data: exactly what resources/data holds, updated without touching user rows."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import (
    County,
    Meta,
    Municipality,
    MyMunicipality,
    ProgrammeParticipation,
)
from servicepunkt_gui.core.municipalities import get_municipality, set_mine
from servicepunkt_gui.core.notes import NoteInput, create_note, get_note
from servicepunkt_gui.core.reference import (
    PILOT_PROGRAMME_ID,
    REFERENCE_VERSION_KEY,
    ReferenceCounts,
    data_version,
    ensure_reference_data,
    programme_info,
    reference_counts,
)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _programmes(data_dir: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((data_dir / "programmes.json").read_text("utf-8"))
    return document


def test_shipped_files_hold_290_municipalities_and_21_counties(data_dir: Path) -> None:
    municipalities = _csv_rows(data_dir / "municipalities.csv")
    counties = _csv_rows(data_dir / "counties.csv")
    assert len(municipalities) == 290
    assert len({m["municipality_code"] for m in municipalities}) == 290
    assert len(counties) == 21
    assert all(len(m["municipality_code"]) == 4 for m in municipalities)
    assert all(len(c["county_code"]) == 2 for c in counties)


def test_counties_match_csv_exactly(database: Database, data_dir: Path) -> None:
    expected = {
        (r["county_code"], r["county_name"], r["county_name_short"])
        for r in _csv_rows(data_dir / "counties.csv")
    }
    with database.session() as session:
        stored = {(c.code, c.name, c.short_name) for c in session.scalars(select(County))}
    assert stored == expected
    assert len(stored) == 21


def test_municipalities_match_csv_exactly(database: Database, data_dir: Path) -> None:
    expected = {
        (
            r["municipality_code"],
            r["municipality_name"],
            r["municipality_name_short"],
            r["county_code"],
        )
        for r in _csv_rows(data_dir / "municipalities.csv")
    }
    with database.session() as session:
        stored = {
            (m.code, m.name, m.short_name, m.county_code)
            for m in session.scalars(select(Municipality))
        }
    assert stored == expected
    assert len(stored) == 290
    # Leading zeros are kept: Stockholm county's codes start with "01".
    assert ("0180", "Stockholms kommun", "Stockholm", "01") in stored


def test_participations_match_programmes_json(database: Database, data_dir: Path) -> None:
    expected = {
        (
            p["programme"],
            p["municipality_code"],
            p["role"],
            p.get("unit"),
            p.get("collaboration_group"),
        )
        for p in _programmes(data_dir)["participants"]
    }
    with database.session() as session:
        stored = {
            (p.programme_id, p.municipality_code, p.role, p.unit, p.collaboration_group)
            for p in session.scalars(select(ProgrammeParticipation))
        }
    assert stored == expected


def test_pilot_programme_facts(database: Database) -> None:
    with database.session() as session:
        roles = [
            p.role
            for p in session.scalars(
                select(ProgrammeParticipation).where(
                    ProgrammeParticipation.programme_id == PILOT_PROGRAMME_ID
                )
            )
        ]
        kalmar = get_municipality(session, "0880")
        group = {code: get_municipality(session, code) for code in ("2417", "2418", "2482")}
        info = programme_info(session, PILOT_PROGRAMME_ID)

    assert roles.count("pilot") == 15
    assert roles.count("ambassador") == 5
    assert kalmar is not None
    assert kalmar.role == "pilot"
    assert kalmar.unit == "Södermöre kommundelsnämnd"
    assert {code: row.name for code, row in group.items() if row} == {
        "2417": "Norsjö",
        "2418": "Malå",
        "2482": "Skellefteå",
    }
    assert {row.collaboration_group for row in group.values() if row} == {"Norsjö/Malå/Skellefteå"}
    assert info is not None
    assert (info.name, info.organiser, info.start_year, info.end_year) == (
        "Pilotkommuner för serviceutveckling",
        "Tillväxtverket",
        2012,
        2015,
    )


def test_both_programmes_are_loaded(database: Database, data_dir: Path) -> None:
    with database.session() as session:
        for programme in _programmes(data_dir)["programmes"]:
            info = programme_info(session, programme["id"])
            assert info is not None
            assert info.name == programme["name_sv"]
        assert programme_info(session, "no-such-programme") is None


def test_reference_counts(database: Database) -> None:
    with database.session() as session:
        assert reference_counts(session) == ReferenceCounts(
            counties=21, municipalities=290, participations=20
        )


def test_loaded_version_is_recorded(database: Database, data_dir: Path) -> None:
    with database.session() as session:
        meta = session.get(Meta, REFERENCE_VERSION_KEY)
        assert meta is not None
        assert meta.value == data_version(data_dir)


def test_ensure_twice_loads_only_once(empty_database: Database, data_dir: Path) -> None:
    with empty_database.session() as session:
        assert ensure_reference_data(session, data_dir) is True
    with empty_database.session() as session:
        assert ensure_reference_data(session, data_dir) is False
        assert reference_counts(session).municipalities == 290


def _newer_data_dir(data_dir: Path, tmp_path: Path) -> Path:
    """A copy of the shipped data where Upplands Väsby (0114) got a new name, version bumped."""
    newer = tmp_path / "newer-data"
    shutil.copytree(data_dir, newer)
    csv_path = newer / "municipalities.csv"
    original = csv_path.read_text(encoding="utf-8")
    changed = original.replace(
        "0114,Upplands Väsby kommun,Upplands Väsby,01",
        "0114,Väsby stad kommun,Väsby stad,01",
    )
    assert changed != original
    csv_path.write_text(changed, encoding="utf-8")
    (newer / "version.txt").write_text(data_version(data_dir) + "-next\n", encoding="utf-8")
    return newer


def test_newer_reference_version_updates_names_and_keeps_user_rows(
    database: Database, data_dir: Path, tmp_path: Path
) -> None:
    with database.session() as session:
        note = create_note(
            session,
            "0114",
            NoteInput(
                body="Dialog med butiken i Frestaby om paketombud.",
                title="Paketombud",
                category="dialogue",
                concerns_date=dt.date(2024, 3, 14),
                author="Anna",
            ),
        )
        set_mine(session, "0114", True)
    with database.session() as session:
        mine_before = session.scalars(select(MyMunicipality)).one()
        mine_before_values = (
            mine_before.id,
            mine_before.municipality_code,
            mine_before.created_at,
            mine_before.updated_at,
        )

    newer = _newer_data_dir(data_dir, tmp_path)
    with database.session() as session:
        assert ensure_reference_data(session, newer) is True

    with database.session() as session:
        row = get_municipality(session, "0114")
        assert row is not None
        assert (row.name, row.official_name) == ("Väsby stad", "Väsby stad kommun")
        assert row.is_mine is True
        assert row.note_count == 1
        assert get_note(session, note.id) == note
        mine_after = session.scalars(select(MyMunicipality)).one()
        assert (
            mine_after.id,
            mine_after.municipality_code,
            mine_after.created_at,
            mine_after.updated_at,
        ) == mine_before_values
        assert reference_counts(session) == ReferenceCounts(21, 290, 20)
        meta = session.get(Meta, REFERENCE_VERSION_KEY)
        assert meta is not None
        assert meta.value == data_version(newer)

    with database.session() as session:
        assert ensure_reference_data(session, newer) is False
