"""A running kiosk over time: reloading changed content, and thousands of navigations."""

from __future__ import annotations

import os
import random
import shutil
import time

from PySide6.QtCore import QPoint

from benchmarks.harness import BUNDLED, pss_mb, start_kiosk, state_dir, wait, wait_until
from kiosk.content import load_content
from tests.ui.helpers import center, find, wheel

RELOADS = 3


def _copy_bundled_site():
    site = state_dir() / "site"
    shutil.copytree(BUNDLED.parent / "assets", site / "assets")
    shutil.copy(BUNDLED, site / "content.yaml")
    return site / "content.yaml"


def probe_reload(result: dict) -> None:
    """Staff save a changed content.yaml while a visitor looks at the timeline."""
    content = _copy_bundled_site()
    _app, kiosk, clock = start_kiosk(content)
    kiosk.backend.navigator.openLink("timeline")
    wait(400)
    clock.keep_drawing()
    swaps: list[float] = []
    kiosk.store.contentChanged.connect(lambda: swaps.append(time.perf_counter()))
    original = content.read_text(encoding="utf-8")
    longest = 0.0
    for index in range(RELOADS):
        mark = clock.mark()
        changed = original.replace("朔州经济开发区", "朔州经济开发区" + "新" * (index + 1), 1)
        content.write_text(changed, encoding="utf-8")
        wait_until(lambda count=index + 1: len(swaps) >= count, 15_000)
        wait(500)  # the new content drawn and settled
        longest = max(longest, *clock.intervals(mark))
    result["reload_ui_max_frame_ms"] = longest
    kiosk.close()


def navigation_script(content) -> list[str]:
    """Every kind of place a visitor goes, in a fixed order that the run cycles through."""
    places = ["home", "timeline", "map", "figures", "zoom-in", "zoom-out", "language"]
    places += [f"timeline/{event.id}" for event in content.timeline.events]
    places += [f"map/{park.id}" for park in content.map.parks]
    places += [
        f"figures/{figure.id}" for group in content.figures.groups for figure in group.figures
    ]
    random.Random(5000).shuffle(places)
    return places


def _go(kiosk, place: str) -> None:
    backend = kiosk.backend
    if place == "home":
        backend.reset()
    elif place == "language":
        backend.session.switchLanguage()
    elif place.startswith("zoom-"):
        backend.navigator.openLink("map")
        view = find(kiosk.window, "parkMapView")
        wheel(kiosk.window, center(view) + QPoint(40, 20), 3 if place == "zoom-in" else -3)
    else:
        backend.navigator.openLink(place)


def probe_navigate(result: dict) -> None:
    """PSS after 5,000 scripted navigations against PSS after the first 100.

    Both measured with the picture decoder's child process gone: while it runs, the Qt library
    pages it maps too count half to each process, so the kiosk's PSS would seem to grow by
    ~30 MB when the child leaves (idle) between the two measurements. The child's own PSS,
    while it ran for the first pictures, is reported as `decoder_pss_mb`.
    """
    total = int(os.environ.get("BENCH_NAVIGATIONS", "5000"))
    _app, kiosk, clock = start_kiosk()
    script = navigation_script(load_content(BUNDLED).content)
    baseline = 0.0
    for step in range(total):
        _go(kiosk, script[step % len(script)])
        clock.first_frame_after(time.perf_counter())
        if step + 1 == min(100, total):
            if (pid := kiosk.decoder.child_pid) is not None:
                result["decoder_pss_mb"] = pss_mb(pid)
            kiosk.decoder.stop_child()
            baseline = pss_mb()
    kiosk.decoder.stop_child()
    result["pss_growth_pct_5000_nav"] = (pss_mb() - baseline) / baseline * 100
    kiosk.close()
