"""Signals, handled from the event loop: stop cleanly, reload the content, reopen the log.

- SIGTERM (systemd stop), SIGINT (Ctrl+C), SIGQUIT, SIGUSR2 and SIGALRM end the kiosk cleanly:
  the visitor session is closed and recorded, the window and Qt torn down in order.
- SIGHUP reloads the content, as daemons do, when the kiosk runs unattended. Started by hand
  from a terminal (its stderr a terminal) a SIGHUP means that terminal was closed, and the kiosk
  quits with it: a newcomer who closes the terminal of `bootstrap.py run` is never left with a
  fullscreen kiosk and no way out.
- SIGUSR1 reopens kiosk.log (after logrotate moved it).

Why a socket: Python runs a signal handler at whatever Python line the main thread reaches
next, and with Qt that can be the middle of a QML binding or a scene-graph callback into
Python. Quitting there closes the window under Qt's feet (it crashed with SIGSEGV in
`QPlatformWindow::hasPendingUpdateRequest`). So the handler does nothing; the signal's byte
arrives on a socket the event loop watches, and the work runs from the loop itself, at a
moment when Qt is between events. It also wakes Python at once, with no polling timer.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger("kiosk.shutdown")

QUIT = (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGUSR2, signal.SIGALRM)
HANDLED = (*QUIT, signal.SIGHUP, signal.SIGUSR1)


def started_from_a_terminal() -> bool:
    return os.isatty(sys.stderr.fileno()) if sys.stderr is not None else False


class SignalQuit(QObject):
    """Runs `on_quit` (or `on_reload`, `on_reopen_log`) from the event loop once its signal
    has arrived."""

    def __init__(
        self,
        on_quit: Callable[[], None],
        parent: QObject | None = None,
        *,
        on_reload: Callable[[], None] | None = None,
        on_reopen_log: Callable[[], None] | None = None,
        hangup_quits: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_quit = on_quit
        self.on_reload = on_reload
        self._on_reopen_log = on_reopen_log
        self._hangup_quits = started_from_a_terminal() if hangup_quits is None else hangup_quits
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
        numbers = {signal.Signals(number) for number in received if number in HANDLED}
        quits = {number for number in numbers if number in QUIT}
        if signal.SIGHUP in numbers and (self._hangup_quits or self.on_reload is None):
            quits.add(signal.SIGHUP)
        if quits:
            names = ", ".join(number.name for number in sorted(quits))
            log.info("%s received: quitting", names)
            self._on_quit()
            return
        if signal.SIGHUP in numbers and self.on_reload is not None:
            log.info("SIGHUP received: reloading the content")
            self.on_reload()
        if signal.SIGUSR1 in numbers and self._on_reopen_log is not None:
            self._on_reopen_log()
            log.info("SIGUSR1 received: log file reopened")

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
