"""A backup holds the register of serviceställen, and a restore brings it back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from servicepunkt_gui.core.backup import make_backup, restore_backup
from servicepunkt_gui.core.db import Database, open_database
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
    TodoMark,
)

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only

SORSELE = "2422"
TABLES = (
    "service_place",
    "place_status_change",
    "agreement",
    "agreement_payment",
    "grant_case",
    "todo_mark",
)


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }


def test_a_backup_holds_places_agreements_and_grants_and_a_restore_brings_them_back(
    database: Database,
) -> None:
    with database.session() as session:
        place = ServicePlace(
            municipality_code=SORSELE, name="Ammarnäs Livs", latitude=65.96, longitude=16.21
        )
        session.add(place)
        session.flush()
        agreement = Agreement(
            municipality_code=SORSELE,
            place_id=place.id,
            starts_on=dt.date(2026, 1, 1),
            ends_on=dt.date(2028, 12, 31),
        )
        session.add_all(
            [
                agreement,
                PlaceStatusChange(
                    place_id=place.id, status="opened", changed_on=dt.date(2011, 5, 1)
                ),
                GrantCase(
                    municipality_code=SORSELE,
                    place_id=place.id,
                    grant_type="home_delivery_grant",
                    decider="region",
                    first_year=2026,
                    last_year=2026,
                ),
                TodoMark(key="x:y:2026-01-01", municipality_code=SORSELE),
            ]
        )
        session.flush()
        session.add(
            AgreementPayment(
                agreement_id=agreement.id, paid_on=dt.date(2026, 3, 31), amount_sek=7500
            )
        )
    # Still in the -wal: the backup API copies what is committed, wherever it is.
    backup = make_backup(database.file, "manual")
    saved = _rows(backup)
    assert all(saved[table] for table in TABLES)
    with database.session() as session:
        found = session.get(ServicePlace, place.id)
        assert found is not None
        session.delete(found)  # CASCADE: its agreements, payments and history go too
    assert _rows(database.file)["agreement_payment"] == []
    database.close()
    restore_backup(database.file, backup)
    assert _rows(database.file) == saved
    reopened = open_database(database.file)
    try:
        with reopened.read_session() as session:
            back = session.get(ServicePlace, place.id)
            assert back is not None and back.name == "Ammarnäs Livs"
    finally:
        reopened.close()
