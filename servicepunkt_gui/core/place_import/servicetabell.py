"""The "Servicetabell" of Tillväxtverket's Pipos Serviceanalys, the shape we import.

Pipos has no open API; an official downloads the table of the municipality's service
points as an Excel file. We read the first sheet; the first non-empty row names the
columns, every later row is one service point. A table is taken for a Servicetabell when it
has a name, a type, and Pipos' id or both coordinates (any other table is mapped by hand).
A column is recognised by its name, in any case, with or without å/ä/ö accents, spaces or
hyphens; the names we accept:

==================  ===========================================================  ========
field               column names                                                 needed
==================  ===========================================================  ========
the source's id     Id, ID, Objekt-id, Objektid, Servicepunkt-id, Punkt-id       (yes)
name                Namn, Benämning, Servicepunkt, Butiksnamn                    yes
type of service     Typ, Servicetyp, Kategori, Tjänst, Serviceslag               yes
address             Adress, Gatuadress, Besöksadress                             no
locality            Postort, Ort, Tätort                                         no
municipality        Kommunkod, Kommun, Kommunnamn                                no
easting             X, E, Östlig koordinat, X-koordinat, Easting                 (yes)
northing            Y, N, Nordlig koordinat, Y-koordinat, Northing               (yes)
staffed             Bemannad                                                     no
opening hours       Öppettimmar, Öppettimmar per vecka, Timmar per vecka         no
operator            Driftansvarig, Företag, Operatör                             no
organisation no.    Organisationsnummer, Orgnr                                   no
==================  ===========================================================  ========

(yes): the id, or both X and Y.

X and Y are SWEREF 99 TM (EPSG:3006) metres. SWEREF 99 TM is UTM zone 33 on GRS80, and
GRS80 is WGS84 to well under a millimetre at these latitudes, so the ``utm`` library's
inverse transverse Mercator gives WGS84 degrees (checked against PROJ in the tests, within
1e-6° in Skåne, Stockholm and Kiruna). A row without X and Y is imported without a position;
one of them alone, a pair outside Sweden, or a pair the wrong way round (Y where X should be)
is a problem of that row. Rows whose municipality (by code, or by name) is another one are
skipped and counted. Every type is mapped to a kind and services by :func:`service_type`;
a type we do not know becomes kind "other" with the type kept as the place's own service.
The same shape, written for officials, is docs/servicetabell.md.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import utm

from servicepunkt_gui.core.vocabulary import PlaceKind, PlaceService

if TYPE_CHECKING:
    from servicepunkt_gui.core.place_import.generic import ColumnMapping, ParsedImport
    from servicepunkt_gui.core.place_import.table_file import Table

PIPOS_SOURCE = "pipos"

# Column names per place field (keys are generic.PlaceField values), normalised.
PIPOS_HEADERS: dict[str, tuple[str, ...]] = {
    "source_id": ("Id", "Objekt-id", "Objektid", "Servicepunkt-id", "Punkt-id"),
    "name": ("Namn", "Benämning", "Servicepunkt", "Butiksnamn"),
    "kind": ("Typ", "Servicetyp", "Kategori", "Tjänst", "Serviceslag"),
    "address": ("Adress", "Gatuadress", "Besöksadress"),
    "locality": ("Postort", "Ort", "Tätort"),
    "municipality": ("Kommunkod", "Kommun", "Kommunnamn"),
    "sweref_x": ("X", "E", "Östlig koordinat", "X-koordinat", "Easting"),
    "sweref_y": ("Y", "N", "Nordlig koordinat", "Y-koordinat", "Northing"),
    "staffed": ("Bemannad",),
    "hours_per_week": ("Öppettimmar", "Öppettimmar per vecka", "Timmar per vecka"),
    "operator_name": ("Driftansvarig", "Företag", "Operatör"),
    "org_number": ("Organisationsnummer", "Orgnr"),
}
# A Servicetabell names its points and their types, and has Pipos' ids or X and Y.
_NEEDED = ("name", "kind")

_G = PlaceService
# Pipos' types of service (and the words officials use for them), normalised.
_TYPES: dict[str, tuple[PlaceKind, tuple[PlaceService, ...]]] = {
    "dagligvarubutik": (PlaceKind.GROCERY_STORE, (_G.GROCERIES_FULL,)),
    "dagligvaror": (PlaceKind.GROCERY_STORE, (_G.GROCERIES_FULL,)),
    "livsmedelsbutik": (PlaceKind.GROCERY_STORE, (_G.GROCERIES_FULL,)),
    "dagligvarubutikfullsortiment": (PlaceKind.GROCERY_STORE, (_G.GROCERIES_FULL,)),
    "dagligvarubutikbegransatsortiment": (PlaceKind.GROCERY_STORE, (_G.GROCERIES_LIMITED,)),
    "dagligvarorbegransatsortiment": (PlaceKind.GROCERY_STORE, (_G.GROCERIES_LIMITED,)),
    "drivmedel": (PlaceKind.FUEL_STATION, (_G.FUEL,)),
    "drivmedelsstation": (PlaceKind.FUEL_STATION, (_G.FUEL,)),
    "bensinstation": (PlaceKind.FUEL_STATION, (_G.FUEL,)),
    "tankstation": (PlaceKind.FUEL_STATION, (_G.FUEL,)),
    "apoteksombud": (PlaceKind.AGENT, (_G.PHARMACY_AGENT,)),
    "paketombud": (PlaceKind.AGENT, (_G.PARCEL_AGENT,)),
    "postombud": (PlaceKind.AGENT, (_G.PARCEL_AGENT,)),
    "postochpaketombud": (PlaceKind.AGENT, (_G.PARCEL_AGENT,)),
    "utlamningsstalle": (PlaceKind.AGENT, (_G.PARCEL_PICKUP,)),
    "paketutlamning": (PlaceKind.AGENT, (_G.PARCEL_PICKUP,)),
    "paketautomat": (PlaceKind.OTHER, (_G.PARCEL_LOCKER,)),
    "uttagsautomat": (PlaceKind.OTHER, (_G.CASH_WITHDRAWAL,)),
    "bankomat": (PlaceKind.OTHER, (_G.CASH_WITHDRAWAL,)),
    "kontantuttag": (PlaceKind.OTHER, (_G.CASH_WITHDRAWAL,)),
    "betalningsformedling": (PlaceKind.OTHER, (_G.PAYMENT_SERVICE,)),
    "betaltjanst": (PlaceKind.OTHER, (_G.PAYMENT_SERVICE,)),
    "dagskasseinsattning": (PlaceKind.OTHER, (_G.DAILY_DEPOSIT,)),
    "laddpunkt": (PlaceKind.OTHER, (_G.EV_CHARGING,)),
    "laddstation": (PlaceKind.OTHER, (_G.EV_CHARGING,)),
    "snabbladdning": (PlaceKind.OTHER, (_G.EV_CHARGING,)),
    "bibliotek": (PlaceKind.OTHER, (_G.LIBRARY,)),
    "turistinformation": (PlaceKind.OTHER, (_G.TOURIST_INFORMATION,)),
    # The register's own kinds, by their Swedish names and their codes.
    "serviceort": (PlaceKind.SERVICE_LOCALITY, ()),
    "servicenod": (PlaceKind.SERVICE_NODE, ()),
    "servicepunkt": (PlaceKind.SERVICE_POINT, ()),
    "ombud": (PlaceKind.AGENT, ()),
    "annat": (PlaceKind.OTHER, ()),
    **{kind.value.replace("_", ""): (kind, ()) for kind in PlaceKind},
}

# SWEREF 99 TM inside Sweden: eastings 0.2–1.0 million m, northings 6.1–7.7 million m.
_EASTINGS = (150_000.0, 1_000_000.0)
_NORTHINGS = (6_000_000.0, 7_800_000.0)


def normalise(text: str) -> str:
    """A header or a type as compared: no case, no accents, only letters and digits."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def service_type(text: str) -> tuple[PlaceKind, tuple[PlaceService, ...]] | None:
    """The kind and services of a Pipos type; None for a type we do not know."""
    return _TYPES.get(normalise(text))


