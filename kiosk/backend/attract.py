"""The attract loop's slides, made from the content: highlighted events, the park map and the
headline figures, then any slides staff added."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.imageurls import content_image_url
from kiosk.backend.provided import provided
from kiosk.backend.texts import filled, texts_in
from kiosk.content.display import format_date, format_number, in_scale_words
from kiosk.content.languages import codes

if TYPE_CHECKING:
    from kiosk.content.load import LoadedContent

Slide = dict[str, Any]


def attract_slides(loaded: LoadedContent, lang: str) -> list[Slide]:
    content = loaded.content
    slides: list[Slide] = []
    attract = content.attract
    if attract.use_highlights:
        eras = {era.id: era for era in content.timeline.eras}
        for event in content.events_in_order():
            if event.highlight:
                slides.append(
                    {
                        "kind": "event",
                        "title": event.title.get(lang),
                        "subtitle": format_date(event.date, lang),
                        "image": content_image_url(loaded, event.image),
                        "colour": eras[event.era].colour,
                        "initial": event.title.get(lang)[:1],
                    }
                )
        slides.append(
            {
                "kind": "map",
                "title": content.map.title.get(lang),
                "subtitle": filled(
                    texts_in(lang)["area"],
                    {"area": format_number(content.map.total_area_km2)},
                    lang,
                ),
            }
        )
        for group in content.figures.groups:
            for figure in group.figures:
                if figure.highlight:
                    (value,), unit = in_scale_words([figure.value], figure.unit.get(lang))
                    slides.append(
                        {
                            "kind": "figure",
                            "title": figure.label.get(lang),
                            "subtitle": str(figure.year),
                            "value": format_number(value),
                            "unit": unit,
                        }
                    )
    for slide in attract.slides:
        slides.append(
            {
                "kind": "custom",
                "title": slide.title.get(lang),
                "subtitle": slide.body.get(lang) if slide.body else "",
                "image": content_image_url(loaded, slide.image),
                "colour": "",
                "initial": slide.title.get(lang)[:1],
            }
        )
    if not slides:
        slides.append({"kind": "title", "title": content.site.title.get(lang), "subtitle": ""})
    return slides


@QmlElement
@QmlSingleton
class Attract(QObject):
    """The attract loop: its slides in the session's language, the invitation in every
    language (the default first) and the time per slide."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slides: list[Slide] = []
        self._prompts: list[str] = []
        self._interval = 8000

    @staticmethod
    def create(engine: object) -> Attract:
        return provided(Attract)

    def update(self, loaded: LoadedContent | None, lang: str) -> None:
        self._slides = attract_slides(loaded, lang) if loaded else []
        self._prompts = []
        if loaded is not None:
            content = loaded.content
            first = content.kiosk.default_language
            langs = [first, *(other for other in codes() if other != first)]
            prompts = [content.attract.prompt.get(other) for other in langs]
            self._prompts = list(dict.fromkeys(prompts))
            self._interval = content.kiosk.attract_interval * 1000
        self.changed.emit()

    @Property("QVariantList", notify=changed)
    def slides(self) -> list[Slide]:
        return self._slides

    @Property("QStringList", notify=changed)
    def prompts(self) -> list[str]:
        return self._prompts

    @Property(int, notify=changed)
    def interval(self) -> int:
        return self._interval
