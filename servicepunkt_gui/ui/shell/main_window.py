"""The main window: master list on the left, the chosen municipality on the right."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QSplitter, QTabWidget

from servicepunkt_gui import APP_NAME, __version__
from servicepunkt_gui.core import drafts
from servicepunkt_gui.core.backup import (
    backup_dir,
    list_backups,
    make_backup,
    make_daily_backup,
    restore_backup,
)
from servicepunkt_gui.core.db import Database, integrity_problems
from servicepunkt_gui.core.errors import DatabaseOpenError
from servicepunkt_gui.core.municipalities import (
    get_municipality,
    list_counties,
    list_municipalities,
)
from servicepunkt_gui.core.paths import is_portable, log_dir, portable_home
from servicepunkt_gui.core.search import SearchHit
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.background import run_in_background, wait_for_background_jobs
from servicepunkt_gui.ui.municipalities.detail_panel import DetailPanel
from servicepunkt_gui.ui.municipalities.master_panel import MasterPanel
from servicepunkt_gui.ui.overview.overview_panel import OverviewPanel
from servicepunkt_gui.ui.safety import backup_dialog, drafts_dialog
from servicepunkt_gui.ui.safety.trash_dialog import TrashDialog
from servicepunkt_gui.ui.search.search_panel import SearchPanel
from servicepunkt_gui.ui.shell.preferences import Preferences

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, database: Database, preferences: Preferences) -> None:
        super().__init__()
        self._db = database
        self._prefs = preferences
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        self.master = MasterPanel()
        self.detail = DetailPanel(database, preferences.author_name)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.master)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.overview = OverviewPanel(database)
        self._overview_stale = True
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Municipalities"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.search = SearchPanel(database)
        self.tabs.addTab(self.search, self.tr("Search"))
        self.setCentralWidget(self.tabs)
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)

        self._build_menus()
        self.master.municipality_chosen.connect(self._on_municipality_chosen)
        self.master.filter_changed.connect(self._update_status)
        self.detail.municipality_changed.connect(self._refresh_municipality)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.overview.municipality_requested.connect(self.open_municipality)
        self.search.hit_chosen.connect(self.open_hit)
        self.master.mine_first_check.setChecked(preferences.mine_first)
        self.master.proxy.set_mine_first(preferences.mine_first)
        self.master.mine_first_check.toggled.connect(self._remember_mine_first)

        self._load()
        self._restore_state()

    # -- building -------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup_action = QAction(self.tr("&Back up now"), self)
        backup_action.triggered.connect(self.backup_now)
        file_menu.addAction(backup_action)
        restore_action = QAction(self.tr("&Restore from backup…"), self)
        restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(restore_action)
        trash_action = QAction(self.tr("&Trash…"), self)
        trash_action.triggered.connect(self.show_trash)
        file_menu.addAction(trash_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        municipality_menu = self.menuBar().addMenu(self.tr("&Municipality"))
        find_action = QAction(self.tr("&Find municipality"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.master.focus_search)
        municipality_menu.addAction(find_action)
        mine_action = QAction(self.tr("Mark or unmark as &mine"), self)
        mine_action.setShortcut(QKeySequence("Ctrl+M"))
        mine_action.triggered.connect(self.detail.toggle_mine)
        municipality_menu.addAction(mine_action)
        municipality_menu.addSeparator()
        new_note_action = QAction(self.tr("&New note"), self)
        new_note_action.setShortcut(QKeySequence.StandardKey.New)
        new_note_action.triggered.connect(self.detail.new_note)
        municipality_menu.addAction(new_note_action)
        save_note_action = QAction(self.tr("&Save note"), self)
        save_note_action.setShortcut(QKeySequence.StandardKey.Save)
        save_note_action.triggered.connect(self.detail.save_note)
        municipality_menu.addAction(save_note_action)
        self.find_action = find_action

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        name_action = QAction(self.tr("Your &name…"), self)
        name_action.triggered.connect(self._ask_author_name)
        settings_menu.addAction(name_action)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("sv", "Svenska"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self._prefs.language == code)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        search_action = QAction(self.tr("Search &everything"), self)
        search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        search_action.triggered.connect(self.show_search)
        municipality_menu.addAction(search_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        pages = (self.tr("&Municipalities"), self.tr("&Overview"), self.tr("&Search"))
        for number, label in enumerate(pages):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Servicepunkt"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

    # -- backups ------------------------------------------------------------------

    def offer_drafts(self) -> None:
        """After a crash: offer each kept draft, its text visible, to restore or throw away."""
        with self._db.session() as session:
            kept = drafts.list_drafts(session)
        for draft in kept:
            choice = drafts_dialog.ask_about_draft(self, draft)
            if choice == drafts_dialog.DraftChoice.DISCARD:
                with self._db.session() as session:
                    drafts.discard_draft(session, draft.key)
            elif choice == drafts_dialog.DraftChoice.RESTORE:
                self._restore_draft(draft)
                return  # one editor: the others are offered at the next start

    def _restore_draft(self, draft: drafts.DraftRow) -> None:
        self.open_municipality(draft.municipality_code)
        shown = self.detail.municipality
        if shown is None or shown.code != draft.municipality_code:
            return
        if draft.kind == "note":
            self.detail.restore_note_draft(draft)
        elif draft.kind == "plan" and draft.target_id is not None:
            self.detail.restore_plan_draft(draft)

    def start_background_checks(self) -> None:
        """Check the file (quick_check), then make the day's backup, off the UI thread.

        A damaged file is never backed up: rolling daily backups would otherwise replace
        the good copies with damaged ones.
        """
        path = self._db.path

        def check_then_back_up() -> list[str]:
            problems = integrity_problems(path)
            if not problems:
                make_daily_backup(path)
            return problems

        run_in_background(
            check_then_back_up,
            self._checks_done,
            lambda error: log.warning("background check or backup failed: %s", error),
        )

    def _checks_done(self, problems: object) -> None:
        if not problems:
            return
        log.error("quick_check found problems in %s", self._db.path)
        dialogs.show_error(
            self,
            self.tr("The database file is damaged"),
            self.tr(
                "SQLite's check found damage in %1. Servicepunkt has not changed the file. "
                "Restore the latest backup with File → Restore from backup…, or contact your "
                "IT department. Until then, avoid writing more in this file."
            ).replace("%1", str(self._db.path)),
        )

    def backup_now(self) -> None:
        path = self._db.path
        self.statusBar().showMessage(self.tr("Making a backup…"))
        run_in_background(
            lambda: make_backup(path, "manual"),
            self._backup_made,
            self._backup_failed,
        )

    def _backup_made(self, made: object) -> None:
        name = made.name if isinstance(made, Path) else ""
        self.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", name), 10_000)

    def _backup_failed(self, _error: Exception) -> None:
        self.statusBar().clearMessage()
        dialogs.show_error(
            self,
            self.tr("The backup could not be made"),
            self.tr(
                "No backup was written to %1. Check that the disk is not full and that the "
                "folder can be written to, then try again. Your database is unchanged."
            ).replace("%1", str(backup_dir(self._db.path))),
        )

    def restore_from_backup(self) -> None:
        backups = list_backups(self._db.path)
        if not backups:
            dialogs.show_info(
                self,
                self.tr("Restore from backup"),
                self.tr("There are no backups yet. Servicepunkt makes one every day you use it."),
            )
            return
        if not self.detail.resolve_unsaved_changes():
            return
        chosen = backup_dialog.choose_backup(self, backups)
        if chosen is None:
            return
        wait_for_background_jobs()
        path = self._db.path
        self._db.close()
        try:
            safety = restore_backup(path, Path(chosen))
            self._db.take_over(open_store(path))
        except (OSError, sqlite3.Error, DatabaseOpenError):
            log.exception("restore failed")
            self._db.take_over(open_store(path))
            dialogs.show_error(
                self,
                self.tr("The backup could not be restored"),
                self.tr("The chosen backup could not be read. Your data was left as it was."),
            )
            return
        self.reload_all()
        self.statusBar().showMessage(
            self.tr("Restored. The data from before is kept in %1.").replace("%1", safety.name),
            15_000,
        )

    def show_trash(self) -> None:
        dialog = TrashDialog(self._db, self)
        dialog.restored.connect(self._after_restore_from_trash)
        dialog.exec()

    def _after_restore_from_trash(self, code: str) -> None:
        self._refresh_municipality(code)
        shown = self.detail.municipality
        if shown is not None and shown.code == code and self.detail.resolve_unsaved_changes():
            with self._db.session() as session:
                self.detail.show_municipality(get_municipality(session, code))

    def reload_all(self) -> None:
        """Show the database afresh (after a restore)."""
        code = self.master.current_code()
        self._load()
        with self._db.session() as session:
            municipality = get_municipality(session, code) if code else None
        self.detail.show_municipality(municipality)
        self._overview_stale = True

    def _load(self) -> None:
        with self._db.session() as session:
            counties = list_counties(session)
            municipalities = list_municipalities(session)
        self.master.set_data(counties, municipalities)

    def _restore_state(self) -> None:
        geometry = self._prefs.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        splitter = self._prefs.splitter_state
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([620, 720])
        last = self._prefs.last_municipality
        if last and self.master.select_code(last):
            return
        self.detail.show_municipality(None)

    # -- reactions --------------------------------------------------------------

    def _on_municipality_chosen(self, code: str) -> None:
        shown = self.detail.municipality
        if shown is not None and shown.code == code:
            return
        if not self.detail.resolve_unsaved_changes():
            # Stay where the unsaved note is.
            if shown is not None:
                self.master.select_code(shown.code, notify=False)
            return
        with self._db.session() as session:
            municipality = get_municipality(session, code) if code else None
        self.detail.show_municipality(municipality)
        if municipality is not None:
            self._prefs.last_municipality = municipality.code

    def _refresh_municipality(self, code: str) -> None:
        with self._db.session() as session:
            municipality = get_municipality(session, code)
        if municipality is None:
            return
        self.master.update_municipality(municipality)
        self.detail.refresh_municipality(municipality)
        self._overview_stale = True

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.overview and self._overview_stale:
            self.overview.refresh()
            self._overview_stale = False

    def open_municipality(self, code: str) -> None:
        """Show a municipality from elsewhere (the overview), even if filters hide it."""
        self.tabs.setCurrentIndex(0)
        if not self.master.select_code(code):
            self.master.clear_filters()
            self.master.select_code(code)
        self.master.table.setFocus()

    def show_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_field()

    def open_hit(self, hit: SearchHit) -> None:
        """Open what a search found: the municipality, then the note, plan or action."""
        self.open_municipality(hit.municipality_code)
        if (
            self.detail.municipality is None
            or self.detail.municipality.code != hit.municipality_code
        ):
            return  # the official kept unsaved edits where they were
        if hit.kind == "note":
            self.detail.show_note_by_id(hit.item_id)
        elif hit.plan_id is not None:
            self.detail.show_plan(
                hit.plan_id, action_id=hit.item_id if hit.kind == "action" else None
            )

    def _update_status(self) -> None:
        shown = self.master.shown_count()
        total = self.master.total_count()
        self.count_label.setText(
            self.tr("Showing %1 of %n municipalities", "", total).replace("%1", str(shown))
        )

    def _remember_mine_first(self, checked: bool) -> None:
        self._prefs.mine_first = checked

    def _ask_author_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Name shown as author of new notes:"),
            text=self._prefs.author_name,
        )
        if ok:
            self._prefs.author_name = name.strip()
            self.detail.set_author_name(name.strip())

    def _choose_language(self, code: str) -> None:
        if code == self._prefs.language:
            return
        self._prefs.language = code
        dialogs.show_info(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time you start Servicepunkt."),
        )

    def about_text(self) -> str:
        text = (
            self.tr(
                "Servicepunkt %1\n\nFor officials who work on commercial and public service in "
                "rural and sparsely populated areas.\n\nMunicipality and county codes: Statistics "
                "Sweden (SCB), via the open dataset “Swedish Geodata” (CC0). Programme facts: "
                "Tillväxtverket's public page on “Pilotkommuner för serviceutveckling”.\n\n"
                "Database: %2\nLog files: %3"
            )
            .replace("%1", __version__)
            .replace("%2", str(self._db.path))
            .replace("%3", str(log_dir()))
        )
        portable = portable_home() if is_portable() else None
        if portable is not None:
            text += "\n\n" + self.tr(
                "Portable mode: the database, its backups, the settings and the log files are "
                "kept in %1."
            ).replace("%1", str(portable))
        return text

    def _show_about(self) -> None:
        dialogs.show_info(self, self.tr("About Servicepunkt"), self.about_text())

    # -- closing ------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.detail.resolve_unsaved_changes():
            event.ignore()
            return
        self._prefs.window_geometry = self.saveGeometry()
        self._prefs.splitter_state = self.splitter.saveState()
        self._prefs.sync()
        wait_for_background_jobs()  # a backup in progress finishes before the file closes
        event.accept()
