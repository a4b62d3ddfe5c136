"""Places, agreements and grant cases in the trash dialog: shown, restored, deleted for good."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import trash
from servicepunkt_gui.core.models import utc_now
from servicepunkt_gui.core.place_models import Agreement, GrantCase, ServicePlace
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.safety.test_trash_forever import Questions, open_trash, questions  # noqa: F401

SORSELE = "2422"


def fill(window: MainWindow) -> dict[str, str]:
    """A place in the trash with an agreement (also in the trash) and a grant case for it."""
    with window.context.writes.database.session() as session:
        place = ServicePlace(municipality_code=SORSELE, name="Ammarnäs Livs")
        session.add(place)
        session.flush()
        agreement = Agreement(
            municipality_code=SORSELE,
            place_id=place.id,
            starts_on=dt.date(2026, 1, 1),
            ends_on=dt.date(2028, 12, 31),
            deleted_at=utc_now() - dt.timedelta(minutes=5),
        )
        grant = GrantCase(
            municipality_code=SORSELE,
            place_id=place.id,
            grant_type="home_delivery_grant",
            decider="region",
            title="Hemsändning 2026",
            first_year=2026,
            last_year=2026,
            deleted_at=utc_now() - dt.timedelta(minutes=3),
        )
        session.add_all([agreement, grant])
        place.deleted_at = utc_now()
        session.flush()
        return {"place": place.id, "agreement": agreement.id, "grant": grant.id}


def _row_of(dialog: object, record_id: str) -> int:
    table = dialog.table  # type: ignore[attr-defined]
    for row in range(table.rowCount()):
        item = table.item(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        if item.id == record_id:
            return int(row)
    raise AssertionError(record_id)


def test_the_new_kinds_are_shown_and_an_agreement_brings_its_place_back(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    ids = fill(window)
    dialog = open_trash(qtbot, window)
    assert dialog.table.rowCount() == 3
    kinds = {dialog.table.item(row, 2).text() for row in range(3)}
    assert len(kinds) == 3 and not kinds & {"place", "agreement", "grant"}
    agreement_row = _row_of(dialog, ids["agreement"])
    title = dialog.table.item(agreement_row, 3).text()
    assert "2026-01-01–2028-12-31, Ammarnäs Livs" in title
    assert dialog.table.item(agreement_row, 1).text() == "Sorsele"
    grant_title = dialog.table.item(_row_of(dialog, ids["grant"]), 3).text()
    assert grant_title.endswith("2026 Hemsändning 2026") and grant_title != "2026 Hemsändning 2026"

    dialog.table.selectRow(agreement_row)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1  # the place came back with its agreement
    left = window.context.writes.read(trash.list_trash)
    assert [item.id for item in left] == [ids["grant"]]
    assert answers.errors == []


def test_a_place_deleted_for_good_leaves_its_grant_cases_to_the_municipality(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    questions: Questions,  # noqa: F811
) -> None:
    window = open_window(db_path)
    ids = fill(window)
    with window.context.writes.database.session() as session:
        grant = session.get(GrantCase, ids["grant"])
        assert grant is not None
        grant.deleted_at = None  # a grant case in use, not in the trash
    dialog = open_trash(qtbot, window)
    dialog.table.selectRow(_row_of(dialog, ids["place"]))
    questions.answer = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert questions.about_one == ["Ammarnäs Livs"]
    assert dialog.table.rowCount() == 0  # its agreement went with it
    with window.context.writes.database.read_session() as session:
        assert session.get(ServicePlace, ids["place"]) is None
        assert session.get(Agreement, ids["agreement"]) is None
        kept = session.get(GrantCase, ids["grant"])
        assert kept is not None and kept.place_id is None
    assert answers.errors == []
