"""A report as a small document: headings, paragraphs, key–value blocks, lists, tables, images.

Built once from a ``core.report`` report and then drawn by each writer (``pdf_report`` for
PDF and printing, ``docx_report`` for Word), so every format says the same thing. Every
text in it is plain text: writers never read it as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from servicepunkt_gui.core.report import FollowUpReport, GoalNode, PlanPart, TrafficLight
from servicepunkt_gui.core.report_status import StatusReport
from servicepunkt_gui.export.report_words import (
    MISSING,
    adopting_body_word,
    category_word,
    financing_word,
    kronor,
    light_word,
    long_date,
    short_date,
    stage_word,
    status_word,
)

# Characters no document format can hold (XML 1.0 refuses them; they are never text
# anybody meant): C0 controls other than tab and newline, and lone surrogates.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """User text as the writers take it: newlines as ``\\n``, unwritable characters gone."""
    return _UNWRITABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 a section, 2 a part of one, 3 an item (a note's title)


@dataclass(frozen=True)
class Paragraph:
    text: str
    small: bool = False  # an explanation or a note's date line: smaller, muted


@dataclass(frozen=True)
class KeyValues:
    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[int, str], ...]  # (depth from 0, text)


@dataclass(frozen=True)
class Cell:
    text: str
    detail: str = ""  # a second, smaller line under the text
    light: TrafficLight | None = None  # a traffic-light cell: coloured, with a dot
    bold: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the table's width; a table's shares add up to 1
    align: Align = Align.LEFT


@dataclass(frozen=True)
class GroupRow:
    """A row across the whole table that heads the rows after it (an action's goal)."""

    text: str


Row = tuple[Cell, ...] | GroupRow


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    total: tuple[Cell, ...] | None = None  # a last row in bold
    width: float = 1.0  # share of the page's width


@dataclass(frozen=True)
class Picture:
    """An image (the map, ``report_map``) as a PNG file's bytes, centred, ``width_mm`` wide."""

    png: bytes
    width_mm: float
    height_mm: float
    description: str  # what it shows, for those who cannot see it


Block = Heading | Paragraph | KeyValues | Bullets | Table | Picture


@dataclass(frozen=True)
class ReportDocument:
    title: str  # "Årlig uppföljning av serviceplan"
    subtitle: str  # "Sorsele kommun, Västerbottens län"
    header: str  # on top of every page
    footer: str  # at the foot of every page, before "Sida N av M"
    author: str
    blocks: tuple[Block, ...]
    landscape: bool = False


def _cells(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell(clean(text)) for text in texts)


def _written(written_by: str, day_text: str) -> str:
    return f"{day_text} av {written_by}" if written_by else day_text


# -- the yearly follow-up ---------------------------------------------------------


def follow_up_document(report: FollowUpReport) -> ReportDocument:
    place = report.municipality
    official = clean(place.official_name)
    period = f"{long_date(report.notes_from)} – {long_date(report.notes_to)}"
    blocks: list[Block] = [
        KeyValues(
            (
                ("Kommun", official),
                ("Län", clean(place.county_name)),
                ("Anteckningar från", period),
                ("Skriven", _written(clean(report.written_by), long_date(report.today))),
            )
        ),
        Heading("Serviceplan"),
    ]
    if report.plan is None:
        blocks.append(Paragraph("Kommunen har ingen aktuell serviceplan registrerad."))
    else:
        blocks.extend(_plan_blocks(report.plan))
    if report.places is not None:
        # Imported here: report_places lays out with this module's blocks.
        from servicepunkt_gui.export.report_places import follow_up_blocks

        blocks.extend(follow_up_blocks(report.places, place.official_name))
    blocks.append(Heading(f"Anteckningar {period}"))
    if not report.notes:
        blocks.append(Paragraph("Inga anteckningar under perioden."))
    for note in report.notes:
        title = clean(note.title) or category_word(note.category)
        meta = [short_date(note.concerns_date), category_word(note.category)]
        if note.author:
            meta.append(clean(note.author))
        if note.shortened:
            meta.append("förkortad")
        blocks += [Heading(title, 3), Paragraph(" · ".join(meta), small=True)]
        blocks.append(Paragraph(clean(note.body)))
    title = "Årlig uppföljning av serviceplan"
    return ReportDocument(
        title=title,
        subtitle=f"{official}, {clean(place.county_name)}",
        header=f"{official} – {title}",
        footer=f"Skriven {long_date(report.today)}",
        author=clean(report.written_by),
        blocks=tuple(blocks),
    )


def _plan_blocks(plan: PlanPart) -> list[Block]:
    responsible = clean(plan.revision_responsible)
    if responsible:
        responsible += " (senaste skedesändringen)"
    adopted = adopting_body_word(plan.adopted_by)
    blocks: list[Block] = [
        KeyValues(
            (
                ("Plan", clean(plan.title)),
                ("Period", f"{plan.first_year}–{plan.last_year}"),
                ("Skede", stage_word(plan.stage)),
                ("Antagen av", adopted),
                ("Antagen", long_date(plan.adopted_on)),
                ("Paragraf", clean(plan.paragraph) or MISSING),
                ("Diarienummer", clean(plan.case_number) or MISSING),
                ("Revideras senast", long_date(plan.revise_by)),
                ("Nästa uppföljning", long_date(plan.next_follow_up)),
                ("Ansvarig för revidering", responsible or MISSING),
            )
        ),
        Heading("Skeden", 2),
    ]
    blocks.append(
        Table(
            (
                Column("Datum", 0.14),
                Column("Skede", 0.18),
                Column("Av", 0.22),
                Column("Kommentar", 0.46),
            ),
            tuple(
                _cells(short_date(step.changed_on), stage_word(step.stage), step.changed_by)
                + _cells(step.comment)
                for step in plan.history
            ),
        )
    )
    blocks.append(Heading("Mål och delmål", 2))
    items = tuple(_goal_items(plan.goals, 0))
    blocks.append(Bullets(items) if items else Paragraph("Planen har inga mål registrerade."))
    blocks.append(Heading("Åtgärder", 2))
    if not plan.actions:
        blocks.append(Paragraph("Planen har inga åtgärder registrerade."))
        return blocks
    counted = len(plan.counted_actions)
    lights = plan.lights()
    summary = (
        f"{plan.actions_done} av {counted} åtgärder är genomförda och "
        f"{plan.actions_delayed} är försenade. Grön: {lights[TrafficLight.GREEN]}, "
        f"gul: {lights[TrafficLight.YELLOW]}, röd: {lights[TrafficLight.RED]}."
    )
    blocks.append(Paragraph(summary))
    blocks.append(
        Table(
            (
                Column("Åtgärd", 0.22),
                Column("Ansvarig", 0.18),
                Column("Klart senast", 0.11),
                Column("Kostnad", 0.13, Align.RIGHT),
                Column("Finansiering", 0.18),
                Column("Status", 0.11),
                Column("Läge", 0.07),
            ),
            tuple(_action_rows(plan)),
            total=(
                Cell(f"Summa ({counted} åtgärder)", bold=True),
                Cell(""),
                Cell(""),
                Cell(kronor(plan.total_cost_sek), bold=True),
                Cell(""),
                Cell(""),
                Cell(""),
            ),
        )
    )
    blocks.append(
        Paragraph(
            "Läge: grön = genomförd eller i tid, gul = klart senast inom 30 dagar, "
            "röd = försenad. Avbrutna åtgärder räknas inte i summan.",
            small=True,
        )
    )
    return blocks


def _action_rows(plan: PlanPart) -> list[Row]:
    """The actions under their goals, goals in the order of the goal list, actions in theirs;
    those tied to no goal last."""
    order = {number: index for index, (number, _title) in enumerate(_goal_numbers(plan.goals))}
    ordered = sorted(plan.actions, key=lambda a: order.get(a.goal_number, len(order)))
    rows: list[Row] = []
    group: str | None = None
    for action in ordered:
        if action.goal_number != group:
            group = action.goal_number
            title = f"Mål {group} {clean(action.goal)}" if group else "Åtgärder utan mål"
            rows.append(GroupRow(title))
        rows.append(
            (
                Cell(clean(action.title)),
                *_cells(action.responsible, short_date(action.deadline)),
                Cell(kronor(action.cost_sek)),
                *_cells(financing_word(action.financing)),
                Cell(status_word(action.status, action.delayed)),
                Cell(light_word(action.light), light=action.light),
            )
        )
    return rows


def _goal_numbers(goals: tuple[GoalNode, ...]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for goal in goals:
        found.append((goal.number, goal.title))
        found.extend(_goal_numbers(goal.children))
    return found


def _goal_items(goals: tuple[GoalNode, ...], depth: int) -> list[tuple[int, str]]:
    items: list[tuple[int, str]] = []
    for goal in goals:
        items.append((depth, f"{goal.number} {clean(goal.title)}"))
        items.extend(_goal_items(goal.children, depth + 1))
    return items


# -- the status report --------------------------------------------------------------


def status_document(report: StatusReport) -> ReportDocument:
    chosen = clean(report.title)
    with_plan = sum(row.has_plan for row in report.rows)
    blocks: list[Block] = [
        KeyValues(
            (
                ("Urval", chosen),
                ("Kommuner", f"{len(report.rows)}, varav {with_plan} med aktuell plan"),
                ("Skriven", _written(clean(report.written_by), long_date(report.today))),
            )
        ),
        Heading("Kommunerna per skede"),
        Table(
            (Column("Skede", 0.7), Column("Kommuner", 0.3, Align.RIGHT)),
            tuple(
                _cells(stage_word(count.stage), str(count.municipalities))
                for count in report.stages
            ),
            total=(Cell("Summa", bold=True), Cell(str(len(report.rows)), bold=True)),
            width=0.45,
        ),
        Heading("Kommunerna"),
        Table(
            (
                Column("Kommun", 0.15),
                Column("Län", 0.15),
                Column("Skede", 0.11),
                Column("Antagen", 0.09),
                Column("Revideras senast", 0.1),
                Column("Senaste uppföljning", 0.1),
                Column("Nästa uppföljning", 0.1),
                Column("Genomförda åtgärder", 0.11, Align.RIGHT),
                Column("Försenade", 0.09, Align.RIGHT),
            ),
            tuple(
                (
                    *_cells(row.name, row.county_name, stage_word(row.stage)),
                    *_cells(short_date(row.adopted_on), short_date(row.revise_by)),
                    *_cells(short_date(row.last_follow_up), short_date(row.next_follow_up)),
                    Cell(f"{row.actions_done} av {row.actions_total}" if row.has_plan else MISSING),
                    Cell(
                        str(row.actions_delayed) if row.has_plan else MISSING,
                        light=TrafficLight.RED if row.actions_delayed else None,
                    ),
                )
                for row in report.rows
            ),
            total=(
                Cell("Summa", bold=True),
                *(Cell("") for _ in range(6)),
                Cell(f"{report.actions_done} av {report.actions_total}", bold=True),
                Cell(str(report.actions_delayed), bold=True),
            ),
        ),
        Paragraph(
            "Senaste uppföljning: det senare av planens senaste steg till skedet uppföljning "
            "och kommunens senaste anteckning i kategorin uppföljning. Avbrutna åtgärder "
            "räknas inte; försenade åtgärder har passerat sitt klart senast-datum utan att "
            "vara genomförda.",
            small=True,
        ),
    ]
    from servicepunkt_gui.export.report_places import status_blocks

    blocks.extend(status_blocks(report))
    title = "Status för serviceplaner"
    return ReportDocument(
        title=title,
        subtitle=chosen,
        header=f"{title} – {chosen}",
        footer=f"Skriven {long_date(report.today)}",
        author=clean(report.written_by),
        blocks=tuple(blocks),
        landscape=True,
    )
