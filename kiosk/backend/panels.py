"""The panels, one row each: everything Home, the navigation bar, the panels view, the usage
log, deep links and `kiosk render` know about a panel comes from here. Adding a panel is a row
here, its model in `Backend`, and its QML file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.content.names import LOCATION

if TYPE_CHECKING:
    from kiosk.content import Content

HOME = "home"

# Every page of a panel in order, as (the item in its link, "" for the panel as it opens; what
# the page shows).
Pages = Callable[["Content", str], Iterator[tuple[str, str]]]


def event_pages(content: Content, lang: str) -> Iterator[tuple[str, str]]:
    yield "", content.timeline.title.get(lang)
    for event in content.events_in_order():
        yield event.id, f"{event.date} {event.title.get(lang)}"


def park_pages(content: Content, lang: str) -> Iterator[tuple[str, str]]:
    yield "", content.map.title.get(lang)
    for park in content.map.parks:
        yield park.id, park.name.get(lang)
    for point in content.map.points:
        yield point.id, point.name.get(lang)
    if content.map.locator is not None:
        from kiosk.backend.texts import texts_in

        yield LOCATION, texts_in(lang)["location"]


def figure_pages(content: Content, lang: str) -> Iterator[tuple[str, str]]:
    """Each group's page (the panel opens on the first), then each of its figures opened."""
    for group in content.figures.groups:
        yield group.id, group.title.get(lang)
        for figure in group.figures:
            yield figure.id, figure.label.get(lang)


@dataclass(frozen=True)
class Panel:
    id: str  # in links (`timeline/<event id>`), the usage log and the render plan
    icon: str  # qtawesome name
    tint: str  # a Theme colour token
    qml: str  # relative to the Kiosk module
    item_kind: str  # what the usage log calls an item opened in it
    item_label: str  # how `kiosk stats` names those items
    pages: Pages  # every page a link `<id>/<item>` opens: what `kiosk render` shows


PANELS: tuple[Panel, ...] = (
    Panel(
        "timeline",
        "fa5s.stream",
        "timelineTint",
        "timeline/TimelinePanel.qml",
        "event",
        "事件 events",
        event_pages,
    ),
    Panel(
        "map",
        "fa5s.map-marked-alt",
        "mapTint",
        "parkmap/MapPanel.qml",
        "park",
        "园区 parks",
        park_pages,
    ),
    Panel(
        "figures",
        "fa5s.chart-bar",
        "figuresTint",
        "figures/FiguresPanel.qml",
        "figure",
        "数据 figures",
        figure_pages,
    ),
)
PANEL_IDS: tuple[str, ...] = tuple(panel.id for panel in PANELS)


def panel_rows() -> list[dict[str, str]]:
    """The table for QML (a panel's name is the entry of the text table under its id)."""
    return [
        {"id": p.id, "icon": p.icon, "tint": p.tint, "qml": p.qml, "item_kind": p.item_kind}
        for p in PANELS
    ]


def item_kind(panel_id: str) -> str:
    return next((panel.item_kind for panel in PANELS if panel.id == panel_id), "item")
