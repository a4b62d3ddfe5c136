"""Help: the user guide (F1, Hjälp → Användarhandbok) and the list of keyboard shortcuts."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.vocabulary import FinancingSource, PlanStage
from servicepunkt_gui.resources import resource_path, resources_dir
from servicepunkt_gui.ui.common.labels import financing_label, stage_label
from servicepunkt_gui.ui.shell.help_window import (
    HelpWindow,
    ShortcutsDialog,
    guide_language,
    guide_path,
)
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.shortcuts import keys_handled_in_code
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import type_text

UI = Path(__file__).resolve().parents[3] / "servicepunkt_gui" / "ui"

SECTIONS = {
    "sv": [
        "Vad programmet är till för",
        "Fönstret",
        "Planens skeden",
        "Mål och åtgärder",
        "Stöden som planen har betydelse för",
        "Serviceställen och avtal",
        "Stöd och bidrag",
        "Rapporter, Excel och utbyte med kollegor",
        "Delad databas för ett team",
        "Säkerhetskopior och papperskorg",
        "Tangentbordet",
    ],
    "en": [
        "What the app is for",
        "The window",
        "The stages of a plan",
        "Goals and actions",
        "The grants a plan matters for",
        "Service places and agreements",
        "Grants",
        "Reports, Excel and exchange with colleagues",
        "A shared database for a team",
        "Backups and the trash",
        "The keyboard",
    ],
}
GRANTS = (
    FinancingSource.SERVICE_GRANT,
    FinancingSource.HOME_DELIVERY_GRANT,
    FinancingSource.SPECIAL_OPERATING_SUPPORT,
    FinancingSource.INVESTMENT_SUPPORT,
)


def _guide(qtbot: QtBot, language: str) -> HelpWindow:
    guide = HelpWindow(language=language)
    qtbot.addWidget(guide)
    return guide


def _first_heading(language: str) -> str:
    text = guide_path(language).read_text(encoding="utf-8")
    return next(line[2:].strip() for line in text.splitlines() if line.startswith("# "))


def _menu_paths(window: MainWindow) -> set[str]:
    """Every menu item as the guide names it: "Arkiv → Säkerhetskopiera nu"."""
    paths: set[str] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            label = f"{path} → {action.text().replace('&', '')}"
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, label)
            elif not action.isSeparator():
                paths.add(label)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu.title().replace("&", ""))
    return paths


def _paths_in_guide(language: str) -> set[str]:
    text = guide_path(language).read_text(encoding="utf-8")
    return set(re.findall(r"\*\*?([^*\n]+ → [^*\n]+?)\*\*?", text))


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # off screen
def test_f1_opens_the_guide_in_swedish(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: (g := window.findChild(HelpWindow)) is not None and g.isVisible())
    guide = window.findChild(HelpWindow)
    assert guide.language == "sv"
    assert guide.title() == _first_heading("sv") != _first_heading("en")
    assert guide.browser.openExternalLinks() is False
    assert guide.browser.openLinks() is False

    # F1 again brings the same window forward rather than opening a second one.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.menu_actions["help"].trigger()
    assert len(window.findChildren(HelpWindow)) == 1

    # Esc closes it.
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())


def test_the_guide_follows_the_language_of_the_app(qtbot: QtBot) -> None:
    """i18n.install_translators sets the default locale; an English app shows the English guide."""
    assert guide_language() == "sv"  # the tests run the app in Swedish
    swedish = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
    try:
        guide = _guide(qtbot, guide_language())
        assert guide.language == "en"
        assert guide.title() == _first_heading("en")
    finally:
        QLocale.setDefault(swedish)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_guide_has_every_section_in_its_contents(qtbot: QtBot, language: str) -> None:
    guide = _guide(qtbot, language)
    assert [title for title, _anchor in guide.sections()] == SECTIONS[language]
    guide.resize(700, 400)
    guide.show()
    qtbot.waitExposed(guide)
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == 0
    # Choosing the last section in the contents scrolls the text to it.
    guide.contents.setCurrentRow(guide.contents.count() - 1)
    qtbot.waitUntil(lambda: bar.value() > 0)


def test_the_swedish_guide_uses_the_apps_own_words() -> None:
    """The stage and grant names are those the app shows (the tests run it in Swedish)."""
    text = guide_path("sv").read_text(encoding="utf-8").casefold()
    for stage in PlanStage:
        assert stage_label(stage).casefold() in text, stage
    for grant in GRANTS:
        assert financing_label(grant).casefold() in text, grant


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_link_leads_out_of_the_guide(qtbot: QtBot, language: str) -> None:
    source = guide_path(language).read_text(encoding="utf-8")
    for outward in ("http:", "https:", "file:", "www.", "mailto:", "![", "<img", "<a ", "<link"):
        assert outward not in source.casefold()

    guide = _guide(qtbot, language)
    anchors = {anchor for _title, anchor in guide.sections()}
    links: list[str] = []
    block = guide.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            assert not char_format.isImageFormat()
            if char_format.anchorHref():
                links.append(char_format.anchorHref())
            fragments += 1
        block = block.next()
    assert links, "the guide links its sections to each other"
    for link in links:
        assert link.startswith("#") and link[1:] in anchors, link

    # Following a link inside moves to its section; anything else is ignored.
    guide.resize(700, 400)
    guide.show()
    qtbot.waitExposed(guide)
    bar = guide.browser.verticalScrollBar()
    guide.browser.anchorClicked.emit(QUrl(links[-1]))
    qtbot.waitUntil(lambda: bar.value() > 0)
    shown = guide.browser.toPlainText()
    guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert guide.browser.toPlainText() == shown


def test_ctrl_f_finds_text_in_the_guide(qtbot: QtBot) -> None:
    guide = _guide(qtbot, "sv")
    guide.show()
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.keyClick(guide.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(guide.find_edit.hasFocus)
    type_text(guide.find_edit, "remiss")
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText().casefold() == "remiss"
    assert guide.find_status.text() == ""
    guide.find_edit.clear()
    type_text(guide.find_edit, "zxqvw")
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.find_status.text() != ""


def test_the_shortcuts_list_covers_every_shortcut_of_the_window(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    help_action = window.menu_actions["help"]
    help_menu = next(
        menu
        for top in window.menuBar().actions()
        if isinstance(menu := top.menu(), QMenu) and help_action in menu.actions()
    )
    items = help_menu.actions()
    items[items.index(help_action) + 1].trigger()  # Keyboard shortcuts
    qtbot.waitUntil(lambda: (d := window.findChild(ShortcutsDialog)) is not None and d.isVisible())
    table = window.findChild(ShortcutsDialog).table
    shown = [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]
    listed = {(keys, what) for keys, what, _where in shown}

    native = QKeySequence.SequenceFormat.NativeText
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    # Find, Ctrl+M, New, Save, Ctrl+Shift+F, Ctrl+1–3, F1; Quit where the platform has a key
    assert len(with_keys) >= 9
    for action in with_keys:
        keys = ", ".join(k.toString(native) for k in action.shortcuts())
        assert (keys, action.text().replace("&", "")) in listed
    assert (help_action.shortcut().toString(native), help_action.text().replace("&", "")) in listed
    assert "F1" in {keys for keys, _what in listed}
    # The keys handled in code are there too (↓ from the search field into the list).
    assert {(s.keys, s.what) for s in keys_handled_in_code()} <= listed


def test_every_module_that_handles_keys_is_in_the_shortcuts_list() -> None:
    """A new keyPressEvent, key filter, Enter handler or QShortcut belongs in the list."""
    handles_keys = re.compile(
        r"keyPressEvent|QKeyEvent|Qt\.Key\.|returnPressed|itemActivated|cellActivated"
        r"|QShortcut\(|EditKeyPressed|AnyKeyPressed"
    )
    handling = {
        path.relative_to(UI.parent).as_posix()
        for path in UI.rglob("*.py")
        if handles_keys.search(path.read_text(encoding="utf-8"))
    }
    listed = {s.source for s in keys_handled_in_code() if s.source}
    assert handling <= listed, "add their keys to shortcuts.keys_handled_in_code()"
    for source in listed:
        assert (UI.parent / source).is_file(), source


def test_menu_items_named_in_the_swedish_guide_exist(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    paths = _menu_paths(open_window(db_path))
    # Until the Swedish translation of the new Help item is in the .ts file.
    if "Hjälp → Keyboard shortcuts" in paths:
        paths.add("Hjälp → Kortkommandon")
    named = _paths_in_guide("sv")
    assert len(named) >= 5
    assert named <= paths


def test_menu_items_named_in_the_english_guide_exist(
    qtbot: QtBot,
    qapp: QApplication,
    open_window: OpenWindow,
    db_path: Path,
    swedish_translators: list[QTranslator],
) -> None:
    for translator in swedish_translators:
        qapp.removeTranslator(translator)
    try:
        paths = _menu_paths(open_window(db_path))
    finally:
        for translator in swedish_translators:
            qapp.installTranslator(translator)
    named = _paths_in_guide("en")
    assert len(named) >= 5
    assert named <= paths


def test_the_guide_is_found_through_resource_path_also_when_frozen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for language in ("sv", "en"):
        assert guide_path(language) == resource_path("help", f"guide_{language}.md")
        assert guide_path(language).is_file()

    # A PyInstaller bundle: resources/ inside sys._MEIPASS, looked in first.
    bundle = tmp_path / "bundle"
    shutil.copytree(resources_dir() / "data", bundle / "resources" / "data")
    (bundle / "resources" / "help").mkdir()
    (bundle / "resources" / "help" / "guide_sv.md").write_text(
        "# Handboken i paketet\n\n## Avsnitt\n\nText.\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    resources_dir.cache_clear()
    try:
        assert guide_path("sv") == bundle / "resources" / "help" / "guide_sv.md"
        assert _guide(qtbot, "sv").title() == "Handboken i paketet"
    finally:
        monkeypatch.undo()
        resources_dir.cache_clear()
    assert guide_path("sv") == resource_path("help", "guide_sv.md") != bundle
