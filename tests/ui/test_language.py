"""A language switch changes every string on every screen, both ways and after the idle reset:
what a visitor reads after switching is what a kiosk started in that language shows."""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow

from tests.ui.helpers import all_items, click_item, find, find_all, pause, settle

SCREENS = (
    "home",
    "timeline",
    "timeline/founded",
    "map",
    "map/port-logistics",
    "figures",
    "figures/investment",
)
HINTS = "gesture hints"
NUMBER = re.compile(r"^[\d.,\s/–%+-]*$")


def _shown(item: QQuickItem, window: QQuickWindow) -> bool:
    """Visible all the way up and not clipped away: inside the window and every clipping
    ancestor (the panels beside the current one are laid out off screen)."""
    area = QRectF(0, 0, window.width(), window.height())
    node = item
    while node is not None:
        if not node.isVisible() or node.opacity() == 0:
            return False
        if node is item or node.clip():
            area = area.intersected(node.mapRectToScene(QRectF(0, 0, node.width(), node.height())))
        node = node.parentItem()
    return not area.isEmpty()


def visible_texts(window: QQuickWindow) -> list[str]:
    """Every word on screen, numbers left out (a count-up may be half way), and the gesture
    hints (said once a visit, so shown or not by history: `hint_texts` compares them)."""
    texts = []
    for item in all_items(window):
        if item.objectName() == "gestureHintText":
            continue
        if item.inherits("QQuickText") and _shown(item, window):
            text = str(item.property("text") or "").strip()
            if text and not NUMBER.match(text):
                texts.append(text)
    return sorted(texts)


def hint_texts(window: QQuickWindow) -> list[str]:
    """What every panel's gesture hint says, shown now or not."""
    return sorted(str(item.property("text")) for item in find_all(window, "gestureHintText"))


def pictures_loading(window: QQuickWindow) -> bool:
    """A picture still loading, or still fading in over its stand-in."""
    return any(
        item.inherits("QQuickImage")
        and not item.property("source").isEmpty()
        and (item.property("progress") < 1 or 0 < item.opacity() < 1)
        for item in all_items(window)
    )


def screens_of(kiosk, qtbot) -> dict[str, list[str]]:
    seen = {}
    for link in SCREENS:
        assert kiosk.backend.navigator.openLink(link), link
        settle()
        qtbot.waitUntil(lambda: not pictures_loading(kiosk.window), timeout=5000)
        pause(200)
        seen[link] = visible_texts(kiosk.window)
    seen[HINTS] = hint_texts(kiosk.window)
    kiosk.backend.navigator.openLink("home")
    kiosk.backend.navigator.figureGroupIndex = 0  # as each visit found it
    settle()
    return seen


def assert_same(shown: dict[str, list[str]], expected: dict[str, list[str]]) -> None:
    for link in (*SCREENS, HINTS):
        missing = sorted(set(expected[link]) - set(shown[link]))
        stray = sorted(set(shown[link]) - set(expected[link]))
        assert not missing and not stray, f"{link}: missing {missing}, stray {stray}"


def test_switching_language_and_the_idle_reset_change_every_string(make_kiosk, qtbot):
    """One kiosk against two started in each language (one test: each kiosk costs seconds)."""
    english = screens_of(make_kiosk(language="en"), qtbot)
    chinese = screens_of(make_kiosk(language="zh"), qtbot)
    kiosk = make_kiosk()
    screens_of(kiosk, qtbot)  # every screen built once in Chinese, as a visitor would have
    click_item(kiosk.window, "languageButton")
    qtbot.waitUntil(lambda: kiosk.backend.session.language == "en")
    assert_same(screens_of(kiosk, qtbot), english)
    click_item(kiosk.window, "languageButton")
    qtbot.waitUntil(lambda: kiosk.backend.session.language == "zh")
    assert_same(screens_of(kiosk, qtbot), chinese)
    click_item(kiosk.window, "languageButton")
    qtbot.waitUntil(lambda: kiosk.backend.session.language == "en")
    kiosk.idle.set_times(1, 1)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Attract", timeout=4000)
    assert kiosk.backend.session.language == "zh"
    kiosk.idle.set_times(90, 10)
    kiosk.idle.activity()
    prompt = find(kiosk.window, "idlePrompt")
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert_same(screens_of(kiosk, qtbot), chinese)
