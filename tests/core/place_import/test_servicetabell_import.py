"""A Servicetabell from Pipos imported, imported again, changed, and thinned out."""

from __future__ import annotations

from pathlib import Path

import pyproj
import pytest

from servicepunkt_gui.core.changes import RecordKind, collected
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.place_import import (
    SkipReason,
    apply_import,
    parse_servicetabell,
    preview_import,
    read_table,
    servicetabell_mapping,
    sweref_to_wgs84,
)
from servicepunkt_gui.core.place_models import ServicePlace

from .files import (
    ORNSKOLDSVIK,
    PIPOS_HEADER,
    import_file,
    pipos_row,
    places,
    preview_file,
    servicetabell,
    servicetabell_rows,
    sweref,
    write_csv,
    write_xlsx,
)

_FROM_SWEREF = pyproj.Transformer.from_crs(3006, 4326, always_xy=True)


@pytest.mark.parametrize(
    ("where", "latitude", "longitude"),
    [("Skåne", 55.6050, 13.0038), ("Stockholm", 59.3293, 18.0686), ("Kiruna", 67.8558, 20.2253)],
)
def test_conversion_agrees_with_proj(where: str, latitude: float, longitude: float) -> None:
    x, y = sweref(latitude, longitude)
    proj_longitude, proj_latitude = _FROM_SWEREF.transform(x, y)
    ours = sweref_to_wgs84(x, y)
    assert ours[0] == pytest.approx(proj_latitude, abs=1e-6), where
    assert ours[1] == pytest.approx(proj_longitude, abs=1e-6), where


def test_the_documented_shape_is_recognised_in_any_case_and_accent() -> None:
    header = (
        "objekt-ID",
        "BENAMNING",
        "kategori",
        "adress",
        "tatort",
        "Kommun",
        "ostlig koordinat",
        "Nordlig Koordinat",
    )
    mapping = servicetabell_mapping(header)
    assert mapping is not None
    assert sorted(mapping.columns) == list(range(8))
    assert servicetabell_mapping(("Namn", "Adress")) is None
    assert servicetabell_mapping(("Namn", "Typ", "X")) is None  # half a position, no id
    assert servicetabell_mapping(("Id", "Namn", "Typ")) is not None  # no coordinates at all


def test_first_import_adds_the_places_of_this_municipality(
    database: Database, tmp_path: Path
) -> None:
    path = servicetabell(tmp_path / "servicetabell.xlsx")
    preview = preview_file(database, path)
    assert not preview.problems
    assert [new.name for new in preview.new] == [
        "ICA Nära Bredbyn",
        "OKQ8 Husum",
        "Björna Lanthandel",
        "Trehörningsjö Paketombud",
        "Bankomat Centrum",
    ]
    assert [(s.row, s.reason, s.value) for s in preview.skipped] == [
        (7, SkipReason.OTHER_MUNICIPALITY, "2282")
    ]

    result = import_file(database, path)

    assert (result.created, result.updated, result.skipped) == (5, 0, 1)
    found = places(database)
    shop = found["ICA Nära Bredbyn"]
    assert (shop.kind, shop.services, shop.source, shop.source_id) == (
        "grocery_store",
        "groceries_full",
        "pipos",
        "P-101",
    )
    assert (shop.locality, shop.staffed, shop.hours_per_week) == ("Bredbyn", True, 60)
    assert shop.latitude == pytest.approx(63.4466, abs=1e-6)
    assert shop.longitude == pytest.approx(18.1045, abs=1e-6)
    assert (found["OKQ8 Husum"].kind, found["OKQ8 Husum"].services) == ("fuel_station", "fuel")
    assert (found["Björna Lanthandel"].kind, found["Björna Lanthandel"].services) == (
        "agent",
        "pharmacy_agent",
    )
    parcel = found["Trehörningsjö Paketombud"]
    assert (parcel.kind, parcel.services) == ("agent", "parcel_agent")
    assert (parcel.latitude, parcel.longitude) == (None, None)  # no coordinates in the file
    assert (found["Bankomat Centrum"].kind, found["Bankomat Centrum"].services) == (
        "other",
        "cash_withdrawal",
    )
    assert "Nordingrå Handel" not in found


def test_the_write_is_recorded_as_places(database: Database, tmp_path: Path) -> None:
    parsed = parse_servicetabell(read_table(servicetabell(tmp_path / "s.xlsx")))
    with database.session() as session:
        apply_import(session, ORNSKOLDSVIK, preview_import(session, ORNSKOLDSVIK, parsed))
        changes = collected(session)
    assert changes.touches(RecordKind.PLACE)
    assert changes.touches_municipality(ORNSKOLDSVIK)


def test_importing_the_same_file_again_changes_nothing(database: Database, tmp_path: Path) -> None:
    path = servicetabell(tmp_path / "servicetabell.xlsx")
    import_file(database, path)
    before = {name: place.updated_at for name, place in places(database).items()}

    again = preview_file(database, path)

    assert (again.new, again.changed, again.unlisted, again.unchanged) == ((), (), (), 5)
    assert again.is_empty
    result = import_file(database, path)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 5)
    assert {name: place.updated_at for name, place in places(database).items()} == before


