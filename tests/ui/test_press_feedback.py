"""A finger on anything that opens something shows at once that it was felt: the press state is
on screen 50 ms after the finger lands (well inside the 100 ms a touch feels instant in), by mouse
and by touch, and the tap still does what it says when the finger lifts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import center, find, pause, screen_change, settle, touchscreen
from tests.ui.test_language import pictures_loading

# (screen to start on, item pressed, what the tap then shows)
PRESSABLE = [
    ("home", "entry-map", lambda nav: nav.currentPanel == "map"),
    ("timeline", "card-founded", lambda nav: nav.detail == "founded"),
    ("figures", "figure-industrial-output", lambda nav: nav.detail == "industrial-output"),
    ("map", "parkEntry-science-business", lambda nav: nav.detail == "science-business"),
    ("timeline", "tab-figures", lambda nav: nav.currentPanel == "figures"),
]
VISIBLE = 15  # see screen_change: a drawn press state, not a repaint's noise


def item_rect(item) -> QRect:
    top_left = item.mapToScene(item.boundingRect().topLeft()).toPoint()
    bottom_right = item.mapToScene(item.boundingRect().bottomRight()).toPoint()
    return QRect(top_left, bottom_right)


def press(kind: str, window, point: QPoint) -> None:
    if kind == "mouse":
        QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    else:
        QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()


def release(kind: str, window, point: QPoint) -> None:
    if kind == "mouse":
        QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    else:
        QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()


@pytest.mark.parametrize("kind", ["mouse", "touch"])
@pytest.mark.parametrize(("start", "name", "opened"), PRESSABLE, ids=[p[1] for p in PRESSABLE])
def test_a_press_shows_within_100_ms(make_kiosk, qtbot, kind, start, name, opened) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    navigator = kiosk.backend.navigator
    assert navigator.openLink(start)
    settle()
    qtbot.waitUntil(lambda: not pictures_loading(window))
    item = find(window, name)
    rect = item_rect(item)
    before = window.grabWindow().copy(rect)
    point = center(item)
    press(kind, window, point)
    pause(50)
    pressed = window.grabWindow().copy(rect)
    release(kind, window, point)
    assert screen_change(pressed, before) >= VISIBLE, f"{name}: no press state 50 ms in"
    qtbot.waitUntil(lambda: opened(navigator))
