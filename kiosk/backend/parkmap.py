"""The map panel's data: the parks and points of interest, the map's settings, the year shown,
and the open park or point."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.imageurls import content_image_url
from kiosk.backend.locator import Locator
from kiosk.backend.models import ParksModel, PointsModel, SelectedRow
from kiosk.backend.provided import provided
from kiosk.content.display import format_number
from kiosk.content.geometry import point_in_polygon
from kiosk.content.names import LOCATION

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.content.load import LoadedContent
    from kiosk.content.model import EarlierExtent
    from kiosk.content.model import ParkMap as ParkMapContent


@QmlElement
@QmlSingleton
class ParkMap(QObject):
    changed = Signal()
    yearChanged = Signal()

    def __init__(self, close_park: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parks = ParksModel(self)
        self._open = SelectedRow(self._parks, self)
        self._points = PointsModel(self)
        self._open_point = SelectedRow(self._points, self)
        self._locator = Locator(self)
        self._map: ParkMapContent | None = None
        self._base = ""
        self._title = ""
        self._first_year = 0
        self._last_year = 0
        self._year = 0
        self._lang = ""
        self._close_park = close_park

    @staticmethod
    def create(engine: object) -> ParkMap:
        return provided(ParkMap)

    def update(self, loaded: LoadedContent | None, lang: str) -> None:
        self._lang = lang
        self._parks.update(loaded, lang)
        self._points.update(loaded, lang)
        content = loaded.content if loaded else None
        self._map = content.map if content else None
        self._locator.update(content.map.locator if content else None, lang)
        self._title = content.map.title.get(lang) if content else ""
        base = content.map.base if content else None
        self._base = content_image_url(loaded, base.image) if loaded and base else ""
        if content is not None:
            events = content.events_in_order()
            self._first_year = int(content.site.founded[:4])
            established = [park.established or 0 for park in content.map.parks]
            shown_from = [point.year or 0 for point in content.map.points]
            self._last_year = max([events[-1].year, *established, *shown_from])
        self.changed.emit()
        self.yearChanged.emit()  # the year's outline and words, in this content and language

    def resolve(self, item: str) -> tuple[str, int] | None:
        """A link's park or point: `map`, `map/<park or point id>`, or `map/location` (the
        locator's detail, where the content shows one)."""
        found = not item or any(row["parkId"] == item for row in self._parks.rows())
        found = found or any(row["pointId"] == item for row in self._points.rows())
        found = found or (item == LOCATION and self._locator.shown)
        return (item, -1) if found else None

    def select(self, item: str) -> None:
        self._open.select(item)
        self._open_point.select(item)
        self._close_if_hidden()

    @Property(str, notify=changed)
    def title(self) -> str:
        return self._title

    @Property(ParksModel, constant=True)
    def parks(self) -> ParksModel:
        return self._parks

    @Property(PointsModel, constant=True)
    def points(self) -> PointsModel:
        return self._points

    @Property(SelectedRow, constant=True)
    def openPoint(self) -> SelectedRow:
        """The selected point of interest as a model of one row."""
        return self._open_point

    @Property(Locator, constant=True)
    def locator(self) -> Locator:
        return self._locator

    @Property(SelectedRow, constant=True)
    def openPark(self) -> SelectedRow:
        """The selected park as a model of one row (`isOpen` false when none is)."""
        return self._open

    @Property(str, notify=changed)
    def totalAreaText(self) -> str:
        return format_number(self._map.total_area_km2) if self._map else ""

    @Property(bool, notify=changed)
    def schematic(self) -> bool:
        return bool(self._map and self._map.schematic)

    @Property(float, notify=changed)
    def mapWidth(self) -> float:
        return float(self._map.width) if self._map else 1.0

    @Property(float, notify=changed)
    def mapHeight(self) -> float:
        return float(self._map.height) if self._map else 1.0

    @Property("QVariantList", notify=changed)
    def zoneOutline(self) -> list[list[float]]:
        return [[x, y] for x, y in self._map.zone_outline] if self._map else []

    def _stage(self) -> EarlierExtent | None:
        """The earlier stage the year shown falls in, or None for today's zone."""
        park_map = self._map
        if park_map is None or not self._year or park_map.outline_since is None:
            return None
        if self._year >= park_map.outline_since:
            return None
        return next((s for s in reversed(park_map.earlier) if s.since <= self._year), None)

    @Property(bool, notify=yearChanged)
    def outlineOfItsTime(self) -> bool:
        """Whether the outline drawn is the zone as it was in the year shown: today's from its
        year on, an earlier stage's where the content gives its shape."""
        park_map = self._map
        if park_map is None or not self._year or park_map.outline_since is None:
            return True
        if self._year >= park_map.outline_since:
            return True
        stage = self._stage()
        return stage is not None and stage.outline is not None

    @Property("QVariantList", notify=yearChanged)
    def shownOutline(self) -> list[list[float]]:
        """The outline for the year shown: an earlier stage's where it has one, else today's
        (drawn faded when it is not of its time, see outlineOfItsTime)."""
        stage = self._stage()
        if stage is not None and stage.outline is not None:
            return [[x, y] for x, y in stage.outline]
        return self.zoneOutline

    @Property(str, notify=yearChanged)
    def yearNote(self) -> str:
        """The words for an earlier stage in the year shown ("" for today's zone)."""
        stage = self._stage()
        return stage.note.get(self._lang) if stage is not None else ""

    @Property(bool, notify=changed)
    def hasNorth(self) -> bool:
        return bool(self._map and self._map.north is not None)

    @Property(float, notify=changed)
    def north(self) -> float:
        """Where north points on the plan, in degrees clockwise from up."""
        return float(self._map.north or 0) if self._map else 0.0

    @Property(str, notify=changed)
    def baseImage(self) -> str:
        return self._base

    @Property(int, notify=changed)
    def firstYear(self) -> int:
        return self._first_year

    @Property(int, notify=changed)
    def lastYear(self) -> int:
        return self._last_year

    @Property(int, notify=yearChanged)
    def year(self) -> int:
        """The year the slider shows (0: today, every park)."""
        return self._year

    @year.setter
    def year(self, year: int) -> None:
        if year != self._year:
            self._year = year
            self.yearChanged.emit()
            self._close_if_hidden()

    def _close_if_hidden(self) -> None:
        """A park or point hidden by the slider cannot stay open: its card would describe
        nothing."""
        park = self._open.selected()
        point = self._open_point.selected()
        since = (park.get("established") or 0) or (point.get("year") or 0)
        if self._year and since > self._year:
            self._close_park()

    @Slot(float, float, result=str)
    def parkAt(self, x: float, y: float) -> str:
        """The park under a point in map coordinates ("" for none), among the parks that
        existed in the year shown. Later parks in the content are drawn on top, so win."""
        if self._map is None:
            return ""
        for park in reversed(self._map.parks):
            existed = not self._year or park.established is None or park.established <= self._year
            if existed and point_in_polygon(x, y, park.polygon):
                return park.id
        return ""
