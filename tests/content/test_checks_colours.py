"""Park colours that read as one on the map are a warning at their line (the bundled content
once had two near-identical oranges)."""

from kiosk.content import load_content
from kiosk.content.checks import SIMILAR_COLOURS, colour_distance
from tests.conftest import BUNDLED, copy_site


def test_the_bundled_parks_are_told_apart() -> None:
    parks = load_content(BUNDLED).content.map.parks
    closest = min(
        colour_distance(a.colour, b.colour) for i, a in enumerate(parks) for b in parks[:i]
    )
    assert closest >= SIMILAR_COLOURS


def test_a_near_repeat_of_a_colour_is_a_warning_at_its_line(tmp_path) -> None:
    path = copy_site(tmp_path / "site")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('colour: "#BE185D"', 'colour: "#C04010"'), encoding="utf-8")
    warnings = [str(w) for w in load_content(path).warnings]
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"#BE185D"' in row)
    [warning] = [w for w in warnings if "太接近" in w]
    assert warning.startswith(f"content.yaml:{line}:15:") and "神电固废综合利用园区" in warning
