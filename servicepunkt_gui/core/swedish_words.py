"""Swedish words for the stored codes, for files that leave the app (spreadsheet exports).

Exports are in Swedish whatever the window's language, like the reports: the same words as
the window's Swedish translation (``ui/common/labels.py`` via ``servicepunkt_sv.ts``) and
as ``export/report_words.py``, whose table names these follow so the two can be merged.
Kept in ``core`` (no Qt) because ``core.tables`` builds the export's rows.
"""

from __future__ import annotations

from servicepunkt_gui.core.vocabulary import (
    NO_PLAN,
    ActionStatus,
    AdoptingBody,
    FinancingSource,
    NoteCategory,
    PlanStage,
    ProgrammeRole,
)

STAGE_WORDS: dict[str, str] = {
    PlanStage.NOT_STARTED: "Ej påbörjad",
    PlanStage.MAPPING: "Kartläggning",
    PlanStage.DIALOGUE: "Dialog",
    PlanStage.DRAFT: "Utkast",
    PlanStage.CONSULTATION: "Remiss",
    PlanStage.ADOPTED: "Antagen",
    PlanStage.IMPLEMENTATION: "Genomförande",
    PlanStage.FOLLOW_UP: "Uppföljning",
    PlanStage.REVISION: "Revidering",
    NO_PLAN: "Ingen plan",
}

STATUS_WORDS: dict[str, str] = {
    ActionStatus.NOT_STARTED: "Ej påbörjad",
    ActionStatus.IN_PROGRESS: "Pågår",
    ActionStatus.DONE: "Genomförd",
    ActionStatus.CANCELLED: "Avbruten",
}

FINANCING_WORDS: dict[str, str] = {
    "": "",
    FinancingSource.SERVICE_GRANT: "Servicebidrag",
    FinancingSource.HOME_DELIVERY_GRANT: "Hemsändningsbidrag",
    FinancingSource.SPECIAL_OPERATING_SUPPORT: "Särskilt driftstöd",
    FinancingSource.INVESTMENT_SUPPORT: "Investeringsstöd",
    FinancingSource.MUNICIPAL_BUDGET: "Kommunal budget",
    FinancingSource.OTHER: "Övrigt",
}

CATEGORY_WORDS: dict[str, str] = {
    NoteCategory.MEETING: "Möte",
    NoteCategory.DIALOGUE: "Dialog",
    NoteCategory.DECISION: "Beslut",
    NoteCategory.FOLLOW_UP: "Uppföljning",
    NoteCategory.OTHER: "Övrigt",
}

ADOPTING_BODY_WORDS: dict[str, str] = {
    AdoptingBody.MUNICIPAL_COUNCIL: "Kommunfullmäktige (KF)",
    AdoptingBody.EXECUTIVE_BOARD: "Kommunstyrelsen (KS)",
}

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

ROLE_WORDS: dict[str, str] = {
    ProgrammeRole.PILOT: "Pilotkommun",
    ProgrammeRole.AMBASSADOR: "Ambassadörskommun",
}


def word(words: dict[str, str], code: str | None) -> str:
    """The Swedish word for ``code`` ("" for none); an unknown code is shown as it is."""
    if code is None:
        return ""
    return words.get(code, code)
