"""Where the visitor is: Home or one of the panels, the item open in it, and the way back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.panels import HOME, PANEL_IDS, panel_rows
from kiosk.backend.provided import provided

# A link's item, resolved for its panel: the item to open ("" for none) and, for the figures,
# the group to show (-1: none to choose); None when the panel has no such item.
Resolver = Callable[[str], "tuple[str, int] | None"]


@QmlElement
@QmlSingleton
class Navigator(QObject):
    """The screen shown (Home or a panel), the item open in it, the figure group, the way back."""

    currentPanelChanged = Signal()
    detailChanged = Signal()
    figureGroupIndexChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = HOME
        self._history: list[str] = []
        self._detail = ""
        self._group = 0
        self._group_count = 0
        self._resolvers: dict[str, Resolver] = {}

    @staticmethod
    def create(engine: object) -> Navigator:
        return provided(Navigator)

    def set_resolver(self, panel: str, resolver: Resolver) -> None:
        self._resolvers[panel] = resolver

    def set_group_count(self, count: int) -> None:
        self._group_count = count
        self.figureGroupIndex = self._group

    @Property(str, notify=detailChanged)
    def detail(self) -> str:
        return self._detail

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

    @Property(str, notify=currentPanelChanged)
    def currentPanel(self) -> str:
        return self._current

    @Property(str, notify=currentPanelChanged)
    def backPanel(self) -> str:
        """The panel Back returns to, "" when it returns Home: then Back would do what Home does,
        and only Home is shown (an open item makes Back mean "close it" again)."""
        target = self._history[-1] if self._history else HOME
        return "" if target == HOME else target

    @Property(bool, notify=currentPanelChanged)
    def atHome(self) -> bool:
        return self._current == HOME

    @Property(int, notify=currentPanelChanged)
    def panelIndex(self) -> int:
        return PANEL_IDS.index(self._current) if self._current in PANEL_IDS else -1

    @Property("QVariantList", constant=True)
    def panels(self) -> list[dict[str, str]]:
        return panel_rows()

    @Property(int, notify=figureGroupIndexChanged)
    def figureGroupIndex(self) -> int:
        return self._group

    @figureGroupIndex.setter
    def figureGroupIndex(self, index: int) -> None:
        index = max(0, min(index, self._group_count - 1))
        if index != self._group:
            self._group = index
            self.figureGroupIndexChanged.emit()

    @Slot(str)
    def open(self, panel: str) -> None:
        if panel not in PANEL_IDS and panel != HOME:
            return
        if panel == self._current:
            return
        self._history.append(self._current)
        self._history = self._history[-20:]
        self._set(panel)

    @Slot(int)
    def openIndex(self, index: int) -> None:
        if 0 <= index < len(PANEL_IDS):
            self.open(PANEL_IDS[index])

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

    @Slot(str, result=bool)
    def openLink(self, link: str) -> bool:
        """`home`, `timeline[/<event>]`, `map[/<park>]`, `figures[/<group or figure>]`: what
        `kiosk run --open` and `kiosk render` start on. False (nothing changes) for a link to
        nothing."""
        if link == HOME:
            self.goHome()
            return True
        panel, _, item = link.partition("/")
        resolver = self._resolvers.get(panel)
        if resolver is None:
            return False
        found = resolver(item)
        if found is None:
            return False
        detail, group = found
        if group >= 0:
            self.figureGroupIndex = group
        self.open(panel)
        if detail:
            self.openDetail(detail)
        else:
            self.closeDetail()
        return True

    def reset(self) -> None:
        self.goHome()
        self.figureGroupIndex = 0

    def _set(self, panel: str) -> None:
        if panel != self._current:
            self.closeDetail()
            self._current = panel
            self.currentPanelChanged.emit()
