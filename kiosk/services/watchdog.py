"""systemd notifications: READY=1 after the first frame, WATCHDOG=1 only while frames render,
STATUS= lines about the content (what `systemctl status kiosk` shows), STOPPING=1 on a stop.

Why from a GUI-thread timer that asks for a frame: a heartbeat from another thread would keep
beating while the UI is frozen. Each tick requests a repaint; the next tick beats only if a
frame was actually swapped since. A hung GUI thread stops the beats and systemd restarts us.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickWindow

if TYPE_CHECKING:
    from kiosk.services.store import ContentStore

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


def content_status(store: ContentStore) -> str:
    """One line on the content for `systemctl status`."""
    current, problems = store.current, len(store.issues)
    if current is None and not problems:
        return "starting: checking content.yaml"
    if current is None:
        return f"no content to show: content.yaml has {problems} problem(s); see kiosk.log"
    content = current.content
    shown = (
        f"{len(content.timeline.events)} events, {len(content.map.parks)} parks, "
        f"{sum(len(group.figures) for group in content.figures.groups)} figures"
    )
    if store.from_snapshot:
        return f"showing the last good content ({shown}): content.yaml has {problems} problem(s)"
    if problems:
        return f"content.yaml has {problems} problem(s); still showing the previous ({shown})"
    return f"content loaded: {shown}"


class ContentStatus(QObject):
    """Sends STATUS= whenever what the store shows or reports changes."""

    def __init__(self, store: ContentStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._last = ""
        store.statusChanged.connect(self.send)
        self.send()

    def send(self) -> None:
        line = content_status(self._store)
        if line != self._last:
            self._last = line
            notify(f"STATUS={line}")
