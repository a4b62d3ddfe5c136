"""What a field holds as typed, for drafts: text for text (a half-typed date or amount is
kept as it is), a combo's code, a check box's state, a spin box's number."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget


def typed(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


def put(widget: QWidget, value: object) -> None:
    """Put a kept value back; one of the wrong kind (an edited draft) is left out."""
    if isinstance(widget, QComboBox):
        index = widget.findData(value or "")
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))


def changed(widget: QWidget) -> SignalInstance:
    """The signal a field emits on every change."""
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QPlainTextEdit | QLineEdit):
        return widget.textChanged
    raise TypeError(type(widget).__name__)
