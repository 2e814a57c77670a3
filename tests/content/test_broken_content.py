"""The broken corpus: each mistake a staff member can make gets its message at its line."""

import pytest

from kiosk.content import ContentError, load_content_text
from tests.content.samples import MINIMAL, replace

DEEP = "[" * 40 + "]" * 40
BOMB = """\
      body: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
      caption: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      credit: [*b, *b, *b, *b, *b, *b, *b, *b, *b]
"""

CASES = {
    "typo in a key": (
        replace("  title: 朔州经济开发区", "  titel: 朔州经济开发区"),
        2, 3, "未知字段“titel”，是不是“title”？",
    ),
    "missing required field": (
        replace("  organisation: 管委会\n", ""), 2, 3, "缺少必填字段“organisation”",
    ),
    "impossible month": (
        replace('date: "1992-11-14"', 'date: "2017-13"'),
        15, 13, "“2017-13” 不是有效日期 (YYYY, YYYY-MM 或 YYYY-MM-DD)",
    ),
    "impossible day": (
        replace('date: "1992-11-14"', "date: 2023-02-30"), 15, 13, "“2023-02-30” 不是有效日期",
    ),
    "tab indentation": (replace("      era: founding", "\tera: founding"), 16, 1, "制表符"),
    "full-width colon": (replace("      body: 正文", "      body：正文"), 18, 11, "全角冒号"),
    "no space after colon": (replace("      body: 正文", "      body:正文"), 18, 11, "缺少空格"),
    "duplicate key": (
        replace("      body: 正文\n", "      body: 正文\n      title: 又一个\n"),
        19, 7, "重复的键“title”：第 17 行已经写过",
    ),
    "duplicate id": (
        replace(
            "      body: 正文\n",
            "      body: 正文\n    - id: founded\n      date: '1993'\n      era: founding\n"
            "      title: 又一个\n      body: 正文\n",
        ),
        19, 11, "事件编号“founded”重复：第 14 行已经用过",
    ),
    "unknown era": (replace("era: founding", "era: reform"), 16, 12, "没有编号为“reform”的阶段"),
    "alias bomb": (replace("      body: 正文\n", BOMB), 18, 13, "不允许使用锚点“&a”"),
    "merge key": (
        replace("      body: 正文\n", "      body: 正文\n      <<: {title: x}\n"),
        19, 7, "不允许使用合并键",
    ),
    "python tag": (
        replace("      body: 正文", '      body: !!python/object/apply:os.system ["ls"]'),
        18, 13, "不允许使用标签",
    ),
    "saved as GBK": (MINIMAL.encode("gbk"), 2, 10, "文件不是 UTF-8 编码"),
    "file too large": (MINIMAL + "#" * (1024 * 1024 + 10) + "\n", 1, 1, "内容文件太大"),
    "deep nesting": (replace("      body: 正文", f"      body: {DEEP}"), 18, 41, "嵌套太深"),
    "empty file": ("", 1, 1, "内容文件是空的"),
    "only comments": ("# 什么都没有\n", 1, 1, "内容文件是空的"),
    "top-level list": ("- 朔州\n- 经开区\n", 1, 1, "文件最外层应为“键: 值”"),
    "text where a list belongs": (
        replace("  eras:\n", "  eras: 没有\n  unused:\n"), 7, 9, "这里应为列表",
    ),
    "text where a mapping belongs": (
        replace("attract:\n  prompt: 触摸屏幕开始探索\n", "attract: 触摸\n"), 44, 10, "这里应为映射",
    ),
    "number too small": (MINIMAL + "kiosk:\n  idle_seconds: 5\n", 47, 17, "“5” 太小：不能小于 15"),
    "not a number": (replace("value: 8.05", "value: 八点零五"), 41, 18, "“八点零五” 不是数字"),
    "YAML's not-a-number": (replace("value: 8.05", "value: .nan"), 41, 18, "“.nan” 不是数字"),
    "not a finite number": (replace("value: 8.05", "value: nan"), 41, 18, "不是有限的数字"),
    "not a year": (replace("year: 2023", "year: 二〇二三"), 43, 17, "不是整数"),
    "bad colour": (replace('colour: "#2A7DE1"', "colour: blue"), 12, 15, "“blue” 不是有效的颜色"),
    "bad id": (replace("id: founded", "id: Founded Event"), 14, 11, "“Founded Event” 不是有效的编号"),
    "title too long": (
        replace("title: 开发区成立", "title: " + "长" * 61), 17, 14, "文字太长：61 个字，最多 60 个字",
    ),
    "empty title": (replace("title: 开发区成立", 'title: ""'), 17, 14, "不能为空"),
    "unclosed quote": (replace('founded: "1992-11-14"', 'founded: "1992-11-14'), 4, 12, "引号没有配对"),
    "two documents": (MINIMAL + "---\nsite: 又一个\n", 46, 1, "只能有一个文档"),
    "point outside the map": (
        replace("label: [300, 200]", "label: [3000, 200]"), 32, 14, "坐标超出地图范围 1000×700",
    ),
    "era ends before it starts": (replace("end: 2016", "end: 1990"), 11, 12, "结束年份 1990 早于起始年份 1992"),
    "not true or false": (
        replace("      body: 正文\n", "      body: 正文\n      highlight: 也许\n"),
        19, 18, "“也许” 应为 true 或 false",
    ),
    "control characters": (replace("body: 正文", "body: 正\x07文"), 18, 14, "控制字符"),
    "unknown language": (MINIMAL + "kiosk:\n  default_language: fr\n", 47, 21, "zh"),
    "unquoted comma in a bilingual text": (
        replace("title: 开发区成立", "title: {zh: 开发区成立, en: Founded, at last}"),
        17, 39, "请用引号把这段文字括起来",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(CASES))
def test_broken_content_is_reported_at_its_line(name: str) -> None:
    text, line, column, message = CASES[name]
    with pytest.raises(ContentError) as raised:
        load_content_text(text, file_label="content.yaml")
    issues = raised.value.issues
    assert any(
        issue.line == line and issue.column == column and message in issue.message
        for issue in issues
    ), "\n".join(str(issue) for issue in issues)


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 20


def test_every_problem_is_reported_at_once() -> None:
    text = replace("title: 开发区成立", "titel: 开发区成立")
    text = replace('colour: "#2A7DE1"', "colour: blue", text)
    text = replace("value: 8.05", "value: abc", text)
    with pytest.raises(ContentError) as raised:
        load_content_text(text)
    assert [issue.line for issue in raised.value.issues] == [12, 17, 41]


def test_schema_reference_and_picture_problems_come_in_one_run(tmp_path) -> None:
    """Not the schema's problems first and, once fixed, the references and pictures: staff
    see every problem of the file the first time."""
    text = replace("era: founding", "era: reform")  # line 16, an unknown era
    text = replace(
        "      body: 正文\n",
        "      body: 正文\n    - id: second\n      date: '2017-13'\n      era: founding\n"
        "      title: 又一个\n      body: 正文\n",  # line 20, not a date (the model's)
        text,
    )
    text = replace(
        "      label: [300, 200]\n", "      label: [300, 200]\n      image: none.png\n", text
    )
    text = replace(
        "          year: 2023\n",
        "          year: 2023\n        - id: output\n          label: 产值\n"
        "          value: abc\n          unit: 亿元\n          year: 2023\n",  # line 52
        text,
    )
    with pytest.raises(ContentError) as raised:
        load_content_text(text, base_dir=tmp_path)
    found = {(issue.line, issue.path) for issue in raised.value.issues}
    assert found >= {
        (16, "timeline.events[0].era"),
        (20, "timeline.events[1].date"),
        (38, "map.parks[0].image"),
        (52, "figures.groups[0].figures[1].value"),
    }, "\n".join(str(issue) for issue in raised.value.issues)


def test_a_problem_outside_every_list_still_reports_the_rest_it_can() -> None:
    text = replace("  organisation: 管委会\n", "")
    with pytest.raises(ContentError) as raised:
        load_content_text(replace("era: founding", "era: reform", text))
    assert [issue.line for issue in raised.value.issues] == [2]


def test_message_format_names_file_line_column_and_path() -> None:
    with pytest.raises(ContentError) as raised:
        load_content_text(replace('date: "1992-11-14"', 'date: "2017-13"'))
    assert str(raised.value.issues[0]) == (
        "content.yaml:15:13: timeline.events[0].date: “2017-13” 不是有效日期 "
        "(YYYY, YYYY-MM 或 YYYY-MM-DD)"
    )
