"""Idle detection: after a quiet spell, ask "still there?", then reset and show the attract loop.

Why an event filter on the window: every touch, click, wheel turn or key anywhere counts, without
each screen having to report it (input reaches the window before any item). While a finger rests
on the screen (a visitor reading a long text) nothing times out. Timers are monotonic, so a clock
jump changes nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

log = logging.getLogger("kiosk.idle")

ACTIVE, PROMPT, ATTRACT = "active", "prompt", "attract"
PROMPT_SECONDS = 10
# A press whose release never arrives (a lost touch end) must not keep the kiosk awake forever.
LONGEST_PRESS_MS = 5 * 60 * 1000
_PRESS = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin}
_RELEASE = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
_ACTIVITY = (
    _PRESS
    | _RELEASE
    | {
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.MouseMove,
    }
)


class IdleMonitor(QObject):
    """States: active → (idle time) → prompt → (10 s) → attract → (any input) → active."""

    stateChanged = Signal(str)
    sessionEnded = Signal()  # the prompt ran out: reset everything for the next visitor
    sessionStarted = Signal()  # a visitor touched the attract screen (or the first input)
    pressed = Signal()  # any press or touch anywhere

    def __init__(
        self, idle_seconds: int, prompt_seconds: int = PROMPT_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = ATTRACT
        self._holds: set[str] = set()
        self._pressed = False
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self._on_idle)
        self._prompt = QTimer(self, singleShot=True)
        self._prompt.timeout.connect(self._on_prompt_over)
        self._press_guard = QTimer(self, singleShot=True, interval=LONGEST_PRESS_MS)
        self._press_guard.timeout.connect(self._forget_press)
        self.set_times(idle_seconds, prompt_seconds)

    @property
    def state(self) -> str:
        return self._state

    def set_times(self, idle_seconds: int, prompt_seconds: int = PROMPT_SECONDS) -> None:
        self._idle.setInterval(max(1, idle_seconds) * 1000)
        self._prompt.setInterval(max(1, prompt_seconds) * 1000)
        if self._state == ACTIVE:
            self._restart()

    def start(self) -> None:
        """Begin as if a visitor had just touched the screen (the kiosk starts on Home)."""
        self._set_state(ACTIVE)
        self._restart()

    def hold(self, reason: str) -> None:
        """Keep the session alive until `release(reason)` (staff at work, a finger down)."""
        self._holds.add(reason)
        self._idle.stop()
        self._prompt.stop()

    def release(self, reason: str) -> None:
        self._holds.discard(reason)
        if self._state == ACTIVE:
            self._restart()

    def activity(self) -> None:
        if self._state == ATTRACT:
            log.info("visitor session starts")
            self._set_state(ACTIVE)
            self.sessionStarted.emit()
        elif self._state == PROMPT:
            self._set_state(ACTIVE)
        self._restart()

    def go_idle_now(self) -> None:
        """Straight to the attract loop (staff, tests)."""
        self._on_prompt_over()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            if kind == QEvent.Type.MouseMove and not self._pressed:
                return False  # a hovering mouse is not a visitor
            if kind in _PRESS:
                self.pressed.emit()
                self._pressed = True
                self._press_guard.start()
                self.hold("pointer")
                if self._state != ACTIVE:
                    # Wake on the release: the prompt or attract screen must still be there
                    # to receive this press, or it would land on the screen underneath.
                    return False
            elif kind in _RELEASE:
                self._forget_press()
            self.activity()
        return False

    def _forget_press(self) -> None:
        self._pressed = False
        self._press_guard.stop()
        self.release("pointer")

    def _restart(self) -> None:
        self._prompt.stop()
        if self._holds:
            self._idle.stop()
        else:
            self._idle.start()

    def _on_idle(self) -> None:
        if not self._holds and self._state == ACTIVE:
            self._set_state(PROMPT)
            self._prompt.start()

    def _on_prompt_over(self) -> None:
        self._idle.stop()
        self._prompt.stop()
        if self._state != ATTRACT:
            log.info("no input: session reset, attract loop")
            self._set_state(ATTRACT)
            self.sessionEnded.emit()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
