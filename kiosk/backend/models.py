"""List models for QML, one row per content item, texts resolved in the current language.

Rows are plain dicts built from the frozen content objects; a language switch changes them in
place (dataChanged), a new content rebuilds them whole. QML reads them through their roles as
typed `required property` values, never as maps; an open item is the one row of a
`SelectedRow` model, so its detail binds the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlAnonymous

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlAnonymous
from kiosk.backend.imageurls import content_image_url
from kiosk.backend.qrcodes import qr_rows
from kiosk.backend.texts import filled, texts_in
from kiosk.content.display import (
    decimals,
    format_number,
    format_percent,
    format_span,
    in_scale_words,
)

if TYPE_CHECKING:  # the content model (pydantic) is imported when content is first validated
    from kiosk.content.load import LoadedContent
    from kiosk.content.model import Event, Figure, LocalizedText

Row = dict[str, Any]
# Qt.ItemDataRole.DisplayRole and UserRole by value: importing Qt's `Qt` namespace builds ~90
# enum classes (~35 ms), and this module is imported before the first frame.
DISPLAY_ROLE = 0
USER_ROLE = 0x0100
# More years than this between two events, and the timeline's rail draws a break between them.
BREAK_YEARS = 2


def text(value: LocalizedText | None, lang: str) -> str:
    return value.get(lang) if value is not None else ""


def date_text(event: Event, lang: str) -> str:
    """The event's date as shown: staff's own words, or made from its date and end."""
    return text(event.display_date, lang) or format_span(event.date, event.end, lang)


@QmlAnonymous
class RowsModel(QAbstractListModel):
    """A read-only list model whose roles are the keys of its rows."""

    ROLES: ClassVar[tuple[str, ...]] = ()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._index: dict[str, int] = {}

    def roleNames(self) -> dict[int, QByteArray]:
        return {USER_ROLE + i: QByteArray(n.encode()) for i, n in enumerate(self.ROLES)}

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE) -> Any:
        column = role - USER_ROLE
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= column < len(self.ROLES):
            return None
        return self._rows[index.row()][self.ROLES[column]]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_rows(self, rows: list[Row]) -> None:
        """Replace the rows. The same items in another language change in place, so views
        keep their scroll position and open delegates; anything else resets the model."""
        key = self.ROLES[0]
        same_items = [row[key] for row in rows] == [row[key] for row in self._rows]
        if same_items and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def update(self, loaded: LoadedContent | None, lang: str) -> None:
        self.set_rows(self.build(loaded, lang) if loaded is not None else [])

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        raise NotImplementedError

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)


@QmlAnonymous
class ErasModel(RowsModel):
    ROLES = ("eraId", "title", "start", "end", "colour", "yearsText")

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        content = loaded.content
        return [
            {
                "eraId": era.id,
                "title": era.title.get(lang),
                "start": era.start,
                "end": era.end or 0,
                "colour": era.colour,
                "yearsText": f"{era.start}–{era.end}" if era.end else f"{era.start}–",
            }
            for era in content.timeline.eras
        ]


@QmlAnonymous
class EventsModel(RowsModel):
    """Events in date order; also the stops of the timeline's rail."""

    ROLES = (
        "eventId", "dateText", "year", "endYear", "title", "body", "image", "pictureCount",
        "eraId", "eraTitle", "eraColour", "highlight", "initial", "linkCode",
    )  # fmt: skip
    stopsChanged = Signal()

    def set_rows(self, rows: list[Row]) -> None:
        super().set_rows(rows)
        self._index = {row["eventId"]: i for i, row in enumerate(rows)}
        self.stopsChanged.emit()

    @Slot(str, result=int)
    def indexOf(self, event_id: str) -> int:
        return self._index.get(event_id, -1)

    @Property("QVariantList", notify=stopsChanged)
    def stops(self) -> list[Row]:
        """The rail's stops, one per event in date order: its index, year and era colour,
        `named` for the first event of its year (the rail names the year there), and
        `breakBefore` where years without events lie between it and the stops before, their
        spans included (the rail draws a break, not an empty road)."""
        stops = []
        covered = self._rows[0]["year"] if self._rows else 0
        for index, row in enumerate(self._rows):
            previous = self._rows[index - 1]["year"] if index else row["year"]
            stops.append(
                {
                    "index": index,
                    "year": row["year"],
                    "colour": row["eraColour"],
                    "named": index == 0 or previous != row["year"],
                    # Years a span before it covers are not empty years.
                    "breakBefore": row["year"] - covered > BREAK_YEARS,
                }
            )
            covered = max(covered, row["endYear"])
        return stops

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        content = loaded.content
        eras = {era.id: era for era in content.timeline.eras}
        rows = []
        for event in content.events_in_order():
            pictures = event.pictures()
            rows.append(
                {
                    "eventId": event.id,
                    "dateText": date_text(event, lang),
                    "year": event.year,
                    "endYear": event.end_year,
                    "title": event.title.get(lang),
                    "body": event.body.get(lang),
                    "image": content_image_url(loaded, first_picture(event)),
                    "pictureCount": len(pictures),
                    "eraId": event.era,
                    "eraTitle": eras[event.era].title.get(lang),
                    "eraColour": eras[event.era].colour,
                    "highlight": event.highlight,
                    "initial": event.title.get(lang)[:1],
                    "linkCode": qr_rows(event.link),
                }
            )
        return rows


