"""The staff PIN: salted hash on disk, checks, and the lock after five wrong tries."""

import json

import pytest

from kiosk.cli import main
from kiosk.services.admin import LOCK_SECONDS, MAX_TRIES, PinError, PinGate, PinStatus, PinStore


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


def test_a_damaged_pin_file_is_broken_not_absent(tmp_path) -> None:
    store = PinStore(tmp_path)
    assert store.status() is PinStatus.NONE
    (tmp_path / "admin-pin.json").write_text("{not json")
    assert store.status() is PinStatus.BROKEN and not store.verify("1234")
    store.set_pin("1234")  # `kiosk set-pin`, the documented recovery, replaces it
    assert store.status() is PinStatus.SET


@pytest.mark.parametrize("iterations", [0, -5, 10**9, 1.5, "200000", True])
def test_iteration_counts_out_of_range_are_refused_at_once(tmp_path, iterations) -> None:
    import time

    store = PinStore(tmp_path)
    store.set_pin("1234")
    record = json.loads(store.path.read_text())
    record["iterations"] = iterations
    store.path.write_text(json.dumps(record))
    started = time.monotonic()
    assert store.status() is PinStatus.BROKEN and not store.verify("1234")
    assert time.monotonic() - started < 1, "no stall on a huge count"


def test_the_lock_survives_a_restart(tmp_path) -> None:
    now, wall = [1000.0], [1_700_000_000.0]
    store = PinStore(tmp_path)
    store.set_pin("1357")
    gate = PinGate(store, clock=lambda: now[0], wall_clock=lambda: wall[0])
    for _ in range(MAX_TRIES - 2):
        gate.attempt("0000")
    restarted = PinGate(store, clock=lambda: 5.0, wall_clock=lambda: wall[0])
    assert [restarted.attempt("0000") for _ in range(2)] == ["wrong", "locked"], (
        "the wrong count is kept too"
    )
    wall[0] += 60
    again = PinGate(store, clock=lambda: 7.0, wall_clock=lambda: wall[0])
    assert again.attempt("1357") == "locked"
    assert again.locked_seconds() == LOCK_SECONDS - 60
    wall[0] -= 10**6  # the clock set back a long way does not lengthen the lock
    assert (
        PinGate(store, clock=lambda: 0.0, wall_clock=lambda: wall[0]).locked_seconds()
        <= LOCK_SECONDS
    )
    wall[0] += 10**6 + LOCK_SECONDS
    assert PinGate(store, clock=lambda: 0.0, wall_clock=lambda: wall[0]).attempt("1357") == "ok"


def test_a_damaged_lock_file_locks(tmp_path) -> None:
    store = PinStore(tmp_path)
    store.set_pin("1357")
    (tmp_path / "admin-lock.json").write_text("garbage")
    gate = PinGate(store)
    assert gate.attempt("1357") == "locked"


def test_set_pin_command(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("8642\n8642\n"))
    assert main(["set-pin", "--state-dir", str(tmp_path)]) == 0
    assert PinStore(tmp_path).verify("8642")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("8642\n9999\n"))
    assert main(["set-pin", "--state-dir", str(tmp_path)]) == 1
    assert PinStore(tmp_path).verify("8642"), "a mismatch changes nothing"


@pytest.mark.skipif(__import__("os").geteuid() != 0, reason="needs root, as `sudo kiosk set-pin`")
def test_set_pin_as_root_leaves_the_file_to_the_kiosk_user(tmp_path) -> None:
    import os

    os.chown(tmp_path, 65534, 65534)  # the state folder belongs to the kiosk's user
    PinStore(tmp_path).set_pin("2468")
    info = (tmp_path / "admin-pin.json").stat()
    assert (info.st_uid, info.st_gid) == (65534, 65534) and info.st_mode & 0o777 == 0o600