def test_a_changed_file_shows_each_change_then_writes_it(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, servicetabell(tmp_path / "2025.xlsx"))
    rows = servicetabell_rows()
    rows[0] = pipos_row(
        "P-101",
        "ICA Nära Bredbyn",
        "Dagligvarubutik",
        "Bredbyn",
        (63.4470, 18.1050),
        address="Storgatan 3",
        hours=55,
    )
    rows[3] = pipos_row(
        "P-104", "Trehörningsjö Paketombud", "Paketombud", "Trehörningsjö", (63.70, 18.80)
    )
    newer = write_xlsx(tmp_path / "2026.xlsx", PIPOS_HEADER, rows)

    preview = preview_file(database, newer)

    changed = {change.name: change for change in preview.changed}
    assert set(changed) == {"ICA Nära Bredbyn", "Trehörningsjö Paketombud"}
    shop = {c.field: (c.old, c.new) for c in changed["ICA Nära Bredbyn"].changes}
    assert shop["address"] == ("", "Storgatan 3")
    assert shop["hours_per_week"] == (60, 55)
    old_position, new_position = shop["position"]
    assert isinstance(old_position, tuple) and isinstance(new_position, tuple)
    assert new_position[0] == pytest.approx(63.4470, abs=1e-6)
    parcel = {c.field: (c.old, c.new) for c in changed["Trehörningsjö Paketombud"].changes}
    assert parcel["position"][0] is None
    assert preview.unchanged == 3

    import_file(database, newer)
    found = places(database)
    assert found["ICA Nära Bredbyn"].address == "Storgatan 3"
    assert found["ICA Nära Bredbyn"].hours_per_week == 55
    assert found["Trehörningsjö Paketombud"].latitude == pytest.approx(63.70, abs=1e-6)


def test_what_the_official_set_by_hand_is_kept(database: Database, tmp_path: Path) -> None:
    path = servicetabell(tmp_path / "s.xlsx")
    import_file(database, path)
    with database.session() as session:
        shop = session.query(ServicePlace).filter_by(source_id="P-101").one()
        shop.kind = "service_point"
        shop.services = "groceries_full information"
        shop.email = "butik@example.se"
    assert preview_file(database, path).is_empty
    kept = places(database)["ICA Nära Bredbyn"]
    assert (kept.kind, kept.services, kept.email) == (
        "service_point",
        "groceries_full information",
        "butik@example.se",
    )


def test_places_no_longer_listed_are_kept_unless_trashed(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, servicetabell(tmp_path / "2025.xlsx"))
    thinner = servicetabell(tmp_path / "2026.xlsx", servicetabell_rows()[1:])

    preview = preview_file(database, thinner)
    assert [(u.name, u.source_id) for u in preview.unlisted] == [("ICA Nära Bredbyn", "P-101")]

    kept = import_file(database, thinner)
    assert (kept.kept, kept.trashed) == (1, 0)
    assert places(database)["ICA Nära Bredbyn"].deleted_at is None

    trashed = import_file(database, thinner, trash_unlisted=True)
    assert (trashed.kept, trashed.trashed) == (0, 1)
    assert places(database)["ICA Nära Bredbyn"].deleted_at is not None

    # Back in a later table while in the trash: skipped, not doubled.
    again = preview_file(database, servicetabell(tmp_path / "2027.xlsx"))
    assert next((s.reason, s.value) for s in again.skipped) == (
        SkipReason.IN_TRASH,
        "ICA Nära Bredbyn",
    )
    assert not again.new


def test_a_place_entered_by_hand_is_matched_by_name_and_locality(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        session.add(
            ServicePlace(
                municipality_code=ORNSKOLDSVIK,
                name="ica nära bredbyn",
                kind="service_point",
                locality="BREDBYN",
                phone="0660-100 00",
            )
        )
    preview = preview_file(database, servicetabell(tmp_path / "s.xlsx"))
    assert len(preview.new) == 4
    (linked,) = [c for c in preview.changed if c.name == "ica nära bredbyn"]
    assert ("source_id", "", "P-101") in [(c.field, c.old, c.new) for c in linked.changes]
    import_file(database, servicetabell(tmp_path / "s.xlsx"))
    place = places(database)["ICA Nära Bredbyn"]  # the file's spelling of the name
    assert (place.source, place.source_id, place.phone) == ("pipos", "P-101", "0660-100 00")


def test_municipality_by_name_and_rows_without_one(database: Database, tmp_path: Path) -> None:
    rows = [
        pipos_row(
            "1", "A-butiken", "Dagligvarubutik", "Köpmanholmen", None, "Örnsköldsviks kommun"
        ),
        pipos_row("2", "B-butiken", "Dagligvarubutik", "Köpmanholmen", None, ""),
        pipos_row("3", "C-butiken", "Dagligvarubutik", "Kramfors", None, "Kramfors"),
    ]
    preview = preview_file(database, servicetabell(tmp_path / "s.xlsx", rows))
    assert [new.name for new in preview.new] == ["A-butiken", "B-butiken"]
    assert [(s.row, s.value) for s in preview.skipped] == [(4, "Kramfors")]


def test_an_unknown_type_becomes_other_with_the_type_kept(
    database: Database, tmp_path: Path
) -> None:
    rows = [pipos_row("9", "Bygdegården", "Samlingslokal", "Bjästa", None)]
    import_file(database, servicetabell(tmp_path / "s.xlsx", rows))
    place = places(database)["Bygdegården"]
    assert (place.kind, place.services, place.other_service) == ("other", "", "Samlingslokal")


def test_a_servicetabell_saved_as_swedish_excel_csv(database: Database, tmp_path: Path) -> None:
    # Excel's "CSV (semikolonavgränsad)": cp1252, ";" and decimal commas.
    rows = [
        [str(cell).replace(".", ",") if isinstance(cell, float) else cell for cell in row]
        for row in servicetabell_rows()
    ]
    header = ["ID", *PIPOS_HEADER[1:]]
    path = write_csv(tmp_path / "servicetabell.csv", header, rows, ";", "cp1252")
    import_file(database, path)
    shop = places(database)["Björna Lanthandel"]
    assert (shop.source_id, shop.kind) == ("P-103", "agent")
    assert shop.latitude == pytest.approx(63.5489, abs=1e-6)
