"""The content report behind `kiosk check`: warnings that help staff, never errors.

Each check takes the validated content and the image headers and yields (where, message).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from pydantic import BaseModel

from kiosk.content import languages
from kiosk.content.assets import asset_references
from kiosk.content.images import ImageHeader
from kiosk.content.model import Content, LocalizedText

Loc = tuple[str | int, ...]
Finding = tuple[Loc, str]
Check = Callable[[Content, dict[str, ImageHeader]], Iterable[Finding]]

SCREEN_EDGE = 1920  # the largest a picture is ever shown (a detail on a 1920×1080 screen)
SHOWN_WIDTH = 960  # how wide a detail picture is shown at 1920×1080


def texts(node: object, loc: Loc = ()) -> Iterator[tuple[Loc, LocalizedText]]:
    """Every visitor-facing text in the content, with where it is."""
    if isinstance(node, LocalizedText):
        yield loc, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from texts(getattr(node, name), (*loc, name))
    elif isinstance(node, list | tuple):
        for index, item in enumerate(node):
            yield from texts(item, (*loc, index))


def missing_translations(content: Content, images: dict[str, ImageHeader]) -> Iterator[Finding]:
    first = languages.LANGUAGES[0]
    for loc, text in texts(content):
        for language in languages.LANGUAGES[1:]:
            if not text.translation(language.code):
                yield (
                    loc,
                    f"缺少{language.staff_zh}翻译：“{_short(text.get(first.code))}” "
                    f"(no {language.staff_en}; {first.staff_en} is shown instead)",
                )


def image_sizes(content: Content, images: dict[str, ImageHeader]) -> Iterator[Finding]:
    for loc, reference in asset_references(content):
        header = images.get(reference)
        if header is None or header.format == "svg":
            continue
        longest = max(header.width, header.height)
        if longest > 2 * SCREEN_EDGE:
            scale = SCREEN_EDGE / longest
            target = f"{round(header.width * scale)}×{round(header.height * scale)}"
            yield (
                loc,
                (
                    f"图片比屏幕需要的大得多：{header.width}×{header.height}，建议缩小到 {target}"
                    f"（更快、更省内存）(larger than needed: scale to {target})"
                ),
            )
        elif loc[0] != "map" and header.width < SHOWN_WIDTH // 2:
            yield (
                loc,
                (
                    f"图片太小：{header.width}×{header.height}，显示时约 {SHOWN_WIDTH} 像素宽，会模糊；"
                    f"请换一张至少 {SHOWN_WIDTH} 像素宽的图片 (smaller than shown: blurry)"
                ),
            )


_HALF_WIDTH = re.compile(r"(?<=[\u4e00-\u9fff])[,;:!?]|[,;:!?](?=[\u4e00-\u9fff])")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


def half_width_punctuation(content: Content, images: dict[str, ImageHeader]) -> Iterator[Finding]:
    """A Chinese text with an English comma or colon beside its characters ("开发区,成立"): set
    in a Chinese line it looks cramped; the full-width mark is meant."""
    for loc, text in texts(content):
        for language in languages.LANGUAGES:
            value = text.translation(language.code) or ""
            found = _HALF_WIDTH.search(value) if language.cjk else None
            if found:
                mark = found.group()
                yield (
                    (*loc, language.code),
                    f"中文里用了半角标点“{mark}”：“{_short(value[max(0, found.start() - 8) :])}”，"
                    f"请改为全角“{_FULL_WIDTH[mark]}” (half-width punctuation in Chinese text)",
                )


def _short(text: str) -> str:
    return text if len(text) <= 20 else text[:19] + "…"


PURE_CHECKS: tuple[Check, ...] = (missing_translations, half_width_punctuation, image_sizes)
