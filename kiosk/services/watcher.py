"""Watch content.yaml, its folder and assets/ and report a change once the files are still.

Why so careful: editors save by writing a new file and renaming it over the old one, which
drops a file watch (so every path is watched again after each event); a save or a copy arrives
as several events (debounce); and a half-written file is often valid YAML with a cut-off image
path (so sizes and times must be the same across two looks before anything is read). Each look
walks assets/ in a worker thread (`assetscan.py`): the screen never waits for a big folder.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.services import collector
from kiosk.services.assetscan import AssetScan, Signature, scan

log = logging.getLogger("kiosk.reload")
DEBOUNCE_MS = 500
SETTLE_MS = 400


class ContentWatcher(QObject):
    changed = Signal()
    _scanned = Signal(object, str)  # (AssetScan or None, why it was asked for)

    def __init__(
        self,
        content_path: Path,
        debounce_ms: int = DEBOUNCE_MS,
        settle_ms: int = SETTLE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.content_path = content_path
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(lambda: self._look("first"))
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(lambda: self._look("second"))
        self._seen: Signature | None = None  # what the content was when last reported
        self._looked: Signature = ()
        self._scanning = False
        self._pending: str | None = None
        self._warned = False
        self._paths: list[str] = [str(content_path.parent), str(content_path)]
        self._scanned.connect(self._on_scanned)
        self._rewatch()
        self._look("initial")

    @property
    def scanning(self) -> bool:
        return self._scanning or self._pending is not None

    def _look(self, purpose: str) -> None:
        if self._scanning:
            self._pending = purpose
            return
        self._scanning = True
        collector.hold()
        threading.Thread(
            target=self._scan_in_thread, args=(purpose,), name="asset-scan", daemon=True
        ).start()

    def _scan_in_thread(self, purpose: str) -> None:
        try:
            result: AssetScan | None = scan(self.content_path)
        except Exception:  # a scan that fails is a missed look, never a stopped kiosk
            log.exception("scanning %s failed", self.content_path.parent)
            result = None
        self._scanned.emit(result, purpose)

    def _on_scanned(self, result: AssetScan | None, purpose: str) -> None:
        collector.release()
        self._scanning = False
        if result is not None:
            self._paths = [*result.folders, *result.files]
            self._rewatch()
            self._warn_if_incomplete(result)
            self._apply(result.signature, purpose)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._look(pending)

    def _apply(self, signature: Signature, purpose: str) -> None:
        if purpose == "initial":
            self._seen = signature if self._seen is None else self._seen
        elif purpose == "first" or signature != self._looked:
            self._looked = signature
            self._settle.start()
        elif signature != self._seen:
            self._seen = signature
            log.info("content files changed; reloading")
            self.changed.emit()

    def _warn_if_incomplete(self, result: AssetScan) -> None:
        if not result.complete and not self._warned:
            log.warning(
                "%s: changes there may not be noticed until a restart", result.why_incomplete
            )
        self._warned = not result.complete

    def _rewatch(self) -> None:
        """Watch again what a save dropped (the known paths only: no walk on this thread)."""
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [path for path in self._paths if path not in watched and Path(path).exists()]
        if missing:
            self._watcher.addPaths(missing)

    def _on_event(self, _path: str) -> None:
        self._rewatch()
        self._debounce.start()
