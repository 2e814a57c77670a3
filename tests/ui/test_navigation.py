"""Home → each panel → back → Home, by mouse and by touch; swipes and tabs between panels."""

import pytest
from PySide6.QtCore import QPointF

from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import (
    center,
    click_item,
    find,
    is_shown,
    mouse_drag,
    settle,
    touch_swipe,
    touch_tap,
)

PANEL_ITEMS = {"timeline": "timelinePanel", "map": "mapPanel", "figures": "figuresPanel"}


def showing(kiosk) -> str:
    return kiosk.backend.navigator.currentPanel


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_each_panel_by_mouse_and_back_home(make_kiosk, qtbot, size) -> None:
    kiosk = make_kiosk(size)
    window = kiosk.window
    for panel, item_name in PANEL_ITEMS.items():
        assert is_shown(window, find(window, "homeScreen"))
        click_item(window, f"entry-{panel}")
        qtbot.waitUntil(lambda panel=panel: showing(kiosk) == panel)
        qtbot.waitUntil(lambda name=item_name: is_shown(window, find(window, name)))
        assert not find(window, "homeScreen").isVisible()
        assert not find(window, "backButton").isVisible(), "Back would only do what Home does"
        click_item(window, "homeButton")
        qtbot.waitUntil(lambda: showing(kiosk) == "home")
        assert is_shown(window, find(window, "homeScreen"))


def test_touch_taps_navigate(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    touch_tap(window, center(find(window, "entry-figures")))
    qtbot.waitUntil(lambda: showing(kiosk) == "figures")
    settle()
    touch_tap(window, center(find(window, "tab-timeline")))
    qtbot.waitUntil(lambda: showing(kiosk) == "timeline")
    settle()
    touch_tap(window, center(find(window, "homeButton")))
    qtbot.waitUntil(lambda: showing(kiosk) == "home")


def test_back_retraces_the_visit(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    click_item(window, "entry-map")
    qtbot.waitUntil(lambda: showing(kiosk) == "map")
    click_item(window, "tab-figures")
    qtbot.waitUntil(lambda: showing(kiosk) == "figures")
    back = find(window, "backButton")
    assert back.isVisible() and back.property("text") == "返回园区地图", "Back names where it goes"
    click_item(window, "backButton")
    qtbot.waitUntil(lambda: showing(kiosk) == "map")
    assert not back.isVisible(), "from the first panel, Home is the way back"
    kiosk.backend.navigator.openDetail("science-business")
    settle()
    assert back.isVisible() and back.property("text") == "返回", "Back closes the open park"
    click_item(window, "backButton")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.detail == "")
    click_item(window, "homeButton")
    qtbot.waitUntil(lambda: showing(kiosk) == "home")


@pytest.mark.parametrize("swipe", [mouse_drag, touch_swipe], ids=["mouse", "touch"])
def test_swipe_between_panels(make_kiosk, qtbot, swipe) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    click_item(window, "entry-map")
    qtbot.waitUntil(lambda: showing(kiosk) == "map")
    settle()
    mapframe = find(window, "parkMapView")
    start = center(mapframe)
    swipe(window, start, start - type(start)(900, 0))
    qtbot.waitUntil(lambda: showing(kiosk) == "figures")
    settle()
    grid = find(window, "figureGrid")  # beside the lead figure: start near its left edge
    start = grid.mapToScene(QPointF(60, grid.height() / 2)).toPoint()
    swipe(window, start, start + type(start)(900, 0))
    qtbot.waitUntil(lambda: showing(kiosk) == "map")
