"""List models for QML, one row per content item, texts resolved in the current language.

Rows are plain dicts built from the frozen content objects; a language switch or a new content
rebuilds them whole (begin/endResetModel), which is cheap at this size and keeps QML simple.
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

from kiosk.content.display import decimals, format_date, format_number, format_percent

if TYPE_CHECKING:  # the content model (pydantic) is imported when content is first validated
    from kiosk.content.load import LoadedContent
    from kiosk.content.model import Figure, LocalizedText

Row = dict[str, Any]
# Qt.ItemDataRole.DisplayRole and UserRole by value: importing Qt's `Qt` namespace builds ~90
# enum classes (~35 ms), and this module is imported before the first frame.
DISPLAY_ROLE = 0
USER_ROLE = 0x0100
CHANGE_LABELS = {
    "growth": {"zh": "增长", "en": "growth"},
    "share": {"zh": "占比", "en": "share"},
    "rate": {"zh": "完成率", "en": "rate"},
}


def text(value: LocalizedText | None, lang: str) -> str:
    return value.get(lang) if value is not None else ""


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

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)


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


class EventsModel(RowsModel):
    """Events in date order; also the years for the year rail and next/previous by id."""

    ROLES = (
        "eventId", "dateText", "year", "title", "body", "image", "caption", "credit",
        "eraId", "eraTitle", "eraColour", "highlight", "initial",
    )  # fmt: skip
    yearsChanged = Signal()

    def set_rows(self, rows: list[Row]) -> None:
        super().set_rows(rows)
        self._index = {row["eventId"]: i for i, row in enumerate(rows)}
        self.yearsChanged.emit()

    @Slot(str, result=int)
    def indexOf(self, event_id: str) -> int:
        return self._index.get(event_id, -1)

    @Slot(str, int, result=str)
    def neighbour(self, event_id: str, step: int) -> str:
        """The event `step` places away in date order (clamped at both ends)."""
        index = self._index.get(event_id)
        if index is None or not self._rows:
            return ""
        return self._rows[max(0, min(len(self._rows) - 1, index + step))]["eventId"]

    def row_by_id(self, event_id: str) -> Row | None:
        index = self._index.get(event_id)
        return dict(self._rows[index], index=index) if index is not None else None

    def _years(self) -> list[Row]:
        """Every year from the first event to the last, with the first event of that year
        (-1 for years without events) and the colour of its era."""
        if not self._rows:
            return []
        first: dict[int, Row] = {}
        for index, row in enumerate(self._rows):
            first.setdefault(row["year"], dict(row, index=index))
        years = []
        colour = self._rows[0]["eraColour"]
        for year in range(self._rows[0]["year"], self._rows[-1]["year"] + 1):
            row = first.get(year)
            colour = row["eraColour"] if row else colour
            years.append({"year": year, "index": row["index"] if row else -1, "colour": colour})
        return years

    years = Property(list, _years, notify=yearsChanged)

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        content = loaded.content
        eras = {era.id: era for era in content.timeline.eras}
        return [
            {
                "eventId": event.id,
                "dateText": format_date(event.date, lang),
                "year": event.year,
                "title": event.title.get(lang),
                "body": event.body.get(lang),
                "image": loaded.image_url(event.image),
                "caption": text(event.caption, lang),
                "credit": text(event.credit, lang),
                "eraId": event.era,
                "eraTitle": eras[event.era].title.get(lang),
                "eraColour": eras[event.era].colour,
                "highlight": event.highlight,
                "initial": event.title.get(lang)[:1],
            }
            for event in content.events_in_order()
        ]


class ParksModel(RowsModel):
    ROLES = (
        "parkId", "name", "role", "areaText", "established", "industries", "projects",
        "description", "image", "colour", "polygon", "labelX", "labelY",
    )  # fmt: skip

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        content = loaded.content
        unit = "km²" if lang == "en" else "平方公里"
        return [
            {
                "parkId": park.id,
                "name": park.name.get(lang),
                "role": park.role.get(lang),
                "areaText": f"{format_number(park.area_km2)} {unit}" if park.area_km2 else "",
                "established": park.established or 0,
                "industries": [item.get(lang) for item in park.industries],
                "projects": [item.get(lang) for item in park.projects],
                "description": park.description.get(lang),
                "image": loaded.image_url(park.image),
                "colour": park.colour,
                "polygon": [[x, y] for x, y in park.polygon],
                "labelX": park.label[0],
                "labelY": park.label[1],
            }
            for park in content.map.parks
        ]


class FigureGroupsModel(RowsModel):
    """Figure groups, each row carrying its figures ready to show."""

    ROLES = ("groupId", "title", "figures")

    def build(self, loaded: LoadedContent, lang: str) -> list[Row]:
        return [
            {
                "groupId": group.id,
                "title": group.title.get(lang),
                "figures": [figure_row(figure, group.id, lang) for figure in group.figures],
            }
            for group in loaded.content.figures.groups
        ]

    def figure(self, figure_id: str) -> Row | None:
        for group_index, group in enumerate(self._rows):
            for index, figure in enumerate(group["figures"]):
                if figure["figureId"] == figure_id:
                    return dict(
                        figure, groupIndex=group_index, index=index, groupTitle=group["title"]
                    )
        return None

    def group_index(self, group_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row["groupId"] == group_id), -1)


def figure_row(figure: Figure, group_id: str, lang: str) -> Row:
    change = figure.change
    direction = ""
    if change is not None:
        direction = (
            change.kind if change.kind != "growth" else ("down" if change.value < 0 else "up")
        )
    comparison = figure.comparison
    return {
        "figureId": figure.id,
        "groupId": group_id,
        "label": figure.label.get(lang),
        "valueText": format_number(figure.value),
        "valueNumber": float(figure.value),
        "decimals": decimals(figure.value),
        "unit": figure.unit.get(lang),
        "year": figure.year,
        "changeKind": change.kind if change else "",
        "changeDirection": direction,
        "changeText": format_percent(change.value) if change else "",
        "changeLabel": (text(change.label, lang) or CHANGE_LABELS[change.kind][lang])
        if change
        else "",
        "increaseText": format_number(figure.increase) if figure.increase is not None else "",
        "note": text(figure.note, lang),
        "source": text(figure.source, lang),
        "comparison": {
            "title": comparison.title.get(lang),
            "unit": comparison.unit.get(lang),
            "items": [
                {
                    "label": item.label.get(lang),
                    "value": float(item.value),
                    "valueText": format_number(item.value),
                }
                for item in comparison.items
            ],
        }
        if comparison
        else {},
    }
