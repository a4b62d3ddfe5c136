"""The words of the Att göra tab: what kind of date a row is, and how far off it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from servicepunkt_gui.core.todo import TodoKind

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        TodoKind.PLAN_REVISION: translate("TodoMessages", "Plan to be revised"),
        TodoKind.PLAN_FOLLOW_UP: translate("TodoMessages", "Yearly follow-up of the plan"),
        TodoKind.ACTION_DEADLINE: translate("TodoMessages", "Action deadline"),
        TodoKind.GRANT_DEADLINE: translate("TodoMessages", "Application deadline"),
        TodoKind.AGREEMENT_END: translate("TodoMessages", "Agreement ends"),
        TodoKind.AGREEMENT_PAYMENT: translate("TodoMessages", "Payment under agreement"),
    }
    return labels.get(kind, kind)


class TodoCounts(QObject):
    """Counted phrases. In a QObject's ``self.tr``, because lupdate gives plural forms only
    there: a ``QCoreApplication.translate`` with a count was never translated at all."""

    def overdue(self, days: int) -> str:
        return self.tr("Overdue %n day(s)", "", days)

    def coming(self, days: int) -> str:
        return self.tr("In %n day(s)", "", days)


_COUNTS = TodoCounts()


def when_text(days_left: int) -> str:
    """ "Overdue 12 days", "Today", "In 5 days": in words, never by colour alone."""
    if days_left < 0:
        return _COUNTS.overdue(-days_left)
    if days_left == 0:
        return translate("TodoMessages", "Today")
    if days_left == 1:
        return translate("TodoMessages", "Tomorrow")
    return _COUNTS.coming(days_left)


def snooze_problem_text(reason: str) -> str:
    if reason == "not_after_today":
        return translate("TodoMessages", "Choose a date after today.")
    if reason == "date_missing_day":
        return translate("TodoMessages", "That date does not exist.")
    return translate("TodoMessages", "Write the date as YYYY-MM-DD.")
