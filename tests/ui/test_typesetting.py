"""Typesetting as drawn: Qt's line breaker keeps the joined numbers and units together at every
width, and balanced titles on screen end with a full last line, never one or two characters."""

import itertools
import re

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QTextLayout

from kiosk.content import load_content
from kiosk.content.report import texts
from kiosk.content.typeset import CJK_UNITS, WORD_JOINER
from kiosk.services.fonts import choose_font
from tests.conftest import BUNDLED, copy_site
from tests.ui.helpers import (
    all_items,
    center,
    find,
    find_all,
    is_shown,
    settle,
    touch_swipe,
    touch_tap,
)

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
    assert len(joined) >= 15, "the bundled bodies have numbers with units"
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


def test_a_title_that_follows_a_shorter_one_is_balanced_too(make_kiosk, qtbot) -> None:
    """Next from "一张白纸起步" to "全省开发区改革创新发展大会": the detail's title changes in
    place, and its lines are even though the text came before its new measure."""
    kiosk = make_kiosk(open_link="timeline/early-days")
    title = find(kiosk.window, "eventDetailTitle")
    assert title.property("lineCount") == 1
    touch_tap(kiosk.window, center(find(kiosk.window, "nextEventButton")))
    qtbot.waitUntil(lambda: title.property("text") == "全省开发区改革创新发展大会")
    settle()
    natural, lines = title.property("naturalWidth"), title.property("lineCount")
    assert lines == 2
    slack = title.property("font").pixelSize() * 1.5
    assert title.property("contentWidth") <= natural / lines + slack + 1, "even lines"


def test_curly_quotes_in_english_are_drawn_at_latin_width(make_kiosk) -> None:
    kiosk = make_kiosk(language="en")
    assert kiosk.backend.navigator.openLink("timeline/expansion")
    settle()
    title = find(kiosk.window, "eventDetailTitle")
    assert "“" in title.property("text")
    assert QFont.Tag("pwid") in title.property("font").featureTags()
    kiosk.backend.session.language = "zh"
    settle()
    assert QFont.Tag("pwid") not in title.property("font").featureTags()


def test_a_long_story_says_there_is_more_until_it_is_read(make_kiosk, qtbot, tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    ending = "也是全市最早打开的一扇对外窗口。"
    text = content.read_text(encoding="utf-8")
    content.write_text(text.replace(ending, ending * 4, 1), encoding="utf-8")
    kiosk = make_kiosk(content=content)
    kiosk.backend.session.toggleAccessible()  # large text: the longer founding story scrolls
    assert kiosk.backend.navigator.openLink("timeline/founded")
    settle()
    detail = find(kiosk.window, "eventDetail")
    [cue] = [item for item in find_all(kiosk.window, "moreCue") if detail.isAncestorOf(item)]
    assert is_shown(kiosk.window, cue)
    body = find(kiosk.window, "eventDetailBody")
    start = center(body)
    touch_swipe(kiosk.window, start, QPoint(start.x(), start.y() - 600))
    qtbot.waitUntil(lambda: not cue.isVisible(), timeout=4000)


def test_no_story_ends_on_a_line_of_one_or_two_characters(make_kiosk, qtbot) -> None:
    """A story never ends "…对外窗 / 口。": the line before gives up two characters."""
    kiosk = make_kiosk(open_link="timeline/founded")
    body = find(kiosk.window, "eventDetailBodyText")
    checked = 0
    for event in kiosk.backend.timeline.events.rows():
        kiosk.backend.navigator.openDetail(event["eventId"])
        settle()
        if body.property("lineCount") < 2:
            continue
        size = body.property("font").pixelSize()
        assert body.property("lastLineWidth") >= 2.5 * size, event["eventId"]
        checked += 1
    assert checked >= 8
