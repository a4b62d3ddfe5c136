"""The detail side: one municipality's header over its tabs (notes, service plan,
serviceställen, grants).

One read fills the page (``core.pages.municipality_page``): the header, the first page of
notes and, once its tab has been opened, the plans with their goals and actions. The plan tab
is built the first time it is shown.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import drafts, rights
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.municipalities import MunicipalityRow
from servicepunkt_gui.core.pages import MunicipalityPage as PageData
from servicepunkt_gui.core.pages import PlanSection, municipality_page, plan_section
from servicepunkt_gui.ui.common import wheel_guard
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.layouts import settle_layouts
from servicepunkt_gui.ui.common.read_only import set_read_only
from servicepunkt_gui.ui.common.tabs import TabbedPages
from servicepunkt_gui.ui.grants import GrantsPanel
from servicepunkt_gui.ui.municipalities import MunicipalityHeader
from servicepunkt_gui.ui.notes import NotesTab
from servicepunkt_gui.ui.places import PlacesPanel
from servicepunkt_gui.ui.plans import PlanPanel

NOTES_TAB, PLAN_TAB, PLACES_TAB, GRANTS_TAB = 0, 1, 2, 3
RIGHTS_FRESH_S = 60.0  # how long what the user may change is taken as known
# The narrowest the detail side gets, in average characters of the font.
MINIMUM_CHARS = 44


class MunicipalityPage(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._writes = context.writes
        self._municipality: MunicipalityRow | None = None
        self._section = PlanSection([], {}, {})
        self._section_stale = False  # plans changed while the plan tab was not filled
        self._plans: PlanPanel | None = None
        # The plan tab, built but behind the notes, still shows an earlier municipality: it
        # is filled when it comes forward (filling it took a couple of ms on every open).
        self._plans_pending = False
        # The places and grants tabs read their own rows when built, and again when they
        # come forward showing an earlier municipality.
        self._places: PlacesPanel | None = None
        self._grants: GrantsPanel | None = None
        self._places_for: str | None = None
        self._grants_for: str | None = None
        # On a shared database, a municipality the user may read but not change.
        self._read_only = False
        self._rights: frozenset[str] | None = None
        self._rights_read_at: float | None = None
        self.read_only_notice = QLabel()
        self.read_only_notice.setObjectName("readOnlyNotice")
        self.read_only_notice.setTextFormat(Qt.TextFormat.PlainText)  # a municipality's name
        self.read_only_notice.setWordWrap(True)
        self.read_only_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_notice.setMargin(6)
        self.read_only_notice.setAutoFillBackground(True)
        self.read_only_notice.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.read_only_notice.hide()

        self.placeholder = QLabel(
            self.tr("Choose a municipality in the list to see its details and notes.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.header = MunicipalityHeader(context)
        self.notes = NotesTab(context)
        wheel_guard.guard(self.notes)
        self.tabs = TabbedPages()
        self.tabs.setObjectName("detailTabs")
        self.tabs.add_page(self.tr("&Notes"), self.notes)
        self.tabs.add_lazy_page(self.tr("Service &plan"), self._build_plan_panel)
        self.tabs.add_lazy_page(self.tr("Ser&vice places"), self._build_places_panel)
        self.tabs.add_lazy_page(self.tr("Gra&nts"), self._build_grants_panel)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.read_only_notice)
        details_layout.addWidget(self.header)
        details_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(details)
        # In a scroll area: what the page holds (the note editor's row of buttons, a long
        # name in large type) must never force its width onto the splitter, which moved
        # the splitter on opening or saving a note and squeezed the names in the list. The
        # page scrolls instead when the side is narrower than that; its own minimum width
        # (below) depends on the font only.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("detailScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        # See-through, as the page was before it scrolled: painted as one with the page.
        self.page_scroll.viewport().setAutoFillBackground(False)
        self.stack.setAutoFillBackground(False)  # setWidget turned it on
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_scroll)
        self._set_minimum_width()
        context.hub.changed.connect(self._on_changes)
        self.tabs.page_shown.connect(self._on_tab_shown)

    def _set_minimum_width(self) -> None:
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MINIMUM_CHARS)

    def needed_width(self) -> int:
        """How wide the side is at its narrowest without scrolling sideways (room left for
        a scroll bar upwards and downwards, which a low window needs)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return max(self.minimumWidth(), self.stack.minimumSizeHint().width() + bar)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_minimum_width()

    def _build_plan_panel(self) -> QWidget:
        panel = PlanPanel(self._context)
        panel.note_requested.connect(self.new_note_about_action)
        wheel_guard.guard(panel)
        self._plans = panel
        if self._municipality is not None:
            self._fill_plans()
        # In a scroll area: the plan panel is wider at its narrowest than the notes, and built
        # only when first shown, its minimum width would push the splitter and squeeze the
        # municipality names to "A…". Now it scrolls sideways when the side is narrow.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        return scroll

    def _build_places_panel(self) -> QWidget:
        panel = PlacesPanel(self._context)
        panel.note_requested.connect(self.new_note_about_place)
        self._places = panel
        wheel_guard.guard(panel)  # scrolling the long form changes none of its choices
        return panel

    def _build_grants_panel(self) -> QWidget:
        self._grants = GrantsPanel(self._context)
        wheel_guard.guard(self._grants)
        return self._grants

    def _fill_places_and_grants(self) -> None:
        """The places or grants tab on screen shows the municipality shown."""
        code = self._municipality.code if self._municipality else None
        index = self.tabs.current_index()
        if code is None:
            return
        self._fill_places_or_grants(code, index)
        self._lock_tabs(self._read_only)

    def _fill_places_or_grants(self, code: str, index: int) -> None:
        if index == PLACES_TAB and self._places is not None and self._places_for != code:
            self._places_for = code
            self._places.show_municipality(code)
        if index == GRANTS_TAB and self._grants is not None and self._grants_for != code:
            self._grants_for = code
            self._grants.show_municipality(code)

    def _apply_rights(self, municipality: MunicipalityRow) -> None:
        """Read-only, with one line saying so, where the shared database allows no change."""
        read_only = False
        if self._writes.database.is_shared:
            changeable = self._changeable()
            read_only = changeable is not None and municipality.code not in changeable
        self._read_only = read_only
        self.read_only_notice.setVisible(read_only)
        if read_only:
            self.read_only_notice.setText(
                self.tr(
                    "You may read %1's records but not change them: the shared database "
                    "gives you no right to. Ask your coordinator if you need to."
                ).replace("%1", municipality.name)
            )
        self._lock_tabs(read_only)

    def _changeable(self) -> frozenset[str] | None:
        """What the user may change, read again at most once a minute: rights change rarely,
        and over a VPN every open of a municipality would pay one more round trip."""
        now = time.monotonic()
        if self._rights_read_at is None or now - self._rights_read_at > RIGHTS_FRESH_S:
            self._rights = self._writes.read(rights.changeable_municipalities)
            self._rights_read_at = now
        return self._rights

    def _lock_tabs(self, read_only: bool) -> None:
        for part in (self.notes, self._plans, self._places, self._grants):
            if part is not None:
                set_read_only(part, read_only)

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def places(self) -> PlacesPanel:
        """The places tab, brought forward (built and filled now if need be)."""
        self.tabs.set_current_index(PLACES_TAB)
        assert self._places is not None
        self._fill_places_and_grants()
        return self._places

    @property
    def grants(self) -> GrantsPanel:
        """The grants tab, brought forward (built and filled now if need be)."""
        self.tabs.set_current_index(GRANTS_TAB)
        assert self._grants is not None
        self._fill_places_and_grants()
        return self._grants

    def _fill_plans(self) -> None:
        """Show the municipality's plans in the plan tab, read again if they changed since."""
        assert self._plans is not None and self._municipality is not None
        code = self._municipality.code
        if self._section_stale:
            self._section = self._writes.read(lambda s: plan_section(s, code))
            self._section_stale = False
        self._plans_pending = False
        self._plans.show_section(code, self._section)
        self._lock_tabs(self._read_only)

    def _on_tab_shown(self, index: int) -> None:
        if index == PLAN_TAB and self._plans_pending:
            self._fill_plans()
        self._fill_places_and_grants()

    @property
    def plans(self) -> PlanPanel:
        """The plan tab, built (and filled) now if it had not been shown yet."""
        self.tabs.page(PLAN_TAB)
        assert self._plans is not None
        if self._plans_pending:
            self._fill_plans()
        return self._plans

    @property
    def municipality(self) -> MunicipalityRow | None:
        return self._municipality

    # -- showing -------------------------------------------------------------------

    def show_municipality(self, code: str | None) -> None:
        page = self._writes.read(lambda s: municipality_page(s, code)) if code else None
        self.show_page(page)

    def show_page(self, page: PageData | None) -> None:
        self._municipality = page.municipality if page else None
        if page is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._lock_tabs(False)  # each part sets its own state for the new municipality
        code = page.municipality.code
        self.header.show_municipality(page.municipality, page.programme)
        self._section = page.plan_section
        self._section_stale = False
        self.notes.show_notes(code, page.note_count, page.first_notes, page.plan_section)
        self._plans_pending = self._plans is not None
        if self._plans is not None and self.tabs.current_index() == PLAN_TAB:
            self._fill_plans()
        self._fill_places_and_grants()
        self._apply_rights(page.municipality)
        settle_layouts()  # one paint of the finished page, not one per level of layouts

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        shown = self._municipality
        if shown is None:
            return
        if changes.everything:
            # The whole file was replaced (a restore): show it afresh.
            self.show_municipality(shown.code)
            return
        touched = changes.touches(RecordKind.PLAN, RecordKind.GOAL, RecordKind.ACTION)
        unfilled = self._plans is None or self._plans_pending
        if touched and changes.touches_municipality(shown.code) and unfilled:
            self._section_stale = True

    # -- what other parts of the window ask for ----------------------------------------

    def resolve_unsaved_changes(self) -> bool:
        return self._context.forms.resolve_all()

    def toggle_mine(self) -> None:
        self.header.toggle_mine()

    def new_note(self) -> None:
        self.tabs.set_current_index(NOTES_TAB)
        self.notes.new_note()

    def new_note_about_action(self, action_id: str) -> None:
        """From the actions table: write a note tied to that action."""
        self.tabs.set_current_index(NOTES_TAB)
        self.notes.new_note(action_id=action_id)

    def new_note_about_place(self, place_id: str) -> None:
        """From the places tab: write a note about that place."""
        self.tabs.set_current_index(NOTES_TAB)
        self.notes.new_note(place_id=place_id)

    def show_place(self, place_id: str) -> None:
        self.places.select_place(place_id)

    def show_agreement(self, agreement_id: str) -> None:
        self.places.show_agreement(agreement_id)

    def show_grant(self, grant_id: str) -> None:
        self.grants.select_grant(grant_id)

    def show_note(self, note_id: str) -> None:
        self.tabs.set_current_index(NOTES_TAB)
        self.notes.show_note(note_id)

    def show_plan(self, plan_id: str, action_id: str | None = None) -> None:
        self.tabs.set_current_index(PLAN_TAB)
        self.plans.select_plan(plan_id)
        if action_id is not None:
            self.plans.show_action(action_id)

    def restore_draft(self, draft: drafts.DraftRow) -> None:
        if draft.kind == "note":
            self.tabs.set_current_index(NOTES_TAB)
            self.notes.restore_draft(draft)
        elif draft.kind == "plan":
            self.tabs.set_current_index(PLAN_TAB)
            self.plans.restore_draft(draft)
        elif draft.kind == "place":
            self.places.restore_draft(draft)
        elif draft.kind == "grant":
            self.grants.restore_draft(draft)
