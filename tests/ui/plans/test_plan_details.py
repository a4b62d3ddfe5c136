"""Issue 11 point 6 in the real window: case numbers as written, the history by date, the
adoption warning, the actions table at 1366 px, sub-goals in the goal choice, the cursor in
the title of what was made, and inline errors that neither linger nor push fields away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.vocabulary import ActionStatus
from servicepunkt_gui.ui.common.labels import action_status_label
from servicepunkt_gui.ui.plans import stage_dialog
from servicepunkt_gui.ui.plans.actions_model import ActionColumn
from servicepunkt_gui.ui.plans.goal_choice import DEPTH_ROLE, IndentedItems
from servicepunkt_gui.ui.plans.plan_panel import PlanPanel
from servicepunkt_gui.ui.plans.stage_dialog import StageChoice, StageDialog
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, type_text


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _new_plan(qtbot: QtBot, window: MainWindow, name: str = "Ydre") -> PlanPanel:
    choose_municipality(qtbot, window, name)
    window.detail.tabs.set_current_index(1)
    panel = window.detail.plans
    qtbot.waitUntil(panel.isVisible)
    _click(qtbot, panel.new_plan_button)
    qtbot.waitUntil(lambda: panel.plan is not None)
    return panel


def _laptop(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: window.width() == 1366)


def _set_stage(monkeypatch: pytest.MonkeyPatch, stage: str, day: dt.date) -> None:
    monkeypatch.setattr(
        stage_dialog, "ask_stage_change", lambda _parent, _current: StageChoice(stage, day, "")
    )


def _timeline(panel: PlanPanel) -> list[str]:
    timeline = panel.stage_box.timeline
    return [timeline.item(i).text() for i in range(timeline.count())]


def test_case_numbers_as_document_systems_write_them_are_saved(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    panel = _new_plan(qtbot, window)
    form = panel.form
    for written in ("KS/2025:0815", "KS-2025-00815", "2025/123", "KS 2025.123", "KS 2025/0815"):
        form.case_number.clear()
        type_text(form.case_number, written)
        assert not form._errors["case_number"].isVisible(), written
        _click(qtbot, form.save_button)
        qtbot.waitUntil(lambda w=written: panel.plan.values.case_number == w)
    form.case_number.clear()
    type_text(form.case_number, "hej")
    assert form._errors["case_number"].isVisible()


def test_the_history_is_shown_by_date_newest_first(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    panel = _new_plan(qtbot, window)
    # An older plan typed in today, its steps remembered in no particular order.
    for stage, day in (
        ("adopted", dt.date(2025, 3, 24)),
        ("mapping", dt.date(2024, 6, 1)),
        ("draft", dt.date(2024, 11, 1)),
    ):
        _set_stage(monkeypatch, stage, day)
        _click(qtbot, panel.stage_box.change_stage_button)
    qtbot.waitUntil(lambda: len(_timeline(panel)) == 4)
    assert [line.split("  ·  ")[:2] for line in _timeline(panel)] == [
        ["2025-03-24", "Antagen"],
        ["2024-11-01", "Utkast"],
        ["2024-06-01", "Kartläggning"],
        ["2024-06-01", "Ej påbörjad"],  # the plan was not started until its first step
    ]
    assert panel.stage_box.stage_label.text() == "Antagen"


def test_adoption_details_before_the_adopted_stage_are_warned_about_not_refused(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    panel = _new_plan(qtbot, window)
    form = panel.form
    warning = form.adoption_warning
    type_text(form.case_number, "KS 2024/0815")  # registered long before adoption
    assert not warning.isVisible()
    below = form.revise_by.mapTo(form, form.revise_by.rect().topLeft()).y()
    form.adopted_by.setCurrentIndex(form.adopted_by.findText("Kommunfullmäktige (KF)"))
    assert warning.isVisible()
    assert "Ej påbörjad" in warning.text()
    assert warning.textFormat() != Qt.TextFormat.RichText and "<" not in warning.text()
    assert form.revise_by.mapTo(form, form.revise_by.rect().topLeft()).y() == below
    form.adopted_by.setCurrentIndex(0)
    assert not warning.isVisible()
    type_text(form.paragraph, "§ 45")
    assert warning.isVisible()
    _click(qtbot, form.save_button)  # a warning, not a refusal
    qtbot.waitUntil(lambda: panel.plan.values.paragraph == "§ 45")
    assert warning.isVisible()
    _set_stage(monkeypatch, "adopted", dt.date(2025, 3, 24))
    _click(qtbot, panel.stage_box.change_stage_button)
    qtbot.waitUntil(lambda: panel.plan.stage == "adopted")
    assert not warning.isVisible()


def test_actions_come_by_deadline_and_the_status_is_never_cut_at_1366(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _laptop(qtbot, window)
    panel = _new_plan(qtbot, window)
    panel.tabs.set_current_index(1)
    actions_panel = panel.actions_panel
    table = actions_panel.table
    for number in range(4):
        _click(qtbot, actions_panel.add_button)
        qtbot.waitUntil(lambda n=number: actions_panel.model.rowCount() == n + 1)
    model, proxy = actions_panel.model, actions_panel.proxy
    ids = [model.action(row).id for row in range(4)]
    for action_id, title, deadline in zip(
        ids,
        ("Utan datum", "Sist", "Först", "Mitten"),
        ("", "2027-05-01", "2025-01-31", "2026-02-01"),
        strict=True,
    ):
        for column, value in ((ActionColumn.TITLE, title), (ActionColumn.DEADLINE, deadline)):
            row = model.row_of(action_id)
            assert row is not None
            index = proxy.mapFromSource(model.index(row, column))
            assert proxy.setData(index, value)
    shown = [proxy.index(row, ActionColumn.TITLE).data() for row in range(4)]
    assert shown == ["Först", "Mitten", "Sist", "Utan datum"]
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == ActionColumn.DEADLINE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    # Every status label fits its column, and the column is in view without scrolling.
    metrics = QFontMetrics(table.font())
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    labels = [action_status_label(status) for status in ActionStatus]
    labels.append(action_status_label("", delayed=True))
    width = header.sectionSize(ActionColumn.STATUS)
    for label in labels:
        assert metrics.horizontalAdvance(label) + margin <= width, label
    # The deadline's heading keeps room for the sort arrow it shows from the start.
    arrow = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
    heading = header.fontMetrics().horizontalAdvance("Klart senast")
    assert heading + arrow + margin <= header.sectionSize(ActionColumn.DEADLINE)
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    assert window.detail.width() <= 760  # the detail side at 1366 px
    assert header.horizontalOffset() == 0
    right = header.sectionViewportPosition(ActionColumn.STATUS) + width
    assert right <= table.viewport().width()


def test_sub_goals_are_indented_in_the_goal_choice_and_found_by_typing(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    panel = _new_plan(qtbot, window)
    panel.tabs.set_current_index(2)
    goals = panel.goals_panel
    for number, title in enumerate(("Dagligvaror", "Drivmedel")):
        _click(qtbot, goals.add_goal_button)
        qtbot.waitUntil(lambda n=number: len(goals.goal_titles()) == n + 1)
        goals.tree.currentItem().setText(0, title)
    first = goals.tree.topLevelItem(0)
    assert first is not None
    goals.tree.setCurrentItem(first)
    _click(qtbot, goals.add_sub_goal_button)  # a sub-goal of Dagligvaror, added last
    qtbot.waitUntil(lambda: len(goals.goal_titles()) == 3)
    goals.tree.currentItem().setText(0, "Hemsändning")

    panel.tabs.set_current_index(1)
    actions_panel = panel.actions_panel
    _click(qtbot, actions_panel.add_button)
    qtbot.waitUntil(lambda: actions_panel.model.rowCount() == 1)
    table = actions_panel.table
    table.setFocus()
    goal_cell = table.currentIndex().siblingAtColumn(ActionColumn.GOAL)
    table.setCurrentIndex(goal_cell)
    table.edit(goal_cell)
    qtbot.waitUntil(lambda: table.viewport().findChild(QComboBox) is not None)
    combo = table.viewport().findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "",
        "Dagligvaror",
        "Hemsändning",  # under its goal, not where it was added
        "Drivmedel",
    ]
    assert [combo.itemData(i, DEPTH_ROLE) for i in range(combo.count())] == [0, 0, 1, 0]
    delegate = combo.itemDelegate()
    assert isinstance(delegate, IndentedItems)
    option = QStyleOptionViewItem()
    option.fontMetrics = combo.fontMetrics()
    model = combo.model()
    assert delegate.indent(option, model.index(2, 0)) > 0
    assert delegate.indent(option, model.index(1, 0)) == 0
    # Typing a sub-goal's first letter picks it, as in any drop-down list.
    combo.setFocus()
    qtbot.keyClicks(combo, "H")
    assert combo.currentText() == "Hemsändning"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: goal_cell.data() == "Hemsändning")


def test_what_is_made_gets_the_cursor_in_its_title(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    panel = _new_plan(qtbot, window)
    qtbot.waitUntil(panel.form.title_edit.hasFocus)
    assert panel.form.title_edit.selectedText() == panel.form.title_edit.text()

    panel.tabs.set_current_index(1)
    actions_panel = panel.actions_panel
    _click(qtbot, actions_panel.add_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Ny åtgärd"
    assert actions_panel.table.currentIndex().column() == ActionColumn.TITLE
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    panel.tabs.set_current_index(2)
    _click(qtbot, panel.goals_panel.add_goal_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert QApplication.focusWidget().text() == "Nytt mål"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    # Ctrl+N is "Ny anteckning" everywhere (the window's menu): from the plan tab it
    # starts a note with the cursor in its title.
    panel.form.title_edit.setFocus()
    qtbot.keyClick(panel.form.title_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.detail.notes.editor.title_edit.hasFocus)


def test_plan_errors_go_when_right_again_and_move_no_field(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _laptop(qtbot, window)
    panel = _new_plan(qtbot, window)
    form = panel.form
    fields = [
        form.title_edit,
        form.first_year,
        form.adopted_by,
        form.adopted_on,
        form.case_number,
        form.revise_by,
        form.next_follow_up,
        form.document,
        form.save_button,
    ]

    def places() -> list[int]:
        return [field.mapTo(form, field.rect().topLeft()).y() for field in fields]

    before = places()
    for key, wrong, right in (
        ("title", lambda: form.title_edit.clear(), lambda: type_text(form.title_edit, "Plan")),
        (
            "case_number",
            lambda: type_text(form.case_number, "hej"),
            lambda: form.case_number.clear(),
        ),
        (
            "adopted_on",
            lambda: type_text(form.adopted_on, "2026-02-30"),
            lambda: form.adopted_on.clear(),
        ),
        ("revise_by", lambda: type_text(form.revise_by, "31/12"), lambda: form.revise_by.clear()),
        ("last_year", lambda: form.last_year.setValue(2000), lambda: form.last_year.setValue(2030)),
    ):
        wrong()
        assert form._errors[key].isVisible(), key
        QApplication.processEvents()
        assert places() == before, key
        right()
        assert not form._errors[key].isVisible(), key  # gone as soon as it is right
        QApplication.processEvents()
        assert places() == before, key


def test_stage_dialog_error_goes_when_the_date_is_right_and_moves_no_button(
    qtbot: QtBot,
) -> None:
    dialog = StageDialog("draft")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    place = ok.mapTo(dialog, ok.rect().topLeft()).y()
    dialog.date_field.clear()
    type_text(dialog.date_field, "2026-02-30")
    _click(qtbot, ok)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Det datumet finns inte."
    QApplication.processEvents()
    assert ok.mapTo(dialog, ok.rect().topLeft()).y() == place
    dialog.date_field.clear()
    assert dialog.error.isVisible()  # still wrong: empty
    type_text(dialog.date_field, "2026-02-28")
    assert not dialog.error.isVisible()
    QApplication.processEvents()
    assert ok.mapTo(dialog, ok.rect().topLeft()).y() == place


def test_actions_error_goes_when_an_edit_is_right_and_moves_nothing(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _laptop(qtbot, window)
    panel = _new_plan(qtbot, window)
    panel.tabs.set_current_index(1)
    actions_panel = panel.actions_panel
    _click(qtbot, actions_panel.add_button)
    qtbot.waitUntil(lambda: actions_panel.model.rowCount() == 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    table = actions_panel.table
    place = table.geometry()
    cost = actions_panel.proxy.index(0, ActionColumn.COST)
    assert not actions_panel.proxy.setData(cost, "-5")
    assert actions_panel.message.isVisible()
    QApplication.processEvents()
    assert table.geometry() == place
    assert actions_panel.proxy.setData(cost, "")  # as it was: right again
    assert not actions_panel.message.isVisible()
    assert not actions_panel.proxy.setData(cost, "tusen")
    assert actions_panel.message.isVisible()
    assert actions_panel.proxy.setData(cost, "1000")
    assert not actions_panel.message.isVisible()
    QApplication.processEvents()
    assert table.geometry() == place
