"""Search everything as you type: notes, plans, goals, actions, places, agreements and grant
cases; hits grouped by municipality.

The status tells how many match, not only how many are shown; "Show more" raises the
limit a hundred at a time (up to MAX_LIMIT), so the hits shown stay where they were.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.search import (
    DEFAULT_LIMIT,
    MARK_END,
    MARK_START,
    SearchHit,
    SearchResults,
    group_by_municipality,
    search_places,
    search_results,
)
from servicepunkt_gui.export.sheets import Cell
from servicepunkt_gui.ui.common.background import run_in_background
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.grant_labels import grant_type_label
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.search.scope_bar import ScopeBar

log = logging.getLogger(__name__)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 120  # search once the official pauses, not on every key of a fast typist
# "Show more" stops here: a tree of thousands of rich-text rows is slow to lay out, and
# narrowing by county, municipality or kind finds the rest faster than scrolling would.
MAX_LIMIT = 10 * DEFAULT_LIMIT

Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The snippet as safe HTML with each match in bold (the text itself is escaped)."""
    escaped = html.escape(" ".join(snippet.split()))
    return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE text (escaped by ``snippet_html``) as rich text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter)
        document = QTextDocument()
        document.setDefaultFont(item.font)
        document.setHtml(markup)
        document.setTextWidth(item.rect.width())
        painter.save()
        painter.translate(item.rect.topLeft())
        painter.setClipRect(item.rect.translated(-item.rect.topLeft()))
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        markup = index.data(HTML_ROLE)
        if markup:
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setHtml(markup)
            view = self.parent()
            # The item's own rect is not known yet here; the column is as wide as the view.
            width = view.viewport().width() - 60 if isinstance(view, QTreeWidget) else 600
            document.setTextWidth(max(200, width))
            hint.setHeight(int(document.size().height()) + 4)
        return hint


