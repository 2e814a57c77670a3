"""The robustness tests drive the same real kiosk window as the UI tests."""

from tests.ui.conftest import make_kiosk

__all__ = ["make_kiosk"]
