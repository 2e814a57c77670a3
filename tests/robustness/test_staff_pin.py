"""The staff page fails closed: a first PIN is asked for in kiosk mode, a PIN file that cannot
be trusted locks the page, driven by real taps on the pad."""

from __future__ import annotations

import json
import os

import pytest

from kiosk.services.admin import PIN_FILE, PinStore
from tests.ui.helpers import click_item, find, settle


def type_pin(window, pin: str) -> None:
    for key in pin:
        click_item(window, f"pinKey-{key}")
    click_item(window, "pinKey-OK")
    settle()


def test_kiosk_mode_asks_for_a_first_pin_before_the_staff_page(make_kiosk, qtbot, tmp_path):
    state = tmp_path / "state"
    kiosk = make_kiosk(state_dir=state, windowed=False)
    window = kiosk.window
    kiosk.backend.staff_pin.request()
    qtbot.waitUntil(lambda: kiosk.backend.staff_pin.padOpen)
    assert not kiosk.backend.admin.isOpen, "no visitor reaches Exit on a fresh install"
    assert find(window, "pinTitle").property("text") == "请设置管理 PIN（4–8位数字）"
    type_pin(window, "135")
    assert find(window, "pinMessage").property("text") == "PIN 须为4–8位数字"
    type_pin(window, "1357")
    assert find(window, "pinTitle").property("text") == "请再输入一次新 PIN"
    type_pin(window, "1358")
    assert find(window, "pinMessage").property("text") == "两次输入不一致，请重新设置"
    assert not PinStore(state).has_pin()
    type_pin(window, "1357")
    type_pin(window, "1357")
    qtbot.waitUntil(lambda: kiosk.backend.admin.isOpen)
    assert PinStore(state).verify("1357")
    kiosk.backend.admin.close()
    kiosk.backend.staff_pin.request()
    qtbot.waitUntil(lambda: kiosk.backend.staff_pin.padOpen)
    assert find(window, "pinTitle").property("text") == "请输入管理 PIN", "asked from now on"


def test_a_windowed_preview_without_a_pin_opens_the_staff_page(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    kiosk.backend.staff_pin.request()
    qtbot.waitUntil(lambda: kiosk.backend.admin.isOpen)
    assert find(kiosk.window, "noPinBanner").isVisible()


def _corrupt(path):
    path.write_text("{not json")


def _empty(path):
    path.write_text("")


def _folder(path):
    path.unlink()
    path.mkdir()


def _iterations(count):
    def apply(path):
        record = json.loads(path.read_text())
        record["iterations"] = count
        path.write_text(json.dumps(record))

    return apply


def _unreadable(path):
    if os.geteuid() == 0:
        # root reads any file: a folder of the same name stands in for "cannot be opened"
        _folder(path)
    else:
        path.chmod(0)


@pytest.mark.parametrize(
    "damage",
    [_corrupt, _empty, _folder, _unreadable, _iterations(0), _iterations(-5), _iterations(10**9)],
    ids=["corrupt", "empty", "folder", "unreadable", "0 iterations", "-5", "10^9"],
)
@pytest.mark.parametrize("windowed", [True, False], ids=["windowed", "kiosk mode"])
def test_a_pin_file_that_cannot_be_trusted_locks_the_page(
    make_kiosk, qtbot, tmp_path, damage, windowed
) -> None:
    state = tmp_path / "state"
    PinStore(state).set_pin("2468")
    damage(state / PIN_FILE)
    kiosk = make_kiosk(state_dir=state, windowed=windowed)
    window = kiosk.window
    kiosk.backend.staff_pin.request()
    qtbot.waitUntil(lambda: kiosk.backend.staff_pin.padOpen)
    settle()
    assert find(window, "pinTitle").property("text") == "管理页面已锁定"
    assert "kiosk set-pin" in find(window, "pinBroken").property("text")
    assert find(window, "pinBroken").isVisible()
    assert not find(window, "pinKey-OK").isVisible(), "nothing to type: the page stays shut"
    assert not kiosk.backend.admin.isOpen
    assert kiosk.backend.staff_pin.createFirst("1111") == "failed", (
        "a broken PIN is never replaced on screen"
    )
    assert kiosk.backend.staff_pin.submit("2468") != "ok"
    click_item(window, "pinCancel")
    qtbot.waitUntil(lambda: not kiosk.backend.staff_pin.padOpen)
