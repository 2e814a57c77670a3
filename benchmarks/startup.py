"""From process start to the first frame, for the kiosk and for a bare Qt Quick floor; idle
cost; loading the content without Qt."""

from __future__ import annotations

import os
import time

from benchmarks.harness import (
    BUNDLED,
    SIZE,
    FrameClock,
    build_kiosk,
    pss_mb,
    state_dir,
    wait,
    wait_until,
)

FLOOR_QML = """import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: %d; height: %d; visible: true
    SwipeView {
        anchors.fill: parent
        Item { Text { text: "朔州经济开发区"; font.pixelSize: 88 } }
        Item { Text { text: "Page 2" } }
        Item { Text { text: "Page 3" } }
    }
}
"""


def _until_first_frame(app, window) -> FrameClock:
    clock = FrameClock(window)
    window.frameSwapped.connect(app.quit)
    app.exec()
    window.frameSwapped.disconnect(app.quit)
    return clock


def probe_start(result: dict) -> None:
    app, kiosk = build_kiosk(BUNDLED)
    clock = _until_first_frame(app, kiosk.window)
    result["start_first_frame_ms"] = clock.first_frame_ms
    result["pss_first_frame_mb"] = pss_mb()
    kiosk.close()


def probe_first_start(result: dict) -> None:
    """A start with an empty state folder (validation before the first frame); it then leaves
    the start view and the image cache behind for the restart that is measured."""
    app, kiosk = build_kiosk()
    clock = _until_first_frame(app, kiosk.window)
    prefix = "large_" if os.environ.get("BENCH_CONTENT") else ""
    result[f"{prefix}first_start_first_frame_ms"] = clock.first_frame_ms
    wait_until(lambda: bool(kiosk.window.property("panelsLoaded")))
    wait(500)
    kiosk.close()


def probe_floor(result: dict) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow  # noqa: F401 - typed root objects

    app = QGuiApplication([])
    app.setApplicationName("kiosk-floor")  # a QML cache of its own, as any real app has
    qml = state_dir() / "Floor.qml"
    qml.write_text(FLOOR_QML % SIZE, encoding="utf-8")
    engine = QQmlApplicationEngine()
    engine.load(str(qml))
    clock = _until_first_frame(app, engine.rootObjects()[0])
    result["floor_first_frame_ms"] = clock.first_frame_ms
    result["floor_pss_first_frame_mb"] = pss_mb()


def probe_idle(result: dict) -> None:
    """CPU spent on Home with nobody touching it, after start-up work has finished."""
    _app, kiosk = build_kiosk(BUNDLED)
    wait(1500)
    before = time.process_time()
    wait(3000)
    result["idle_cpu_ms_per_s"] = (time.process_time() - before) * 1000 / 3
    kiosk.close()


def probe_load(result: dict) -> None:
    from kiosk.content import load_content

    begin = time.perf_counter()
    load_content(BUNDLED)
    result["load_bundled_ms"] = (time.perf_counter() - begin) * 1000
