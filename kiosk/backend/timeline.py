"""The timeline panel's data: its eras and events, the event open over it and its pictures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.models import (
    ErasModel,
    EventsModel,
    PicturesModel,
    Row,
    SelectedRow,
    picture_rows,
)
from kiosk.backend.provided import provided

if TYPE_CHECKING:
    from kiosk.content.load import LoadedContent


@QmlElement
@QmlSingleton
class Timeline(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._eras = ErasModel(self)
        self._events = EventsModel(self)
        self._open = SelectedRow(self._events, self)
        self._gallery = PicturesModel(self)
        self._pictures: dict[str, list[Row]] = {}
        self._title = ""
        self._era_info: dict[str, dict[str, Any]] = {}
        for signal in (self._open.dataChanged, self._open.modelReset):
            signal.connect(self._show_gallery)

    @staticmethod
    def create(engine: object) -> Timeline:
        return provided(Timeline)

    def update(self, loaded: LoadedContent | None, lang: str) -> None:
        events = loaded.content.timeline.events if loaded else []
        self._pictures = {event.id: picture_rows(loaded, event, lang) for event in events}
        self._eras.update(loaded, lang)
        self._events.update(loaded, lang)
        self._title = loaded.content.timeline.title.get(lang) if loaded else ""
        self._era_info = {row["eraId"]: row for row in self._eras.rows()}
        self.changed.emit()

    def resolve(self, item: str) -> tuple[str, int] | None:
        """A link's event: `timeline` or `timeline/<event id>`."""
        return (item, -1) if not item or self._events.indexOf(item) >= 0 else None

    def select(self, item: str) -> None:
        self._open.select(item)

    def _show_gallery(self, *_changed: object) -> None:
        self._gallery.set_rows(self._pictures.get(self._open.selected().get("eventId", ""), []))

    @Property(str, notify=changed)
    def title(self) -> str:
        return self._title

    @Property(ErasModel, constant=True)
    def eras(self) -> ErasModel:
        return self._eras

    @Property(EventsModel, constant=True)
    def events(self) -> EventsModel:
        return self._events

    @Property("QVariantMap", notify=changed)
    def eraInfo(self) -> dict[str, dict[str, Any]]:
        """Each era by id (title, colour, yearsText): what the strip's era bands show, bound
        as a property so that a language switch reaches them."""
        return self._era_info

    @Property(SelectedRow, constant=True)
    def openEvent(self) -> SelectedRow:
        """The open event as a model of one row (`isOpen` false when none is open)."""
        return self._open

    @Property(PicturesModel, constant=True)
    def gallery(self) -> PicturesModel:
        """The open event's pictures (none while no event is open)."""
        return self._gallery
