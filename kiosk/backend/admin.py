"""The staff page: what content is shown and its problems, the version, uptime and today's
visitors, and reload, restart and exit."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.provided import provided
from kiosk.backend.texts import Texts, fill
from kiosk.services.build import build_description

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.services.store import ContentStore

log = logging.getLogger("kiosk.admin")


@QmlElement
@QmlSingleton
class Admin(QObject):
    openChanged = Signal()
    statusChanged = Signal()
    clockChanged = Signal()
    exitAllowedChanged = Signal()
    exitRequested = Signal()
    restartRequested = Signal()

    def __init__(self, store: ContentStore, texts: Texts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._texts = texts
        self._open = False
        self._exit_allowed = False
        self._started = time.monotonic()
        self._build = build_description()
        self._usage_source: Callable[[], tuple[int, float] | None] | None = None
        self._usage = ""
        # The uptime on the page ticks while it is open, and costs nothing while it is shut.
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self.clockChanged)
        store.statusChanged.connect(self.statusChanged)
        texts.changed.connect(self.statusChanged)

    @staticmethod
    def create(engine: object) -> Admin:
        return provided(Admin)

    @Property(bool, notify=openChanged)
    def isOpen(self) -> bool:
        return self._open

    @Slot()
    def open(self) -> None:
        if not self._open:
            log.info("admin overlay opened")
            self._open = True
            self._usage = self._read_usage()
            self._clock.start()
            self.openChanged.emit()
            self.statusChanged.emit()

    @Slot()
    def close(self) -> None:
        if self._open:
            self._open = False
            self._clock.stop()
            self.openChanged.emit()

    @Property(str, constant=True)
    def version(self) -> str:
        """The version and, from a checkout, the commit."""
        return self._build

    @Property("QStringList", notify=statusChanged)
    def issues(self) -> list[str]:
        store = self._store
        return [str(issue) for issue in (*store.issues, *store.picture_issues)]

    @Property(bool, notify=statusChanged)
    def fromSnapshot(self) -> bool:
        return self._store.from_snapshot

    @Property(str, notify=statusChanged)
    def statusText(self) -> str:
        store = self._store
        words = self._texts
        if store.current is None:
            return words.get("statusNone")
        content = store.current.content
        when = store.loaded_at.strftime("%Y-%m-%d %H:%M:%S") if store.loaded_at else ""
        source = words.get("statusSnapshot") if store.from_snapshot else str(store.current.path)
        counts = fill(
            words.get("statusCounts"),
            {
                "events": len(content.timeline.events),
                "parks": len(content.map.parks),
                "figures": sum(len(g.figures) for g in content.figures.groups),
            },
        )
        digest = f" · sha256 {store.current.digest[:12]}" if store.current.digest else ""
        return f"{source}\n{words.get('statusLoaded')} {when} · {counts}{digest}"

    @Property(str, notify=clockChanged)
    def uptime(self) -> str:
        seconds = int(time.monotonic() - self._started)
        days, rest = divmod(seconds, 86400)
        return f"{days}d {rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"

    def set_usage_source(self, source: Callable[[], tuple[int, float] | None]) -> None:
        self._usage_source = source

    @Property(str, notify=statusChanged)
    def usageToday(self) -> str:
        """Today's visitors, read when the page opens."""
        return self._usage

    def _read_usage(self) -> str:
        source = self._usage_source
        try:
            today = source() if source is not None else None
        except Exception:  # nothing about statistics may break the staff page
            log.exception("today's usage could not be read")
            today = None
        if today is None:
            return ""
        sessions, minutes = today
        return fill(
            self._texts.get("usageToday"), {"sessions": sessions, "minutes": f"{minutes:.1f}"}
        )

    @Slot()
    def reloadContent(self) -> None:
        self._store.reload_async()

    @Property(bool, notify=exitAllowedChanged)
    def exitAllowed(self) -> bool:
        return self._exit_allowed

    def allow_exit(self) -> None:
        """From now on the window may close (staff chose to exit, or the app shuts down)."""
        if not self._exit_allowed:
            self._exit_allowed = True
            self.exitAllowedChanged.emit()

    @Slot()
    def restartKiosk(self) -> None:
        log.info("restart requested from the admin overlay")
        self.allow_exit()
        self.restartRequested.emit()

    @Slot()
    def exitKiosk(self) -> None:
        log.info("exit requested from the admin overlay")
        self.allow_exit()
        self.exitRequested.emit()
