"""A municipality with thousands of notes: End reaches the oldest, the filters narrow the
list in the query, and at 1366×728 the list shows eight notes with the editor usable."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.models import Note
from servicepunkt_gui.core.notes import NoteFilter
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.notes.notes_model import PAGE_SIZE
from servicepunkt_gui.ui.notes.notes_tab import NotesTab
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, type_text

MANY = 5_000
FIRST_DAY = dt.date(2012, 1, 1)
CATEGORIES = ("meeting", "dialogue", "decision", "follow_up", "other")
AUTHORS = ("Åsa Ek", "Per Berg", "Örjan Lind")


def _fill(db_path: Path, count: int) -> None:
    """``count`` notes on Eda (1730), one a day from FIRST_DAY, the oldest numbered 0."""
    database = open_store(db_path)
    with database.session() as session:
        session.add_all(
            Note(
                municipality_code="1730",
                title=f"Anteckning {n}",
                body=("Möte om hemsändning" if n % 10 == 0 else "Samtal med byalaget")
                + f" nummer {n}.",
                category=CATEGORIES[n % 5],
                concerns_date=FIRST_DAY + dt.timedelta(days=n),
                author=AUTHORS[n % 3],
            )
            for n in range(count)
        )
    database.close()


@pytest.fixture
def many_notes(db_path: Path) -> Path:
    _fill(db_path, MANY)
    return db_path


def _titles(notes_tab: NotesTab) -> list[str]:
    model = notes_tab.model
    return [str(model.index(r).data()).rsplit("·", 1)[-1].strip() for r in range(model.rowCount())]


def _open_eda(qtbot: QtBot, window: MainWindow) -> NotesTab:
    choose_municipality(qtbot, window, "Eda")
    notes_tab = window.detail.notes
    qtbot.waitUntil(lambda: notes_tab.model.rowCount() > 0)
    return notes_tab


def test_end_reaches_the_oldest_of_5000_notes(
    qtbot: QtBot, open_window: OpenWindow, many_notes: Path, answers: DialogRecorder
) -> None:
    window = open_window(many_notes)
    notes_tab = _open_eda(qtbot, window)
    view = notes_tab.view
    assert notes_tab.model.rowCount() == PAGE_SIZE  # one page read when the page opened
    view.setFocus()
    view.setCurrentIndex(notes_tab.model.index(0))
    started = time.perf_counter()
    qtbot.keyClick(view, Qt.Key.Key_End)
    elapsed = time.perf_counter() - started
    qtbot.waitUntil(lambda: view.currentIndex().row() == MANY - 1)
    assert notes_tab.model.rowCount() == MANY
    assert _titles(notes_tab)[-1] == "Anteckning 0"  # the oldest
    assert notes_tab.editor.title_edit.text() == "Anteckning 0"  # and it is open
    print(f"End at {MANY} notes: {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0

    # Ctrl+Home and Ctrl+End go back and forth without reading again.
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.currentIndex().row() == MANY - 1


def test_page_down_never_stops_at_the_end_of_a_page(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path, 3 * PAGE_SIZE + 7)
    window = open_window(db_path)
    notes_tab = _open_eda(qtbot, window)
    view = notes_tab.view
    view.setFocus()
    view.setCurrentIndex(notes_tab.model.index(0))
    for _ in range(3 * PAGE_SIZE + 7):  # far more presses than needed
        if view.currentIndex().row() == 3 * PAGE_SIZE + 6:
            break
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.currentIndex().row() == 3 * PAGE_SIZE + 6
    assert _titles(notes_tab)[-1] == "Anteckning 0"


def test_filters_narrow_the_list_and_the_heading_says_so(
    qtbot: QtBot, open_window: OpenWindow, many_notes: Path, answers: DialogRecorder
) -> None:
    window = open_window(many_notes)
    notes_tab = _open_eda(qtbot, window)
    bar = notes_tab.filters
    heading_before = notes_tab.heading.text()
    counts: list[int] = []
    notes_tab.count_changed.connect(counts.append)

    # Category: a fifth of the notes, paged in the same way.
    bar.category_combo.setCurrentIndex(bar.category_combo.findData("decision"))
    qtbot.waitUntil(lambda: notes_tab.model.total() == MANY // 5)
    assert notes_tab.model.rowCount() == PAGE_SIZE
    assert notes_tab.heading.text() != heading_before and str(MANY // 5) in (
        notes_tab.heading.text()
    )
    assert str(MANY) in notes_tab.heading.text()  # …of all 5,000
    assert set(counts) == {MANY}  # the tab's number stays the municipality's total

    # Author: combo of who has written here, read when the official goes to it.
    bar.author_combo.setFocus()
    qtbot.waitUntil(lambda: bar.author_combo.count() == 1 + len(AUTHORS))
    assert [bar.author_combo.itemText(i) for i in range(1, 4)] == [
        "Per Berg",
        "Åsa Ek",
        "Örjan Lind",
    ]
    bar.author_combo.setCurrentIndex(bar.author_combo.findData("Åsa Ek"))
    # n % 5 == 2 and n % 3 == 0: n % 15 == 12
    qtbot.waitUntil(lambda: notes_tab.model.total() == len(range(12, MANY, 15)))

    # Dates: both ends included.
    bar.category_combo.setCurrentIndex(0)
    bar.author_combo.setCurrentIndex(0)
    bar.from_edit.setDate(QDate(2012, 1, 11))  # note 10
    bar.to_edit.setDate(QDate(2012, 1, 31))  # note 30
    qtbot.waitUntil(lambda: notes_tab.model.total() == 21)
    assert _titles(notes_tab)[0] == "Anteckning 30" and _titles(notes_tab)[-1] == "Anteckning 10"

    # Words: typed, looked up when typing pauses, accents ignored ("mote" finds "Möte").
    bar.text_edit.setFocus()
    type_text(bar.text_edit, "mote hemsandning")
    qtbot.waitUntil(lambda: notes_tab.model.total() == 3)  # notes 10, 20 and 30
    assert _titles(notes_tab) == ["Anteckning 30", "Anteckning 20", "Anteckning 10"]
    assert bar.filters() == NoteFilter(
        date_from=dt.date(2012, 1, 11), date_to=dt.date(2012, 1, 31), text="mote hemsandning"
    )

    # Clear: every note again.
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notes_tab.model.total() == MANY)
    assert bar.filters().is_empty() and not bar.clear_button.isEnabled()
    assert notes_tab.heading.text() == heading_before


def test_another_municipality_starts_unfiltered(
    qtbot: QtBot, open_window: OpenWindow, many_notes: Path, answers: DialogRecorder
) -> None:
    window = open_window(many_notes)
    notes_tab = _open_eda(qtbot, window)
    notes_tab.filters.text_edit.setText("hemsändning")
    qtbot.waitUntil(lambda: notes_tab.model.total() == MANY // 10)
    choose_municipality(qtbot, window, "Ydre")
    assert notes_tab.filters.filters().is_empty()
    assert notes_tab.model.total() == 0
    choose_municipality(qtbot, window, "Eda")
    assert notes_tab.model.total() == MANY


def _fully_shown(widget: QWidget) -> bool:
    """The whole widget is on screen: not cut off by its window or a scroll area."""
    visible = widget.visibleRegion().boundingRect()
    return widget.isVisible() and visible.size() == widget.size()


def test_at_1366_by_728_the_list_shows_eight_notes_and_the_editor_is_usable(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path, 40)
    window = open_window(db_path)
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: window.size().height() == 728)
    notes_tab = _open_eda(qtbot, window)
    view = notes_tab.view
    viewport = view.viewport()

    def rows_shown() -> int:
        shown = viewport.visibleRegion().boundingRect()
        return sum(
            1
            for row in range(notes_tab.model.rowCount())
            if shown.contains(view.visualRect(notes_tab.model.index(row)))
        )

    qtbot.waitUntil(lambda: rows_shown() >= 8)
    editor = notes_tab.editor
    body = editor.body_edit
    assert body.viewport().height() >= 3 * body.fontMetrics().lineSpacing()
    for button in (editor.save_button, editor.revert_button, editor.delete_button):
        assert _fully_shown(button), button.text()
    assert _fully_shown(editor.title_edit)
    print(f"rows shown at 1366×728: {rows_shown()}; text field {body.height()} px")


def test_the_editor_footer_does_not_force_a_wide_editor(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    editor = window.detail.notes.editor
    buttons = (
        editor.versions_button,
        editor.delete_button,
        editor.revert_button,
        editor.save_button,
    )
    in_one_row = sum(b.sizeHint().width() for b in buttons)
    assert editor.minimumSizeHint().width() <= 480 < in_one_row + 100
    assert window.detail.notes.minimumSizeHint().width() <= 480

    # Narrower than the four buttons side by side: they wrap, all inside the editor.
    window.splitter.setSizes([2000, 1])
    qtbot.waitUntil(lambda: editor.width() < in_one_row)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)

    def places() -> list[QRect]:
        return [b.geometry() for b in buttons]  # the editor is their parent

    qtbot.waitUntil(lambda: all(editor.rect().contains(place) for place in places()))
    shown = places()
    for n, place in enumerate(shown):
        assert not any(place.intersects(other) for other in shown[n + 1 :])
    assert editor.body_edit.height() >= 4 * editor.fontMetrics().lineSpacing()