@QmlAnonymous
class PicturesModel(RowsModel):
    """The pictures of one event (the open one's gallery), in order."""

    ROLES = ("pictureId", "image", "caption", "credit", "alt", "initial")


def picture_rows(loaded: LoadedContent, event: Event, lang: str) -> list[Row]:
    return [
        {
            "pictureId": f"{event.id}/{number}",
            "image": content_image_url(loaded, picture.image),
            "caption": text(picture.caption, lang),
            "credit": text(picture.credit, lang),
            "alt": text(picture.alt, lang),
            "initial": event.title.get(lang)[:1],
        }
        for number, picture in enumerate(event.pictures())
    ]


@QmlAnonymous
class ParksModel(RowsModel):
    ROLES = (
        "parkId", "name", "role", "areaText", "established", "industries", "projects",
        "description", "image", "colour", "polygon", "labelX", "labelY", "linkCode", "points",
    )  # fmt: skip

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        content = loaded.content
        area = texts_in(lang)["area"]
        return [
            {
                "parkId": park.id,
                "name": park.name.get(lang),
                "role": park.role.get(lang),
                "areaText": filled(area, {"area": format_number(park.area_km2)}, lang)
                if park.area_km2
                else "",
                "established": park.established or 0,
                "industries": [item.get(lang) for item in park.industries],
                "projects": [item.get(lang) for item in park.projects],
                "description": park.description.get(lang),
                "image": content_image_url(loaded, park.image),
                "colour": park.colour,
                "polygon": [[x, y] for x, y in park.polygon],
                "labelX": park.label[0],
                "labelY": park.label[1],
                "linkCode": qr_rows(park.link),
                "points": [
                    point.name.get(lang) for point in content.map.points if point.park == park.id
                ],
            }
            for park in content.map.parks
        ]


# The icon each kind of point of interest is drawn with (qtawesome names).
POINT_ICONS = {
    "airport": "fa5s.plane",
    "road": "fa5s.road",
    "rail": "fa5s.train",
    "industry": "fa5s.industry",
    "service": "fa5s.concierge-bell",
    "place": "fa5s.map-marker-alt",
}


@QmlAnonymous
class PointsModel(RowsModel):
    """The map's points of interest in the content's order; `placed` where the content gives
    their place on the plan (pointX, pointY in the map's coordinates)."""

    ROLES = (
        "pointId", "name", "icon", "kindText", "summary", "description", "facts", "placed",
        "pointX", "pointY", "year", "image", "caption", "linkCode",
    )  # fmt: skip

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        words = texts_in(lang)
        rows = []
        for point in loaded.content.map.points:
            x, y = point.position or (0.0, 0.0)
            rows.append(
                {
                    "pointId": point.id,
                    "name": point.name.get(lang),
                    "icon": POINT_ICONS[point.kind],
                    "kindText": words["point_" + point.kind],
                    "summary": point.summary.get(lang),
                    "description": text(point.description, lang),
                    "facts": [fact.get(lang) for fact in point.facts],
                    "placed": point.position is not None,
                    "pointX": float(x),
                    "pointY": float(y),
                    "year": point.year or 0,
                    "image": content_image_url(loaded, point.image),
                    "caption": text(point.caption, lang),
                    "linkCode": qr_rows(point.link),
                }
            )
        return rows


@QmlAnonymous
class FigureGroupsModel(RowsModel):
    """The figure groups (the tabs of the figures panel)."""

    ROLES = ("groupId", "title")

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        groups = loaded.content.figures.groups
        return [{"groupId": group.id, "title": group.title.get(lang)} for group in groups]

    def group_index(self, group_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row["groupId"] == group_id), -1)


