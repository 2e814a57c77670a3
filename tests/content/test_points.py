"""Points of interest on the map: what staff write, and each mistake at its line."""

import pytest

from kiosk.content import ContentError, load_content_text
from tests.content.samples import replace

PARK_END = "      label: [300, 200]\n"
POINT = """\
  points:
    - id: airport
      name: 朔州机场
      kind: airport
      summary: 迎宾大道保障通航
"""


def with_points(extra: str = "", point: str = POINT) -> str:
    return replace(PARK_END, PARK_END + point + extra)


def issues_of(text: str) -> list:
    with pytest.raises(ContentError) as raised:
        load_content_text(text)
    return raised.value.issues


def test_a_point_is_read_with_its_defaults() -> None:
    (point,) = load_content_text(with_points()).content.map.points
    assert (point.id, point.kind, point.position, point.year, point.facts) == (
        "airport",
        "airport",
        None,
        None,
        [],
    )


def test_a_point_may_have_a_place_a_park_a_year_and_facts() -> None:
    extra = (
        "      position: [500, 300]\n      park: science\n      year: 2023\n"
        "      facts: [投资 8 亿元, 28 万平方米]\n"
    )
    (point,) = load_content_text(with_points(extra)).content.map.points
    assert (point.position, point.park, point.year) == ((500, 300), "science", 2023)
    facts = [fact.get("zh").replace("\u2060", "") for fact in point.facts]
    assert facts == ["投资8亿元", "28万平方米"], "typeset as every text"


@pytest.mark.parametrize(
    ("extra", "line", "column", "message"),
    [
        ("      position: [1500, 300]\n", 37, 17, "坐标超出地图范围 1000×700"),
        ("      park: nowhere\n", 37, 13, "没有编号为“nowhere”的园区"),
        ("      kind: harbour\n", 37, 13, "'airport', 'road', 'rail'"),
        ("      year: 1800\n", 37, 13, "太小"),
    ],
)
def test_a_mistake_in_a_point_is_named_at_its_line(extra, line, column, message) -> None:
    text = with_points(extra, POINT.replace("      kind: airport\n", ""))
    found = issues_of(text)
    assert any((i.line, i.column) == (line, column) and message in i.message for i in found), (
        "\n".join(map(str, found))
    )


def test_a_point_cannot_share_a_park_id_or_take_the_locators() -> None:
    found = issues_of(with_points(point=POINT.replace("id: airport", "id: science")))
    assert [(i.line, i.path) for i in found] == [(34, "map.points[0].id")]
    assert "和第 26 行的园区重复" in found[0].message
    found = issues_of(with_points(point=POINT.replace("id: airport", "id: location")))
    assert [(i.line, i.path) for i in found] == [(34, "map.points[0].id")]


def test_two_points_with_one_id_are_refused() -> None:
    second = POINT.replace("  points:\n", "")
    found = issues_of(with_points(second))
    assert [(i.line, i.path) for i in found] == [(38, "map.points[1].id")]


ZONE = "  zone_outline: [[10, 10], [990, 10], [990, 690], [10, 690]]\n"


def with_stages(lines: str) -> str:
    return replace(ZONE, ZONE + lines)


def test_earlier_stages_are_read_with_their_words() -> None:
    text = with_stages(
        "  outline_since: 2017\n  earlier:\n    - {since: 1992, note: 十多平方千米}\n"
        "    - {since: 2010, note: 扩大, outline: [[10, 10], [500, 10], [500, 500]]}\n"
    )
    park_map = load_content_text(text).content.map
    assert [stage.since for stage in park_map.earlier] == [1992, 2010]
    assert park_map.earlier[0].outline is None, "no shape where the content gives none"


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        (
            "  outline_since: 2017\n  earlier:\n    - {since: 2010, note: 甲}\n"
            "    - {since: 2000, note: 乙}\n",
            28,
            "2000 年应在 2010 年之后",
        ),
        (
            "  outline_since: 2017\n  earlier:\n    - {since: 2018, note: 甲}\n",
            27,
            "2018 年不早于今天轮廓的起始年份 2017",
        ),
        ("  earlier:\n    - {since: 2010, note: 甲}\n", 26, "还要写 outline_since"),
        (
            "  outline_since: 2017\n  earlier:\n"
            "    - {since: 2010, note: 甲, outline: [[10, 10], [5000, 10], [500, 500]]}\n",
            27,
            "坐标超出地图范围",
        ),
    ],
)
def test_a_stage_that_would_tell_a_wrong_story_is_refused(lines, line, message) -> None:
    found = issues_of(with_stages(lines))
    assert any(i.line == line and message in i.message for i in found), "\n".join(map(str, found))
