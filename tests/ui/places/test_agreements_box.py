"""Agreements with a place, driven in the real window (Serviceställen tab, below the place)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import agreements, places
from servicepunkt_gui.core.agreements import AgreementInput
from servicepunkt_gui.core.place_models import Agreement
from servicepunkt_gui.ui.common.dialogs import UnsavedChoice
from servicepunkt_gui.ui.places.agreement_dialog import AgreementDialog
from servicepunkt_gui.ui.places.agreement_table import ENDS_SOON_ROLE, AgreementColumn
from servicepunkt_gui.ui.places.agreements_box import AgreementsBox
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, full_disk

TODAY = dt.date(2025, 2, 10)
NBSP = "\u00a0"


def _place_box(
    qtbot: QtBot, window: MainWindow, name: str = "Lanthandeln"
) -> tuple[AgreementsBox, str]:
    """A place of Örnsköldsvik in the register, chosen in the Serviceställen tab."""
    choose_municipality(qtbot, window, "Örnsköldsvik")
    place = window.context.writes.write(
        None, lambda s: places.create_place(s, "2284", places.PlaceInput(name=name))
    )
    assert place is not None
    panel = window.detail.places
    panel.select_place(place.id)
    box = panel.agreements
    box.today = lambda: TODAY
    qtbot.waitUntil(lambda: box.place_id() == place.id)
    return box, place.id


def _ok(dialog: AgreementDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _fill_three_years(dialog: AgreementDialog) -> None:
    dialog.starts_on.setText("2025-01-01")
    dialog.ends_on.setText("2027-12-31")
    for task in ("information", "home_delivery", "meeting_place"):
        dialog.task_boxes[task].setChecked(True)
    dialog.fee.setText("10000")
    dialog.interval.setCurrentIndex(dialog.interval.findData("quarterly"))
    dialog.case_number.setText("KS 2024/0815")


def _cell(box: AgreementsBox, row: int, column: AgreementColumn) -> str:
    return str(box.model.index(row, column).data())


def _create(qtbot: QtBot, box: AgreementsBox) -> AgreementDialog:
    box.new_button.click()
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    _fill_three_years(dialog)
    return dialog


def test_a_three_year_agreement_of_three_tasks_pays_30_000_a_year_quarterly(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    assert box.model.rowCount() == 0 and box.new_button.isEnabled()
    dialog = _create(qtbot, box)
    # The fee is computed as it is typed.
    assert f"30{NBSP}000 kr" in dialog.yearly_fee.text()
    assert f"7{NBSP}500 kr" in dialog.per_payment.text()
    # Payments wait until the agreement is saved.
    assert not dialog.payments.add_button.isEnabled()
    _ok(dialog)
    qtbot.waitUntil(lambda: box.dialog is None)
    assert box.model.rowCount() == 1
    assert _cell(box, 0, AgreementColumn.YEARLY_FEE) == f"30{NBSP}000 kr"
    assert _cell(box, 0, AgreementColumn.NEXT_PAYMENT).startswith("2025-03-31")
    assert _cell(box, 0, AgreementColumn.CASE_NUMBER) == "KS 2024/0815"
    assert _cell(box, 0, AgreementColumn.PERIOD).startswith("2025-01-01 – 2027-12-31")
    stored = window.context.writes.read(lambda s: agreements.list_agreements(s, place_id))
    assert len(stored) == 1
    assert stored[0].tasks == ("information", "home_delivery", "meeting_place")
    assert (stored[0].yearly_fee_sek, stored[0].amount_per_payment_sek) == (30_000, 7_500)


def test_a_payment_registered_moves_the_next_due_date(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    _ok(_create(qtbot, box))
    qtbot.waitUntil(lambda: box.dialog is None)
    box.table.selectRow(0)
    box.open_button.click()
    dialog = box.dialog
    assert dialog is not None
    section = dialog.payments
    assert section.unpaid_texts()[0].startswith("2025-03-31")
    section.add_button.click()
    entry = section.payment_dialog
    assert entry is not None
    # Today and the amount per payment, unless the official changes them.
    assert (entry.date_field.text(), entry.amount.text()) == (TODAY.isoformat(), "7500")
    entry.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.model.index(0, 1).data() == f"7{NBSP}500 kr"
    assert section.unpaid_texts()[0].startswith("2025-06-30")
    # Saved at once, and the table below the place follows.
    qtbot.waitUntil(lambda: _cell(box, 0, AgreementColumn.NEXT_PAYMENT) == "2025-06-30")
    (stored,) = window.context.writes.read(lambda s: agreements.list_agreements(s, place_id))
    assert (stored.payments_made, stored.paid_total_sek) == (1, 7_500)
    # A payment registered by mistake is removed, after a question.
    section.table.selectRow(0)
    section.delete_button.click()
    assert len(answers.confirmations) == 1
    qtbot.waitUntil(lambda: section.model.rowCount() == 0)
    assert section.unpaid_texts()[0].startswith("2025-03-31")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: box.dialog is None)
    assert answers.unsaved_questions == 0  # nothing typed, nothing asked


def test_an_overdue_due_date_is_said_in_words(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    box, _place_id = _place_box(qtbot, window)
    box.today = lambda: dt.date(2025, 5, 2)
    _ok(_create(qtbot, box))
    qtbot.waitUntil(lambda: box.dialog is None)
    assert _cell(box, 0, AgreementColumn.NEXT_PAYMENT) != "2025-03-31"
    assert _cell(box, 0, AgreementColumn.NEXT_PAYMENT).startswith("2025-03-31 ")
    box.table.selectRow(0)
    box.open_button.click()
    assert box.dialog is not None
    texts = box.dialog.payments.unpaid_texts()
    assert texts[0] != texts[0].split(" – ")[0] and len(texts[0].split(" – ")) == 3
    assert len(texts[1].split(" – ")) == 2  # 2025-06-30 is not late yet
    box.dialog.reject()


def test_an_end_before_the_start_is_refused_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    dialog = _create(qtbot, box)
    error = dialog.findChild(type(dialog._errors["ends_on"]), "endsOnError")
    assert error is not None and not error.isVisible()
    dialog.ends_on.setText("2024-12-31")
    assert error.isVisible() and error.text()
    _ok(dialog)
    assert box.dialog is dialog and dialog.isVisible()
    assert window.context.writes.read(lambda s: agreements.list_agreements(s, place_id)) == []
    # Mended, the message goes.
    dialog.ends_on.setText("2027-12-31")
    assert not error.isVisible()
    # Leaving with what was typed asks first; Cancel keeps the dialog.
    dialog.reject()
    assert answers.unsaved_questions == 1 and dialog.isVisible()
    answers.unsaved_answer = UnsavedChoice.DISCARD
    dialog.reject()
    qtbot.waitUntil(lambda: box.dialog is None)
    assert window.context.writes.read(lambda s: agreements.list_agreements(s, place_id)) == []


def test_a_negative_fee_is_refused_beside_the_field(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    dialog = _create(qtbot, box)
    dialog.fee.setText("-100")
    error = dialog._errors["fee_per_task_sek"]
    assert error.isVisible() and error.text()
    _ok(dialog)
    assert dialog.isVisible()
    answers.unsaved_answer = UnsavedChoice.DISCARD
    dialog.reject()
    assert window.context.writes.read(lambda s: agreements.list_agreements(s, place_id)) == []


def test_delete_moves_the_agreement_to_the_trash(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    _ok(_create(qtbot, box))
    qtbot.waitUntil(lambda: box.dialog is None)
    box.table.selectRow(0)
    box.delete_button.click()  # answered No
    assert len(answers.delete_questions) == 1 and box.model.rowCount() == 1
    answers.delete_answer = True
    box.delete_button.click()
    qtbot.waitUntil(lambda: box.model.rowCount() == 0)
    with window.context.writes.database.read_session() as session:
        (row,) = session.query(Agreement).filter(Agreement.place_id == place_id).all()
        assert row.deleted_at is not None


def test_an_agreement_ending_within_ninety_days_is_marked_in_words(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    soon = AgreementInput(dt.date(2022, 4, 1), dt.date(2025, 3, 31), fee_per_task_sek=10_000)
    later = AgreementInput(dt.date(2025, 4, 1), dt.date(2028, 3, 31), fee_per_task_sek=10_000)
    # Written elsewhere (another view, an import): the box follows the announcement.
    for values in (soon, later):
        window.context.writes.write(
            None, lambda s, v=values: agreements.create_agreement(s, place_id, v)
        )
    qtbot.waitUntil(lambda: box.model.rowCount() == 2)
    newest, ending = (box.model.agreement(row) for row in range(2))
    assert (newest.starts_on, ending.ends_on) == (later.starts_on, soon.ends_on)
    assert box.model.index(1, AgreementColumn.PERIOD).data(ENDS_SOON_ROLE) is True
    assert box.model.index(0, AgreementColumn.PERIOD).data(ENDS_SOON_ROLE) is False
    period = _cell(box, 1, AgreementColumn.PERIOD)
    assert period.startswith("2022-04-01 – 2025-03-31") and len(period) > len(
        "2022-04-01 – 2025-03-31"
    )
    assert period.count("2025-03-31") == 2  # "Löper ut 2025-03-31"


def test_show_agreement_selects_it_and_opens_it(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    values = AgreementInput(dt.date(2025, 1, 1), dt.date(2027, 12, 31), case_number="KS 2025/1")
    created = window.context.writes.write(
        None, lambda s: agreements.create_agreement(s, place_id, values)
    )
    assert created is not None
    box.show_agreement(created.id)
    assert box.selected_agreement() is not None and box.selected_agreement().id == created.id
    assert box.dialog is not None and box.dialog.case_number.text() == "KS 2025/1"
    box.dialog.reject()
    qtbot.waitUntil(lambda: box.dialog is None)


def test_a_place_not_saved_yet_has_no_agreements_to_add(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    box = AgreementsBox(window.context)
    qtbot.addWidget(box)
    box.show()
    box.show_place("2284", None)
    assert box.hint.isVisible()
    assert not box.new_button.isEnabled() and box.model.rowCount() == 0


def test_a_full_disk_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    dialog = _create(qtbot, box)
    # Much text, so the write needs pages the file may not get.
    dialog.comment.setPlainText("Skylt och anslagstavla vid entrén. " * 400)
    with full_disk(window.context.writes.database):
        _ok(dialog)
    assert len(answers.errors) == 1
    assert box.dialog is dialog and dialog.isVisible()
    assert dialog.fee.text() == "10000" and dialog.case_number.text() == "KS 2024/0815"
    assert window.context.writes.read(lambda s: agreements.list_agreements(s, place_id)) == []
    _ok(dialog)  # room again: saved
    qtbot.waitUntil(lambda: box.dialog is None)
    assert box.model.rowCount() == 1


def test_a_negative_payment_is_refused_beside_the_amount(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    box, place_id = _place_box(qtbot, window)
    _ok(_create(qtbot, box))
    qtbot.waitUntil(lambda: box.dialog is None)
    box.table.selectRow(0)
    box.open_button.click()
    assert box.dialog is not None
    section = box.dialog.payments
    section.add_button.click()
    entry = section.payment_dialog
    assert entry is not None
    entry.amount.setText("-7500")
    entry.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert entry.isVisible() and entry.amount_error.isVisible() and entry.amount_error.text()
    entry.reject()
    assert section.model.rowCount() == 0
    (stored,) = window.context.writes.read(lambda s: agreements.list_agreements(s, place_id))
    assert stored.payments_made == 0
    box.dialog.reject()
