"""One detail layout for events, parks and figures: a sheet as tall as what it holds (no empty
half), standing on the foot of the screen in portrait (within reach), its visual beside the
words in landscape and above them in portrait, pictures shown whole, and previous and next
among its siblings by touch and by mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from kiosk.content import load_content
from tests.conftest import BUNDLED
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import all_items, center, click, find, settle, touch_swipe, touch_tap

DETAILS = {
    "event": ("timeline/founded", "early-days"),
    "park": ("map/science-business", "shendian-solid-waste"),
    "figure": ("figures/signed-projects", "signed-value"),
}
SPACING_L = 32


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def lowest_shown_bottom(card) -> float:
    """The foot of the lowest thing drawn on the sheet (texts, buttons, pictures, codes)."""
    bottoms = []
    pending = list(card.childItems())
    while pending:
        item = pending.pop()
        if not item.isVisible() or item.opacity() == 0 or item.height() <= 0:
            continue
        drawn = any(
            item.inherits(kind) for kind in ("QQuickText", "QQuickImage", "QQuickRectangle")
        )
        if drawn and item.height() < card.height() / 2:
            bottoms.append(scene_rect(item).bottom())
        pending.extend(item.childItems())
    return max(bottoms)


@pytest.mark.parametrize("kind", DETAILS)
@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_a_detail_is_as_tall_as_it_holds_and_portrait_sets_it_within_reach(
    make_kiosk, qtbot, kind, size
) -> None:
    link, _ = DETAILS[kind]
    kiosk = make_kiosk(size=size, open_link=link)
    window = kiosk.window
    card = find(window, f"{kind}DetailCard")
    qtbot.waitUntil(card.isVisible)
    settle()
    sheet = scene_rect(card)
    assert sheet.bottom() - lowest_shown_bottom(card) <= SPACING_L + 2, "no empty foot"
    title = scene_rect(find(window, f"{kind}DetailTitle"))
    visual = find(window, f"{kind}DetailVisual")
    if size == PORTRAIT:
        nav_bar = scene_rect(find(window, "navBar"))
        assert nav_bar.top() - sheet.bottom() <= SPACING_L + 2, "stands on the foot"
        if visual.isVisible():
            assert scene_rect(visual).bottom() < title.top(), "the visual above the words"
    elif visual.isVisible():
        assert scene_rect(visual).right() < title.left(), "the visual beside the words"


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_pictures_are_shown_whole(make_kiosk, qtbot, size) -> None:
    """The founding document keeps its seal: the picture is fitted, never cropped."""
    kiosk = make_kiosk(size=size, open_link="timeline/founded")
    frame = find(kiosk.window, "eventDetailImage")
    [picture] = [
        item
        for item in all_items(kiosk.window)
        if item.inherits("QQuickImage") and frame.isAncestorOf(item)
    ]
    qtbot.waitUntil(lambda: picture.property("progress") == 1)
    painted_w, painted_h = picture.property("paintedWidth"), picture.property("paintedHeight")
    assert painted_w <= picture.width() + 1 and painted_h <= picture.height() + 1
    assert max(painted_w / picture.width(), painted_h / picture.height()) > 0.99, "fills a side"
    source = picture.property("implicitWidth") / picture.property("implicitHeight")
    assert abs(painted_w / painted_h - source) < 0.02, "drawn in its own proportions"


@pytest.mark.parametrize("kind", DETAILS)
def test_next_and_previous_go_through_the_siblings_by_touch_and_mouse(
    make_kiosk, qtbot, kind
) -> None:
    link, following = DETAILS[kind]
    kiosk = make_kiosk(open_link=link)
    window = kiosk.window
    navigator = kiosk.backend.navigator
    first = link.split("/")[1]
    capital = kind.capitalize()
    qtbot.waitUntil(lambda: find(window, f"{kind}DetailCard").isVisible())
    settle()
    assert not find(window, f"previous{capital}Button").property("enabled"), "the first one"
    touch_tap(window, center(find(window, f"next{capital}Button")))
    qtbot.waitUntil(lambda: navigator.detail == following)
    settle()
    click(window, center(find(window, f"previous{capital}Button")))
    qtbot.waitUntil(lambda: navigator.detail == first)
    settle()
    card = find(window, f"{kind}DetailCard")
    middle = center(card)
    touch_swipe(window, middle + QPointF(250, 0).toPoint(), middle - QPointF(250, 0).toPoint())
    qtbot.waitUntil(lambda: navigator.detail == following)
    assert navigator.currentPanel == link.split("/")[0]


def test_a_figure_steps_only_through_its_own_group(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(open_link="figures/signed-projects")
    figures = kiosk.backend.figures.openFigure
    row = {name: figures.data(figures.index(0), role) for role, name in _roles(figures).items()}
    [group] = [
        [figure.id for figure in group.figures]
        for group in load_content(BUNDLED).content.figures.groups
        if any(figure.id == "signed-projects" for figure in group.figures)
    ]
    assert row["siblingCount"] == len(group) and row["position"] == 0
    last = group[-1]
    kiosk.backend.navigator.openDetail(last)
    qtbot.waitUntil(lambda: kiosk.backend.navigator.detail == last)
    settle()
    assert not find(kiosk.window, "nextFigureButton").property("enabled"), "ends with its group"
    assert (
        find(kiosk.window, "figureDetailPosition").property("text")
        == f"{len(group)} / {len(group)}"
    )


def _roles(model) -> dict[int, str]:
    return {role: bytes(name).decode() for role, name in model.roleNames().items()}
