"""Frame times while a visitor taps, changes panels and flicks the timeline (real touch events)."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from benchmarks.harness import FrameClock, p95, pss_mb, start_kiosk, wait, wait_until
from tests.ui.helpers import center, find, touch_swipe, touchscreen

HOME_ENTRIES = ("entry-timeline", "entry-map", "entry-figures")
TABS = ("tab-map", "tab-figures", "tab-timeline")
TAPS = 20


def _touch_press(window, point: QPoint) -> None:
    QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()


def _touch_release(window, point: QPoint) -> None:
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()


def _tap(window, name: str) -> float:
    """Touch an item and lift the finger; returns the moment of the lift."""
    point = center(find(window, name))
    _touch_press(window, point)
    wait(40)
    lifted = time.perf_counter()
    _touch_release(window, point)
    return lifted


def tap_latencies(kiosk, clock: FrameClock) -> list[float]:
    """Lift of the finger on a Home entry → the first frame drawn after the panel changed."""
    navigator = kiosk.backend.navigator
    changed: list[float] = []
    navigator.currentPanelChanged.connect(lambda: changed.append(time.perf_counter()))
    latencies = []
    for index in range(TAPS):
        lifted = _tap(kiosk.window, HOME_ENTRIES[index % len(HOME_ENTRIES)])
        wait_until(lambda: navigator.currentPanel != "home", 2000, step_ms=1)
        shown = clock.first_frame_after(changed[-1])
        latencies.append((shown - lifted) * 1000)
        wait(250)
        _tap(kiosk.window, "homeButton")
        wait_until(lambda: navigator.currentPanel == "home", 2000)
        wait(250)
    return latencies


def transition_intervals(kiosk, clock: FrameClock) -> list[float]:
    """Frame gaps from a tab tap until the sliding panels come to rest, over several taps."""
    clock.watch(find(kiosk.window, "panelsView").property("contentItem"), "contentX")
    for index in range(3 * len(TABS)):
        _tap(kiosk.window, TABS[index % len(TABS)])
        wait(700)
    return clock.moving_intervals()


def flick_intervals(kiosk, clock: FrameClock, flicks: int = 3) -> list[float]:
    """Frame gaps from a finger's swipe across the timeline until it settles on a card."""
    navigator = kiosk.backend.navigator
    if navigator.currentPanel != "timeline":
        _tap(kiosk.window, "entry-timeline")
        wait_until(lambda: navigator.currentPanel == "timeline")
        wait(400)
    strip = find(kiosk.window, "timelineList")
    scale = find(kiosk.window, "designCanvas").property("designScale")
    clock.watch(strip, "contentX")
    for index in range(flicks):
        start = center(strip)
        step = round(600 * scale)  # 600 design pixels, whatever the screen
        distance = QPoint(step if index % 2 == 0 else -step, 0)
        touch_swipe(kiosk.window, start + distance / 2, start - distance / 2, steps=6)
        wait_until(lambda: not strip.property("moving"), 10_000)
        wait(400)  # the settle onto a card
    return clock.moving_intervals()


def probe_tap(result: dict) -> None:
    _app, kiosk, clock = start_kiosk()
    result["tap_to_frame_p95_ms"] = p95(tap_latencies(kiosk, clock))
    _tap(kiosk.window, "entry-timeline")
    wait(400)
    intervals = transition_intervals(kiosk, clock)
    result["transition_frame_p95_ms"] = p95(intervals)
    result["transition_frames_over_33ms"] = float(sum(1 for gap in intervals if gap > 33))
    kiosk.close()


def probe_flick(result: dict) -> None:
    _app, kiosk, clock = start_kiosk()
    result["timeline_flick_frame_p95_ms"] = p95(flick_intervals(kiosk, clock))
    kiosk.close()


def probe_large(result: dict) -> None:
    """Start, flick and memory with the generated content (BENCH_CONTENT)."""
    _app, kiosk, clock = start_kiosk()
    result["large_start_first_frame_ms"] = clock.first_frame_ms
    result["large_flick_frame_p95_ms"] = p95(flick_intervals(kiosk, clock))
    result["large_pss_mb"] = pss_mb()
    kiosk.close()


def attract_intervals(kiosk, clock: FrameClock, beats: int) -> list[float]:
    """Frame gaps over a few beats of the attract loop (each beat's entrance, the cross-fades
    and the rippling call), the window redrawing without pause so that any stall shows."""
    kiosk.idle.go_idle_now()
    wait_until(lambda: kiosk.backend.session.idle.name == "Attract", 5000)
    wait(1500)  # the loop fades in
    clock.keep_drawing()
    mark = clock.mark()
    wait(beats * kiosk.backend.attract.interval + 500)
    return clock.intervals(mark)


def probe_attract(result: dict) -> None:
    _app, kiosk, clock = start_kiosk()
    intervals = attract_intervals(kiosk, clock, int(os.environ.get("BENCH_ATTRACT_BEATS", "3")))
    result["attract_frame_p95_ms"] = p95(intervals)
    result["attract_frames_over_33ms"] = float(sum(1 for gap in intervals if gap > 33))
    kiosk.close()
