"""Logging for an unattended kiosk: a rotating file in the state folder, Qt messages included.

Why: nobody watches the console of a kiosk. Every Python exception and every Qt/QML warning goes
to the same log, and an exception in a slot is logged instead of ending the program.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("kiosk.qt")


def setup_logging(state_dir: Path | None, *, level: int = logging.INFO) -> Path | None:
    """Log to stderr and, when the state folder is writable, to `kiosk.log` there."""
    root = logging.getLogger("kiosk")
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        console = logging.StreamHandler()
        console.setFormatter(formatter)
        root.addHandler(console)
    if state_dir is None:
        return None
    log_file = state_dir / "kiosk.log"
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
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


def install_excepthooks() -> None:
    """Log uncaught exceptions (in slots and threads too) and keep the kiosk running."""
    log = logging.getLogger("kiosk")

    def on_exception(kind, value, traceback) -> None:
        log.error("uncaught exception", exc_info=(kind, value, traceback))

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        log.error(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
