"""What every probe needs: the clock since process start, PSS, frame times and a running kiosk."""

from __future__ import annotations

import itertools
import math
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "kiosk" / "example" / "content.yaml"
# The window's size: 1080p, or what the runner asks for in BENCH_SIZE ("3840x2160").
SIZE = tuple(int(part) for part in os.environ.get("BENCH_SIZE", "1920x1080").split("x"))


def pss_mb(pid: int | None = None) -> float:
    """Proportional set size of this process (or of `pid`), from /proc (Linux)."""
    try:
        for line in Path(f"/proc/{pid or 'self'}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def since_start_ms() -> float:
    """Milliseconds since the runner started this process (it passes its clock in BENCH_T0)."""
    return (time.time() - float(os.environ["BENCH_T0"])) * 1000


def state_dir() -> Path:
    return Path(os.environ["BENCH_STATE"])


def content_path() -> Path:
    """The content to measure: BENCH_CONTENT when the runner gives one, else the bundled."""
    return Path(os.environ.get("BENCH_CONTENT") or BUNDLED)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def wait(ms: int) -> None:
    """The tests' `pause` (an event loop and one shared timer: no GIL held, nothing leaked),
    imported here so that a start-up probe loads nothing extra before its first frame."""
    from tests.ui.helpers import pause

    pause(ms)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000, step_ms: int = 5) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the kiosk did not get there in time")
        wait(step_ms)


class FrameClock:
    """Times every frame the window swaps; `intervals(mark)` gives the gaps after a mark.

    Qt Quick draws only when something changed, so a gap between frames is a stall only while
    something moves. `watch(item, name)` records a property at every frame, and
    `moving_intervals` keeps the gaps of frames where it changed; `keep_drawing()` makes the
    window redraw without pause, as during an animation, so that any stall shows as a gap.
    """

    def __init__(self, window) -> None:
        self.window = window
        self.times: list[float] = []
        self.values: list[object] = []
        self.first_frame_ms = 0.0  # since the process started
        self._watched: tuple | None = None
        self._drawing = None
        window.frameSwapped.connect(self._on_frame)

    def _on_frame(self) -> None:
        if not self.times:
            self.first_frame_ms = since_start_ms()
        self.times.append(time.perf_counter())
        if self._watched is not None:
            item, name = self._watched
            self.values.append(item.property(name))

    def watch(self, item, name: str) -> None:
        self.times.clear()
        self.values.clear()
        self._watched = (item, name)

    def moving_intervals(self) -> list[float]:
        """Gaps between two frames that both moved the watched value (the first frame of a
        motion follows a rest of any length and is a matter of latency, not smoothness)."""
        values = self.values
        return [
            (self.times[i] - self.times[i - 1]) * 1000
            for i in range(2, len(self.times))
            if values[i] != values[i - 1] and values[i - 1] != values[i - 2]
        ]

    def keep_drawing(self) -> None:
        """Ask for a frame every millisecond (the render loop draws the next one it can).
        Asking from `frameSwapped` drew nothing once the scene was still: the offscreen render
        loop drops an update requested while it swaps, so a window at rest left gaps of a
        second that read as stalls."""
        from PySide6.QtCore import QTimer

        self._drawing = QTimer(interval=1)
        self._drawing.timeout.connect(self.window.update)
        self._drawing.start()

    def mark(self) -> int:
        return len(self.times)

    def intervals(self, since: int) -> list[float]:
        times = self.times[max(0, since - 1) :]
        return [(later - earlier) * 1000 for earlier, later in itertools.pairwise(times)]

    def first_frame_after(self, moment: float, timeout_ms: int = 2000) -> float:
        wait_until(lambda: bool(self.times) and self.times[-1] > moment, timeout_ms, step_ms=1)
        return next(t for t in self.times if t > moment)


def build_kiosk(content: Path | None = None):
    """The kiosk as `kiosk run --windowed WxH` builds it (named as it names itself, so
    Qt's QML cache and the icon cache apply); returns (app, kiosk) before any frame."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import KioskApp, KioskOptions

    app = QGuiApplication.instance() or QGuiApplication([])
    app.setApplicationName("sez-kiosk")
    kiosk = KioskApp(
        KioskOptions(content or content_path(), state_dir(), windowed=True, size=QSize(*SIZE))
    )
    return app, kiosk


def start_kiosk(content: Path | None = None):
    """`build_kiosk`, then wait until Home is on screen and the panels are built; returns
    (app, kiosk, clock)."""
    app, kiosk = build_kiosk(content)
    clock = FrameClock(kiosk.window)
    wait_until(lambda: bool(kiosk.window.property("panelsLoaded")))
    wait(300)
    return app, kiosk, clock
