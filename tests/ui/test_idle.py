"""Idle → prompt → attract → touch → Home, with every panel reset; input keeps a visitor."""

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import center, click_item, find, pause, settle, touch_swipe, touch_tap


def quick(kiosk, idle: int = 1, prompt: int = 1) -> None:
    kiosk.idle.set_times(idle, prompt)


def test_idle_prompt_then_attract_then_touch_returns_home_reset(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    click_item(window, "languageButton")
    click_item(window, "entry-map")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "map")
    settle()
    view = find(window, "parkMapView")
    QTest.mouseDClick(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(view)
    )
    qtbot.waitUntil(lambda: view.property("zoomed"))
    kiosk.backend.navigator.openDetail("port-logistics")
    quick(kiosk)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Prompt", timeout=3000)
    assert find(window, "idlePrompt").isVisible()
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Attract", timeout=3000)
    assert find(window, "attractScreen").isVisible()
    assert kiosk.backend.navigator.currentPanel == "home"
    assert kiosk.backend.navigator.detail == ""
    assert kiosk.backend.session.language == "zh", "back to the default language"
    assert not view.property("zoomed"), "map view reset"
    touch_tap(window, QPoint(900, 500))
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Active")
    qtbot.waitUntil(lambda: not find(window, "attractScreen").isVisible())  # after its fade
    assert find(window, "homeScreen").isVisible()
    assert kiosk.backend.navigator.currentPanel == "home", "the waking touch opened nothing"


def test_a_touch_during_the_prompt_keeps_the_visitor_where_they_are(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    kiosk.backend.navigator.openLink("timeline/expansion")
    quick(kiosk, idle=1, prompt=3)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Prompt", timeout=3000)
    touch_tap(kiosk.window, QPoint(50, 900))
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Active")
    assert kiosk.backend.timeline.openEvent.selected()["eventId"] == "expansion"


def test_a_resting_finger_is_never_interrupted(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    quick(kiosk)
    point = QPoint(960, 900)
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.wait(2500)
    assert kiosk.backend.session.idle.name == "Active"
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Prompt", timeout=3000)


def test_any_input_restarts_the_idle_time(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    kiosk.idle.set_times(2, 1)
    kiosk.backend.navigator.open("figures")
    settle()
    grid = find(kiosk.window, "figureGrid")
    for _ in range(4):
        qtbot.wait(900)
        touch_swipe(kiosk.window, center(grid), center(grid) + QPoint(0, 40), steps=3)
    assert kiosk.backend.session.idle.name == "Active"
    assert kiosk.backend.navigator.currentPanel == "figures"


def test_attract_beats_come_from_the_content(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    beats = kiosk.backend.attract.beats.rows()
    kinds = [beat["kind"] for beat in beats]
    assert kinds.count("event") == 5 and "map" in kinds and kinds.count("figure") >= 3
    area = next(beat for beat in beats if beat["kind"] == "map")
    assert (area["value"], area["unit"], area["title"]) == ("99.86", "平方公里", "一区五园")
    assert kiosk.backend.attract.prompts == ["触摸屏幕开始探索", "Touch to explore"]
    kiosk.idle.go_idle_now()
    window = kiosk.window
    qtbot.waitUntil(lambda: find(window, "attractScreen").isVisible())
    first = find(window, "attractBeat-event:founded")
    assert first.isVisible()
    assert _text_in(first, "attractTitle") == "朔州经济开发区成立"
    assert _text_in(first, "attractNumber") == "1992", "the year, large"
    assert find(window, "attractZoneName").property("text") == "朔州经济开发区"
    assert not find(window, "attractBeat-map").isVisible(), "one beat at a time"


def _text_in(beat, name: str) -> str:
    found = [item for item in _descendants(beat) if item.objectName() == name]
    assert len(found) == 1, name
    return found[0].property("text")


def _descendants(item):
    for child in item.childItems():
        yield child
        yield from _descendants(child)


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_attract_moves_and_invites_at_reach_height(make_kiosk, qtbot, size) -> None:
    """A beat enters with motion (its words rise into place), the next one follows, and the
    invitation sits in the lowest part of the screen at full strength, its ripples moving."""
    kiosk = make_kiosk(size)
    window = kiosk.window
    kiosk.idle.go_idle_now()
    qtbot.waitUntil(lambda: find(window, "attractScreen").isVisible())
    beat = find(window, "attractBeat-event:founded")
    samples = []
    for _ in range(6):
        samples.append(beat.property("entrance"))
        pause(120)
    assert samples[0] < 0.5 and samples == sorted(samples), f"enters with motion: {samples}"
    qtbot.waitUntil(lambda: beat.property("entrance") == 1, timeout=3000)
    call = find(window, "attractCall")
    top = call.mapToScene(QPointF(0, 0)).y()
    assert top > window.height() * (0.7 if size == PORTRAIT else 0.55), "the call within reach"
    prompt = find(window, "attractPrompt-0")
    ring = find(window, "attractRing")
    shots = set()
    for _ in range(5):
        assert prompt.opacity() == 1, "the prompt never fades to a faint grey"
        shots.add(bytes(window.grabWindow().copy(_rect_around(ring)).constBits()))
        pause(150)
    assert len(shots) > 1, "the ripples move"
    screen = find(window, "attractScreen")
    screen.setProperty("current", 1)
    second = kiosk.backend.attract.beats.rows()[1]["beatId"]
    qtbot.waitUntil(lambda: find(window, f"attractBeat-{second}").isVisible())
    qtbot.waitUntil(lambda: not beat.isVisible(), timeout=3000)


def _rect_around(item) -> QRect:
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    reach = int(item.width())
    return QRect(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)
