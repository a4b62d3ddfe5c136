"""The register of serviceställen in the exchange file: places with their status history,
agreements with their payments, grant cases, notes about a place, "Att göra" marks."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from servicepunkt_gui.core import notes, trash
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.exchange import FORMAT_VERSION, Kind, read_exchange_file
from servicepunkt_gui.core.exchange.fields import FIELDS, content_hash
from servicepunkt_gui.core.exchange.fileformat import MANIFEST, RECORDS
from servicepunkt_gui.core.exchange.swedish import kinds_sentence
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.core.models import Note, utc_now
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
    TodoMark,
)

from .conftest import MakeInstallation
from .helpers import (
    ORNSKOLDSVIK,
    SORSELE,
    exchanged_columns,
    export,
    preview,
    receive,
    rows_of,
    unchanged,
)

REGISTER = {
    "service_place": "id",
    "place_status_change": "id",
    "agreement": "id",
    "agreement_payment": "id",
    "grant_case": "id",
    "todo_mark": "id",
    "note": "id",
}


def register(database: Database, code: str = SORSELE) -> dict[str, str]:
    """A place with a status, an agreement with a payment, a grant case for the place, a
    note about it and an "Att göra" mark; their ids by name."""
    with database.session() as session:
        place = ServicePlace(
            municipality_code=code,
            name="Ammarnäs Livs",
            kind="service_point",
            locality="Ammarnäs",
            latitude=65.96,
            longitude=16.21,
            org_number="556677-8899",
            services="groceries_full parcel_agent",
            hours_per_week=42.5,
            nearest_km=80.0,
            source="pipos",
            source_id="P-17",
        )
        session.add(place)
        session.flush()
        status = PlaceStatusChange(
            place_id=place.id, status="opened", changed_on=dt.date(2011, 5, 1)
        )
        agreement = Agreement(
            municipality_code=code,
            place_id=place.id,
            starts_on=dt.date(2026, 1, 1),
            ends_on=dt.date(2028, 12, 31),
            tasks="information connectivity home_delivery",
            fee_per_task_sek=10_000,
            case_number="KS 2025/41",
        )
        session.add_all([status, agreement])
        session.flush()
        payment = AgreementPayment(
            agreement_id=agreement.id, paid_on=dt.date(2026, 3, 31), amount_sek=7_500
        )
        grant = GrantCase(
            municipality_code=code,
            place_id=place.id,
            grant_type="service_grant",
            decider="region",
            title="Servicebidrag Ammarnäs",
            first_year=2026,
            last_year=2026,
            applied_sek=250_000,
        )
        note = Note(
            municipality_code=code,
            place_id=place.id,
            body="Butiken vill ha hemsändning.",
            concerns_date=dt.date(2026, 2, 1),
        )
        mark = TodoMark(
            key=f"agreement-end:{agreement.id}:2028-12-31",
            municipality_code=code,
            done_on=dt.date(2026, 3, 1),
        )
        session.add_all([payment, grant, note, mark])
        session.flush()
        return {
            "place": place.id,
            "status": status.id,
            "agreement": agreement.id,
            "payment": payment.id,
            "grant": grant.id,
            "note": note.id,
            "mark": mark.id,
        }


def register_content(database: Database) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: rows_of(
            database, f"SELECT {exchanged_columns(database, table)} FROM {table} ORDER BY {key}"
        )
        for table, key in REGISTER.items()
    }


def test_every_new_kind_travels_field_for_field(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = register(anna)
    path = export(anna, tmp_path, "Anna Berg")
    exchange = read_exchange_file(path)
    assert exchange.manifest.version == FORMAT_VERSION == 2
    assert {r.kind for r in exchange.records} >= {
        Kind.PLACE,
        Kind.PLACE_STATUS,
        Kind.AGREEMENT,
        Kind.PAYMENT,
        Kind.GRANT,
        Kind.TODO_MARK,
    }
    [note] = exchange.of_kind(Kind.NOTE)
    assert note.values["place_id"] == ids["place"]
    result = receive(bertil, path)
    sorsele = next(c for c in result.municipalities if c.code == SORSELE)
    assert sorsele.new == 7
    assert register_content(anna) == register_content(bertil)
    assert unchanged(preview(bertil, path))
    assert unchanged(preview(anna, export(bertil, tmp_path, "Bertil")))


def test_the_file_is_per_municipality_and_children_go_with_their_parent(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna = installation("anna")
    register(anna, SORSELE)
    register(anna, ORNSKOLDSVIK)
    path = export(anna, tmp_path, "Anna", ExportScope(municipality_codes=(SORSELE,)))
    exchange = read_exchange_file(path)
    codes = {
        r.values["municipality_code"] for r in exchange.records if "municipality_code" in r.values
    }
    assert codes == {SORSELE}
    assert len(exchange.of_kind(Kind.PLACE_STATUS)) == 1
    assert len(exchange.of_kind(Kind.PAYMENT)) == 1
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read(RECORDS))
        manifest = json.loads(archive.read(MANIFEST))
    assert "home_delivery_rules" not in records  # not per municipality: never exchanged
    assert manifest["counts"]["places"] == 1 and manifest["counts"]["payments"] == 1


def test_an_edit_of_a_place_travels_and_both_sides_converge(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = register(anna)
    receive(bertil, export(anna, tmp_path / "1", "Anna"))
    with bertil.session() as session:
        place = session.get(ServicePlace, ids["place"])
        assert place is not None
        place.hours_per_week = 30.0
        place.services = "groceries_limited parcel_agent"
    found = preview(anna, export(bertil, tmp_path / "2", "Bertil"))
    sorsele = next(c for c in found.municipalities if c.code == SORSELE)
    assert (sorsele.changed, sorsele.in_conflict) == (1, 0)
    receive(anna, export(bertil, tmp_path / "3", "Bertil"))
    assert register_content(anna) == register_content(bertil)


def test_a_place_edited_on_both_sides_keeps_both_with_the_copy_marked(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = register(anna)
    receive(bertil, export(anna, tmp_path / "1", "Anna"))
    for database, name in ((anna, "Ammarnäs Livs AB"), (bertil, "Ammarnäs lanthandel")):
        with database.session() as session:
            place = session.get(ServicePlace, ids["place"])
            assert place is not None
            place.name = name
    found = preview(anna, export(bertil, tmp_path / "2", "Bertil"))
    [conflict] = found.conflicts
    assert conflict.kind is Kind.PLACE
    assert conflict.sentence_sv.startswith("Servicestället för Sorsele ändrades både här")
    receive(anna, export(bertil, tmp_path / "3", "Bertil"))
    receive(bertil, export(anna, tmp_path / "4", "Anna"))
    assert register_content(anna) == register_content(bertil)
    with anna.session() as session:
        names = sorted(session.scalars(select(ServicePlace.name)))
        linked = sorted(session.scalars(select(ServicePlace.source_id)))
    assert any(name.endswith("(andra versionen)") for name in names)
    assert linked == ["", "P-17"]  # only the original keeps its row in the service table


def test_a_payment_changed_on_both_sides_is_kept_twice(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = register(anna)
    receive(bertil, export(anna, tmp_path / "1", "Anna"))
    for database, amount in ((anna, 7_000), (bertil, 8_000)):
        with database.session() as session:
            payment = session.get(AgreementPayment, ids["payment"])
            assert payment is not None
            payment.amount_sek = amount
    receive(anna, export(bertil, tmp_path / "2", "Bertil"))
    with anna.session() as session:
        payments = session.scalars(select(AgreementPayment)).all()
    assert sorted(p.amount_sek for p in payments) == [7_000, 8_000]
    assert any(p.comment == "Andra versionen" for p in payments)


def test_the_later_todo_mark_wins_without_a_question(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = register(anna)
    receive(bertil, export(anna, tmp_path / "1", "Anna"))
    with anna.session() as session:
        mark = session.get(TodoMark, ids["mark"])
        assert mark is not None
        mark.done_on, mark.snoozed_until = None, dt.date(2026, 6, 1)
        mark.updated_at = utc_now() - dt.timedelta(hours=1)
    with bertil.session() as session:
        mark = session.get(TodoMark, ids["mark"])
        assert mark is not None
        mark.done_on = dt.date(2026, 4, 1)
    found = preview(anna, export(bertil, tmp_path / "2", "Bertil"))
    assert found.conflicts == ()
    receive(anna, export(bertil, tmp_path / "3", "Bertil"))
    receive(bertil, export(anna, tmp_path / "4", "Anna"))
    with anna.session() as session:
        [mark] = session.scalars(select(TodoMark)).all()
        assert mark.done_on == dt.date(2026, 4, 1)
    assert register_content(anna) == register_content(bertil)


def test_one_row_marked_in_two_places_becomes_one_mark(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    register(anna)
    receive(bertil, export(anna, tmp_path / "1", "Anna"))
    for database, snoozed in ((anna, dt.date(2026, 5, 1)), (bertil, dt.date(2026, 7, 1))):
        with database.session() as session:
            session.add(
                TodoMark(
                    key="grant-deadline:x:2026-09-15",
                    municipality_code=SORSELE,
                    snoozed_until=snoozed,
                )
            )
    receive(anna, export(bertil, tmp_path / "2", "Bertil"))
    receive(bertil, export(anna, tmp_path / "3", "Anna"))
    assert register_content(anna) == register_content(bertil)
    with anna.session() as session:
        marks = session.scalars(
            select(TodoMark).where(TodoMark.key == "grant-deadline:x:2026-09-15")
        ).all()
    assert len(marks) == 1


def test_a_place_deleted_for_good_goes_everywhere_with_what_hangs_under_it(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = register(anna)
    receive(bertil, export(anna, tmp_path / "1", "Anna"))
    with anna.session() as session:
        place = session.get(ServicePlace, ids["place"])
        assert place is not None
        place.deleted_at = utc_now()
    with anna.session() as session:
        [item] = [i for i in trash.list_trash(session) if i.id == ids["place"]]
        trash.delete_forever(session, item)
    path = export(anna, tmp_path / "2", "Anna")
    buried = {t.record_id: t.kind for t in read_exchange_file(path).tombstones}
    assert buried == {
        ids["place"]: Kind.PLACE,
        ids["status"]: Kind.PLACE_STATUS,
        ids["agreement"]: Kind.AGREEMENT,
        ids["payment"]: Kind.PAYMENT,
    }
    receive(bertil, path)
    assert register_content(anna) == register_content(bertil)
    with bertil.session() as session:
        grant = session.get(GrantCase, ids["grant"])
        note = session.get(Note, ids["note"])
        assert grant is not None and grant.place_id is None  # the municipality applies
        assert note is not None and note.place_id is None


def test_a_place_deleted_there_stays_while_an_agreement_was_added_here(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = register(anna)
    receive(bertil, export(anna, tmp_path / "1", "Anna"))
    with bertil.session() as session:
        session.add(
            Agreement(
                municipality_code=SORSELE,
                place_id=ids["place"],
                starts_on=dt.date(2029, 1, 1),
                ends_on=dt.date(2031, 12, 31),
            )
        )
    with anna.session() as session:
        place = session.get(ServicePlace, ids["place"])
        assert place is not None
        place.deleted_at = utc_now()
    with anna.session() as session:
        [item] = [i for i in trash.list_trash(session) if i.id == ids["place"]]
        trash.delete_forever(session, item)
    found = preview(bertil, export(anna, tmp_path / "2", "Anna"))
    kept = [c for c in found.conflicts if c.kind is Kind.PLACE]
    assert kept and "finns kvar här" in kept[0].sentence_sv
    receive(bertil, export(anna, tmp_path / "3", "Anna"))
    with bertil.session() as session:
        assert session.get(ServicePlace, ids["place"]) is not None


def test_a_file_of_format_1_is_still_read(installation: MakeInstallation, tmp_path: Path) -> None:
    """Built as the app before the register wrote it: five lists, notes without place_id."""
    anna, bertil = installation("anna"), installation("bertil")
    with anna.session() as session:
        notes.create_note(session, SORSELE, notes.NoteInput("Från ett äldre program"))
    path = export(anna, tmp_path, "Anna")
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        records = json.loads(archive.read(RECORDS))
    manifest["version"] = 1
    for name in ("places", "place_statuses", "agreements", "payments", "grants", "todo_marks"):
        del records[name]
        del manifest["counts"][name]
    for note in records["notes"]:
        del note["place_id"]
    old = tmp_path / "format1.servicepunkt"
    with zipfile.ZipFile(old, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr(RECORDS, json.dumps(records))
    exchange = read_exchange_file(old)
    assert exchange.manifest.version == 1
    [note] = exchange.of_kind(Kind.NOTE)
    assert note.values["place_id"] is None
    receive(bertil, old)
    with bertil.session() as session:
        [stored] = session.scalars(select(Note)).all()
        assert stored.body == "Från ett äldre program" and stored.place_id is None
    # The version format 1 hashed (no place_id) is the same version: nothing to merge.
    assert unchanged(preview(anna, old))


def test_a_note_hashes_as_before_the_register_while_it_concerns_no_place() -> None:
    names = [field.name for field in FIELDS[Kind.NOTE]]
    values: dict[str, object] = dict.fromkeys(names, "x")
    values["place_id"] = None
    before = {name: value for name, value in values.items() if name != "place_id"}
    assert content_hash(values) == content_hash(before)
    assert content_hash({**values, "place_id": "p"}) != content_hash(before)


def test_the_kinds_are_counted_in_swedish() -> None:
    sentence = kinds_sentence({Kind.PLACE: 2, Kind.AGREEMENT: 1, Kind.PAYMENT: 4})
    assert sentence == "2 serviceställen, 1 avtal och 4 utbetalningar"
    assert kinds_sentence({Kind.GRANT: 1}) == "1 stödärende"


def test_one_source_row_imported_in_two_places_links_one_place(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    """Both imported the same service table: two places, one link to its row, everywhere."""
    anna, bertil = installation("anna"), installation("bertil")
    for database in (anna, bertil):
        with database.session() as session:
            session.add(
                ServicePlace(
                    municipality_code=SORSELE, name="Gargnäs Livs", source="pipos", source_id="P-9"
                )
            )
    receive(anna, export(bertil, tmp_path / "1", "Bertil"))
    receive(bertil, export(anna, tmp_path / "2", "Anna"))
    receive(anna, export(bertil, tmp_path / "3", "Bertil"))
    assert register_content(anna) == register_content(bertil)
    with anna.session() as session:
        places = session.scalars(select(ServicePlace).order_by(ServicePlace.id)).all()
    assert [place.source_id for place in places] == ["P-9", ""]  # the smaller id keeps it


def _edit_place(database: Database, place_id: str, **values: object) -> None:
    with database.session() as session:
        place = session.get(ServicePlace, place_id)
        assert place is not None
        for name, value in values.items():
            setattr(place, name, value)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=str)
def test_three_installations_converge_on_the_register(
    installation: MakeInstallation, tmp_path: Path, order: tuple[int, ...]
) -> None:
    """A place edited in two (a conflict), a payment and a mark added in the third, an
    agreement deleted for good in one: everyone sends to everyone until nothing changes."""
    three = [installation(name) for name in ("anna", "bertil", "cecilia")]
    anna, bertil, cecilia = three
    ids = register(anna)
    start = export(anna, tmp_path / "start", "Anna")
    receive(bertil, start)
    receive(cecilia, start)
    _edit_place(anna, ids["place"], name="Ammarnäs Livs AB", staffed=True)
    _edit_place(bertil, ids["place"], name="Ammarnäs lanthandel", latitude=65.97)
    with cecilia.session() as session:
        session.add(
            AgreementPayment(
                agreement_id=ids["agreement"], paid_on=dt.date(2026, 6, 30), amount_sek=7_500
            )
        )
        session.add(TodoMark(key="payment-due:x:2026-09-30", municipality_code=SORSELE))
    with bertil.session() as session:
        extra = Agreement(
            municipality_code=SORSELE,
            place_id=ids["place"],
            starts_on=dt.date(2020, 1, 1),
            ends_on=dt.date(2022, 12, 31),
            deleted_at=utc_now(),
        )
        session.add(extra)
    with bertil.session() as session:
        trash.delete_forever(session, next(i for i in trash.list_trash(session)))
    names = ("Anna", "Bertil", "Cecilia")
    for rounds in range(1, 6):
        for sender in order:
            for receiver in order:
                if receiver != sender:
                    folder = tmp_path / f"r{rounds}-{sender}-{receiver}"
                    receive(three[receiver], export(three[sender], folder, names[sender]))
        contents = [register_content(database) for database in three]
        if contents[0] == contents[1] == contents[2]:
            break
    assert rounds <= 3
    with anna.session() as session:
        places = sorted(session.scalars(select(ServicePlace.name)))
        payments = session.scalars(select(AgreementPayment)).all()
    # Both edits survive; the one that lost "keep both" is a marked copy. (Where Anna's
    # file of the start reaches her back from Cecilia, unchanged, Anna holds no base for
    # her own record, so that is a conflict too and the start version is kept as a copy:
    # the merge of issue 12 does so for every kind.)
    assert "Ammarnäs lanthandel" in places or "Ammarnäs lanthandel (andra versionen)" in places
    assert "Ammarnäs Livs AB" in places or "Ammarnäs Livs AB (andra versionen)" in places
    assert sum(not name.endswith("(andra versionen)") for name in places) == 1
    assert len(payments) == 2
    for sender, receiver in itertools.permutations(range(3), 2):
        path = export(three[sender], tmp_path / "after" / f"{sender}{receiver}", "x")
        assert unchanged(preview(three[receiver], path)), (sender, receiver)
