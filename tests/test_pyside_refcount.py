"""Guard against a PySide6 release that loses references to None in void calls.

PySide6 6.12.0 does (QPainter.drawRect, QImage.fill, qtawesome's icon painting, …): each call
drops one reference to None, and on Python 3.11 a kiosk running for days then dies with
"deallocating None". pyproject.toml excludes that release; this test fails if another one
brings the bug back.
"""

import sys

import qtawesome
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_calls_keep_none_alive(qapp) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.drawRect(QRectF(1, 1, 5, 5))
        painter.drawEllipse(QRectF(1, 1, 5, 5))
        image.fill(QColor(1, 2, 3))
    painter.end()
    for _ in range(50):
        qtawesome.icon("fa5s.home", color="#ffffff").pixmap(QSize(40, 40))
    assert sys.getrefcount(None) >= before - 20
