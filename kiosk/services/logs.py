"""Logging for an unattended kiosk: a rotating file in the state folder, Qt messages included.

Why: nobody watches the console of a kiosk. Every Python exception and every Qt/QML warning goes
to the same log, and an exception in a slot is logged instead of ending the program.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from kiosk.content.cleantext import escaped

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("kiosk.qt")
# After the log file fails (disk full, folder gone), how long to log to stderr only before
# trying the file again.
FILE_RETRY_SECONDS = 600


class LogFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that, when it cannot be written, says so once on stderr and pauses.

    Why: the standard handler prints a traceback to stderr for every record it fails to write,
    so a full disk would turn each log line into a screenful of tracebacks, forever. This one
    reports the failure once, tries the file again every few minutes, and reports again only
    after the file has worked in between.
    """

    def __init__(self, path: Path, clock=time.monotonic) -> None:
        super().__init__(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True)
        self._clock = clock
        self._paused_until = 0.0
        self._failing = False
        self._failed_now = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._clock() < self._paused_until:
            return
        self._failed_now = False
        super().emit(record)
        if not self._failed_now:
            self._failing = False

    def handleError(self, record: logging.LogRecord) -> None:
        self._failed_now = True
        if not self._failing:
            self._failing = True
            sys.stderr.write(
                f"kiosk: cannot write {self.baseFilename} ({sys.exc_info()[1]}); logging to "
                f"stderr only, trying the file again every {FILE_RETRY_SECONDS // 60} min\n"
            )
        self._paused_until = self._clock() + FILE_RETRY_SECONDS
        self.close()


class EscapingFormatter(logging.Formatter):
    """Control and bidi characters in a message (a title from content, a file name) are
    written as escapes, so the log file and the terminal show them instead of obeying them."""

    def format(self, record: logging.LogRecord) -> str:
        return escaped(super().format(record))


def reopen_log_files() -> None:
    """Close kiosk.log; the next line opens it again (after logrotate moved it away)."""
    for handler in logging.getLogger("kiosk").handlers:
        if isinstance(handler, LogFileHandler):
            handler.close()


def setup_logging(state_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    """Log to stderr and, when the state folder is writable, to `kiosk.log` there."""
    root = logging.getLogger("kiosk")
    root.setLevel(level)
    formatter = EscapingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        console = logging.StreamHandler()
        console.setFormatter(formatter)
        root.addHandler(console)
    if state_dir is None:
        return None
    log_file = state_dir / "kiosk.log"
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        log_file.touch()
        handler = LogFileHandler(log_file)
    except OSError as error:
        root.warning("cannot write the log file %s: %s (logging to stderr only)", log_file, error)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return log_file


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context and context.file else ""
    _qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(qt_message_handler)


# Exit code that tells the supervisor the process is no longer trustworthy (too many errors).
TOO_MANY_ERRORS_EXIT_CODE = 70
ERROR_THRESHOLD = 50


def enable_crash_traces(state_dir: Path | None) -> None:
    """Native crashes (a segfault in Qt) write their Python stack to crash.log."""
    if state_dir is None:
        faulthandler.enable()
        return
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        stream = (state_dir / "crash.log").open("a", encoding="utf-8")
    except OSError as error:
        logging.getLogger("kiosk").warning("crash traces go to stderr: %s", error)
        faulthandler.enable()
        return
    faulthandler.enable(stream)
    _keep_open.append(stream)


_keep_open: list = []


def install_excepthooks(on_too_many=None, threshold: int = ERROR_THRESHOLD) -> None:
    """Log uncaught exceptions (in slots and threads too) and keep the kiosk running; after
    `threshold` of them call `on_too_many` (the app exits so the supervisor starts it fresh)."""
    log = logging.getLogger("kiosk")
    count = [0]

    def on_exception(kind, value, traceback) -> None:
        log.error("uncaught exception", exc_info=(kind, value, traceback))
        count[0] += 1
        if count[0] == threshold and on_too_many is not None:
            log.critical("%d uncaught exceptions: exiting for a clean restart", threshold)
            on_too_many()

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        log.error(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
