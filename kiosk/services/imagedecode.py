"""Decode an image scaled down, with an allocation cap, to prove it is whole (Qt side of check)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImageReader

from kiosk.content.images import ImageHeader
from kiosk.services.imagecache import ALLOCATION_LIMIT_MB, fitted_size

PROBE_EDGE = 256


def decode_problem(path: Path, header: ImageHeader) -> str | None:
    """None when the image decodes; else why not, in staff language."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    if not reader.canRead():
        return f"图片无法读取：{reader.errorString()} (cannot be read)"
    reader.setScaledSize(fitted_size(header, PROBE_EDGE))
    image = reader.read()
    if image.isNull():
        return f"图片已损坏或不完整：{reader.errorString()} (corrupt or truncated)"
    return None
