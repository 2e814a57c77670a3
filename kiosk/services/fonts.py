"""Pick a font that draws Chinese: one staff put in assets/fonts, else the best installed one.

Why: without a CJK font Qt draws boxes (tofu) and says nothing. The kiosk says it loudly instead:
a log line and a banner on screen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

log = logging.getLogger("kiosk.fonts")

PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans SC",
)
# The headline face (docs/design.md): a Song/Ming serif, as on the zone's own signs and
# documents; fonts-noto-cjk installs it beside the sans.
DISPLAY_FAMILIES = ("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN")
SAMPLE = "朔州经济开发区"
INSTALL_HINT = "sudo apt install fonts-noto-cjk"


@dataclass(frozen=True)
class FontChoice:
    """`family` sets every text; `display` the headlines (the same family when staff supplied a
    font of their own or no serif that draws Chinese is installed)."""

    family: str
    source: str
    warning: str = ""
    display: str = ""

    @property
    def headline(self) -> str:
        return self.display or self.family


def draws_chinese(family: str) -> bool:
    """Whether `family` itself (not a fallback font) has glyphs for a Chinese sample."""
    font = QFont(family)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(char)) for char in SAMPLE)


def display_family(installed: set[str], body: str) -> str:
    for family in DISPLAY_FAMILIES:
        if family in installed and draws_chinese(family):
            return family
    log.info("no serif that draws Chinese is installed; headlines use %s", body)
    return body


def choose_font(fonts_dir: Path | None) -> FontChoice:
    """Needs a QGuiApplication. Never raises: the worst case is a warning to show."""
    if fonts_dir is not None and fonts_dir.is_dir():
        for path in sorted(fonts_dir.iterdir()):
            if path.suffix.lower() not in (".ttf", ".otf", ".ttc"):
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            for family in families:
                if draws_chinese(family):
                    log.info("using font %s from %s", family, path)
                    return FontChoice(family, str(path), display=family)
            log.warning("font %s cannot be loaded or has no Chinese glyphs; ignored", path)
    installed = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in installed and draws_chinese(family):
            log.info("using installed font %s", family)
            return FontChoice(family, "system", display=display_family(installed, family))
    for family in sorted(installed):
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(
            family
        ) and draws_chinese(family):
            log.info("using installed font %s (not a preferred one)", family)
            return FontChoice(family, "system", display=display_family(installed, family))
    warning = f"没有找到中文字体，中文会显示成方框。请安装：{INSTALL_HINT} (no Chinese font found)"
    log.error(warning)
    return FontChoice("", "none", warning)
