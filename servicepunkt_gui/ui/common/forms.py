"""Every form of the window, so Ctrl+S saves the one on screen and closing asks about all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from servicepunkt_gui.ui.common.editing import FormEditing


class FormRegistry:
    """Every form of the window, so Ctrl+S saves the one on screen."""

    def __init__(self) -> None:
        self._forms: list[FormEditing] = []

    def add(self, editing: FormEditing) -> None:
        self._forms.append(editing)

    def on_screen(self) -> FormEditing | None:
        """The form holding the keyboard focus, else the one form visible (the dirty one first)."""
        shown = [f for f in self._forms if f.form.isVisible()]
        focus = QApplication.focusWidget()
        for editing in shown:
            if focus is not None and editing.form.isAncestorOf(focus):
                return editing
        shown.sort(key=lambda f: not f.is_dirty())
        return shown[0] if shown else None

    def save_on_screen(self) -> bool:
        editing = self.on_screen()
        return True if editing is None else editing.save()

    def resolve_all(self) -> bool:
        """Before the window closes or the file is replaced: every form asks in turn."""
        return all(editing.resolve_unsaved() for editing in self._forms)

    def keep_all_drafts(self) -> None:
        for editing in self._forms:
            editing.keep_draft()
