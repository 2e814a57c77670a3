"""The measurements, each run in a fresh process: `python -m benchmarks.probes NAME` prints
one JSON object of figures. The runner (`python -m benchmarks`) repeats them and summarises."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_QML = """import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: 1920; height: 1080; visible: true
    SwipeView {
        anchors.fill: parent
        Item { Text { text: "朔州经济开发区"; font.pixelSize: 88 } }
        Item { Text { text: "Page 2" } }
        Item { Text { text: "Page 3" } }
    }
}
"""


def pss_mb() -> float:
    """Proportional set size of this process, from /proc (Linux)."""
    try:
        for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def since_start_ms() -> float:
    return (time.time() - float(os.environ["BENCH_T0"])) * 1000


def _first_frame(window, app, result: dict, prefix: str) -> None:
    def on_frame() -> None:
        if prefix + "first_frame_ms" in result:
            return
        result[prefix + "first_frame_ms"] = since_start_ms()
        result[prefix + "pss_first_frame_mb"] = pss_mb()
        app.quit()

    window.frameSwapped.connect(on_frame)


def probe_start(result: dict) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import KioskApp, KioskOptions

    app = QGuiApplication([])
    app.setApplicationName("sez-kiosk")  # as `kiosk run`: its QML and icon caches
    state = Path(os.environ["BENCH_STATE"])
    kiosk = KioskApp(
        KioskOptions(ROOT / "content.yaml", state, windowed=True, size=QSize(1920, 1080))
    )
    _first_frame(kiosk.window, app, result, "start_")
    app.exec()
    result["pss_first_frame_mb"] = result.pop("start_pss_first_frame_mb")
    kiosk.close()


def probe_floor(result: dict) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow  # noqa: F401 - typed root objects

    app = QGuiApplication([])
    app.setApplicationName("kiosk-floor")  # a QML cache of its own, as any real app has
    qml = Path(os.environ["BENCH_STATE"]) / "Floor.qml"
    qml.write_text(FLOOR_QML, encoding="utf-8")
    engine = QQmlApplicationEngine()
    engine.load(str(qml))
    _first_frame(engine.rootObjects()[0], app, result, "floor_")
    app.exec()
    result["floor_pss_first_frame_mb"] = result.pop("floor_pss_first_frame_mb")


def probe_idle(result: dict) -> None:
    from PySide6.QtCore import QEventLoop, QSize, QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import KioskApp, KioskOptions

    app = QGuiApplication([])
    kiosk = KioskApp(
        KioskOptions(
            ROOT / "content.yaml",
            Path(os.environ["BENCH_STATE"]),
            windowed=True,
            size=QSize(1920, 1080),
        )
    )
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)  # let start-up work finish
    loop.exec()
    before = time.process_time()
    QTimer.singleShot(3000, loop.quit)
    loop.exec()
    result["idle_cpu_ms_per_s"] = (time.process_time() - before) * 1000 / 3
    kiosk.close()
    del app


def probe_load(result: dict) -> None:
    from kiosk.content import load_content

    begin = time.perf_counter()
    load_content(ROOT / "content.yaml")
    result["load_bundled_ms"] = (time.perf_counter() - begin) * 1000


PROBES = {"start": probe_start, "floor": probe_floor, "idle": probe_idle, "load": probe_load}


def main() -> int:
    result: dict = {}
    PROBES[sys.argv[1]](result)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
