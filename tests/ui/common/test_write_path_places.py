"""The write sites of the register, grants and Att göra, under every kind of storage failure.

As tests/ui/common/test_write_path.py does for notes and plans: the failure is injected under
SQLite, and each case checks that the official sees the one message for that kind, once, and
that what they typed is still on screen and nothing stored was changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import grants, municipalities, places, plans
from servicepunkt_gui.core.errors import StorageProblem
from servicepunkt_gui.core.todo import list_todo
from servicepunkt_gui.ui.common.write_path import problem_message, problem_title
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.storage_faults import SQLITE_FAULTS, inject_storage_problem
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, type_text

CODE, NAME = "2284", "Örnsköldsvik"
TYPED = "Servicepunkt Bredbyn – ännu inte sparad"
TODAY = dt.date.today()


@dataclass
class Site:
    prepare: Callable[[MainWindow, QtBot], None]
    write: Callable[[MainWindow, QtBot], None]
    kept: Callable[[MainWindow], None]


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _places(window: MainWindow) -> list[str]:
    return [p.name for p in window.context.writes.read(lambda s: places.list_places(s, CODE))]


def _type_new_place(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.detail.places
    _click(qtbot, panel.new_button)
    type_text(panel.form.texts["name"], TYPED)


def _new_place_kept(window: MainWindow) -> None:
    assert _places(window) == []
    assert window.detail.places.form.texts["name"].text() == TYPED


def _stored_place(window: MainWindow, qtbot: QtBot) -> None:
    window.context.writes.write(
        window, lambda s: places.create_place(s, CODE, places.PlaceInput(name="Bjästa Livs"))
    )
    panel = window.detail.places
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.place is not None)


def _place_still_there(window: MainWindow) -> None:
    assert _places(window) == ["Bjästa Livs"]


def _grants(window: MainWindow) -> list[grants.GrantRow]:
    return window.context.writes.read(lambda s: grants.list_grants(s, CODE))


def _type_new_grant(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.detail.grants
    _click(qtbot, panel.new_button)
    type_text(panel.form.title_edit, TYPED)


def _new_grant_kept(window: MainWindow) -> None:
    assert _grants(window) == []
    assert window.detail.grants.form.title_edit.text() == TYPED


def _stored_grant(window: MainWindow, qtbot: QtBot) -> None:
    year = TODAY.year
    values = grants.GrantInput(
        grant_type="service_grant",
        decider="region",
        place_id=None,
        title="Servicebidrag",
        first_year=year,
        last_year=year,
        status="planned",
        needs_plan=True,
    )
    window.context.writes.write(window, lambda s: grants.create_grant(s, CODE, values))
    panel = window.detail.grants
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.view.selectRow(0)


def _grant_still_there(window: MainWindow) -> None:
    assert [g.title for g in _grants(window)] == ["Servicebidrag"]


def _todo_row(window: MainWindow, qtbot: QtBot) -> None:
    def seed(session: object) -> None:
        municipalities.set_mine(session, CODE, True)  # type: ignore[arg-type]
        plans.create_plan(
            session,  # type: ignore[arg-type]
            CODE,
            plans.PlanInput("Serviceplan", 2024, 2028, revise_by=TODAY + dt.timedelta(days=10)),
            "Anna",
        )

    window.context.writes.write(window, seed)
    panel = window.todo
    window.tabs.set_current_index(4)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)


def _todo_not_done(window: MainWindow) -> None:
    items = window.context.writes.read(lambda s: list_todo(s, [CODE], TODAY))
    assert len(items) == 1 and not items[0].done


SITES: dict[str, Site] = {
    "new place": Site(
        _type_new_place,
        lambda w, q: _click(q, w.detail.places.form.save_button),
        _new_place_kept,
    ),
    "delete place": Site(
        _stored_place, lambda w, q: w.detail.places.delete_place(), _place_still_there
    ),
    "new grant case": Site(
        _type_new_grant,
        lambda w, q: _click(q, w.detail.grants.form.save_button),
        _new_grant_kept,
    ),
    "delete grant case": Site(
        _stored_grant, lambda w, q: w.detail.grants.delete_grant(), _grant_still_there
    ),
    "mark a to-do row done": Site(
        _todo_row, lambda w, q: _click(q, w.todo.done_button), _todo_not_done
    ),
}


@pytest.mark.parametrize("problem", list(SQLITE_FAULTS))
@pytest.mark.parametrize("site", list(SITES))
def test_a_storage_failure_is_explained_and_loses_nothing(
    site: str,
    problem: StorageProblem,
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
) -> None:
    answers.delete_answer = True
    answers.confirm_answer = True
    window = open_window(db_path)
    choose_municipality(qtbot, window, NAME)
    SITES[site].prepare(window, qtbot)
    database = window.context.writes.database

    with inject_storage_problem(database, problem):
        SITES[site].write(window, qtbot)

    assert answers.errors == [
        (problem_title(problem), problem_message(problem, str(database.file)))
    ]
    SITES[site].kept(window)
