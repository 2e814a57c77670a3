"""One visitor, whatever the hardware reports: a finger, a mouse, or both for the same finger.

Why a guard in front of the window: many hall touch frames (infrared frames, single-touch USB
panels) report as a mouse, some as a touchscreen and a mouse at once for the same finger, and a
child puts a whole hand on the screen. Qt Quick delivers each of these faithfully, so one finger
could act twice (once as a touch, once as its mouse copy; Krita drops such copies for the same
reason, KDE bug 437196) and a palm over two buttons would press both. The guard

- drops a pointer sequence of the other kind (mouse after touch, touch after mouse) that starts
  where one under way started, or where one ended less than `COMPANION_MS` before: the second
  device's copy of the same finger;
- tells the QML taps (`Kiosk.acceptTap()`) whether the tap that is being released may act: not
  when its finger was one of a palm's (`PALM_POINTS` or more down together), and not when
  another finger's tap acted while this finger was down (two fingers, one thing). A finger
  resting on the bezel blocks nothing: only taps that acted count.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QEventPoint

COMPANION_MS = 400
COPY_DISTANCE = 64  # window pixels between a finger's touch and its mouse copy, at most
PALM_POINTS = 3
MOUSE_POINT = -1  # the mouse, as one more point

_TOUCH = {
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
}
_TOUCH_OVER = {QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
_MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
}
_MOUSE_DOWN = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick}
_PRESSED = QEventPoint.State.Pressed
_RELEASED = QEventPoint.State.Released


@dataclass
class _Point:
    pressed_at: float
    crowd: int  # the most points down at once while this one was down
    released_at: float = 0.0


class PointerGuard(QObject):
    """An event filter for the kiosk window; `accept_tap()` answers the QML taps."""

    def __init__(self, parent: QObject | None = None, clock=time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._down: dict[int, _Point] = {}
        self._released: _Point | None = None  # the point whose release is being delivered
        self._acted_until = 0.0  # the release of the last tap that acted
        self._kind = ""  # "touch" or "mouse": the sequence under way (or the last one)
        self._ended_at = -1e9
        self._downs: list[tuple[float, float]] = []  # where its points went down
        self._ups: list[tuple[float, float]] = []  # and where they came up
        self._dropping = ""  # the kind whose sequence is being dropped
        self.dropped = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _TOUCH:
            return self._touch(event, kind)
        if kind in _MOUSE:
            if kind == QEvent.Type.MouseMove and not self._down and self._dropping != "mouse":
                return False  # hovering
            return self._mouse(event, kind)
        return False

    def accept_tap(self) -> bool:
        """May the tap whose release is being delivered act? Once per finger and per time:
        False for a palm's finger, and for a finger that was down while another tap acted."""
        point = self._released
        if point is None:
            return True  # not from a pointer (a test, a key)
        if point.crowd >= PALM_POINTS or point.pressed_at < self._acted_until:
            return False
        self._acted_until = point.released_at
        return True

    def _touch(self, event, kind: QEvent.Type) -> bool:
        if self._dropping == "touch":
            if kind in _TOUCH_OVER:
                self._dropping = ""
            self.dropped += 1
            return True
        if kind == QEvent.Type.TouchBegin and self._is_copy("touch", event.points()[0].position()):
            self._dropping = "touch"
            self.dropped += 1
            return True
        if kind == QEvent.Type.TouchUpdate and not (event.isBeginEvent() or event.isEndEvent()):
            return False  # fingers only moving: nothing to note (most events of a swipe)
        now = self._clock()
        for point in event.points():
            state = point.state()
            if state == _PRESSED:
                self._press(point.id(), now, point.position())
            elif state == _RELEASED:
                self._release(point.id(), now, point.position())
        if kind in _TOUCH_OVER:
            for point_id in list(self._down):
                self._release(point_id, now, None)
        return False

    def _mouse(self, event, kind: QEvent.Type) -> bool:
        if self._dropping == "mouse":
            if kind == QEvent.Type.MouseButtonRelease:
                self._dropping = ""
            self.dropped += 1
            return True
        if kind in _MOUSE_DOWN and MOUSE_POINT not in self._down:
            if self._is_copy("mouse", event.position()):
                self._dropping = "mouse"
                self.dropped += 1
                return True
            self._press(MOUSE_POINT, self._clock(), event.position())
        elif kind == QEvent.Type.MouseButtonRelease and MOUSE_POINT in self._down:
            self._release(MOUSE_POINT, self._clock(), event.position())
        return False

    def _is_copy(self, kind: str, where) -> bool:
        """A sequence of `kind` starting now at `where` copies the other kind's: under way or
        just over, at the same place."""
        if not self._kind or self._kind == kind:
            return False
        if self._down:
            places = self._downs
        elif (self._clock() - self._ended_at) * 1000 < COMPANION_MS:
            places = self._ups
        else:
            return False
        x, y = where.x(), where.y()
        near = COPY_DISTANCE**2
        return any((x - px) ** 2 + (y - py) ** 2 <= near for px, py in places)

    def _press(self, point_id: int, now: float, where) -> None:
        if not self._down:
            self._kind = "mouse" if point_id == MOUSE_POINT else "touch"
            self._downs.clear()
            self._ups.clear()
        self._downs.append((where.x(), where.y()))
        self._down[point_id] = _Point(now, 0)
        crowd = len(self._down)
        for point in self._down.values():
            point.crowd = max(point.crowd, crowd)

    def _release(self, point_id: int, now: float, where) -> None:
        point = self._down.pop(point_id, None)
        if point is None:
            return
        if where is not None:
            self._ups.append((where.x(), where.y()))
        point.released_at = now
        self._released = point
        if not self._down:
            self._ended_at = now
