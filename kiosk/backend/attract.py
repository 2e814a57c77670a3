"""The attract loop: its beats (models.AttractBeats), the invitation and the time per beat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.models import AttractBeats
from kiosk.backend.provided import provided
from kiosk.content.languages import codes

if TYPE_CHECKING:
    from kiosk.content.load import LoadedContent


@QmlElement
@QmlSingleton
class Attract(QObject):
    """The attract loop: its beats in the session's language, the invitation in every
    language (the default first) and the time per beat."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._beats = AttractBeats(self)
        self._prompts: list[str] = []
        self._interval = 8000

    @staticmethod
    def create(engine: object) -> Attract:
        return provided(Attract)

    def update(self, loaded: LoadedContent | None, lang: str) -> None:
        self._beats.update(loaded, lang)
        self._prompts = []
        if loaded is not None:
            content = loaded.content
            first = content.kiosk.default_language
            langs = [first, *(other for other in codes() if other != first)]
            prompts = [content.attract.prompt.get(other) for other in langs]
            self._prompts = list(dict.fromkeys(prompts))
            self._interval = content.kiosk.attract_interval * 1000
        self.changed.emit()

    @Property(AttractBeats, constant=True)
    def beats(self) -> AttractBeats:
        return self._beats

    @Property("QStringList", notify=changed)
    def prompts(self) -> list[str]:
        return self._prompts

    @Property(int, notify=changed)
    def interval(self) -> int:
        return self._interval
