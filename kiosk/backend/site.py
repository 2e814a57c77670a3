"""The zone's own texts (title, subtitle, organisation) and each panel's title and Home hint,
in the session's language; also the font and whether there is anything to show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.panels import PANEL_IDS
from kiosk.backend.provided import provided
from kiosk.backend.qrcodes import qr_rows
from kiosk.backend.texts import filled, texts_in
from kiosk.content.display import format_number

if TYPE_CHECKING:
    from kiosk.content.load import LoadedContent
    from kiosk.services.fonts import FontChoice


def site_texts(loaded: LoadedContent, lang: str) -> dict[str, str]:
    """What Home shows in `lang`; also what the start view saves (services/startview.py)."""
    content = loaded.content
    words = texts_in(lang)
    events = content.events_in_order()
    figure_years = sorted({f.year for g in content.figures.groups for f in g.figures})
    figure_count = sum(len(group.figures) for group in content.figures.groups)
    map_title = content.map.title.get(lang)
    area = format_number(content.map.total_area_km2)
    return {
        "title": content.site.title.get(lang),
        "subtitle": content.site.subtitle.get(lang) if content.site.subtitle else "",
        "organisation": content.site.organisation.get(lang),
        "timelineTitle": content.timeline.title.get(lang),
        "mapTitle": map_title,
        "figuresTitle": content.figures.title.get(lang),
        "timelineHint": filled(
            words["timelineHint"],
            {"first": events[0].year, "last": events[-1].year, "count": len(events)},
            lang,
        ),
        "mapHint": filled(words["mapHint"], {"title": map_title, "area": area}, lang),
        "figuresHint": filled(
            words["figuresHint"], {"year": figure_years[-1], "count": figure_count}, lang
        ),
        # The story's span: from the founding to its latest event (32 years in the bundled one).
        "keyLine": filled(
            words["keyLine"],
            {
                "years": events[-1].year - int(content.site.founded[:4]),
                "title": map_title,
                "area": area,
            },
            lang,
        ),
        "sketchCaption": filled(words["sketchCaption"], {"title": map_title}, lang),
        "linkCode": qr_rows(content.site.link),
    }


@QmlElement
@QmlSingleton
class Site(QObject):
    changed = Signal()

    def __init__(self, font: FontChoice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._font = font
        self._texts: dict[str, str] = {}
        self._has_content = False
        self._loading = False
        self._logo = ""

    @staticmethod
    def create(engine: object) -> Site:
        return provided(Site)

    def update(
        self, texts: dict[str, str], has_content: bool, loading: bool, logo: str = ""
    ) -> None:
        """`logo`: the emblem's image URL, "" for none (and until content.yaml is validated)."""
        self._texts = texts
        self._has_content = has_content
        self._loading = loading
        self._logo = logo
        self.changed.emit()

    def _text(self, key: str) -> str:
        return self._texts.get(key, "")

    @Property(str, notify=changed)
    def title(self) -> str:
        return self._text("title")

    @Property(str, notify=changed)
    def subtitle(self) -> str:
        return self._text("subtitle")

    @Property(str, notify=changed)
    def organisation(self) -> str:
        return self._text("organisation")

    @Property(str, notify=changed)
    def keyLine(self) -> str:
        return self._text("keyLine")

    @Property(str, notify=changed)
    def sketchCaption(self) -> str:
        return self._text("sketchCaption")

    @Property(str, notify=changed)
    def linkCode(self) -> str:
        """The site's link as QR modules (backend/qrcodes.py); "" for none."""
        return self._text("linkCode")

    @Property(str, notify=changed)
    def logo(self) -> str:
        return self._logo

    @Property("QVariantMap", notify=changed)
    def panelHints(self) -> dict[str, Any]:
        return {panel: self._text(f"{panel}Hint") for panel in PANEL_IDS}

    @Property(bool, notify=changed)
    def hasContent(self) -> bool:
        return self._has_content

    @Property(bool, notify=changed)
    def loading(self) -> bool:
        """True from a start-view start until content.yaml is validated: panels wait for it."""
        return self._loading

    @Property(str, constant=True)
    def fontFamily(self) -> str:
        return self._font.family

    @Property(str, constant=True)
    def displayFontFamily(self) -> str:
        return self._font.headline

    @Property(str, constant=True)
    def fontWarning(self) -> str:
        return self._font.warning
