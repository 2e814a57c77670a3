"""The bundled pictures are one set (docs/design.md, Imagery): 16:10, the set's palette and
ground, no words or numbers drawn in them, and the "一区五园" picture drawn from the map itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from defusedxml import ElementTree

from kiosk.content import load_content
from tests.conftest import BUNDLED
from tools import five_parks_picture

FOLDER = BUNDLED.parent / "assets" / "illustrations"
PICTURES = sorted(FOLDER.glob("*.svg"))
PALETTE = {
    "#F3EEE2", "#CFE0EC", "#FFFDF7", "#0B2540", "#2F6FA8", "#F2B33D", "#D9822B", "#5E9E6E",
    "#B5483A",
}  # fmt: skip
PARK_COLOURS = {park.colour.upper() for park in load_content(BUNDLED).content.map.parks}
COLOUR = re.compile(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"')


def test_every_event_picture_is_one_of_the_set() -> None:
    used = {event.image for event in load_content(BUNDLED).content.timeline.events}
    assert {f"assets/illustrations/{path.name}" for path in PICTURES} == used


@pytest.mark.parametrize("path", PICTURES, ids=lambda path: path.stem)
def test_a_picture_keeps_the_set_rules(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    assert root.get("viewBox") == "0 0 800 500", "16:10, drawn at 800×500"
    names = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert not names & {"text", "tspan", "image", "foreignObject"}, "no words, no pasted images"
    colours = {colour.upper() for colour in COLOUR.findall(text)}
    allowed = PALETTE | (PARK_COLOURS if path.stem == "five-parks" else set())
    assert colours <= allowed, f"outside the set's palette: {sorted(colours - allowed)}"
    ground = root[0]
    assert (ground.get("fill"), ground.get("width"), ground.get("height")) == (
        "#F3EEE2",
        "800",
        "500",
    )


def test_the_five_parks_picture_is_drawn_from_the_map() -> None:
    assert (FOLDER / "five-parks.svg").read_text(
        encoding="utf-8"
    ) == five_parks_picture.picture(), "the map changed: python -m tools.five_parks_picture"
