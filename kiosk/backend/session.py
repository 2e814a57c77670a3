"""One visitor's session: language, the large-text-and-reach mode, and the idle state."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Property, QEnum, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.provided import provided
from kiosk.content import languages
from kiosk.services.idle import PROMPT_SECONDS


@QmlElement
@QmlSingleton
class Session(QObject):
    """What a visitor chose; `reset()` gives the next visitor the kiosk as it started."""

    @QEnum
    class Idle(Enum):
        Active = 0
        Prompt = 1
        Attract = 2

    languageChanged = Signal()
    accessibleChanged = Signal()
    idleStateChanged = Signal()
    instantChanged = Signal()
    sessionReset = Signal()  # QML panels return to their start (map view, timeline, figures)

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._default_language = language
        self._accessible = False
        self._idle = Session.Idle.Active
        self._instant = False
        self._tap_judge: Callable[[], bool] = lambda: True

    @staticmethod
    def create(engine: object) -> Session:
        return provided(Session)

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        if language in languages.codes() and language != self._language:
            self._language = language
            self.languageChanged.emit()

    @Property("QVariantList", constant=True)
    def languages(self) -> list[dict[str, str]]:
        """Every language as {code, name}: with two, the control is a toggle; with more, a picker."""
        return [{"code": row.code, "name": row.name} for row in languages.LANGUAGES]

    @Property(str, notify=languageChanged)
    def languageName(self) -> str:
        return languages.language(self._language).name

    @Property(str, notify=languageChanged)
    def followingLanguage(self) -> str:
        """The language the toggle switches to: the next one in turn."""
        codes = languages.codes()
        return codes[(codes.index(self._language) + 1) % len(codes)]

    @Property(str, notify=languageChanged)
    def followingLanguageName(self) -> str:
        return languages.language(self.followingLanguage).name

    @Slot()
    def switchLanguage(self) -> None:
        self.language = self.followingLanguage

    def set_default_language(self, language: str) -> None:
        self._default_language = language

    @Property(bool, notify=accessibleChanged)
    def accessible(self) -> bool:
        return self._accessible

    @accessible.setter
    def accessible(self, value: bool) -> None:
        if value != self._accessible:
            self._accessible = value
            self.accessibleChanged.emit()

    @Slot()
    def toggleAccessible(self) -> None:
        self.accessible = not self._accessible

    @Property(int, notify=idleStateChanged)
    def idleState(self) -> int:
        """A `Session.Idle` value: Active, Prompt (still there?) or Attract."""
        return self._idle.value

    @property
    def idle(self) -> Session.Idle:
        return self._idle

    def set_idle_state(self, name: str) -> None:
        state = Session.Idle[name.capitalize()]
        if state is not self._idle:
            self._idle = state
            self.idleStateChanged.emit()

    @Property(int, constant=True)
    def promptSeconds(self) -> int:
        """How long "still there?" waits before the reset."""
        return PROMPT_SECONDS

    @Property(bool, notify=instantChanged)
    def instant(self) -> bool:
        """No count-ups or fades: screens settle at once (for `kiosk render`)."""
        return self._instant

    def set_instant(self, value: bool) -> None:
        self._instant = value
        self.instantChanged.emit()

    def set_tap_judge(self, judge: Callable[[], bool]) -> None:
        self._tap_judge = judge

    @Slot(result=bool)
    def acceptTap(self) -> bool:
        """Asked by every visitor tap before it acts (kiosk/services/pointer.py says when not)."""
        return self._tap_judge()

    def reset(self) -> None:
        """The default language, the standard mode, and every panel told to go to its start."""
        self.accessible = False
        self.language = self._default_language
        self.sessionReset.emit()
