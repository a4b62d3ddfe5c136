"""The words of the agreement views: tasks, intervals, kronor, problems, reserved messages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.vocabulary import AgreementTask, PaymentInterval
from servicepunkt_gui.ui.common.labels import problem_text
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage


def task_label(task: str) -> str:
    labels: dict[str, str] = {
        AgreementTask.INFORMATION: QCoreApplication.translate("AgreementWords", "Information"),
        AgreementTask.CONNECTIVITY: QCoreApplication.translate("AgreementWords", "Connectivity"),
        AgreementTask.HOME_DELIVERY: QCoreApplication.translate("AgreementWords", "Home delivery"),
        AgreementTask.MEETING_PLACE: QCoreApplication.translate("AgreementWords", "Meeting place"),
        AgreementTask.ACTIVITIES: QCoreApplication.translate("AgreementWords", "Activities"),
    }
    return labels.get(task, task)


def tasks_text(tasks: Iterable[str], other_task: str = "") -> str:
    """The tasks, short, in vocabulary order, the agreement's own task last."""
    words = [task_label(task) for task in tasks]
    if other_task.strip():
        words.append(other_task.strip())
    return ", ".join(words)


def interval_label(interval: str) -> str:
    labels: dict[str, str] = {
        PaymentInterval.MONTHLY: QCoreApplication.translate("AgreementWords", "Every month"),
        PaymentInterval.QUARTERLY: QCoreApplication.translate("AgreementWords", "Every quarter"),
        PaymentInterval.HALF_YEARLY: QCoreApplication.translate(
            "AgreementWords", "Every six months"
        ),
        PaymentInterval.YEARLY: QCoreApplication.translate("AgreementWords", "Once a year"),
    }
    return labels.get(interval, interval)


def grouped(amount: int) -> str:
    """Digits in groups of three with a no-break space, as Swedish writes amounts."""
    sign = "−" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", "\u00a0")


def kronor(amount: int | None) -> str:
    """ "30 000 kr"; empty when there is no amount."""
    if amount is None:
        return ""
    return QCoreApplication.translate("AgreementWords", "%1 kr").replace("%1", grouped(amount))


def parse_kronor(text: str) -> int | None:
    """Whole kronor as typed ("10 000", "10000 kr"); None when empty. Raises ValueError."""
    cleaned = text.strip().removesuffix("kr").strip()
    for space in (" ", "\u00a0", "\u202f"):
        cleaned = cleaned.replace(space, "")
    cleaned = cleaned.replace("−", "-")
    if not cleaned:
        return None
    if not cleaned.lstrip("-").isdigit():
        raise ValueError(text)
    return int(cleaned)


def agreement_problem_text(reason: str) -> str:
    """A sentence for a problem code from core.agreements (or a date field)."""
    texts = {
        "negative": QCoreApplication.translate("AgreementWords", "The amount cannot be negative."),
        "too_large": QCoreApplication.translate(
            "AgreementWords", "The amount is unreasonably large."
        ),
        "not_a_number": QCoreApplication.translate(
            "AgreementWords", "Write the amount in whole kronor, e.g. 10000."
        ),
        "empty_date": QCoreApplication.translate("AgreementWords", "Give a date."),
    }
    return texts.get(reason) or problem_text(reason)


def field_message(reasons: tuple[str, ...]) -> ReservedMessage:
    """A reserved message for a field whose problems can be ``reasons``."""
    return ReservedMessage(lambda: [agreement_problem_text(reason) for reason in reasons])
