"""The panels, one row each: everything Home, the navigation bar, the panels view, the usage
log, deep links and `kiosk render` know about a panel comes from here. Adding a panel is a row
here, its model in `Backend`, and its QML file."""

from __future__ import annotations

from dataclasses import asdict, dataclass

HOME = "home"


@dataclass(frozen=True)
class Panel:
    id: str  # in links (`timeline/<event id>`), the usage log and the render plan
    icon: str  # qtawesome name
    tint: str  # a Theme colour token
    qml: str  # relative to the Kiosk module
    item_kind: str  # what the usage log calls an item opened in it
    item_label: str  # how `kiosk stats` names those items


PANELS: tuple[Panel, ...] = (
    Panel(
        "timeline",
        "fa5s.stream",
        "timelineTint",
        "timeline/TimelinePanel.qml",
        "event",
        "事件 events",
    ),
    Panel("map", "fa5s.map-marked-alt", "mapTint", "parkmap/MapPanel.qml", "park", "园区 parks"),
    Panel(
        "figures",
        "fa5s.chart-bar",
        "figuresTint",
        "figures/FiguresPanel.qml",
        "figure",
        "数据 figures",
    ),
)
PANEL_IDS: tuple[str, ...] = tuple(panel.id for panel in PANELS)


def panel_rows() -> list[dict[str, str]]:
    """The table for QML (a panel's name is the entry of the text table under its id)."""
    return [asdict(panel) for panel in PANELS]


def item_kind(panel_id: str) -> str:
    return next((panel.item_kind for panel in PANELS if panel.id == panel_id), "item")
