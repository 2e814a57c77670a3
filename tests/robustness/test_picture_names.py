"""File names that look like URL syntax are file names: the picture is shown, not lost."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import copy_site
from tests.ui.helpers import all_items, find


@pytest.mark.parametrize("name", ["a?b.svg", "%41.svg", "c#d.svg", "空 格.svg", "50%.svg"])
def test_an_oddly_named_picture_is_shown(make_kiosk, qtbot, tmp_path, name) -> None:
    content = copy_site(tmp_path / "site")
    folder = tmp_path / "site" / "assets" / "illustrations"
    shutil.copy(folder / "founding.svg", folder / name)
    (folder / "founding.svg").unlink()
    text = content.read_text(encoding="utf-8")
    content.write_text(
        text.replace(
            "image: assets/illustrations/founding.svg", f'image: "assets/illustrations/{name}"', 1
        ),
        encoding="utf-8",
    )
    kiosk = make_kiosk(content=content)
    assert not kiosk.store.issues
    kiosk.backend.navigator.openLink("timeline")
    card = find(kiosk.window, "card-founded")
    pictures = [
        item
        for item in all_items(kiosk.window)
        if item.metaObject().className().startswith("ContentImage") and card.isAncestorOf(item)
    ]
    assert pictures
    qtbot.waitUntil(lambda: pictures[0].property("loaded"), timeout=10_000)
    assert not kiosk.store.picture_issues


def test_a_small_viewbox_svg_is_drawn_at_the_size_shown(make_kiosk, qtbot, tmp_path) -> None:
    """A 24×24 icon-sized drawing is rendered at the card's size, not stretched from 24 px."""
    content = copy_site(tmp_path / "site")
    icon = tmp_path / "site" / "assets" / "illustrations" / "founding.svg"
    icon.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 15">'
        '<rect width="24" height="15" fill="#16406B"/><circle cx="12" cy="7.5" r="5" fill="#F5F1E6"/>'
        "</svg>"
    )
    kiosk = make_kiosk(content=content)
    kiosk.backend.navigator.openLink("timeline")
    card = find(kiosk.window, "card-founded")
    images = [
        item
        for item in all_items(kiosk.window)
        if item.inherits("QQuickImage")
        and card.isAncestorOf(item)
        and "founding.svg" in item.property("source").toString()
    ]
    assert images
    qtbot.waitUntil(lambda: images[0].property("implicitWidth") > 1, timeout=10_000)
    assert images[0].property("implicitWidth") >= min(320, images[0].width()), (
        f"decoded {images[0].property('implicitWidth')} px wide for {images[0].width()} px"
    )
