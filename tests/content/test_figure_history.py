"""A figure's series over the years, what it counts and where it comes from: read, checked at
its line, and drawn only from what staff wrote."""

from decimal import Decimal

import pytest

from kiosk.content import ContentError, load_content_text
from tests.content.samples import replace

FIGURE_END = "          year: 2023\n"


def with_figure(lines: str, text: str | None = None) -> str:
    return replace(FIGURE_END, FIGURE_END + lines, *(text,) if text else ())


def history(*points: tuple[int, str]) -> str:
    return "          history:\n" + "".join(
        f"            - {{year: {year}, value: {value}}}\n" for year, value in points
    )


def figure_of(text: str):
    return load_content_text(text).content.figures.groups[0].figures[0]


def test_the_trend_ends_with_the_figures_own_year() -> None:
    figure = figure_of(with_figure(history((2021, "6.4"), (2022, "7.2"))))
    assert figure.trend() == [
        (2021, Decimal("6.4")),
        (2022, Decimal("7.2")),
        (2023, Decimal("8.05")),
    ]
    written = figure_of(with_figure(history((2022, "7.2"), (2023, "8.05"))))
    assert [year for year, _ in written.trend()] == [2022, 2023], "this year once"


def test_no_history_no_trend() -> None:
    assert figure_of(with_figure("")).trend() == []


@pytest.mark.parametrize(
    ("points", "line", "column", "message"),
    [
        (((2022, "7.2"), (2021, "6.4")), 46, 22, "2021 年应在 2022 年之后"),
        (((2021, "6.4"), (2021, "6.5")), 46, 22, "2021 年应在 2021 年之后"),
        (((2022, "7.2"), (2024, "9")), 46, 22, "2024 年晚于这项数据的年份 2023"),
        (((2022, "7.2"), (2023, "8")), 46, 35, "2023 年的数值 8 与这项数据的数值 8.05 不一致"),
    ],
)
def test_a_series_that_would_tell_a_wrong_story_is_refused_at_its_line(
    points, line, column, message
) -> None:
    with pytest.raises(ContentError) as raised:
        load_content_text(with_figure(history(*points)))
    assert any(
        (i.line, i.column) == (line, column) and message in i.message for i in raised.value.issues
    ), "\n".join(map(str, raised.value.issues))


def test_basis_and_a_panel_wide_source_are_read() -> None:
    text = with_figure("          basis: 规模以上工业企业\n")
    text = replace("  title: 核心数据\n", "  title: 核心数据\n  source: 某报道\n", text)
    content = load_content_text(text).content
    assert content.figures.source.get("zh") == "某报道"
    assert content.figures.groups[0].figures[0].basis.get("zh") == "规模以上工业企业"
