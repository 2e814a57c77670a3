"""An event's pictures driven by hand: the gallery in its detail (swipe, arrows), a picture
full size (tap), pinch, double-tap and drag in it, and everything that closes it."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect

from tests.conftest import copy_site
from tests.ui.conftest import PORTRAIT
from tests.ui.helpers import (
    bright_pixels,
    center,
    click,
    click_item,
    find_all,
    mouse_drag,
    pause,
    pinch,
    settle,
    steady_grab,
    touch_swipe,
    touch_tap,
    wait_until,
)

SHORT_FORM = """\
      image: assets/illustrations/five-parks.svg
      caption:
        zh: “一区五园”布局
        en: One zone, five parks
      credit: {zh: 展厅原创插图, en: Exhibition illustration}
      alt:
        zh: 五个色块拼成的开发区示意图
        en: Five coloured blocks forming the zone, a schematic
"""
GALLERY = """\
      media:
        - image: assets/illustrations/five-parks.svg
          caption: {zh: “一区五园”布局, en: "One zone, five parks"}
          credit: 展厅原创插图
          alt: {zh: 五个色块组成的开发区示意图, en: Five coloured parks forming the zone}
        - image: assets/illustrations/reform.svg
          caption: {zh: 新的机构设置, en: The new structure}
        - image: assets/illustrations/construction.svg
          caption: {zh: 园区建设, en: Building the parks}
