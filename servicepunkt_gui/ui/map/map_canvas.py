"""The painted map: click or Enter opens a municipality, the wheel zooms, a drag pans.

Keyboard: arrows pan, + and - zoom, 0 shows all of Sweden, Tab and Shift+Tab go through
the municipalities in Swedish alphabetical order (the focused one outlined, its name and
stage in a tooltip and in the accessible description) and leave the map after the last,
Enter opens the focused one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from servicepunkt_gui.core.map_data import municipality_at
from servicepunkt_gui.core.map_places import MapPlace
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.map.map_colors import Look
from servicepunkt_gui.ui.map.map_paint import MapGeometry, MapScene, fit_transform, paint_map
from servicepunkt_gui.ui.map.place_symbols import PlacedSymbol, paint_places, place_at

WHEEL_STEP = 1.25  # zoom per notch of the wheel
KEY_ZOOM = 1.5
PAN_SHARE = 0.1  # of the view, per arrow key
MIN_SCALE_SHARE = 0.5  # of the scale that shows all of Sweden
MAX_SCALE = 0.2  # px per metre: a village's streets, no closer


class MapCanvas(QWidget):
    """``municipality_chosen(code)`` on a click or Enter; ``describe(code)`` gives tooltips.

    Service places drawn over the municipalities (``set_places``) come first under the
    pointer: hovering one describes it (``describe_place``), clicking it emits
    ``place_chosen(place_id, municipality_code)``.
    """

    municipality_chosen = Signal(str)
    place_chosen = Signal(str, str)
    view_changed = Signal()

    def __init__(
        self,
        geometry: MapGeometry,
        describe: Callable[[str], str],
        parent: QWidget | None = None,
        describe_place: Callable[[MapPlace], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.geometry_ = geometry
        self._describe = describe
        self._describe_place = describe_place or (lambda place: place.name)
        self._places: list[PlacedSymbol] = []
        self._place_highlight: str | None = None
        self._scene = MapScene(looks={})
        self._visible: set[str] | None = None
        self._transform = QTransform()
        self._fitted: QRectF | None = QRectF(geometry.bounds)  # kept fitted while resized
        self._press: QPointF | None = None
        self._panning = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Map of Sweden's municipalities"))
        self.setMinimumSize(QSize(320, 320))

    # -- what is drawn -------------------------------------------------------------------

    def set_looks(self, looks: Mapping[str, Look]) -> None:
        self._scene.looks = looks
        self.update()

    def looks(self) -> Mapping[str, Look]:
        return self._scene.looks

    def set_visible_codes(self, codes: set[str] | None) -> None:
        self._visible = None if codes is None else set(codes)

    def visible_codes(self) -> set[str] | None:
        return None if self._visible is None else set(self._visible)

    def set_highlight(self, code: str | None) -> None:
        self._scene.highlight = code if code in self.geometry_.paths else None
        self.update()

    def highlighted(self) -> str | None:
        return self._scene.highlight

    def focused_code(self) -> str | None:
        return self._scene.focused

    def set_focused_code(self, code: str | None) -> None:
        self._scene.focused = code if code in self.geometry_.paths else None
        focused = self._scene.focused
        self.setAccessibleDescription(self._describe(focused) if focused else "")
        if code is not None and code in self.geometry_.boxes:
            self._bring_into_view(self.geometry_.boxes[code])
        self.update()

    def scene(self) -> MapScene:
        return self._scene

    def set_places(self, places: Sequence[MapPlace]) -> None:
        """The places to draw (their map coordinates worked out here, once)."""
        to_map = self.geometry_.to_map
        self._places = []
        for place in places:
            at = to_map(place.x, place.y)
            self._places.append(PlacedSymbol(place, at.x(), at.y()))
        self.update()

    def places(self) -> list[MapPlace]:
        return [item.place for item in self._places]

    def placed_symbols(self) -> list[PlacedSymbol]:
        return list(self._places)

    def set_place_highlight(self, place_id: str | None) -> None:
        self._place_highlight = place_id
        self.update()

    def place_at(self, point: QPointF) -> MapPlace | None:
        return place_at(self._places, self._transform, point)

    # -- the view ------------------------------------------------------------------------

    def transform(self) -> QTransform:
        return QTransform(self._transform)

    def to_widget(self, x: float, y: float) -> QPointF:
        """Where the SWEREF 99 TM point (x east, y north) is on the widget."""
        return self._transform.map(self.geometry_.to_map(x, y))

    def to_sweref(self, point: QPointF) -> tuple[float, float]:
        inverse, _ok = self._transform.inverted()
        return self.geometry_.from_map(inverse.map(point))

    def code_at(self, point: QPointF) -> str | None:
        x, y = self.to_sweref(point)
        return municipality_at(self.geometry_.sweden, x, y)

    def fit(self, rect: QRectF) -> None:
        """Show ``rect`` (map coordinates) whole; kept so while the widget is resized."""
        self._fitted = QRectF(rect)
        self._set_transform(fit_transform(rect, QSizeF(self.size())))

    def show_all(self) -> None:
        self.fit(self.geometry_.bounds)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the map point under ``anchor`` (default the centre)."""
        at = anchor if anchor is not None else QRectF(self.rect()).center()
        scale = self._transform.m11()
        whole = fit_transform(self.geometry_.bounds, QSizeF(self.size())).m11()
        target = max(whole * MIN_SCALE_SHARE, min(MAX_SCALE, scale * factor))
        factor = target / scale
        if abs(factor - 1) < 1e-9:
            return
        dx = at.x() - (at.x() - self._transform.dx()) * factor
        dy = at.y() - (at.y() - self._transform.dy()) * factor
        self._fitted = None
        self._set_transform(QTransform(target, 0, 0, target, dx, dy))

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map ``dx``, ``dy`` pixels (the drawing follows the pointer)."""
        self._fitted = None
        self._set_transform(self._transform * QTransform.fromTranslate(dx, dy))

    def _set_transform(self, transform: QTransform) -> None:
        self._transform = transform
        self.update()
        self.view_changed.emit()

    def _bring_into_view(self, box: QRectF) -> None:
        shown = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        on_screen = self._transform.mapRect(box)
        if shown.contains(on_screen.center()):
            return
        centre = on_screen.center()
        self.pan_by(shown.center().x() - centre.x(), shown.center().y() - centre.y())

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._scene.show_focus = self.hasFocus()
        paint_map(
            painter,
            self.geometry_,
            self._transform,
            self._scene,
            self.palette(),
            QRectF(event.rect()),
        )
        if self._places:
            paint_places(
                painter,
                self._places,
                self._transform,
                self.palette(),
                QRectF(event.rect()),
                self._place_highlight,
            )
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted is not None:
            self.fit(self._fitted)
        else:  # keep the same place in the middle
            old, new = event.oldSize(), event.size()
            if old.isValid():
                self.pan_by((new.width() - old.width()) / 2, (new.height() - old.height()) / 2)

    # -- pointer -------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if not notches:
            event.ignore()
            return
        self.zoom_by(WHEEL_STEP**notches, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.position()
        self._panning = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        moved = event.position() - self._press
        if not self._panning and moved.manhattanLength() < QApplication.startDragDistance():
            return
        self._panning = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.pan_by(moved.x(), moved.y())
        self._press = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        was_panning = self._panning
        self._press, self._panning = None, False
        self.unsetCursor()
        if was_panning:
            return
        place = self.place_at(event.position())
        if place is not None:
            self.set_place_highlight(place.id)
            self.place_chosen.emit(place.id, place.municipality_code)
            return
        code = self.code_at(event.position())
        if code is not None:
            self._scene.focused = code
            self.set_highlight(code)
            self.municipality_chosen.emit(code)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            place = self.place_at(QPointF(event.pos()))
            if place is not None:
                centre = self.to_widget(place.x, place.y).toPoint()
                near = QRect(centre - QPoint(8, 8), QSize(16, 16))
                tip = plain_tooltip(self._describe_place(place))
                QToolTip.showText(event.globalPos(), tip, self, near)
                return True
            code = self.code_at(QPointF(event.pos()))
            if code is None:
                QToolTip.hideText()
                event.ignore()
            else:
                # Hidden as the pointer leaves the municipality's box, so that the next one
                # is not described by the last one's name.
                box = self._transform.mapRect(self.geometry_.boxes[code]).toAlignedRect()
                tip = plain_tooltip(self._describe(code))
                QToolTip.showText(event.globalPos(), tip, self, box.intersected(self.rect()))
            return True
        return super().event(event)

    # -- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step_x, step_y = self.width() * PAN_SHARE, self.height() * PAN_SHARE
        pans = {
            Qt.Key.Key_Left: (step_x, 0.0),
            Qt.Key.Key_Right: (-step_x, 0.0),
            Qt.Key.Key_Up: (0.0, step_y),
            Qt.Key.Key_Down: (0.0, -step_y),
        }
        if key in pans:
            self.pan_by(*pans[Qt.Key(key)])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / KEY_ZOOM)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.show_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._scene.focused:
            self.set_highlight(self._scene.focused)
            self.municipality_chosen.emit(self._scene.focused)
        elif key == Qt.Key.Key_Escape and self._scene.focused:
            # A way out without tabbing past all 290: Esc leaves the map for what follows.
            self._scene.focused = None
            self.update()
            super().focusNextPrevChild(True)
        else:
            super().keyPressEvent(event)

    def tab_order(self) -> list[str]:
        """The municipalities Tab goes through: alphabetical, those the list shows."""
        order = self.geometry_.order
        return order if self._visible is None else [c for c in order if c in self._visible]

    def focusNextPrevChild(self, next: bool) -> bool:
        order = self.tab_order()
        current = self._scene.focused
        if current in order:
            index = order.index(current) + (1 if next else -1)
        else:
            index = 0 if next else len(order) - 1
        if not order or not 0 <= index < len(order) or not self.hasFocus():
            # Past the last (or before the first): Tab leaves the map as it leaves a list.
            self._scene.focused = None
            self.update()
            return super().focusNextPrevChild(next)
        self.set_focused_code(order[index])
        self._show_focus_tip()
        return True

    def _show_focus_tip(self) -> None:
        code = self._scene.focused
        if code is None:
            return
        box = self._transform.mapRect(self.geometry_.boxes[code])
        where = self.mapToGlobal(QPoint(round(box.center().x()), round(box.bottom())))
        QToolTip.showText(where, plain_tooltip(self._describe(code)), self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._scene.focused is None and event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ):
            order = self.tab_order()
            if order:
                first = event.reason() == Qt.FocusReason.TabFocusReason
                self.set_focused_code(order[0] if first else order[-1])
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
