"""A real kiosk window per test, windowed at a chosen size, failing on any QML warning."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from kiosk.app import KioskApp, KioskOptions
from tests.conftest import BUNDLED
from tests.ui.helpers import find_all

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)


@pytest.fixture
def make_kiosk(qtbot, tmp_path: Path):
    made: list[KioskApp] = []

    def make(
        size: tuple[int, int] = LANDSCAPE,
        content: Path = BUNDLED,
        language: str | None = None,
        state_dir: Path | None = None,
        open_link: str | None = None,
        windowed: bool = True,
    ) -> KioskApp:
        """`windowed=False`: kiosk mode, fullscreen on the offscreen screen (`size` unused)."""
        kiosk = KioskApp(
            KioskOptions(
                content_path=content,
                state_dir=state_dir or tmp_path / "state",
                windowed=windowed,
                size=QSize(*size) if windowed else None,
                language=language,
                open_link=open_link,
            )
        )
        qtbot.waitExposed(kiosk.window)
        if windowed:
            qtbot.waitUntil(
                lambda: kiosk.window.width() == size[0] and kiosk.window.height() == size[1]
            )
        qtbot.waitUntil(lambda: kiosk.window.property("panelsLoaded"))
        qtbot.waitUntil(lambda: _emblem_drawn(kiosk))  # Home as a visitor first sees it
        qtbot.wait(50)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        warnings = list(kiosk.qml_warnings)
        kiosk.close()
        assert warnings == [], warnings


def _emblem_drawn(kiosk: KioskApp) -> bool:
    """Home's emblem loaded and faded in, or none to show (the content names no logo)."""
    emblems = find_all(kiosk.window, "homeEmblem")
    return all(
        not e.isVisible() or (e.property("progress") == 1 and e.opacity() == 1) for e in emblems
    )
