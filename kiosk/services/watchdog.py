"""systemd notifications: READY=1 after the first frame, WATCHDOG=1 only while frames render.

Why from a GUI-thread timer that asks for a frame: a heartbeat from another thread would keep
beating while the UI is frozen. Each tick requests a repaint; the next tick beats only if a
frame was actually swapped since. A hung GUI thread stops the beats and systemd restarts us.
"""

from __future__ import annotations

import logging
import os
import socket

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger("kiosk.watchdog")


def notify(message: str) -> bool:
    """Send one sd_notify message; False when not run by systemd (no NOTIFY_SOCKET)."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as error:
        log.warning("sd_notify failed: %s", error)
        return False
    return True


class FrameWatchdog(QObject):
    def __init__(self, window: QQuickWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._ready = False
        self._frame_seen = False
        self.beats = 0
        window.frameSwapped.connect(self._on_frame)
        usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
        self._timer = QTimer(self, interval=max(1000, usec // 3000) if usec else 0)
        self._timer.timeout.connect(self._tick)
        if usec:
            self._timer.start()

    def _on_frame(self) -> None:
        self._frame_seen = True
        if not self._ready:
            self._ready = True
            notify("READY=1")

    def _tick(self) -> None:
        if self._frame_seen and notify("WATCHDOG=1"):
            self.beats += 1
        self._frame_seen = False
        self._window.update()
