"""A random visitor for thousands of events: nothing raises, nothing warns, the kiosk still
answers, and its memory does not climb.

Run by `test_monkey.py` in a pytest process of its own (see there why); not collected by the
suite itself, since its name does not start with `test_`.
"""

from __future__ import annotations

import gc
import os

from PySide6.QtCore import QPoint

from kiosk.backend.panels import PANELS
from kiosk.content import load_content
from kiosk.services.admin import PinStore
from tests.conftest import BUNDLED
from tests.robustness.memory import private_mb, robust_trend
from tests.robustness.monkey import Monkey
from tests.ui.helpers import center, distinct_colours, find, find_all, is_shown, pause

EVENTS = int(os.environ.get("KIOSK_MONKEY_EVENTS", "1800"))
SEED = int(os.environ.get("KIOSK_MONKEY_SEED", "1992"))
STAFF_PIN = "86042719"  # eight digits: the monkey only ever types four
ADMIN_GESTURES = 3
MEMORY_SAMPLES = 10
MEMORY_GROWTH_LIMIT_MB = 12.0


def settled_memory(kiosk) -> float:
    """Private memory with nobody at the screen: the same state at every sample, so decoded
    pictures and glyphs of whatever the visitor last opened do not count as growth."""
    kiosk.backend.staff_pin.close()
    kiosk.idle.go_idle_now()
    pause(300)
    gc.collect()
    return private_mb()


def visit_everything(kiosk, lang: str) -> None:
    """Every screen once, each event's pictures full size too: the QML each first builds
    (compiled on first use, from no disk cache in a fresh clone), its pictures and glyphs are
    one-time costs, not growth, and the memory samples come after them."""
    content = load_content(BUNDLED).content
    kiosk.backend.session.language = lang
    for panel in PANELS:
        for item, _label in panel.pages(content, lang):
            kiosk.backend.navigator.openLink(f"{panel.id}/{item}" if item else panel.id)
            pause(150)
            if panel.id == "timeline" and item:
                for viewer in find_all(kiosk.window, "pictureViewer"):
                    viewer.setProperty("shown", True)
                pause(300)
    kiosk.backend.navigator.goHome()
    pause(100)


def test_a_random_visitor_breaks_nothing(make_kiosk, qtbot, tmp_path) -> None:
    state_dir = tmp_path / "state"
    PinStore(state_dir).set_pin(STAFF_PIN)
    kiosk = make_kiosk(state_dir=state_dir)
    for lang in ("en", "zh"):
        visit_everything(kiosk, lang)
    monkey = Monkey(kiosk, SEED)
    warm_up = min(EVENTS // 3, 1000)
    every = max(1, (EVENTS - warm_up) // MEMORY_SAMPLES)
    memory = []
    for index in range(EVENTS):
        if index % (EVENTS // ADMIN_GESTURES) == EVENTS // (2 * ADMIN_GESTURES):
            monkey.admin_gesture_with_wrong_pins()
        monkey.step()
        assert kiosk.window.isVisible(), f"the window closed at event {index}"
        if index + 1 >= warm_up and (index + 1 - warm_up) % every == 0:
            memory.append(settled_memory(kiosk))
    assert not kiosk.backend.admin.isOpen, "a wrong PIN opened the staff screen"
    growth = robust_trend(memory) * (len(memory) - 1)
    print(
        f"{EVENTS} events {dict(monkey.done)}; private memory after warm-up "
        f"{' '.join(f'{value:.0f}' for value in memory)} MB, trend {growth:+.1f} MB"
    )

    # Still answers: the next visitor touches the screen and taps Home.
    kiosk.backend.staff_pin.close()
    pause(50)
    monkey.touch(QPoint(960, 540), 30)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Active")
    if kiosk.backend.navigator.currentPanel != "home":
        home = find(kiosk.window, "homeButton")
        qtbot.waitUntil(lambda: is_shown(kiosk.window, home))
        pause(100)
        monkey.touch(center(home), 30)
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "home")
    qtbot.waitUntil(lambda: is_shown(kiosk.window, find(kiosk.window, "homeScreen")))
    assert distinct_colours(kiosk.window.grabWindow()) > 20
    assert growth < MEMORY_GROWTH_LIMIT_MB, f"private memory trend {growth:+.1f} MB after warm-up"
    assert monkey.done["admin gesture"] == ADMIN_GESTURES