"""


@pytest.fixture
def gallery_site(tmp_path: Path) -> Path:
    content = copy_site(tmp_path / "site")
    text = content.read_text(encoding="utf-8")
    assert SHORT_FORM in text
    content.write_text(text.replace(SHORT_FORM, GALLERY, 1), encoding="utf-8")
    # New times, so the pictures' URLs (which carry size and time) are this test's own: Qt
    # keeps pictures by URL for the whole process, a closed kiosk's blank ones included.
    for picture in (tmp_path / "site" / "assets").rglob("*.svg"):
        os.utime(picture)
    return content


def shown(window, name: str):
    items = [item for item in find_all(window, name) if item.isVisible()]
    assert len(items) == 1, f"{len(items)} {name} shown"
    return items[0]


VIEWS = {"eventDetailImage": "eventGallery", "viewerImage": "pictureViewerPages"}


def current(window, name: str):
    """The one `name` in the middle of its list (which keeps its neighbours built)."""
    view = shown(window, VIEWS.get(name, "pictureViewerPages"))
    middle = view.mapToScene(QPointF(view.width() / 2, view.height() / 2))
    for item in find_all(window, name):
        if item.isVisible():
            box = item.mapRectToScene(QRect(0, 0, int(item.width()), int(item.height())))
            if box.contains(middle):
                return item
    raise AssertionError(f"no {name} in the middle of its view")


def gallery_page(window) -> int:
    return shown(window, "eventGallery").property("page")


def showing(window, name: str, picture: str) -> bool:
    """Whether the picture in the middle of its list is `picture` and has come to rest."""
    try:
        item = current(window, name)
    except AssertionError:
        return False
    view = shown(window, VIEWS[name])
    box = item.mapRectToScene(QRect(0, 0, int(item.width()), int(item.height())))
    off = box.center().x() - view.mapToScene(QPointF(view.width() / 2, 0)).x()
    source = item.property("source")
    return source.startswith(f"image://content/assets/illustrations/{picture}") and abs(off) < 2


def open_gallery(make_kiosk, qtbot, site, **options):
    kiosk = make_kiosk(content=site, open_link="timeline/expansion", **options)
    wait_until(lambda: current(kiosk.window, "eventDetailImage").property("loaded"))
    settle()
    # The first picture, whatever width the detail settled at (a relayout once moved the
    # strip to the last while it said "1 / 3").
    assert showing(kiosk.window, "eventDetailImage", "five-parks.svg")
    return kiosk


def test_the_detail_shows_the_pictures_one_by_one_by_touch_and_mouse(
    make_kiosk, qtbot, gallery_site
) -> None:
    kiosk = open_gallery(make_kiosk, qtbot, gallery_site)
    window = kiosk.window
    assert shown(window, "eventDetailMeta").property("text") == "2017\u2060年起  ·  改革扩区"
    assert shown(window, "galleryPosition").property("text") == "1 / 3"
    picture = center(shown(window, "eventGallery"))
    touch_swipe(window, picture, picture - QPoint(400, 0))
    wait_until(
        lambda: showing(window, "eventDetailImage", "reform.svg") and gallery_page(window) == 1
    )
    assert kiosk.backend.timeline.openEvent.selected()["eventId"] == "expansion", (
        "a swipe over the pictures turns the picture, not the event"
    )
    click_item(window, "nextPictureButton")
    wait_until(lambda: showing(window, "eventDetailImage", "construction.svg"))
    assert shown(window, "galleryPosition").property("text") == "3 / 3"
    assert not shown(window, "nextPictureButton").isEnabled()
    mouse_drag(window, picture, picture + QPoint(400, 0))
    wait_until(
        lambda: showing(window, "eventDetailImage", "reform.svg") and gallery_page(window) == 1
    )


def test_an_event_with_one_picture_has_no_gallery_controls_and_swipes_to_the_next_event(
    make_kiosk, qtbot
) -> None:
    kiosk = make_kiosk(open_link="timeline/expansion")
    window = kiosk.window
    wait_until(lambda: current(window, "eventDetailImage").property("loaded"))
    settle()
    assert not shown(window, "eventGallery").property("interactive")
    assert not any(item.isVisible() for item in find_all(window, "galleryPosition"))
    picture = center(shown(window, "eventGallery"))
    touch_swipe(window, picture, picture - QPoint(500, 0))
    wait_until(
        lambda: kiosk.backend.timeline.openEvent.selected()["eventId"] == "institutional-reform"
    )


@pytest.mark.parametrize("size", [None, PORTRAIT], ids=["landscape", "portrait"])
def test_a_tap_shows_the_picture_full_size_and_it_zooms_under_the_fingers(
    make_kiosk, qtbot, gallery_site, size
) -> None:
    kiosk = open_gallery(make_kiosk, qtbot, gallery_site, **({"size": size} if size else {}))
    window = kiosk.window
    click_item(window, "nextPictureButton")
    wait_until(lambda: showing(window, "eventDetailImage", "reform.svg"))
    small = current(window, "eventDetailImage")
    small_width = small.property("paintedWidth")
    touch_tap(window, center(small))
    viewer = shown(window, "pictureViewer")
    wait_until(lambda: current(window, "viewerImage").property("loaded"))
    settle()
    big = current(window, "viewerImage")
    assert big.property("source").startswith("image://content/assets/illustrations/reform.svg")
    assert shown(window, "pictureViewerPosition").property("text") == "2 / 3"
    zoom = current(window, "pictureZoom")
    fit = zoom.property("fitScale")
    width, height = (big.property(side) * fit for side in ("paintedWidth", "paintedHeight"))
    assert width > small_width, "larger than in the detail"
    assert max(width / zoom.width(), height / zoom.height()) > 0.98, "as large as the screen allows"

    frame = steady_grab(window)
    area = zoom.mapRectToScene(QRect(0, 0, int(zoom.width()), int(zoom.height()))).toRect()
    assert bright_pixels(frame, area) > area.width() * area.height() * 0.2, "a picture, not black"

    middle = center(zoom)
    pinch(window, middle, 200, 500)
    settle()
    assert zoom.property("viewScale") > fit * 2, "pinched open"
    scale = zoom.property("viewScale")
    pan = zoom.property("panX")
    touch_swipe(window, middle, middle + QPoint(300, 0))
    settle()
    assert zoom.property("panX") > pan, "a zoomed picture pans under the finger"
    assert shown(window, "pictureViewerPosition").property("text") == "2 / 3", "and stays"
    assert zoom.property("viewScale") == pytest.approx(scale)
    pinch(window, middle, 600, 100)
    settle()
    assert zoom.property("viewScale") == pytest.approx(fit), "pinched back to its fit"

    pause(400)  # not the second tap of the last finger's
    touch_tap(window, middle)
    touch_tap(window, middle)
    wait_until(lambda: zoom.property("viewScale") > fit * 1.9)  # a double tap zooms in
    assert viewer.isVisible()
    click_item(window, "closePictureButton")
    wait_until(lambda: not viewer.isVisible())
    assert kiosk.backend.timeline.openEvent.selected()["eventId"] == "expansion", "detail stays"


def test_in_full_size_a_swipe_or_an_arrow_turns_the_picture(
    make_kiosk, qtbot, gallery_site
) -> None:
    kiosk = open_gallery(make_kiosk, qtbot, gallery_site)
    window = kiosk.window
    touch_tap(window, center(current(window, "eventDetailImage")))
    wait_until(lambda: shown(window, "pictureViewer").isVisible())
    settle()
    position = shown(window, "pictureViewerPosition")
    assert position.property("text") == "1 / 3"
    click_item(window, "viewerNextButton")
    wait_until(lambda: showing(window, "viewerImage", "reform.svg"))
    assert position.property("text") == "2 / 3"
    middle = center(current(window, "pictureZoom"))
    touch_swipe(window, middle, middle - QPoint(500, 0))
    wait_until(lambda: showing(window, "viewerImage", "construction.svg"))
    wait_until(lambda: position.property("text") == "3 / 3")
    touch_tap(window, center(shown(window, "viewerPreviousButton")))
    wait_until(lambda: showing(window, "viewerImage", "reform.svg"))


def test_the_full_size_picture_goes_with_its_detail(make_kiosk, qtbot, gallery_site) -> None:
    """Back, a new content and the visitor walking away all close it: it never outlives the
    event it shows."""
    kiosk = open_gallery(make_kiosk, qtbot, gallery_site)
    window = kiosk.window
    touch_tap(window, center(current(window, "eventDetailImage")))
    viewer = shown(window, "pictureViewer")
    click_item(window, "backButton")
    wait_until(lambda: not viewer.isVisible())
    assert kiosk.backend.timeline.openEvent.selected() == {}
    kiosk.backend.navigator.openDetail("expansion")
    settle()
    touch_tap(window, center(current(window, "eventDetailImage")))
    wait_until(viewer.isVisible)
    kiosk.backend.reset()
    wait_until(lambda: not viewer.isVisible())
    kiosk.backend.navigator.openDetail("expansion")
    settle()
    assert not viewer.isVisible(), "a new visit starts without it"


def test_a_language_switch_keeps_the_picture_open_in_the_new_words(
    make_kiosk, qtbot, gallery_site
) -> None:
    kiosk = open_gallery(make_kiosk, qtbot, gallery_site)
    window = kiosk.window
    touch_tap(window, center(current(window, "eventDetailImage")))
    viewer = shown(window, "pictureViewer")
    kiosk.backend.session.language = "en"
    settle()
    pause(100)
    assert viewer.isVisible()
    assert kiosk.backend.timeline.gallery.rows()[0]["caption"] == "One zone, five parks"
    assert kiosk.backend.timeline.openEvent.selected()["dateText"] == "From 2017"
    click(window, center(shown(window, "closePictureButton")))
    wait_until(lambda: not viewer.isVisible())


@pytest.mark.parametrize("size", [None, PORTRAIT], ids=["landscape", "portrait"])
def test_large_text_and_another_language_lay_the_gallery_out_again_cleanly(
    make_kiosk, qtbot, gallery_site, size
) -> None:
    """Captions wrap anew in large text and in English; the picture keeps its size through it
    (the make_kiosk fixture fails on any QML warning, a binding loop included)."""
    text = gallery_site.read_text(encoding="utf-8")
    long = "The new structure of eight departments and fourteen institutions and five centres"
    gallery_site.write_text(text.replace("The new structure", long), encoding="utf-8")
    kiosk = open_gallery(make_kiosk, qtbot, gallery_site, **({"size": size} if size else {}))
    window = kiosk.window
    for _ in range(2):
        kiosk.backend.session.toggleAccessible()
        settle()
        kiosk.backend.session.switchLanguage()
        settle()
        click_item(window, "nextPictureButton")
        settle()
    wait_until(lambda: current(window, "eventDetailImage").property("loaded"))
    assert shown(window, "galleryPosition").property("text") == "3 / 3"
