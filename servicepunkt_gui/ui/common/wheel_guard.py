"""The mouse wheel scrolls a form, not the choice under the pointer.

A combo box, spin box or date field that the pointer passes over while the wheel scrolls a
long form (a grant case, a place) took the wheel for itself and changed its value: a grant
case's status turned into "Återtagen" while the official only scrolled down to read. Such a
field now answers the wheel only once it has the focus (clicked or tabbed into); otherwise
the wheel goes to the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


class WheelGuard(QObject):
    """The filter of the fields ``guard`` finds."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        if not isinstance(watched, (QComboBox, QAbstractSpinBox)) or watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is None:
            return False  # nothing to scroll instead: the field keeps the wheel
        QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_GUARD: WheelGuard | None = None


def guard(root: QWidget) -> None:
    """Guard every combo, spin box and date field under ``root`` (built once: a form).

    Qt gives such a field the focus on a wheel turn (``Qt.WheelFocus``) before any filter
    sees the turn, so the focus policy is made ``StrongFocus`` (click or Tab) first.
    """
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QApplication.instance())
    for field in (*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)):
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(_GUARD)
