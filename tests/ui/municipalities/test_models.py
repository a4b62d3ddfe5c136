"""Qt's model tester checks the custom item models against the model/view contract."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.municipalities import list_municipalities
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.municipalities.municipality_model import (
    CODE_ROLE,
    Column,
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


def test_municipality_model_keeps_its_rows_in_list_order(
    qtmodeltester: ModelTester, db_path: Path
) -> None:
    """The source model sorts (the proxy only filters); persistent indexes follow the rows."""
    database = open_store(db_path)
    with database.session() as session:
        rows = list_municipalities(session)
    database.close()
    source = MunicipalityTableModel(rows)
    proxy = MunicipalityFilterModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(source)
    qtmodeltester.check(proxy)

    def names() -> list[str]:
        return [source.municipality(row).name for row in range(source.rowCount())]

    botkyrka = QPersistentModelIndex(source.index(source.row_for_code("0127") or 0, Column.NAME))
    ascending = names()
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names() == ascending[::-1]
    assert proxy.sortColumn() == -1  # the proxy shows the source's order as it is
    assert [proxy.index(row, Column.NAME).data() for row in range(3)] == names()[:3]
    assert botkyrka.row() == source.row_for_code("0127")
    assert botkyrka.data(CODE_ROLE) == "0127" and botkyrka.data() == "Botkyrka"

    # A replaced row moves to its place: more notes, then "mine" (first by default).
    proxy.sort(Column.NOTES, Qt.SortOrder.AscendingOrder)
    ale = source.municipality(source.row_for_code("1440") or 0)
    source.replace_row(replace(ale, note_count=7))
    assert names()[0] == "Ale" and source.index(0, Column.NOTES).data() == "7"
    upsala = source.municipality(source.row_for_code("0380") or 0)
    source.replace_row(replace(upsala, is_mine=True))
    assert names()[:2] == ["Uppsala", "Ale"]
    assert source.index(0, Column.MINE).data() == "★"
    source.set_mine_first(False)
    assert names()[:2] == ["Ale", "Alingsås"]
    assert botkyrka.data() == "Botkyrka" and botkyrka.row() == source.row_for_code("0127")
    proxy.set_only_mine(True)
    assert proxy.rowCount() == 1
    source.replace_row(
        replace(source.municipality(source.row_for_code("0380") or 0), is_mine=False)
    )
    assert proxy.rowCount() == 0  # a changed row is filtered again


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
