"""What every feature of the window is given: the write path, the change hub, the forms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from servicepunkt_gui.ui.common.change_hub import ChangeHub
from servicepunkt_gui.ui.common.forms import FormRegistry
from servicepunkt_gui.ui.common.write_path import WritePath


@dataclass
class WindowContext:
    writes: WritePath
    hub: ChangeHub
    forms: FormRegistry
    author: Callable[[], str]  # who new notes and stage changes are by
