"""Icons from qtawesome (`image://icon/…`), kept as PNG files between runs.

Why a disk cache: importing qtawesome (and the qtpy layer under it) costs about 300 ms, more
than a bare Qt Quick window needs to show its first frame. The kiosk shows the same dozen
icons on every start, so they are drawn once and read back as small PNG files afterwards;
qtawesome is imported only when an icon is missing from the cache.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtQuick import QQuickImageProvider

from kiosk.backend.gate import ProviderGate
from kiosk.services.imagecache import encoded
from kiosk.services.paths import atomic_write_bytes

log = logging.getLogger("kiosk.icons")
DEFAULT_ICON_SIZE = 96
FALLBACK_ICON = "fa5s.question"


def qtawesome_stamp() -> str:
    """Names the installed qtawesome without importing it, so an upgrade redraws every icon."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or spec.origin is None:
        return "none"
    folder = Path(spec.origin).parent
    stat = (folder / "fonts").stat() if (folder / "fonts").is_dir() else Path(spec.origin).stat()
    return f"{stat.st_mtime_ns}-{stat.st_size}"


def draw_icon(name: str, colour: str, edge: int) -> QPixmap:
    import qtawesome  # here, not at the top: only a cache miss pays for it (see above)

    try:
        icon = qtawesome.icon(name, color=colour)
    except Exception:  # noqa: BLE001 - qtawesome raises bare Exception for unknown names
        log.warning("unknown icon %r", name)
        icon = qtawesome.icon(FALLBACK_ICON, color=colour)
    return icon.pixmap(QSize(edge, edge))


class IconProvider(QQuickImageProvider):
    """`image://icon/fa5s.home?color=#ffffff` → the icon at the requested size.

    With `cache_dir` set, drawn icons are written there (atomically) and read back next time.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        super().__init__(QQuickImageProvider.ImageType.Pixmap)
        self._cache_dir = cache_dir / qtawesome_stamp() if cache_dir else None
        self.gate = ProviderGate()

    def requestPixmap(self, icon_id: str, size: QSize, requested: QSize) -> QPixmap:
        with self.gate.working() as allowed:
            return self._pixmap(icon_id, requested) if allowed else QPixmap()

    def _pixmap(self, icon_id: str, requested: QSize) -> QPixmap:
        parts = urlsplit(icon_id)
        name = unquote(parts.path)
        colour = parse_qs(parts.query).get("color", ["#ffffff"])[0]
        edge = max(requested.width(), requested.height(), 0) or DEFAULT_ICON_SIZE
        cached = self._cached_path(name, colour, edge)
        if cached is not None:
            pixmap = QPixmap(str(cached))
            if not pixmap.isNull():
                return pixmap
        pixmap = draw_icon(name, colour, edge)
        if cached is not None:
            self._store(pixmap, cached)
        return pixmap

    def _cached_path(self, name: str, colour: str, edge: int) -> Path | None:
        if self._cache_dir is None:
            return None
        key = hashlib.sha1(f"{name}|{colour}|{edge}".encode(), usedforsecurity=False)
        return self._cache_dir / f"{key.hexdigest()}.png"

    def _store(self, pixmap: QPixmap, path: Path) -> None:
        """A cache that cannot be written is left alone for the rest of the run."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, encoded(pixmap, "PNG"))
        except OSError as error:
            log.info("icon cache off (%s); icons are drawn at each start", error)
            self._cache_dir = None
