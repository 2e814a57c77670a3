"""Which screen the kiosk lives on, and a fullscreen window that always covers it.

Why explicit geometry: a fullscreen request is only a wish sent to a window manager. On a bare
X server (`xinit` and the app, no window manager) nobody grants it and the window keeps Qt's
default 160×160; under cage the first configure is 0×0 and the window commits a buffer of its
own choosing. A window given its screen's geometry before it is shown covers the screen with a
window manager, a compositor or neither. Screens change while a kiosk runs (a new resolution,
a rotation, a monitor replaced or plugged in): every change places the window again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindow

log = logging.getLogger("kiosk.screens")

# A compositor may answer a placement with a configure of another size (cage first sends
# 0×0): the window is placed again, a few times at most, so that a window manager that keeps a
# different size (a desktop's panel) cannot make a loop of it.
MAX_CORRECTIONS = 5
SETTLE_MS = 200


def choose_screen(screens: Sequence[QScreen], primary: QScreen | None, wanted: str | None):
    """The screen named or numbered by `wanted` ("HDMI-1", "DP-2", "1": the second screen),
    else the primary one. Returns (screen, problem); the problem is "" when `wanted` was found
    or not asked for."""
    fallback = primary if primary is not None else (screens[0] if screens else None)
    if not wanted:
        return fallback, ""
    for screen in screens:
        if screen.name() == wanted:
            return screen, ""
    if wanted.isdigit() and int(wanted) < len(screens):
        return screens[int(wanted)], ""
    names = ", ".join(f"{index}: {s.name()}" for index, s in enumerate(screens)) or "none"
    return fallback, f"screen {wanted!r} not found (screens: {names}); using the primary screen"


class FullScreenKeeper(QObject):
    """Shows `window` over the whole of its screen and keeps it there."""

    def __init__(self, window: QWindow, wanted: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._wanted = wanted
        self._screen: QScreen | None = None
        self._corrections = 0
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._check)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        app.primaryScreenChanged.connect(self._screens_changed)
        window.widthChanged.connect(self._settle.start)
        window.heightChanged.connect(self._settle.start)
        window.xChanged.connect(self._settle.start)
        window.yChanged.connect(self._settle.start)

    def stop(self) -> None:
        """Follow screens no more (the kiosk is closing: Qt removes every screen as the
        application ends, and nothing may be placed then)."""
        self._settle.stop()
        app = QGuiApplication.instance()
        app.screenAdded.disconnect(self._screens_changed)
        app.screenRemoved.disconnect(self._screens_changed)
        app.primaryScreenChanged.disconnect(self._screens_changed)
        for changed in (self._window.widthChanged, self._window.heightChanged):
            changed.disconnect(self._settle.start)
        for changed in (self._window.xChanged, self._window.yChanged):
            changed.disconnect(self._settle.start)
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._screen_resized)
            self._screen = None

    def set_wanted(self, wanted: str | None) -> None:
        """Another choice of screen (the content's `kiosk.screen` changed)."""
        if wanted != self._wanted:
            self._wanted = wanted
            self.place()

    def place(self) -> None:
        """Put the window on the chosen screen, at its full geometry, and show it fullscreen."""
        app = QGuiApplication.instance()
        screen, problem = choose_screen(app.screens(), app.primaryScreen(), self._wanted)
        if problem:
            log.warning(problem)
        if screen is None:
            log.warning("no screen at all: the window waits for one")
            return
        if screen is not self._screen:
            if self._screen is not None:
                self._screen.geometryChanged.disconnect(self._screen_resized)
            self._screen = screen
            screen.geometryChanged.connect(self._screen_resized)
        self._corrections = 0
        self._apply(screen.geometry())

    def _apply(self, geometry: QRect) -> None:
        window = self._window
        log.info(
            "window on screen %s at %dx%d+%d+%d",
            self._screen.name() if self._screen else "?",
            geometry.width(),
            geometry.height(),
            geometry.x(),
            geometry.y(),
        )
        if window.screen() is not self._screen:
            window.setScreen(self._screen)
        window.setGeometry(geometry)
        window.showFullScreen()
        self._settle.start()

    def _screen_resized(self, geometry: QRect) -> None:
        log.info("screen %s is now %dx%d", self._screen.name(), geometry.width(), geometry.height())
        self._corrections = 0
        self._apply(geometry)

    def _screens_changed(self, *_: object) -> None:
        # From the event loop: a removed screen is still in the list while its signal runs.
        QTimer.singleShot(0, self, self.place)

    def _check(self) -> None:
        """After the window system answered: correct a window that does not cover its screen."""
        screen = self._screen
        if screen is None or self._window.geometry() == screen.geometry():
            return
        if self._corrections >= MAX_CORRECTIONS:
            return
        self._corrections += 1
        if self._corrections == MAX_CORRECTIONS:
            log.warning(
                "the window system keeps the window at %s, not the screen's %s",
                _text(self._window.geometry()),
                _text(screen.geometry()),
            )
        self._apply(screen.geometry())


def _text(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"
