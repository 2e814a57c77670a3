"""A real kiosk in a process of its own, living a scripted life until it is killed.

    python -m tests.robustness.kiosk_child MODE CONTENT STATE_DIR [SESSIONS]

MODE `visitors`: visitor sessions one after another (touches, panels, details, then walking
away so the session ends); prints `ended N` after each session has ended.
MODE `reloads`: staff save one content version after another (each written whole, as editors
do) and the kiosk reloads; prints `swapped N` after each new version is shown.
MODE `full-disk`: every file write of this process fails (RLIMIT_FSIZE), as on a full disk;
SESSIONS visitor sessions and three reloads, then one JSON line of what the kiosk showed; then
the disk is freed and three more sessions, then a line with how many the usage log recorded.

The parent test kills the first two at random moments with SIGKILL and checks what is left.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication

from kiosk.app import KioskApp, KioskOptions
from kiosk.services import usage
from kiosk.services.logs import enable_crash_traces, setup_logging
from tests.ui.helpers import center, find, pause, touch_tap

VERSIONS = ("朔州经济开发区", "朔州经济开发区（新版）")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def one_session(kiosk: KioskApp, number: int) -> None:
    """A visitor opens a panel and an item, then walks away; the kiosk ends the session."""
    touch_tap(kiosk.window, QPoint(960, 540))  # wakes the attract screen, or lands on Home
    entry = ("entry-timeline", "entry-map", "entry-figures")[number % 3]
    touch_tap(kiosk.window, center(find(kiosk.window, entry)))
    kiosk.backend.navigator.openLink(
        ("timeline/founded", "map", "figures/industrial-output")[number % 3]
    )
    pause(50)
    kiosk.idle.go_idle_now()
    pause(30)


def usage_counts(state_dir: Path) -> int:
    with sqlite3.connect(state_dir / usage.DATABASE) as db:
        return db.execute("SELECT COUNT(*) FROM sessions WHERE seconds IS NOT NULL").fetchone()[0]


def visitors(kiosk: KioskApp, limit: int | None = None) -> int:
    number = 0
    while limit is None or number < limit:
        one_session(kiosk, number)
        number += 1
        say(f"ended {number}")
    return number


def reloads(kiosk: KioskApp, content: Path, limit: int | None = None, *, edit: bool = True) -> int:
    """Reload after each save (or, with `edit` off, reload the same file again)."""
    original = content.read_text(encoding="utf-8").replace(VERSIONS[1], VERSIONS[0])
    swaps = []
    kiosk.store.contentChanged.connect(lambda: swaps.append(1))
    number = 0
    while limit is None or number < limit:
        number += 1
        if edit:
            partial = content.with_name(".content.yaml.saving")
            partial.write_text(original.replace(VERSIONS[0], VERSIONS[number % 2], 1), "utf-8")
            partial.replace(content)
        kiosk.store.reload_async()
        while len(swaps) < number and not kiosk.store.issues:
            pause(10)
        if kiosk.store.issues:
            break
        say(f"swapped {number}")
    return number


def main() -> int:
    mode, content, state_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if mode == "full-disk":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))
        usage.RETRY_SECONDS = 0.2  # the kiosk tries once a minute; this test cannot wait
    setup_logging(state_dir)
    enable_crash_traces(state_dir)
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("sez-kiosk-test")
    kiosk = KioskApp(KioskOptions(content, state_dir, windowed=True, size=QSize(1920, 1080)))
    pause(300)
    if mode == "visitors":
        visitors(kiosk)
    elif mode == "reloads":
        reloads(kiosk, content)
    elif mode == "full-disk":
        sessions = visitors(kiosk, limit=int(sys.argv[4]))
        swaps = reloads(kiosk, content, limit=3, edit=False)
        screen = kiosk.window.grabWindow()
        say(
            json.dumps(
                {
                    "sessions": sessions,
                    "swaps": swaps,
                    "has_content": kiosk.backend.site.hasContent,
                    "title": kiosk.backend.site.title,
                    "screen_width": screen.width(),
                    "issues": [str(issue) for issue in kiosk.store.issues],
                }
            )
        )
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        for number in range(3):
            pause(250)
            one_session(kiosk, number)
        kiosk.usage.close()
        say(json.dumps({"recorded_after_freeing": usage_counts(state_dir)}))
    kiosk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
