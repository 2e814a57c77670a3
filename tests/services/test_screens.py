"""The screen the kiosk fills: chosen by name or number, else the primary one, and the window
placed over its whole geometry (the real servers are in tests/displays/)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk.content import load_content
from kiosk.services.screens import FullScreenKeeper, choose_screen
from kiosk.services.startview import StartView, StartViewFile
from tests.conftest import copy_site


class Screen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


HDMI, DP = Screen("HDMI-1"), Screen("DP-2")


@pytest.mark.parametrize(
    ("wanted", "chosen"), [(None, DP), ("", DP), ("HDMI-1", HDMI), ("DP-2", DP), ("0", HDMI)]
)
def test_a_screen_is_chosen_by_name_or_number_else_the_primary(wanted, chosen) -> None:
    assert choose_screen([HDMI, DP], DP, wanted) == (chosen, "")


def test_a_missing_screen_says_which_there_are_and_uses_the_primary() -> None:
    screen, problem = choose_screen([HDMI, DP], DP, "HDMI-2")
    assert screen is DP
    assert problem == (
        "screen 'HDMI-2' not found (screens: 0: HDMI-1, 1: DP-2); using the primary screen"
    )
    assert choose_screen([HDMI, DP], DP, "7")[0] is DP
    assert choose_screen([], None, None) == (None, "")


def test_the_window_is_placed_over_its_screen(qapp, qtbot) -> None:
    from PySide6.QtQuick import QQuickWindow

    window = QQuickWindow()
    keeper = FullScreenKeeper(window, None)
    keeper.place()
    screen = QGuiApplication.primaryScreen()
    qtbot.waitUntil(lambda: window.geometry() == screen.geometry())
    assert window.isVisible()
    keeper.set_wanted("no-such-screen")  # falls back to the primary: stays put
    assert window.geometry() == screen.geometry()
    keeper.stop()
    window.close()


def test_the_content_and_the_start_view_carry_the_screen(tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    text = content.read_text(encoding="utf-8")
    content.write_text(text.replace("kiosk:\n", "kiosk:\n  screen: HDMI-1\n"), encoding="utf-8")
    assert load_content(content).content.kiosk.screen == "HDMI-1"
    views = StartViewFile(tmp_path / "state")
    views.save(StartView("0" * 64, "zh", {"zh": {}}, "HDMI-1"))
    saved = views.path.read_text(encoding="utf-8")
    assert '"screen": "HDMI-1"' in saved


def test_a_screen_name_that_cannot_be_one_is_an_error_with_its_line(tmp_path) -> None:
    from kiosk.content import ContentError

    content = copy_site(tmp_path / "site")
    text = content.read_text(encoding="utf-8")
    content.write_text(text.replace("kiosk:\n", "kiosk:\n  screen: 左边 屏幕\n"), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_content(content)
    line = text[: text.index("kiosk:\n")].count("\n") + 2
    assert [(issue.line, issue.path) for issue in raised.value.issues] == [(line, "kiosk.screen")]