@QmlAnonymous
class FiguresModel(RowsModel):
    """Every figure, group after group, with its group's index and title."""

    ROLES = (
        "figureId", "groupId", "groupIndex", "groupTitle", "label", "valueText", "valueNumber",
        "decimals", "unit", "year", "changeKind", "changeDirection", "changeText",
        "increaseText", "note", "source", "comparisonTitle", "comparisonUnit", "comparisonItems",
        "linkCode", "visual", "percent", "percentText", "percentLabel", "lead", "basis",
        "trend", "trendUnit",
    )  # fmt: skip

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        return [
            figure_row(figure, index, group.id, group.title.get(lang), lang)
            | {"lead": figure is group.lead_figure()}
            for index, group in enumerate(loaded.content.figures.groups)
            for figure in group.figures
        ]

    def figure(self, figure_id: str) -> Row | None:
        return next((row for row in self._rows if row["figureId"] == figure_id), None)


@QmlAnonymous
class FigurePageModel(RowsModel):
    """The figures of one group: the page the figures panel shows. Another group resets it
    (the page is laid out anew); a language switch changes it in place. It holds the group's
    figures but its lead, which FigureLeadModel holds."""

    LEAD: ClassVar[bool] = False

    def __init__(self, figures: FiguresModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ROLES = figures.ROLES
        self._figures = figures
        self._group = 0
        for signal in (figures.dataChanged, figures.modelReset):
            signal.connect(self._refresh)

    def set_group_index(self, index: int) -> None:
        if index != self._group:
            self._group = index
            self._refresh()

    def _refresh(self, *_changed: object) -> None:
        rows = [row for row in self._figures.rows() if row["groupIndex"] == self._group]
        self.set_rows([row for row in rows if row["lead"] == self.LEAD])


@QmlAnonymous
class FigureLeadModel(FigurePageModel):
    """The group's lead figure (drawn large) as a model of one row; the page holds the rest."""

    LEAD = True


def figure_row(figure: Figure, group_index: int, group_id: str, group_title: str, lang: str) -> Row:
    change = figure.change
    direction = ""
    if change is not None:
        direction = (
            change.kind if change.kind != "growth" else ("down" if change.value < 0 else "up")
        )
    comparison = figure.comparison
    shown = [figure.value] + ([figure.increase] if figure.increase is not None else [])
    (value, *increase), unit = in_scale_words(shown, figure.unit.get(lang))
    items = comparison.items if comparison else []
    item_values, comparison_unit = in_scale_words(
        [item.value for item in items], comparison.unit.get(lang) if comparison else ""
    )
    return {
        "figureId": figure.id,
        "groupId": group_id,
        "groupIndex": group_index,
        "groupTitle": group_title,
        "label": figure.label.get(lang),
        "valueText": format_number(value),
        "valueNumber": float(value),
        "decimals": decimals(value),
        "unit": unit,
        "year": figure.year,
        "changeKind": change.kind if change else "",
        "changeDirection": direction,
        "changeText": filled(
            texts_in(lang)["changeLine"],
            {
                "label": text(change.label, lang) or texts_in(lang)[change.kind],
                "value": format_percent(change.value),
            },
            lang,
        )
        if change
        else "",
        "increaseText": format_number(increase[0]) if increase else "",
        "note": text(figure.note, lang),
        "source": text(figure.source, lang),
        "comparisonTitle": comparison.title.get(lang) if comparison else "",
        "comparisonUnit": comparison_unit,
        "comparisonItems": [
            {
                "label": item.label.get(lang),
                "value": float(amount),
                "valueText": format_number(amount),
            }
            for item, amount in zip(items, item_values, strict=True)
        ],
        "linkCode": qr_rows(figure.link),
        "visual": figure.drawn_as,
        # A ring's share of a full turn (a completion above 100 % laps it) and its words.
        "percent": float(change.value) if change and change.kind in ("share", "rate") else -1.0,
        "percentText": format_percent(change.value) if change else "",
        "percentLabel": (text(change.label, lang) or texts_in(lang)[change.kind]) if change else "",
        "lead": False,
        "basis": text(figure.basis, lang),
        **trend_roles(figure, lang),
    }


def trend_roles(figure: Figure, lang: str) -> Row:
    """The figure's years for its small trend (`trend`: year, value, valueText each) in one
    unit for them all (`trendUnit`: an English "billion yuan" where the content says 亿元)."""
    trend = figure.trend()
    values, unit = in_scale_words([value for _, value in trend], figure.unit.get(lang))
    points = [
        {"year": year, "value": float(value), "valueText": format_number(value)}
        for (year, _), value in zip(trend, values, strict=True)
    ]
    return {"trend": points, "trendUnit": unit if points else ""}


@QmlAnonymous
class SelectedRow(RowsModel):
    """The one open item of a source model, as a model of exactly one row: its detail view is
    a delegate whose `required property` values follow the item, a language switch included.
    The row also says where the item stands among its siblings (the rows sharing its `scope`
    role, or all rows): `position`, `siblingCount`, and the ids of the `previousId` and
    `nextId` ones ("" at either end), for the detail's previous and next buttons. With nothing
    open the row holds empty values and `isOpen` is false."""

    def __init__(
        self, source: RowsModel, parent: QObject | None = None, scope: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ROLES = (*source.ROLES, "isOpen", "position", "siblingCount", "previousId", "nextId")
        self._source = source
        self._scope = scope
        self._selected = ""
        self._refresh()
        for signal in (source.dataChanged, source.modelReset):
            signal.connect(self._refresh)

    def select(self, item_id: str) -> None:
        if item_id != self._selected:
            self._selected = item_id
            self._refresh()

    def selected(self) -> Row:
        """The open item's row, or {} when none is open."""
        return self._rows[0] if self._rows and self._rows[0]["isOpen"] else {}

    def _refresh(self, *_changed: object) -> None:
        """In place while the source has rows (the delegate is made once and follows); no row
        at all while it has none (no detail can open then)."""
        key = self._source.ROLES[0]
        rows = self._source.rows()
        found = next((row for row in rows if row[key] == self._selected), None)
        if found is not None:
            new = [self._open(found, rows, key)]
        else:
            new = [self._empty(rows[0])] if rows else []
        if len(new) == len(self._rows) and new:
            self._rows = new
            self.dataChanged.emit(self.index(0), self.index(0))
        else:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            self.countChanged.emit()

    def _open(self, row: Row, rows: list[Row], key: str) -> Row:
        scope = self._scope
        siblings = [other[key] for other in rows if scope is None or other[scope] == row[scope]]
        at = siblings.index(row[key])
        return dict(
            row,
            isOpen=True,
            position=at,
            siblingCount=len(siblings),
            previousId=siblings[at - 1] if at > 0 else "",
            nextId=siblings[at + 1] if at + 1 < len(siblings) else "",
        )

    @staticmethod
    def _empty(template: Row) -> Row:
        """A closed row: each role empty in its own type, so typed delegates stay typed."""
        return dict(
            {role: type(value)() for role, value in template.items()},
            isOpen=False,
            position=-1,
            siblingCount=0,
            previousId="",
            nextId="",
        )


def first_picture(event: Event) -> str | None:
    pictures = event.pictures()
    return pictures[0].image if pictures else None


def _beat(beat_id: str, kind: str, title: str, **roles: str) -> Row:
    row = dict.fromkeys(AttractBeats.ROLES, "")
    row.update(beatId=beat_id, kind=kind, title=title, **roles)
    return row


@QmlAnonymous
class AttractBeats(RowsModel):
    """One row a beat. `kind`: event (picture, year, title, date), map (the zone drawn, its
    area), figure (one big number, its unit and label), custom (staff's picture and words) or
    title (the zone's name alone, when the content has nothing to show)."""

    ROLES = ("beatId", "kind", "title", "subtitle", "image", "colour", "value", "unit", "year")

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        content = loaded.content
        attract = content.attract
        beats: list[Row] = []
        if attract.use_highlights:
            eras = {era.id: era for era in content.timeline.eras}
            for event in content.events_in_order():
                if event.highlight:
                    beats.append(
                        _beat(
                            f"event:{event.id}",
                            "event",
                            event.title.get(lang),
                            subtitle=date_text(event, lang),
                            image=content_image_url(loaded, first_picture(event)),
                            colour=eras[event.era].colour,
                            year=str(event.year),
                        )
                    )
            area = format_number(content.map.total_area_km2)
            beats.append(
                _beat(
                    "map",
                    "map",
                    content.map.title.get(lang),
                    subtitle=texts_in(lang)["plannedArea"],
                    value=area,
                    unit=texts_in(lang)["areaUnit"],
                )
            )
            for group in content.figures.groups:
                for figure in group.figures:
                    if figure.highlight:
                        (value,), unit = in_scale_words([figure.value], figure.unit.get(lang))
                        beats.append(
                            _beat(
                                f"figure:{figure.id}",
                                "figure",
                                figure.label.get(lang),
                                subtitle=group.title.get(lang),
                                value=format_number(value),
                                unit=unit,
                                year=str(figure.year),
                            )
                        )
        for index, slide in enumerate(attract.slides):
            beats.append(
                _beat(
                    f"custom:{index}",
                    "custom",
                    slide.title.get(lang),
                    subtitle=slide.body.get(lang) if slide.body else "",
                    image=content_image_url(loaded, slide.image),
                )
            )
        if not beats:
            beats.append(_beat("title", "title", content.site.title.get(lang)))
        return beats
