"""Points of interest on the map by hand: the list under the parks, their cards, markers
where the content places them (a marker's tap is its point's, never the park's beneath), the
year slider, and a park's card naming its points."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF

from tests.conftest import copy_site
from tests.ui.helpers import (
    center,
    click,
    click_item,
    find,
    find_all,
    is_shown,
    settle,
    touch_swipe,
    touch_tap,
    wait_until,
)
from tests.ui.test_map import open_map, selected, to_scene

PLACED = """\
    - id: airport
      position: [250, 250]
      park: science-business
      year: 2020
"""


def open_point(kiosk) -> str:
    return kiosk.backend.park_map.openPoint.selected().get("pointId", "")


@pytest.fixture
def placed_site(tmp_path: Path) -> Path:
    """The airport placed inside the science park, from 2020, and counted as that park's."""
    content = copy_site(tmp_path / "site")
    text = content.read_text(encoding="utf-8")
    anchor = "    - id: airport\n"
    assert anchor in text
    content.write_text(text.replace(anchor, PLACED, 1), encoding="utf-8")
    return content


def test_the_points_are_listed_under_the_parks_and_open_by_touch(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    open_map(kiosk, qtbot)
    heading = find(window, "pointsHeading")
    assert heading.property("text") == "周边与配套"
    assert [cue for cue in find_all(window, "moreCue") if is_shown(window, cue)], "more below"
    entry = find(window, "pointEntry-science-park")
    list_middle = center(find(window, "parkEntry-science-business"))
    for _ in range(3):
        touch_swipe(window, list_middle, list_middle - QPoint(0, 400))
        settle()
    assert is_shown(window, entry), "scrolled into view"
    touch_tap(window, center(entry))
    wait_until(lambda: open_point(kiosk) == "science-park")
    settle()
    assert find(window, "pointDetailTitle").property("text") == "科技创业园"
    assert find(window, "pointDetailMeta").property("text") == "产业载体"
    assert is_shown(window, find(window, "pointDetailFacts"))
    assert find(window, "pointDetailPosition").property("text") == "4 / 4"
    click_item(window, "previousPointButton")
    wait_until(lambda: open_point(kiosk) == "railway-station")
    click_item(window, "closePointButton")
    wait_until(lambda: open_point(kiosk) == "")
    assert heading.isVisible(), "the list is back"


def test_a_link_opens_a_point_in_the_visitors_language(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(open_link="map/airport", language="en")
    wait_until(lambda: find(kiosk.window, "pointCard").isVisible())
    assert find(kiosk.window, "pointDetailTitle").property("text") == "Shuozhou Airport"
    assert find(kiosk.window, "pointDetailMeta").property("text") == "Airport"


def test_a_marker_opens_its_point_not_the_park_beneath(make_kiosk, qtbot, placed_site) -> None:
    kiosk = make_kiosk(content=placed_site)
    window = kiosk.window
    view = open_map(kiosk, qtbot)
    marker = find(window, "marker-airport")
    assert is_shown(window, marker)
    assert (center(marker) - to_scene(view, 250, 250)).manhattanLength() <= 2, "on its place"
    click(window, center(marker))
    wait_until(lambda: open_point(kiosk) == "airport")
    assert selected(kiosk) == "", "the science park beneath stays closed"
    assert find(window, "pointCard").isVisible()


def test_the_year_slider_hides_a_point_before_its_year(make_kiosk, qtbot, placed_site) -> None:
    kiosk = make_kiosk(content=placed_site)
    window = kiosk.window
    open_map(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("airport")
    settle()
    assert find(window, "pointCard").isVisible()
    slider = find(window, "mapYearSlider")
    start = slider.mapToScene(QPointF(slider.width() - 10, slider.height() / 2)).toPoint()
    end = slider.mapToScene(QPointF(10, slider.height() / 2)).toPoint()
    touch_swipe(window, start, end)
    wait_until(lambda: kiosk.backend.park_map.year == 1992)
    wait_until(lambda: open_point(kiosk) == "")
    assert not find(window, "marker-airport").isVisible()


def test_a_park_card_names_its_points(make_kiosk, qtbot, placed_site) -> None:
    kiosk = make_kiosk(content=placed_site, open_link="map/science-business")
    wait_until(lambda: find(kiosk.window, "parkCard").isVisible())
    points = find(kiosk.window, "parkDetailPoints")
    assert points.isVisible() and points.property("text") == "周边与配套：朔州机场"


def test_the_year_slider_shows_the_zone_as_it_was(make_kiosk, qtbot) -> None:
    """Before 2017's outline the plan fades and says what the zone was then, in words: the
    source gives no shape for the early zone, and none is drawn."""
    kiosk = make_kiosk()
    window = kiosk.window
    open_map(kiosk, qtbot)
    note = find(window, "mapYearNote")
    outline = find(window, "zoneOutline")
    assert not note.isVisible() and outline.property("opacity") == 1
    slider = find(window, "mapYearSlider")
    start = slider.mapToScene(QPointF(slider.width() - 10, slider.height() / 2)).toPoint()
    end = slider.mapToScene(QPointF(10, slider.height() / 2)).toPoint()
    touch_swipe(window, start, end)
    wait_until(lambda: kiosk.backend.park_map.year == 1992)
    wait_until(lambda: is_shown(window, note))
    assert "十多平方千米" in kiosk.backend.park_map.yearNote
    assert outline.property("opacity") < 0.5, "today's outline is not the zone of 1992"
    touch_swipe(window, end, start)
    wait_until(lambda: kiosk.backend.park_map.year == 0)
    wait_until(lambda: not note.isVisible())
    assert outline.property("opacity") == 1
