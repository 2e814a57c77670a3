"""The image provider for checked content images (`image://content/…`).

Why a provider for content images: QML's own loader would open any path or URL a string names.
This one only opens regular files inside the content folder that pass the header checks, and
decodes them scaled to the size asked for, so a huge photo never costs its full size in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.backend.gate import ProviderGate
from kiosk.content.assets import check_image
from kiosk.content.images import ImageProblem
from kiosk.services.imagecache import ImageCache

log = logging.getLogger("kiosk.images")


class ContentImageProvider(QQuickImageProvider):
    """`image://content/assets/x.jpg?v=…` → that image, checked and display-sized.

    A file that is missing or broken gives a fully transparent image: QML draws a typographic
    card under every picture, so the visitor sees that card instead of a hole.
    """

    def __init__(
        self,
        base_dir: Callable[[], Path | None],
        cache: ImageCache,
        on_problem: Callable[[str, str], None],
    ) -> None:
        super().__init__(
            QQuickImageProvider.ImageType.Image,
            QQuickImageProvider.Flag.ForceAsynchronousImageLoading,
        )
        self._base_dir = base_dir
        self._cache = cache
        self._on_problem = on_problem  # (reference, why), told from a loader thread
        self.gate = ProviderGate()

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        with self.gate.working() as allowed:
            return self._image(image_id, requested) if allowed else self._transparent()

    def _image(self, image_id: str, requested: QSize) -> QImage:
        reference = unquote(image_id.split("?", 1)[0])
        base = self._base_dir()
        try:
            if base is None:
                raise ImageProblem("no content loaded")
            path, header = check_image(base, reference)
            return self._cache.image(path, header, requested)
        except (ImageProblem, OSError) as problem:
            log.warning("image %s not shown: %s", reference, problem)
            self._on_problem(reference, str(problem))
            return self._transparent()

    @staticmethod
    def _transparent() -> QImage:
        image = QImage(QSize(1, 1), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0))
        return image
