"""Why an exchange file is refused: a code for the UI, one Swedish sentence for the official.

The UI may translate by ``problem`` (a ``StrEnum``: the code is stable); ``message`` is the
Swedish sentence as the app shows it, saying what is wrong and what to do. ``detail`` is for
the log and "Visa detaljer": which member, record or field, in plain words.
"""

from __future__ import annotations

from enum import StrEnum


class ExchangeProblem(StrEnum):
    NOT_A_ZIP = "not_a_zip"
    NOT_OURS = "not_ours"
    MISSING_MANIFEST = "missing_manifest"
    MISSING_RECORDS = "missing_records"
    NEWER_VERSION = "newer_version"
    DAMAGED = "damaged"
    TOO_LARGE = "too_large"
    ZIP_BOMB = "zip_bomb"
    UNSAFE_PATH = "unsafe_path"
    UNEXPECTED_CONTENT = "unexpected_content"
    NOT_UTF8 = "not_utf8"
    INVALID_JSON = "invalid_json"
    WRONG_TYPE = "wrong_type"
    INVALID_ID = "invalid_id"
    INVALID_DATE = "invalid_date"
    UNKNOWN_CODE = "unknown_code"
    TEXT_TOO_LONG = "text_too_long"
    INVALID_VALUE = "invalid_value"
    UNKNOWN_MUNICIPALITY = "unknown_municipality"
    MISSING_REFERENCE = "missing_reference"
    UNREADABLE = "unreadable"


_ASK_AGAIN = "be avsändaren exportera en ny utbytesfil"

_MESSAGES: dict[ExchangeProblem, str] = {
    ExchangeProblem.NOT_A_ZIP: (
        "Filen är ingen utbytesfil från Servicepunkt; välj den fil som slutar på "
        ".servicepunkt som du fick från avsändaren."
    ),
    ExchangeProblem.NOT_OURS: (
        "Filen är en zip-fil men ingen utbytesfil från Servicepunkt; kontrollera att du har "
        "valt rätt fil."
    ),
    ExchangeProblem.MISSING_MANIFEST: (
        "Utbytesfilen saknar sin innehållsförteckning (manifest.json) och kan inte läsas, så "
        f"{_ASK_AGAIN}."
    ),
    ExchangeProblem.MISSING_RECORDS: (
        f"Utbytesfilen saknar sina uppgifter (records.json) och kan inte läsas, så {_ASK_AGAIN}."
    ),
    ExchangeProblem.NEWER_VERSION: (
        "Utbytesfilen är gjord i format {found} av en nyare Servicepunkt, men den här versionen "
        "läser bara format {supported}; uppdatera Servicepunkt och öppna filen igen."
    ),
    ExchangeProblem.DAMAGED: (
        "Utbytesfilen är skadad eller ofullständig (den kan ha kopierats bara till hälften), "
        "så be avsändaren skicka den igen."
    ),
    ExchangeProblem.TOO_LARGE: (
        "Utbytesfilen är större än Servicepunkt tar emot ({limit}), så be avsändaren "
        "exportera färre kommuner åt gången."
    ),
    ExchangeProblem.ZIP_BOMB: (
        "Utbytesfilen packas upp till orimligt mycket mer än den själv är och läses därför "
        f"inte; {_ASK_AGAIN} från Servicepunkt."
    ),
    ExchangeProblem.UNSAFE_PATH: (
        "Utbytesfilen försöker skriva utanför sin mapp och läses därför inte; öppna den inte "
        f"igen och {_ASK_AGAIN}."
    ),
    ExchangeProblem.UNEXPECTED_CONTENT: (
        "Utbytesfilen innehåller annat än en utbytesfil ska ({detail}) och läses därför inte; "
        f"{_ASK_AGAIN}."
    ),
    ExchangeProblem.NOT_UTF8: (
        "Utbytesfilens text är inte kodad som UTF-8 och kan inte läsas, så "
        f"{_ASK_AGAIN} från Servicepunkt."
    ),
    ExchangeProblem.INVALID_JSON: (
        f"Utbytesfilens innehåll är trasigt (ogiltig JSON) och kan inte läsas, så {_ASK_AGAIN}."
    ),
    ExchangeProblem.WRONG_TYPE: (
        "Utbytesfilen har ett fält av fel slag ({detail}) och läses därför inte; {ask}."
    ),
    ExchangeProblem.INVALID_ID: (
        "Utbytesfilen har ett ogiltigt id ({detail}) och läses därför inte; {ask}."
    ),
    ExchangeProblem.INVALID_DATE: (
        "Utbytesfilen har ett ogiltigt datum eller klockslag ({detail}) och läses därför inte; "
        "{ask}."
    ),
    ExchangeProblem.UNKNOWN_CODE: (
        "Utbytesfilen har ett värde som Servicepunkt inte känner till ({detail}); uppdatera "
        "Servicepunkt eller be avsändaren exportera en ny utbytesfil."
    ),
    ExchangeProblem.TEXT_TOO_LONG: (
        "Utbytesfilen har en text som är längre än Servicepunkt kan spara ({detail}), så "
        "be avsändaren korta den och exportera en ny utbytesfil."
    ),
    ExchangeProblem.INVALID_VALUE: (
        "Utbytesfilen har ett värde som inte kan sparas ({detail}) och läses därför inte; {ask}."
    ),
    ExchangeProblem.UNKNOWN_MUNICIPALITY: (
        "Utbytesfilen gäller en kommun med koden {detail} som inte finns här; uppdatera "
        "Servicepunkt så att kommunlistan är aktuell och försök igen."
    ),
    ExchangeProblem.MISSING_REFERENCE: (
        "Utbytesfilen hänvisar till något som varken finns i filen eller här ({detail}), så "
        "be avsändaren exportera hela kommunen i en ny utbytesfil."
    ),
    ExchangeProblem.UNREADABLE: (
        "Utbytesfilen kunde inte läsas från disken ({detail}); kontrollera att den finns kvar "
        "och att du får läsa den, och försök igen."
    ),
}


class ExchangeFileError(Exception):
    """A file refused before anything was written: ``problem`` says why, ``message`` how."""

    def __init__(self, problem: ExchangeProblem, detail: str = "", **facts: object) -> None:
        super().__init__(problem, detail)
        self.problem = problem
        self.detail = detail
        template = _MESSAGES[problem]
        self.message = template.format(detail=detail, ask=_ASK_AGAIN, **facts)

    def __str__(self) -> str:
        return self.message
