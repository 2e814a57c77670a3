"""Kiosk mode: only the keys the kiosk needs get through, the window cannot be closed, the
cursor is hidden and the app does not quit when its window closes.

Why an allow-list on the application: a keyboard left at a kiosk (or a visitor's bluetooth
one) must not reach Alt+F4, Ctrl+Q, Ctrl+W or any shortcut Qt or the platform knows, including
the ShortcutOverride events Qt sends before shortcuts fire.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent

log = logging.getLogger("kiosk.lockdown")

ALLOWED_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Space,
        Qt.Key.Key_Backspace,
        *(Qt.Key(Qt.Key.Key_0.value + digit) for digit in range(10)),
    }
)
CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_KEY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}


def key_allowed(event: QKeyEvent) -> bool:
    """Arrows, Enter, Space, Backspace and digits (the PIN pad), without Ctrl, Alt or Meta."""
    if event.modifiers() & CHORD_MODIFIERS:
        return False
    return event.key() in ALLOWED_KEYS


class KeyAllowList(QObject):
    """An application event filter that swallows every key not on the allow-list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.swallowed = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENTS and not key_allowed(event):
            self.swallowed += 1
            return True
        return False


def lock_down(app: QGuiApplication) -> KeyAllowList:
    """Apply kiosk mode to the application; returns the installed key filter."""
    keys = KeyAllowList(app)
    app.installEventFilter(keys)
    app.setQuitOnLastWindowClosed(False)
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    log.info("kiosk mode: keys filtered, cursor hidden, window cannot be closed")
    return keys


def release(app: QGuiApplication, keys: KeyAllowList) -> None:
    app.removeEventFilter(keys)
    QGuiApplication.restoreOverrideCursor()
