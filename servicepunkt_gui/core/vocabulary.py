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


# An action in neither status is still to be done, and is delayed once past its deadline.
FINISHED_STATUSES = (ActionStatus.DONE, ActionStatus.CANCELLED)


def is_one_of(vocabulary: type[StrEnum], value: object) -> bool:
    """True if ``value`` is one of the vocabulary's strings.

    ``value in PlanStage`` only accepts strings from Python 3.12 on; this works on 3.11 too.
    """
    return value in {member.value for member in vocabulary}


NO_PLAN = "no_plan"  # in lists and charts: a municipality without a current plan
