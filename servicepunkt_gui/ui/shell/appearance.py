"""Light, dark or as the system: Inställningar → Utseende, applied at start and at once.

Qt is first asked for the scheme (``QStyleHints.setColorScheme``, Qt 6.8+). Where the
platform can do it, Qt's own styles switch with their own palettes: the windows11 style on
Windows 11, macOS, and GTK desktops through the gtk3 platform theme. Where it cannot (Qt's
generic Linux theme, KDE without a portal, the offscreen platform of the tests) the palette
does not follow, and the app sets a Fusion palette of the wanted kind itself. Windows 10's
windowsvista style draws its controls light whatever the palette, so dark there means Fusion
(Qt's Windows theme gives Fusion a dark palette); light goes back to the native style.

"System" leaves the choice to the platform, and follows it while the app runs: Qt repaints
with the new palette, and a change of the system's scheme that the palette did not follow
is made good here (``colorSchemeChanged``). The app's own colours (``ui/common/colors.py``)
are looked up from the palette in force at paint time, so they follow as well.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.ui.common.colors import is_dark
from servicepunkt_gui.ui.shell.preferences import Preferences

SYSTEM, LIGHT, DARK = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT, DARK)
_SCHEMES = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}
# Styles that draw their controls in their own (light) colours whatever the palette.
_LIGHT_ONLY_STYLES = {"windowsvista"}


def apply_appearance(app: QApplication, choice: str) -> None:
    """Use ``choice`` ("system", "light" or "dark") from now on; anything else is "system"."""
    controller = app.findChild(_Appearance, _Appearance.NAME)
    if controller is None:
        controller = _Appearance(app)
    controller.use(choice if choice in CHOICES else SYSTEM)


def current_appearance(app: QApplication) -> str:
    controller = app.findChild(_Appearance, _Appearance.NAME)
    return controller.choice if controller is not None else SYSTEM


class _Appearance(QObject):
    NAME = "servicepunktAppearance"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(self.NAME)
        self._app = app
        self.choice = SYSTEM
        self._native_style = app.style().name()
        self._busy = False
        self._own_palette = False  # whether the palette in force is one set here
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def use(self, choice: str) -> None:
        self.choice = choice
        if self._busy:
            return
        self._busy = True
        try:
            self._apply()
        finally:
            self._busy = False

    def _on_scheme_changed(self) -> None:
        # The system changed its scheme, or the platform took up a request late.
        if not self._busy:
            self.use(self.choice)

    def _apply(self) -> None:
        hints = self._app.styleHints()
        wanted = _SCHEMES.get(self.choice)
        if wanted is None:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(wanted)
        scheme = wanted if wanted is not None else hints.colorScheme()
        dark = scheme == Qt.ColorScheme.Dark
        self._choose_style(dark)
        if self._own_palette:
            # The platform's and the style's own palette again; its resolve mask is empty,
            # so the application palette follows the platform again (a system theme change).
            self._app.setPalette(QPalette())
            self._own_palette = False
        if dark and not is_dark(self._app.palette()):
            self._app.setPalette(fusion_palette(dark=True))
            self._own_palette = True
        elif wanted == Qt.ColorScheme.Light and is_dark(self._app.palette()):
            self._app.setPalette(fusion_palette(dark=False))
            self._own_palette = True

    def _choose_style(self, dark: bool) -> None:
        current = self._app.style().name()
        if dark and current in _LIGHT_ONLY_STYLES:
            self._app.setStyle("fusion")
        elif not dark and current == "fusion" and self._native_style in _LIGHT_ONLY_STYLES:
            self._app.setStyle(self._native_style)


def fusion_palette(dark: bool) -> QPalette:
    """Fusion's palette as Qt makes it for a light or a dark desktop (qt_fusionPalette)."""
    window_text = QColor(240, 240, 240) if dark else QColor(0, 0, 0)
    window = QColor(50, 50, 50) if dark else QColor(239, 239, 239)
    base = window.darker(140) if dark else QColor(255, 255, 255)
    shade = window.darker(150)
    mid = window.darker(130)
    shadow = shade.darker(135)
    disabled_text = QColor(130, 130, 130) if dark else QColor(190, 190, 190)
    palette = QPalette(window_text, window, window.lighter(150), shade, mid, window_text, base)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette.setColor(role.Midlight, mid.lighter(110))
    palette.setColor(role.Button, window)
    palette.setColor(role.ButtonText, window_text)
    palette.setColor(role.Shadow, shadow)
    palette.setColor(role.AlternateBase, base.lighter(115) if dark else QColor(247, 247, 247))
    palette.setColor(role.Highlight, QColor(48, 140, 198))
    palette.setColor(role.HighlightedText, window_text if dark else QColor(255, 255, 255))
    palette.setColor(role.ToolTipBase, QColor(60, 60, 60) if dark else QColor(255, 255, 220))
    palette.setColor(role.ToolTipText, window_text)
    palette.setColor(role.Link, QColor(138, 180, 248) if dark else QColor(0, 0, 255))
    palette.setColor(role.LinkVisited, QColor(197, 138, 249) if dark else QColor(255, 0, 255))
    placeholder = QColor(window_text)
    placeholder.setAlpha(128)
    palette.setColor(role.PlaceholderText, placeholder)
    for disabled_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, disabled_role, disabled_text)
    palette.setColor(group.Disabled, role.Base, window)
    palette.setColor(group.Disabled, role.Dark, QColor(209, 209, 209).darker(110))
    palette.setColor(group.Disabled, role.Shadow, shadow.lighter(150))
    palette.setColor(group.Disabled, role.Highlight, QColor(145, 145, 145))
    return palette


class AppearanceDialog(QDialog):
    """System / Light / Dark; a choice is saved and applied at once."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self.setWindowTitle(self.tr("Appearance"))
        self.setObjectName("appearanceDialog")
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Colours of the window:")))
        labels = {
            SYSTEM: self.tr("&System (as Windows or the desktop is set)"),
            LIGHT: self.tr("&Light"),
            DARK: self.tr("&Dark"),
        }
        self.radio: dict[str, QRadioButton] = {}
        for number, choice in enumerate(CHOICES):
            button = QRadioButton(labels[choice])
            button.setChecked(choice == preferences.appearance)
            self.buttons.addButton(button, number)
            self.radio[choice] = button
            layout.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.buttons.idToggled.connect(self._on_toggled)

    def _on_toggled(self, number: int, checked: bool) -> None:
        if checked:
            choose_appearance(self._prefs, CHOICES[number])


def choose_appearance(preferences: Preferences, choice: str) -> None:
    """Save ``choice`` and apply it to the running application."""
    preferences.appearance = choice
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_appearance(app, choice)


def ask_appearance(parent: QWidget, preferences: Preferences) -> AppearanceDialog:
    """Open the dialog (window-modal, without blocking) and return it; only one at a time."""
    for shown in parent.findChildren(AppearanceDialog):
        if shown.isVisible():
            shown.raise_()
            shown.activateWindow()
            return shown
    dialog = AppearanceDialog(preferences, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
