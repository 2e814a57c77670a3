"""Where the visitor is: Home or one of the panels, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

HOME = "home"
PANELS = ("timeline", "map", "figures")


class Navigator(QObject):
    """The screen shown (Home or a panel), the item open in it, and the way back."""

    currentPanelChanged = Signal()
    detailChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = HOME
        self._history: list[str] = []
        self._detail = ""

    def _get_detail(self) -> str:
        return self._detail

    detail = Property(str, _get_detail, notify=detailChanged)

    @Slot(str)
    def openDetail(self, item_id: str) -> None:
        """Open an item (an event, a park, a figure) over the current panel."""
        if self._current != HOME and item_id != self._detail:
            self._detail = item_id
            self.detailChanged.emit()

    @Slot()
    def closeDetail(self) -> None:
        if self._detail:
            self._detail = ""
            self.detailChanged.emit()

    @Slot(str, result=bool)
    def openLink(self, link: str) -> bool:
        """`timeline`, `timeline/<event-id>`, … as in `kiosk run --open`."""
        panel, _, item_id = link.partition("/")
        if panel not in PANELS:
            return False
        self.open(panel)
        if item_id:
            self.openDetail(item_id)
        return True

    def _get_current(self) -> str:
        return self._current

    currentPanel = Property(str, _get_current, notify=currentPanelChanged)

    def _get_index(self) -> int:
        return PANELS.index(self._current) if self._current in PANELS else -1

    panelIndex = Property(int, _get_index, notify=currentPanelChanged)

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
        """Close the open item first; then step back through the panels visited."""
        if self._detail:
            self.closeDetail()
            return
        target = self._history.pop() if self._history else HOME
        self._set(target)

    @Slot()
    def goHome(self) -> None:
        self._history.clear()
        self._set(HOME)

    def _set(self, panel: str) -> None:
        if panel != self._current:
            self.closeDetail()
            self._current = panel
            self.currentPanelChanged.emit()
