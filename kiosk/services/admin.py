"""The staff PIN: stored as a salted hash, tried with a lock after repeated mistakes.

Fails closed: a PIN file that exists but cannot be read or trusted (another user's, corrupt,
empty, a folder, an iteration count out of range) is "broken", and a broken PIN opens nothing;
staff are told how to set a new one. The lock after MAX_TRIES wrong guesses is kept on disk, so
restarting the kiosk (pulling the plug) does not lift it; within a run it counts on a monotonic
clock, so changing the system time does not lift it either.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import stat
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from kiosk.services.paths import atomic_write_text

log = logging.getLogger("kiosk.admin")
PIN_FILE = "admin-pin.json"
LOCK_FILE = "admin-lock.json"
PIN_PATTERN = re.compile(r"^\d{4,8}$")
ITERATIONS = 200_000
# What a PIN file written by this kiosk holds; anything else was not written by it.
ITERATION_RANGE = range(100_000, 2_000_001)
MAX_TRIES = 5
LOCK_SECONDS = 300


class PinError(ValueError):
    pass


class PinStatus(StrEnum):
    NONE = "none"  # no PIN file: none was ever set
    SET = "set"
    BROKEN = "broken"  # a PIN file that cannot be read or trusted: the staff page stays shut


class PinStore:
    def __init__(self, state_dir: Path | None) -> None:
        self.path = state_dir / PIN_FILE if state_dir else None

    def status(self) -> PinStatus:
        if self.path is None or not os.path.lexists(self.path):
            return PinStatus.NONE
        return PinStatus.SET if self._record() is not None else PinStatus.BROKEN

    def has_pin(self) -> bool:
        return self.status() is PinStatus.SET

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
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.is_dir() and not self.path.is_symlink():
                self.path.rmdir()  # an empty folder where the file belongs; a full one stays
            atomic_write_text(self.path, json.dumps(record))
            os.chmod(self.path, 0o600)
            _give_to_folder_owner(self.path)
        except OSError as error:
            raise PinError(f"无法保存 PIN：{error.strerror or error} ({self.path})") from None

    def verify(self, pin: str) -> bool:
        record = self._record()
        if record is None:
            return False
        expected = bytes.fromhex(record["hash"])
        actual = _hash(pin, bytes.fromhex(record["salt"]), record["iterations"])
        return hmac.compare_digest(expected, actual)

    def _record(self) -> dict | None:
        if self.path is None:
            return None
        try:
            if not stat.S_ISREG(self.path.stat().st_mode):
                raise ValueError("not a regular file")
            record = json.loads(self.path.read_text(encoding="utf-8"))
            salt, digest = bytes.fromhex(record["salt"]), bytes.fromhex(record["hash"])
            iterations = record["iterations"]
            if (
                record.get("algorithm") != "pbkdf2-sha256"
                or type(iterations) is not int
                or iterations not in ITERATION_RANGE
                or len(salt) < 8
                or len(digest) != 32
            ):
                raise ValueError("not a PIN record this kiosk writes")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            log.error(
                "the PIN file %s cannot be used (%s); the staff page stays locked", self.path, error
            )
            return None
        return record


def _give_to_folder_owner(path: Path) -> None:
    """`sudo kiosk set-pin` runs as root: the file goes to whoever owns the state folder (the
    kiosk's user), or the kiosk could not read its own PIN and would lock the staff page."""
    if os.geteuid() != 0:
        return
    folder = path.parent.stat()
    if folder.st_uid != 0:
        os.chown(path, folder.st_uid, folder.st_gid)


def _hash(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)


class PinGate:
    """Counts wrong PINs; after MAX_TRIES the gate stays shut for LOCK_SECONDS, restarts too."""

    def __init__(
        self,
        store: PinStore,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._clock = clock
        self._wall_clock = wall_clock
        self._path = store.path.with_name(LOCK_FILE) if store.path else None
        self._wrong = 0
        self._locked_until = 0.0
        self._load()

    def locked_seconds(self) -> int:
        return max(0, round(self._locked_until - self._clock()))

    def attempt(self, pin: str) -> str:
        """ "ok", "wrong" or "locked"."""
        if self.locked_seconds() > 0:
            return "locked"
        if self._store.verify(pin):
            self._wrong = 0
            self._save()
            log.info("staff PIN accepted")
            return "ok"
        self._wrong += 1
        log.warning("wrong staff PIN (%d of %d)", self._wrong, MAX_TRIES)
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._locked_until = self._clock() + LOCK_SECONDS
            log.warning("PIN pad locked for %d s", LOCK_SECONDS)
            self._save()
            return "locked"
        self._save()
        return "wrong"

    def _load(self) -> None:
        """The lock and wrong count of the last run. A lock file that cannot be read is taken
        as a lock (fail closed); a lock is never longer than LOCK_SECONDS from now, so a clock
        set back does not extend it either."""
        if self._path is None or not os.path.lexists(self._path):
            return
        try:
            record = json.loads(self._path.read_text(encoding="utf-8"))
            wrong, until = int(record["wrong"]), float(record["locked_until"])
            if not (0 <= wrong < MAX_TRIES) or until != until:  # NaN
                raise ValueError("out of range")
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.error("the PIN lock file %s cannot be read (%s); locked", self._path, error)
            self._locked_until = self._clock() + LOCK_SECONDS
            return
        self._wrong = wrong
        remaining = min(LOCK_SECONDS, until - self._wall_clock())
        if remaining > 0:
            self._locked_until = self._clock() + remaining

    def _save(self) -> None:
        if self._path is None:
            return
        remaining = self._locked_until - self._clock()
        record = {
            "wrong": self._wrong,
            "locked_until": self._wall_clock() + remaining if remaining > 0 else 0,
        }
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self._path, json.dumps(record))
        except OSError as error:
            log.warning("cannot keep the PIN lock in %s: %s", self._path, error)
