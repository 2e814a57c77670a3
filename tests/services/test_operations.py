"""Unattended operation: the systemd watchdog, the error threshold, crash traces, stop signals."""

import logging
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSize

from kiosk.app import KioskApp, KioskOptions
from kiosk.services import logs
from kiosk.services.watchdog import FrameWatchdog
from tests.conftest import BUNDLED, ROOT


def test_ready_after_the_first_frame_and_beats_while_frames_render(qtbot, tmp_path, monkeypatch):
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", address)
    monkeypatch.setenv("WATCHDOG_USEC", "3000000")
    app = KioskApp(KioskOptions(BUNDLED, tmp_path / "s", windowed=True, size=QSize(800, 600)))
    watchdog = FrameWatchdog(app.window)
    try:
        app.window.update()
        qtbot.waitUntil(lambda: watchdog.beats >= 2, timeout=5000)
        messages = []
        while True:
            try:
                messages.append(listener.recv(64).decode())
            except BlockingIOError:
                break
        assert messages[0] == "READY=1"
        assert messages.count("WATCHDOG=1") >= 2
    finally:
        app.close()
        listener.close()


def test_too_many_errors_ask_for_a_clean_restart(caplog) -> None:
    calls = []
    saved = sys.excepthook
    try:
        logs.install_excepthooks(lambda: calls.append(1), threshold=3)
        with caplog.at_level(logging.ERROR, logger="kiosk"):
            for _ in range(5):
                try:
                    raise ValueError("a slot failed")
                except ValueError:
                    sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
    assert calls == [1]
    assert [r.message for r in caplog.records].count("uncaught exception") == 5


def test_native_crash_traces_go_to_the_state_folder(tmp_path) -> None:
    code = (
        "import ctypes, pathlib, sys; from kiosk.services.logs import enable_crash_traces;"
        f"enable_crash_traces(pathlib.Path({str(tmp_path)!r})); ctypes.string_at(0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert result.returncode != 0
    assert "Fatal Python error" in (tmp_path / "crash.log").read_text()


@pytest.mark.parametrize(
    ("number", "moment"),
    [
        (signal.SIGTERM, "using installed font"),  # running: systemd stops the service
        (signal.SIGTERM, "content loaded"),  # still starting up
        (signal.SIGINT, "using installed font"),  # Ctrl+C in the newcomer's terminal
    ],
)
def test_stop_signals_quit_the_kiosk_cleanly(tmp_path, number, moment) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STATE_DIR=str(tmp_path))
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--content", str(BUNDLED)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log_file = tmp_path / "kiosk.log"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if log_file.exists() and moment in log_file.read_text(encoding="utf-8"):
            break
        time.sleep(0.02)
    process.send_signal(number)
    assert process.wait(timeout=15) == 0, process.stdout.read()
    log = log_file.read_text(encoding="utf-8")
    assert f"{signal.Signals(number).name} received: quitting" in log
    assert not (tmp_path / "crash.log").exists() or not (tmp_path / "crash.log").read_text()
