"""A content link as a QR code's modules, for QML to draw (components/LinkCode.qml).

The matrix crosses as text, one line of 0s and 1s per row, so QML draws it with whole pixels
per module on its own thread and no image provider is involved. segno is imported only when
the content has a link.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=256)
def qr_rows(link: str | None) -> str:
    """The dark (1) and light (0) modules of `link`'s code, rows joined by newlines; "" for no
    link. Error correction M: a smudged screen or a glare still scans."""
    if not link:
        return ""
    import segno

    code = segno.make_qr(link, error="m", boost_error=False)
    return "\n".join("".join("1" if dark else "0" for dark in row) for row in code.matrix)
