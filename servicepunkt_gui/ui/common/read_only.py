"""Show a part of the window as read-only: text can be read, selected and copied, not changed.

Used for a municipality the user may read but not change on a shared database (the server
refuses such a write anyway; this says so before anyone types). Text fields become
read-only instead of disabled, so their text stays readable and copyable; buttons, choices
and check boxes that would change something are disabled. A widget whose
``keepsEnabledWhenReadOnly`` property is true (navigation, copying, exporting) is left as it
is. ``set_read_only(root, False)`` puts back exactly what ``set_read_only(root, True)`` changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

KEEP_ENABLED = "keepsEnabledWhenReadOnly"
_MADE_READ_ONLY = "servicepunktMadeReadOnly"  # what this module changed, to put it back
_DISABLED = "servicepunktDisabledReadOnly"

_TEXT_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit)
_CHANGING_TYPES = (QAbstractButton, QComboBox, QAbstractSpinBox)


def _kept(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(KEEP_ENABLED) or isinstance(current, QTabBar):
            return True
        current = current.parentWidget()
    return False


def keep_enabled(*widgets: QWidget) -> None:
    """Leave these (and what they hold) as they are in read-only parts: they only show."""
    for widget in widgets:
        widget.setProperty(KEEP_ENABLED, True)


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Make everything under ``root`` that edits read-only (True) or as it was (False)."""
    for widget in root.findChildren(QWidget):
        if read_only:
            _lock(widget)
        else:
            _unlock(widget)


def _lock(widget: QWidget) -> None:
    if _kept(widget):
        return
    if isinstance(widget, _TEXT_TYPES) and not widget.isReadOnly():
        widget.setReadOnly(True)
        widget.setProperty(_MADE_READ_ONLY, True)
    elif isinstance(widget, _CHANGING_TYPES) and widget.isEnabled():
        widget.setEnabled(False)
        widget.setProperty(_DISABLED, True)


def _unlock(widget: QWidget) -> None:
    if widget.property(_MADE_READ_ONLY) and isinstance(widget, _TEXT_TYPES):
        widget.setReadOnly(False)
        widget.setProperty(_MADE_READ_ONLY, False)
    if widget.property(_DISABLED):
        widget.setEnabled(True)
        widget.setProperty(_DISABLED, False)
