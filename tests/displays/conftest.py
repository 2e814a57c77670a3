"""The display-server tests compare the real kiosk's screen with the same screen rendered
offscreen by the UI tests' kiosk."""

from tests.ui.conftest import make_kiosk

__all__ = ["make_kiosk"]
