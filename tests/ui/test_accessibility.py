"""Touch targets, text sizes, contrast and labels that fit, on every screen and orientation."""

import pytest
from PySide6.QtGui import QColor
from PySide6.QtQml import QQmlEngine, QQmlExpression

from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import all_items, click_item, is_shown

MIN_TARGET = 80
MIN_TEXT = 28
SCREENS = ("home", "timeline", "map", "figures")


def visit(kiosk, qtbot, screen: str) -> None:
    if screen != "home":
        kiosk.backend.navigator.open(screen)
        qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == screen)
    qtbot.wait(350)


def shown_items(kiosk, type_name: str):
    window = kiosk.window
    return [
        item
        for item in all_items(window)
        if (item.inherits(type_name) or type_name in item.metaObject().className())
        and is_shown(window, item)
        and _visible_up(item)
    ]


def single_line_label(text) -> bool:
    """A Text that does not wrap: a label that must fit whole (bodies may elide on purpose)."""
    context = QQmlEngine.contextForObject(text)
    expression = QQmlExpression(context, text, "wrapMode === Text.NoWrap")
    return bool(expression.evaluate()[0])


def _visible_up(item) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_targets_text_and_labels(make_kiosk, qtbot, size, language) -> None:
    kiosk = make_kiosk(size, language=language)
    for screen in SCREENS:
        visit(kiosk, qtbot, screen)
        buttons = shown_items(kiosk, "TouchButton") + shown_items(kiosk, "HomeEntry")
        assert buttons, screen
        for button in buttons:
            assert button.width() >= MIN_TARGET and button.height() >= MIN_TARGET, (
                f"{screen}: {button.objectName() or button.property('text')} is "
                f"{button.width()}×{button.height()}"
            )
        texts = shown_items(kiosk, "QQuickText")
        assert len(texts) > 5, screen
        assert any(single_line_label(text) for text in texts), screen
        for text in texts:
            if not text.property("text"):
                continue
            assert text.property("font").pixelSize() >= MIN_TEXT, (screen, text.property("text"))
            if single_line_label(text):
                assert not text.property("truncated"), (screen, text.property("text"))


def test_accessible_mode_keeps_everything_reachable(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk(LANDSCAPE)
    click_item(kiosk.window, "accessibleButton")
    for screen in SCREENS:
        visit(kiosk, qtbot, screen)
        for text in shown_items(kiosk, "QQuickText"):
            if single_line_label(text) and text.property("text"):
                assert not text.property("truncated"), (screen, text.property("text"))


def contrast(one: QColor, two: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


TEXT_ON = [
    ("text", "background"),
    ("text", "backgroundDeep"),
    ("text", "surface"),
    ("text", "surfaceRaised"),
    ("textMuted", "background"),
    ("textMuted", "surface"),
    ("cardText", "card"),
    ("cardMuted", "card"),
    ("accentText", "accent"),
    ("dangerText", "danger"),
    ("text", "up"),
    ("text", "share"),
    ("text", "mapWater"),
]


def test_theme_text_colours_have_contrast(make_kiosk) -> None:
    kiosk = make_kiosk()
    context = QQmlEngine.contextForObject(kiosk.window)

    def colour(name: str) -> QColor:
        return QColor(QQmlExpression(context, kiosk.window, f"Theme.{name}").evaluate()[0])

    for foreground, background in TEXT_ON:
        ratio = contrast(colour(foreground), colour(background))
        assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}"
