"""Local, private usage statistics: visitor sessions and what they opened, nothing personal.
This module records them; `usagestats.py` reads them back.

SQLite in WAL mode with short transactions, so a crash loses at most the session in flight and
never corrupts the file. Durations use the monotonic clock; dates the wall clock. If the state
folder is read-only or full, the problem is logged once and the kiosk carries on without stats.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from pathlib import Path

log = logging.getLogger("kiosk.usage")
DATABASE = "usage.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    seconds REAL,
    taps INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS opened (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    kind TEXT NOT NULL,
    item TEXT NOT NULL
);
"""


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(SCHEMA)
    return connection


class UsageLog:
    def __init__(self, state_dir: Path | None, clock=time.monotonic, now=dt.datetime.now) -> None:
        """`clock` times sessions (monotonic: a clock set back or forward changes no length);
        `now` dates them."""
        self._clock = clock
        self._now = now
        self._db: sqlite3.Connection | None = None
        self._session: int | None = None
        self._started = 0.0
        self._taps = 0
        if state_dir is not None:
            try:
                state_dir.mkdir(parents=True, exist_ok=True)
                self._db = connect(state_dir / DATABASE)
            except (OSError, sqlite3.Error) as error:
                self._fail(error)

    @property
    def in_session(self) -> bool:
        return self._session is not None

    def tap(self) -> None:
        """A press anywhere: counts, and begins a session if none is running."""
        if self._session is None:
            self._start()
        self._taps += 1

    def record(self, kind: str, item: str) -> None:
        """`panel`, `event`, `park` or `figure` opened in the current session."""
        if self._session is None or not item:
            return
        self._write(
            "INSERT INTO opened (session_id, kind, item) VALUES (?, ?, ?)",
            (self._session, kind, item),
        )

    def end_session(self) -> None:
        if self._session is None:
            return
        self._write(
            "UPDATE sessions SET seconds = ?, taps = ? WHERE id = ?",
            (self._clock() - self._started, self._taps, self._session),
        )
        self._session = None

    def _start(self) -> None:
        self._started = self._clock()
        self._taps = 0
        started = self._now().isoformat(timespec="seconds")
        cursor = self._write("INSERT INTO sessions (started) VALUES (?)", (started,))
        self._session = cursor.lastrowid if cursor is not None else None

    def _write(self, sql: str, values: tuple) -> sqlite3.Cursor | None:
        if self._db is None:
            return None
        try:
            return self._db.execute(sql, values)
        except sqlite3.Error as error:
            self._fail(error)
            return None

    def _fail(self, error: Exception) -> None:
        log.error("usage statistics are off: %s", error)
        self._db = None

    def close(self) -> None:
        self.end_session()
        if self._db is not None:
            self._db.close()
            self._db = None