class SearchPanel(QWidget):
    """Emits ``hit_chosen(hit)`` when the official opens a result."""

    hit_chosen = Signal(object)
    searched = Signal()  # results (or the failure) of the newest search are on show

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = context.writes.database
        self._stale = False  # results on show may no longer match what is stored
        self._generation = 0
        self._limit = DEFAULT_LIMIT  # raised by "Show more", back to the default on a new search
        self._keep: tuple[str, str] | None = None  # the hit to keep current after "Show more"
        self.field = QLineEdit()
        self.field.setObjectName("globalSearch")
        self.field.setPlaceholderText(
            self.tr(
                "Search notes, plans, actions, places, agreements and grants, "
                'e.g. hemsändning or "byalaget i"'
            )
        )
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.scope = ScopeBar()
        self.scope.set_places(*context.writes.read(search_places))
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setObjectName("searchMore")
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.show_more)
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setHeaderHidden(True)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        # Hits copied (Ctrl+C) and exported as columns; a municipality's heading is left out.
        self.copier = enable_table_copy(
            self.results,
            lambda: self.tr("Search"),
            titles=lambda: [
                self.tr("Municipality"),
                self.tr("What"),
                self.tr("Title"),
                self.tr("Found text"),
            ],
            cells=self._hit_cells,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.scope)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.more_button)
        layout.addLayout(status_row)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._on_typed)
        self.scope.changed.connect(self._on_scope)
        self.field.returnPressed.connect(self._enter_results)
        self.results.itemActivated.connect(self._open)
        context.hub.changed.connect(self._on_changes)
        self._show_hint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the field moves into the hits, as in the municipality list.
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self._enter_results()
            return True
        return super().eventFilter(watched, event)

    def _on_typed(self, _text: str) -> None:
        self._limit = DEFAULT_LIMIT
        self._timer.start()

    def _on_scope(self) -> None:
        self._limit = DEFAULT_LIMIT
        self.run_search()

    def show_more(self) -> None:
        """Search again with room for another hundred hits; the current hit stays current."""
        self._limit = min(MAX_LIMIT, self._limit + DEFAULT_LIMIT)
        current = self.results.currentItem()
        hit = current.data(0, HIT_ROLE) if current is not None else None
        self._keep = (hit.kind, hit.item_id) if isinstance(hit, SearchHit) else None
        self.run_search()

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        kinds = (
            RecordKind.NOTE,
            RecordKind.PLAN,
            RecordKind.GOAL,
            RecordKind.ACTION,
            RecordKind.PLACE,
            RecordKind.AGREEMENT,
            RecordKind.GRANT,
        )
        if changes.touches(*kinds, RecordKind.TRASH):
            self._stale = True
            if self.isVisible():
                self.run_search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.run_search()

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        self._stale = False
        query = self.field.text()
        scope = self.scope.scope()
        if not query.strip() or not scope.kinds:
            self._generation += 1  # an answer still on its way is no longer wanted
            self.results.clear()
            self.more_button.setVisible(False)
            if query.strip():
                self.status.setText(self.tr("Tick at least one kind of record to search."))
            else:
                self._show_hint()
            self.searched.emit()
            return
        # On a pool thread with its own session: a search over 100,000 notes can take
        # longer than a frame, and typing must never stall. Only the newest answer counts.
        self._generation += 1
        generation = self._generation
        database = self._db
        limit = self._limit

        def find() -> SearchResults:
            # A read-only unit of work: it neither waits for nor blocks a save (WAL).
            with database.read_session() as session:
                return search_results(session, query, limit, scope)

        run_in_background(
            find,
            lambda hits: self._answer(generation, hits),
            lambda error: self._failed(generation, error),
        )

    def _answer(self, generation: int, results: object) -> None:
        if generation == self._generation and isinstance(results, SearchResults):
            self._show(results)
            self.searched.emit()

    def _failed(self, generation: int, _error: Exception) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        self.more_button.setVisible(False)
        self.status.setText(self.tr("The search could not be run. Try again."))
        self.searched.emit()

    def _show_hint(self) -> None:
        self.status.setText(
            self.tr("Words match from their beginning; use quotes for an exact phrase.")
        )

    def _show(self, results: SearchResults) -> None:
        self.results.clear()
        labels = self._kind_labels()
        hits = list(results.hits)
        keep, self._keep = self._keep, None
        kept: QTreeWidgetItem | None = None
        groups = group_by_municipality(hits)
        for _code, name, group in groups:
            parent = QTreeWidgetItem(self.results, [f"{name} ({len(group)})"])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parent.setData(0, HIT_ROLE, group[0])
            for hit in group:
                child = QTreeWidgetItem(parent)
                child.setData(0, HIT_ROLE, hit)
                shown_title = self._title(hit)
                title = html.escape(shown_title.splitlines()[0] if shown_title else "")
                child.setData(
                    0,
                    HTML_ROLE,
                    f"<i>{labels[hit.kind]}</i> · {title}<br>{snippet_html(hit.snippet)}",
                )
                child.setText(0, f"{labels[hit.kind]} · {shown_title}")
                if keep == (hit.kind, hit.item_id):
                    kept = child
        self.results.expandAll()
        if kept is not None:
            self.results.setCurrentItem(kept)
            self.results.scrollToItem(kept)
        self.more_button.setVisible(results.more and self._limit < MAX_LIMIT)
        self.status.setText(self._count_text(results, len(groups)))

    def _count_text(self, results: SearchResults, municipalities: int) -> str:
        """E.g. "100 of 14,216 hits shown in 37 municipalities"; the count is every match."""
        if not results.hits:
            return self.tr("Nothing found. Check the spelling or use fewer words.")
        where = self.tr("in %n municipality(ies)", "", municipalities)
        if not results.more:
            return self.tr("%n hit(s)", "", results.total) + " " + where
        shown = QLocale().toString(len(results.hits))
        text = self.tr("%1 of %Ln hit(s) shown", "", results.total).replace("%1", shown)
        text += " " + where
        if self._limit >= MAX_LIMIT:
            text += ". " + self.tr("Narrow the search to see the rest.")
        return text

    def _enter_results(self) -> None:
        if self._timer.isActive():
            self.run_search()
            return  # the results arrive shortly; Enter again moves into them
        first = self.results.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.results.setCurrentItem(child)
            self.results.setFocus()

    def _hit_cells(self, index: QModelIndex) -> tuple[Cell, ...] | None:
        hit = index.data(HIT_ROLE)
        if not index.parent().isValid() or not isinstance(hit, SearchHit):
            return None
        found = " ".join(hit.snippet.replace(MARK_START, "").replace(MARK_END, "").split())
        return (hit.municipality_name, self._kind_labels()[hit.kind], self._title(hit), found)

    def _kind_labels(self) -> dict[str, str]:
        return {
            "note": self.tr("Note"),
            "plan": self.tr("Plan"),
            "goal": self.tr("Goal"),
            "action": self.tr("Action"),
            "place": self.tr("Service place"),
            "agreement": self.tr("Agreement"),
            "grant": self.tr("Grant"),
        }

    def _title(self, hit: SearchHit) -> str:
        """The hit's title; a grant case's begins with its type ("Hemsändningsbidrag …")."""
        if hit.kind != "grant":
            return hit.title
        word = grant_type_label(hit.grant_type)
        return f"{word} – {hit.title}" if hit.title.strip() else word

    def _open(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_chosen.emit(hit)
