"""Att göra in the real window: my municipalities' dates, done, snooze, open, calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, plans
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.core.place_models import Agreement, ServicePlace
from servicepunkt_gui.core.todo import TodoKind
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.shell.main_window import TODO_TAB, MainWindow
from servicepunkt_gui.ui.todo import TodoPanel
from servicepunkt_gui.ui.todo.todo_model import TodoColumn
from tests.ui.conftest import DialogRecorder, OpenWindow

ORNSKOLDSVIK, KIRUNA = "2284", "2584"
TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def fill(path: Path, mine: bool = True) -> dict[str, str]:
    """Örnsköldsvik (mine): a plan to revise, an action, an agreement; Kiruna: a plan."""
    database = open_store(path)
    with database.session() as session:
        plan = plans.create_plan(
            session,
            ORNSKOLDSVIK,
            plans.PlanInput("Serviceplan Örnsköldsvik", 2025, 2028, revise_by=days(-12)),
            "Eva",
        )
        action = actions.add_action(
            session,
            plan.id,
            actions.ActionInput("Paketombud i Trehörningsjö", responsible="Per", deadline=days(5)),
        )
        place = ServicePlace(municipality_code=ORNSKOLDSVIK, name="Lanthandeln i Bredbyn")
        session.add(place)
        session.flush()
        agreement = Agreement(
            municipality_code=ORNSKOLDSVIK,
            place_id=place.id,
            starts_on=days(-300),
            ends_on=days(20),
            payment_interval="yearly",
            responsible="Lars",
        )
        session.add(agreement)
        session.flush()
        plans.create_plan(
            session,
            KIRUNA,
            plans.PlanInput("Serviceplan Kiruna", 2025, 2028, next_follow_up=days(1)),
            "Olle",
        )
        if mine:
            set_mine(session, ORNSKOLDSVIK, True)
        ids = {"plan": plan.id, "action": action.id, "agreement": agreement.id}
    database.close()
    return ids


def show_todo(qtbot: QtBot, window: MainWindow) -> TodoPanel:
    window.tabs.set_current_index(TODO_TAB)
    panel = window.todo
    qtbot.waitUntil(panel.isVisible)
    return panel


def column(panel: TodoPanel, which: TodoColumn) -> list[str]:
    model = panel.model
    return [str(model.index(row, which).data()) for row in range(model.rowCount())]


def kinds(panel: TodoPanel) -> list[TodoKind]:
    return [item.kind for item in panel.model.items()]


def test_my_municipalities_dates_are_listed(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    fill(db_path)
    panel = show_todo(qtbot, open_window(db_path))
    assert panel.scope.mine.isChecked()
    # Agreement's end and its yearly payment fall on the same day, after the action.
    assert kinds(panel) == [
        TodoKind.PLAN_REVISION,
        TodoKind.ACTION_DEADLINE,
        TodoKind.AGREEMENT_END,
        TodoKind.AGREEMENT_PAYMENT,
    ]
    assert column(panel, TodoColumn.DATE)[0] == days(-12).isoformat()
    assert set(column(panel, TodoColumn.MUNICIPALITY)) == {"Örnsköldsvik"}
    assert column(panel, TodoColumn.TITLE)[:2] == [
        "Serviceplan Örnsköldsvik",
        "Paketombud i Trehörningsjö",
    ]
    assert column(panel, TodoColumn.OWNER)[1:3] == ["Per", "Lars"]
    when = column(panel, TodoColumn.WHEN)
    assert "12" in when[0] and "5" in when[1] and when[0] != when[1]
    assert not panel.scope.no_mine_label.isVisible()
    panel.scope.all.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert "Kiruna" in column(panel, TodoColumn.MUNICIPALITY)
    panel.scope.horizon.setCurrentIndex(0)  # only what is overdue
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)


def test_done_hides_a_row_and_show_done_brings_it_back(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    fill(db_path)
    panel = show_todo(qtbot, open_window(db_path))
    action_key = panel.model.items()[1].key
    assert panel.select_key(action_key)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert panel.model.row_of(action_key) is None
    # The row that took its place is selected, for the keyboard.
    assert panel.selected_items() == [panel.model.item(1)]
    panel.scope.show_done.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert panel.select_key(action_key)
    done = panel.selected_items()
    assert [item.done for item in done] == [True]
    assert not panel.snooze_button.isEnabled()
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)  # now "Undo done"
    qtbot.waitUntil(lambda: not panel.model.item(1).done)
    assert panel.selected_items()[0].key == action_key  # the selection kept


def test_double_click_opens_the_record(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    ids = fill(db_path)
    window = open_window(db_path)
    panel = show_todo(qtbot, window)
    index = panel.model.index(1, TodoColumn.TITLE)
    rect = panel.table.visualRect(index)
    with qtbot.waitSignal(panel.record_requested) as opened:
        # A double click as a mouse makes it: a press, and then the second press.
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["action", ids["action"], ORNSKOLDSVIK]
    qtbot.waitUntil(lambda: window.tabs.current_index() == 0)  # the municipality's page
    assert window.detail.municipality is not None
    assert window.detail.municipality.code == ORNSKOLDSVIK


def test_enter_opens_the_agreement(qtbot: QtBot, open_window: OpenWindow, db_path: Path) -> None:
    ids = fill(db_path)
    panel = show_todo(qtbot, open_window(db_path))
    agreement_end = next(i for i in panel.model.items() if i.kind is TodoKind.AGREEMENT_END)
    panel.select_key(agreement_end.key)
    panel.table.setFocus()
    with qtbot.waitSignal(panel.record_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == ["agreement", ids["agreement"], ORNSKOLDSVIK]


def test_snooze_for_a_month_hides_the_row(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    fill(db_path)
    panel = show_todo(qtbot, open_window(db_path))
    key = panel.model.items()[0].key
    panel.select_key(key)
    qtbot.mouseClick(panel.snooze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.snooze_dialog is not None and panel.snooze_dialog.isVisible())
    dialog = panel.snooze_dialog
    assert dialog is not None
    dialog.on_date.setChecked(True)
    dialog.date_field.setText(TODAY.isoformat())  # today is no snooze: refused beside the field
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.problem_label.isVisible()
    dialog.month.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: panel.model.row_of(key) is None)
    assert panel.model.rowCount() == 3


def test_a_new_date_elsewhere_appears_and_the_selection_stays(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    ids = fill(db_path)
    window = open_window(db_path)
    panel = show_todo(qtbot, window)
    key = panel.model.items()[1].key
    panel.select_key(key)
    window.context.writes.write(
        window,
        lambda s: actions.add_action(
            s, ids["plan"], actions.ActionInput("Ny laddpunkt", deadline=days(-30))
        ),
    )
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert panel.model.items()[0].title == "Ny laddpunkt"
    assert [item.key for item in panel.selected_items()] == [key]


def test_without_mine_the_panel_says_so_and_offers_one(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    fill(db_path, mine=False)
    panel = show_todo(qtbot, open_window(db_path))
    assert panel.model.rowCount() == 0
    assert panel.scope.no_mine_label.isVisible()
    qtbot.mouseClick(panel.scope.choose_one_button, Qt.MouseButton.LeftButton)
    assert panel.scope.one.isChecked()
    combo = panel.scope.municipality
    combo.setCurrentIndex(combo.findData(KIRUNA))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert column(panel, TodoColumn.MUNICIPALITY) == ["Kiruna"]
    assert not panel.scope.no_mine_label.isVisible()


def test_the_calendar_export_holds_the_rows_shown(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder, tmp_path: Path
) -> None:
    fill(db_path)
    panel = show_todo(qtbot, open_window(db_path))
    answers.save_path = tmp_path / "min kalender"  # the suffix is added
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "min kalender.ics"
    assert panel.last_export == written and answers.file_questions
    calendar = Calendar.from_ical(written.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Att göra – Mina kommuner"
    events = list(calendar.walk("VEVENT"))
    assert [event.decoded("DTSTART") for event in events] == [
        item.due for item in panel.model.items()
    ]
    assert str(events[1]["SUMMARY"]) == (
        "Åtgärdens slutdatum: Paketombud i Trehörningsjö (Örnsköldsvik)"
    )
    assert answers.errors == []


def test_a_calendar_that_cannot_be_written_is_explained(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder, tmp_path: Path
) -> None:
    fill(db_path)
    panel = show_todo(qtbot, open_window(db_path))
    answers.save_path = tmp_path / "saknas" / "kalender.ics"
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert len(answers.errors) == 1
    assert panel.last_export is None
    assert not (tmp_path / "saknas").exists()


def test_a_change_made_while_hidden_is_read_when_shown(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    ids = fill(db_path)
    window = open_window(db_path)
    panel = show_todo(qtbot, window)
    window.tabs.set_current_index(0)
    qtbot.waitUntil(lambda: not panel.isVisible())
    window.context.writes.write(
        window,
        lambda s: actions.add_action(
            s, ids["plan"], actions.ActionInput("Medan fliken var dold", deadline=days(2))
        ),
    )
    assert panel.model.rowCount() == 4  # not read while nobody looks
    show_todo(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)


def test_ctrl_c_copies_the_selected_rows(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    fill(db_path)
    panel = show_todo(qtbot, open_window(db_path))
    panel.select_key(panel.model.items()[1].key)
    panel.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Paketombud i Trehörningsjö" in QGuiApplication.clipboard().text())
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2  # the header and the row
    assert days(5).isoformat() in lines[1]
