"""Tabs that repaint only the page that changed, built when first shown.

``QTabWidget`` repaints the whole window whenever a label inside one of its pages changes its
size hint; a ``QTabBar`` over a ``QStackedWidget`` repaints just that label. Pages can also be
given as factories, so a tab nobody opens costs nothing at start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget

PageFactory = Callable[[], QWidget]


class TabbedPages(QWidget):
    """A tab bar over stacked pages. Emits ``page_shown(index)`` when a page comes forward."""

    page_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None, document_mode: bool = False) -> None:
        super().__init__(parent)
        self.bar = QTabBar()
        self.bar.setDocumentMode(document_mode)
        self.bar.setExpanding(False)
        self.bar.setDrawBase(document_mode)
        self.stack = QStackedWidget()
        self._factories: list[PageFactory | None] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.bar.currentChanged.connect(self._on_bar_changed)

    def add_page(self, label: str, page: QWidget) -> int:
        self._factories.append(None)
        self.stack.addWidget(page)
        return self.bar.addTab(label)

    def add_lazy_page(self, label: str, factory: PageFactory) -> int:
        """A page built the first time it is shown (or asked for with :meth:`page`)."""
        self._factories.append(factory)
        self.stack.addWidget(QWidget())  # stands in until the page is built
        return self.bar.addTab(label)

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it had not been."""
        factory = self._factories[index]
        if factory is not None:
            self._factories[index] = None
            stand_in = self.stack.widget(index)
            built = factory()
            self.stack.insertWidget(index, built)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            if self.bar.currentIndex() == index:
                self.stack.setCurrentIndex(index)
        page = self.stack.widget(index)
        assert page is not None
        return page

    def is_built(self, index: int) -> bool:
        return self._factories[index] is None

    def count(self) -> int:
        return self.bar.count()

    def current_index(self) -> int:
        return self.bar.currentIndex()

    def set_current_index(self, index: int) -> None:
        self.bar.setCurrentIndex(index)

    def set_tab_text(self, index: int, text: str) -> None:
        if self.bar.tabText(index) != text:
            self.bar.setTabText(index, text)

    def tab_text(self, index: int) -> str:
        return self.bar.tabText(index)

    def _on_bar_changed(self, index: int) -> None:
        if index < 0:
            return
        self.page(index)
        self.stack.setCurrentIndex(index)
        self.page_shown.emit(index)
