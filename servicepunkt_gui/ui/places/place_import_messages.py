"""What the place import says: every problem code, field and outcome in words (a kind of
place in the words of ``ui/common/place_labels.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from servicepunkt_gui.core.place_import import (
    ImportPreview,
    ImportProblem,
    ImportProblemCode,
    ImportResult,
    PlaceField,
    SkipReason,
)
from servicepunkt_gui.core.vocabulary import PlaceService
from servicepunkt_gui.ui.common.place_labels import kind_label

translate = QCoreApplication.translate
Code = ImportProblemCode


def _problems() -> dict[ImportProblemCode, str]:
    return {
        Code.UNREADABLE: translate("PlaceImportMessages", "The file could not be read (%1)."),
        Code.NOT_A_SPREADSHEET: translate(
            "PlaceImportMessages",
            "The file is not an Excel workbook (.xlsx) or a CSV file, or it is damaged.",
        ),
        Code.OLD_EXCEL: translate(
            "PlaceImportMessages",
            "The file is in the old Excel format (.xls). Open it in Excel and save it as "
            "an Excel workbook (.xlsx), then import that file.",
        ),
        Code.ENCRYPTED: translate(
            "PlaceImportMessages",
            "The workbook is protected by a password. Open it in Excel, remove the "
            "password and save it, then import it again.",
        ),
        Code.NO_SHEET: translate("PlaceImportMessages", "The workbook has no sheet."),
        Code.EMPTY: translate("PlaceImportMessages", "The file has no rows of places."),
        Code.NO_HEADER: translate(
            "PlaceImportMessages",
            "The first row holds only numbers (%1): it must name the columns, for example "
            "Namn, Ort, X, Y.",
        ),
        Code.NO_NAME_COLUMN: translate(
            "PlaceImportMessages",
            'No column holds the names of the places (for example a column "Namn").',
        ),
        Code.TOO_MANY_ROWS: translate(
            "PlaceImportMessages",
            "The file has more than 20 000 rows; a municipality's places are far fewer.",
        ),
        Code.TOO_MANY_COLUMNS: translate(
            "PlaceImportMessages", "The file has more than 200 columns."
        ),
        Code.TOO_LARGE: translate("PlaceImportMessages", "The file is larger than 100 MB."),
        Code.CELL_TOO_LONG: translate(
            "PlaceImportMessages", "A cell holds more than 10 000 characters."
        ),
        Code.BINARY: translate(
            "PlaceImportMessages", "The file holds characters that are not text: it is not a table."
        ),
        Code.NAME_MISSING: translate("PlaceImportMessages", "The place has no name."),
        Code.TOO_LONG: translate(
            "PlaceImportMessages", "The text is longer than the register keeps (%1)."
        ),
        Code.BAD_NUMBER: translate("PlaceImportMessages", '"%1" is not a number.'),
        Code.COORDINATE_INCOMPLETE: translate(
            "PlaceImportMessages",
            "Only half of the position is given: both coordinates are needed, or neither.",
        ),
        Code.SWAPPED_XY: translate(
            "PlaceImportMessages",
            "X and Y seem to be the wrong way round (%1): X is the easting (about "
            "200 000–1 000 000), Y the northing (about 6 100 000–7 700 000).",
        ),
        Code.OUTSIDE_SWEDEN: translate(
            "PlaceImportMessages", "The position (%1) is not in Sweden."
        ),
        Code.BAD_ORG_NUMBER: translate(
            "PlaceImportMessages",
            '"%1" is not an organisation number (NNNNNN-NNNN with a right check digit).',
        ),
        Code.BAD_EMAIL: translate(
            "PlaceImportMessages", '"%1" is not an e-mail address (name@example.se).'
        ),
        Code.BAD_YES_NO: translate("PlaceImportMessages", '"%1" is neither yes nor no (Ja/Nej).'),
        Code.BAD_HOURS: translate(
            "PlaceImportMessages", "%1 hours a week is more than a week has."
        ),
        Code.DUPLICATE_ID: translate("PlaceImportMessages", "The id %1 is on an earlier row too."),
    }


def problem_text(problem: ImportProblem, more: int = 0) -> str:
    """One sentence naming the row, the column and the problem, and how many more there are."""
    text = _problems()[problem.code].replace("%1", problem.value)
    if problem.row and problem.column:
        where = translate("PlaceImportMessages", 'Row %1, column "%2": ').replace(
            "%1", str(problem.row)
        )
        text = where.replace("%2", problem.column) + text
    elif problem.row:
        text = translate("PlaceImportMessages", "Row %1: ").replace("%1", str(problem.row)) + text
    if more:
        text += " " + _COUNTS.more_problems(more)
    return text + " " + translate("PlaceImportMessages", "Nothing was imported.")


def field_label(place_field: str) -> str:
    labels: dict[str, str] = {
        PlaceField.NAME: translate("PlaceImportMessages", "Name"),
        PlaceField.KIND: translate("PlaceImportMessages", "Kind or type of service"),
        PlaceField.LOCALITY: translate("PlaceImportMessages", "Locality"),
        PlaceField.ADDRESS: translate("PlaceImportMessages", "Address"),
        PlaceField.LATITUDE: translate("PlaceImportMessages", "Latitude (WGS84)"),
        PlaceField.LONGITUDE: translate("PlaceImportMessages", "Longitude (WGS84)"),
        PlaceField.SWEREF_X: translate("PlaceImportMessages", "X, easting (SWEREF 99 TM)"),
        PlaceField.SWEREF_Y: translate("PlaceImportMessages", "Y, northing (SWEREF 99 TM)"),
        PlaceField.OPERATOR_NAME: translate("PlaceImportMessages", "Operator"),
        PlaceField.ORG_NUMBER: translate("PlaceImportMessages", "Organisation number"),
        PlaceField.PHONE: translate("PlaceImportMessages", "Phone"),
        PlaceField.EMAIL: translate("PlaceImportMessages", "E-mail"),
        PlaceField.SOURCE_ID: translate("PlaceImportMessages", "The file's id"),
        PlaceField.MUNICIPALITY: translate("PlaceImportMessages", "Municipality"),
        PlaceField.STAFFED: translate("PlaceImportMessages", "Staffed"),
        PlaceField.HOURS_PER_WEEK: translate("PlaceImportMessages", "Opening hours per week"),
        "kind": translate("PlaceImportMessages", "Kind"),
        "services": translate("PlaceImportMessages", "Services"),
        "other_service": translate("PlaceImportMessages", "Own service"),
        "position": translate("PlaceImportMessages", "Position"),
    }
    return labels.get(place_field, place_field)


def _service_label(service: str) -> str:
    labels: dict[str, str] = {
        PlaceService.GROCERIES_FULL: translate("PlaceImportMessages", "groceries, full range"),
        PlaceService.GROCERIES_LIMITED: translate(
            "PlaceImportMessages", "groceries, limited range"
        ),
        PlaceService.FUEL: translate("PlaceImportMessages", "fuel"),
        PlaceService.PARCEL_AGENT: translate("PlaceImportMessages", "parcel agent"),
        PlaceService.PARCEL_PICKUP: translate("PlaceImportMessages", "parcel pick-up"),
        PlaceService.PARCEL_LOCKER: translate("PlaceImportMessages", "parcel locker"),
        PlaceService.PHARMACY_AGENT: translate("PlaceImportMessages", "pharmacy agent"),
        PlaceService.CASH_WITHDRAWAL: translate("PlaceImportMessages", "cash withdrawal"),
        PlaceService.PAYMENT_SERVICE: translate("PlaceImportMessages", "payment service"),
        PlaceService.DAILY_DEPOSIT: translate("PlaceImportMessages", "daily takings deposit"),
        PlaceService.EV_CHARGING: translate("PlaceImportMessages", "charging point"),
        PlaceService.HOME_DELIVERY: translate("PlaceImportMessages", "home delivery"),
        PlaceService.INTERNET: translate("PlaceImportMessages", "internet"),
        PlaceService.INFORMATION: translate("PlaceImportMessages", "information"),
        PlaceService.MEETING_PLACE: translate("PlaceImportMessages", "meeting place"),
        PlaceService.LIBRARY: translate("PlaceImportMessages", "library"),
        PlaceService.TOURIST_INFORMATION: translate("PlaceImportMessages", "tourist information"),
    }
    return labels.get(service, service)


def value_text(place_field: str, value: object) -> str:
    """A value of a place as the official reads it."""
    if value is None or value == "":
        return "–"
    if place_field == "kind" and isinstance(value, str):
        return kind_label(value)
    if place_field == "services" and isinstance(value, str):
        return ", ".join(_service_label(code) for code in value.split())
    if isinstance(value, bool):
        return (
            translate("PlaceImportMessages", "Yes")
            if value
            else translate("PlaceImportMessages", "No")
        )
    if isinstance(value, tuple):
        return ", ".join(f"{part:.5f}".replace(".", ",") for part in value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


class PlaceImportCounts(QObject):
    """Counted phrases. In a QObject's ``self.tr``, because lupdate gives plural forms only
    there: a ``QCoreApplication.translate`` with a count was never translated at all."""

    def more_problems(self, n: int) -> str:
        return self.tr("The file has %n more problem(s) like it.", "", n)

    def new(self, n: int) -> str:
        return self.tr("%n new place(s)", "", n)

    def changed(self, n: int) -> str:
        return self.tr("%n changed", "", n)

    def unchanged(self, n: int) -> str:
        return self.tr("%n unchanged", "", n)

    def unlisted(self, n: int) -> str:
        return self.tr("%n no longer listed", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("%n row(s) skipped", "", n)

    def added(self, n: int) -> str:
        return self.tr("%n place(s) added", "", n)

    def updated(self, n: int) -> str:
        return self.tr("%n updated", "", n)

    def trashed(self, n: int) -> str:
        return self.tr("%n moved to the trash", "", n)

    def kept(self, n: int) -> str:
        return self.tr("%n place(s) no longer in the file were kept in the register.", "", n)


_COUNTS = PlaceImportCounts()


def skip_reason_text(reason: SkipReason) -> str:
    if reason == SkipReason.OTHER_MUNICIPALITY:
        return translate("PlaceImportMessages", "Another municipality")
    return translate("PlaceImportMessages", "The place is in the trash")


def summary_text(preview: ImportPreview) -> str:
    # Counts in names of their own: lupdate misreads a call among translate's arguments.
    new, changed, unchanged = len(preview.new), len(preview.changed), preview.unchanged
    unlisted, skipped = len(preview.unlisted), len(preview.skipped)
    parts = [
        _COUNTS.new(new),
        _COUNTS.changed(changed),
        _COUNTS.unchanged(unchanged),
        _COUNTS.unlisted(unlisted),
        _COUNTS.skipped(skipped),
    ]
    return ", ".join(parts) + "."


def nothing_to_import() -> str:
    return translate(
        "PlaceImportMessages",
        "Every place in the file is in the register already as the file has it. "
        "Nothing was written.",
    )


def result_text(result: ImportResult) -> str:
    created, updated, trashed, kept = result.created, result.updated, result.trashed, result.kept
    parts = [_COUNTS.added(created), _COUNTS.updated(updated), _COUNTS.trashed(trashed)]
    text = ", ".join(parts) + "."
    if kept:
        text += " " + _COUNTS.kept(kept)
    return text + " " + translate("PlaceImportMessages", "A backup was saved before the import.")


def backup_failed(reason: str) -> str:
    return translate(
        "PlaceImportMessages",
        "No backup could be saved before the import (%1), so nothing was imported. "
        "Free some space on the disk and try again.",
    ).replace("%1", reason)
