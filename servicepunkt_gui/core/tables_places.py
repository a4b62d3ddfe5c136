"""The register's tables to export: serviceställen, agreements, their payments, grant cases.

``core.tables`` offers them as four more ``TableKind``s; ``RegisterReader`` reads them in one
query per kind whatever the number of municipalities. Records in the trash are left out, and
so are the agreements (and their payments) of a place in the trash; a grant case whose
applicant place is in the trash shows no applicant, as a note shows no plan once its plan is
in the trash. Each service of the checklist is a column of its own, "Ja" or empty, so that
Excel's filter finds every place with a paketombud in one click.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from servicepunkt_gui.core.grant_risk import NO_PLAN_STANDING, plan_standing, risk_of
from servicepunkt_gui.core.models import ServicePlan
from servicepunkt_gui.core.payment_schedule import unpaid_due_dates, yearly_fee
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
)
from servicepunkt_gui.core.report_places import risk_text, task_count
from servicepunkt_gui.core.swedish_words import (
    AGREEMENT_TASK_WORDS,
    GRANT_DECIDER_WORDS,
    GRANT_STATUS_WORDS,
    GRANT_TYPE_WORDS,
    PAYMENT_INTERVAL_WORDS,
    PLACE_KIND_WORDS,
    PLACE_SERVICE_WORDS,
    PLACE_SOURCE_WORDS,
    PLACE_STATUS_WORDS,
    word,
    word_list,
)
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.export.sheets import Cell, CellKind, Column

K = CellKind
Row = tuple[Cell, ...]
YES = "Ja"  # a service offered; an empty cell where it is not
MUNICIPALITY_APPLICANT = "Kommunen"
# Decimal figures (positions, hours, kilometres) are text until ``export.sheets`` has a
# decimal kind: an INTEGER column would round them. Positions keep the decimal point that
# map services expect; hours and kilometres are written the Swedish way ("37,5").
DECIMAL = K.TEXT

# fmt: off
PLACE_COLUMNS: tuple[Column, ...] = (
    Column("Kommun"), Column("Namn"), Column("Typ"), Column("Ort"), Column("Adress"),
    Column("Latitud", DECIMAL), Column("Longitud", DECIMAL), Column("Driftansvarig"),
    Column("Organisationsnummer"), Column("Kontaktperson"), Column("Telefon"),
    Column("E-post"),
    *(Column(title) for title in PLACE_SERVICE_WORDS.values()),
    Column("Annan service"), Column("Bemannad", K.YES_NO),
    Column("Öppettimmar per vecka", DECIMAL), Column("Sista butiken på orten", K.YES_NO),
    Column("Avstånd till närmaste (km)", DECIMAL), Column("Avståndet enligt"),
    Column("Strategiskt viktig", K.YES_NO), Column("Servicenivå"), Column("Senaste status"),
    Column("Status sedan", K.DATE), Column("Källa"), Column("Källans id"),
)
AGREEMENT_COLUMNS: tuple[Column, ...] = (
    Column("Kommun"), Column("Serviceställe"), Column("Från", K.DATE), Column("Till", K.DATE),
    Column("Förlängning"), Column("Uppdrag"), Column("Antal uppdrag", K.INTEGER),
    Column("Ersättning per uppdrag", K.KRONOR), Column("Årsersättning", K.KRONOR),
    Column("Utbetalning"), Column("Diarienummer"), Column("Ansvarig"),
    Column("Utbetalt hittills", K.KRONOR), Column("Nästa utbetalning", K.DATE),
    Column("Kommentar"),
)
PAYMENT_COLUMNS: tuple[Column, ...] = (
    Column("Kommun"), Column("Serviceställe"), Column("Avtalsperiod"),
    Column("Avtalets diarienummer"), Column("Utbetald", K.DATE), Column("Belopp", K.KRONOR),
    Column("Kommentar"),
)
GRANT_COLUMNS: tuple[Column, ...] = (
    Column("Kommun"), Column("Typ"), Column("Rubrik"), Column("Beslutas av"),
    Column("Sökande"), Column("Från år", K.INTEGER), Column("Till år", K.INTEGER),
    Column("Sista ansökningsdag", K.DATE), Column("Skickad", K.DATE),
    Column("Diarienummer"), Column("Sökt", K.KRONOR), Column("Beviljat", K.KRONOR),
    Column("Utbetalt", K.KRONOR), Column("Beslutsdatum", K.DATE), Column("Villkor"),
    Column("Ansvarig"), Column("Status"), Column("Kräver plan", K.YES_NO),
    Column("Planrisk"), Column("Hushåll", K.INTEGER), Column("Leveranser", K.INTEGER),
    Column("Nettokostnad", K.KRONOR),
)
# fmt: on


def swedish_decimal(value: float | None) -> str | None:
    """37.5 as "37,5", 40.0 as "40"; None stays empty."""
    if value is None:
        return None
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def position(value: float | None) -> str | None:
    """A WGS84 degree with six decimals (about 0.1 m), decimal point: "63.290123"."""
    return None if value is None else f"{value:.6f}"


def period_text(starts_on: dt.date, ends_on: dt.date) -> str:
    return f"{starts_on.isoformat()} – {ends_on.isoformat()}"


class RegisterReader:
    """The register's queries for one export; the places are read once and shared."""

    def __init__(
        self,
        session: Session,
        codes: list[str] | None,  # None: every municipality
        order: dict[str, int],
        names: dict[str, str],
        today: dt.date,
        plans: Callable[[], Sequence[ServicePlan]],  # the scope's plans outside the trash
    ) -> None:
        self.session, self.codes, self.order, self.names = session, codes, order, names
        self.today, self.plans = today, plans
        self._places: list[ServicePlace] | None = None
        self._agreements: list[Agreement] | None = None
        self._by_agreement: dict[str, list[AgreementPayment]] | None = None

    def _where(self, column: Any) -> ColumnElement[bool]:
        return true() if self.codes is None else column.in_(self.codes)

    def places(self) -> list[ServicePlace]:
        if self._places is None:
            found = self.session.scalars(
                select(ServicePlace).where(
                    ServicePlace.deleted_at.is_(None), self._where(ServicePlace.municipality_code)
                )
            )
            self._places = sorted(
                (place for place in found if place.municipality_code in self.order),
                key=lambda p: (
                    self.order[p.municipality_code],
                    swedish_sort_key(p.name),
                    swedish_sort_key(p.locality),
                ),
            )
        return self._places

    def place_names(self) -> dict[str, str]:
        return {place.id: place.name for place in self.places()}

    def agreements(self) -> list[Agreement]:
        """The agreements outside the trash of the places outside it, by place and start."""
        if self._agreements is None:
            names = self.place_names()
            place_order = {place.id: index for index, place in enumerate(self.places())}
            found = self.session.scalars(
                select(Agreement).where(
                    Agreement.deleted_at.is_(None), self._where(Agreement.municipality_code)
                )
            )
            self._agreements = sorted(
                (a for a in found if a.place_id in names and a.municipality_code in self.order),
                key=lambda a: (place_order[a.place_id], a.starts_on, a.ends_on),
            )
        return self._agreements

    def _payments(self) -> dict[str, list[AgreementPayment]]:
        """Each live agreement's payments, oldest first."""
        if self._by_agreement is not None:
            return self._by_agreement
        wanted = {agreement.id for agreement in self.agreements()}
        by_agreement: dict[str, list[AgreementPayment]] = {}
        query = (
            select(AgreementPayment)
            .join(Agreement, Agreement.id == AgreementPayment.agreement_id)
            .where(Agreement.deleted_at.is_(None), self._where(Agreement.municipality_code))
            .order_by(AgreementPayment.paid_on, AgreementPayment.created_at)
        )
        for payment in self.session.scalars(query):
            if payment.agreement_id in wanted:
                by_agreement.setdefault(payment.agreement_id, []).append(payment)
        self._by_agreement = by_agreement
        return by_agreement

    # --- The sheets' rows --------------------------------------------------------------

    def place_rows(self) -> list[Row]:
        latest: dict[str, PlaceStatusChange] = {}
        query = (
            select(PlaceStatusChange)
            .join(ServicePlace, ServicePlace.id == PlaceStatusChange.place_id)
            .where(ServicePlace.deleted_at.is_(None), self._where(ServicePlace.municipality_code))
            .order_by(PlaceStatusChange.changed_on, PlaceStatusChange.created_at)
        )
        for change in self.session.scalars(query):
            latest[change.place_id] = change  # the last one wins
        rows: list[Row] = []
        for p in self.places():
            offered = set(p.services.split())
            step = latest.get(p.id)
            rows.append(
                (
                    self.names[p.municipality_code], p.name, word(PLACE_KIND_WORDS, p.kind),
                    p.locality, p.address, position(p.latitude), position(p.longitude),
                    p.operator_name, p.org_number, p.contact_person, p.phone, p.email,
                    *(YES if code in offered else None for code in PLACE_SERVICE_WORDS),
                    p.other_service, bool(p.staffed), swedish_decimal(p.hours_per_week),
                    bool(p.last_shop), swedish_decimal(p.nearest_km), p.nearest_source,
                    bool(p.strategic), p.service_level,
                    word(PLACE_STATUS_WORDS, step.status) if step else None,
                    step.changed_on if step else None,
                    word(PLACE_SOURCE_WORDS, p.source), p.source_id,
                )
            )  # fmt: skip
        return rows

    def agreement_rows(self) -> list[Row]:
        names, payments = self.place_names(), self._payments()
        rows: list[Row] = []
        for a in self.agreements():
            made = payments.get(a.id, [])
            tasks = task_count(a.tasks, a.other_task)
            fee = a.fee_per_task_sek
            due = unpaid_due_dates(a.starts_on, a.ends_on, a.payment_interval, len(made))
            paid = sum(p.amount_sek for p in made if p.paid_on <= self.today)
            rows.append(
                (
                    self.names[a.municipality_code], names[a.place_id], a.starts_on, a.ends_on,
                    a.extension_terms, word_list(AGREEMENT_TASK_WORDS, a.tasks, a.other_task),
                    tasks, fee, yearly_fee(tasks, fee),
                    word(PAYMENT_INTERVAL_WORDS, a.payment_interval), a.case_number,
                    a.responsible, paid, due[0] if due else None, a.comment,
                )
            )  # fmt: skip
        return rows

    def payment_rows(self) -> list[Row]:
        names, payments = self.place_names(), self._payments()
        rows: list[Row] = []
        for a in self.agreements():
            for payment in payments.get(a.id, []):
                rows.append(
                    (
                        self.names[a.municipality_code],
                        names[a.place_id],
                        period_text(a.starts_on, a.ends_on),
                        a.case_number,
                        payment.paid_on,
                        payment.amount_sek,
                        payment.comment,
                    )
                )
        return rows

    def grant_rows(self) -> list[Row]:
        names = self.place_names()
        standings = {
            plan.municipality_code: plan_standing(
                plan.stage, plan.revise_by, plan.last_year, self.today
            )
            for plan in self.plans()
            if plan.is_current
        }
        found = self.session.scalars(
            select(GrantCase).where(
                GrantCase.deleted_at.is_(None), self._where(GrantCase.municipality_code)
            )
        )
        types = {kind: index for index, kind in enumerate(GRANT_TYPE_WORDS)}

        def applicant(grant: GrantCase) -> str:
            if grant.place_id is None:
                return MUNICIPALITY_APPLICANT
            return names.get(grant.place_id, "")

        grants = sorted(
            (g for g in found if g.municipality_code in self.order),
            key=lambda g: (
                self.order[g.municipality_code],
                g.first_year,
                g.last_year,
                types.get(g.grant_type, len(types)),
                swedish_sort_key(applicant(g)),
                swedish_sort_key(g.title),
            ),
        )
        rows: list[Row] = []
        for g in grants:
            standing = standings.get(g.municipality_code, NO_PLAN_STANDING)
            risk = risk_of(g.needs_plan, g.status, standing.risk)
            rows.append(
                (
                    self.names[g.municipality_code], word(GRANT_TYPE_WORDS, g.grant_type),
                    g.title, word(GRANT_DECIDER_WORDS, g.decider), applicant(g),
                    g.first_year, g.last_year, g.deadline, g.sent_on, g.decider_case_number,
                    g.applied_sek, g.granted_sek, g.paid_sek, g.decided_on, g.conditions,
                    g.responsible, word(GRANT_STATUS_WORDS, g.status), bool(g.needs_plan),
                    risk_text(risk, standing) or None, g.households, g.deliveries,
                    g.net_cost_sek,
                )
            )  # fmt: skip
        return rows
