"""Text from the user's data is never rendered as rich text, wherever the window shows it.

Qt shows a string as HTML when ``Qt.mightBeRichText`` says so: tooltips (of widgets and of
item views' ``ToolTipRole``), labels with ``AutoText`` and message boxes. A note whose text
starts with ``<img src="file:///…">`` then makes Qt read local files, and ``<b>`` or ``&amp;``
show differently from what was typed. Every user field that is shown somewhere gets hostile
text here, through ``core``; then every view that shows it is opened and every place checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, drafts, municipalities, notes, plans
from servicepunkt_gui.core.search import SearchHit
from servicepunkt_gui.ui.common.dialogs import confirm_delete, show_error
from servicepunkt_gui.ui.notes.versions_dialog import VersionsDialog
from servicepunkt_gui.ui.plans.actions_model import ActionColumn
from servicepunkt_gui.ui.safety.drafts_dialog import DraftDialog
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog
from servicepunkt_gui.ui.search.search_panel import HIT_ROLE, HTML_ROLE, HtmlDelegate
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality

MARK = "Zqx"  # names the field in each hostile text: "Zqx-title", "Zqx-author"…
RAW = "<img"  # user markup as typed: never where Qt would read it as HTML


def hostile(field: str) -> str:
    """Text that Qt takes for HTML: an image from a local file, bold, an entity, a link."""
    return f'{MARK}-{field} <img src="file:///etc/passwd"><b>fet</b> &amp; <a href="x">länk</a>'


def short_hostile(field: str) -> str:
    """The same for fields of at most 40 characters (the plan's paragraph)."""
    return f'{MARK}-{field} <img src="file:///p"><b>§</b>'


FIELDS = (
    "notetitle",
    "notebody",
    "author",
    "plantitle",
    "para",
    "document",
    "comment",
    "changedby",
    "goal",
    "subgoal",
    "action",
    "responsible",
    "description",
    "tiednote",
    "deletednote",
    "deletedaction",
)
CODE, NAME = "2422", "Sorsele"


def _renders_user_markup(text: object) -> bool:
    """True when Qt would show ``text`` as HTML and user markup in it is unescaped."""
    return isinstance(text, str) and RAW in text and QtGui.Qt.mightBeRichText(text)


class Sweep:
    """Looks at every place a widget tree shows text; collects what is wrong and what was seen."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[str] = set()

    def _saw(self, text: object) -> None:
        if isinstance(text, str):
            for field in FIELDS:
                if f"{MARK}-{field} " in text:
                    self.seen.add(field)

    def tooltip(self, where: str, text: object) -> None:
        self._saw(text)
        if _renders_user_markup(text):
            self.problems.append(f"{where}: tooltip shows user text as HTML: {text!r}")
        elif isinstance(text, str) and MARK in text and QtGui.Qt.mightBeRichText(text):
            # Rich on purpose (to keep line breaks): the user's markup must show as typed.
            document = QTextDocument()
            document.setHtml(text)
            if '<img src="file:///' not in document.toPlainText():
                self.problems.append(f"{where}: tooltip does not show the text as typed: {text!r}")

    def label(self, where: str, label: QLabel) -> None:
        text = label.text()
        self._saw(text)
        if MARK not in text:
            return
        fmt = label.textFormat()
        if fmt == Qt.TextFormat.RichText:
            if RAW in text:
                self.problems.append(f"{where}: rich label shows user text unescaped: {text!r}")
        elif fmt != Qt.TextFormat.PlainText:
            self.problems.append(f"{where}: label showing user text is {fmt}: {text!r}")

    def widget_tree(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
            self.tooltip(f"{where} (widget)", widget.toolTip())
            self.tooltip(f"{where} (what's this)", widget.whatsThis())
            if isinstance(widget, QLabel):
                self.label(where, widget)
            elif isinstance(widget, QLineEdit):
                self._saw(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                self._saw(widget.toPlainText())
            if (
                isinstance(widget, QAbstractItemView)
                and not isinstance(widget, QHeaderView)  # its model is the table's
                and widget.model() is not None
            ):
                self.item_view(where, widget)

    def item_view(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        rich_delegate = isinstance(view.itemDelegate(), HtmlDelegate)
        for index in _indexes(model):
            self._saw(index.data(Qt.ItemDataRole.DisplayRole))
            self._saw(index.data(Qt.ItemDataRole.EditRole))
            for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole):
                self.tooltip(f"{where} row {index.row()} col {index.column()}", index.data(role))
            if rich_delegate:
                self.search_markup(where, index)

    def search_markup(self, where: str, index: QModelIndex) -> None:
        """The search delegate paints HTML on purpose: the user text in it must be escaped."""
        markup = index.data(HTML_ROLE)
        hit = index.data(HIT_ROLE)
        if not markup or not isinstance(hit, SearchHit):
            return
        self._saw(markup)
        if RAW in markup:
            self.problems.append(f"{where}: search markup has user text unescaped: {markup!r}")
        document = QTextDocument()
        document.setHtml(markup)
        title = hit.title.splitlines()[0] if hit.title else ""
        if title not in document.toPlainText():
            self.problems.append(f"{where}: search result does not show the title {title!r}")

    def message_box(self, box: QMessageBox) -> None:
        for label in box.findChildren(QLabel):
            self.label(f"message box {label.objectName()}", label)
            self.tooltip("message box", label.toolTip())


def _indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and model.rowCount(index) > 0:
                yield from _indexes(model, index)


def _fill(window: MainWindow) -> None:
    """Hostile text in every user field, stored through core as the app stores it."""
    soon = dt.date.today() + dt.timedelta(days=5)
    with window.context.writes.database.session() as session:
        municipalities.set_mine(session, CODE, True)
        plan = plans.create_plan(
            session,
            CODE,
            plans.PlanInput(
                hostile("plantitle"),
                2025,
                2028,
                paragraph=short_hostile("para"),
                case_number="KS 2024/0815",  # core accepts only a case number's own form
                next_follow_up=soon,
                document=hostile("document"),
            ),
            hostile("changedby"),
        )
        plans.set_stage(
            session,
            plan.id,
            "mapping",
            hostile("changedby"),
            dt.date(2025, 2, 1),
            hostile("comment"),
        )
        goal = actions.add_goal(session, plan.id, hostile("goal"))
        actions.add_goal(session, plan.id, hostile("subgoal"), goal.id)
        action = actions.add_action(
            session,
            plan.id,
            actions.ActionInput(
                hostile("action"),
                description=hostile("description"),
                responsible=hostile("responsible"),
                deadline=soon,
                goal_id=goal.id,
            ),
        )
        note = notes.create_note(
            session,
            CODE,
            notes.NoteInput(
                body=hostile("notebody"),
                title=hostile("notetitle"),
                author=hostile("author"),
                concerns_date=dt.date(2025, 3, 1),
                plan_id=plan.id,
            ),
        )
        # The note changed once, so it has an earlier version.
        notes.update_note(
            session,
            note.id,
            notes.NoteInput(
                body=hostile("notebody") + " ändrad",
                title=hostile("notetitle"),
                author=hostile("author"),
                concerns_date=dt.date(2025, 3, 1),
                plan_id=plan.id,
            ),
        )
        notes.create_note(
            session,
            CODE,
            notes.NoteInput(
                body=hostile("tiednote"), concerns_date=dt.date(2025, 3, 2), action_id=action.id
            ),
        )
        deleted = notes.create_note(session, CODE, notes.NoteInput(body=hostile("deletednote")))
        notes.delete_note(session, deleted.id)
        gone = actions.add_action(session, plan.id, actions.ActionInput(hostile("deletedaction")))
        actions.delete_action(session, gone.id)
        drafts.save_draft(
            session,
            f"note:new:{CODE}",
            CODE,
            {"title": hostile("notetitle"), "body": hostile("notebody")},
        )


def test_user_text_is_shown_as_plain_text_everywhere(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _fill(window)
    choose_municipality(qtbot, window, NAME)
    sweep = Sweep()

    # The notes tab: the list, and the note open in the editor.
    notes_tab = window.detail.notes
    qtbot.waitUntil(lambda: notes_tab.model.rowCount() == 2)
    notes_tab.view.setCurrentIndex(notes_tab.model.index(1, 0))
    qtbot.waitUntil(lambda: notes_tab.editor.note is not None)

    # The plan tab: details and timeline, actions (with the action's notes), goals.
    window.detail.tabs.set_current_index(1)
    plan_panel = window.detail.plans
    qtbot.waitUntil(lambda: plan_panel.plan is not None)
    actions_panel = plan_panel.actions_panel
    actions_panel.table.setCurrentIndex(actions_panel.proxy.index(0, ActionColumn.TITLE))
    qtbot.waitUntil(lambda: actions_panel.notes_list.count() == 1)
    for tab in (1, 2, 0):
        plan_panel.tabs.set_current_index(tab)

    # The overview (what falls due in my municipalities) and search.
    overview = window.overview
    overview.refresh()
    assert overview.due_table.rowCount() == 2
    search = window.search
    search.field.setText(MARK)
    with qtbot.waitSignal(search.searched, timeout=10_000):
        search.run_search()
    assert search.results.topLevelItemCount() == 1
    sweep.widget_tree(window)

    # The dialogs that show stored text.
    trash = TrashDialog(window.context.writes, window)
    qtbot.addWidget(trash)
    assert trash.table.rowCount() == 2
    sweep.widget_tree(trash)
    shown_note = notes_tab.editor.note
    assert shown_note is not None
    note_id = shown_note.id
    versions = window.context.writes.read(lambda s: notes.list_versions(s, note_id))
    versions_dialog = VersionsDialog(versions, window)
    qtbot.addWidget(versions_dialog)
    sweep.widget_tree(versions_dialog)
    (draft,) = window.context.writes.read(drafts.list_drafts)
    draft_dialog = DraftDialog(draft, window)
    qtbot.addWidget(draft_dialog)
    sweep.widget_tree(draft_dialog)

    # Message boxes: the question before deleting names what the official wrote.
    boxes: list[QMessageBox] = []

    def look_at_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box)
            sweep.message_box(box)
        if box is not None:
            box.close()

    QTimer.singleShot(0, look_at_box)
    confirm_delete(window, "Radera plan", hostile("plantitle"))
    QTimer.singleShot(0, look_at_box)
    show_error(window, "Kunde inte spara", hostile("notetitle"), hostile("notebody"))

    assert len(boxes) == 2
    assert sweep.problems == [], "\n".join(sweep.problems)
    assert sweep.seen == set(FIELDS), f"not shown anywhere: {set(FIELDS) - sweep.seen}"
