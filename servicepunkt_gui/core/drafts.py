"""Drafts: what is being typed, kept a few seconds after the last keystroke.

A draft lives until its text is saved or thrown away. After a crash, the next start
offers to restore each one. Keys say what a draft belongs to: ``note:new:<code>``,
``note:<note id>`` or ``plan:<plan id>``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.models import Draft, Municipality

MAX_DRAFT_CHARS = 12_000_000


@dataclass(frozen=True)
class DraftRow:
    key: str
    municipality_code: str
    municipality_name: str
    fields: dict[str, Any]
    updated_at: dt.datetime

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def target_id(self) -> str | None:
        """The note or plan the draft edits; None for a new note."""
        parts = self.key.split(":")
        return None if len(parts) > 2 and parts[1] == "new" else parts[-1]


def save_draft(session: Session, key: str, municipality_code: str, fields: dict[str, Any]) -> None:
    payload = json.dumps(fields, ensure_ascii=False, default=str)
    if len(payload) > MAX_DRAFT_CHARS:
        return  # too large to be a typed draft; the editor still holds it
    row = session.scalar(select(Draft).where(Draft.key == key))
    if row is None:
        session.add(Draft(key=key, municipality_code=municipality_code, payload=payload))
    elif row.payload != payload:
        row.payload = payload
    session.flush()


def discard_draft(session: Session, key: str) -> None:
    session.execute(delete(Draft).where(Draft.key == key))


def list_drafts(session: Session) -> list[DraftRow]:
    rows = session.execute(
        select(
            Draft.key,
            Draft.municipality_code,
            Municipality.short_name,
            Draft.payload,
            Draft.updated_at,
        )
        .join(Municipality, Municipality.code == Draft.municipality_code)
        .order_by(Draft.updated_at.desc())
    )
    drafts = []
    for key, code, name, payload, updated_at in rows:
        try:
            fields = json.loads(payload)
        except ValueError:
            continue  # unreadable; kept in the file, not offered
        drafts.append(DraftRow(key, code, name, fields, updated_at))
    return drafts
