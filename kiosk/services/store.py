"""ContentStore: the current content, and the last good copy when a new version is broken.

Why keep a last good snapshot: a staff member's typo must never blank the screen. The validated
text is written to the state folder; when content.yaml is broken at start, the kiosk shows the
snapshot and reports the errors to the admin overlay and the log.

Why images are checked but never decoded here: the checks read headers and end markers in
plain Python. Decoding with Qt from the reload thread once froze the kiosk for good (a long
soak run, after about 1,700 sessions: the reload thread stuck in `QImageReader.canRead`, the
GUI thread waiting; Qt's own threads call into Python too, for the image provider and the URL
interceptor, so Qt work from a Python thread can deadlock on the GIL). `kiosk check` decodes
every image; a picture that still fails to decode on screen shows its typographic card and is
logged.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.content import ContentError, ContentIssue
from kiosk.services import collector
from kiosk.services.paths import atomic_write_text

if TYPE_CHECKING:
    from kiosk.content.load import LoadedContent

log = logging.getLogger("kiosk.content")
SNAPSHOT_NAME = "last-good-content.yaml"


class ContentStore(QObject):
    contentChanged = Signal()
    statusChanged = Signal()
    # (reference, why): a checked picture that still could not be shown (the decoder refused
    # it, or it changed on disk since). Emitted from Qt's image-loading thread.
    pictureNotShown = Signal(str, str)
    _loadedInThread = Signal(object)

    def __init__(
        self,
        content_path: Path,
        state_dir: Path | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.content_path = content_path
        self.state_dir = state_dir
        self.current: LoadedContent | None = None
        self.issues: list[ContentIssue] = []
        self.loaded_at: dt.datetime | None = None
        self.from_snapshot = False
        self._reloading = False
        self._again = False
        self._snapshot_failing = False
        self._pictures: dict[str, tuple[str, ContentIssue]] = {}  # reference: (version, issue)
        self._loadedInThread.connect(self._apply_reload)
        self.pictureNotShown.connect(self._note_picture)

    @property
    def reloading(self) -> bool:
        """A reload is running or queued behind the one running."""
        return self._reloading

    @property
    def picture_issues(self) -> list[ContentIssue]:
        """Warnings for pictures that passed the checks but could not be shown."""
        return sorted(issue for _version, issue in self._pictures.values())

    def _note_picture(self, reference: str, message: str) -> None:
        current = self.current
        if current is None or reference in self._pictures:
            return
        version = current.versions.get(reference, "")
        self._pictures[reference] = (version, current.picture_issue(reference, message))
        self.statusChanged.emit()

    @property
    def snapshot_path(self) -> Path | None:
        return self.state_dir / SNAPSHOT_NAME if self.state_dir else None

    def load(self) -> bool:
        """Load content.yaml; on failure keep what is shown, or fall back to the snapshot."""
        from kiosk.content.load import load_content  # pydantic: first needed here

        try:
            loaded = load_content(self.content_path)
        except ContentError as error:
            self.issues = error.issues
            for issue in error.issues:
                log.error("%s", issue)
            if self.current is None:
                self._load_snapshot()
            self.statusChanged.emit()
            return False
        self.issues = []
        self._swap(loaded, from_snapshot=False)
        self._save_snapshot(loaded)
        return True

    def reload_async(self) -> None:
        """Validate the content off the UI thread, then swap it in whole or keep what is
        shown; one reload at a time, the last request always honoured."""
        if self._reloading:
            self._again = True
            return
        self._reloading = True
        collector.hold()  # no cycle collection in the worker: see collector.py
        threading.Thread(target=self._load_in_thread, name="content-reload", daemon=True).start()

    def _load_in_thread(self) -> None:
        from kiosk.content.load import load_content

        try:
            result: LoadedContent | ContentError = load_content(self.content_path)
        except ContentError as error:
            result = error
        except Exception:
            log.exception("content reload failed unexpectedly")
            result = ContentError(
                [
                    ContentIssue(
                        self.content_path.name, 1, 1, "", "读取内容时出错，详见日志 (see the log)"
                    )
                ]
            )
        self._loadedInThread.emit(result)

    def _apply_reload(self, result: LoadedContent | ContentError) -> None:
        collector.release()
        self._reloading = False
        if isinstance(result, ContentError):
            self.issues = result.issues
            log.error(
                "content.yaml has %d problem(s); still showing the previous content",
                len(result.issues),
            )
            for issue in result.issues:
                log.error("%s", issue)
            self.statusChanged.emit()
        else:
            self.issues = []
            self._swap(result, from_snapshot=False)
            self._save_snapshot(result)
        if self._again:
            self._again = False
            self.reload_async()

    def _swap(self, loaded: LoadedContent, *, from_snapshot: bool) -> None:
        self.current = loaded
        # A picture stays reported while the same file is named (Qt does not ask again for a
        # picture it already has); a replaced or removed one is asked for, or gone, anew.
        self._pictures = {
            reference: (version, loaded.picture_issue(reference, issue.message))
            for reference, (version, issue) in self._pictures.items()
            if loaded.versions.get(reference) == version
        }
        self.from_snapshot = from_snapshot
        self.loaded_at = dt.datetime.now()
        log.info(
            "content loaded from %s: %d events, %d parks, %d figure groups",
            "the last good snapshot" if from_snapshot else loaded.path,
            len(loaded.content.timeline.events),
            len(loaded.content.map.parks),
            len(loaded.content.figures.groups),
        )
        self.contentChanged.emit()
        self.statusChanged.emit()

    def _save_snapshot(self, loaded: LoadedContent) -> None:
        snapshot = self.snapshot_path
        if snapshot is None:
            return
        try:
            snapshot.parent.mkdir(parents=True, exist_ok=True)
            if not snapshot.exists() or snapshot.read_text(encoding="utf-8") != loaded.text:
                atomic_write_text(snapshot, loaded.text)
        except OSError as error:
            if not self._snapshot_failing:  # once, not at every reload
                log.warning("cannot save the last good content to %s: %s", snapshot, error)
            self._snapshot_failing = True
        else:
            self._snapshot_failing = False

    def _load_snapshot(self) -> None:
        snapshot = self.snapshot_path
        if snapshot is None or not snapshot.is_file():
            return
        from kiosk.content.load import load_content_text

        try:
            loaded = load_content_text(
                snapshot.read_bytes(),
                file_label=SNAPSHOT_NAME,
                base_dir=self.content_path.parent,
                source_path=snapshot,
            )
        except (ContentError, OSError) as error:
            log.error("the last good content cannot be used either: %s", error)
            return
        log.warning("showing the last good content until content.yaml is fixed")
        self._swap(loaded, from_snapshot=True)
