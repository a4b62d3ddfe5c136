"""Write an exchange file: the chosen municipalities' records, trash and tombstones included.

Records in the trash travel (their ``deleted_at`` is a field like any other), and so do the
tombstones of what was deleted for good, so that a deletion reaches the other installations.
The file is per municipality: a record without a municipality of its own travels with its
parent's (a stage change with its plan, a place's status history with the place, a payment
with its agreement). The home-delivery rules (``home_delivery_rule``) belong to no
municipality and are no part of it.
Each record carries the hash this installation last received for it ("base"): the receiver
tells from it whether the record was edited here since.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.atomic_file import written_atomically
from servicepunkt_gui.core.exchange.bookkeeping import bases, installation_id
from servicepunkt_gui.core.exchange.fields import (
    KINDS,
    LIST_NAMES,
    MODELS,
    Kind,
    Row,
    json_values,
    row_values,
    to_json,
)
from servicepunkt_gui.core.exchange.fileformat import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MINE,
    RECORDS,
    TOMBSTONES,
    ExchangeSummary,
)
from servicepunkt_gui.core.export_scope import ExportScope, resolve_codes
from servicepunkt_gui.core.models import (
    MyMunicipality,
    Note,
    PlanAction,
    PlanGoal,
    PlanStageChange,
    ServicePlan,
    Tombstone,
    utc_now,
)
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
    TodoMark,
)
from servicepunkt_gui.core.progress import NO_PROGRESS, Progress

_STEP_EVERY = 200  # records between progress reports (and chances to cancel)


def _query(kind: Kind, codes: list[str], scope: ExportScope) -> Select[Any]:
    plans = select(ServicePlan.id).where(ServicePlan.municipality_code.in_(codes))
    if kind is Kind.PLAN:
        return select(ServicePlan).where(ServicePlan.municipality_code.in_(codes))
    if kind in (Kind.PLACE, Kind.AGREEMENT, Kind.GRANT, Kind.TODO_MARK):
        own = MODELS[kind]
        assert own in (ServicePlace, Agreement, GrantCase, TodoMark)
        return select(own).where(own.municipality_code.in_(codes))
    if kind is Kind.PLACE_STATUS:  # a place's history travels with the place
        places = select(ServicePlace.id).where(ServicePlace.municipality_code.in_(codes))
        return select(PlaceStatusChange).where(PlaceStatusChange.place_id.in_(places))
    if kind is Kind.PAYMENT:  # and payments with their agreement
        agreements = select(Agreement.id).where(Agreement.municipality_code.in_(codes))
        return select(AgreementPayment).where(AgreementPayment.agreement_id.in_(agreements))
    if kind is Kind.NOTE:
        query = select(Note).where(Note.municipality_code.in_(codes))
        if scope.notes_from is not None:
            query = query.where(Note.concerns_date >= scope.notes_from)
        if scope.notes_to is not None:
            query = query.where(Note.concerns_date <= scope.notes_to)
        return query
    model = MODELS[kind]
    assert model in (PlanStageChange, PlanGoal, PlanAction)
    return select(model).where(model.plan_id.in_(plans))


def _records(
    session: Session, kind: Kind, codes: list[str], scope: ExportScope, progress: Progress
) -> list[dict[str, object]]:
    rows: Sequence[Row] = session.scalars(_query(kind, codes, scope).order_by("id")).all()
    known = bases(session, [row.id for row in rows])
    listed: list[dict[str, object]] = []
    for number, row in enumerate(rows, start=1):
        item = json_values(row_values(kind, row))
        item["base"] = known.get(row.id)
        listed.append(item)
        if number % _STEP_EVERY == 0:
            progress.step(number, len(rows))
    return listed


def write_exchange_file(
    session: Session,
    scope: ExportScope,
    target: Path,
    exported_by: str,
    app_version: str,
    progress: Progress = NO_PROGRESS,
) -> ExchangeSummary:
    """Write the scope's records to ``target`` (complete or not at all: a cancel, raised
    from ``progress`` as ``Cancelled``, or a failure leaves no file and an earlier one as
    it was). Makes this installation's id on first use: the caller commits."""
    codes = resolve_codes(session, scope)
    progress.step(0, len(KINDS) + 2)
    records: dict[str, object] = {}
    for done, kind in enumerate(KINDS, start=1):
        records[LIST_NAMES[kind]] = _records(session, kind, codes, scope, progress)
        progress.step(done, len(KINDS) + 2)
    mine = session.scalars(
        select(MyMunicipality.municipality_code)
        .where(MyMunicipality.municipality_code.in_(codes))
        .order_by(MyMunicipality.municipality_code)
    )
    records[MINE] = list(mine)
    buried = session.scalars(
        select(Tombstone)
        .where(Tombstone.municipality_code.in_(codes))
        .order_by(Tombstone.record_id)
    )
    records[TOMBSTONES] = [
        {
            "record_id": row.record_id,
            "kind": row.kind,
            "municipality_code": row.municipality_code,
            "deleted_at": to_json(row.deleted_at),
            "content_hash": row.content_hash,
            "base": row.base_hash,
        }
        for row in buried
    ]
    counts = {name: len(items) for name, items in records.items() if isinstance(items, list)}
    created = utc_now()
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created_at": to_json(created),
        "exported_by": exported_by.strip(),
        "installation_id": installation_id(session),
        "app_version": app_version,
        "municipalities": codes,
        "counts": counts,
    }
    progress.step(len(KINDS) + 1, len(KINDS) + 2)
    with written_atomically(target) as partial:
        _write_zip(partial, manifest, records, created.timetuple()[:6])
        progress.step(len(KINDS) + 2, len(KINDS) + 2)  # a cancel now still leaves no file
    return ExchangeSummary(target, tuple(codes), counts)


def _write_zip(
    path: Path,
    manifest: dict[str, object],
    records: dict[str, object],
    stamp: tuple[int, ...],
) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in ((MANIFEST, manifest), (RECORDS, records)):
            info = zipfile.ZipInfo(name, date_time=stamp[:6])  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            data = json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")
            archive.writestr(info, data)
