"""The one-time hint: each panel says how to use it the first time a visitor opens it, goes
when they act, takes no touches, and is said again to the next visitor after the attract loop."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tests.ui.helpers import center, find, find_all, is_shown, settle, touch_swipe, touch_tap


def hint_of(kiosk, panel: str):
    """The hint inside `panel`'s screen (each panel has its own)."""
    screen = find(kiosk.window, f"{panel}Panel")
    hints = [item for item in find_all(kiosk.window, "gestureHint") if screen.isAncestorOf(item)]
    assert len(hints) == 1, panel
    return hints[0]


def words_of(kiosk, hint) -> str:
    [text] = [t for t in find_all(kiosk.window, "gestureHintText") if hint.isAncestorOf(t)]
    return text.property("text")


def open_from_home(kiosk, qtbot, panel: str) -> None:
    touch_tap(kiosk.window, center(find(kiosk.window, f"entry-{panel}")))
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == panel)


def test_the_timeline_says_how_to_use_it_once_per_visitor(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    open_from_home(kiosk, qtbot, "timeline")
    hint = hint_of(kiosk, "timeline")
    qtbot.waitUntil(lambda: hint.opacity() == 1 and is_shown(window, hint))
    assert words_of(kiosk, hint) == "左右滑动 · 点击卡片查看"

    # It takes no touches: a tap on it reaches the card under it.
    touch_tap(window, center(hint))
    qtbot.waitUntil(lambda: kiosk.backend.navigator.detail != "")
    assert not hint.property("active"), "opening a card ends the hint"
    kiosk.backend.navigator.closeDetail()
    qtbot.waitUntil(lambda: not hint.isVisible())

    # Told once: back on the timeline after the map, it stays quiet.
    kiosk.backend.navigator.open("map")
    settle()
    kiosk.backend.navigator.open("timeline")
    settle()
    assert not hint.property("active")

    # The next visitor, after the attract loop, is told again; a swipe ends it.
    kiosk.idle.go_idle_now()
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Attract")
    touch_tap(window, QPoint(900, 500))
    qtbot.waitUntil(lambda: find(window, "homeScreen").isVisible())
    qtbot.waitUntil(lambda: not find(window, "attractScreen").isVisible())
    open_from_home(kiosk, qtbot, "timeline")
    qtbot.waitUntil(lambda: hint.property("active"))
    strip = find(window, "timelineList")
    touch_swipe(window, center(strip) + QPoint(300, -150), center(strip) + QPoint(-300, -150))
    qtbot.waitUntil(lambda: not hint.property("active"))


def test_the_map_and_figures_have_their_own_hints(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(language="en")
    for panel, words in (("map", "Pinch to zoom"), ("figures", "Tap a figure")):
        kiosk.backend.navigator.goHome()
        qtbot.waitUntil(lambda: find(kiosk.window, "homeScreen").isVisible())
        open_from_home(kiosk, qtbot, panel)
        hint = hint_of(kiosk, panel)
        qtbot.waitUntil(lambda hint=hint: hint.opacity() == 1 and is_shown(kiosk.window, hint))
        assert words_of(kiosk, hint).startswith(words)


def test_renders_show_no_hint(make_kiosk) -> None:
    """Instant mode (renders, reduced motion) shows the screens as they are at rest."""
    kiosk = make_kiosk()
    kiosk.backend.session.set_instant(True)
    assert kiosk.backend.navigator.openLink("timeline")
    settle()
    assert not hint_of(kiosk, "timeline").isVisible()
