"""Real display servers for the tests: Xvfb (no window manager), Xephyr inside it (a screen
that changes size while the kiosk runs), cage's headless Wayland backend; and the real kiosk,
fullscreen, in a process of its own on them.

Why real servers: a fullscreen request is a wish to a window manager, and the offscreen
platform grants every wish. Only a real X server without one, and a real compositor, show
whether the window covers the screen (it once stayed 160×160 on bare X, 500×500 under cage).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT

# Set by `bootstrap.py test`, which installs the servers: there a missing one is a failure.
REQUIRED = os.environ.get("KIOSK_REQUIRE_DISPLAY_SERVERS") == "1"


def need(*programs: str) -> None:
    missing = [program for program in programs if shutil.which(program) is None]
    if not missing:
        return
    reason = f"not installed: {', '.join(missing)} (python3 bootstrap.py test installs them)"
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


@contextlib.contextmanager
def x_server(command: list[str], env: dict[str, str] | None = None) -> Iterator[str]:
    """An X server started with `-displayfd`; yields its DISPLAY (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [*command, "-displayfd", str(write), "-nolisten", "tcp"],
        pass_fds=(write,),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError(f"{command[0]} did not start: {server.stderr.read().decode()}")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def xvfb(width: int, height: int) -> contextlib.AbstractContextManager[str]:
    need("Xvfb")
    return x_server(["Xvfb", "-screen", "0", f"{width}x{height}x24"])


def kiosk_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "WAYLAND", "DISPLAY", "XDG_RUNTIME"))
    }
    return {**env, "QT_QUICK_BACKEND": "software", "PYTHONPATH": str(ROOT), **extra}


def kiosk_command(state_dir: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "kiosk", "run", "--state-dir", str(state_dir), *arguments]


@contextlib.contextmanager
def running(command: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """A process whose output goes to `log`; stopped with SIGTERM (as systemd stops it)."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=output, cwd=ROOT)
        try:
            yield process
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def grab_x(display: str, out: Path) -> QImage:
    env = dict(kiosk_env(), DISPLAY=display, QT_QPA_PLATFORM="xcb")
    subprocess.run(
        [sys.executable, "-m", "tests.displays.grab_x", str(out)],
        env=env,
        cwd=ROOT,
        check=True,
        timeout=60,
        capture_output=True,
    )
    return QImage(str(out))


def wait_for_screen(grab, ready, timeout: float = 40.0) -> QImage:
    """Screenshots until `ready(image)` holds and the screen has stopped changing."""
    deadline = time.monotonic() + timeout
    previous = None
    while True:
        image = grab()
        if ready(image) and previous is not None and image == previous:
            return image
        if time.monotonic() > deadline:
            return image
        previous = image
        time.sleep(0.7)


def edges_covered(image: QImage, background: tuple[int, int, int] = (0, 0, 0)) -> list[str]:
    """Which edges of a screenshot still show the server's empty background (a window that
    does not reach them): samples every 16th pixel of each outermost row and column."""
    width, height = image.width(), image.height()
    edges = {
        "top": [(x, 0) for x in range(0, width, 16)],
        "bottom": [(x, height - 1) for x in range(0, width, 16)],
        "left": [(0, y) for y in range(0, height, 16)],
        "right": [(width - 1, y) for y in range(0, height, 16)],
    }
    bare = []
    for name, points in edges.items():
        colours = [image.pixelColor(x, y) for x, y in points]
        if any((c.red(), c.green(), c.blue()) == background for c in colours):
            bare.append(name)
    return bare
