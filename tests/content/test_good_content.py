"""Good variants are accepted, and YAML 1.1 guesses never change what staff wrote."""

from decimal import Decimal

from kiosk.content import load_content, load_content_text
from kiosk.content.schema import content_schema_text
from tests.conftest import BUNDLED, ROOT
from tests.content.samples import MINIMAL, replace


def test_minimal_content_loads() -> None:
    content = load_content_text(MINIMAL).content
    assert content.site.title.zh == "朔州经济开发区"
    assert content.site.title.get("en") == "朔州经济开发区"  # falls back to Chinese
    assert content.kiosk.idle_seconds == 90


def test_bilingual_text() -> None:
    text = replace("title: 开发区成立", "title: {zh: 开发区成立, en: The zone is founded}")
    event = load_content_text(text).content.timeline.events[0]
    assert event.title.get("zh") == "开发区成立"
    assert event.title.get("en") == "The zone is founded"


def test_crlf_and_bom_are_accepted() -> None:
    data = b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode("utf-8")
    assert load_content_text(data).content.site.organisation.zh == "管委会"


def test_rare_characters_and_emoji_are_kept() -> None:
    text = replace("body: 正文", "body: 𠀀𪚥 🏭 煤机")
    assert load_content_text(text).content.timeline.events[0].body.zh == "𠀀𪚥 🏭 煤机"


def test_yaml_11_guesses_never_reach_the_model() -> None:
    text = replace("title: 开发区成立", "title: NO")
    text = replace("value: 8.05", "value: 17.50", text)
    text = replace('founded: "1992-11-14"', "founded: 1992-11-14", text)
    text += "kiosk:\n  idle_seconds: 090\n"
    content = load_content_text(text).content
    assert content.timeline.events[0].title.zh == "NO"
    assert str(content.figures.groups[0].figures[0].value) == "17.50"
    assert content.site.founded == "1992-11-14"
    assert content.kiosk.idle_seconds == 90


def test_values_keep_their_decimals() -> None:
    text = replace("value: 8.05", "value: 1.10")
    assert load_content_text(text).content.figures.groups[0].figures[0].value == Decimal("1.10")
    assert str(load_content_text(text).content.figures.groups[0].figures[0].value) == "1.10"


def test_bundled_content_loads_with_every_seed_fact() -> None:
    loaded = load_content(BUNDLED)
    content = loaded.content
    assert loaded.warnings == ()
    events = {event.id: event for event in content.timeline.events}
    assert events["founded"].date == "1992-11-14"
    assert {"2016", "2017", "2023", "2024"} <= {event.date[:4] for event in events.values()}
    parks = [park.name.zh for park in content.map.parks]
    assert parks == [
        "科创商务园区",
        "神电固废综合利用园区",
        "麻家梁循环经济园区",
        "新兴产业园区",
        "临港物流园区",
    ]
    assert str(content.map.total_area_km2) == "99.86"
    values = {
        figure.id: str(figure.value) for group in content.figures.groups for figure in group.figures
    }
    expected = {
        "industrial-output": "120",
        "large-industry-output": "178",
        "budget-revenue": "8.05",
        "retail-sales": "29.3",
        "industrial-value-added": "47",
        "industrial-investment": "18.5",
        "transformation-investment": "17.02",
        "above-scale-enterprises": "178",
        "high-tech-enterprises": "30",
        "output-intensity": "22",
        "signed-projects": "29",
        "signed-value": "86.2",
        "started-projects": "23",
        "started-investment": "41.7",
        "out-of-province": "63.1",
        "planned-projects": "99",
        "planned-investment": "216.21",
        "projects-under-way": "96",
        "key-projects": "9",
        "key-projects-invested": "5.48",
        "three-batches": "60",
        "revived-assets": "8",
        "pledge-projects": "59",
        "standard-land-sold": "138.64",
        "standard-land-reserve": "2200",
        "agency-projects": "61",
        "new-businesses": "3835",
        "total-businesses": "1.16",
    }
    assert values == expected
    every_text = [event.title.en for event in content.timeline.events]
    assert all(every_text), "every event has an English title"


def test_committed_schema_is_current() -> None:
    committed = (BUNDLED.parent / "content.schema.json").read_text(encoding="utf-8")
    assert committed == content_schema_text(), (
        "run: kiosk schema --out kiosk/example/content.schema.json"
    )


def test_content_points_editors_at_the_schema() -> None:
    first_line = BUNDLED.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=content.schema.json"


def test_the_commented_example_is_valid_content() -> None:
    example = ROOT / "docs" / "content-example.yaml"
    loaded = load_content_text(example.read_bytes(), base_dir=BUNDLED.parent)
    assert loaded.content.figures.groups[0].figures[0].comparison is not None
    assert loaded.content.attract.slides
