"""The register in the reports' layout: "Serviceställen, avtal och stöd".

The yearly follow-up gets the places, the agreements running in its period, the grant
cases covering its years and a warning per grant at risk for want of a current plan
(``follow_up_blocks``); the status report gets one row per municipality that has any of
them (``status_blocks``). Only plain text: user text goes through ``clean``.
"""

from __future__ import annotations

from servicepunkt_gui.core.grant_risk import (
    NO_ADOPTED_PLAN,
    NO_PLAN,
    REVISION_OVERDUE,
    REVISION_SOON,
    PlanStanding,
)
from servicepunkt_gui.core.report import TrafficLight
from servicepunkt_gui.core.report_places import NO_COUNTS, GrantLine, PlacesPart
from servicepunkt_gui.core.report_status import StatusReport
from servicepunkt_gui.export.report_layout import (
    Align,
    Block,
    Cell,
    Column,
    Heading,
    Paragraph,
    Row,
    Table,
    clean,
)
from servicepunkt_gui.export.report_words import (
    MISSING,
    grant_status_word,
    grant_type_word,
    kronor,
    long_date,
    place_kind_word,
    place_status_word,
    services_in_short,
    short_date,
    tasks_word,
    years,
)

SECTION = "Serviceställen, avtal och stöd"
# Under a grant's status in the table; the warning below the table says it in full.
RISK_SHORT = {
    NO_PLAN: "Ingen plan",
    NO_ADOPTED_PLAN: "Ingen antagen plan",
    REVISION_OVERDUE: "Planen ej reviderad",
    REVISION_SOON: "Revideras snart",
}


def follow_up_blocks(part: PlacesPart, official_name: str) -> list[Block]:
    """The section of one municipality's yearly follow-up."""
    blocks: list[Block] = [Heading(SECTION)]
    if part.is_empty:
        blocks.append(Paragraph("Kommunen har inga serviceställen, avtal eller stöd registrerade."))
        return blocks
    blocks.append(Heading("Serviceställen", 2))
    if part.places:
        blocks.append(
            Table(
                (
                    Column("Namn", 0.24),
                    Column("Typ", 0.15),
                    Column("Ort", 0.15),
                    Column("Service", 0.31),
                    Column("Status", 0.15),
                ),
                tuple(
                    (
                        Cell(clean(place.name)),
                        Cell(place_kind_word(place.kind)),
                        Cell(clean(place.locality) or MISSING),
                        Cell(clean(services_in_short(place.services, place.other_service))),
                        Cell(
                            place_status_word(place.status),
                            detail=short_date(place.status_on) if place.status_on else "",
                        ),
                    )
                    for place in part.places
                ),
            )
        )
    else:
        blocks.append(Paragraph("Kommunen har inga serviceställen registrerade."))
    period = f"{long_date(part.period_from)} – {long_date(part.period_to)}"
    blocks.append(Heading(f"Avtal som löper {period}", 2))
    blocks.extend(_agreement_blocks(part))
    covered = years(part.period_from.year, part.period_to.year)
    blocks.append(Heading(f"Stöd för {covered}", 2))
    blocks.extend(_grant_blocks(part, clean(official_name)))
    return blocks


def _agreement_blocks(part: PlacesPart) -> list[Block]:
    if not part.agreements:
        return [Paragraph("Inga avtal löper under perioden.")]
    fees = [a.yearly_fee_sek for a in part.agreements if a.yearly_fee_sek is not None]
    return [
        Table(
            (
                Column("Serviceställe", 0.22),
                Column("Period", 0.2),
                Column("Uppdrag", 0.26),
                Column("Årsersättning", 0.15, Align.RIGHT),
                Column("Utbetalt under perioden", 0.17, Align.RIGHT),
            ),
            tuple(
                (
                    Cell(clean(a.place)),
                    Cell(f"{short_date(a.starts_on)} – {short_date(a.ends_on)}"),
                    Cell(clean(tasks_word(a.tasks, a.other_task))),
                    Cell(kronor(a.yearly_fee_sek)),
                    Cell(kronor(a.paid_in_period_sek)),
                )
                for a in part.agreements
            ),
            total=(
                Cell(f"Summa ({len(part.agreements)} avtal)", bold=True),
                Cell(""),
                Cell(""),
                Cell(kronor(sum(fees)), bold=True),
                Cell(kronor(sum(a.paid_in_period_sek for a in part.agreements)), bold=True),
            ),
        )
    ]


