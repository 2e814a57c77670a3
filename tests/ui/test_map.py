"""The park map by hand: taps on polygons, pinch, wheel, double tap, pan, reset, year, labels."""

import shutil

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from kiosk.content import load_content
from tests.conftest import BUNDLED, copy_site
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import (
    center,
    click,
    click_item,
    find,
    is_shown,
    pinch,
    settle,
    touch_swipe,
    touch_tap,
    wheel,
)

PARKS_MAP = load_content(BUNDLED).content.map
PARKS = PARKS_MAP.parks


def open_map(kiosk, qtbot):
    click_item(kiosk.window, "entry-map")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "map")
    settle()
    return find(kiosk.window, "parkMapView")


def to_scene(view, x: float, y: float) -> QPoint:
    scale, pan_x, pan_y = (view.property(name) for name in ("viewScale", "panX", "panY"))
    return view.mapToScene(QPointF(pan_x + x * scale, pan_y + y * scale)).toPoint()


def centroid(polygon) -> tuple[float, float]:
    return sum(p[0] for p in polygon) / len(polygon), sum(p[1] for p in polygon) / len(polygon)


def selected(kiosk) -> str:
    return kiosk.backend.park_map.openPark.selected().get("parkId", "")


def test_tapping_inside_each_park_selects_it(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    for park in PARKS:
        touch_tap(kiosk.window, to_scene(view, *centroid(park.polygon)))
        qtbot.waitUntil(lambda park=park: selected(kiosk) == park.id)
        assert find(kiosk.window, "parkDetailTitle").property("text") == park.name.zh


def test_tapping_just_outside_a_park_selects_none(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    park = PARKS[0]  # 科创商务园区: its left edge runs from (360, 80) to (380, 320)
    click(kiosk.window, to_scene(view, 372, 200))
    qtbot.waitUntil(lambda: selected(kiosk) == park.id)
    settle()
    click(kiosk.window, to_scene(view, 362, 200))  # just left of the edge, inside the box
    qtbot.waitUntil(lambda: selected(kiosk) == "")


def test_pinch_zooms_within_bounds(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    fit = view.property("fitScale")
    pinch(kiosk.window, center(view), 200, 400)
    qtbot.waitUntil(lambda: view.property("viewScale") > fit * 1.5)
    pinch(kiosk.window, center(view), 100, 900)
    qtbot.waitUntil(lambda: abs(view.property("viewScale") - view.property("maxScale")) < 1e-6)
    pinch(kiosk.window, center(view), 900, 60)
    qtbot.waitUntil(lambda: abs(view.property("viewScale") - fit) < 1e-6)


def test_wheel_zooms_around_the_pointer_within_bounds(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    fit = view.property("fitScale")
    park = PARKS[3]
    point = to_scene(view, *centroid(park.polygon))
    wheel(kiosk.window, point, 2)
    qtbot.waitUntil(lambda: view.property("viewScale") > fit * 1.3)
    assert (to_scene(view, *centroid(park.polygon)) - point).manhattanLength() <= 2
    for _ in range(20):
        wheel(kiosk.window, point, 3)
    assert abs(view.property("viewScale") - view.property("maxScale")) < 1e-6
    for _ in range(40):
        wheel(kiosk.window, point, -3)
    assert abs(view.property("viewScale") - fit) < 1e-6


def test_double_tap_zooms_in_and_reset_restores(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    fit = view.property("fitScale")
    start = (view.property("panX"), view.property("panY"))
    point = to_scene(view, 500, 500)
    QTest.mouseDClick(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    qtbot.waitUntil(lambda: abs(view.property("viewScale") - 2 * fit) < 1e-3)
    settle()
    click_item(kiosk.window, "resetMapButton")

    def restored() -> bool:
        now = (view.property("viewScale"), view.property("panX"), view.property("panY"))
        return all(abs(a - b) < 0.01 for a, b in zip(now, (fit, *start), strict=True))

    qtbot.waitUntil(restored)


def test_drag_pans_a_zoomed_map_and_stays_on_it(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    wheel(kiosk.window, center(view), 6)
    qtbot.waitUntil(lambda: view.property("zoomed"))
    settle()
    before = view.property("panX")
    touch_swipe(kiosk.window, center(view), center(view) + QPoint(250, 0))
    qtbot.waitUntil(lambda: view.property("panX") > before + 100)
    assert kiosk.backend.navigator.currentPanel == "map", "a pan is not a panel swipe"
    for _ in range(4):
        touch_swipe(kiosk.window, center(view), center(view) + QPoint(600, 500))
    qtbot.wait(500)
    assert view.property("panX") <= 0 and view.property("panY") <= 0, "never off the map"


def placed_labels(kiosk):
    labels = []
    for park in PARKS:
        label = find(kiosk.window, f"label-{park.id}")
        if label.isVisible():
            labels.append(label)
    return labels


def test_labels_stay_in_view_and_never_overlap(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(PORTRAIT, language="en")
    view = open_map(kiosk, qtbot)
    for clicks in (0, 3, 6, 12):
        wheel(kiosk.window, to_scene(view, 350, 500), clicks)  # around 新兴产业园区's name
        qtbot.wait(150)
        boxes = []
        for label in placed_labels(kiosk):
            x, y = label.x(), label.y()
            assert x >= 0 and y >= 0
            assert x + label.width() <= view.width() and y + label.height() <= view.height()
            boxes.append((x, y, x + label.width(), y + label.height()))
        assert boxes, f"the name under the pointer is shown at zoom step {clicks}"
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_list_selects_and_card_follows_the_language(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_map(kiosk, qtbot)
    park = PARKS[4]
    click_item(kiosk.window, f"parkEntry-{park.id}")
    qtbot.waitUntil(lambda: selected(kiosk) == park.id)
    settle()
    assert find(kiosk.window, "parkDetailTitle").property("text") == "临港物流园区"
    click_item(kiosk.window, "languageButton")
    qtbot.waitUntil(lambda: find(kiosk.window, "parkDetailTitle").property("text") == park.name.en)
    description = find(kiosk.window, "parkDetailBodyText").property("text")
    assert description == park.description.en
    click_item(kiosk.window, "closeParkButton")
    qtbot.waitUntil(lambda: selected(kiosk) == "")


def test_year_slider_shows_which_parks_existed(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    slider = find(kiosk.window, "mapYearSlider")
    start = slider.mapToScene(QPointF(slider.width() - 10, slider.height() / 2)).toPoint()
    end = slider.mapToScene(QPointF(10, slider.height() / 2)).toPoint()
    touch_swipe(kiosk.window, start, end)
    qtbot.waitUntil(lambda: view.property("year") == 1992)
    assert find(kiosk.window, "mapYearLabel").property("text") == "1992\u2060年"
    assert all(not find(kiosk.window, f"label-{p.id}").isVisible() for p in PARKS)
    touch_tap(kiosk.window, to_scene(view, *centroid(PARKS[0].polygon)))
    qtbot.wait(300)
    assert selected(kiosk) == "", "a park that did not exist yet cannot be chosen"


def test_a_park_card_closes_when_the_slider_hides_its_park(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    touch_tap(kiosk.window, to_scene(view, *centroid(PARKS[0].polygon)))
    qtbot.waitUntil(lambda: selected(kiosk) == PARKS[0].id)
    card = find(kiosk.window, "parkCard")
    qtbot.waitUntil(card.isVisible)
    slider = find(kiosk.window, "mapYearSlider")
    start = slider.mapToScene(QPointF(slider.width() - 10, slider.height() / 2)).toPoint()
    end = slider.mapToScene(QPointF(10, slider.height() / 2)).toPoint()
    touch_swipe(kiosk.window, start, end)
    qtbot.waitUntil(lambda: view.property("year") == 1992)
    qtbot.waitUntil(lambda: selected(kiosk) == "")
    assert not card.isVisible(), "the card of a park that did not exist yet stays shut"
    assert find(kiosk.window, f"parkEntry-{PARKS[0].id}").isVisible(), "the list is back"


def test_a_staff_base_image_with_pixel_polygons_works(make_kiosk, qtbot, tmp_path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copytree(BUNDLED.parent / "assets", site / "assets")
    base = QImage(2000, 1400, QImage.Format.Format_RGB32)
    base.fill(QColor("#D8E4C8"))
    assert base.save(str(site / "assets" / "base.png"))
    text = BUNDLED.read_text(encoding="utf-8")
    text = text.replace(
        "  schematic: true\n  width: 1000\n  height: 700\n",
        (
            "  schematic: false\n  width: 2000\n  height: 1400\n  base:\n    image: assets/base.png\n"
        ),
    )
    (site / "content.yaml").write_text(text, encoding="utf-8")
    kiosk = make_kiosk(content=site / "content.yaml")
    view = open_map(kiosk, qtbot)
    assert view.property("fitScale") < 0.5
    assert not find(kiosk.window, "schematicBadge").isVisible()
    park = PARKS[1]
    touch_tap(kiosk.window, to_scene(view, *centroid(park.polygon)))
    qtbot.waitUntil(lambda: selected(kiosk) == park.id)


def test_the_map_is_layered_only_around_a_slide(make_kiosk, qtbot) -> None:
    """Shown straight from Home it is painted directly; a slide brings it in as a layer, which
    stays while the map is in view and goes when it leaves the view or Home is shown."""
    kiosk = make_kiosk()
    window = kiosk.window
    view = open_map(kiosk, qtbot)
    assert view.property("layered") is False
    touch_tap(window, center(find(window, "tab-timeline")))
    qtbot.waitUntil(lambda: view.property("layered") is True)  # sliding out
    qtbot.waitUntil(lambda: view.property("layered") is False)  # out of view
    touch_tap(window, center(find(window, "tab-map")))
    qtbot.waitUntil(lambda: view.property("layered") is True)
    panels = find(window, "panelsView").property("contentItem")
    qtbot.waitUntil(
        lambda: panels.property("contentX") == find(window, "mapPanel").parentItem().x()
    )  # its slot in the view
    settle()
    assert view.property("layered") is True, "kept at rest after the slide"
    touch_tap(window, center(find(window, "homeButton")))
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "home")
    assert view.property("layered") is False
    assert kiosk.qml_warnings == []


def test_the_plan_is_centred_in_its_view_when_it_first_shows(make_kiosk, qtbot) -> None:
    """The view's size settles after the panel is laid out (the locator takes its width): the
    plan follows, not only when its fit changes."""
    kiosk = make_kiosk()
    view = open_map(kiosk, qtbot)
    scale = view.property("viewScale")
    assert abs(scale - view.property("fitScale")) < 1e-6
    width, height = PARKS_MAP.width * scale, PARKS_MAP.height * scale
    assert abs(view.property("panX") - (view.width() - width) / 2) < 0.5
    assert abs(view.property("panY") - (view.height() - height) / 2) < 0.5


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_every_park_is_named_in_both_languages(make_kiosk, size) -> None:
    """A name that would cover another moves above or below its point on a leader line; none
    is hidden (the English plan once hid the science park's)."""
    for language in ("zh", "en"):
        kiosk = make_kiosk(size=size, language=language, open_link="map")
        settle()
        labels = [find(kiosk.window, f"label-{park.id}") for park in PARKS]
        assert all(label.isVisible() for label in labels), language
        boxes = [
            label.mapRectToScene(QRectF(0, 0, label.width(), label.height())) for label in labels
        ]
        assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[:i]), language
        for label, park in zip(labels, PARKS, strict=True):
            leader = find(kiosk.window, f"leader-{park.id}")
            moved = not (0 <= label.property("pointY") <= label.height())
            assert leader.isVisible() == moved, park.id


def test_the_north_arrow_follows_the_content(make_kiosk, tmp_path) -> None:
    kiosk = make_kiosk(open_link="map")
    settle()
    assert is_shown(kiosk.window, find(kiosk.window, "northArrow"))
    path = copy_site(tmp_path / "site")
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  total_area_km2: 99.86\n", "  total_area_km2: 99.86\n  north: null\n"),
        encoding="utf-8",
    )
    hidden = make_kiosk(content=path, open_link="map")
    settle()
    assert not find(hidden.window, "northArrow").isVisible()
