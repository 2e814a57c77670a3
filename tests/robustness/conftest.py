"""The robustness tests drive the same real kiosk window as the UI tests, each within a time
limit: KIOSK_CASE_SECONDS, 300 s by default, none for the long versions (KIOSK_SOAK_CYCLES,
KIOSK_MONKEY_EVENTS, KIOSK_CRASH_KILLS, KIOSK_STOPS set) unless KIOSK_CASE_SECONDS says otherwise."""

import os

import pytest

from tests.robustness.limits import deadline
from tests.ui.conftest import make_kiosk

__all__ = ["make_kiosk"]
LONG_RUNS = ("KIOSK_SOAK_CYCLES", "KIOSK_MONKEY_EVENTS", "KIOSK_CRASH_KILLS", "KIOSK_STOPS")
CASE_SECONDS = float(
    os.environ.get(
        "KIOSK_CASE_SECONDS", "0" if any(name in os.environ for name in LONG_RUNS) else "300"
    )
)


@pytest.fixture(autouse=True)
def time_limit():
    if CASE_SECONDS <= 0:
        yield
        return
    with deadline(CASE_SECONDS):
        yield
