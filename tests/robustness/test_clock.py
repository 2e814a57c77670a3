"""The wall clock jumping backwards or forwards (a wrong date set by hand, then NTP putting it
right) breaks neither idle timing nor the visitor statistics."""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import time
from collections import Counter
from types import SimpleNamespace

from kiosk.services.usage import UsageLog
from kiosk.services.usagestats import report, usage_today

DAY = dt.date(2026, 11, 29)


class Clocks:
    """A steady monotonic clock and a wall clock that the test sets anywhere."""

    def __init__(self) -> None:
        self.monotonic = 1000.0
        self.wall = dt.datetime(2026, 11, 29, 10, 0)

    def advance(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += dt.timedelta(seconds=seconds)


def test_session_lengths_and_days_survive_wall_clock_jumps(tmp_path) -> None:
    clocks = Clocks()
    log = UsageLog(tmp_path, clock=lambda: clocks.monotonic, now=lambda: clocks.wall)
    days = []

    def visit(seconds: float, leap: dt.timedelta = dt.timedelta()) -> None:
        days.append(clocks.wall.date().isoformat())
        log.tap()
        log.record("panel", "timeline")
        clocks.wall += leap  # the clock is set while the visitor is there
        clocks.advance(seconds)
        log.end_session()

    visit(60)
    clocks.wall -= dt.timedelta(hours=30)  # set back into yesterday
    visit(90)
    clocks.wall += dt.timedelta(days=400)  # far forward
    visit(30)
    visit(45, leap=-dt.timedelta(days=2))
    clocks.wall = dt.datetime(2026, 11, 29, 11, 0)  # and put right again
    visit(120)
    log.close()

    summary = report(tmp_path)
    assert summary["sessions"] == 5
    assert sorted(row[2] for row in summary["rows"]) == [30, 45, 60, 90, 120], "lengths hold"
    assert summary["per_day"] == dict(sorted(Counter(days).items()))
    assert usage_today(tmp_path, DAY) == (2, 1.5), "sessions stamped in 2028 are not today's"


def test_idle_timing_ignores_the_wall_clock(make_kiosk, qtbot, monkeypatch) -> None:
    """Idle timing runs on Qt's monotonic timers. Here every kiosk module that reads the time
    sees a wall clock that leaps a day back or a year forward at each reading, and the idle
    prompt and the attract screen still come on time."""
    leaps = itertools.cycle((-86_400.0, 86_400.0 * 365, -3_600.0))
    leaping = SimpleNamespace(
        **{name: getattr(time, name) for name in dir(time) if not name.startswith("_")}
    )
    leaping.time = lambda: time.time() + next(leaps)
    for name, module in list(sys.modules.items()):
        if name.startswith("kiosk") and getattr(module, "time", None) is time:
            monkeypatch.setattr(module, "time", leaping)
    kiosk = make_kiosk()
    kiosk.idle.set_times(2, prompt_seconds=1)
    kiosk.backend.navigator.openLink("timeline")
    kiosk.idle.activity()
    started = time.monotonic()
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Prompt", timeout=5000)
    prompted = time.monotonic() - started
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Attract", timeout=5000)
    attract = time.monotonic() - started
    assert 1.8 <= prompted <= 3.0, prompted
    assert 2.8 <= attract <= 4.5, attract
    assert kiosk.backend.navigator.currentPanel == "home", "the session was reset"
