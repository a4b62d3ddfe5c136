"""Where the main window goes on a screen: geometry of rectangles (the functions at the
end apply it to a window; everything above them is pure and unit-tested).

Every rectangle here is in logical pixels (what Qt calls device-independent) and the
``available`` area is a screen's ``availableGeometry()``: the screen less the taskbar, dock
or panels. A window's frame (title bar and borders, drawn by the system) counts: it is the
*frame* that has to lie inside the available area, not only the part Qt draws.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the first window of all takes on a large screen; a bigger one is only emptier.
LARGEST_FIRST = QSize(1600, 1000)
# A frame as the common desktops draw one, used until the system says what it is (a window
# learns its frame only once it is on screen): a title bar and thin borders, with a margin.
ESTIMATED_FRAME = QMargins(8, 36, 8, 8)


def frame_size(client: QSize, frame: QMargins) -> QSize:
    """The size of a window whose inside is ``client``, with its frame."""
    return client.grownBy(frame)


def client_size(frame_rect_size: QSize, frame: QMargins) -> QSize:
    """The inside of a window whose frame is ``frame_rect_size`` (never negative)."""
    size = frame_rect_size.shrunkBy(frame)
    return QSize(max(0, size.width()), max(0, size.height()))


def first_frame(available: QRect, frame: QMargins, minimum: QSize) -> QRect:
    """The frame rectangle of the first window on a screen: as large as the screen allows
    (up to :data:`LARGEST_FIRST` inside), never smaller than ``minimum`` inside, centred."""
    inside = client_size(available.size(), frame).boundedTo(LARGEST_FIRST)
    rect = QRect(QPoint(0, 0), frame_size(inside.expandedTo(minimum), frame))
    rect.moveCenter(available.center())
    return fit_frame(rect, available, frame, minimum)


def fit_frame(rect: QRect, available: QRect, frame: QMargins, minimum: QSize) -> QRect:
    """``rect`` (a frame rectangle) moved, and made smaller if need be, into ``available``.

    A window already inside stays as it is; one too large is made as large as the area
    (but its inside not smaller than ``minimum``); one partly outside is moved in. A window
    that cannot fit even at its minimum size keeps its title bar and left edge on screen.
    A rectangle made elsewhere (another screen, another resolution) that lies wholly
    outside is centred.
    """
    smallest = frame_size(minimum, frame)
    width = max(min(rect.width(), available.width()), smallest.width())
    height = max(min(rect.height(), available.height()), smallest.height())
    fitted = QRect(rect.topLeft(), QSize(width, height))
    if not fitted.intersects(available):
        fitted.moveCenter(available.center())
    # Right and bottom edges in first, then left and top: those win when it cannot fit.
    if fitted.right() > available.right():
        fitted.moveRight(available.right())
    if fitted.bottom() > available.bottom():
        fitted.moveBottom(available.bottom())
    if fitted.left() < available.left():
        fitted.moveLeft(available.left())
    if fitted.top() < available.top():
        fitted.moveTop(available.top())
    return fitted


def fits(rect: QRect, available: QRect) -> bool:
    """Whether a frame rectangle lies wholly inside the available area."""
    return available.contains(rect)


def screen_for(rect: QRect, screens: list[QRect]) -> int:
    """The index of the screen (available area) a window at ``rect`` opens on.

    The one it overlaps most; if it overlaps none (a screen since unplugged), the nearest.
    """
    if not screens:
        raise ValueError("no screens")
    overlaps = [_area(rect.intersected(screen)) for screen in screens]
    best = max(range(len(screens)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    centre = rect.center()
    return min(range(len(screens)), key=lambda i: _distance(centre, screens[i]))


def _area(rect: QRect) -> int:
    return 0 if rect.isEmpty() else rect.width() * rect.height()


def _distance(point: QPoint, rect: QRect) -> int:
    dx = max(rect.left() - point.x(), 0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0, point.y() - rect.bottom())
    return dx * dx + dy * dy


def split(total: int, preferred: int, minimum: tuple[int, int], share: float) -> list[int]:
    """Sizes of a two-sided splitter ``total`` pixels wide whose left side would like
    ``preferred`` pixels, or ``share`` of the total if that is more.

    The right side keeps its ``minimum[1]`` if it can, the left side its ``minimum[0]``
    always (the left side is the list, whose names must stay whole).
    """
    left = max(preferred, round(total * share))
    left = max(min(left, total - minimum[1]), minimum[0])
    return [left, max(0, total - left)]


# -- applied to a window (the only part here that touches a widget) ---------------------


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame as the system draws it: nothing known until it is on screen."""
    inside, outside = window.geometry(), window.frameGeometry()
    return QMargins(
        inside.left() - outside.left(),
        inside.top() - outside.top(),
        outside.right() - inside.right(),
        outside.bottom() - inside.bottom(),
    )


def available_areas() -> list[QRect]:
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def place(window: QWidget, rect: QRect, frame: QMargins) -> None:
    """Give ``window`` the frame rectangle ``rect``: its inside is ``rect`` less ``frame``.

    Set as the inside (``setGeometry``): before a window is shown, ``pos()`` and ``move()``
    mean its inside or its frame depending on what was done to it before.
    """
    window.setGeometry(rect.marginsRemoved(frame))


def place_first(window: QWidget, minimum: QSize) -> None:
    """The first window of all: as large as its screen allows (:func:`first_frame`)."""
    area = window.screen().availableGeometry()
    place(window, first_frame(area, ESTIMATED_FRAME, minimum), ESTIMATED_FRAME)


def place_restored(window: QWidget, minimum: QSize) -> None:
    """A window as it was (``restoreGeometry``), made to fit the screen it opens on."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    inside = window.geometry()  # restored: its inside, the frame is not known yet
    areas = available_areas()
    area = areas[screen_for(inside, areas)]
    # One whose inside is on the screen stays put (its real frame is checked once shown,
    # fit_framed): an estimated frame would move a window at the top edge down each time.
    if not fits(inside, area):
        rect = inside.marginsAdded(ESTIMATED_FRAME)
        place(window, fit_frame(rect, area, ESTIMATED_FRAME, minimum), ESTIMATED_FRAME)


def fit_framed(window: QWidget, minimum: QSize) -> bool:
    """Move a window on screen in (made smaller if need be) if its real frame sticks out.

    False while the system has not framed the window yet (the frame is not known).
    """
    frame = frame_margins(window)
    if frame.isNull():
        return False
    rect = window.frameGeometry()
    areas = available_areas()
    area = areas[screen_for(rect, areas)]
    if not fits(rect, area):
        place(window, fit_frame(rect, area, frame, minimum), frame)
    return True
