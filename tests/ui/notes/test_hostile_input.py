"""Arbitrary text typed into the window: saved and shown back identical, never an error box."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality

# Text as pasted from anywhere: any Unicode (no lone surrogates, which Qt cannot hold),
# control characters, right-to-left marks, emoji, search syntax.
PASTED = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
    max_size=300,
) | st.sampled_from(['"', 'NEAR("', "*)(", "'; DROP TABLE note; --", "\u202ehem", "\r\n\t"])


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=PASTED, title=PASTED)
def test_pasted_text_round_trips_through_the_window(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    body: str,
    title: str,
) -> None:
    window = getattr(test_pasted_text_round_trips_through_the_window, "_window", None)
    if window is None:
        window = open_window(db_path)
        choose_municipality(qtbot, window, "Eda")
        test_pasted_text_round_trips_through_the_window._window = window  # type: ignore[attr-defined]
    detail = window.detail
    detail.new_note()
    detail.notes.editor.title_edit.setText(title[:500])
    detail.notes.editor.body_edit.setPlainText(body)
    typed_title = detail.notes.editor.title_edit.text()  # as the field holds it (one line)
    typed_body = detail.notes.editor.body_edit.toPlainText()
    saved = detail.notes.save()
    if not typed_body.strip():
        assert not saved and detail.notes.editor.error_label.isVisible()
        detail.notes.editor.revert()
    else:
        assert saved
        assert detail.notes.editor.body_edit.toPlainText() == typed_body
        assert detail.notes.editor.title_edit.text() == typed_title.strip()
    window.search.field.setText(body)
    with qtbot.waitSignal(window.search.searched, timeout=10_000):
        window.search.run_search()
    assert answers.errors == []
