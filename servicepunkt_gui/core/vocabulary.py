"""The fixed vocabularies stored in the database, one ``StrEnum`` each.

A member *is* the string stored in its column (``PlanStage.DRAFT == "draft"``), so members
go into queries and rows as they are, and a string read from the file compares equal to its
member. The values are part of the file format: the CHECK constraints in ``models`` are built
from them, so a new or renamed value needs a migration. Migrations keep their own literal
copies of the values they were written with.
"""

from __future__ import annotations

from enum import StrEnum


class NoteCategory(StrEnum):
    MEETING = "meeting"
    DIALOGUE = "dialogue"
    DECISION = "decision"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


class PlanStage(StrEnum):
    """The stages a municipal service plan passes through, in their usual order."""

    NOT_STARTED = "not_started"
    MAPPING = "mapping"
    DIALOGUE = "dialogue"
    DRAFT = "draft"
    CONSULTATION = "consultation"
    ADOPTED = "adopted"
    IMPLEMENTATION = "implementation"
    FOLLOW_UP = "follow_up"
    REVISION = "revision"


class AdoptingBody(StrEnum):
    MUNICIPAL_COUNCIL = "municipal_council"  # kommunfullmäktige (KF)
    EXECUTIVE_BOARD = "executive_board"  # kommunstyrelsen (KS)


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class FinancingSource(StrEnum):
    SERVICE_GRANT = "service_grant"
    HOME_DELIVERY_GRANT = "home_delivery_grant"
    SPECIAL_OPERATING_SUPPORT = "special_operating_support"
    INVESTMENT_SUPPORT = "investment_support"
    MUNICIPAL_BUDGET = "municipal_budget"
    OTHER = "other"


class ProgrammeRole(StrEnum):
    PILOT = "pilot"
    AMBASSADOR = "ambassador"


class PlaceKind(StrEnum):
    """What a place in the register of serviceställen is."""

    SERVICE_LOCALITY = "service_locality"  # serviceort
    SERVICE_NODE = "service_node"  # servicenod
    SERVICE_POINT = "service_point"  # servicepunkt
    GROCERY_STORE = "grocery_store"  # dagligvarubutik
    FUEL_STATION = "fuel_station"  # drivmedelsstation
    AGENT = "agent"  # ombud
    OTHER = "other"


class PlaceService(StrEnum):
    """A service a place offers (its checklist); an own entry goes in ``other_service``."""

    GROCERIES_FULL = "groceries_full"  # dagligvaror, fullsortiment
    GROCERIES_LIMITED = "groceries_limited"  # dagligvaror, begränsat sortiment
    FUEL = "fuel"
    PARCEL_AGENT = "parcel_agent"  # paketombud
    PARCEL_PICKUP = "parcel_pickup"  # utlämning
    PARCEL_LOCKER = "parcel_locker"  # paketautomat
    PHARMACY_AGENT = "pharmacy_agent"  # apoteksombud
    CASH_WITHDRAWAL = "cash_withdrawal"
    PAYMENT_SERVICE = "payment_service"  # betalningsförmedling
    DAILY_DEPOSIT = "daily_deposit"  # dagskasseinsättning
    EV_CHARGING = "ev_charging"  # laddpunkt
    HOME_DELIVERY = "home_delivery"  # hemsändning
    INTERNET = "internet"
    INFORMATION = "information"
    MEETING_PLACE = "meeting_place"  # mötesplats
    LIBRARY = "library"
    TOURIST_INFORMATION = "tourist_information"


class PlaceStatus(StrEnum):
    """A dated step in a place's history."""

    OPENED = "opened"
    THREATENED = "threatened"  # hotad
    CLOSED = "closed"
    REOPENED = "reopened"


class AgreementTask(StrEnum):
    """What the operator of a servicepunkt takes on in its agreement."""

    INFORMATION = "information"
    CONNECTIVITY = "connectivity"  # uppkoppling
    HOME_DELIVERY = "home_delivery"
    MEETING_PLACE = "meeting_place"
    ACTIVITIES = "activities"


class PaymentInterval(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


# Months between two payments.
PAYMENT_MONTHS = {
    PaymentInterval.MONTHLY: 1,
    PaymentInterval.QUARTERLY: 3,
    PaymentInterval.HALF_YEARLY: 6,
    PaymentInterval.YEARLY: 12,
}


class GrantType(StrEnum):
    SERVICE_GRANT = "service_grant"  # servicebidrag
    HOME_DELIVERY_GRANT = "home_delivery_grant"  # hemsändningsbidrag
    SPECIAL_OPERATING_SUPPORT = "special_operating_support"  # särskilt driftstöd
    INVESTMENT_SUPPORT = "investment_support"  # investeringsstöd
    REGIONAL_PROJECT = "regional_project"  # regionala projektmedel
    MUNICIPAL_SUPPORT = "municipal_support"  # kommunalt stöd
    OTHER = "other"


# The grants given only where the municipality has planned its service (Förordning
# 2000:284, and regions that refuse support to rural shops without a current plan): a new
# case of these types needs a plan unless the official says otherwise.
GRANTS_NEEDING_A_PLAN = frozenset(
    {
        GrantType.SERVICE_GRANT,
        GrantType.HOME_DELIVERY_GRANT,
        GrantType.SPECIAL_OPERATING_SUPPORT,
        GrantType.INVESTMENT_SUPPORT,
    }
)


class GrantDecider(StrEnum):
    REGION = "region"
    COUNTY_BOARD = "county_board"  # länsstyrelsen
    GROWTH_AGENCY = "growth_agency"  # Tillväxtverket
    BOARD_OF_AGRICULTURE = "board_of_agriculture"  # Jordbruksverket
    MUNICIPALITY = "municipality"


class GrantStatus(StrEnum):
    PLANNED = "planned"  # to apply for
    APPLIED = "applied"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REJECTED = "rejected"
    PAID = "paid"
    WITHDRAWN = "withdrawn"


# A grant case in one of these is over: its deadline no longer needs doing.
CLOSED_GRANT_STATUSES = (GrantStatus.REJECTED, GrantStatus.PAID, GrantStatus.WITHDRAWN)


# An action in neither status is still to be done, and is delayed once past its deadline.
FINISHED_STATUSES = (ActionStatus.DONE, ActionStatus.CANCELLED)


def is_one_of(vocabulary: type[StrEnum], value: object) -> bool:
    """True if ``value`` is one of the vocabulary's strings.

    ``value in PlanStage`` only accepts strings from Python 3.12 on; this works on 3.11 too.
    """
    return value in {member.value for member in vocabulary}


NO_PLAN = "no_plan"  # in lists and charts: a municipality without a current plan
