"""Key figures by hand: every figure on a page, exact count-up, details and charts, layouts."""

import shutil

import pytest
import yaml
from PySide6.QtCore import QPoint

from benchmarks.generate import dump_yaml
from kiosk.content import load_content
from tests.conftest import BUNDLED
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import (
    all_items,
    click,
    click_item,
    find,
    find_all,
    is_shown,
    settle,
    touch_swipe,
)

GROUPS = load_content(BUNDLED).content.figures.groups


def open_figures(kiosk, qtbot) -> None:
    click_item(kiosk.window, "entry-figures")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "figures")
    settle()


def shown_cards(kiosk) -> list:
    grid = find(kiosk.window, "figureGrid")
    top = grid.mapToScene(grid.boundingRect().topLeft()).y()
    bottom = top + grid.height()
    cards = []
    for item in all_items(kiosk.window):
        if not item.objectName().startswith("figure-") or not item.isVisible():
            continue
        y = item.mapToScene(item.boundingRect().topLeft()).y()
        inside = top - 1 <= y and y + item.height() <= bottom + 1
        if is_shown(kiosk.window, item) and (inside or item.property("lead")):
            cards.append(item)
    return cards


def child(item, name: str):
    pending = list(item.childItems())
    while pending:
        candidate = pending.pop()
        if candidate.objectName() == name:
            return candidate
        pending.extend(candidate.childItems())
    raise AssertionError(f"no {name} in {item.objectName()}")


def settled(kiosk) -> bool:
    return all(not card.property("counting") for card in shown_cards(kiosk))


