"""The main window: builds the parts and connects them, in one place.

Master list on the left, the chosen municipality's page on the right, the overview and
search as further tabs (built when first shown). Every part writes through the write path
and hears about changes from the change hub; the only wiring between parts is here.

A window can be built in two steps (``application.run_window``): first the frame and the
municipality list from a plain read (``core/first_screen.py``), drawn before SQLAlchemy is
imported; then :meth:`attach` brings in the database and everything else. Modules that import
SQLAlchemy are therefore imported in :meth:`attach`, not at the top of this file.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QMoveEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from servicepunkt_gui import APP_NAME
from servicepunkt_gui.core.first_screen import FirstScreen
from servicepunkt_gui.ui.common.background import wait_for_background_jobs
from servicepunkt_gui.ui.common.change_hub import ChangeHub
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.forms import FormRegistry
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.tabs import TabbedPages
from servicepunkt_gui.ui.common.write_path import WritePath
from servicepunkt_gui.ui.municipalities import MasterPanel
from servicepunkt_gui.ui.shell import menu_table, overview_links, window_fit
from servicepunkt_gui.ui.shell.menus import add_language_menu, build_menus
from servicepunkt_gui.ui.shell.preferences import Preferences

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database
    from servicepunkt_gui.core.drafts import DraftRow
    from servicepunkt_gui.core.search import SearchHit
    from servicepunkt_gui.ui.common.connection_status import ConnectionStatus
    from servicepunkt_gui.ui.common.live_updates import LiveUpdates
    from servicepunkt_gui.ui.map import MapPanel
    from servicepunkt_gui.ui.overview import OverviewPanel
    from servicepunkt_gui.ui.safety import SafetyActions
    from servicepunkt_gui.ui.search import SearchPanel
    from servicepunkt_gui.ui.share import ShareActions
    from servicepunkt_gui.ui.shell.municipality_page import MunicipalityPage
    from servicepunkt_gui.ui.todo import TodoPanel

log = logging.getLogger(__name__)

MUNICIPALITIES_TAB, OVERVIEW_TAB, SEARCH_TAB, MAP_TAB, TODO_TAB = 0, 1, 2, 3, 4


class MainWindow(QMainWindow):
    """``ready`` is emitted once the database is attached and the window answers clicks."""

    ready = Signal()

    def __init__(
        self,
        database: Database | None,
        preferences: Preferences,
        first_screen: FirstScreen | None = None,
    ) -> None:
        super().__init__()
        self._prefs = preferences
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.hub = ChangeHub(self)
        self.context = WindowContext(
            writes=WritePath(database, self.hub),
            hub=self.hub,
            forms=FormRegistry(),
            author=self._author,
        )
        self._overview: OverviewPanel | None = None
        self._search: SearchPanel | None = None
        self._map: MapPanel | None = None
        self._todo: TodoPanel | None = None
        self.is_ready = False

        self.master = MasterPanel(self.context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.master)
        self.splitter.addWidget(QWidget())  # the municipality page, once attached
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.ready.connect(self._split_exactly)
        self.splitter.splitterMoved.connect(lambda: setattr(self, "_default_split", False))
        self.tabs = TabbedPages(document_mode=True)
        self.tabs.setObjectName("mainTabs")
        self.tabs.add_page(self.tr("Municipalities"), self.splitter)
        self.tabs.add_lazy_page(self.tr("Overview"), self._build_overview)
        self.tabs.add_lazy_page(self.tr("Search"), self._build_search)
        self.tabs.add_lazy_page(self.tr("Map"), self._build_map)
        self.tabs.add_lazy_page(self.tr("To do"), self._build_todo)
        self.setCentralWidget(self.tabs)
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.database_label = QLabel()  # which database is open (_show_database)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.database_label)
        self.menu_actions, menus = build_menus(self, menu_table.main_menus(self))
        self.menu_actions["open_local"].setVisible(False)
        add_language_menu(
            self,
            menus[menu_table.SETTINGS_MENU],
            preferences.language,
            partial(menu_table.choose_language, self),
        )
        self.master.filter_changed.connect(self._update_status)
        if first_screen is not None:
            self.master.set_data(first_screen.counties, first_screen.municipalities)
        if database is not None:
            self.attach(database)
        self._restore_geometry()  # once the list is filled: its widest name counts

    def attach(self, database: Database) -> None:
        """Bring in the database and every part that needs it; then the window is ready."""
        from servicepunkt_gui.ui.safety import SafetyActions
        from servicepunkt_gui.ui.share import ShareActions
        from servicepunkt_gui.ui.shell.municipality_page import MunicipalityPage

        self.context.writes.attach(database)
        self._show_database(database)
        self.detail: MunicipalityPage = MunicipalityPage(self.context)
        stand_in = self.splitter.replaceWidget(1, self.detail)
        if stand_in is not None:
            stand_in.deleteLater()
        self.safety: SafetyActions = SafetyActions(
            self, self.context, self._restore_draft, self._prefs
        )
        self.share: ShareActions = ShareActions(
            self, self.context, self._prefs, lambda: self.detail.municipality
        )
        self._connect()
        from servicepunkt_gui.ui.common.connection_status import install_connection_status
        from servicepunkt_gui.ui.common.live_updates import install_live_updates
        from servicepunkt_gui.ui.safety import shared_safety

        # On a shared database: one line while the server cannot be reached, colleagues'
        # saves shown within seconds, and exchange-file copies instead of file backups.
        self.connection_status: ConnectionStatus | None = install_connection_status(
            self, self.context
        )
        self.live_updates: LiveUpdates | None = install_live_updates(
            self, self.context, self.connection_status
        )
        shared_safety.adapt_menu(self.menu_actions, database.is_shared)
        if self.master.total_count() == 0:
            self.master.load()
        self._restore_choice()
        self.is_ready = True
        self.ready.emit()

    # -- building ---------------------------------------------------------------

    def _build_overview(self) -> OverviewPanel:
        from servicepunkt_gui.ui.overview import OverviewPanel

        self._overview = OverviewPanel(self.context)
        overview_links.connect(self, self._overview)
        return self._overview

    def _build_map(self) -> MapPanel:
        from servicepunkt_gui.ui.map import MapPanel
        from servicepunkt_gui.ui.shell import map_links

        self._map = MapPanel(self.context)
        map_links.connect(self, self._map)
        return self._map

    @property
    def map(self) -> MapPanel:
        self.tabs.page(MAP_TAB)
        assert self._map is not None
        return self._map

    def _build_todo(self) -> TodoPanel:
        from servicepunkt_gui.ui.todo import TodoPanel

        self._todo = TodoPanel(self.context)
        self._todo.record_requested.connect(self.open_record)
        return self._todo

    @property
    def todo(self) -> TodoPanel:
        self.tabs.page(TODO_TAB)
        assert self._todo is not None
        return self._todo

    def _build_search(self) -> SearchPanel:
        from servicepunkt_gui.ui.search import SearchPanel

        self._search = SearchPanel(self.context)
        self._search.hit_chosen.connect(self.open_hit)
        return self._search

    @property
    def overview(self) -> OverviewPanel:
        self.tabs.page(OVERVIEW_TAB)
        assert self._overview is not None
        return self._overview

    @property
    def search(self) -> SearchPanel:
        self.tabs.page(SEARCH_TAB)
        assert self._search is not None
        return self._search

    def _connect(self) -> None:
        """Every signal between the parts of the window, in one place."""
        self.master.municipality_chosen.connect(self._on_municipality_chosen)
        self.master.mine_first_check.setChecked(self._prefs.mine_first)
        self.master.proxy.set_mine_first(self._prefs.mine_first)
        self.master.mine_first_check.toggled.connect(self._remember_mine_first)

    def _restore_geometry(self) -> None:
        """The window whole on its screen, frame and all; the list as wide as its names."""
        geometry = self._prefs.window_geometry
        self._fitting = True  # until the system has framed the window: then checked again
        if geometry is not None and self.restoreGeometry(geometry):
            window_fit.place_restored(self, self.minimumSizeHint())
        else:
            window_fit.place_first(self, self.minimumSizeHint())
        state = self._prefs.splitter_state
        self._default_split = state is None or not self.splitter.restoreState(state)
        if self._default_split:  # an estimate, made exact when shown (_split_exactly)
            self._split(self.width() - self.splitter.handleWidth() - 16)

    def _split(self, total: int) -> None:
        page = self.detail.needed_width() if self.is_ready else 0
        minimum = (self.master.minimumSizeHint().width(), page)
        self.splitter.setSizes(window_fit.split(total, self.master.preferred_width(), minimum, 0.4))

    def _split_exactly(self) -> None:
        """Once on screen (its width known) and attached (the page's needs known)."""
        if self.isVisible() and self._default_split:
            self._default_split = not self.is_ready
            self._split(self.splitter.contentsRect().width() - self.splitter.handleWidth())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._split_exactly()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self._fitting and not self.windowState() & Qt.WindowState.WindowMaximized:
            self._fitting = not window_fit.fit_framed(self, self.minimumSizeHint())

    def _restore_choice(self) -> None:
        last = self._prefs.last_municipality
        if last and self.master.select_code(last):
            return
        self.detail.show_municipality(None)

    # -- navigation ------------------------------------------------------------

    def _on_municipality_chosen(self, code: str) -> None:
        shown = self.detail.municipality
        if shown is not None and shown.code == code:
            return
        if not self.detail.resolve_unsaved_changes():
            # Stay where the unsaved edits are.
            if shown is not None:
                self.master.select_code(shown.code, notify=False)
            return
        self.detail.show_municipality(code or None)
        if code:
            self._prefs.last_municipality = code

    def open_municipality(self, code: str) -> None:
        """Show a municipality from elsewhere (overview, search), even if filters hide it."""
        self.tabs.set_current_index(MUNICIPALITIES_TAB)
        if not self.master.select_code(code):
            self.master.clear_filters()
            self.master.select_code(code)
        self.master.table.setFocus()

    def open_hit(self, hit: SearchHit) -> None:
        """Open what a search found: the municipality, then the note, plan or action."""
        self.open_municipality(hit.municipality_code)
        shown = self.detail.municipality
        if shown is None or shown.code != hit.municipality_code:
            return  # the official kept unsaved edits where they were
        if hit.kind == "note":
            self.detail.show_note(hit.item_id)
        elif hit.kind in ("place", "agreement", "grant"):
            self.open_record(hit.kind, hit.item_id, hit.municipality_code)
        elif hit.plan_id is not None:
            action_id = hit.item_id if hit.kind == "action" else None
            self.detail.show_plan(hit.plan_id, action_id)

    def open_record(self, kind: str, record_id: str, municipality_code: str) -> None:
        """Open a record from elsewhere (Att göra, search): its municipality, then the record
        in its tab. ``kind`` is "plan", "action", "place", "agreement" or "grant"."""
        self.open_municipality(municipality_code)
        shown = self.detail.municipality
        if shown is None or shown.code != municipality_code:
            return  # the official kept unsaved edits where they were
        if kind == "place":
            self.detail.show_place(record_id)
        elif kind == "agreement":
            self.detail.show_agreement(record_id)
        elif kind == "grant":
            self.detail.show_grant(record_id)
        elif kind == "plan":
            self.detail.show_plan(record_id)
        elif kind == "action":
            from servicepunkt_gui.core.actions import get_action

            action = self.context.writes.read(lambda s: get_action(s, record_id))
            if action is not None:
                self.detail.show_plan(action.plan_id, record_id)

    def _restore_draft(self, draft: DraftRow) -> None:
        self.open_municipality(draft.municipality_code)
        shown = self.detail.municipality
        if shown is not None and shown.code == draft.municipality_code:
            self.detail.restore_draft(draft)

    def show_municipality_search(self) -> None:
        self.tabs.set_current_index(MUNICIPALITIES_TAB)
        self.master.focus_search()

    def show_search(self) -> None:
        self.tabs.set_current_index(SEARCH_TAB)
        self.search.focus_field()

    def offer_drafts(self) -> None:
        self.safety.offer_drafts()

    def start_background_checks(self) -> None:
        self.safety.start_background_checks()

    # -- status and settings -----------------------------------------------------

    def _show_database(self, database: Database) -> None:
        """Which database is open: in the title bar when shared, always in the status bar."""
        name = database.display_name()
        if database.is_shared:
            self.setWindowTitle(f"{APP_NAME} \u2013 {name}")
            self.database_label.setText(self.tr("Shared database: %1").replace("%1", name))
        else:
            self.setWindowTitle(APP_NAME)
            self.database_label.setText(self.tr("Local file: %1").replace("%1", name))
        self.database_label.setToolTip(plain_tooltip(name))
        self.menu_actions["open_local"].setVisible(database.is_shared)

    def _update_status(self) -> None:
        shown = self.master.shown_count()
        total = self.master.total_count()
        self.count_label.setText(
            self.tr("Showing %1 of %n municipalities", "", total).replace("%1", str(shown))
        )

    @property
    def preferences(self) -> Preferences:
        return self._prefs

    def _author(self) -> str:
        from servicepunkt_gui.core.notes import default_author

        return default_author(self._prefs.author_name)

    def _remember_mine_first(self, checked: bool) -> None:
        self._prefs.mine_first = checked

    # -- closing ------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.context.forms.resolve_all():
            event.ignore()
            return
        self._prefs.window_geometry = self.saveGeometry()
        self._prefs.splitter_state = self.splitter.saveState()
        self._prefs.sync()
        wait_for_background_jobs()  # a backup in progress finishes before the file closes
        event.accept()
