"""`kiosk render`: the expected screens at both orientations, none blank, none the same."""

import hashlib
import re

import pytest
from PySide6.QtGui import QImage

from kiosk.cli import main
from kiosk.content import load_content
from kiosk.render import render
from tests.conftest import BUNDLED
from tests.ui.helpers import distinct_colours


def expected_files() -> set[str]:
    content = load_content(BUNDLED).content
    names = {"home.png", "timeline.png", "map.png", "attract.png", "admin.png"}
    names |= {f"timeline-{event.id}.png" for event in content.timeline.events}
    names |= {f"map-{park.id}.png" for park in content.map.parks}
    names |= {f"map-{point.id}.png" for point in content.map.points}
    if content.map.locator is not None:
        names.add("map-location.png")
    for group in content.figures.groups:
        names.add(f"figures-{group.id}.png")
        names |= {f"figures-{figure.id}.png" for figure in group.figures}
    return names


@pytest.mark.parametrize(("size", "lang"), [((1920, 1080), "zh"), ((1080, 1920), "en")])
def test_render_writes_every_screen_and_a_contact_sheet(qapp, tmp_path, size, lang) -> None:
    out = tmp_path / "screens"
    render(BUNDLED, out, size, lang)
    pngs = {path.name for path in out.glob("*.png")}
    assert pngs == expected_files()
    digests = set()
    for name in pngs:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == size
        assert distinct_colours(image) > 12, f"{name} looks blank"
        digests.add(hashlib.sha256((out / name).read_bytes()).hexdigest())
    assert len(digests) == len(pngs), "no two screens are the same"
    sheet = (out / "index.html").read_text(encoding="utf-8")
    assert set(re.findall(r"href='([^']+\.png)'", sheet)) == pngs


def test_render_refuses_invalid_content(tmp_path, capsys) -> None:
    broken = tmp_path / "content.yaml"
    broken.write_text("site:\n  titel: 朔州\n", encoding="utf-8")
    out = tmp_path / "screens"
    assert main(["render", "--out", str(out), "--content", str(broken)]) == 1
    assert "content.yaml:2:3" in capsys.readouterr().out
    assert not out.exists()


def test_several_sizes_and_languages_render_side_by_side(tmp_path, monkeypatch, capsys) -> None:
    """`--size` and `--lang` repeat: a folder per variant, one sheet with a column for each
    (the renders themselves are the test above; here each variant is stood in for)."""
    import kiosk.render as rendering

    made = []

    def fake_render(content_path, out, size, lang):
        made.append((size, lang))
        out.mkdir(parents=True)
        (out / "home.png").write_bytes(b"")
        return [rendering.Shot("home.png", "Home", "首页 Home")]

    monkeypatch.setattr(rendering, "render", fake_render)
    out = tmp_path / "all"
    arguments = ["render", "--out", str(out), "--content", str(BUNDLED)]
    arguments += ["--size", "1920x1080", "--size", "1080x1920", "--lang", "zh", "--lang", "en"]
    assert main(arguments) == 0
    assert made == [
        ((1920, 1080), "zh"),
        ((1920, 1080), "en"),
        ((1080, 1920), "zh"),
        ((1080, 1920), "en"),
    ]
    sheet = (out / "index.html").read_text(encoding="utf-8")
    folders = ["1920x1080-zh", "1920x1080-en", "1080x1920-zh", "1080x1920-en"]
    assert re.findall(r"href='([^']+)'", sheet) == [f"{folder}/home.png" for folder in folders]
    assert "1 screens × 4 variants" in capsys.readouterr().out
