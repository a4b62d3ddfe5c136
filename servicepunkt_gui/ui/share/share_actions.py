"""What the File menu does to share work: export, print, and exchange files with colleagues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from servicepunkt_gui.core.rows import MunicipalityRow
from servicepunkt_gui.ui.common import dialogs, file_dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.share import exchange_dialog, export_dialog, exporting
from servicepunkt_gui.ui.share.export_dialog import ExportKind, ExportRequest
from servicepunkt_gui.ui.share.file_names import (
    EXCHANGE_SUFFIX,
    dated,
    filter_for,
    safe_file_name,
    start_folder,
    with_suffix,
)
from servicepunkt_gui.ui.share.scope_picker import ScopeChoices


class ShareSettings(Protocol):
    """Where the last export went (the shell's Preferences)."""

    export_folder: str


class ShareActions(QObject):
    """Export…, Print follow-up…, Export for a colleague…, Import…, for one window."""

    def __init__(
        self,
        window: QMainWindow,
        context: WindowContext,
        settings: ShareSettings,
        current: Callable[[], MunicipalityRow | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._settings = settings
        self._current = current

    # -- the menu's items ---------------------------------------------------------------

    def export(self) -> None:
        today = dt.date.today()
        request = export_dialog.ask_export(self._choices(), today, self._window)
        if request is None:
            return
        target = self._ask_target(request.kind.suffix, self._suggested_name(request, today))
        if target is None:
            return
        if exporting.write_request(
            self._window, self._context.writes, request, target, self._context.author(), today
        ):
            self._done(target)

    def export_exchange(self) -> None:
        today = dt.date.today()
        request = exchange_dialog.ask_exchange_scope(self._choices(), self._window)
        if request is None:
            return
        stem = QCoreApplication.translate("ShareActions", "Exchange %1").replace(
            "%1", request.description
        )
        target = self._ask_target(EXCHANGE_SUFFIX, dated(stem, today))
        if target is None:
            return
        if exporting.write_exchange(
            self._window, self._context.writes, request, target, self._context.author()
        ):
            self._done(target)

    def import_exchange(self) -> None:
        path = file_dialogs.ask_open_path(
            self._window,
            QCoreApplication.translate("ShareActions", "Import an exchange file"),
            start_folder(self._settings.export_folder),
            filter_for(EXCHANGE_SUFFIX),
        )
        if path is not None:
            # Imported here: the exchange code is not needed until the first import, and
            # the window gets ready sooner without it (about 50 ms).
            from servicepunkt_gui.ui.share.importing import ImportFlow

            ImportFlow(self._window, self._context, self._remember_folder).run(path)

    def take_along(self) -> Path | None:
        """File → Take the municipality along to a local file… (a shared database)."""
        from servicepunkt_gui.ui.share.take_along import take_along

        return take_along(self._window, self._context, self._current())

    def save_exchange_copy(self) -> Path | None:
        """File → Save a copy as an exchange file… (a shared database's "backup")."""
        from servicepunkt_gui.ui.share.take_along import save_exchange_copy

        target = save_exchange_copy(
            self._window, self._context, start_folder(self._settings.export_folder)
        )
        if target is not None:
            self._remember_folder(target)
        return target

    def print_follow_up(self) -> None:
        from servicepunkt_gui.ui.share.printing import print_follow_up

        row = self._current()
        if row is None:
            dialogs.show_info(
                self._window,
                QCoreApplication.translate("ShareActions", "Print"),
                QCoreApplication.translate(
                    "ShareActions", "Choose a municipality in the list first, then print again."
                ),
            )
            return
        print_follow_up(self._window, self._context, row.code)

    # -- helpers ----------------------------------------------------------------------------

    def _choices(self) -> ScopeChoices:
        from servicepunkt_gui.core.municipalities import list_counties, list_municipalities

        row = self._current()
        counties, rows = self._context.writes.read(
            lambda session: (list_counties(session), list_municipalities(session))
        )
        return ScopeChoices(
            current_code=row.code if row else None,
            current_name=row.name if row else "",
            current_county=row.county_code if row else None,
            counties=counties,
            mine_count=sum(1 for r in rows if r.is_mine),
            total_count=len(rows),
        )

    def _suggested_name(self, request: ExportRequest, today: dt.date) -> str:
        kind = request.kind
        if kind.is_follow_up:
            stem = QCoreApplication.translate("ShareActions", "Yearly follow-up %1 %2")
            return safe_file_name(
                stem.replace("%1", request.description).replace("%2", str(today.year))
            )
        if kind in (ExportKind.STATUS_PDF, ExportKind.STATUS_DOCX):
            stem = QCoreApplication.translate("ShareActions", "Status report %1")
        else:
            stem = QCoreApplication.translate("ShareActions", "Servicepunkt %1")
        return dated(stem.replace("%1", request.description), today)

    def _ask_target(self, suffix: str, name: str) -> Path | None:
        chosen = file_dialogs.ask_save_path(
            self._window,
            QCoreApplication.translate("ShareActions", "Save as"),
            start_folder(self._settings.export_folder) / (name + suffix),
            filter_for(suffix),
        )
        return with_suffix(chosen, suffix) if chosen is not None else None

    def _remember_folder(self, path: Path) -> None:
        self._settings.export_folder = str(path.parent)

    def _done(self, target: Path) -> None:
        self._remember_folder(target)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("ShareActions", "Saved %1").replace("%1", str(target)),
            10_000,
        )
