"""Where the visitor is: Home or one of the panels, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

HOME = "home"
PANELS = ("timeline", "map", "figures")


class Navigator(QObject):
    currentPanelChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = HOME
        self._history: list[str] = []

    def _get_current(self) -> str:
        return self._current

    currentPanel = Property(str, _get_current, notify=currentPanelChanged)

    def _get_index(self) -> int:
        return PANELS.index(self._current) if self._current in PANELS else -1

    panelIndex = Property(int, _get_index, notify=currentPanelChanged)

    def _get_can_go_back(self) -> bool:
        return self._current != HOME

    canGoBack = Property(bool, _get_can_go_back, notify=currentPanelChanged)

    def _get_panels(self) -> list[str]:
        return list(PANELS)

    panels = Property(list, _get_panels, constant=True)

    @Slot(str)
    def open(self, panel: str) -> None:
        if panel not in PANELS and panel != HOME:
            return
        if panel == self._current:
            return
        self._history.append(self._current)
        self._history = self._history[-20:]
        self._set(panel)

    @Slot(int)
    def openIndex(self, index: int) -> None:
        if 0 <= index < len(PANELS):
            self.open(PANELS[index])

    @Slot()
    def back(self) -> None:
        target = self._history.pop() if self._history else HOME
        self._set(target)

    @Slot()
    def goHome(self) -> None:
        self._history.clear()
        self._set(HOME)

    def _set(self, panel: str) -> None:
        if panel != self._current:
            self._current = panel
            self.currentPanelChanged.emit()
