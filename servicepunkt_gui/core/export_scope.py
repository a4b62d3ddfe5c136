"""Which municipalities an export, a report or an exchange file covers, and which notes.

One municipality, a county, "Mina kommuner" or all of Sweden: the same choice in the export
dialog, the exchange dialog and on the command line (``servicepunkt export``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import County, Municipality, MyMunicipality
from servicepunkt_gui.core.text import swedish_sort_key


@dataclass(frozen=True)
class ExportScope:
    """Municipalities by code, or a county, or the user's own; nothing chosen means all.

    ``notes_from``/``notes_to`` (inclusive) limit the notes by the date they concern;
    plans, goals and actions are always taken whole.
    """

    municipality_codes: tuple[str, ...] = ()
    county_code: str | None = None
    mine: bool = False
    notes_from: dt.date | None = None
    notes_to: dt.date | None = None

    @property
    def is_everything(self) -> bool:
        return not self.municipality_codes and self.county_code is None and not self.mine


class UnknownMunicipalityError(ValidationError):
    """A code given on the command line names no municipality (field "municipality") or
    county (field "county")."""

    def __init__(self, code: str, field: str = "municipality") -> None:
        super().__init__(field, "unknown_code")
        self.code = code


def resolve_codes(session: Session, scope: ExportScope) -> list[str]:
    """The codes the scope covers, in Swedish alphabetical order of the municipality's name.

    Chosen codes, the county and "mine" narrow each other down (a county and "mine" means
    my municipalities in that county). Unknown codes raise ``UnknownMunicipalityError``.
    """
    if scope.notes_from and scope.notes_to and scope.notes_to < scope.notes_from:
        raise ValidationError("notes_to", "period_end_before_start")
    query = select(Municipality.code, Municipality.short_name)
    if scope.municipality_codes:
        known = set(session.scalars(select(Municipality.code)))
        for code in scope.municipality_codes:
            if code not in known:
                raise UnknownMunicipalityError(code)
        query = query.where(Municipality.code.in_(scope.municipality_codes))
    if scope.county_code is not None:
        if session.get(County, scope.county_code) is None:
            raise UnknownMunicipalityError(scope.county_code, "county")
        query = query.where(Municipality.county_code == scope.county_code)
    if scope.mine:
        query = query.where(Municipality.code.in_(select(MyMunicipality.municipality_code)))
    rows = session.execute(query).all()
    return [code for code, name in sorted(rows, key=lambda row: swedish_sort_key(row[1]))]
