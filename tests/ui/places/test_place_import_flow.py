"""An official imports a Servicetabell, or any table of places, in the real window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from servicepunkt_gui.core.backup_files import backup_dir
from servicepunkt_gui.core.place_import import PlaceField
from servicepunkt_gui.core.place_models import ServicePlace
from servicepunkt_gui.ui.places.place_import_dialog import ask_place_import
from servicepunkt_gui.ui.places.place_import_mapping import PlaceImportMappingDialog
from servicepunkt_gui.ui.places.place_import_preview import PlaceImportPreviewDialog
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.core.place_import.files import (
    PIPOS_HEADER,
    pipos_row,
    servicetabell,
    servicetabell_rows,
    write_csv,
    write_xlsx,
)
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality

ORNSKOLDSVIK = "2284"


def when_shown(name: str, act: Callable[[QWidget], object], seen: list[str]) -> None:
    """Act on the dialog called ``name`` once its exec() has shown it."""
    tries = [0]

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                seen.append(name)
                act(widget)
                return
        tries[0] += 1
        if tries[0] < 1000:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def _window(open_window: OpenWindow, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(tmp_path / "servicepunkt.sqlite3")
    choose_municipality(qtbot, window, "Örnsköldsvik")
    return window


def _places(window: MainWindow) -> dict[str, tuple[str, float | None, bool]]:
    def read(session: object) -> dict[str, tuple[str, float | None, bool]]:
        found = session.scalars(  # type: ignore[attr-defined]
            select(ServicePlace).where(ServicePlace.municipality_code == ORNSKOLDSVIK)
        ).all()
        return {p.name: (p.kind, p.latitude, p.deleted_at is not None) for p in found}

    return window.context.writes.read(read)


def _import_backups(window: MainWindow) -> list[Path]:
    # By name: core.backup_files does not list the kind "import" (yet), see the report.
    return sorted(backup_dir(window.context.writes.database.file).glob("*.import.sqlite3"))


def _import_in_preview(qtbot: QtBot, trash: bool = False) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, PlaceImportPreviewDialog)
        assert not widget.trash_unlisted.isChecked()  # unchecked until the official ticks it
        widget.trash_unlisted.setChecked(trash)
        qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)

    return act


def test_a_servicetabell_is_previewed_backed_up_and_imported(
    open_window: OpenWindow, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = _window(open_window, qtbot, tmp_path)
    answers.open_path = servicetabell(tmp_path / "Servicetabell.xlsx")
    counted: dict[str, int] = {}
    seen: list[str] = []

    def act(widget: QWidget) -> None:
        assert isinstance(widget, PlaceImportPreviewDialog)
        counted["new"] = widget.new_table.model().rowCount()
        counted["skipped"] = widget.skipped_table.model().rowCount()
        counted["unlisted"] = widget.unlisted_table.model().rowCount()
        _import_in_preview(qtbot)(widget)

    when_shown("placeImportPreview", act, seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)

    assert seen == ["placeImportPreview"]
    assert counted == {"new": 5, "skipped": 1, "unlisted": 0}
    assert answers.errors == []
    assert len(answers.infos) == 1
    found = _places(window)
    assert len(found) == 5
    assert found["OKQ8 Husum"][0] == "fuel_station"
    assert found["Trehörningsjö Paketombud"][1] is None
    assert len(_import_backups(window)) == 1

    # The same file again: nothing to do, said so, no preview and no second backup.
    ask_place_import(window, window.context, ORNSKOLDSVIK)
    assert seen == ["placeImportPreview"]
    assert len(answers.infos) == 2
    assert len(_import_backups(window)) == 1


def test_cancel_in_the_preview_writes_nothing(
    open_window: OpenWindow, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = _window(open_window, qtbot, tmp_path)
    answers.open_path = servicetabell(tmp_path / "Servicetabell.xlsx")
    seen: list[str] = []
    when_shown("placeImportPreview", lambda widget: widget.close(), seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)
    assert seen == ["placeImportPreview"]
    assert _places(window) == {}
    assert answers.infos == []
    assert _import_backups(window) == []


def test_places_no_longer_listed_go_to_the_trash_when_ticked(
    open_window: OpenWindow, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = _window(open_window, qtbot, tmp_path)
    seen: list[str] = []
    answers.open_path = servicetabell(tmp_path / "2025.xlsx")
    when_shown("placeImportPreview", _import_in_preview(qtbot), seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)

    answers.open_path = servicetabell(tmp_path / "2026.xlsx", servicetabell_rows()[1:])
    unlisted: list[str] = []

    def act(widget: QWidget) -> None:
        assert isinstance(widget, PlaceImportPreviewDialog)
        model = widget.unlisted_table.model()
        unlisted.extend(str(model.index(r, 0).data()) for r in range(model.rowCount()))
        assert widget.trash_unlisted.isEnabled()
        _import_in_preview(qtbot, trash=True)(widget)

    when_shown("placeImportPreview", act, seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)

    assert unlisted == ["ICA Nära Bredbyn"]
    assert _places(window)["ICA Nära Bredbyn"][2] is True
    assert _places(window)["OKQ8 Husum"][2] is False


def test_a_changed_file_shows_old_and_new(
    open_window: OpenWindow, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = _window(open_window, qtbot, tmp_path)
    seen: list[str] = []
    answers.open_path = servicetabell(tmp_path / "2025.xlsx")
    when_shown("placeImportPreview", _import_in_preview(qtbot), seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)
    rows = servicetabell_rows()
    rows[1] = pipos_row("P-102", "OKQ8 Husum", "Drivmedel", "Husum", None, address="Kustvägen 1")
    answers.open_path = write_xlsx(tmp_path / "2026.xlsx", PIPOS_HEADER, rows)
    cells: list[list[str]] = []

    def act(widget: QWidget) -> None:
        assert isinstance(widget, PlaceImportPreviewDialog)
        model = widget.changed_table.model()
        cells.extend(
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        )
        _import_in_preview(qtbot)(widget)

    when_shown("placeImportPreview", act, seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)
    assert [(row[0], row[1], row[3], row[4]) for row in cells] == [
        ("3", "OKQ8 Husum", "–", "Kustvägen 1")
    ]


def test_a_generic_csv_is_mapped_then_imported(
    open_window: OpenWindow, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = _window(open_window, qtbot, tmp_path)
    rows = [[f"Butik {n}", "Bjästa", "0660-1"] for n in range(7)]
    answers.open_path = write_csv(tmp_path / "butiker.csv", ["Ställets namn", "Ort", "Tel"], rows)
    seen: list[str] = []
    shown: dict[str, object] = {}

    def map_columns(widget: QWidget) -> None:
        assert isinstance(widget, PlaceImportMappingDialog)
        shown["sample rows"] = widget.sample.model().rowCount()
        shown["locality guessed"] = widget.combos[PlaceField.LOCALITY].currentData()
        shown["next before"] = widget.next_button.isEnabled()
        widget.choose(PlaceField.NAME, 0)
        widget.choose(PlaceField.PHONE, 2)
        shown["next after"] = widget.next_button.isEnabled()
        when_shown("placeImportPreview", _import_in_preview(qtbot), seen)
        qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)

    when_shown("placeImportMapping", map_columns, seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)

    assert seen == ["placeImportMapping", "placeImportPreview"]
    assert shown == {
        "sample rows": 5,
        "locality guessed": 1,
        "next before": False,
        "next after": True,
    }
    assert len(_places(window)) == 7


def test_a_refused_file_is_one_message_and_nothing_is_written(
    open_window: OpenWindow, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = _window(open_window, qtbot, tmp_path)
    rows = servicetabell_rows()
    rows[1][6], rows[1][7] = rows[1][7], rows[1][6]  # X and Y the wrong way round
    answers.open_path = servicetabell(tmp_path / "fel.xlsx", rows)
    seen: list[str] = []
    when_shown("placeImportPreview", lambda widget: widget.close(), seen)
    ask_place_import(window, window.context, ORNSKOLDSVIK)

    assert seen == []
    assert len(answers.errors) == 1
    _title, text = answers.errors[0]
    assert "3" in text and "X" in text  # the row and the column, in the user's language
    assert _places(window) == {}
    assert _import_backups(window) == []


def test_a_file_that_is_not_a_table(
    open_window: OpenWindow, qtbot: QtBot, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = _window(open_window, qtbot, tmp_path)
    path = tmp_path / "bild.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    answers.open_path = path
    ask_place_import(window, window.context, ORNSKOLDSVIK)
    assert len(answers.errors) == 1
    assert _places(window) == {}
