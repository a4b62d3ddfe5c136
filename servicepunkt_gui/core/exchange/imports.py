"""Preview and apply an exchange file: what it would change, then the change itself.

``preview_import`` only reads; ``apply_import`` writes through the caller's session, which
commits once (one transaction: a failure or a cancel leaves this file as it was). Both
first check what only this file can tell (``checks.check_against``), so a file referring to
what is not here is refused before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from servicepunkt_gui.core.exchange.apply import Resolution, apply_plan
from servicepunkt_gui.core.exchange.checks import check_against
from servicepunkt_gui.core.exchange.fields import KINDS, Kind, Values
from servicepunkt_gui.core.exchange.fileformat import ExchangeFile
from servicepunkt_gui.core.exchange.merge import (
    Decision,
    MergePlan,
    Outcome,
    Step,
    plan_merge,
)
from servicepunkt_gui.core.exchange.swedish import (
    conflict_sentence,
    deleted_there_sentence,
    kinds_sentence,
    place_summary,
    summary,
)
from servicepunkt_gui.core.progress import NO_PROGRESS, Progress


@dataclass(frozen=True)
class MunicipalityCounts:
    code: str
    name: str
    new: int = 0
    changed: int = 0
    deleted: int = 0
    in_conflict: int = 0
    unchanged: int = 0
    # What would change (new, changed, deleted or in conflict), per kind, in file order.
    by_kind: tuple[tuple[Kind, int], ...] = ()

    @property
    def kinds_sv(self) -> str:
        """'2 serviceställen, 1 avtal och 4 utbetalningar': what would change, in Swedish."""
        return kinds_sentence(dict(self.by_kind))

    @property
    def changes_anything(self) -> bool:
        return bool(self.new or self.changed or self.deleted or self.in_conflict)

    @property
    def conflicts(self) -> int:
        return self.in_conflict


@dataclass(frozen=True)
class Conflict:
    record_id: str
    kind: Kind
    municipality_code: str
    municipality_name: str
    local_summary: str
    incoming_summary: str  # "" when deleted for good there
    local_updated_at: dt.datetime
    incoming_updated_at: dt.datetime  # when deleted there, for a delete
    incoming_exported_by: str
    local_name: str
    sentence_sv: str
    incoming_deleted: bool = False  # deleted for good there, edited (or added to) here


@dataclass(frozen=True)
class ImportPreview:
    exported_by: str
    created_at: dt.datetime
    municipalities: tuple[MunicipalityCounts, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def changes_anything(self) -> bool:
        return any(counts.changes_anything for counts in self.municipalities)

    @property
    def is_empty(self) -> bool:
        """Nothing new, changed, deleted or in conflict: importing would change nothing."""
        return not self.changes_anything and not self.conflicts


@dataclass(frozen=True)
class ImportResult:
    municipalities: tuple[MunicipalityCounts, ...]
    conflicts: tuple[Conflict, ...]
    copies: tuple[str, ...]  # ids of the copies "keep both" made

    @property
    def summary_sv(self) -> str:
        """'3 nya, 1 ändrad, 0 borttagna och 1 i konflikt i 2 kommuner.'"""
        rows = self.municipalities
        new, changed = sum(r.new for r in rows), sum(r.changed for r in rows)
        deleted, conflicts = sum(r.deleted for r in rows), sum(r.in_conflict for r in rows)
        touched = sum(1 for r in rows if r.changes_anything)
        where = "1 kommun" if touched == 1 else f"{touched} kommuner"
        text = (
            f"{new} {'ny' if new == 1 else 'nya'}, "
            f"{changed} {'ändrad' if changed == 1 else 'ändrade'}, "
            f"{deleted} {'borttagen' if deleted == 1 else 'borttagna'} och {conflicts} i konflikt "
            f"i {where}"
        )
        if self.copies:
            text += f"; {len(self.copies)} {'version' if len(self.copies) == 1 else 'versioner'}"
            text += " sparades som kopior"
        return text + "."


def _summary(kind: Kind, values: Values | None) -> str:
    if values is None:
        return ""
    if kind is Kind.NOTE:  # the text too: two versions of a note often share their title
        title, body = str(values["title"]), str(values["body"])
        return summary(f"{title}: {body}" if title else body, words=14)
    if kind is Kind.STAGE_CHANGE:
        return summary(f"{values['stage']} {values['changed_on']} {values['comment']}")
    return place_summary(kind, values) or summary(str(values.get("title", "")))


def _moment(values: Values | None) -> dt.datetime:
    value = values.get("updated_at") if values is not None else None
    return value if isinstance(value, dt.datetime) else dt.datetime.min


def _conflict(decision: Decision, name: str, sender: str, local_name: str) -> Conflict:
    local = decision.local
    local_time = _moment(local)
    if decision.incoming is not None:
        incoming_time = decision.incoming.updated_at
        sentence = conflict_sentence(
            decision.kind, name, local_name, local_time, sender, incoming_time
        )
    else:
        assert decision.tombstone is not None
        incoming_time = decision.tombstone.deleted_at
        sentence = deleted_there_sentence(
            decision.kind, name, local_name, local_time, sender, incoming_time, decision.blocked
        )
    return Conflict(
        record_id=decision.record_id,
        kind=decision.kind,
        municipality_code=decision.municipality_code,
        municipality_name=name,
        local_summary=_summary(decision.kind, local),
        incoming_summary=_summary(
            decision.kind, decision.incoming.values if decision.incoming else None
        ),
        local_updated_at=local_time,
        incoming_updated_at=incoming_time,
        incoming_exported_by=sender,
        local_name=local_name,
        sentence_sv=sentence,
        incoming_deleted=decision.incoming is None,
    )


def _counts(plan: MergePlan, codes: tuple[str, ...]) -> tuple[MunicipalityCounts, ...]:
    tally: dict[str, dict[Outcome, int]] = {code: {} for code in codes}
    kinds: dict[str, dict[Kind, int]] = {}
    for decision in plan.decisions:
        per = tally.setdefault(decision.municipality_code, {})
        per[decision.outcome] = per.get(decision.outcome, 0) + 1
        if decision.outcome is not Outcome.UNCHANGED:
            changing = kinds.setdefault(decision.municipality_code, {})
            changing[decision.kind] = changing.get(decision.kind, 0) + 1
    return tuple(
        MunicipalityCounts(
            code=code,
            name=plan.names.get(code, code),
            new=per.get(Outcome.NEW, 0),
            changed=per.get(Outcome.CHANGED, 0),
            deleted=per.get(Outcome.DELETED, 0),
            in_conflict=per.get(Outcome.CONFLICT, 0),
            unchanged=per.get(Outcome.UNCHANGED, 0),
            by_kind=tuple(
                (kind, kinds[code][kind]) for kind in KINDS if kind in kinds.get(code, {})
            ),
        )
        for code, per in tally.items()
    )


def _conflicts(plan: MergePlan, exchange: ExchangeFile, local_name: str) -> tuple[Conflict, ...]:
    sender = exchange.manifest.exported_by
    return tuple(
        _conflict(d, plan.names.get(d.municipality_code, d.municipality_code), sender, local_name)
        for d in plan.decisions
        if d.step in (Step.CONFLICT, Step.KEEP_EDIT)
    )


def preview_import(session: Session, exchange: ExchangeFile, local_name: str) -> ImportPreview:
    """What importing ``exchange`` would do, per municipality, and every conflict with a
    Swedish sentence about it. Writes nothing; ``ExchangeFileError`` if it cannot go in."""
    check_against(session, exchange)
    plan = plan_merge(session, exchange)
    return ImportPreview(
        exported_by=exchange.manifest.exported_by,
        created_at=exchange.manifest.created_at,
        municipalities=_counts(plan, exchange.manifest.municipalities),
        conflicts=_conflicts(plan, exchange, local_name),
    )


def apply_import(
    session: Session,
    exchange: ExchangeFile,
    local_name: str,
    resolutions: Mapping[str, Resolution] | None = None,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Merge ``exchange`` into this file through ``session`` (the caller commits once).

    ``resolutions``: by record id, how a conflict is settled; one not named keeps both
    versions (the later keeps its id, the other is kept as a copy). ``Cancelled`` from
    ``progress`` or any failure leaves the session to be rolled back.
    """
    check_against(session, exchange)
    plan = plan_merge(session, exchange)
    progress.step(0, len(plan.decisions))
    conflicts = _conflicts(plan, exchange, local_name)
    applied = apply_plan(session, plan, exchange.mine, resolutions or {}, progress)
    progress.step(len(plan.decisions), len(plan.decisions))
    return ImportResult(
        municipalities=_counts(plan, exchange.manifest.municipalities),
        conflicts=conflicts,
        copies=tuple(copy_id for _kind, copy_id, _of in applied.copies),
    )
