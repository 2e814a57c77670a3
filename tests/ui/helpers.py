"""Drive the real window with mouse and touch events, the way a visitor's hands do."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QMetaObject, QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPointingDevice, QWheelEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

_touch_device: QPointingDevice | None = None


def pause(ms: int) -> None:
    """Let the event loop run for `ms`. Not `QTest.qWait`: PySide keeps the GIL through it, and
    Qt's loader threads call the kiosk's Python URL interceptor, so a qWait that meets a QML or
    image load deadlocks."""
    loop = QEventLoop()
    _pauses.append(loop)
    _pause_timer().start(ms)
    loop.exec()
    _pauses.pop()


def wait_until(condition, timeout_ms: int = 5000) -> None:
    """Until `condition()` holds (an AssertionError in it counts as not yet), the event loop
    running through `pause`: a picture loading meanwhile cannot deadlock it (see there)."""

    def holds() -> bool:
        try:
            return bool(condition())
        except AssertionError:
            return False

    for _ in range(max(1, timeout_ms // 20)):
        if holds():
            return
        pause(20)
    assert condition(), f"still not so after {timeout_ms} ms"


_pauses: list[QEventLoop] = []
_timer: list[QTimer] = []


def _pause_timer() -> QTimer:
    """One timer, connected once: PySide6 6.11 keeps a little memory for every connection
    (`QTimer.singleShot` with a delay makes one too), which thousands of pauses in a soak run
    show as a slope."""
    if not _timer:
        timer = QTimer(singleShot=True)
        timer.timeout.connect(lambda: _pauses[-1].quit() if _pauses else None)
        _timer.append(timer)
    return _timer[0]


def touchscreen() -> QPointingDevice:
    global _touch_device
    if _touch_device is None:
        _touch_device = QTest.createTouchDevice()
    return _touch_device


def all_items(window: QQuickWindow) -> list[QQuickItem]:
    """Every item in the scene, walking visual children (Repeater and Loader items included)."""
    found: list[QQuickItem] = []
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        found.append(item)
        pending.extend(item.childItems())
    return found


def find_all(window: QQuickWindow, name: str) -> list[QQuickItem]:
    return [item for item in all_items(window) if item.objectName() == name]


def find(window: QQuickWindow, name: str) -> QQuickItem:
    items = find_all(window, name)
    assert items, f"no item named {name!r}"
    return items[0]


def center(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def is_shown(window: QQuickWindow, item: QQuickItem) -> bool:
    """Visible all the way up, and at least partly inside the window."""
    if not item.isVisible() or item.width() <= 0 or item.height() <= 0:
        return False
    top_left = item.mapToScene(QPointF(0, 0))
    return top_left.x() < window.width() and top_left.y() < window.height()


def click(window: QQuickWindow, point: QPoint) -> None:
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def settle() -> None:
    """Let layouts finish (a visitor never taps within a frame of a screen change)."""
    pause(120)


def click_item(window: QQuickWindow, name: str) -> None:
    settle()
    click(window, center(find(window, name)))


def dismiss_hints(window: QQuickWindow) -> None:
    """End every panel's first-visit gesture hint (a test comparing two screens of one visit
    would otherwise see it on the first and not on the second)."""
    for hint in find_all(window, "gestureHint"):
        QMetaObject.invokeMethod(hint, "dismiss")
    for _ in range(100):
        if not any(hint.isVisible() for hint in find_all(window, "gestureHint")):
            return
        pause(20)
    raise AssertionError("a gesture hint stayed on screen")


def touch_tap(window: QQuickWindow, point: QPoint) -> None:
    QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
    pause(20)
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    pause(20)


def mouse_drag(window: QQuickWindow, start: QPoint, end: QPoint, steps: int = 12) -> None:
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        QTest.mouseMove(window, point, 16)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end, 16)


def touch_swipe(window: QQuickWindow, start: QPoint, end: QPoint, steps: int = 12) -> None:
    QTest.touchEvent(window, touchscreen()).press(0, start, window).commit()
    for step in range(1, steps + 1):
        pause(16)
        point = start + (end - start) * step / steps
        QTest.touchEvent(window, touchscreen()).move(0, point, window).commit()
    pause(16)
    QTest.touchEvent(window, touchscreen()).release(0, end, window).commit()


def pinch(window, middle: QPoint, start_gap: int, end_gap: int, steps: int = 10) -> None:
    def points(gap: float) -> tuple[QPoint, QPoint]:
        return middle - QPoint(int(gap / 2), 0), middle + QPoint(int(gap / 2), 0)

    first, second = points(start_gap)
    QTest.touchEvent(window, touchscreen()).press(0, first, window).press(
        1, second, window
    ).commit()
    for step in range(1, steps + 1):
        pause(16)
        first, second = points(start_gap + (end_gap - start_gap) * step / steps)
        QTest.touchEvent(window, touchscreen()).move(0, first, window).move(
            1, second, window
        ).commit()
    pause(16)
    QTest.touchEvent(window, touchscreen()).release(0, first, window).release(
        1, second, window
    ).commit()


def wheel(window, point: QPoint, clicks: int) -> None:
    event = QWheelEvent(
        QPointF(point),
        QPointF(window.mapToGlobal(point)),
        QPoint(0, 0),
        QPoint(0, 120 * clicks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QGuiApplication.sendEvent(window, event)


def distinct_colours(image: QImage) -> int:
    """How many colours a screen shows (sampled on a grid), to tell a screen from a blank one."""
    small = image.scaled(160, 160).convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(small.constBits())
    return len({data[i : i + 4] for i in range(0, len(data), 4)})


def bright_pixels(image: QImage, rect: QRect, threshold: int = 200) -> int:
    """Pixels lighter than `threshold` inside `rect`: the ink of light text on a dark ground."""
    grey = image.copy(rect).convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for value in bytes(grey.constBits()) if value > threshold)


def block_averages(image: QImage) -> bytes:
    """The screen as the average colour of each 4×4 block (RGB32 bytes): what a person sees,
    without the single-pixel differences of text edges."""
    small = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        image.width() // 4,
        image.height() // 4,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return bytes(small.constBits())


def screen_change(first: QImage, second: QImage) -> int:
    """How far two screens differ as a person sees them: the largest channel difference between
    their block averages. The software renderer draws the same text a few levels apart at its
    edges when it repaints part of the screen (invisible, and gone once averaged); a panel, a
    highlighted button or a moved strip stays (≥ 15)."""
    if first.size() != second.size():
        return 255
    a, b = block_averages(first), block_averages(second)
    return max((abs(x - y) for x, y in zip(a, b, strict=True)), default=0)


def steady_grab(window: QQuickWindow, same: int = 6, timeout_ms: int = 5000) -> QImage:
    """The screen once it has stopped changing (two grabs 100 ms apart that agree): on a loaded
    two-core machine a fade or a slide may still be running when a fixed pause ends."""
    shot = window.grabWindow()
    for _ in range(timeout_ms // 100):
        pause(100)
        again = window.grabWindow()
        if screen_change(again, shot) <= same:
            return again
        shot = again
    raise AssertionError("the screen never stopped changing")


def change_once_steady(window: QQuickWindow, reference: QImage, same: int = 6) -> int:
    """How far the screen differs from `reference` once it has come to rest (an animation that
    ends where it began counts as no change; a moved strip or an open panel stays)."""
    return screen_change(steady_grab(window, same), reference)


def differing_share(first: QImage, second: QImage, threshold: int = 24) -> float:
    """The share of 4×4 blocks whose average colour differs by more than `threshold`."""
    a, b = block_averages(first), block_averages(second)
    differing = sum(
        1
        for index in range(0, len(a), 4)
        if max(abs(a[index + c] - b[index + c]) for c in range(3)) > threshold
    )
    return differing / (len(a) // 4)
