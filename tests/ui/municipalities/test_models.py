"""Qt's model tester checks the custom item models against the model/view contract."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.modeltest import ModelTester

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.municipalities import list_municipalities
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.municipalities.municipality_model import (
    MunicipalityFilterModel,
    MunicipalityTableModel,
    RoleFilter,
)
from servicepunkt_gui.ui.notes.notes_model import PAGE_SIZE, NotesListModel


def test_municipality_models(qtmodeltester: ModelTester, db_path: Path) -> None:
    database = open_store(db_path)
    with database.session() as session:
        rows = list_municipalities(session)
    database.close()
    source = MunicipalityTableModel(rows)
    qtmodeltester.check(source)
    proxy = MunicipalityFilterModel()
    proxy.setSourceModel(source)
    proxy.sort(1)
    proxy.set_query("å")
    proxy.set_role(RoleFilter.PILOT)
    qtmodeltester.check(proxy)


def test_notes_model_pages(qtmodeltester: ModelTester, db_path: Path) -> None:
    database = open_store(db_path)
    with database.session() as session:
        for day in range(PAGE_SIZE + 30):
            notes.create_note(
                session,
                "2506",
                notes.NoteInput(
                    f"Anteckning {day}", concerns_date=dt.date(2020, 1, 1) + dt.timedelta(day)
                ),
            )

    def load(offset: int, limit: int) -> list[notes.NoteSummary]:
        with database.session() as session:
            return notes.list_notes(session, "2506", offset, limit)

    model = NotesListModel()
    model.load(load, PAGE_SIZE + 30)
    # Only the first page is read until the view asks for more.
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 30
    assert not model.canFetchMore()
    database.close()
