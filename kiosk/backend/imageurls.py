"""The QML address of a content picture: what the image provider (images.py) answers."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from kiosk.content.load import LoadedContent


def content_image_url(loaded: LoadedContent, reference: str | None) -> str:
    """`image://content/<path>?v=<version>`; the version changes when the file does, so a
    picture replaced under the same name is shown anew (Qt caches by URL). The name is
    percent-encoded: `?`, `#` or `%41` in a file name are the file name, not URL syntax."""
    if not reference:
        return ""
    return f"image://content/{quote(reference, safe='/')}?v={loaded.versions.get(reference, '0')}"
