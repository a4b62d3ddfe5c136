"""Notes about a municipality: the list, the editor, earlier versions."""

from servicepunkt_gui.ui.notes.notes_tab import NotesTab

__all__ = ["NotesTab"]
