"""Help: the user guide (F1) and the list of keyboard shortcuts.

The guide is our own text, shipped as Markdown in ``resources/help/`` (``guide_sv.md``,
``guide_en.md``) and shown in the language the app runs in. It is rendered as rich text because
we wrote it; user data never goes through here. Nothing leaves the app: links only move within
the guide, and no image or other resource is loaded from anywhere.

The shortcuts list is read from the main window's own actions when it opens, so it follows
the menus. Keys that code handles itself (not through an action) are listed in
:func:`keys_handled_in_code`, each with the module that handles it; a test checks that every
module handling keys is named there.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.resources import resource_path
from servicepunkt_gui.ui.shell.shortcuts import keys_handled_in_code, menu_shortcuts

log = logging.getLogger(__name__)

GUIDE_LANGUAGES = ("sv", "en")
ANCHOR_ROLE = Qt.ItemDataRole.UserRole
W = TypeVar("W", bound=QWidget)


# -- the guide ---------------------------------------------------------------------


def guide_language() -> str:
    """The language the app runs in: ``i18n.install_translators`` sets the default locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "sv"


def guide_path(language: str) -> Path:
    """The guide's file, wherever the app runs from (checkout, wheel, frozen build)."""
    return resource_path("help", f"guide_{language}.md")


def anchor_for(title: str) -> str:
    """The anchor of a heading: "Mål och åtgärder" → "mal-och-atgarder"."""
    plain = unicodedata.normalize("NFKD", title.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


class GuideBrowser(QTextBrowser):
    """A text browser that loads nothing: no images, no style sheets, no other pages."""

    def loadResource(self, _type: int, name: QUrl | str) -> object:
        log.warning("the user guide asked for a resource, refused: %s", QUrl(name).toString())
        return None


class HelpWindow(QWidget):
    """The user guide: contents on the left, the text on the right, a find field above."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("User guide – Servicepunkt"))
        self.language = language or guide_language()

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("helpFind")
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.find_edit.setPlaceholderText(
            self.tr("Find in the guide (%1)").replace("%1", find_keys)
        )
        self.find_status = QLabel()
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_edit)
        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_status)

        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.browser = GuideBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(16)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 720])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        self.resize(980, 720)

        self.browser.anchorClicked.connect(self._follow_link)
        self.contents.currentItemChanged.connect(self._on_contents_item)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _text: self.find_status.clear())
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Find), self.focus_find),
            (QKeySequence(QKeySequence.StandardKey.FindNext), self.find_next),
            (QKeySequence(Qt.Key.Key_Escape), self.close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)
        self._load()

    def _load(self) -> None:
        for language in dict.fromkeys((self.language, *GUIDE_LANGUAGES)):
            try:
                text = guide_path(language).read_text(encoding="utf-8")
            except OSError as error:
                log.warning("user guide in %s not found: %s", language, error)
                continue
            self.browser.document().setMarkdown(text)
            self._mark_headings()
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # open at the top
            return
        self.browser.setPlainText(
            self.tr(
                "The user guide is missing from this installation. Ask your IT department to "
                "install Servicepunkt again."
            )
        )

    def _mark_headings(self) -> None:
        """Give each heading an anchor and list the sections in the contents."""
        self.contents.clear()
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            title = block.text().strip()
            if level in (1, 2) and title:
                anchor = anchor_for(title)
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                mark = QTextCharFormat()
                mark.setAnchor(True)
                mark.setAnchorNames([anchor])
                cursor.mergeCharFormat(mark)
                spacing = QTextBlockFormat()
                spacing.setTopMargin(18 if level == 2 else 0)  # Markdown gives headings none
                cursor.mergeBlockFormat(spacing)
                if level == 2:
                    item = QListWidgetItem(title)
                    item.setData(ANCHOR_ROLE, anchor)
                    self.contents.addItem(item)
            block = block.next()

    def title(self) -> str:
        """The guide's first heading."""
        block = self.browser.document().begin()
        while block.isValid() and block.blockFormat().headingLevel() != 1:
            block = block.next()
        return block.text() if block.isValid() else ""

    def sections(self) -> list[tuple[str, str]]:
        """(title, anchor) of each section, as the contents list them."""
        items = (self.contents.item(row) for row in range(self.contents.count()))
        return [(item.text(), str(item.data(ANCHOR_ROLE))) for item in items if item]

    def go_to(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    def _on_contents_item(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.go_to(str(item.data(ANCHOR_ROLE)))

    def _follow_link(self, url: QUrl) -> None:
        # Only "#section" links move; anything else is ignored, so nothing opens elsewhere.
        if not url.scheme() and not url.path() and url.fragment():
            self.go_to(url.fragment())
        else:
            log.warning("link out of the user guide ignored: %s", url.toString())

    def focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self) -> bool:
        """Select the next match after the cursor, starting over at the top when needed."""
        text = self.find_edit.text()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(text)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found


# -- the shortcuts ------------------------------------------------------------------


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the keys, what they do and where, in one table."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = menu_shortcuts(window) + keys_handled_in_code()
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("What it does"), self.tr("Where")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        for row, shortcut in enumerate(self.rows):
            for column, text in enumerate((shortcut.keys, shortcut.what, shortcut.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)  # the longest "what it does" whole, within 1366 px


# -- opening ------------------------------------------------------------------------


def show_guide(window: QMainWindow) -> HelpWindow:
    """Open the guide, or bring it forward if it is open already."""
    return _bring_forward(window.findChild(HelpWindow) or HelpWindow(window))


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open the list of shortcuts (read from the window's actions), or bring it forward."""
    return _bring_forward(window.findChild(ShortcutsDialog) or ShortcutsDialog(window))


def _bring_forward(widget: W) -> W:
    if widget.isVisible():
        widget.raise_()  # already open, perhaps behind the main window
    widget.show()
    widget.activateWindow()
    return widget
