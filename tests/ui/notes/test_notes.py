"""Writing, editing and deleting notes in the real window; nothing typed is lost silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from servicepunkt_gui.core import drafts, notes
from servicepunkt_gui.ui.common.dialogs import UnsavedChoice
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import (
    add_note,
    choose_municipality,
    note_count_cell,
    save_note,
    shown_name,
    write_note,
)


def _stored_bodies(window: MainWindow, code: str) -> list[str]:
    with window.context.writes.database.session() as session:
        return [
            detail.body
            for summary in notes.list_notes(session, code)
            if (detail := notes.get_note(session, summary.id)) is not None
        ]


def test_write_a_note_and_see_it_listed_and_counted(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    write_note(qtbot, window, "Möte med handlaren i Bredbyn om paketombud.", title="Bredbyn")
    save_note(qtbot, window)

    detail = window.detail
    qtbot.waitUntil(lambda: detail.notes.model.rowCount() == 1)
    assert "Bredbyn" in str(detail.notes.model.index(0).data())
    assert detail.notes.heading.text() == "Anteckningar (1)"
    assert note_count_cell(window, "Örnsköldsvik") == "1"
    assert detail.notes.editor.heading.text() == "Redigera anteckning"
    assert detail.notes.editor.author_edit.text() != ""  # the OS user name by default
    assert _stored_bodies(window, "2284") == ["Möte med handlaren i Bredbyn om paketombud."]


def test_empty_note_cannot_be_saved_and_the_reason_is_shown(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    write_note(qtbot, window, "   ", title="Bara rubrik")
    save_note(qtbot, window)
    editor = window.detail.notes.editor
    qtbot.waitUntil(editor.error_label.isVisible)
    assert editor.error_label.text().startswith("Anteckningen har ingen text.")
    assert _stored_bodies(window, "1730") == []

    write_note(qtbot, window, "Nu finns det text.")
    qtbot.waitUntil(lambda: not editor.error_label.isVisible())
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)


def test_huge_emoji_and_right_to_left_text_round_trips(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Sorsele")
    line = "Hemsändning 🚚🛒 till byarna — שלום עליכם — مرحبا بالعالم — Ærø ñ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n"
    body = line * (1_048_576 // len(line.encode("utf-8")) + 1)
    assert len(body.encode("utf-8")) > 1_000_000
    # A megabyte arrives by pasting, not typing.
    window.detail.notes.editor.body_edit.setPlainText(body)
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    assert _stored_bodies(window, "2422") == [body]
    assert window.detail.notes.editor.body_edit.toPlainText() == body


def test_edit_then_delete_with_confirmation(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Ydre")
    add_note(qtbot, window, "Första versionen", 1)

    editor = window.detail.notes.editor
    editor.body_edit.setPlainText("Andra versionen")
    assert editor.revert_button.isEnabled()
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: _stored_bodies(window, "0512") == ["Andra versionen"])
    assert window.detail.notes.model.rowCount() == 1

    answers.delete_answer = False
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert answers.delete_questions == ["Andra versionen"]
    assert _stored_bodies(window, "0512") == ["Andra versionen"]

    answers.delete_answer = True
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 0)
    assert _stored_bodies(window, "0512") == []
    assert note_count_cell(window, "Ydre") == ""
    assert editor.heading.text() == "Ny anteckning"


def test_switching_municipality_with_unsaved_text_asks_first(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Torsby")
    write_note(qtbot, window, "Viktigt från mötet")

    answers.unsaved_answer = UnsavedChoice.CANCEL
    choose_municipality_without_waiting(qtbot, window, "Sunne")
    assert answers.unsaved_questions == 1
    assert shown_name(window) == "Torsby"
    assert window.detail.notes.editor.body_edit.toPlainText() == "Viktigt från mötet"

    answers.unsaved_answer = UnsavedChoice.SAVE
    choose_municipality(qtbot, window, "Sunne")
    assert _stored_bodies(window, "1737") == ["Viktigt från mötet"]

    write_note(qtbot, window, "Slängs")
    answers.unsaved_answer = UnsavedChoice.DISCARD
    choose_municipality(qtbot, window, "Eda")
    assert _stored_bodies(window, "1766") == []


def choose_municipality_without_waiting(qtbot: QtBot, window: MainWindow, name: str) -> None:
    from tests.ui.helpers import search

    search(qtbot, window, name)
    qtbot.keyClick(window.master.search_edit, Qt.Key.Key_Return)


def test_choosing_another_note_with_unsaved_edits_asks_first(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Munkedal")
    for text in ("Anteckning A", "Anteckning B"):
        qtbot.mouseClick(window.detail.notes.new_note_button, Qt.MouseButton.LeftButton)
        write_note(qtbot, window, text)
        save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 2)

    editor = window.detail.notes.editor
    editor.body_edit.setPlainText("Anteckning B, ändrad")
    answers.unsaved_answer = UnsavedChoice.CANCEL
    other_row = 1 if window.detail.notes.model.index(0).data().endswith("Anteckning B") else 0
    window.detail.notes.view.setCurrentIndex(window.detail.notes.model.index(other_row))
    assert answers.unsaved_questions == 1
    assert editor.body_edit.toPlainText() == "Anteckning B, ändrad"

    answers.unsaved_answer = UnsavedChoice.SAVE
    window.detail.notes.view.setCurrentIndex(window.detail.notes.model.index(other_row))
    qtbot.waitUntil(lambda: editor.body_edit.toPlainText() == "Anteckning A")
    assert sorted(_stored_bodies(window, "1430")) == ["Anteckning A", "Anteckning B, ändrad"]


def test_closing_with_unsaved_text_asks_and_can_save(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Uppvidinge")
    write_note(qtbot, window, "Skrivet precis innan stängning")

    answers.unsaved_answer = UnsavedChoice.CANCEL
    assert not window.close()
    assert window.isVisible()

    answers.unsaved_answer = UnsavedChoice.SAVE
    assert window.close()
    assert _stored_bodies(window, "0760") == ["Skrivet precis innan stängning"]


def test_markup_in_a_note_is_shown_as_text(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing typed (or imported) is rendered as HTML, so it cannot load files or images."""
    from PySide6.QtWidgets import QMessageBox

    from servicepunkt_gui.ui.common import dialogs

    window = open_window(db_path)
    choose_municipality(qtbot, window, "Boden")
    hostile = "<img src='file:///etc/passwd'><b>fet</b>"
    window.detail.notes.editor.title_edit.setText(hostile)
    window.detail.notes.editor.body_edit.setPlainText(hostile)
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    assert window.detail.notes.editor.body_edit.toPlainText() == hostile
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", capture)
    assert not dialogs.confirm_delete_note(window, hostile)
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    assert hostile in shown[0].text()


