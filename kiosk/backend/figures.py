"""The figures panel's data: the groups, the page of the group shown, and the open figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.models import (
    FigureGroupsModel,
    FigureLeadModel,
    FigurePageModel,
    FiguresModel,
    SelectedRow,
)
from kiosk.backend.provided import provided

if TYPE_CHECKING:
    from kiosk.content.load import LoadedContent


@QmlElement
@QmlSingleton
class Figures(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups = FigureGroupsModel(self)
        self._figures = FiguresModel(self)
        self._page = FigurePageModel(self._figures, self)
        self._lead = FigureLeadModel(self._figures, self)
        self._open = SelectedRow(self._figures, self, scope="groupId")
        self._title = ""
        self._source = ""

    @staticmethod
    def create(engine: object) -> Figures:
        return provided(Figures)

    def update(self, loaded: LoadedContent | None, lang: str) -> None:
        self._groups.update(loaded, lang)
        self._figures.update(loaded, lang)
        self._title = loaded.content.figures.title.get(lang) if loaded else ""
        source = loaded.content.figures.source if loaded else None
        self._source = source.get(lang) if source else ""
        self.changed.emit()

    def resolve(self, item: str) -> tuple[str, int] | None:
        """`figures`, `figures/<group id>` (its page) or `figures/<figure id>` (its detail)."""
        if not item:
            return "", -1
        group = self._groups.group_index(item)
        if group >= 0:
            return "", group
        figure = self._figures.figure(item)
        return (item, figure["groupIndex"]) if figure else None

    def select(self, item: str) -> None:
        self._open.select(item)

    def show_group(self, index: int) -> None:
        self._page.set_group_index(index)
        self._lead.set_group_index(index)

    def group_count(self) -> int:
        return self._groups.rowCount()

    @Property(str, notify=changed)
    def title(self) -> str:
        return self._title

    @Property(str, notify=changed)
    def source(self) -> str:
        """The source of every figure that names none of its own ("" when the content gives
        none)."""
        return self._source

    @Property(FigureGroupsModel, constant=True)
    def groups(self) -> FigureGroupsModel:
        return self._groups

    @Property(FigurePageModel, constant=True)
    def page(self) -> FigurePageModel:
        """The figures of the group the navigator shows, but its lead."""
        return self._page

    @Property(FigureLeadModel, constant=True)
    def lead(self) -> FigureLeadModel:
        """The group's lead figure, drawn large beside (above, in portrait) the page."""
        return self._lead

    @Property(SelectedRow, constant=True)
    def openFigure(self) -> SelectedRow:
        return self._open
