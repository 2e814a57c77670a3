"""Content links drawn as QR codes that a real decoder (zbar) reads back from the screen, at
the sizes and orientations a hall has; a link that cannot be one is refused with its place."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.content import load_content
from kiosk.content.errors import ContentError
from tests.conftest import copy_site
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import find, find_all, is_shown, settle, steady_grab

LINKS = {
    "site": "https://example.org/kfq/",
    "event": "https://example.org/kfq/history/1992",
    "park": "https://example.org/kfq/parks/science-business",
    "figure": "https://example.org/kfq/figures/2023#industrial-output",
}
zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) missing")


def linked_site(folder: Path) -> Path:
    path = copy_site(folder)
    text = path.read_text(encoding="utf-8")
    for anchor, link in (
        ('  founded: "1992-11-14"\n', LINKS["site"]),
        ("    - id: founded\n", LINKS["event"]),
        ("    - id: science-business\n", LINKS["park"]),
        ("        - id: industrial-output\n", LINKS["figure"]),
    ):
        indent = anchor[: len(anchor) - len(anchor.lstrip())]
        indent += "  " if anchor.lstrip().startswith("- ") else ""
        assert anchor in text
        text = text.replace(anchor, f"{anchor}{indent}link: {link}\n", 1)
    path.write_text(text, encoding="utf-8")
    return path


def decoded(kiosk, out: Path) -> set[str]:
    steady_grab(kiosk.window).save(str(out))
    done = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(out)], capture_output=True, text=True, check=False
    )
    return set(done.stdout.split())


@zbar
@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_every_link_scans_from_the_screen(make_kiosk, tmp_path, size) -> None:
    kiosk = make_kiosk(size=size, content=linked_site(tmp_path / "site"))
    kiosk.backend.session.set_instant(True)
    assert decoded(kiosk, tmp_path / "home.png") == {LINKS["site"]}
    for link, name in (
        ("timeline/founded", "event"),
        ("map/science-business", "park"),
        ("figures/industrial-output", "figure"),
    ):
        assert kiosk.backend.navigator.openLink(link)
        assert decoded(kiosk, tmp_path / f"{name}.png") == {LINKS[name]}, link


@zbar
def test_a_link_scans_on_a_4k_screen(make_kiosk, tmp_path) -> None:
    kiosk = make_kiosk(size=(3840, 2160), content=linked_site(tmp_path / "site"))
    kiosk.backend.session.set_instant(True)
    assert kiosk.backend.navigator.openLink("timeline/founded")
    assert decoded(kiosk, tmp_path / "event.png") == {LINKS["event"]}


def test_without_links_no_code_is_drawn(make_kiosk) -> None:
    kiosk = make_kiosk()
    assert not is_shown(kiosk.window, find(kiosk.window, "siteLinkCode"))
    assert kiosk.backend.navigator.openLink("timeline/founded")
    settle()
    assert [item for item in find_all(kiosk.window, "linkCode") if item.isVisible()] == []


@pytest.mark.parametrize(
    "link",
    ["www.example.org", "ftp://example.org/a", "https://localhost/", "https://a.cn/" + "x" * 120],
)
def test_a_link_that_cannot_be_scanned_is_refused_at_its_place(tmp_path, link) -> None:
    path = copy_site(tmp_path / "site")
    text = path.read_text(encoding="utf-8")
    anchor = '  founded: "1992-11-14"\n'
    path.write_text(text.replace(anchor, f"{anchor}  link: {link}\n", 1), encoding="utf-8")
    line = text[: text.index(anchor)].count("\n") + 2
    with pytest.raises(ContentError) as refused:
        load_content(path)
    [issue] = refused.value.issues
    assert (issue.line, issue.column, issue.path) == (line, 9, "site.link")
    assert "网址" in issue.message and "http" in issue.message