def _grant_blocks(part: PlacesPart, official_name: str) -> list[Block]:
    if not part.grants:
        return [Paragraph("Inga stödärenden gäller perioden.")]

    def total(amounts: list[int | None]) -> Cell:
        return Cell(kronor(sum(amount or 0 for amount in amounts)), bold=True)

    rows: list[Row] = [
        (
            Cell(grant_type_word(grant.grant_type), detail=clean(grant.title)),
            Cell(_applicant(grant, official_name)),
            Cell(years(grant.first_year, grant.last_year)),
            Cell(kronor(grant.applied_sek)),
            Cell(kronor(grant.granted_sek)),
            Cell(kronor(grant.paid_sek)),
            Cell(
                grant_status_word(grant.status),
                detail=RISK_SHORT.get(grant.risk, "") if grant.risk is not None else "",
                light=_light(grant.risk),
            ),
        )
        for grant in part.grants
    ]
    blocks: list[Block] = [
        Table(
            (
                Column("Stöd", 0.2),
                Column("Sökande", 0.19),
                Column("År", 0.1),
                Column("Sökt", 0.12, Align.RIGHT),
                Column("Beviljat", 0.12, Align.RIGHT),
                Column("Utbetalt", 0.12, Align.RIGHT),
                Column("Status", 0.15),
            ),
            tuple(rows),
            total=(
                Cell(f"Summa ({len(part.grants)} ärenden)", bold=True),
                Cell(""),
                Cell(""),
                total([g.applied_sek for g in part.grants]),
                total([g.granted_sek for g in part.grants]),
                total([g.paid_sek for g in part.grants]),
                Cell(""),
            ),
        )
    ]
    for grant in part.grants_at_risk:
        blocks.append(Paragraph(warning(grant, part.standing, official_name)))
    return blocks


def _light(risk: str | None) -> TrafficLight | None:
    """Red for a case at risk now; yellow for one whose plan is only due for revision soon."""
    if risk is None:
        return None
    return TrafficLight.YELLOW if risk == REVISION_SOON else TrafficLight.RED


def _applicant(grant: GrantLine, official_name: str) -> str:
    if grant.applicant is None:
        return official_name
    return clean(grant.applicant) or MISSING  # a place in the trash


def warning(grant: GrantLine, standing: PlanStanding, official_name: str) -> str:
    """ "Varning: Servicebidrag 2026 (Handlar'n i Ammarnäs) kräver en aktuell serviceplan,
    men kommunen har ingen antagen serviceplan." """
    what = f"{grant_type_word(grant.grant_type)} {years(grant.first_year, grant.last_year)}"
    applicant = _applicant(grant, official_name)
    if applicant != MISSING:  # not for an applicant place in the trash
        what = f"{what} ({applicant})"
    due = long_date(standing.revise_by)
    if grant.risk == REVISION_OVERDUE:
        reason = f"men serviceplanen skulle ha reviderats senast {due}"
    elif grant.risk == REVISION_SOON:
        reason = f"och serviceplanen ska revideras senast {due}"
    elif grant.risk == NO_ADOPTED_PLAN:
        reason = "men serviceplanen är inte antagen än"
    else:
        reason = "men kommunen har ingen serviceplan"
    return f"Varning: {what} kräver en aktuell serviceplan, {reason}."


def status_blocks(report: StatusReport) -> list[Block]:
    """The status report's section: the municipalities with any place, agreement or grant."""
    year = report.today.year
    blocks: list[Block] = [Heading(SECTION)]
    listed = [row for row in report.rows if row.register != NO_COUNTS]
    if not listed:
        blocks.append(
            Paragraph(
                "Inga serviceställen, avtal eller stöd är registrerade i de valda kommunerna."
            )
        )
        return blocks
    summed = report.register
    blocks.append(
        Table(
            (
                Column("Kommun", 0.28),
                Column("Serviceställen", 0.16, Align.RIGHT),
                Column("Avtal som löper", 0.16, Align.RIGHT),
                Column(f"Beviljat stöd {year}", 0.22, Align.RIGHT),
                Column("Stöd utan aktuell plan", 0.18, Align.RIGHT),
            ),
            tuple(
                (
                    Cell(clean(row.name)),
                    Cell(str(row.register.places)),
                    Cell(str(row.register.agreements_running)),
                    Cell(kronor(row.register.granted_this_year_sek)),
                    Cell(
                        str(row.register.grants_at_risk),
                        light=TrafficLight.RED if row.register.grants_at_risk else None,
                    ),
                )
                for row in listed
            ),
            total=(
                Cell(
                    f"Summa ({len(listed)} {'kommun' if len(listed) == 1 else 'kommuner'})",
                    bold=True,
                ),
                Cell(str(summed.places), bold=True),
                Cell(str(summed.agreements_running), bold=True),
                Cell(kronor(summed.granted_this_year_sek), bold=True),
                Cell(str(summed.grants_at_risk), bold=True),
            ),
            width=0.8,
        )
    )
    others = len(report.rows) - len(listed)
    rest = f" {others} av kommunerna har inget registrerat och visas inte." if others else ""
    blocks.append(
        Paragraph(
            f"Avtal som löper: den {long_date(report.today)}. Beviljat stöd: de stödärenden "
            f"som gäller {year}. Stöd utan aktuell plan: öppna stödärenden som kräver en "
            "serviceplan när kommunen saknar antagen plan eller planen har passerat sitt "
            f"revideras senast-datum.{rest}",
            small=True,
        )
    )
    return blocks


def _municipalities(count: int) -> str:
    return "1 kommun" if count == 1 else f"{count} kommuner"
