"""Every reason a place import is refused has its sentence, naming the row and column."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from servicepunkt_gui.core.place_import import ImportProblem, ImportProblemCode
from servicepunkt_gui.ui.places.place_import_messages import problem_text


@pytest.mark.parametrize("code", list(ImportProblemCode))
def test_every_problem_is_said_with_its_row_and_column(
    qapp: QApplication, code: ImportProblemCode
) -> None:
    text = problem_text(ImportProblem(code, 17, "Gatuadress", "värdet"))
    assert "17" in text and '"Gatuadress"' in text.replace("”", '"')
    assert code.value not in text  # a sentence, never the code


def test_a_problem_of_the_whole_file_names_no_row(qapp: QApplication) -> None:
    text = problem_text(ImportProblem(ImportProblemCode.ENCRYPTED), more=0)
    assert "0" not in text
