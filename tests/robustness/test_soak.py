"""Weeks of kiosk life in minutes: visitor sessions, walking away to the attract screen, a
content change every few sessions and language switches. Python objects, scene items, decoded
images, private memory and open files must stay flat: their trend after warm-up (Theil–Sen,
the median of pairwise slopes, so a sample taken while a cache was briefly full cannot make one) is reported
and must stay under a small bound.

CI runs 60 cycles; `KIOSK_SOAK_CYCLES=5000` (about seven weeks of ~100 visitors a day) is the
long version.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from array import array

from kiosk.content import load_content
from kiosk.services.imagecache import size_step
from tests.conftest import BUNDLED, copy_site
from tests.robustness.memory import private_mb, robust_trend
from tests.ui.helpers import all_items, center, find, pause, wheel

CYCLES = int(os.environ.get("KIOSK_SOAK_CYCLES", "60"))
RELOAD_EVERY = 5
CONTENT = load_content(BUNDLED).content
PLACES = (
    [f"timeline/{event.id}" for event in CONTENT.timeline.events]
    + [f"map/{park.id}" for park in CONTENT.map.parks]
    + [f"figures/{figure.id}" for group in CONTENT.figures.groups for figure in group.figures]
)
# Largest growth allowed over the measured part of the run (slope × cycles): a share of the
# level after warm-up, or an absolute amount where anything above noise is a leak.
BOUNDS = {
    # Objects the collector tracks beyond those frozen at start-up (a few hundred).
    "python objects": (0.02, 250),
    "python blocks": (0.02, 0),
    "scene items": (0.01, 0),
    "private MB": (0.05, 0),
    "open files": (0, 0.5),
    # A picture decoded at a size it was decoded at before (the cache lost it). The first decode
    # of a (picture, size) may come late: which slide the attract loop shows at a size first
    # depends on timing, and those are a bounded set, not a leak.
    "image re-decodes": (0, 0.5),
}


def measure(kiosk) -> dict[str, float]:
    gc.collect()
    return {
        "python objects": len(gc.get_objects()),
        "python blocks": sys.getallocatedblocks(),
        "scene items": len(all_items(kiosk.window)),
        "private MB": private_mb(),
        "open files": len(os.listdir("/proc/self/fd")),
        "image re-decodes": kiosk.image_cache.decodes - len(kiosk.decoded_sizes),
    }


def record_decoded_sizes(kiosk) -> None:
    """Keeps on the kiosk which (picture, size step) its cache has decoded."""
    cache = kiosk.image_cache
    decode = cache.image
    kiosk.decoded_sizes = set()

    def image(path, header, requested):
        before = cache.decodes
        result = decode(path, header, requested)
        if cache.decodes != before:
            kiosk.decoded_sizes.add((str(path), size_step(requested)))
        return result

    cache.image = image


def wait_for_reload(kiosk, timeout_s: float = 20) -> None:
    """With `pause`, not `qtbot.waitUntil`: pytest-qt connects signals at each wait, and
    PySide keeps memory for each connection, which would show as a slope here."""
    deadline = time.monotonic() + timeout_s
    while kiosk.store.reloading:
        assert time.monotonic() < deadline, "the reload did not finish"
        pause(10)


def visitor_session(kiosk, cycle: int) -> None:
    backend = kiosk.backend
    kiosk.idle.activity()
    for step in range(3):
        backend.navigator.openLink(PLACES[(cycle * 3 + step) % len(PLACES)])
        pause(25)
    if cycle % 3 == 0:
        backend.navigator.openLink("map")
        pause(25)
        view = find(kiosk.window, "parkMapView")
        wheel(kiosk.window, center(view), 3)
        pause(25)
        wheel(kiosk.window, center(view), -3)
    if cycle % 4 == 0:
        backend.session.switchLanguage()
        pause(25)


def test_weeks_of_kiosk_life_stay_flat(make_kiosk, tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    original = content.read_text(encoding="utf-8")
    kiosk = make_kiosk(content=content)
    record_decoded_sizes(kiosk)
    # Preallocated: a list of dicts would add a dict and its numbers (~6 blocks) per cycle to
    # the very Python blocks it measures.
    samples = {name: array("d", bytes(8 * CYCLES)) for name in BOUNDS}
    for cycle in range(CYCLES):
        visitor_session(kiosk, cycle)
        kiosk.idle.go_idle_now()  # the visitor walks away: session reset, attract screen
        pause(40)
        if cycle % RELOAD_EVERY == RELOAD_EVERY - 1:
            edited = original.replace("朔州经济开发区", f"朔州经济开发区（{cycle}）", 1)
            content.write_text(edited if cycle % 2 else original, encoding="utf-8")
            kiosk.store.reload_async()
            wait_for_reload(kiosk)
        for name, value in measure(kiosk).items():
            samples[name][cycle] = value
    assert kiosk.backend.site.hasContent and not kiosk.store.issues

    report = [f"soak: {CYCLES} cycles; per-cycle slope after warm-up, and growth over the run"]
    failures = []
    for name, (share, floor) in BOUNDS.items():
        values = samples[name][CYCLES // 3 :].tolist()  # after warm-up (caches filled)
        per_cycle = robust_trend(values)
        growth = per_cycle * len(values)
        report.append(
            f"  {name:15} level {values[0]:12.1f}  slope {per_cycle:+10.4f}  growth {growth:+10.1f}"
        )
        if growth > max(share * values[0], floor):
            failures.append(name)
            report.append(f"    {name} per cycle: {' '.join(f'{v:g}' for v in values)}")
    print("\n".join(report))
    assert not failures, "\n".join(report)