def test_a_save_takes_its_draft_along_in_one_commit(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    """One write to disk per save, and never a draft left of a note already saved."""
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    write_note(qtbot, window, "Möte om hemsändning i Koppom.")
    notes_tab = window.detail.notes
    notes_tab.editing.keep_draft()  # as after two seconds of typing
    database = window.context.writes.database
    with database.session() as session:
        assert [d.key for d in drafts.list_drafts(session)] == ["note:new:1730"]

    writing: set[object] = set()  # connections that wrote since their last commit
    commits_with_writes: list[object] = []

    def on_statement(connection: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writing.add(connection)

    def on_commit(connection: object) -> None:
        if connection in writing:
            writing.discard(connection)
            commits_with_writes.append(connection)

    event.listen(database.engine, "before_cursor_execute", on_statement)
    event.listen(database.engine, "commit", on_commit)
    try:
        save_note(qtbot, window)
        qtbot.waitUntil(lambda: notes_tab.model.rowCount() == 1)
    finally:
        event.remove(database.engine, "before_cursor_execute", on_statement)
        event.remove(database.engine, "commit", on_commit)
    assert len(commits_with_writes) == 1
    with database.session() as session:
        assert drafts.list_drafts(session) == []
    assert _stored_bodies(window, "1730") == ["Möte om hemsändning i Koppom."]


def test_saving_a_note_moves_nothing_else_in_the_window(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    """When it was written is shown without widening the editor (which moved the splitter)."""
    window = open_window(db_path)
    window.resize(1280, 760)
    window.splitter.setSizes([620, 720])
    choose_municipality(qtbot, window, "Eda")
    editor = window.detail.notes.editor
    sizes, minimum = window.splitter.sizes(), editor.minimumSizeHint().width()
    add_note(qtbot, window, "Dialog med byalaget om laddstolpe.", listed=1)
    meta = editor.meta_label
    assert meta.text().startswith("Skapad ") and meta.toolTip() == meta.text()
    assert editor.minimumSizeHint().width() == minimum
    qtbot.wait(50)
    assert window.splitter.sizes() == sizes
    notes_tab = window.detail.notes
    notes_tab.new_note()
    assert meta.text() == "" and meta.toolTip() == ""
    assert window.splitter.sizes() == sizes
