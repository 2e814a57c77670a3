from tests.ui.conftest import make_kiosk  # noqa: F401 - the kiosk fixture, for checks.py
