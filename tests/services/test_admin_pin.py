"""The staff PIN: salted hash on disk, checks, and the lock after five wrong tries."""

import json

import pytest

from kiosk.cli import main
from kiosk.services.admin import LOCK_SECONDS, MAX_TRIES, PinError, PinGate, PinStore


def test_pin_is_stored_as_a_salted_hash(tmp_path) -> None:
    store = PinStore(tmp_path)
    assert not store.has_pin()
    store.set_pin("2468")
    text = (tmp_path / "admin-pin.json").read_text()
    assert "2468" not in text
    record = json.loads(text)
    assert record["algorithm"] == "pbkdf2-sha256" and len(record["salt"]) == 32
    assert store.verify("2468") and not store.verify("2469")
    other = PinStore(tmp_path / "b")
    other.set_pin("2468")
    assert json.loads((tmp_path / "b" / "admin-pin.json").read_text())["hash"] != record["hash"]


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", ""])
def test_bad_pins_are_refused(tmp_path, pin) -> None:
    with pytest.raises(PinError):
        PinStore(tmp_path).set_pin(pin)


def test_five_wrong_pins_lock_the_gate_even_for_the_right_one(tmp_path) -> None:
    now = [1000.0]
    store = PinStore(tmp_path)
    store.set_pin("1357")
    gate = PinGate(store, clock=lambda: now[0])
    results = [gate.attempt("0000") for _ in range(MAX_TRIES)]
    assert results == ["wrong"] * (MAX_TRIES - 1) + ["locked"]
    assert gate.attempt("1357") == "locked"
    now[0] += LOCK_SECONDS + 1
    assert gate.attempt("1357") == "ok"


def test_a_damaged_pin_file_means_no_pin(tmp_path) -> None:
    (tmp_path / "admin-pin.json").write_text("{not json")
    assert not PinStore(tmp_path).has_pin()


def test_set_pin_command(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("8642\n8642\n"))
    assert main(["set-pin", "--state-dir", str(tmp_path)]) == 0
    assert PinStore(tmp_path).verify("8642")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("8642\n9999\n"))
    assert main(["set-pin", "--state-dir", str(tmp_path)]) == 1
    assert PinStore(tmp_path).verify("8642"), "a mismatch changes nothing"
