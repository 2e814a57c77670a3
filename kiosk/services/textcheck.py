"""Text checks that need the real font: characters it cannot draw, titles too long for a card."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontMetrics

from kiosk.content import languages
from kiosk.content.images import ImageHeader
from kiosk.content.model import Content
from kiosk.content.report import Check, Finding, texts


class CardLimit(NamedTuple):
    """A card text as the QML lays it out (bold, at 1920×1080); tests/ui/test_text_limits.py
    measures the real window against these numbers."""

    size: int
    width: int
    lines: int
    where: str
    headline: bool = False  # set in the display face


CARD_LIMITS = {
    ("events", "title"): CardLimit(40, 496, 2, "时间轴卡片标题 timeline card title", headline=True),
    ("figures", "label"): CardLimit(30, 321, 2, "数据卡片名称 figure card label"),
    ("parks", "name"): CardLimit(30, 488, 2, "园区列表名称 park list name"),
}


def _drawn(character: str) -> bool:
    """Not a space or a format character (the word joiners typesetting puts between a number
    and its unit have no glyph to draw)."""
    return not character.isspace() and unicodedata.category(character) != "Cf"


def text_checks(family: str, headline_family: str = "") -> tuple[Check, ...]:
    """Checks bound to the kiosk's fonts (as fonts.choose_font picked them)."""

    def metrics(limit: CardLimit) -> QFontMetrics:
        font = QFont(headline_family or family if limit.headline else family)
        font.setPixelSize(limit.size)
        font.setBold(True)
        return QFontMetrics(font)

    plain = QFont(family)
    plain.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    glyphs = QFontMetrics(plain)

    def undrawable(content: Content, images: dict[str, ImageHeader]) -> Iterator[Finding]:
        for loc, text in texts(content):
            for language in languages.codes():
                value = text.translation(language) or ""
                missing = sorted({c for c in value if _drawn(c) and not glyphs.inFontUcs4(ord(c))})
                if missing:
                    shown = "、".join(f"“{c}”(U+{ord(c):04X})" for c in missing[:5])
                    yield (
                        (*loc, language),
                        (
                            f"字体“{family}”无法显示 {shown}，屏幕上可能是方框；请换成常用字或删除 "
                            "(the font cannot draw these characters)"
                        ),
                    )

    def too_long(content: Content, images: dict[str, ImageHeader]) -> Iterator[Finding]:
        for loc, text in texts(content):
            key = next((k for k in CARD_LIMITS if k[0] in loc and loc[-1] == k[1]), None)
            if key is None:
                continue
            limit = CARD_LIMITS[key]
            width, lines, where = limit.width, limit.lines, limit.where
            for language in languages.codes():
                value = text.translation(language) or ""
                needed = metrics(limit).horizontalAdvance(value)
                if needed > width * lines * 0.95:
                    yield (
                        (*loc, language),
                        (
                            f"“{value[:20]}”在{where}上放不下（约需 {round(needed / width, 1)} 行，"
                            f"只显示 {lines} 行，多出的部分以…省略）(too long for its card)"
                        ),
                    )

    return (undrawable, too_long)
