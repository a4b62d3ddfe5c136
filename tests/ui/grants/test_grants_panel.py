"""An official keeps the municipality's grant cases in the Stöd tab of the real window."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from servicepunkt_gui.core import drafts, grants, plans
from servicepunkt_gui.core.place_models import ServicePlace
from servicepunkt_gui.ui.common.dialogs import UnsavedChoice
from servicepunkt_gui.ui.grants.grants_model import GrantColumn
from servicepunkt_gui.ui.grants.grants_panel import GrantsPanel
from servicepunkt_gui.ui.grants.rules_dialog import RuleColumn
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, type_text


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _cell(panel: GrantsPanel, row: int, column: GrantColumn) -> str:
    return str(panel.model.index(row, column).data() or "")


def _open(qtbot: QtBot, open_window: OpenWindow, db_path: Path) -> tuple[MainWindow, GrantsPanel]:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Mora")
    return window, window.detail.grants


def _choose(combo: object, code: str | None) -> None:
    combo.setCurrentIndex(combo.findData(code))  # type: ignore[attr-defined]


def _new_case(qtbot: QtBot, panel: GrantsPanel, kind: str, year: int) -> None:
    _click(qtbot, panel.new_button)
    form = panel.form
    assert form.isEnabled() and form.is_new
    _choose(form.type_combo, kind)
    form.first_year.setValue(year)
    form.last_year.setValue(year)


def _save(qtbot: QtBot, panel: GrantsPanel, listed: int) -> None:
    _click(qtbot, panel.form.save_button)
    qtbot.waitUntil(lambda: panel.model.rowCount() == listed)


def test_home_delivery_grant_follows_the_stored_rule(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window, panel = _open(qtbot, open_window, db_path)
    assert panel.model.rowCount() == 0 and not panel.form.isEnabled()
    _new_case(qtbot, panel, "home_delivery_grant", 2026)
    form = panel.form
    assert form.home.isVisible()
    assert form.needs_plan.isChecked()  # a home delivery grant needs a plan
    type_text(form.home.households, "40")
    type_text(form.home.deliveries, "320")
    type_text(form.home.net_cost, "82 000")
    # 50 % of 82 000 is 41 000; 100 kr × 320 deliveries is 32 000: the smaller is the grant.
    assert form.home.computed_grant == 32_000
    explained = form.home.computed_label.text()
    for figure in ("41", "32", "29", "320"):
        assert figure in explained
    _click(qtbot, form.home.use_computed_button)
    assert form.applied.value() == 32_000
    _save(qtbot, panel, 1)
    assert _cell(panel, 0, GrantColumn.APPLIED) == QLocale().toString(32_000)
    assert _cell(panel, 0, GrantColumn.APPLICANT) == "Mora kommun"
    assert panel.grant is not None and panel.grant.deliveries == 320

    # The rules are data: raising the amount per delivery in the dialog changes the result.
    _click(qtbot, panel.rules_button)
    dialog = panel.rules_dialog
    assert dialog is not None and dialog.isVisible()
    years = [rule.valid_from.year for rule in dialog.model.rules()]
    assert years == [2024, 2025, 2026]
    row = years.index(2026)
    assert dialog.model.setData(dialog.model.index(row, RuleColumn.PER_DELIVERY), "200")
    qtbot.waitUntil(lambda: form.home.computed_grant == 41_000)
    # A refused edit is said beside the table and changes nothing.
    assert not dialog.model.setData(dialog.model.index(row, RuleColumn.MAX_SHARE), "-5")
    assert dialog.message.isVisible() and dialog.message.text()
    assert form.home.computed_grant == 41_000
    # A net cost below half the price base amount (29 600 kr in 2026) gives nothing.
    form.home.net_cost.clear()
    type_text(form.home.net_cost, "29599")
    assert form.home.computed_grant == 0
    dialog.close()
    del window


def _plan_with_revision(window: MainWindow, code: str, revise_by: dt.date) -> plans.PlanDetail:
    values = plans.PlanInput("Serviceplan för Mora", 2024, 2028, revise_by=revise_by)
    plan = window.context.writes.write(
        window, lambda s: plans.create_plan(s, code, values, "Anna", stage="adopted")
    )
    assert plan is not None
    return plan


def test_the_warning_follows_the_plans_revision_date(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window, panel = _open(qtbot, open_window, db_path)
    code = "2062"  # Mora
    _new_case(qtbot, panel, "service_grant", dt.date.today().year)
    type_text(panel.form.title_edit, "Servicebidrag Bonäs")
    _save(qtbot, panel, 1)
    # No plan at all: the case needing one says so, in words.
    assert panel.grant is not None and panel.grant.plan_risk == "no_plan"
    assert _cell(panel, 0, GrantColumn.WARNING)
    assert panel.model.index(0, GrantColumn.WARNING).data(Qt.ItemDataRole.DecorationRole)
    assert panel.form.risk_banner.isVisibleTo(panel.form)

    today = dt.date.today()
    plan = _plan_with_revision(window, code, today - dt.timedelta(days=10))
    qtbot.waitUntil(lambda: panel.grant is not None and panel.grant.plan_risk == "revision_overdue")
    overdue = _cell(panel, 0, GrantColumn.WARNING)
    assert overdue and overdue != _cell(panel, 0, GrantColumn.STATUS)
    assert panel.form.risk_banner.isVisibleTo(panel.form)

    moved = replace(plan.values, revise_by=today + dt.timedelta(days=400))
    window.context.writes.write(window, lambda s: plans.update_plan(s, plan.id, moved))
    qtbot.waitUntil(lambda: panel.grant is not None and panel.grant.plan_risk is None)
    assert _cell(panel, 0, GrantColumn.WARNING) == ""
    assert not panel.form.risk_banner.isVisibleTo(panel.form)

    # A case that needs no plan carries no warning, whatever the plan.
    _new_case(qtbot, panel, "regional_project", today.year)
    assert not panel.form.needs_plan.isChecked()  # the type's default
    _save(qtbot, panel, 2)


def test_de_minimis_total_for_the_applicant(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window, panel = _open(qtbot, open_window, db_path)
    this_year = dt.date.today().year

    def add_place(s: Session) -> str:
        place = ServicePlace(
            municipality_code="2062", name="Bonäs lanthandel", kind="grocery_store"
        )
        s.add(place)
        s.flush()
        return place.id

    store = window.context.writes.write(window, add_place)
    base = grants.GrantInput(
        grant_type="special_operating_support",
        decider="region",
        place_id=store,
        title="",
        first_year=this_year,
        last_year=this_year,
        status="granted",
    )
    for years_ago, amount in ((3, 900_000), (2, 250_000), (1, 300_000), (0, 70_000)):
        year = this_year - years_ago
        values = replace(
            base,
            first_year=year,
            last_year=year,
            granted_sek=amount,
            decided_on=dt.date(year, 5, 1),
        )
        window.context.writes.write(window, lambda s, v=values: grants.create_grant(s, "2062", v))
    panel.show_municipality("2062")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    form = panel.form
    _choose(form.applicant_combo, store)
    text = form.de_minimis_label.text()
    assert QLocale().toString(620_000) in text  # the last three years, not the fourth
    assert str(this_year - 2) in text and str(this_year - 3) not in text


def test_a_negative_amount_is_refused_beside_its_field(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _window, panel = _open(qtbot, open_window, db_path)
    _new_case(qtbot, panel, "investment_support", dt.date.today().year)
    form = panel.form
    type_text(form.granted, "-5000")
    error = form.findChild(type(form.risk_banner.text), "error_granted_sek")
    assert error is not None and error.isVisible() and error.text()
    _click(qtbot, form.save_button)
    assert panel.model.rowCount() == 0  # nothing stored
    form.granted.clear()
    type_text(form.granted, "5000")
    assert not error.isVisible()
    _save(qtbot, panel, 1)
    assert panel.grant is not None and panel.grant.granted_sek == 5_000
    assert answers.errors == []

    # Delete asks, and the case goes to the trash.
    answers.delete_answer = True
    _click(qtbot, panel.delete_button)
    assert len(answers.delete_questions) == 1
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)


def test_unsaved_edits_are_asked_about_and_kept_as_a_draft(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window, panel = _open(qtbot, open_window, db_path)
    _new_case(qtbot, panel, "service_grant", dt.date.today().year)
    _save(qtbot, panel, 1)
    saved = panel.grant
    assert saved is not None
    form = panel.form
    type_text(form.title_edit, "Servicebidrag")
    panel.editing.keep_draft()
    kept = window.context.writes.read(drafts.list_drafts)
    assert [d.key for d in kept] == [f"grant:{saved.id}"]
    # A new type brings its own default for "needs a plan".
    _choose(form.type_combo, "municipal_support")
    assert not form.needs_plan.isChecked()
    answers.unsaved_answer = UnsavedChoice.CANCEL
    _click(qtbot, panel.new_button)
    assert answers.unsaved_questions == 1
    assert not form.is_new and form.title_edit.text() == "Servicebidrag"  # nothing lost
    answers.unsaved_answer = UnsavedChoice.DISCARD
    _click(qtbot, panel.new_button)
    assert form.is_new
    assert window.context.writes.read(drafts.list_drafts) == []
