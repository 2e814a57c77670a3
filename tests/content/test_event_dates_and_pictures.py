"""An event's span, its own date words and its pictures: what staff write and what the
kiosk makes of it, each mistake at its line and column."""

from pathlib import Path

import pytest

from kiosk.content import ContentError, load_content_text
from kiosk.content.display import format_span
from kiosk.content.errors import Severity
from kiosk.content.model import PICTURES_MAX, date_span
from tests.content.samples import replace

BODY = "      body: 正文\n"


def event_with(lines: str) -> str:
    return replace(BODY, BODY + lines)


def pictures(count: int) -> str:
    return "      media:\n" + "".join(
        f"        - image: p{number}.svg\n" for number in range(count)
    )


def write_pictures(folder: Path, count: int) -> None:
    for number in range(count):
        (folder / f"p{number}.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100">'
            f'<rect width="160" height="100" fill="#{number * 20:02x}7DE1"/></svg>',
            encoding="utf-8",
        )


def issues_of(text: str, base: Path | None = None) -> list:
    with pytest.raises(ContentError) as raised:
        load_content_text(text, base_dir=base or ".")
    return raised.value.issues


def test_a_span_and_its_display_date_are_read(tmp_path: Path) -> None:
    text = event_with('      end: "2022"\n      display_date: {zh: 2017 年起, en: From 2017}\n')
    event = load_content_text(text.replace('date: "1992-11-14"', 'date: "2017"')).content
    founded = event.timeline.events[0]
    assert (founded.date, founded.end, founded.end_year) == ("2017", "2022", 2022)
    assert founded.display_date.get("en") == "From 2017"


@pytest.mark.parametrize(
    ("start", "end", "bad"),
    [
        ("2017", "2016", True),
        ("2017-03", "2017-02", True),
        ("2017-03-05", "2017-03-04", True),
        ("2017", "2017-01", False),  # within the year it starts: not before it
        ("2017-03-31", "2017-03", False),
        ("2017", "2017", False),
    ],
)
def test_an_end_before_its_start_is_refused_at_the_end(start: str, end: str, bad: bool) -> None:
    text = event_with(f'      end: "{end}"\n').replace('date: "1992-11-14"', f'date: "{start}"')
    if not bad:
        load_content_text(text)
        return
    found = [issue for issue in issues_of(text) if issue.severity == Severity.ERROR]
    assert [(i.line, i.column, i.path) for i in found] == [(19, 12, "timeline.events[0].end")]
    assert f"结束日期 {end} 早于开始日期 {start}" in found[0].message


def test_an_impossible_end_is_refused_like_a_date() -> None:
    found = issues_of(event_with('      end: "2017-02-30"\n'))
    assert (found[0].line, found[0].column) == (19, 12)
    assert "不是有效日期" in found[0].message


def test_date_span_covers_the_whole_of_what_is_written() -> None:
    assert [str(day) for day in date_span("2016")] == ["2016-01-01", "2016-12-31"]
    assert [str(day) for day in date_span("2016-02")] == ["2016-02-01", "2016-02-29"]
    assert [str(day) for day in date_span("2016-12")] == ["2016-12-01", "2016-12-31"]
    assert [str(day) for day in date_span("2016-02-03")] == ["2016-02-03", "2016-02-03"]


@pytest.mark.parametrize(
    ("start", "end", "lang", "shown"),
    [
        ("2017", None, "zh", "2017年"),
        ("2017", "2022", "zh", "2017—2022年"),
        ("2016-10", "2017-03", "zh", "2016年10月—2017年3月"),
        ("2017", "2022", "en", "2017–2022"),
        ("2016-10", "2017-03", "en", "October 2016 – March 2017"),
        ("2017", "2017", "en", "2017"),
    ],
)
def test_a_span_reads_as_one_date_range(start, end, lang, shown) -> None:
    assert format_span(start, end, lang) == shown


def test_several_pictures_each_with_its_words(tmp_path: Path) -> None:
    write_pictures(tmp_path, 3)
    text = event_with(
        pictures(3).replace(
            "        - image: p1.svg\n",
            "        - image: p1.svg\n          caption: 第二张\n          credit: 摄影：某某\n"
            "          alt: {zh: 厂房, en: A factory}\n",
        )
    )
    loaded = load_content_text(text, base_dir=tmp_path)
    shown = loaded.content.timeline.events[0].pictures()
    assert [picture.image for picture in shown] == ["p0.svg", "p1.svg", "p2.svg"]
    assert shown[1].alt.get("en") == "A factory" and shown[1].credit.get("zh") == "摄影：某某"
    assert set(loaded.images) == {"p0.svg", "p1.svg", "p2.svg"}


def test_one_picture_written_the_short_way_is_a_gallery_of_one(tmp_path: Path) -> None:
    write_pictures(tmp_path, 1)
    text = event_with("      image: p0.svg\n      caption: 说明\n      alt: 替代文字\n")
    (picture,) = load_content_text(text, base_dir=tmp_path).content.timeline.events[0].pictures()
    assert (picture.image, picture.caption.get("zh"), picture.alt.get("zh")) == (
        "p0.svg",
        "说明",
        "替代文字",
    )


def test_a_missing_picture_in_the_gallery_is_named_at_its_line(tmp_path: Path) -> None:
    write_pictures(tmp_path, 2)
    found = issues_of(event_with(pictures(3)), tmp_path)
    assert [(i.line, i.path) for i in found] == [(22, "timeline.events[0].media[2].image")]


def test_media_and_image_together_are_refused_at_the_first_picture_word(tmp_path) -> None:
    write_pictures(tmp_path, 2)
    found = issues_of(event_with("      caption: 说明\n" + pictures(2)), tmp_path)
    assert [(i.line, i.column, i.path) for i in found] == [(19, 16, "timeline.events[0].caption")]
    assert "写了 media（多张图片），就不要再写 caption" in found[0].message


def test_too_many_pictures_are_refused_at_the_list(tmp_path: Path) -> None:
    write_pictures(tmp_path, PICTURES_MAX + 1)
    found = issues_of(event_with(pictures(PICTURES_MAX + 1)), tmp_path)
    assert (found[0].line, found[0].path) == (20, "timeline.events[0].media")


def test_a_picture_needs_its_file() -> None:
    found = issues_of(event_with("      media:\n        - caption: 只有说明\n"))
    assert (found[0].line, found[0].path) == (20, "timeline.events[0].media[0].image")
    assert "image" in found[0].message


def test_words_for_a_missing_picture_are_a_warning() -> None:
    loaded = load_content_text(event_with("      credit: 摄影：某某\n"))
    (warning,) = [w for w in loaded.warnings if w.path.startswith("timeline")]
    assert (warning.severity, warning.line, warning.path) == (
        Severity.WARNING,
        19,
        "timeline.events[0].credit",
    )
