"""The staff PIN: stored as a salted hash, tried with a lock after repeated mistakes.

Why a lock: the kiosk stands in a public hall; five wrong guesses close the PIN pad for five
minutes (a monotonic clock, so changing the system time does not lift it).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import time
from pathlib import Path

from kiosk.services.paths import atomic_write_text

log = logging.getLogger("kiosk.admin")
PIN_FILE = "admin-pin.json"
PIN_PATTERN = re.compile(r"^\d{4,8}$")
ITERATIONS = 200_000
MAX_TRIES = 5
LOCK_SECONDS = 300


class PinError(ValueError):
    pass


class PinStore:
    def __init__(self, state_dir: Path | None) -> None:
        self.path = state_dir / PIN_FILE if state_dir else None

    def has_pin(self) -> bool:
        return self._record() is not None

    def set_pin(self, pin: str) -> None:
        if not PIN_PATTERN.match(pin):
            raise PinError("PIN 必须是 4 到 8 位数字 (4 to 8 digits)")
        if self.path is None:
            raise PinError("没有状态文件夹，无法保存 PIN (no state folder)")
        salt = os.urandom(16)
        record = {
            "algorithm": "pbkdf2-sha256",
            "iterations": ITERATIONS,
            "salt": salt.hex(),
            "hash": _hash(pin, salt, ITERATIONS).hex(),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(record))
        os.chmod(self.path, 0o600)

    def verify(self, pin: str) -> bool:
        record = self._record()
        if record is None:
            return False
        expected = bytes.fromhex(record["hash"])
        actual = _hash(pin, bytes.fromhex(record["salt"]), int(record["iterations"]))
        return hmac.compare_digest(expected, actual)

    def _record(self) -> dict | None:
        if self.path is None or not self.path.is_file():
            return None
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            bytes.fromhex(record["salt"]), bytes.fromhex(record["hash"]), int(record["iterations"])
        except (OSError, ValueError, KeyError, TypeError):
            log.error("the PIN file %s is unreadable; no PIN is in force", self.path)
            return None
        return record


def _hash(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)


class PinGate:
    """Counts wrong PINs; after MAX_TRIES the gate stays shut for LOCK_SECONDS."""

    def __init__(self, store: PinStore, clock=time.monotonic) -> None:
        self._store = store
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    def locked_seconds(self) -> int:
        return max(0, round(self._locked_until - self._clock()))

    def attempt(self, pin: str) -> str:
        """ "ok", "wrong" or "locked"."""
        if self.locked_seconds() > 0:
            return "locked"
        if self._store.verify(pin):
            self._wrong = 0
            log.info("staff PIN accepted")
            return "ok"
        self._wrong += 1
        log.warning("wrong staff PIN (%d of %d)", self._wrong, MAX_TRIES)
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._locked_until = self._clock() + LOCK_SECONDS
            log.warning("PIN pad locked for %d s", LOCK_SECONDS)
            return "locked"
        return "wrong"
