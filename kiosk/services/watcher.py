"""Watch content.yaml, its folder and assets/ and report a change once the files are still.

Why so careful: editors save by writing a new file and renaming it over the old one, which
drops a file watch (so every path is watched again after each event); a save or a copy arrives
as several events (debounce); and a half-written file is often valid YAML with a cut-off image
path (so sizes and times must be the same across two looks before anything is read).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

log = logging.getLogger("kiosk.reload")
DEBOUNCE_MS = 500
SETTLE_MS = 400
MAX_FOLDERS = 200
MAX_FILES = 2000  # pictures are watched one by one: overwriting one in place changes no folder

Signature = tuple[tuple[str, int, int], ...]


class ContentWatcher(QObject):
    changed = Signal()

    def __init__(
        self,
        content_path: Path,
        debounce_ms: int = DEBOUNCE_MS,
        settle_ms: int = SETTLE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.content_path = content_path
        self._folder = content_path.parent
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self._first_look)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self._second_look)
        self._seen: Signature = self.signature()
        self._looked: Signature = ()
        self._watch_all()

    def signature(self) -> Signature:
        """Name, size and modification time of content.yaml and every file under assets/."""
        entries = []
        for path in [self.content_path, *self._asset_files()]:
            try:
                info = path.stat()
            except OSError:
                continue
            entries.append((str(path), info.st_size, info.st_mtime_ns))
        return tuple(sorted(entries))

    def _asset_files(self) -> list[Path]:
        files = []
        for root, _dirs, names in os.walk(self._folder / "assets"):
            files.extend(Path(root) / name for name in names)
        return files

    def _folders(self) -> list[str]:
        folders = [str(self._folder)]
        for root, _dirs, _names in os.walk(self._folder / "assets"):
            folders.append(root)
            if len(folders) >= MAX_FOLDERS:
                break
        return folders

    def _watch_all(self) -> None:
        # Files only (a link to nowhere or a link loop cannot be watched; its folder is).
        files = [str(path) for path in self._asset_files()[:MAX_FILES] if path.is_file()]
        if self.content_path.exists():
            files.append(str(self.content_path))
        wanted = [*self._folders(), *files]
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [path for path in wanted if path not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _on_event(self, _path: str) -> None:
        self._watch_all()
        self._debounce.start()

    def _first_look(self) -> None:
        self._looked = self.signature()
        self._settle.start()

    def _second_look(self) -> None:
        now = self.signature()
        if now != self._looked:  # still being written
            self._looked = now
            self._settle.start()
            return
        self._watch_all()
        if now != self._seen:
            self._seen = now
            log.info("content files changed; reloading")
            self.changed.emit()
