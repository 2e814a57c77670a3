"""The content report of `kiosk check`: planted problems are found, each at its line."""

import json

from PySide6.QtGui import QColor, QImage

from kiosk.cli import main
from tests.content.samples import replace


def planted(tmp_path):
    (tmp_path / "assets").mkdir()
    huge = QImage(4200, 2800, QImage.Format.Format_RGB32)
    huge.fill(QColor("#336699"))
    assert huge.save(str(tmp_path / "assets" / "huge.png"))
    text = replace("      body: 正文\n", "      body: 正文\n      image: assets/huge.png\n")
    text = replace(
        "      title: 开发区成立\n",
        "      title: {zh: " + "经济开发区" * 11 + ", en: Founded}\n",
        text,
    )
    text = replace("      role: 科技创新\n", "      role: {zh: 科技创新, en: Innovation}\n", text)
    text = replace(
        "      description: 介绍\n", "      description: {zh: 介绍\ue000, en: About}\n", text
    )
    path = tmp_path / "content.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_report_finds_each_planted_problem_at_its_line(qapp, tmp_path, capsys) -> None:
    path = planted(tmp_path)
    assert main(["check", str(path), "--json"]) == 0, "warnings do not fail the check"
    report = json.loads(capsys.readouterr().out)
    found = {(issue["line"], issue["message"].split("：")[0]) for issue in report["issues"]}
    assert all(issue["severity"] == "warning" for issue in report["issues"])
    assert (2, "缺少英文翻译") in found  # site.title has no English
    assert (19, "图片比屏幕需要的大得多") in found
    messages = {issue["line"]: issue["message"] for issue in report["issues"]}
    assert "在时间轴卡片标题 timeline card title上放不下" in messages[17]
    assert "U+E000" in messages[30]
    english = [i for i in report["issues"] if i["path"] == "timeline.events[0].title"]
    assert not any("缺少英文翻译" in i["message"] for i in english)


def test_report_is_printed_with_file_and_line(qapp, tmp_path, capsys) -> None:
    path = planted(tmp_path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}:19:14: 警告 warning: timeline.events[0].image: 图片比屏幕需要的大得多" in out
    assert "OK:" in out
