"""`kiosk check` warns of card texts too long for their card from numbers in textcheck.py; those
numbers are the laid-out QML's, measured here on the real window at 1920×1080 (a Theme change that
widens or narrows a card fails this test until the limits follow)."""

from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.services.textcheck import CARD_LIMITS, CardLimit
from tests.ui.helpers import all_items, find, settle


def _text_in(window: QQuickWindow, card: QQuickItem, shown: str) -> QQuickItem:
    texts = [
        item
        for item in all_items(window)
        if item.inherits("QQuickText") and item.property("text") == shown and _inside(item, card)
    ]
    assert len(texts) == 1, f"{shown!r}: {len(texts)} texts in {card.objectName()}"
    return texts[0]


def _inside(item: QQuickItem, ancestor: QQuickItem) -> bool:
    while item is not None:
        if item is ancestor:
            return True
        item = item.parentItem()
    return False


def _assert_laid_out_as_checked(text: QQuickItem, limit: CardLimit, faces: dict) -> None:
    size, width, lines, where, headline = limit
    assert text.property("font").family() == faces[headline], f"{where}: measured in its face"
    assert text.property("font").pixelSize() == size, where
    assert text.property("font").bold(), f"{where}: measured bold"
    assert round(text.width()) == width, f"{where}: {text.width()} wide, checked at {width}"
    assert text.property("maximumLineCount") == lines, where


def test_card_limits_are_the_cards_on_screen(make_kiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    content = kiosk.store.current.content
    event = content.timeline.events[0]
    # The narrowest figure cards: three columns beside the lead, on the most crowded page.
    crowded = max(content.figures.groups, key=lambda group: len(group.figures))
    figure = next(f for f in crowded.figures if f is not crowded.lead_figure())
    park = content.map.parks[0]
    font = kiosk.font
    faces = {False: font.family, True: font.headline}
    for link, card_name, shown, key in (
        ("timeline", f"card-{event.id}", event.title.zh, ("events", "title")),
        (f"figures/{crowded.id}", f"figure-{figure.id}", figure.label.zh, ("figures", "label")),
        ("map", f"parkEntry-{park.id}", park.name.zh, ("parks", "name")),
    ):
        assert kiosk.backend.navigator.openLink(link), link
        settle()
        _assert_laid_out_as_checked(
            _text_in(window, find(window, card_name), shown), CARD_LIMITS[key], faces
        )