def swapped(x: float, y: float) -> bool:
    """True when X holds a northing and Y an easting (the columns the wrong way round)."""
    return _NORTHINGS[0] <= x <= _NORTHINGS[1] and _EASTINGS[0] <= y <= _EASTINGS[1]


def sweref_to_wgs84(x: float, y: float) -> tuple[float, float]:
    """(latitude, longitude) in WGS84 degrees of a SWEREF 99 TM easting ``x``, northing ``y``."""
    latitude, longitude = utm.to_latlon(x, y, 33, northern=True, strict=False)
    return float(latitude), float(longitude)


def servicetabell_mapping(header: tuple[str, ...]) -> ColumnMapping | None:
    """The columns of a Servicetabell, or None when ``header`` is not one (then the
    official maps the columns by hand)."""
    from servicepunkt_gui.core.place_import.generic import ColumnMapping, PlaceField

    wanted = {
        normalise(alias): PlaceField(field)
        for field, aliases in PIPOS_HEADERS.items()
        for alias in aliases
    }
    found: dict[int, PlaceField] = {}
    for index, name in enumerate(header):
        field = wanted.get(normalise(name))
        if field is not None and field not in found.values():
            found[index] = field
    mapped = {field.value for field in found.values()}
    if not all(field in mapped for field in _NEEDED):
        return None
    if "source_id" not in mapped and not {"sweref_x", "sweref_y"} <= mapped:
        return None
    return ColumnMapping(found)


def parse_servicetabell(table: Table) -> ParsedImport:
    """The rows of a Servicetabell; raises ImportFileError when ``table`` is not one."""
    from servicepunkt_gui.core.place_import.generic import parse_table
    from servicepunkt_gui.core.place_import.table_file import ImportProblemCode, refuse

    mapping = servicetabell_mapping(table.header)
    if mapping is None:
        refuse(ImportProblemCode.NO_NAME_COLUMN, 1)
    return parse_table(table, mapping, PIPOS_SOURCE)
