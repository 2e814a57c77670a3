"""SIGTERM (systemd stop) and SIGINT (Ctrl+C in a terminal) quit the kiosk cleanly.

Why a socket: Python runs a signal handler at whatever Python line the main thread reaches
next, and with Qt that can be the middle of a QML binding or a scene-graph callback into
Python. Quitting there closes the window under Qt's feet (it crashed with SIGSEGV in
`QPlatformWindow::hasPendingUpdateRequest`). So the handler does nothing; the signal's byte
arrives on a socket the event loop watches, and the quit runs from the loop itself, at a
moment when Qt is between events. It also wakes Python at once, with no polling timer.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger("kiosk.shutdown")

HANDLED = (signal.SIGTERM, signal.SIGINT)


class SignalQuit(QObject):
    """Calls `on_signal` from the event loop once SIGTERM or SIGINT has arrived."""

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _note_only) for number in HANDLED}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        numbers = {number for number in received if number in HANDLED}
        if numbers:
            names = ", ".join(signal.Signals(number).name for number in sorted(numbers))
            log.info("%s received: quitting", names)
            self._on_signal()

    def uninstall(self) -> None:
        """Give the signals back to what handled them before (tests build several kiosks)."""
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _note_only(_number: int, _frame: object) -> None:
    """The work happens in `SignalQuit._drain`; see the module docstring."""
