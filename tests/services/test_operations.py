"""Unattended operation: the systemd watchdog, the error threshold, crash traces, stop signals."""

import contextlib
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


def _start(tmp_path, **env_extra) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STATE_DIR=str(tmp_path), **env_extra)
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--content", str(BUNDLED)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for(path, text: str, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and text in (found := path.read_text(encoding="utf-8")):
            return found
        time.sleep(0.02)
    raise AssertionError(f"{text!r} never appeared in {path}")


@pytest.mark.parametrize(
    ("number", "moment"),
    [
        (signal.SIGTERM, "using installed font"),  # running: systemd stops the service
        (signal.SIGTERM, "content loaded"),  # still starting up
        (signal.SIGINT, "using installed font"),  # Ctrl+C in the newcomer's terminal
        (signal.SIGQUIT, "using installed font"),
        (signal.SIGUSR2, "using installed font"),
        (signal.SIGALRM, "using installed font"),
    ],
)
def test_stop_signals_quit_the_kiosk_cleanly(tmp_path, number, moment) -> None:
    process = _start(tmp_path)
    log_file = tmp_path / "kiosk.log"
    _wait_for(log_file, moment)
    process.send_signal(number)
    assert process.wait(timeout=15) == 0, process.stdout.read()
    log = log_file.read_text(encoding="utf-8")
    assert f"{signal.Signals(number).name} received: quitting" in log
    assert not (tmp_path / "crash.log").exists() or not (tmp_path / "crash.log").read_text()


def test_systemd_hears_ready_watchdog_status_and_stopping_in_order(tmp_path) -> None:
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(30)
    process = _start(tmp_path / "state", NOTIFY_SOCKET=address, WATCHDOG_USEC="3000000")
    messages: list[str] = []
    try:
        while messages.count("WATCHDOG=1") < 2:
            messages.append(listener.recv(256).decode())
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0, process.stdout.read()
        listener.settimeout(0.5)
        with contextlib.suppress(TimeoutError):
            while True:
                messages.append(listener.recv(256).decode())
    finally:
        listener.close()
        if process.poll() is None:
            process.kill()
    statuses = [message for message in messages if message.startswith("STATUS=")]
    assert "STATUS=content loaded: 10 events, 5 parks, 28 figures" in statuses, messages
    assert messages.index("READY=1") < messages.index("WATCHDOG=1")
    assert messages[-1] == "STOPPING=1", messages


def test_sighup_reloads_sigusr1_reopens_the_log_and_sigusr2_stops(tmp_path) -> None:
    state = tmp_path / "state"
    process = _start(state)
    log_file = state / "kiosk.log"
    try:
        _wait_for(log_file, "using installed font")
        process.send_signal(signal.SIGHUP)  # stderr is a pipe: run unattended, so reload
        _wait_for(log_file, "SIGHUP received: reloading the content")
        _wait_for(log_file, "content loaded from", seconds=15)
        assert process.poll() is None, "a reload, not a stop"
        log_file.rename(state / "kiosk.log.1")  # what logrotate does
        process.send_signal(signal.SIGUSR1)
        _wait_for(log_file, "SIGUSR1 received: log file reopened")
        process.send_signal(signal.SIGUSR2)
        assert process.wait(timeout=15) == 0
        assert "SIGUSR2 received: quitting" in log_file.read_text(encoding="utf-8")
    finally:
        if process.poll() is None:
            process.kill()


def test_sighup_from_a_closed_terminal_quits(tmp_path) -> None:
    """Started by hand, a hangup means the terminal was closed: the kiosk goes with it."""
    import pty

    leader, follower = pty.openpty()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STATE_DIR=str(tmp_path))
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--content", str(BUNDLED)],
        cwd=ROOT,
        env=env,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    try:
        _wait_for(tmp_path / "kiosk.log", "using installed font")
        process.send_signal(signal.SIGHUP)
        assert process.wait(timeout=15) == 0
        assert "SIGHUP received: quitting" in (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
