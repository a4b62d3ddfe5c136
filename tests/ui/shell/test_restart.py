"""What the official did is there again after closing and starting the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.municipalities.municipality_model import Column
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, save_note, shown_name, visible_names, write_note


def test_note_survives_a_restart(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Härjedalen")
    write_note(qtbot, window, "Dialog med byarna i Funäsdalen om drivmedel.", title="Funäsdalen")
    window.detail.notes.editor.category_combo.setCurrentIndex(
        window.detail.notes.editor.category_combo.findText("Dialog")
    )
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    assert window.close()

    again = open_window(db_path)
    # The last chosen municipality comes back, with its note.
    assert shown_name(again) == "Härjedalen"
    assert again.detail.notes.model.rowCount() == 1
    again.detail.notes.view.setCurrentIndex(again.detail.notes.model.index(0))
    editor = again.detail.notes.editor
    qtbot.waitUntil(lambda: editor.note is not None)
    assert editor.title_edit.text() == "Funäsdalen"
    assert editor.body_edit.toPlainText() == "Dialog med byarna i Funäsdalen om drivmedel."
    assert editor.category_combo.currentText() == "Dialog"


def test_mine_marks_filter_order_and_survive_a_restart(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    master = window.master
    for name in ("Ödeshög", "Boden"):
        choose_municipality(qtbot, window, name)
        qtbot.mouseClick(window.detail.header.mine_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.detail.header.mine_button.text() == "★ En av mina kommuner")
    master.search_edit.clear()

    # "Mina kommuner först" is on by default: they lead the list, in Swedish order.
    assert visible_names(window)[:3] == ["Boden", "Ödeshög", "Ale"]
    assert master.proxy.index(0, Column.MINE).data() == "★"
    qtbot.mouseClick(master.mine_first_check, Qt.MouseButton.LeftButton)
    assert visible_names(window)[0] == "Ale"
    qtbot.mouseClick(master.only_mine_check, Qt.MouseButton.LeftButton)
    assert visible_names(window) == ["Boden", "Ödeshög"]
    assert window.count_label.text() == "Visar 2 av 290 kommuner"

    # Ctrl+M unmarks the municipality on show (Boden, chosen last).
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: visible_names(window) == ["Ödeshög"])
    assert window.detail.header.mine_button.text() == "☆ Markera som min kommun"

    window.resize(1111, 666)
    window.splitter.setSizes([450, 640])
    sizes = window.splitter.sizes()
    assert window.close()

    again = open_window(db_path)
    assert again.size().width() == 1111 and again.size().height() == 666
    assert again.splitter.sizes() == sizes
    assert shown_name(again) == "Boden"
    assert not again.master.mine_first_check.isChecked()
    again.master.only_mine_check.setChecked(True)
    assert visible_names(again) == ["Ödeshög"]
