"""Idle → prompt → attract → touch → Home, with every panel reset; input keeps a visitor."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import center, click_item, find, settle, touch_swipe, touch_tap


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


def test_attract_slides_come_from_the_content(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    slides = kiosk.backend.attract.slides
    kinds = [slide["kind"] for slide in slides]
    assert kinds.count("event") == 5 and "map" in kinds and kinds.count("figure") >= 3
    assert kiosk.backend.attract.prompts == ["触摸屏幕开始探索", "Touch to explore"]
    kiosk.idle.go_idle_now()
    qtbot.waitUntil(lambda: find(kiosk.window, "attractScreen").isVisible())
    assert find(kiosk.window, "attractSlide").property("slide")["title"] == "朔州经济开发区成立"
