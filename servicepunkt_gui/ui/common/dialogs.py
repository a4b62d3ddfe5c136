"""Small modal questions and messages. Tests replace these functions instead of clicking."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _message_box(parent: QWidget | None) -> QMessageBox:
    """A message box that shows text as typed: a note title with HTML in it stays text."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_unsaved_changes(parent: QWidget | None, what: str) -> UnsavedChoice:
    """Ask about unsaved edits; ``what`` names them ("the note", "the plan")."""
    box = _message_box(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("Dialogs", "You have changed %1 without saving.").replace(
            "%1", what
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "Do you want to save %1 before you go on?").replace(
            "%1", what
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    # Qt's own word for Discard ("Förkasta") reads oddly here; say what happens.
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("Dialogs", "Do&n't save")
    )
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def confirm_delete_note(parent: QWidget | None, title: str) -> bool:
    return confirm_delete(parent, QCoreApplication.translate("Dialogs", "Delete note"), title)


def confirm_delete(parent: QWidget | None, window_title: str, name: str) -> bool:
    """Ask before deleting something the official wrote; No is the default."""
    box = _message_box(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(window_title)
    box.setText(QCoreApplication.translate("Dialogs", "Delete “%1”?").replace("%1", name))
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "You can get it back from the trash (File → Trash…).")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm(parent: QWidget | None, window_title: str, text: str, go_label: str) -> bool:
    """Ask before doing something that replaces or changes much; Cancel is the default."""
    box = _message_box(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(window_title)
    box.setText(text)
    go = box.addButton(go_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = _message_box(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = _message_box(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()
