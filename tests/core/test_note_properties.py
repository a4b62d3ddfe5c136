"""Property test: whatever text an official types or pastes comes back unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from servicepunkt_gui.core.db import open_database
from servicepunkt_gui.core.notes import (
    MAX_TITLE_CHARS,
    PREVIEW_CHARS,
    NoteInput,
    create_note,
    get_note,
    list_notes,
)
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.resources import resource_path

MUNICIPALITY = "2506"  # Arjeplog

# st.text() never yields lone surrogates, so every example is valid UTF-8.
bodies = st.text().filter(lambda body: body.replace("\x00", "").strip() != "")
titles = st.text(max_size=MAX_TITLE_CHARS)


def test_any_text_round_trips() -> None:
    # Hypothesis runs the inner function many times; a function-scoped fixture would be
    # shared between examples, so the database is made here, once for all examples.
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "servicepunkt.sqlite3")
        try:
            with database.session() as session:
                ensure_reference_data(session, resource_path("data"))

            @settings(
                max_examples=50,
                deadline=None,
                database=None,  # keep no example store in the working tree
                suppress_health_check=[HealthCheck.too_slow],
            )
            @given(body=bodies, title=titles)
            def save_and_read(body: str, title: str) -> None:
                with database.session() as session:
                    saved = create_note(session, MUNICIPALITY, NoteInput(body=body, title=title))
                with database.session() as session:
                    again = get_note(session, saved.id)
                    previews = {n.id: n.preview for n in list_notes(session, MUNICIPALITY)}
                assert again is not None
                # NUL characters are dropped (see notes._clean_body); all else is kept.
                expected_body = body.replace("\x00", "")
                assert again.body == expected_body
                assert again.title == title.strip()
                assert previews[saved.id] == expected_body[:PREVIEW_CHARS]

            save_and_read()
        finally:
            database.close()
