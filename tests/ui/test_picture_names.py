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
    kiosk.state.openLink("timeline")
    card = find(kiosk.window, "card-founded")
    pictures = [
        item
        for item in all_items(kiosk.window)
        if item.metaObject().className().startswith("ContentImage") and card.isAncestorOf(item)
    ]
    assert pictures
    qtbot.waitUntil(lambda: pictures[0].property("loaded"), timeout=10_000)
    assert not kiosk.store.picture_issues
