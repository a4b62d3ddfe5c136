"""What only the receiving file can tell about an exchange file, checked before any write.

The municipalities exist; every record referred to is in the file, here, or deleted for
good here; a record tied to a place (an agreement, a grant case's applicant, a note) is of
the place's municipality. Each refusal is an ``ExchangeFileError`` with a Swedish sentence.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.exchange.bookkeeping import chunks, tombstones
from servicepunkt_gui.core.exchange.errors import ExchangeFileError, ExchangeProblem
from servicepunkt_gui.core.exchange.fields import KINDS, MODELS, REFERENCES, Kind
from servicepunkt_gui.core.exchange.fileformat import ExchangeFile
from servicepunkt_gui.core.exchange.merge import load_records
from servicepunkt_gui.core.exchange.validate import KIND_WORDS
from servicepunkt_gui.core.models import Municipality


def check_against(session: Session, exchange: ExchangeFile) -> None:
    """What can only be checked here: the municipalities exist, and every record referred
    to is in the file, in this file or deleted for good here. Raises ``ExchangeFileError``."""
    known = set(session.scalars(select(Municipality.code)))
    codes = list(exchange.manifest.municipalities) + list(exchange.mine)
    codes += [t.municipality_code for t in exchange.tombstones]
    codes += [
        str(r.values["municipality_code"])
        for r in exchange.records
        if "municipality_code" in r.values
    ]
    for code in codes:
        if code not in known:
            raise ExchangeFileError(ExchangeProblem.UNKNOWN_MUNICIPALITY, code)
    in_file = {(r.kind, r.id) for r in exchange.records}
    wanted: dict[Kind, set[str]] = {kind: set() for kind in KINDS}
    for record in exchange.records:
        for (kind, name), target in REFERENCES.items():
            value = record.values.get(name)
            if kind is record.kind and isinstance(value, str) and (target, value) not in in_file:
                wanted[target].add(value)
    every = [record_id for ids in wanted.values() for record_id in ids]
    buried = tombstones(session, every)
    for kind, ids in wanted.items():
        present = set(load_records(session, kind, ids)) | set(buried)
        for record_id in sorted(ids - present):
            where = f"{KIND_WORDS[kind]} {record_id}"
            raise ExchangeFileError(ExchangeProblem.MISSING_REFERENCE, where)
    tomb_ids = {t.record_id for t in exchange.tombstones}
    if tomb_ids & {record_id for _kind, record_id in in_file}:
        raise ExchangeFileError(ExchangeProblem.INVALID_VALUE, "både borttagen och kvar")
    _same_municipality_as_place(session, exchange)


# The records that name a place of their municipality: an agreement, a grant case's
# applicant, a note about a place. A place of another municipality is refused.
_TIED_TO_A_PLACE = (Kind.AGREEMENT, Kind.GRANT, Kind.NOTE)


def _same_municipality_as_place(session: Session, exchange: ExchangeFile) -> None:
    places = {r.id: str(r.values["municipality_code"]) for r in exchange.of_kind(Kind.PLACE)}
    tied = [
        r
        for r in exchange.records
        if r.kind in _TIED_TO_A_PLACE and isinstance(r.values.get("place_id"), str)
    ]
    wanted = {str(r.values["place_id"]) for r in tied} - set(places)
    model = MODELS[Kind.PLACE]
    assert hasattr(model, "municipality_code")
    for part in chunks(wanted):
        query = select(model.id, model.municipality_code).where(model.id.in_(part))
        places.update({record_id: code for record_id, code in session.execute(query)})  # noqa: C416
    for grave in tombstones(session, wanted - set(places)).values():
        places[grave.record_id] = grave.municipality_code
    for record in tied:
        code = places.get(str(record.values["place_id"]))
        if code is not None and code != record.values["municipality_code"]:
            where = f"{KIND_WORDS[record.kind]} {record.id}: ett serviceställe i en annan kommun"
            raise ExchangeFileError(ExchangeProblem.INVALID_VALUE, where)
