"""An official keeps a real service plan in the window; a coordinator sees the overview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.pages import PlanSection
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.municipalities.municipality_model import Column
from servicepunkt_gui.ui.plans import stage_dialog
from servicepunkt_gui.ui.plans.actions_model import ActionColumn
from servicepunkt_gui.ui.plans.stage_dialog import StageChoice
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import (
    add_note,
    choose_municipality,
    list_row_of,
    shown_name,
    type_text,
    visible_names,
)


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _set_stage(
    monkeypatch: pytest.MonkeyPatch, stage: str, day: dt.date, comment: str = ""
) -> None:
    monkeypatch.setattr(
        stage_dialog, "ask_stage_change", lambda _parent, _current: StageChoice(stage, day, comment)
    )


def _edit_cell(window: MainWindow, action_id: str, column: ActionColumn, value: object) -> bool:
    """Edit one cell of the actions table, as typing into it and pressing Enter does."""
    panel = window.detail.plans.actions_panel
    row = panel.model.row_of(action_id)
    assert row is not None
    index = panel.proxy.mapFromSource(panel.model.index(row, column))
    return panel.proxy.setData(index, value)


def _master_cell(window: MainWindow, name: str, column: Column) -> str:
    proxy = window.master.proxy
    return str(proxy.index(list_row_of(window, name), column).data() or "")


def test_keep_a_real_plan_end_to_end(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    qtbot.mouseClick(window.detail.header.mine_button, Qt.MouseButton.LeftButton)
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans
    assert panel.stack.currentIndex() == 0  # "no plan recorded" explained

    # A plan adopted by kommunfullmäktige, with § and diarienummer.
    _click(qtbot, panel.new_plan_button)
    qtbot.waitUntil(lambda: panel.plan is not None)
    form = panel.form
    form.title_edit.clear()
    type_text(form.title_edit, "Serviceplan för Eda 2025–2030")
    form.first_year.setValue(2025)
    form.last_year.setValue(2030)
    form.adopted_by.setCurrentIndex(form.adopted_by.findText("Kommunfullmäktige (KF)"))
    type_text(form.adopted_on, "2025-03-24")
    type_text(form.paragraph, "§ 45")
    type_text(form.case_number, "KS 2024/0815")
    type_text(form.next_follow_up, (dt.date.today() + dt.timedelta(days=10)).isoformat())
    type_text(form.document, "https://eda.se/serviceplan.pdf")
    assert "Öppna plandokumentet" in form.document_link.text()
    _click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: not form.save_button.isEnabled())

    # Through the stages, and back to revision, keeping the history.
    for stage, day in (
        ("mapping", dt.date(2024, 6, 1)),
        ("draft", dt.date(2024, 11, 1)),
        ("adopted", dt.date(2025, 3, 24)),
        ("revision", dt.date(2026, 1, 15)),
    ):
        _set_stage(monkeypatch, stage, day, "KF § 45" if stage == "adopted" else "")
        _click(qtbot, panel.stage_box.change_stage_button)
    qtbot.waitUntil(lambda: panel.stage_box.stage_label.text() == "Revidering")
    timeline = [
        panel.stage_box.timeline.item(i).text() for i in range(panel.stage_box.timeline.count())
    ]
    assert timeline[0].startswith("2026-01-15  ·  Revidering")
    assert any("Antagen" in line and "KF § 45" in line for line in timeline)
    assert len(timeline) == 5

    # Goals, then a dozen actions edited in place.
    panel.tabs.set_current_index(2)
    _click(qtbot, panel.goals_panel.add_goal_button)
    goal_item = panel.goals_panel.tree.currentItem()
    goal_item.setText(0, "Dagligvaror inom 20 minuter")
    _click(qtbot, panel.goals_panel.add_sub_goal_button)
    panel.goals_panel.tree.currentItem().setText(0, "Hemsändning i hela kommunen")
    assert panel.goals_panel.goal_titles() == [
        "Dagligvaror inom 20 minuter",
        "Hemsändning i hela kommunen",
    ]

    panel.tabs.set_current_index(1)
    actions_panel = panel.actions_panel
    for number in range(12):
        _click(qtbot, actions_panel.add_button)
        qtbot.waitUntil(lambda n=number: actions_panel.model.rowCount() == n + 1)
    ids = [actions_panel.model.action(row).id for row in range(12)]
    koppom = ids[0]
    goal_id = panel.goals_panel.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)
    assert _edit_cell(window, koppom, ActionColumn.TITLE, "Servicepunkt i Koppom")
    assert _edit_cell(window, koppom, ActionColumn.RESPONSIBLE, "Näringslivskontoret")
    assert _edit_cell(window, koppom, ActionColumn.COST, "120 000")
    assert _edit_cell(window, koppom, ActionColumn.FINANCING, "service_grant")
    assert _edit_cell(window, koppom, ActionColumn.GOAL, goal_id)
    row = actions_panel.model.row_of(koppom)
    assert row is not None
    assert actions_panel.model.index(row, ActionColumn.COST).data() == "120\u00a0000"
    assert actions_panel.model.index(row, ActionColumn.GOAL).data() == "Dagligvaror inom 20 minuter"

    # Invalid input is refused where it is typed, with the reason beside the table.
    assert not _edit_cell(window, koppom, ActionColumn.COST, "-5")
    assert actions_panel.message.text() == "Kostnaden kan inte vara negativ."
    assert not _edit_cell(window, koppom, ActionColumn.DEADLINE, "2026-02-30")
    assert actions_panel.message.text() == "Det datumet finns inte."

    # An action past its deadline and not done shows as delayed.
    assert _edit_cell(window, koppom, ActionColumn.DEADLINE, "2020-01-31")
    assert actions_panel.model.index(row, ActionColumn.STATUS).data() == "Försenad"
    for action_id in ids[1:4]:
        assert _edit_cell(window, action_id, ActionColumn.STATUS, "done")
    assert _master_cell(window, "Eda", Column.PROGRESS) == "3/12"
    assert _master_cell(window, "Eda", Column.STAGE) == "Revidering"

    # Sorting by title puts the renamed action among the others, in Swedish order.
    actions_panel.table.sortByColumn(ActionColumn.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [actions_panel.proxy.index(r, 0).data() for r in range(12)]
    assert titles[-1] == "Servicepunkt i Koppom"

    # Filter the table by status and by who is responsible.
    actions_panel.status_filter.setCurrentIndex(actions_panel.status_filter.findText("Försenad"))
    assert actions_panel.proxy.rowCount() == 1
    actions_panel.status_filter.setCurrentIndex(0)
    actions_panel.responsible_filter.setCurrentIndex(
        actions_panel.responsible_filter.findText("Näringslivskontoret")
    )
    assert actions_panel.proxy.rowCount() == 1
    actions_panel.responsible_filter.setCurrentIndex(0)

    # A note tied to the action, written from the action.
    actions_panel.select_action(koppom)
    _click(qtbot, actions_panel.new_note_button)
    qtbot.waitUntil(lambda: window.detail.tabs.current_index() == 0)
    assert window.detail.notes.editor.subject_combo.currentText() == "Åtgärd: Servicepunkt i Koppom"
    add_note(qtbot, window, "Handlaren i Koppom skriver på i mars.", 1)
    window.detail.tabs.set_current_index(1)
    actions_panel.select_action(koppom)
    assert actions_panel.notes_list.count() == 1
    assert "Handlaren i Koppom" in actions_panel.notes_list.item(0).text()

    # The overview counts the municipality at its stage and lists the follow-up.
    window.tabs.set_current_index(1)
    overview = window.overview
    assert overview.chart._overview is not None
    assert overview.chart._overview.total["revision"] == 1
    due = [overview.due_table.item(r, 1).text() for r in range(overview.due_table.rowCount())]
    assert "Eda" in due
    # Opening a due item goes to the municipality, even when a search hides it.
    window.master.search_edit.setText("Umeå")
    overview.due_table.itemActivated.emit(overview.due_table.item(due.index("Eda"), 0))
    qtbot.waitUntil(lambda: window.tabs.current_index() == 0)
    assert shown_name(window) == "Eda"
    assert "Eda" in visible_names(window)
    assert window.close()

    # Start again on the same file: everything is there.
    again = open_window(db_path)
    assert shown_name(again) == "Eda"
    again_panel = again.detail.plans
    assert again_panel.plan is not None
    assert again_panel.plan.values.case_number == "KS 2024/0815"
    assert again_panel.plan.values.adopted_by == "municipal_council"
    assert [h.stage for h in again_panel.plan.history][-1] == "revision"
    assert again_panel.actions_panel.model.rowCount() == 12
    assert again_panel.goals_panel.goal_titles()[0] == "Dagligvaror inom 20 minuter"
    assert _master_cell(again, "Eda", Column.PROGRESS) == "3/12"


def test_plan_fields_say_what_is_wrong_and_nothing_invalid_is_saved(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Ydre")
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans
    _click(qtbot, panel.new_plan_button)
    qtbot.waitUntil(lambda: panel.plan is not None)
    form = panel.form
    form.first_year.setValue(2030)
    form.last_year.setValue(2025)
    form.case_number.setText("hej")
    form.revise_by.setText("2026-02-30")
    errors = {key: label.text() for key, label in form._errors.items() if label.isVisible()}
    assert errors["last_year"] == "Perioden kan inte sluta innan den börjar."
    assert errors["case_number"].startswith("Skriv diarienumret som ”KS 2024/0815”")
    assert errors["revise_by"] == "Det datumet finns inte."
    _click(qtbot, form.save_button)
    assert panel.plan.values.last_year != 2025
    stored = panel.plan.id
    window.detail.plans._reread(select_id=stored)
    assert panel.plan.values.case_number == ""


def test_master_list_filters_by_stage_and_overdue_follow_up(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    for name, follow_up in (("Sorsele", "2020-05-01"), ("Sunne", "")):
        choose_municipality(qtbot, window, name)
        window.detail.tabs.set_current_index(1)
        panel = window.detail.plans
        _click(qtbot, panel.new_plan_button)
        qtbot.waitUntil(lambda p=panel: p.plan is not None)
        if follow_up:
            panel.form.next_follow_up.setText(follow_up)
            _click(qtbot, panel.form.save_button)
        _set_stage(monkeypatch, "adopted", dt.date(2025, 1, 1))
        _click(qtbot, panel.stage_box.change_stage_button)
    window.master.search_edit.clear()
    window.master.stage_combo.setCurrentIndex(window.master.stage_combo.findText("Antagen"))
    assert visible_names(window) == ["Sorsele", "Sunne"]
    assert window.count_label.text() == "Visar 2 av 290 kommuner"
    assert _master_cell(window, "Sorsele", Column.STAGE) == "⚠ Antagen"
    window.master.overdue_check.setChecked(True)
    assert visible_names(window) == ["Sorsele"]
    window.master.stage_combo.setCurrentIndex(window.master.stage_combo.findText("Alla skeden"))
    window.master.overdue_check.setChecked(False)
    window.master.stage_combo.setCurrentIndex(
        window.master.stage_combo.findText("Ingen plan registrerad")
    )
    assert len(visible_names(window)) == 288


def test_the_plan_tab_behind_the_notes_is_filled_when_it_comes_forward(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opening a municipality does not fill a plan tab nobody looks at; showing it does."""
    database = open_store(db_path)
    with database.session() as session:
        plans.create_plan(session, "1730", plans.PlanInput("Serviceplan Eda", 2024, 2027), "Anna")
        other = plans.create_plan(
            session, "2284", plans.PlanInput("Serviceplan Örnsköldsvik", 2025, 2028), "Anna"
        )
    database.close()
    window = open_window(db_path)
    detail = window.detail
    choose_municipality(qtbot, window, "Eda")
    detail.tabs.set_current_index(1)
    panel = detail.plans
    assert panel.plan is not None and panel.plan.title == "Serviceplan Eda"

    filled: list[str] = []
    show_section = panel.show_section

    def counted(code: str, section: PlanSection) -> None:
        filled.append(code)
        show_section(code, section)

    monkeypatch.setattr(panel, "show_section", counted)
    detail.tabs.set_current_index(0)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    assert filled == []  # behind the notes: not filled on opening
    detail.tabs.set_current_index(1)
    assert filled == ["2284"]
    assert panel.plan is not None and panel.plan.title == "Serviceplan Örnsköldsvik"
    choose_municipality(qtbot, window, "Eda")  # in front: filled at once
    assert filled == ["2284", "1730"]
    choose_municipality(qtbot, window, "Örnsköldsvik")

    # A change made while the tab is behind the notes is there when it comes forward.
    detail.tabs.set_current_index(0)
    choose_municipality(qtbot, window, "Eda")
    choose_municipality(qtbot, window, "Örnsköldsvik")
    assert window.context.writes.write_done(None, lambda s: plans.delete_plan(s, other.id))
    assert detail.plans.plan is None  # asked for directly, it is filled at once
    detail.tabs.set_current_index(1)
    assert panel.plan is None and panel.stack.currentIndex() == 0


def test_choose_file_starts_in_the_documents_folder(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def get_open_file_name(_parent: object, _title: str, folder: str = "") -> tuple[str, str]:
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Ydre")
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans
    qtbot.waitUntil(panel.isVisible)
    _click(qtbot, panel.new_plan_button)
    qtbot.waitUntil(panel.form.isEnabled)
    _click(qtbot, panel.form.browse_button)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [documents or str(Path.home())]
    (tmp_path / "planer").mkdir()
    panel.form.document.setText(str(tmp_path / "planer" / "serviceplan.pdf"))
    _click(qtbot, panel.form.browse_button)
    assert asked[-1] == str(tmp_path / "planer")


def test_ctrl_n_puts_the_cursor_in_the_title(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Ydre")
    qtbot.keyClick(window.master.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.detail.notes.editor.title_edit.hasFocus)