def test_every_bundled_figure_is_shown_and_counts_to_its_exact_value(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(PORTRAIT)
    open_figures(kiosk, qtbot)
    seen = {}
    for index, group in enumerate(GROUPS):
        click_item(kiosk.window, f"group-{group.id}")
        qtbot.waitUntil(lambda index=index: kiosk.backend.navigator.figureGroupIndex == index)
        grid = find(kiosk.window, "figureGrid")
        for _ in range(3):  # scroll down through a long group
            qtbot.waitUntil(lambda: settled(kiosk), timeout=4000)
            for card in shown_cards(kiosk):
                seen[card.property("figureId")] = child(card, "figureNumber").property("text")
            start = grid.mapToScene(grid.boundingRect().center()).toPoint()
            touch_swipe(kiosk.window, start, start - QPoint(0, 500))
            qtbot.wait(400)
    expected = {
        figure.id: format(figure.value, ",f" if figure.value >= 10000 else "f")
        for group in GROUPS
        for figure in group.figures
    }
    assert seen == expected


def test_numbers_count_up_again_when_the_page_reappears(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_figures(kiosk, qtbot)
    qtbot.waitUntil(lambda: settled(kiosk), timeout=4000)
    click_item(kiosk.window, "tab-map")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "map")
    click_item(kiosk.window, "tab-figures")
    qtbot.waitUntil(lambda: any(card.property("counting") for card in shown_cards(kiosk)))
    qtbot.waitUntil(lambda: settled(kiosk), timeout=4000)
    revenue = find(kiosk.window, "figure-budget-revenue")
    assert child(revenue, "figureNumber").property("text") == "8.05"


def test_tapping_a_card_opens_its_detail_with_the_chart(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_figures(kiosk, qtbot)
    click_item(kiosk.window, "group-investment")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.figureGroupIndex == 2)
    click_item(kiosk.window, "figure-signed-projects")
    qtbot.waitUntil(
        lambda: kiosk.backend.figures.openFigure.selected().get("figureId") == "signed-projects"
    )
    settle()
    assert find(kiosk.window, "figureDetailNumber").property("text") == "29"
    assert "86.2" in find(kiosk.window, "figureDetailNote").property("text")
    detail = find(kiosk.window, "figureDetail")
    bars = sorted(
        (bar for bar in find_all(kiosk.window, "chartBar") if detail.isAncestorOf(bar)),
        key=lambda bar: bar.mapToScene(bar.position()).y(),
    )
    assert len(bars) == 2
    assert abs(bars[1].width() / bars[0].width() - 23 / 29) < 0.02
    click_item(kiosk.window, "closeFigureButton")
    qtbot.waitUntil(lambda: kiosk.backend.figures.openFigure.selected() == {})


def test_detail_closes_by_a_tap_outside_and_by_a_swipe_down(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    open_figures(kiosk, qtbot)
    kiosk.backend.navigator.openDetail("retail-sales")
    settle()
    card = find(kiosk.window, "figureDetailCard")
    top = card.mapToScene(card.boundingRect().topLeft()).toPoint()
    click(kiosk.window, top - QPoint(0, 30))
    qtbot.waitUntil(lambda: kiosk.backend.figures.openFigure.selected() == {})
    kiosk.backend.navigator.openDetail("retail-sales")
    settle()
    label = find(kiosk.window, "figureDetailTitle")
    point = label.mapToScene(label.boundingRect().center()).toPoint()
    touch_swipe(kiosk.window, point, point + QPoint(0, 300))
    qtbot.waitUntil(lambda: kiosk.backend.figures.openFigure.selected() == {})
    assert kiosk.backend.navigator.currentPanel == "figures"


def test_growth_share_and_rate_show_their_kind(make_kiosk) -> None:
    kiosk = make_kiosk(language="en")
    assert kiosk.backend.navigator.openLink("figures/transformation-investment")
    assert kiosk.backend.figures.openFigure.selected()["changeDirection"] == "share"
    assert (
        kiosk.backend.figures.openFigure.selected()["changeText"]
        == "92%\u00a0of industrial investment"
    )
    assert kiosk.backend.navigator.openLink("figures/high-tech-enterprises")
    assert kiosk.backend.figures.openFigure.selected()["changeDirection"] == "up"
    assert kiosk.backend.figures.openFigure.selected()["increaseText"] == "8"
    assert kiosk.backend.navigator.openLink("figures/projects")
    assert (
        kiosk.backend.navigator.figureGroupIndex == 3
        and kiosk.backend.figures.openFigure.selected() == {}
    )


def crowded_content(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copytree(BUNDLED.parent / "assets", site / "assets")
    data = yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))
    figure = data["figures"]["groups"][0]["figures"][0]
    long_label = {"zh": "一个相当长的指标名称用来检验换行", "en": "A rather long figure label here"}
    many = [
        dict(figure, id=f"many-{i}", value=f"{123456.78 * (i + 1):.2f}", label=long_label)
        for i in range(20)
    ]
    data["figures"]["groups"] = [
        {"id": "single", "title": "只有一项", "figures": [figure]},
        {"id": "many", "title": "二十项", "figures": many},
    ]
    path = site / "content.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_one_figure_and_twenty_figures_lay_out_without_overflow(make_kiosk, qtbot, tmp_path, size):
    kiosk = make_kiosk(size, content=crowded_content(tmp_path))
    open_figures(kiosk, qtbot)
    for group in ("single", "many"):
        click_item(kiosk.window, f"group-{group}")
        settle()
        qtbot.waitUntil(lambda: settled(kiosk), timeout=4000)
        grid = find(kiosk.window, "figureGrid")
        left = grid.mapToScene(grid.boundingRect().topLeft()).x()
        cards = shown_cards(kiosk)
        assert cards
        for card in cards:
            x = card.mapToScene(card.boundingRect().topLeft()).x()
            if card.property("lead"):  # beside the grid, or alone on the page
                assert x >= 0 and x + card.width() <= kiosk.window.width()
                if group == "single":
                    assert card.width() > 0.9 * kiosk.window.width(), "alone, it takes the page"
            else:
                assert left - 1 <= x and x + card.width() <= left + grid.width() + 1
            number = child(card, "figureNumber")
            assert number.property("contentWidth") <= number.width() + 1, number.property("text")
        if group == "many":
            assert grid.property("contentHeight") > grid.height(), "twenty figures scroll"


def test_change_badges_stay_inside_their_cards(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(PORTRAIT, language="en")
    open_figures(kiosk, qtbot)
    for index, group in enumerate(GROUPS):
        click_item(kiosk.window, f"group-{group.id}")
        qtbot.waitUntil(lambda index=index: kiosk.backend.navigator.figureGroupIndex == index)
        settle()
        for card in shown_cards(kiosk):
            badge = child(card, "changeBadge")
            if not badge.isVisible():
                continue
            right = badge.mapToItem(card, badge.boundingRect().bottomRight())
            assert right.x() <= card.width() and right.y() <= card.height(), card.objectName()


def test_the_count_up_waits_for_the_page_to_settle(make_kiosk, qtbot) -> None:
    """The numbers start counting once the panel has slid into place, not while it slides."""
    kiosk = make_kiosk()
    click_item(kiosk.window, "entry-figures")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "figures")
    for _ in range(6):  # the slide (Theme.durationMedium, 280 ms)
        assert not any(card.property("counting") for card in shown_cards(kiosk))
        qtbot.wait(40)
    qtbot.waitUntil(lambda: any(card.property("counting") for card in shown_cards(kiosk)))
    qtbot.waitUntil(lambda: settled(kiosk), timeout=4000)


def test_the_lead_figure_draws_its_share_as_a_ring(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(open_link="figures/indicators")
    qtbot.waitUntil(lambda: settled(kiosk), timeout=4000)
    lead = find(kiosk.window, "figure-transformation-investment")
    assert lead.property("lead")
    ring = child(lead, "figureStoryRing")
    assert ring.isVisible() and ring.property("percent") == 92
    assert child(ring, "ringPercent").property("text") == "92%"
    assert ring.width() >= 280, "drawn large"
