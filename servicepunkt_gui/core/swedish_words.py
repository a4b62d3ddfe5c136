"""Swedish words for the stored codes, for files that leave the app (spreadsheet exports,
reports, the command line).

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
    AgreementTask,
    FinancingSource,
    GrantDecider,
    GrantStatus,
    GrantType,
    NoteCategory,
    PaymentInterval,
    PlaceKind,
    PlaceService,
    PlaceStatus,
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

PLACE_KIND_WORDS: dict[str, str] = {
    PlaceKind.SERVICE_LOCALITY: "Serviceort",
    PlaceKind.SERVICE_NODE: "Servicenod",
    PlaceKind.SERVICE_POINT: "Servicepunkt",
    PlaceKind.GROCERY_STORE: "Dagligvarubutik",
    PlaceKind.FUEL_STATION: "Drivmedelsstation",
    PlaceKind.AGENT: "Ombud",
    PlaceKind.OTHER: "Annat",
}

# In vocabulary order: the order of the checklist and of the spreadsheet's columns.
PLACE_SERVICE_WORDS: dict[str, str] = {
    PlaceService.GROCERIES_FULL: "Dagligvaror (fullsortiment)",
    PlaceService.GROCERIES_LIMITED: "Dagligvaror (begränsat sortiment)",
    PlaceService.FUEL: "Drivmedel",
    PlaceService.PARCEL_AGENT: "Paketombud",
    PlaceService.PARCEL_PICKUP: "Utlämning av paket",
    PlaceService.PARCEL_LOCKER: "Paketautomat",
    PlaceService.PHARMACY_AGENT: "Apoteksombud",
    PlaceService.CASH_WITHDRAWAL: "Kontantuttag",
    PlaceService.PAYMENT_SERVICE: "Betalningsförmedling",
    PlaceService.DAILY_DEPOSIT: "Dagskasseinsättning",
    PlaceService.EV_CHARGING: "Laddpunkt",
    PlaceService.HOME_DELIVERY: "Hemsändning",
    PlaceService.INTERNET: "Internet",
    PlaceService.INFORMATION: "Information",
    PlaceService.MEETING_PLACE: "Mötesplats",
    PlaceService.LIBRARY: "Bibliotek",
    PlaceService.TOURIST_INFORMATION: "Turistinformation",
}

PLACE_STATUS_WORDS: dict[str, str] = {
    PlaceStatus.OPENED: "Öppnad",
    PlaceStatus.THREATENED: "Hotad",
    PlaceStatus.CLOSED: "Stängd",
    PlaceStatus.REOPENED: "Återöppnad",
}

AGREEMENT_TASK_WORDS: dict[str, str] = {
    AgreementTask.INFORMATION: "Information",
    AgreementTask.CONNECTIVITY: "Uppkoppling",
    AgreementTask.HOME_DELIVERY: "Hemsändning",
    AgreementTask.MEETING_PLACE: "Mötesplats",
    AgreementTask.ACTIVITIES: "Aktiviteter",
}

PAYMENT_INTERVAL_WORDS: dict[str, str] = {
    PaymentInterval.MONTHLY: "Varje månad",
    PaymentInterval.QUARTERLY: "Varje kvartal",
    PaymentInterval.HALF_YEARLY: "Varje halvår",
    PaymentInterval.YEARLY: "En gång om året",
}

GRANT_TYPE_WORDS: dict[str, str] = {
    GrantType.SERVICE_GRANT: "Servicebidrag",
    GrantType.HOME_DELIVERY_GRANT: "Hemsändningsbidrag",
    GrantType.SPECIAL_OPERATING_SUPPORT: "Särskilt driftstöd",
    GrantType.INVESTMENT_SUPPORT: "Investeringsstöd",
    GrantType.REGIONAL_PROJECT: "Regionala projektmedel",
    GrantType.MUNICIPAL_SUPPORT: "Kommunalt stöd",
    GrantType.OTHER: "Annat stöd",
}

GRANT_DECIDER_WORDS: dict[str, str] = {
    GrantDecider.REGION: "Region",
    GrantDecider.COUNTY_BOARD: "Länsstyrelsen",
    GrantDecider.GROWTH_AGENCY: "Tillväxtverket",
    GrantDecider.BOARD_OF_AGRICULTURE: "Jordbruksverket",
    GrantDecider.MUNICIPALITY: "Kommunen",
}

GRANT_STATUS_WORDS: dict[str, str] = {
    GrantStatus.PLANNED: "Planerad",
    GrantStatus.APPLIED: "Ansökt",
    GrantStatus.GRANTED: "Beviljad",
    GrantStatus.PARTLY_GRANTED: "Delvis beviljad",
    GrantStatus.REJECTED: "Avslag",
    GrantStatus.PAID: "Utbetald",
    GrantStatus.WITHDRAWN: "Återtagen",
}

# Where a place's data came from (``service_place.source``); other codes are shown as stored.
PLACE_SOURCE_WORDS: dict[str, str] = {
    "": "",
    "pipos": "Pipos Serviceanalys",
}


def word(words: dict[str, str], code: str | None) -> str:
    """The Swedish word for ``code`` ("" for none); an unknown code is shown as it is."""
    if code is None:
        return ""
    return words.get(code, code)


def word_list(vocabulary: dict[str, str], codes: str, *extra: str) -> str:
    """The words of space-separated ``codes`` (``service_place.services``,
    ``agreement.tasks``) joined by ", ", in vocabulary order, with ``extra`` own entries
    (an empty one left out) last."""
    chosen = set(codes.split())
    known = [text for code, text in vocabulary.items() if code in chosen]
    unknown = sorted(chosen - vocabulary.keys())  # from a newer version: shown as stored
    return ", ".join([*known, *unknown, *(item.strip() for item in extra if item.strip())])
