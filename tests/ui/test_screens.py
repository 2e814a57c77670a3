"""What a visitor sees: language, accessible mode, real Chinese glyphs, nothing blank."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRect, QSize, QUrl
from PySide6.QtGui import QRawFont
from PySide6.QtQml import QQmlComponent

from kiosk.app import QML_DIR
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.helpers import (
    bright_pixels,
    center,
    click_item,
    distinct_colours,
    find,
    settle,
    touch_tap,
)
from tests.ui.test_language import visible_texts


def test_every_qml_file_compiles(make_kiosk) -> None:
    kiosk = make_kiosk()
    module = QML_DIR / "Kiosk"
    entries = [line.split()[-1] for line in (module / "qmldir").read_text().splitlines()[1:]]
    files = sorted(str(path.relative_to(module)) for path in module.rglob("*.qml"))
    assert sorted(entries) == files, "every QML file is listed in qmldir"
    for entry in entries:
        component = QQmlComponent(kiosk.engine, QUrl.fromLocalFile(str(module / entry)))
        assert component.isReady(), [error.toString() for error in component.errors()]


def test_language_toggle_changes_the_screen(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    title = find(window, "homeTitle")
    assert title.property("text") == "朔州经济开发区"
    before = window.grabWindow()
    click_item(window, "languageButton")
    qtbot.waitUntil(lambda: title.property("text") == "Shuozhou Economic Development Zone")
    assert window.grabWindow() != before
    click_item(window, "entry-figures")
    settle()
    assert find(window, "figuresPanel").isVisible()
    assert "Key Figures" in visible_texts(window)
    click_item(window, "languageButton")
    qtbot.waitUntil(lambda: "核心数据" in visible_texts(window))


def test_accessible_mode_lowers_navigation_and_enlarges_text(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    nav_bar = find(window, "navBar")
    title = find(window, "homeTitle")
    size_before = title.property("font").pixelSize()
    assert nav_bar.y() == 0
    click_item(window, "accessibleButton")
    qtbot.waitUntil(lambda: nav_bar.y() > window.height() / 2)
    assert title.property("font").pixelSize() > size_before
    entry = find(window, "entry-timeline")
    assert entry.mapToScene(entry.boundingRect().topLeft()).y() > window.height() / 3


def test_portrait_puts_the_navigation_within_reach(make_kiosk, qtbot) -> None:
    """On a portrait stand the top of the screen is ~2 m up: Home, Back, the tabs and the
    language sit at the bottom, and a tap there (touch) still works."""
    kiosk = make_kiosk(PORTRAIT)
    window = kiosk.window
    click_item(window, "entry-map")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "map")
    click_item(window, "tab-figures")  # Back shows once there is a panel to go back to
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "figures")
    settle()
    for name in ("homeButton", "backButton", "tab-timeline", "languageButton", "accessibleButton"):
        top = find(window, name).mapToScene(QPointF(0, 0)).y()
        assert top > window.height() * 0.8, f"{name} at {top:.0f} of {window.height()}"
    assert find(window, "accessibleButton").property("text") == "大字模式"
    touch_tap(window, center(find(window, "tab-timeline")))
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "timeline")


def test_chinese_title_is_drawn_with_real_glyphs(make_kiosk) -> None:
    kiosk = make_kiosk()
    title = find(kiosk.window, "homeTitle")
    text = title.property("text")
    raw = QRawFont.fromFont(title.property("font"))
    glyphs = raw.glyphIndexesForString(text)
    assert len(glyphs) == len(text) and 0 not in glyphs, "no .notdef boxes"
    top_left = title.mapToScene(title.boundingRect().topLeft()).toPoint()
    area = QRect(top_left, QSize(int(title.width()), int(title.height())))
    assert bright_pixels(kiosk.window.grabWindow(), area) > 2000, "the title has visible strokes"


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_every_screen_renders_something(make_kiosk, qtbot, tmp_path: Path, size) -> None:
    kiosk = make_kiosk(size)
    window = kiosk.window
    shots = {"home": window.grabWindow()}
    for panel in ("timeline", "map", "figures"):
        click_item(window, f"tab-{panel}" if panel != "timeline" else "entry-timeline")
        qtbot.waitUntil(lambda panel=panel: kiosk.backend.navigator.currentPanel == panel)
        qtbot.wait(500)
        shots[panel] = window.grabWindow()
    for name, image in shots.items():
        assert (image.width(), image.height()) == size
        assert distinct_colours(image) > 12, f"{name} looks blank"
        image.save(str(tmp_path / f"{name}.png"))
    assert len({image.cacheKey() for image in shots.values()}) == len(shots)
    assert len({bytes(image.constBits()) for image in shots.values()}) == len(shots)


def test_admin_gesture_opens_the_overlay_when_no_pin_is_set(make_kiosk, qtbot) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    kiosk = make_kiosk()
    window = kiosk.window
    corner = QPoint(20, 20)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    qtbot.wait(1000)
    assert not kiosk.backend.admin.isOpen, "a short press opens nothing"
    qtbot.waitUntil(lambda: kiosk.backend.admin.isOpen, timeout=3000)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert find(window, "noPinBanner").isVisible()
    assert kiosk.backend.navigator.currentPanel == "home", "the long press tapped nothing else"
    exits = []
    kiosk.backend.admin.exitRequested.disconnect()
    kiosk.backend.admin.exitRequested.connect(lambda: exits.append(True))
    click_item(window, "exitButton")
    qtbot.waitUntil(lambda: exits == [True])
    click_item(window, "closeAdminButton")
    qtbot.waitUntil(lambda: not kiosk.backend.admin.isOpen)


def test_gesture_and_pin_open_the_admin_page(make_kiosk, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from kiosk.services.admin import PinStore

    state = tmp_path / "pin-state"
    PinStore(state).set_pin("2580")
    kiosk = make_kiosk(state_dir=state)
    window = kiosk.window
    QTest.mousePress(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, 20)
    )
    qtbot.waitUntil(lambda: kiosk.backend.staff_pin.padOpen, timeout=4500)
    QTest.mouseRelease(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20, 20)
    )
    assert not kiosk.backend.admin.isOpen
    for key in "1111":
        click_item(window, f"pinKey-{key}")
    click_item(window, "pinKey-OK")
    qtbot.waitUntil(lambda: find(window, "pinMessage").property("text") == "PIN 不正确")
    assert not kiosk.backend.admin.isOpen
    for key in "2580":
        click_item(window, f"pinKey-{key}")
    assert find(window, "pinDots").property("text") == "●●●●"
    click_item(window, "pinKey-OK")
    qtbot.waitUntil(lambda: kiosk.backend.admin.isOpen)
    settle()
    assert not find(window, "noPinBanner").isVisible(), "the banner is only for a missing PIN"
    click_item(window, "touchTestButton")
    grid = find(window, "touchTestGrid")
    assert grid.isVisible()


def test_five_wrong_pins_lock_the_pad(make_kiosk, qtbot, tmp_path) -> None:
    from kiosk.services.admin import PinStore

    state = tmp_path / "pin-state"
    PinStore(state).set_pin("2580")
    kiosk = make_kiosk(state_dir=state)
    kiosk.backend.staff_pin.request()
    for _ in range(5):
        for key in "9999":
            click_item(kiosk.window, f"pinKey-{key}")
        click_item(kiosk.window, "pinKey-OK")
    qtbot.waitUntil(lambda: "5分钟" in find(kiosk.window, "pinMessage").property("text"))
    for key in "2580":
        click_item(kiosk.window, f"pinKey-{key}")
    click_item(kiosk.window, "pinKey-OK")
    qtbot.wait(100)
    assert not kiosk.backend.admin.isOpen, "locked: even the right PIN waits"
