"""A figure's detail draws the series staff gave, and says what it counts and where it comes
from; the bundled figures, whose source gives no series, draw none."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from tests.conftest import copy_site
from tests.ui.helpers import all_items, find, is_shown, settle, steady_grab, wait_until

FIGURE = """\
          value: 8.05
          unit: {zh: 亿元, en: 100 million yuan}
          year: 2023
          highlight: true
"""
SERIES = """\
          basis: {zh: 全口径, en: All sources}
          history:
            - {year: 2019, value: 5.1}
            - {year: 2021, value: 6.4}
            - {year: 2022, value: 7.2}
"""


@pytest.fixture
def series_site(tmp_path: Path) -> Path:
    content = copy_site(tmp_path / "site")
    text = content.read_text(encoding="utf-8")
    assert FIGURE in text
    content.write_text(text.replace(FIGURE, FIGURE + SERIES, 1), encoding="utf-8")
    return content


def trend_dots(window, trend) -> list:
    return [
        item
        for item in all_items(window)
        if trend.isAncestorOf(item) and item.inherits("QQuickRectangle") and item.isVisible()
    ]


def test_the_detail_draws_the_years_the_content_gives(make_kiosk, series_site) -> None:
    kiosk = make_kiosk(content=series_site, open_link="figures/budget-revenue")
    window = kiosk.window
    wait_until(lambda: find(window, "figureDetail").isVisible())
    settle()
    trend = find(window, "figureTrend")
    assert is_shown(window, trend)
    assert len(trend_dots(window, trend)) == 4, "2019, 2021, 2022 and the figure's own 2023"
    words = [item.property("text") for item in all_items(window) if trend.isAncestorOf(item)]
    assert {"2019", "2023", "5.1", "8.05"} <= set(words), words
    frame = steady_grab(window)
    box = trend.mapRectToScene(QRect(0, 0, int(trend.width()), int(trend.height()))).toRect()
    blue = sum(
        1
        for x in range(box.left(), box.right(), 3)
        for y in range(box.top(), box.bottom(), 3)
        if frame.pixelColor(x, y).blue() > 180 and frame.pixelColor(x, y).red() < 90
    )
    assert blue > 30, "a line is drawn"
    assert find(window, "figureDetailBasis").property("text") == "统计口径：全口径"


def test_without_a_series_there_is_no_trend_and_the_panels_source_is_named(make_kiosk) -> None:
    kiosk = make_kiosk(open_link="figures/budget-revenue")
    window = kiosk.window
    wait_until(lambda: find(window, "figureDetail").isVisible())
    settle()
    assert not find(window, "figureTrend").isVisible()
    assert not find(window, "figureDetailBasis").isVisible()
    source = find(window, "figureDetailSource")
    assert source.isVisible() and source.property("text").startswith("来源：《不负峥嵘岁月")
    assert is_shown(window, find(window, "figuresSource")), "and once on the page"
