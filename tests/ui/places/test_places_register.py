"""An official keeps the register of serviceställen of a municipality in the real window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import drafts, notes, places
from servicepunkt_gui.ui.common.dialogs import UnsavedChoice
from servicepunkt_gui.ui.common.place_labels import status_label
from servicepunkt_gui.ui.places import place_status_box
from servicepunkt_gui.ui.places.place_status_box import StatusChoice
from servicepunkt_gui.ui.places.places_model import PlaceColumn
from servicepunkt_gui.ui.places.places_panel import PlacesPanel
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality, search, shown_name, type_text


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _cells(panel: PlacesPanel, column: PlaceColumn) -> list[str]:
    model = panel.model
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def _retype(widget: QWidget, text: str) -> None:
    widget.clear()  # type: ignore[attr-defined]
    type_text(widget, text)


def _new_place(qtbot: QtBot, panel: PlacesPanel, name: str, services: tuple[str, ...]) -> None:
    _click(qtbot, panel.new_button)
    type_text(panel.form.texts["name"], name)
    for service in services:
        panel.form.service_boxes[service].setChecked(True)


def _stored(window: MainWindow, place_id: str) -> places.PlaceRow | None:
    return window.context.writes.read(lambda s: places.get_place(s, place_id))


def test_keep_a_register_of_places_end_to_end(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    panel = window.detail.places
    assert panel.model.rowCount() == 0
    assert panel.empty_label.isVisibleTo(panel)
    assert not panel.delete_button.isEnabled() and not panel.note_button.isEnabled()

    # A new place with every field, the coordinates typed with a decimal comma.
    form = panel.form
    _new_place(qtbot, panel, "Koppom Handel", ("groceries_full", "parcel_agent", "pharmacy_agent"))
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("grocery_store"))
    for key, text in (
        ("locality", "Koppom"),
        ("address", "Koppomsvägen 12"),
        ("operator_name", "Koppom Handel AB"),
        ("org_number", "5560360793"),
        ("contact_person", "Åsa Öberg"),
        ("phone", "0571-200 00"),
        ("email", "asa@koppomhandel.se"),
        ("other_service", "Systembolagsombud"),
        ("nearest_source", "Pipos Serviceanalys 2025"),
        ("service_level", "Servicepunkt med dagligvaror och ombud"),
    ):
        type_text(form.texts[key], text)
    for key, text in (
        ("latitude", "59,7167"),
        ("longitude", "12,1333"),
        ("hours_per_week", "55,5"),
        ("nearest_km", "18,5"),
    ):
        type_text(form.decimals[key], text)
    for key in ("staffed", "last_shop", "strategic"):
        form.flags[key].setChecked(True)
    assert form.save_button.isEnabled()
    _click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    place = panel.place
    assert place is not None
    assert place.org_number == "556036-0793"
    assert (place.latitude, place.longitude, place.hours_per_week) == (59.7167, 12.1333, 55.5)
    assert place.services == ("groceries_full", "parcel_agent", "pharmacy_agent")
    assert place.staffed and place.last_shop and place.strategic
    assert _cells(panel, PlaceColumn.NAME) == ["Koppom Handel"]
    assert _cells(panel, PlaceColumn.LOCALITY) == ["Koppom"]
    assert _cells(panel, PlaceColumn.STAFFED)[0] != ""
    assert form.decimals["latitude"].text() == "59,7167"
    assert not form.save_button.isEnabled()
    assert panel.note_button.isEnabled() and panel.delete_button.isEnabled()

    # Edited: the list follows.
    _retype(form.texts["name"], "Koppoms Lanthandel")
    _click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: _cells(panel, PlaceColumn.NAME) == ["Koppoms Lanthandel"])

    # A wrong check digit is explained beside the field, and nothing is saved.
    _retype(form.texts["org_number"], "556036-0794")
    assert form.problem_shown("org_number") != ""
    _click(qtbot, form.save_button)
    stored = _stored(window, place.id)
    assert stored is not None and stored.org_number == "556036-0793"
    _click(qtbot, form.revert_button)
    assert form.problem_shown("org_number") == ""
    assert form.texts["org_number"].text() == "556036-0793"

    # A dated status step, shown in the history and in the list.
    day = dt.date(2024, 9, 1)
    monkeypatch.setattr(
        place_status_box,
        "ask_status_change",
        lambda _parent: StatusChoice("threatened", day, "Ägaren går i pension"),
    )
    _click(qtbot, panel.status_box.add_button)
    qtbot.waitUntil(lambda: panel.status_box.table.rowCount() == 1)
    assert panel.status_box.table.item(0, 2).text() == "Ägaren går i pension"
    assert _cells(panel, PlaceColumn.STATUS) == [f"{status_label('threatened')} 2024-09-01"]
    panel.status_box.table.selectRow(0)
    _click(qtbot, panel.status_box.remove_button)
    qtbot.waitUntil(lambda: panel.status_box.table.rowCount() == 0)
    assert _cells(panel, PlaceColumn.STATUS) == [""]
    _click(qtbot, panel.status_box.add_button)
    qtbot.waitUntil(lambda: panel.status_box.table.rowCount() == 1)

    # A second place; the filter shows the places offering a service.
    _new_place(qtbot, panel, "Eda Mack", ("fuel", "ev_charging"))
    _click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert _cells(panel, PlaceColumn.NAME) == ["Eda Mack", "Koppoms Lanthandel"]
    combo = panel.service_filter
    combo.setCurrentIndex(combo.findData("pharmacy_agent"))
    assert _cells(panel, PlaceColumn.NAME) == ["Koppoms Lanthandel"]
    combo.setCurrentIndex(combo.findData("ev_charging"))
    assert _cells(panel, PlaceColumn.NAME) == ["Eda Mack"]
    combo.setCurrentIndex(combo.findData("library"))
    assert panel.model.rowCount() == 0
    combo.setCurrentIndex(0)
    assert panel.model.rowCount() == 2

    # A note about the place, written from the place, tied to it.
    panel.select_place(place.id)
    assert panel.place is not None and panel.place.id == place.id
    with qtbot.waitSignal(panel.note_requested):
        _click(qtbot, panel.note_button)
    qtbot.waitUntil(lambda: window.detail.tabs.current_index() == 0)
    editor = window.detail.notes.editor
    assert editor.subject_combo.currentData() == f"place:{place.id}"
    assert "Koppoms Lanthandel" in editor.subject_combo.currentText()
    add_note(qtbot, window, "Handlaren vill ha ett avtal om servicepunkt.", 1)
    listed = window.context.writes.read(
        lambda s: notes.list_notes(s, window.detail.municipality.code)
    )
    assert [n.place_id for n in listed] == [place.id]

    # Deleted to the trash, after the usual question.
    panel = window.detail.places
    panel.select_place(place.id)
    answers.delete_answer = False
    _click(qtbot, panel.delete_button)
    assert answers.delete_questions == ["Koppoms Lanthandel"]
    assert panel.model.rowCount() == 2
    answers.delete_answer = True
    _click(qtbot, panel.delete_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert _stored(window, place.id) is None
    assert _cells(panel, PlaceColumn.NAME) == ["Eda Mack"]
    # The note on screen stays about it; a new note is no longer offered it.
    assert editor.subject_combo.currentData() == f"place:{place.id}"
    assert not window.detail.notes.editing.is_dirty()
    window.detail.new_note()
    subjects = [editor.subject_combo.itemData(i) for i in range(editor.subject_combo.count())]
    assert f"place:{place.id}" not in subjects

    assert window.close()


def test_a_position_abroad_or_unreadable_is_explained_and_nothing_saved(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    panel = window.detail.places
    form = panel.form
    _new_place(qtbot, panel, "Morokulien", ())
    type_text(form.decimals["latitude"], "59,93")
    assert form.problem_shown("position") != ""  # the longitude is missing
    type_text(form.decimals["longitude"], "1,2,3")
    assert form.problem_shown("position") != ""
    _retype(form.decimals["longitude"], "52,5")  # swapped with a latitude: not in Sweden
    _click(qtbot, form.save_button)
    assert form.problem_shown("position") != ""
    assert panel.model.rowCount() == 0
    _retype(form.decimals["longitude"], "12,25")
    assert form.problem_shown("position") == ""
    _click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.place is not None and panel.place.longitude == 12.25


def test_unsaved_edits_survive_switching_municipality(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    panel = window.detail.places
    _new_place(qtbot, panel, "Charlottenberg Centrum", ("groceries_full",))
    _click(qtbot, panel.form.save_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    type_text(panel.form.texts["locality"], "Charlottenberg")
    panel.editing.keep_draft()
    saved = panel.place
    assert saved is not None
    kept = window.context.writes.read(drafts.list_drafts)
    assert [d.key for d in kept] == [f"place:{saved.id}"]
    assert kept[0].fields["locality"] == "Charlottenberg"

    # Cancel: Eda stays, with what was typed.
    answers.unsaved_answer = UnsavedChoice.CANCEL
    search(qtbot, window, "Arvika")
    qtbot.keyClick(window.master.search_edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert answers.unsaved_questions == 1
    assert shown_name(window) == "Eda"
    assert panel.form.texts["locality"].text() == "Charlottenberg"
    assert panel.editing.is_dirty()

    # Save: stored, and Arvika is shown, its own (empty) register.
    answers.unsaved_answer = UnsavedChoice.SAVE
    choose_municipality(qtbot, window, "Arvika")
    stored = _stored(window, saved.id)
    assert stored is not None and stored.locality == "Charlottenberg"
    assert window.context.writes.read(drafts.list_drafts) == []
    assert window.detail.places.model.rowCount() == 0
    choose_municipality(qtbot, window, "Eda")
    assert _cells(window.detail.places, PlaceColumn.LOCALITY) == ["Charlottenberg"]


def test_a_note_about_a_place_in_the_trash_stays_about_it(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    code = window.detail.municipality.code
    with window.context.writes.database.session() as session:
        place = places.create_place(session, code, places.PlaceInput(name="Skillingmark"))
        note = notes.create_note(
            session, code, notes.NoteInput("Butiken stänger", place_id=place.id)
        )
        places.delete_place(session, place.id)
    choose_municipality(qtbot, window, "Arvika")
    choose_municipality(qtbot, window, "Eda")
    window.detail.show_note(note.id)
    editor = window.detail.notes.editor
    assert editor.subject_combo.currentData() == f"place:{place.id}"
    editor.body_edit.setFocus()
    type_text(editor.body_edit, " i juni.")
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not window.detail.notes.editing.is_dirty())
    kept = window.context.writes.read(lambda s: notes.get_note(s, note.id))
    assert kept is not None and kept.place_id == place.id and "i juni." in kept.body


def test_a_place_or_an_agreement_opened_from_elsewhere_is_shown(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    from servicepunkt_gui.core import agreements

    window = open_window(db_path)
    choose_municipality(qtbot, window, "Arvika")
    with window.context.writes.database.session() as session:
        first = places.create_place(session, "1730", places.PlaceInput(name="Adolfsfors"))
        second = places.create_place(
            session, "1730", places.PlaceInput(name="Köla Handel", services=("fuel",))
        )
        agreement = agreements.create_agreement(
            session,
            second.id,
            agreements.AgreementInput(dt.date(2025, 1, 1), dt.date(2027, 12, 31)),
        )
    window.open_record("place", first.id, "1730")
    panel = window.detail.places
    assert shown_name(window) == "Eda"
    assert panel.place is not None and panel.place.id == first.id
    assert panel.form.texts["name"].text() == "Adolfsfors"
    # Hidden by the filter: the filter lets it through.
    panel.service_filter.setCurrentIndex(panel.service_filter.findData("library"))
    window.open_record("agreement", agreement.id, "1730")
    assert panel.service_filter.currentIndex() == 0
    assert panel.place is not None and panel.place.id == second.id
    assert _cells(panel, PlaceColumn.NAME) == ["Adolfsfors", "Köla Handel"]
