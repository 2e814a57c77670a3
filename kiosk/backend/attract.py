"""The attract loop's slides, made from the content: highlighted events, the park map and the
headline figures, then any slides staff added."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.content.display import format_date, format_number

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
                        "image": loaded.image_url(event.image),
                        "colour": eras[event.era].colour,
                        "initial": event.title.get(lang)[:1],
                    }
                )
        slides.append(
            {
                "kind": "map",
                "title": content.map.title.get(lang),
                "subtitle": f"{format_number(content.map.total_area_km2)} "
                + ("km²" if lang == "en" else "平方公里"),
            }
        )
        for group in content.figures.groups:
            for figure in group.figures:
                if figure.highlight:
                    slides.append(
                        {
                            "kind": "figure",
                            "title": figure.label.get(lang),
                            "subtitle": str(figure.year),
                            "value": format_number(figure.value),
                            "unit": figure.unit.get(lang),
                        }
                    )
    for slide in attract.slides:
        slides.append(
            {
                "kind": "custom",
                "title": slide.title.get(lang),
                "subtitle": slide.body.get(lang) if slide.body else "",
                "image": loaded.image_url(slide.image),
                "colour": "",
                "initial": slide.title.get(lang)[:1],
            }
        )
    if not slides:
        slides.append({"kind": "title", "title": content.site.title.get(lang), "subtitle": ""})
    return slides
