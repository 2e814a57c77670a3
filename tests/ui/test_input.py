"""Mouse, touch and both at once are one visitor: every overlay swallows each of them, a finger
reported twice acts once, and ten fingers, a palm or a finger on the bezel break nothing."""

from __future__ import annotations

import random
import sqlite3

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from kiosk.services.admin import PinStore
from kiosk.services.pointer import COMPANION_MS
from tests.ui.helpers import (
    all_items,
    center,
    change_once_steady,
    click,
    dismiss_hints,
    find,
    pause,
    settle,
    steady_grab,
    touch_tap,
    touchscreen,
)
from tests.ui.test_language import pictures_loading

ENTRIES = ("entry-timeline", "entry-map", "entry-figures")
KINDS = ("mouse", "touch", "both")
SAME = 6  # see screen_change


def both_tap(window, point: QPoint) -> None:
    """A touch frame that reports one finger as a touch and as a mouse."""
    QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    pause(20)
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    pause(20)


def tap(kind: str, window, point: QPoint) -> None:
    {"mouse": click, "touch": touch_tap, "both": both_tap}[kind](window, point)
    pause(COMPANION_MS)  # the next tap, of whatever kind, is the visitor's next one


def opened_rows(kiosk) -> int:
    path = kiosk.options.state_dir / "usage.sqlite3"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM opened").fetchone()[0]


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def entry_under(window, point: QPoint) -> str:
    """The Home entry beneath a point of an overlay (the test is only meaningful over one)."""
    for name in ENTRIES:
        if scene_rect(find(window, name)).contains(QPointF(point)):
            return name
    return ""


def card_under(window, point: QPoint) -> str:
    """The timeline card beneath a point of an overlay, if one is shown there."""
    for item in all_items(window):
        name = item.objectName()
        visible = name.startswith("card-") and item.isVisible()
        if visible and scene_rect(item).contains(QPointF(point)):
            return name
    return ""


def home_state(kiosk) -> tuple:
    navigator = kiosk.backend.navigator
    return navigator.currentPanel, navigator.detail, opened_rows(kiosk)


def pressed_items(window) -> list[str]:
    """Items or handlers still holding a press (a stuck press shows here)."""
    stuck = []
    for item in all_items(window):
        if item.property("pressed"):
            stuck.append(item.objectName() or item.metaObject().className())
        for child in item.children():
            name = child.metaObject().className()
            if "Handler" in name and child.property("pressed"):
                stuck.append(f"{item.objectName() or item.metaObject().className()}/{name}")
    return stuck


@pytest.mark.parametrize("kind", KINDS)
def test_the_idle_prompt_swallows_every_kind_of_tap(make_kiosk, qtbot, kind) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    kiosk.backend.navigator.openLink("timeline")
    settle()
    qtbot.waitUntil(lambda: not pictures_loading(window))
    before = steady_grab(window)
    kiosk.idle.set_times(1, 30)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Prompt", timeout=3000)
    kiosk.idle.set_times(90, 30)
    settle()
    stay = center(find(window, "stayButton"))
    assert card_under(window, stay), "the button lies over a timeline card"
    tap(kind, window, stay)
    assert kiosk.backend.session.idle.name == "Active"
    qtbot.waitUntil(lambda: not find(window, "idlePrompt").isVisible())
    assert home_state(kiosk) == ("timeline", "", 0)
    assert change_once_steady(window, before) <= SAME, "the timeline looks as it did"


@pytest.mark.parametrize("kind", KINDS)
def test_a_double_tap_on_the_prompt_stays_on_home(make_kiosk, qtbot, kind) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    kiosk.idle.set_times(1, 30)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Prompt", timeout=3000)
    kiosk.idle.set_times(90, 30)
    settle()
    stay = center(find(window, "stayButton"))
    {"mouse": click, "touch": touch_tap, "both": both_tap}[kind](window, stay)
    pause(120)  # the second tap of a double tap, while the prompt fades
    {"mouse": click, "touch": touch_tap, "both": both_tap}[kind](window, stay)
    qtbot.waitUntil(lambda: not find(window, "idlePrompt").isVisible())
    assert home_state(kiosk) == ("home", "", 0)


