"""Search in the window finds places, agreements and grant cases, narrows to each kind,
follows a save, and a hit opens its municipality."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.place_models import Agreement, GrantCase, ServicePlace
from servicepunkt_gui.core.search import SearchHit
from servicepunkt_gui.core.vocabulary import GrantDecider, GrantType
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common.grant_labels import grant_type_label
from servicepunkt_gui.ui.search.search_panel import HIT_ROLE, HTML_ROLE, SearchPanel
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow

ORNSKOLDSVIK, HARNOSAND = "2284", "2280"


def _fill(db_path: Path) -> dict[str, str]:
    """Bredbyns Livs with an agreement and a grant case in Örnsköldsvik; a grant case about
    Bredbyn in Härnösand too."""
    database = open_store(db_path)
    with database.session() as session:
        place = ServicePlace(
            municipality_code=ORNSKOLDSVIK, name="Bredbyns Livs", locality="Bredbyn"
        )
        session.add(place)
        session.flush()
        agreement = Agreement(
            municipality_code=ORNSKOLDSVIK,
            place_id=place.id,
            starts_on=dt.date(2025, 1, 1),
            ends_on=dt.date(2027, 12, 31),
            comment="Byalaget i Bredbyn sköter anslagstavlan.",
        )
        grant = GrantCase(
            municipality_code=ORNSKOLDSVIK,
            grant_type=GrantType.HOME_DELIVERY_GRANT,
            decider=GrantDecider.REGION,
            title="Hemsändning från Bredbyn",
            first_year=2026,
            last_year=2026,
        )
        other = GrantCase(
            municipality_code=HARNOSAND,
            grant_type=GrantType.MUNICIPAL_SUPPORT,
            decider=GrantDecider.MUNICIPALITY,
            title="",
            conditions="Samma villkor som i Bredbyn.",
            first_year=2026,
            last_year=2026,
        )
        session.add_all([agreement, grant, other])
        session.flush()
        ids = {"place": place.id, "agreement": agreement.id, "grant": grant.id, "other": other.id}
    database.close()
    return ids


def _hits(panel: SearchPanel) -> list[QTreeWidgetItem]:
    tree = panel.results
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [group.child(j) for group in groups if group for j in range(group.childCount())]


def _found(panel: SearchPanel) -> dict[tuple[str, str], str]:
    """(kind, id) of each hit listed → its text in the list."""
    found: dict[tuple[str, str], str] = {}
    for item in _hits(panel):
        hit = item.data(0, HIT_ROLE)
        assert isinstance(hit, SearchHit)
        found[(hit.kind, hit.item_id)] = item.text(0)
    return found


def _search(qtbot: QtBot, window: MainWindow, typed: str) -> SearchPanel:
    window.show_search()
    panel = window.search
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.field.setText(typed)
    return panel


def test_places_agreements_and_grants_are_found_and_narrowed_by_kind(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    ids = _fill(db_path)
    window = open_window(db_path)
    panel = _search(qtbot, window, "bredbyn")
    found = _found(panel)
    assert set(found) == {
        ("place", ids["place"]),
        ("agreement", ids["agreement"]),
        ("grant", ids["grant"]),
        ("grant", ids["other"]),
    }
    # An agreement is known by its place; a grant case by its type and title.
    assert found[("place", ids["place"])].endswith(" · Bredbyns Livs")
    assert found[("agreement", ids["agreement"])].endswith(" · Bredbyns Livs")
    home_delivery = grant_type_label(GrantType.HOME_DELIVERY_GRANT)
    assert home_delivery == "Hemsändningsbidrag"  # the word plans already use
    assert found[("grant", ids["grant"])].endswith(f" · {home_delivery} – Hemsändning från Bredbyn")
    # Without a title, the type alone.
    assert found[("grant", ids["other"])].endswith(
        " · " + grant_type_label(GrantType.MUNICIPAL_SUPPORT)
    )
    kinds = {item.data(0, HIT_ROLE).kind: item for item in _hits(panel)}
    assert "<b>Bredbyn</b>" in kinds["agreement"].data(0, HTML_ROLE)

    scope = panel.scope
    assert {"place", "agreement", "grant"} <= set(scope.kinds)
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.kinds["grant"].setChecked(False)
    assert {kind for kind, _id in _found(panel)} == {"place", "agreement"}
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.kinds["place"].setChecked(False)
    assert set(_found(panel)) == {("agreement", ids["agreement"])}
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.kinds["grant"].setChecked(True)
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.municipality.setCurrentIndex(scope.municipality.findData(HARNOSAND))
    assert set(_found(panel)) == {("grant", ids["other"])}
    assert answers.errors == []


def test_a_saved_place_is_found_at_once(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    panel = _search(qtbot, window, "trehörningsjö")
    assert _hits(panel) == []

    def save(session: Session) -> str:
        place = ServicePlace(municipality_code=ORNSKOLDSVIK, name="Trehörningsjö Handel")
        session.add(place)
        session.flush()
        record(session, RecordKind.PLACE, ORNSKOLDSVIK)
        return place.id

    with qtbot.waitSignal(panel.searched, timeout=10_000):
        place_id = window.context.writes.write(window, save)
    assert list(_found(panel)) == [("place", place_id)]
    assert answers.errors == []


def test_choosing_a_hit_opens_its_municipality(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    ids = _fill(db_path)
    window = open_window(db_path)
    panel = _search(qtbot, window, "bredbyn")
    by_id = {item.data(0, HIT_ROLE).item_id: item for item in _hits(panel)}
    for key, code in (
        ("other", HARNOSAND),
        ("place", ORNSKOLDSVIK),
        ("other", HARNOSAND),
        ("agreement", ORNSKOLDSVIK),
        ("other", HARNOSAND),
        ("grant", ORNSKOLDSVIK),
    ):
        with qtbot.waitSignal(panel.hit_chosen) as chosen:
            panel.results.itemActivated.emit(by_id[ids[key]], 0)
        hit = chosen.args[0]
        assert isinstance(hit, SearchHit) and hit.item_id == ids[key]
        assert hit.municipality_code == code
        qtbot.waitUntil(
            lambda code=code: (
                (shown := window.detail.municipality) is not None and shown.code == code
            )
        )
    assert answers.errors == []
