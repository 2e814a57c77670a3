"""Typesetting as drawn: Qt's line breaker keeps the joined numbers and units together at every
width, and balanced titles on screen end with a full last line, never one or two characters."""

import itertools
import re

from PySide6.QtGui import QFont, QTextLayout

from kiosk.content import load_content
from kiosk.content.report import texts
from kiosk.content.typeset import CJK_UNITS, WORD_JOINER
from kiosk.services.fonts import choose_font
from tests.conftest import BUNDLED, copy_site
from tests.ui.helpers import all_items, settle

UNIT_START = re.compile("^(" + "|".join(map(re.escape, CJK_UNITS)) + ")")


def _lines(text: str, font: QFont, width: int) -> list[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_no_line_of_the_bundled_texts_starts_with_a_unit_torn_from_its_number(qapp) -> None:
    font = QFont(choose_font(None).family)
    font.setPixelSize(30)
    bodies = [text.get("zh") for _, text in texts(load_content(BUNDLED).content)]
    joined = [body for body in bodies if WORD_JOINER in body]
    assert len(joined) > 20, "the bundled bodies have numbers with units"
    for body in joined:
        for width in range(150, 700, 23):
            lines = _lines(body, font, width)
            for before, after in itertools.pairwise(lines):
                torn = re.search(r"\d\u2060?$", before) and UNIT_START.match(after.lstrip("\u2060"))
                assert not torn, f"{width}px: {before!r} / {after!r}"


def test_a_long_title_wraps_into_even_lines(make_kiosk, tmp_path) -> None:
    """ "全省开发区改革创新发展大会" wrapped as it comes leaves "会" alone on its last line."""
    path = copy_site(tmp_path / "site")
    kiosk = make_kiosk(content=path)
    assert kiosk.backend.navigator.openLink("timeline")
    settle()
    checked = 0
    for item in all_items(kiosk.window):
        if not (item.inherits("QQuickText") and item.property("evenLines")):
            continue
        if item.property("lineCount") < 2 or not item.isVisible():
            continue
        natural = item.property("naturalWidth")
        lines = item.property("lineCount")
        slack = item.property("font").pixelSize() * 1.5
        assert item.property("contentWidth") <= natural / lines + slack + 1, item.property("text")
        shortest_last = natural - (lines - 1) * (natural / lines + slack)
        assert shortest_last >= 3 * item.property("font").pixelSize(), item.property("text")
        checked += 1
    assert checked >= 1, "the bundled timeline has a two-line title"
