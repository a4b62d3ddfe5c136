"""Att göra: every date that matters for my municipalities or one municipality."""

from servicepunkt_gui.ui.todo.todo_panel import TodoPanel

__all__ = ["TodoPanel"]
