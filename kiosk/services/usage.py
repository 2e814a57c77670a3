"""Local, private usage statistics: visitor sessions and what they opened, nothing personal.
This module records them; `usagestats.py` reads them back.

SQLite in WAL mode with short transactions, so a crash loses at most the session in flight and
never corrupts the file. Durations use the monotonic clock; dates the wall clock.

The disk can still fail under it. A full or read-only state folder pauses recording (logged
once) and a new session tries again after RETRY_SECONDS, so recording resumes by itself when
space is freed. A database that is damaged (not SQLite, malformed) is set aside under a dated
name, logged once, and a new one is started: its sessions are not lost, only no longer added to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import time
from pathlib import Path

log = logging.getLogger("kiosk.usage")
DATABASE = "usage.sqlite3"
RETRY_SECONDS = 60.0
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


def is_damaged(error: sqlite3.Error) -> bool:
    """A database file that is not (or no longer) SQLite, as opposed to a disk that refuses."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.OperationalError
    )


def set_aside(path: Path, now: dt.datetime) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; the new name is returned."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.replace(Path(f"{target}{suffix}"))
    return target


class UsageLog:
    def __init__(self, state_dir: Path | None, clock=time.monotonic, now=dt.datetime.now) -> None:
        """`clock` times sessions (monotonic: a clock set back or forward changes no length);
        `now` dates them."""
        self._clock = clock
        self._now = now
        self._path = state_dir / DATABASE if state_dir is not None else None
        self._db: sqlite3.Connection | None = None
        self._session: int | None = None
        self._started = 0.0
        self._taps = 0
        self._paused = False  # the last write failed; logged once until recording works again
        self._retry_at = 0.0
        self._open()

    @property
    def in_session(self) -> bool:
        return self._session is not None

    @property
    def recording(self) -> bool:
        return self._db is not None

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
        if self._db is None and self._clock() >= self._retry_at:
            self._open()
        started = self._now().isoformat(timespec="seconds")
        cursor = self._write("INSERT INTO sessions (started) VALUES (?)", (started,))
        self._session = cursor.lastrowid if cursor is not None else None

    def _open(self) -> None:
        if self._path is None:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._db = connect(self._path)
        except sqlite3.Error as error:
            if is_damaged(error) and self._set_aside(error):
                self._open()
            else:
                self._fail(error)
        except OSError as error:
            self._fail(error)

    def _write(self, sql: str, values: tuple) -> sqlite3.Cursor | None:
        if self._db is None:
            return None
        try:
            cursor = self._db.execute(sql, values)
        except sqlite3.Error as error:
            self._close_db()
            if is_damaged(error) and self._set_aside(error):
                self._open()
                if sql.startswith("INSERT INTO sessions"):
                    return self._write(sql, values)
                self._session = None  # it lives in the old file; the next tap starts anew
                return None
            self._fail(error)
            return None
        if self._paused:
            self._paused = False
            log.info("usage statistics are recorded again")
        return cursor

    def _set_aside(self, error: sqlite3.Error) -> bool:
        assert self._path is not None
        try:
            target = set_aside(self._path, self._now())
        except OSError as problem:
            self._fail(problem)
            return False
        log.error(
            "the usage database was damaged (%s): kept as %s; a new one is started", error, target
        )
        return True

    def _fail(self, error: Exception) -> None:
        self._close_db()
        self._retry_at = self._clock() + RETRY_SECONDS
        if not self._paused:
            log.error("usage statistics are off: %s (tried again every %d s)", error, RETRY_SECONDS)
        self._paused = True

    def _close_db(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def close(self) -> None:
        self.end_session()
        self._close_db()
