"""`kiosk run --open LINK` shows the screen it names, on a normal start and on a fast start from
the start view; a link to nothing warns and starts on Home."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPointF, QSize

from kiosk.app import KioskApp, KioskOptions
from tests.conftest import copy_site
from tests.ui.conftest import LANDSCAPE
from tests.ui.helpers import find, settle

PANEL_ITEMS = {"timeline": "timelinePanel", "map": "mapPanel", "figures": "figuresPanel"}
# link → (panel, open item, figure group shown)
LINKS = {
    "timeline": ("timeline", "", None),
    "timeline/institutional-reform": ("timeline", "institutional-reform", None),
    "map": ("map", "", None),
    "map/port-logistics": ("map", "port-logistics", None),
    "figures": ("figures", "", 0),
    "figures/projects": ("figures", "", 3),
    "figures/industrial-output": ("figures", "industrial-output", 0),
}
UNKNOWN = ("timeline/nope", "map/nope", "figures/nope", "nowhere", "home/nope")


def fast_start(content, state_dir, link: str) -> KioskApp:
    options = KioskOptions(
        content, state_dir, windowed=True, size=QSize(*LANDSCAPE), open_link=link
    )
    kiosk = KioskApp(options)
    assert kiosk.backend.site.loading, "Home came from the start view"
    return kiosk


def assert_on_screen(kiosk, link: str) -> None:
    panel, item, group = LINKS[link]
    navigator = kiosk.backend.navigator
    assert (navigator.currentPanel, navigator.detail) == (panel, item)
    if group is not None:
        assert kiosk.backend.navigator.figureGroupIndex == group
    shown = find(kiosk.window, PANEL_ITEMS[panel])
    left = shown.mapToScene(QPointF(0, 0)).x()
    assert abs(left) < 1, f"{link}: the {panel} panel is the one in view (at x={left})"
    for other, name in PANEL_ITEMS.items():
        if other != panel:
            x = find(kiosk.window, name).mapToScene(QPointF(0, 0)).x()
            assert abs(x) >= kiosk.window.width() - 1, f"{link}: {other} is out of view"
    if panel == "timeline" and item:
        assert find(kiosk.window, "eventDetail").isVisible()
    if panel == "figures" and item:
        assert find(kiosk.window, "figureDetail").isVisible()
    if panel == "map" and item:
        assert kiosk.backend.park_map.openPark.selected()["parkId"] == item


@pytest.mark.parametrize("link", LINKS)
def test_a_link_opens_its_screen_on_a_normal_start(make_kiosk, link) -> None:
    kiosk = make_kiosk(open_link=link)
    settle()
    assert_on_screen(kiosk, link)


@pytest.mark.parametrize("link", LINKS)
def test_a_link_opens_its_screen_on_a_fast_start(make_kiosk, qtbot, tmp_path, link) -> None:
    content = copy_site(tmp_path / "site")
    make_kiosk(content=content, state_dir=tmp_path / "state")  # saves the start view
    kiosk = fast_start(content, tmp_path / "state", link)
    try:
        qtbot.waitUntil(lambda: kiosk.window.property("panelsLoaded"))
        settle()
        assert_on_screen(kiosk, link)
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()


@pytest.mark.parametrize("link", UNKNOWN)
def test_a_link_to_nothing_warns_and_starts_on_home(make_kiosk, caplog, link) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk")
    kiosk = make_kiosk(open_link=link)
    assert kiosk.backend.navigator.currentPanel == "home"
    assert find(kiosk.window, "homeScreen").isVisible()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(f"--open {link}: no such screen" in text for text in warnings), warnings
    assert any("starting on Home" in text for text in warnings)


def test_a_link_to_nothing_on_a_fast_start_warns_too(make_kiosk, qtbot, tmp_path, caplog) -> None:
    content = copy_site(tmp_path / "site")
    make_kiosk(content=content, state_dir=tmp_path / "state")
    caplog.set_level(logging.WARNING, logger="kiosk")
    kiosk = fast_start(content, tmp_path / "state", "map/nope")
    try:
        qtbot.waitUntil(lambda: kiosk.window.property("panelsLoaded"))
        assert kiosk.backend.navigator.currentPanel == "home"
        assert "--open map/nope: no such screen" in caplog.text
    finally:
        kiosk.close()
