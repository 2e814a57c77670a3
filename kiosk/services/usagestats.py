"""What the usage log says: sessions per day and hour, median length, most opened items.

Apart from the recorder (`usage.py`), which the kiosk starts with; this is read by `kiosk stats`
and the admin page only.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from kiosk.services.usage import DATABASE


class UsageUnreadable(Exception):
    """The usage database cannot be read (damaged, or not ours to read), in one line."""


def report(
    state_dir: Path, since: dt.date | None = None, until: dt.date | None = None
) -> dict[str, Any]:
    """Sessions per day and hour, median length, and what visitors opened most; `since` and
    `until` (exclusive) limit the days by the date each session was stamped with."""
    path = state_dir / DATABASE
    if not path.exists():
        return {"sessions": 0, "per_day": {}, "per_hour": {}, "median_seconds": 0, "top": {}}
    start = (since or dt.date.min).isoformat()
    end = (until or dt.date.max).isoformat()
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute(
                "SELECT id, started, seconds FROM sessions WHERE started >= ? AND started < ? "
                "ORDER BY started",
                (start, end),
            ).fetchall()
            ids = [row[0] for row in rows]
            opened = (
                connection.execute(
                    f"SELECT kind, item FROM opened WHERE session_id IN ({','.join('?' * len(ids))})",
                    ids,
                ).fetchall()
                if ids
                else []
            )
        finally:
            connection.close()
        per_day = Counter(str(row[1])[:10] for row in rows)
        per_hour = Counter(int(str(row[1])[11:13]) for row in rows)
        lengths = [float(row[2]) for row in rows if row[2] is not None]
    except (sqlite3.Error, OSError, ValueError, TypeError) as error:
        raise UsageUnreadable(f"{path}: {error}") from None
    top: dict[str, list[tuple[str, int]]] = {}
    # Every kind the log holds (panels first): a new panel's items appear without a change here.
    for kind in sorted({k for k, _ in opened}, key=lambda k: (k != "panel", k)):
        top[kind] = Counter(item for k, item in opened if k == kind).most_common(10)
    return {
        "sessions": len(rows),
        "per_day": dict(sorted(per_day.items())),
        "per_hour": dict(sorted(per_hour.items())),
        "median_seconds": statistics.median(lengths) if lengths else 0,
        "top": top,
        "rows": rows,
    }


def write_csv(summary: dict[str, Any], target: Path) -> None:
    with target.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["session", "started", "seconds"])
        writer.writerows(summary["rows"])


def usage_today(state_dir: Path, today: dt.date | None = None) -> tuple[int, float] | None:
    """For the admin page: today's visitor sessions and their median length in minutes
    (sessions stamped with a later day, before the clock was set back, are not today's);
    None when the database cannot be read."""
    today = today or dt.date.today()
    try:
        summary = report(state_dir, today, today + dt.timedelta(days=1))
    except UsageUnreadable:
        return None
    return summary["sessions"], summary["median_seconds"] / 60
