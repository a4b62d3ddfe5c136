"""Tables, lists and trees copy and export their rows as people expect from Excel.

``enable_table_copy(view, name)`` gives a view with a model:

- whole rows selected, several at once (Ctrl+A, Shift- and Ctrl-click), unless the feature
  keeps its own selection (``select_rows=False``). Editing in place is untouched: double
  click and F2 still edit, and while a cell is edited Ctrl+C is the editor's;
- Ctrl+C: the selected rows, in the order the view shows them, the columns shown in their
  order on screen, as tab-separated text with a header row (``table_rows.tab_separated``);
  pasted into Excel they fill columns. With nothing selected, the current row is copied;
- a context menu with "Copy" and "Export…". Export writes an .xlsx workbook or a .csv
  file of the selected rows when more than one is selected, otherwise of every row the
  view lists (after its filters; a list that reads its rows a page at a time reads the
  rest first). A file that cannot be written is explained, never shown as a traceback.

Cells are typed (dates, numbers) from the model (see ``table_rows``); a feature whose rows
are not its columns (a tree of hits, a timeline of lines) passes ``titles`` and ``cells``.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QTableView, QTreeView

from servicepunkt_gui.export.sheets import Cell, CellKind, Sheet
from servicepunkt_gui.ui.common import dialogs, file_dialogs
from servicepunkt_gui.ui.common.list_keys import copy_key_copies
from servicepunkt_gui.ui.common.table_rows import (
    file_stem,
    fit_rows,
    header_title,
    infer_kinds,
    model_value,
    sheet_name,
    tab_separated,
)

log = logging.getLogger(__name__)
CellValue = Callable[[QModelIndex], Cell]
# A row's cells from the index of its first column; None leaves the row out (a heading).
RowCells = Callable[[QModelIndex], Sequence[Cell] | None]
_COPY = QKeySequence.StandardKey.Copy
translate = QCoreApplication.translate


def enable_table_copy(
    view: QAbstractItemView,
    name: str | Callable[[], str],
    *,
    value: CellValue | None = None,
    kinds: Mapping[int, CellKind] | None = None,
    titles: Callable[[], Sequence[str]] | None = None,
    cells: RowCells | None = None,
    select_rows: bool = True,
) -> TableCopy:
    """Copy and export for ``view`` (see the module); ``name`` names the file and the sheet.

    ``value`` gives a cell's value instead of ``table_rows.model_value``; ``kinds`` sets the
    kind of a column (by model column, or by place in ``titles``) instead of inferring it.
    """
    return TableCopy(view, name, value, kinds, titles, cells, select_rows)


class TableCopy(QObject):
    """Owned by its view. ``copy``, ``export`` and ``context_menu`` are what the menu runs."""

    def __init__(
        self,
        view: QAbstractItemView,
        name: str | Callable[[], str],
        value: CellValue | None,
        kinds: Mapping[int, CellKind] | None,
        titles: Callable[[], Sequence[str]] | None,
        cells: RowCells | None,
        select_rows: bool,
    ) -> None:
        super().__init__(view)
        self.view = view
        self._name = name
        self._value = value or model_value
        self._kinds = dict(kinds or {})
        self._titles = titles
        self._cells = cells
        if select_rows:
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        copy_key_copies(view, self.copy)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_menu)

    # -- the menu ----------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The menu, built anew (in the language now shown); the caller shows it."""
        menu = QMenu(self.view)
        menu.setObjectName("tableCopyMenu")
        copy = QAction(translate("TableCopy", "&Copy"), menu)
        copy.setShortcut(QKeySequence(_COPY))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown, the view's key
        copy.setEnabled(bool(self.selected_rows()))
        copy.triggered.connect(self.copy)
        export = QAction(translate("TableCopy", "&Export…"), menu)
        export.setEnabled(self.view.model() is not None and self.view.model().rowCount() > 0)
        export.triggered.connect(self.export)
        menu.addAction(copy)
        menu.addAction(export)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        current = self.view.currentIndex()
        if not self.view.indexAt(pos).isValid() and current.isValid():
            pos = self.view.visualRect(current).center()  # the menu key: at the current row
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- rows and columns --------------------------------------------------------------

    def name(self) -> str:
        return self._name() if callable(self._name) else self._name

    def selected_rows(self) -> list[QModelIndex]:
        """The first-column index of each selected row, in the order shown."""
        selection = self.view.selectionModel()
        if selection is None:
            return []
        heads = {_path(i): i.siblingAtColumn(0) for i in selection.selectedIndexes()}
        current = self.view.currentIndex()
        if not heads and current.isValid():
            heads[_path(current)] = current.siblingAtColumn(0)
        return [heads[key] for key in sorted(heads) if not self._hidden(heads[key])]

    def all_rows(self) -> list[QModelIndex]:
        """Every row the view lists, in its order (a tree's rows depth first)."""
        model = self.view.model()
        if model is None:
            return []
        root = self.view.rootIndex()
        while model.canFetchMore(root):
            before = model.rowCount(root)
            model.fetchMore(root)
            if model.rowCount(root) == before:
                break
        return list(self._walk(root))

    def _walk(self, parent: QModelIndex) -> Iterator[QModelIndex]:
        model = self.view.model()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if self._hidden(index):
                continue
            yield index
            if isinstance(self.view, QTreeView) and model.rowCount(index) > 0:
                yield from self._walk(index)

    def _hidden(self, index: QModelIndex) -> bool:
        view = self.view
        if isinstance(view, QTreeView):
            return view.isRowHidden(index.row(), index.parent())
        if isinstance(view, QTableView | QListView):
            return view.isRowHidden(index.row())
        return False

    def columns(self) -> list[int]:
        """The model columns shown, in their order on screen."""
        view = self.view
        header = (
            view.horizontalHeader()
            if isinstance(view, QTableView)
            else view.header()
            if isinstance(view, QTreeView)
            else None
        )
        if header is None:
            return [view.modelColumn()] if isinstance(view, QListView) else [0]
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [column for column in logical if not header.isSectionHidden(column)]

    def sheet(self, rows: Sequence[QModelIndex]) -> Sheet:
        """``rows`` as a Sheet: typed columns, named after the headers."""
        if self._titles is not None and self._cells is not None:
            titles = list(self._titles())
            kinds = self._kinds
            found = (self._cells(row) for row in rows)
            values = [tuple(cells) for cells in found if cells is not None]
        else:
            model = self.view.model()
            shown = self.columns()
            titles = [header_title(model, column) for column in shown]
            kinds = {place: self._kinds[c] for place, c in enumerate(shown) if c in self._kinds}
            values = [tuple(self._value(row.siblingAtColumn(c)) for c in shown) for row in rows]
        columns = infer_kinds(titles, values, kinds)
        return Sheet(sheet_name(self.name()), columns, fit_rows(columns, values))

    # -- what the menu does ------------------------------------------------------------

    def copy(self) -> None:
        """The selected rows to the clipboard as tab-separated text with a header row."""
        rows = self.selected_rows()
        if not rows:
            return
        sheet = self.sheet(rows)
        text = tab_separated([column.title for column in sheet.columns], sheet.rows)
        QGuiApplication.clipboard().setText(text)

    def export(self) -> Path | None:
        """Ask for a file and write the rows to it; the path written, or None."""
        selected = self.selected_rows()
        rows = selected if len(selected) > 1 else self.all_rows()
        parent = self.view.window()
        suggested = _documents() / f"{file_stem(self.name())}.xlsx"
        path = file_dialogs.ask_save_path(
            parent,
            translate("TableCopy", "Export table"),
            suggested,
            translate(
                "TableCopy", "Excel workbook (*.xlsx);;CSV file, semicolon-separated (*.csv)"
            ),
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        sheet = self.sheet(rows)
        try:
            _write(path, sheet)
        except OSError as error:
            log.warning("export to %s failed: %s", path, error)
            dialogs.show_error(
                parent, translate("TableCopy", "Export failed"), _failed_text(path), _reason(error)
            )
            return None
        except Exception:  # a writer's own failure: said plainly, logged in full
            log.exception("export to %s failed", path)
            dialogs.show_error(
                parent,
                translate("TableCopy", "Export failed"),
                _failed_text(path),
                translate(
                    "TableCopy",
                    "Something unexpected went wrong. Try again, or choose another file.",
                ),
            )
            return None
        return path


def _path(index: QModelIndex) -> tuple[int, ...]:
    """Where a row is in the view's order: its row numbers from the top of the tree."""
    rows: list[int] = []
    while index.isValid():
        rows.append(index.row())
        index = index.parent()
    return tuple(reversed(rows))


def _write(path: Path, sheet: Sheet) -> None:
    # Imported when used: the writers (openpyxl) are not wanted at start-up.
    if path.suffix.lower() == ".csv":
        from servicepunkt_gui.export.csv_file import write_csv

        write_csv(path, sheet)
    else:
        from servicepunkt_gui.export.xlsx_file import write_xlsx

        write_xlsx(path, [sheet])


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _failed_text(path: Path) -> str:
    return translate("TableCopy", "The table could not be saved as %1.").replace("%1", str(path))


def _reason(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate(
            "TableCopy",
            "You may not write in that folder, or the file is open in another program "
            "(such as Excel). Close it, or choose another folder.",
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("TableCopy", "The disk is full. Make room, or choose another disk.")
    return translate(
        "TableCopy", "Check that the folder exists, then try again or choose another folder."
    )
