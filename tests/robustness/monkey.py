"""A seeded random visitor: taps, drags, flicks, pinches, long presses, double taps, wheel and
key presses anywhere on the window, the hidden staff gesture with wrong PINs, and walking away
until the attract screen starts. Half of the touches aim at a visible control, so details,
the map at every zoom and the admin screens are reached, not only empty background."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import all_items, center, pause, pinch, touchscreen, wheel

KEYS = (
    Qt.Key.Key_Escape,
    Qt.Key.Key_Back,
    Qt.Key.Key_Return,
    Qt.Key.Key_Space,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_F4,
    Qt.Key.Key_F11,
    Qt.Key.Key_Q,
    Qt.Key.Key_W,
    Qt.Key.Key_Home,
    Qt.Key.Key_Menu,
)
MODIFIERS = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
)
WRONG_PIN_DIGITS = "123456789"


class Monkey:
    def __init__(self, kiosk, seed: int) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.rng = random.Random(seed)
        self.done: Counter[str] = Counter()
        self.actions: dict[str, tuple[float, Callable[[], None]]] = {
            "tap": (30, self.tap),
            "mouse click": (6, self.mouse_click),
            "double tap": (6, self.double_tap),
            "long press": (0.5, self.long_press),
            "drag": (10, self.drag),
            "flick": (8, self.flick),
            "pinch": (5, self.pinch),
            "wheel": (4, self.wheel),
            "key": (5, self.key),
            "walk away": (1, self.walk_away),
        }

    def step(self) -> None:
        names = list(self.actions)
        weights = [self.actions[name][0] for name in names]
        name = self.rng.choices(names, weights)[0]
        self.actions[name][1]()
        self.done[name] += 1

    # -- where ---------------------------------------------------------------------------------

    def point(self) -> QPoint:
        """A visible control half of the time (as visitors aim), else anywhere."""
        if self.rng.random() < 0.5:
            targets = [
                item
                for item in all_items(self.window)
                if item.objectName() and item.isVisible() and item.width() > 0
            ]
            if targets:
                spot = center(self.rng.choice(targets))
                if 0 <= spot.x() < self.window.width() and 0 <= spot.y() < self.window.height():
                    return spot
        return QPoint(
            self.rng.randrange(self.window.width()), self.rng.randrange(self.window.height())
        )

    # -- what ----------------------------------------------------------------------------------

    def touch(self, point: QPoint, hold_ms: int) -> None:
        QTest.touchEvent(self.window, touchscreen()).press(0, point, self.window).commit()
        pause(hold_ms)
        QTest.touchEvent(self.window, touchscreen()).release(0, point, self.window).commit()

    def tap(self) -> None:
        self.touch(self.point(), self.rng.randrange(5, 25))

    def mouse_click(self) -> None:
        QTest.mouseClick(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, self.point()
        )
        pause(5)

    def double_tap(self) -> None:
        point = self.point()
        self.touch(point, 15)
        pause(40)
        self.touch(point, 15)

    def long_press(self) -> None:
        self.touch(self.point(), self.rng.randrange(500, 900))

    def _swipe(self, start: QPoint, end: QPoint, steps: int, step_ms: int) -> None:
        QTest.touchEvent(self.window, touchscreen()).press(0, start, self.window).commit()
        for step in range(1, steps + 1):
            pause(step_ms)
            point = start + (end - start) * step / steps
            QTest.touchEvent(self.window, touchscreen()).move(0, point, self.window).commit()
        QTest.touchEvent(self.window, touchscreen()).release(0, end, self.window).commit()

    def drag(self) -> None:
        start = self.point()
        end = start + QPoint(self.rng.randrange(-500, 500), self.rng.randrange(-500, 500))
        self._swipe(start, end, self.rng.randrange(2, 6), self.rng.randrange(5, 12))

    def flick(self) -> None:
        start = self.point()
        end = start + QPoint(self.rng.choice((-1, 1)) * self.rng.randrange(300, 1200), 0)
        self._swipe(start, end, 4, 5)
        pause(self.rng.randrange(0, 30))

    def pinch(self) -> None:
        gaps = (self.rng.randrange(60, 900), self.rng.randrange(60, 900))
        pinch(self.window, self.point(), *gaps, steps=self.rng.randrange(2, 6))

    def wheel(self) -> None:
        wheel(self.window, self.point(), self.rng.randrange(-4, 5))
        pause(5)

    def key(self) -> None:
        QTest.keyClick(self.window, self.rng.choice(KEYS), self.rng.choice(MODIFIERS))
        pause(5)

    def walk_away(self) -> None:
        """Nobody at the screen: the attract screen starts; the next visitor's touch ends it."""
        self.kiosk.idle.go_idle_now()
        pause(self.rng.randrange(50, 150))

    def admin_gesture_with_wrong_pins(self) -> None:
        """Hold the corner three seconds, then type PINs that are not the staff's."""
        self.touch(QPoint(20, 20), 3300)
        pause(100)
        for _ in range(self.rng.randrange(1, 3)):
            for digit in self.rng.choices(WRONG_PIN_DIGITS, k=4):
                self._press_named(f"pinKey-{digit}")
            self._press_named("pinKey-OK")
        self._press_named("pinCancel")
        self.done["admin gesture"] += 1

    def _press_named(self, name: str) -> None:
        for item in all_items(self.window):
            if item.objectName() == name and item.isVisible():
                self.touch(center(item), 30)
                pause(20)
                return
