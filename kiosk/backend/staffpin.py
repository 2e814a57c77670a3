"""The staff PIN pad in front of the staff page: enter the PIN, set the first one, or say how to
recover when the PIN file cannot be trusted."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.provided import provided
from kiosk.services.admin import PIN_PATTERN, PinError, PinGate, PinStatus, PinStore

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger("kiosk.admin")


@QmlElement
@QmlSingleton
class StaffPin(QObject):
    changed = Signal()

    def __init__(
        self,
        pins: PinStore,
        open_admin: Callable[[], None],
        pin_first: bool,
        parent: QObject | None = None,
    ) -> None:
        """`pin_first`: with no PIN set, the pad asks for a new one before the staff page opens
        (kiosk mode: a public hall; a windowed preview opens it at once)."""
        super().__init__(parent)
        self._pins = pins
        self._gate = PinGate(pins)
        self._open_admin = open_admin
        self._pin_first = pin_first
        self._open = False
        self._mode = "enter"

    @staticmethod
    def create(engine: object) -> StaffPin:
        return provided(StaffPin)

    @Property(bool, notify=changed)
    def padOpen(self) -> bool:
        return self._open

    @Property(str, notify=changed)
    def mode(self) -> str:
        """ "enter" the PIN, "create" the first one, or "broken": the PIN file cannot be trusted
        and nothing opens (a new PIN is set with `kiosk set-pin` on the PC, never here)."""
        return self._mode

    @Property(bool, notify=changed)
    def required(self) -> bool:
        return self._pins.status() is not PinStatus.NONE

    @Slot()
    def request(self) -> None:
        """The hidden gesture: the PIN pad, or the staff page at once in a windowed preview
        while no PIN is set."""
        status = self._pins.status()
        if status is PinStatus.NONE and not self._pin_first:
            self._open_admin()
            return
        self._mode = {
            PinStatus.SET: "enter",
            PinStatus.NONE: "create",
            PinStatus.BROKEN: "broken",
        }[status]
        if status is PinStatus.BROKEN:
            log.error("staff page locked: the PIN file %s cannot be used", self._pins.path)
        self._open = True
        self.changed.emit()

    @Slot(str, result=str)
    def submit(self, pin: str) -> str:
        """ "ok" (the staff page opens), "wrong" or "locked"."""
        result = self._gate.attempt(pin)
        if result == "ok":
            self.close()
            self._open_admin()
        return result

    @Slot(str, result=str)
    def createFirst(self, pin: str) -> str:
        """The first PIN, set on the screen: "ok" (saved; the staff page opens), "invalid" or
        "failed" (not saved, or a PIN file appeared meanwhile: the page stays shut)."""
        if self._pins.status() is not PinStatus.NONE:
            return "failed"
        try:
            self._pins.set_pin(pin)
        except PinError as error:
            if not PIN_PATTERN.match(pin):
                return "invalid"
            log.error("the first staff PIN could not be saved: %s", error)
            return "failed"
        log.info("the first staff PIN was set on the screen")
        self.close()
        self._open_admin()
        return "ok"

    @Slot(result=int)
    def lockedSeconds(self) -> int:
        return self._gate.locked_seconds()

    @Slot()
    def close(self) -> None:
        if self._open:
            self._open = False
            self.changed.emit()