@pytest.mark.parametrize("kind", KINDS)
def test_the_attract_screen_wakes_without_opening_what_lies_beneath(
    make_kiosk, qtbot, kind
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    settle()
    before = steady_grab(window)
    kiosk.idle.go_idle_now()
    qtbot.waitUntil(lambda: find(window, "attractScreen").isVisible())
    settle()
    point = center(find(window, "entry-timeline"))
    tap(kind, window, point)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Active")
    qtbot.waitUntil(lambda: not find(window, "attractScreen").isVisible())
    assert home_state(kiosk) == ("home", "", 0)
    assert change_once_steady(window, before) <= SAME


@pytest.mark.parametrize("kind", KINDS)
def test_the_staff_page_swallows_every_kind_of_tap(make_kiosk, qtbot, kind) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    settle()
    before = steady_grab(window)
    kiosk.backend.admin.open()
    settle()
    reload_button = center(find(window, "reloadButton"))
    assert entry_under(window, reload_button), "the button lies over a Home entry"
    with qtbot.waitSignal(kiosk.store.statusChanged, timeout=5000):
        tap(kind, window, reload_button)
    tap(kind, window, center(find(window, "touchTestButton")))
    assert find(window, "touchTestGrid").isVisible(), "the staff page's own buttons work"
    tap(kind, window, center(find(window, "touchTestButton")))
    assert not find(window, "touchTestGrid").isVisible()
    scrim = QPoint(100, center(find(window, "entry-timeline")).y())
    assert entry_under(window, scrim) == "entry-timeline", "the scrim, over an entry"
    tap(kind, window, scrim)
    assert home_state(kiosk) == ("home", "", 0)
    tap(kind, window, center(find(window, "closeAdminButton")))
    qtbot.waitUntil(lambda: not kiosk.backend.admin.isOpen)
    settle()
    assert home_state(kiosk) == ("home", "", 0)
    assert change_once_steady(window, before) <= SAME


@pytest.mark.parametrize("kind", KINDS)
def test_the_pin_pad_swallows_every_kind_of_tap(make_kiosk, qtbot, tmp_path, kind) -> None:
    state = tmp_path / "pin-state"
    PinStore(state).set_pin("2580")
    kiosk = make_kiosk(state_dir=state)
    window = kiosk.window
    settle()
    before = steady_grab(window)
    kiosk.backend.staff_pin.request()
    settle()
    keys = [center(find(window, f"pinKey-{key}")) for key in "2580"]
    assert any(entry_under(window, key) for key in keys), "some keys lie over Home entries"
    for key in keys:
        tap(kind, window, key)
    assert find(window, "pinDots").property("text") == "●●●●", "each key typed once"
    tap(kind, window, center(find(window, "pinKey-⌫")))
    assert find(window, "pinDots").property("text") == "●●●"
    tap(kind, window, center(find(window, "pinCancel")))
    qtbot.waitUntil(lambda: not kiosk.backend.staff_pin.padOpen)
    settle()
    assert not kiosk.backend.admin.isOpen
    assert home_state(kiosk) == ("home", "", 0)
    assert change_once_steady(window, before) <= SAME


@pytest.mark.parametrize("kind", KINDS)
def test_an_event_detail_swallows_taps_over_the_strip(make_kiosk, qtbot, kind) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    kiosk.backend.navigator.openLink("timeline")
    settle()
    qtbot.waitUntil(
        lambda: not pictures_loading(window)
    )  # a loading card shows its stand-in, then fades in
    dismiss_hints(window)  # it would not come back after the detail
    before = steady_grab(window)
    rows = opened_rows(kiosk)
    kiosk.backend.navigator.openDetail("expansion")
    settle()
    card = scene_rect(find(window, "eventDetailCard"))
    strip = scene_rect(find(window, "timelineList"))
    # On the story, right of the picture (a tap on the picture shows it full size).
    inside = QPoint(int(card.right() - 60), int(strip.center().y()))
    assert card.contains(QPointF(inside)) and strip.contains(QPointF(inside)), "over the strip"
    tap(kind, window, inside)
    assert kiosk.backend.navigator.detail == "expansion"
    rail = find(window, "yearRail")
    on_rail = QPoint(int(card.left()) - 20, center(rail).y())
    assert scene_rect(rail).contains(QPointF(on_rail)) and not card.contains(QPointF(on_rail))
    tap(kind, window, on_rail)  # closes the detail, and moves nothing beneath
    qtbot.waitUntil(lambda: kiosk.backend.navigator.detail == "")
    settle()
    assert kiosk.backend.navigator.currentPanel == "timeline"
    assert opened_rows(kiosk) == rows, "the taps opened nothing (a visitor's opening is logged)"
    assert change_once_steady(window, before) <= SAME, "the strip did not move"


@pytest.mark.parametrize("kind", KINDS)
def test_a_figure_detail_swallows_taps_over_the_grid(make_kiosk, qtbot, kind) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    kiosk.backend.session.set_instant(True)
    kiosk.backend.navigator.openLink("figures")
    settle()
    before = steady_grab(window)
    kiosk.backend.navigator.openLink("figures/industrial-output")
    settle()
    card = scene_rect(find(window, "figureDetailCard"))
    grid = scene_rect(find(window, "figureGrid"))
    inside = QPoint(int(max(card.left(), grid.left()) + 40), int(card.bottom() - 40))
    assert grid.contains(QPointF(inside)) and card.contains(QPointF(inside))
    tap(kind, window, inside)
    assert kiosk.backend.navigator.detail == "industrial-output"
    corner = QPoint(int(card.left()) - 30, int(card.bottom()) - 10)
    tap(kind, window, corner)  # the scrim: closes, and opens nothing beneath
    qtbot.waitUntil(lambda: kiosk.backend.navigator.detail == "")
    settle()
    assert kiosk.backend.navigator.currentPanel == "figures"
    assert change_once_steady(window, before) <= SAME


def test_a_finger_reported_as_touch_and_as_mouse_acts_once(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    navigator = kiosk.backend.navigator
    both_tap(window, center(find(window, "entry-timeline")))
    qtbot.waitUntil(lambda: navigator.currentPanel == "timeline")
    settle()
    both_tap(window, center(find(window, "card-founded")))
    qtbot.waitUntil(lambda: navigator.detail == "founded")
    settle()
    both_tap(window, center(find(window, "backButton")))
    qtbot.waitUntil(lambda: navigator.detail == "")
    settle()
    assert navigator.currentPanel == "timeline", "Back closed the detail, and only that"
    assert kiosk.pointer.dropped > 0
    # The mouse first (a frame whose mouse report comes first): the touch copy is dropped.
    point = center(find(window, "languageButton"))
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    qtbot.waitUntil(lambda: kiosk.backend.session.language == "en")
    settle()
    assert kiosk.backend.session.language == "en", "toggled once, not back again"


def test_a_mouse_and_a_finger_apart_in_time_or_place_both_act(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    point = center(find(window, "languageButton"))
    touch_tap(window, point)
    qtbot.waitUntil(lambda: kiosk.backend.session.language == "en")
    pause(COMPANION_MS + 50)
    click(window, point)
    qtbot.waitUntil(lambda: kiosk.backend.session.language == "zh")
    touch_tap(window, center(find(window, "entry-map")))  # at once, but elsewhere
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "map")


def test_two_fingers_on_two_entries_open_one_panel(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    first, second = center(find(window, "entry-timeline")), center(find(window, "entry-figures"))
    QTest.touchEvent(window, touchscreen()).press(0, first, window).press(
        1, second, window
    ).commit()
    pause(40)
    QTest.touchEvent(window, touchscreen()).release(0, first, window).stationary(1).commit()
    pause(40)
    QTest.touchEvent(window, touchscreen()).release(1, second, window).commit()
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel != "home")
    settle()
    assert kiosk.backend.navigator.currentPanel == "timeline"
    assert opened_rows(kiosk) == 1


def test_a_palm_opens_nothing(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    entry = scene_rect(find(window, "entry-map"))
    points = [
        QPoint(int(entry.left() + entry.width() * x), int(entry.top() + entry.height() * 0.6))
        for x in (0.2, 0.35, 0.5, 0.65, 0.8)
    ]
    sequence = QTest.touchEvent(window, touchscreen())
    for number, point in enumerate(points):
        sequence.press(number, point, window)
    sequence.commit()
    pause(60)
    sequence = QTest.touchEvent(window, touchscreen())
    for number, point in enumerate(points):
        sequence.release(number, point, window)
    sequence.commit()
    settle()
    assert home_state(kiosk) == ("home", "", 0)
    assert pressed_items(window) == []


def test_a_finger_on_the_bezel_blocks_nothing(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    navigator = kiosk.backend.navigator
    bezel = QPoint(window.width() - 3, window.height() // 2)
    QTest.touchEvent(window, touchscreen()).press(9, bezel, window).commit()
    for name, panel in (("entry-map", "map"), ("homeButton", "home"), ("entry-figures", "figures")):
        point = center(find(window, name))
        QTest.touchEvent(window, touchscreen()).stationary(9).press(0, point, window).commit()
        pause(30)
        QTest.touchEvent(window, touchscreen()).stationary(9).release(0, point, window).commit()
        qtbot.waitUntil(lambda panel=panel: navigator.currentPanel == panel)
        settle()
    QTest.touchEvent(window, touchscreen()).release(9, bezel, window).commit()
    settle()
    assert pressed_items(window) == []


def test_ten_fingers_at_random_break_nothing(make_kiosk, qtbot) -> None:
    """Chaos: up to ten fingers pressing, moving and lifting in any order over every screen."""
    kiosk = make_kiosk()
    window = kiosk.window
    chance = random.Random(1992)
    navigator = kiosk.backend.navigator
    for round_number in range(40):
        if round_number % 8 == 0:
            kiosk.backend.navigator.openLink(chance.choice(("home", "timeline", "map", "figures")))
            settle()
        down: dict[int, QPoint] = {}
        for _ in range(30):
            sequence = QTest.touchEvent(window, touchscreen())
            action = chance.random()
            free = [n for n in range(10) if n not in down]
            if free and (action < 0.45 or not down):
                number = chance.choice(free)
                down[number] = QPoint(
                    chance.randrange(window.width()), chance.randrange(window.height())
                )
                sequence.press(number, down[number], window)
            elif action < 0.75:
                number = chance.choice(list(down))
                down[number] = down[number] + QPoint(
                    chance.randint(-60, 60), chance.randint(-60, 60)
                )
                sequence.move(number, down[number], window)
            else:
                number = chance.choice(list(down))
                sequence.release(number, down.pop(number), window)
            for other in down:
                if other != number:
                    sequence.stationary(other)
            sequence.commit()
            pause(chance.choice((0, 8, 16, 40)))
        if down:
            sequence = QTest.touchEvent(window, touchscreen())
            for number, point in down.items():
                sequence.release(number, point, window)
            sequence.commit()
        pause(50)
        kiosk.backend.admin.close()
        kiosk.backend.staff_pin.close()
    settle()
    assert window.isVisible()
    assert pressed_items(window) == [], "no press is left stuck"
    assert kiosk.backend.session.idle.name == "Active"
    # The next visitor's single taps still work, and idling still works.
    kiosk.backend.navigator.openLink("home")
    settle()
    touch_tap(window, center(find(window, "entry-figures")))
    qtbot.waitUntil(lambda: navigator.currentPanel == "figures")
    settle()
    touch_tap(window, center(find(window, "homeButton")))
    qtbot.waitUntil(lambda: navigator.currentPanel == "home")
    kiosk.idle.set_times(1, 1)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Attract", timeout=4000)
