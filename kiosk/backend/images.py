"""Image providers: icons from qtawesome (`image://icon/…`) and checked content images
(`image://content/…`).

Why a provider for content images: QML's own loader would open any path or URL a string names.
This one only opens regular files inside the content folder that pass the header checks, and
decodes them scaled to the size asked for, so a huge photo never costs its full size in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import qtawesome
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtQuick import QQuickImageProvider

from kiosk.content.assets import check_image
from kiosk.content.images import ImageProblem

log = logging.getLogger("kiosk.images")
DEFAULT_ICON_SIZE = 96
MAX_EDGE = 2560
ALLOCATION_LIMIT_MB = 256


class IconProvider(QQuickImageProvider):
    """`image://icon/fa5s.home?color=#ffffff` → the icon drawn at the requested size."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Pixmap)

    def requestPixmap(self, icon_id: str, size: QSize, requested: QSize):
        parts = urlsplit(icon_id)
        name = unquote(parts.path)
        colour = parse_qs(parts.query).get("color", ["#ffffff"])[0]
        edge = max(requested.width(), requested.height(), 0) or DEFAULT_ICON_SIZE
        try:
            icon = qtawesome.icon(name, color=colour)
        except Exception:  # noqa: BLE001 - qtawesome raises bare Exception for unknown names
            log.warning("unknown icon %r", name)
            icon = qtawesome.icon("fa5s.question", color=colour)
        return icon.pixmap(QSize(edge, edge))


class ContentImageProvider(QQuickImageProvider):
    """`image://content/assets/x.jpg` → that image, checked and scaled; a neutral tile if bad."""

    def __init__(self, base_dir: Callable[[], Path | None]) -> None:
        super().__init__(
            QQuickImageProvider.ImageType.Image,
            QQuickImageProvider.Flag.ForceAsynchronousImageLoading,
        )
        self._base_dir = base_dir

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        reference = unquote(image_id.split("?", 1)[0])
        base = self._base_dir()
        try:
            if base is None:
                raise ImageProblem("no content loaded")
            path, header = check_image(base, reference)
            image = self._decode(path, header.width, header.height, requested)
        except (ImageProblem, OSError) as problem:
            log.warning("image %s not shown: %s", reference, problem)
            image = self._placeholder(requested)
        return image

    @staticmethod
    def _decode(path: Path, width: int, height: int, requested: QSize) -> QImage:
        QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        target = QSize(width, height)
        bound = QSize(
            requested.width() if requested.width() > 0 else MAX_EDGE,
            requested.height() if requested.height() > 0 else MAX_EDGE,
        )
        if target.width() > bound.width() or target.height() > bound.height():
            target = target.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(target)
        image = reader.read()
        if image.isNull():
            raise ImageProblem(reader.errorString())
        return image

    @staticmethod
    def _placeholder(requested: QSize) -> QImage:
        edge = QSize(max(requested.width(), 64), max(requested.height(), 64))
        image = QImage(edge, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#DCE3EA"))
        painter = QPainter(image)
        painter.setPen(QColor("#8A99A8"))
        painter.drawRect(0, 0, edge.width() - 1, edge.height() - 1)
        painter.end()
        return image
