"""Killed with SIGKILL at random moments, or left with a full or unusable state folder: the next
start is clean, nothing that was saved is lost, each problem is logged once."""

from __future__ import annotations

import json
import os
import random
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.content import load_content_text
from kiosk.services.store import SNAPSHOT_NAME
from kiosk.services.usage import DATABASE
from tests.conftest import ROOT, copy_site
from tests.robustness.kiosk_child import VERSIONS

KILLS = int(os.environ.get("KIOSK_CRASH_KILLS", "3"))
SEED = int(os.environ.get("KIOSK_CRASH_SEED", "1114"))


class Child:
    """`tests/robustness/kiosk_child.py` in its own process, read line by line."""

    def __init__(self, mode: str, content: Path, state: Path, *extra: str) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
        # The log goes to a file: a pipe nobody reads while waiting for stdout would fill up
        # and stop the child.
        self.log = state.parent / f"{mode}-{time.monotonic_ns()}.stderr"
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.robustness.kiosk_child",
                mode,
                str(content),
                str(state),
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=self._log_file,
            text=True,
        )
        self.last = 0

    @property
    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, word: str, count: int, timeout: float = 60) -> None:
        """Read `word N` lines until N reaches `count`."""
        deadline = time.monotonic() + timeout
        while self.last < count:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, remaining))
            assert ready, f"no '{word} {count}' in {timeout} s:\n{self.stderr[-3000:]}"
            line = self.process.stdout.readline()
            assert line, f"the kiosk ended early:\n{self.stderr[-3000:]}"
            if line.startswith(word + " "):
                self.last = int(line.split()[1])

    def kill(self, word: str) -> str:
        """SIGKILL; returns stderr, after counting the lines it printed before it died."""
        self.process.kill()
        out, _ = self.process.communicate(timeout=30)
        self._log_file.close()
        for line in out.splitlines():
            if line.startswith(word + " "):
                self.last = int(line.split()[1])
        return self.stderr


def usage_counts(state: Path) -> tuple[int, int]:
    """(sessions that ended, sessions in flight when the process died)."""
    with sqlite3.connect(state / DATABASE) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ended = db.execute("SELECT COUNT(*) FROM sessions WHERE seconds IS NOT NULL").fetchone()[0]
        open_ = db.execute("SELECT COUNT(*) FROM sessions WHERE seconds IS NULL").fetchone()[0]
    return ended, open_


def test_killed_during_visitor_sessions_loses_at_most_the_session_in_flight(tmp_path) -> None:
    rng = random.Random(SEED)
    content, state = copy_site(tmp_path / "site"), tmp_path / "state"
    ended_before_kills = 0
    for kill in range(1, KILLS + 1):
        child = Child("visitors", content, state)
        child.wait_for("ended", rng.randint(1, 3))
        time.sleep(rng.uniform(0.0, 0.4))  # usually in the middle of the next session
        stderr = child.kill("ended")
        assert "Traceback" not in stderr, stderr
        ended_before_kills += child.last
        ended, in_flight = usage_counts(state)
        assert ended >= ended_before_kills, "a finished session was lost"
        assert in_flight <= kill, "more than the session in flight was left open"


def test_killed_during_content_reloads_keeps_a_whole_last_good_snapshot(
    tmp_path, make_kiosk
) -> None:
    rng = random.Random(SEED + 1)
    content, state = copy_site(tmp_path / "site"), tmp_path / "state"
    original = content.read_text(encoding="utf-8")
    versions = {original.replace(VERSIONS[0], version, 1) for version in VERSIONS}
    for _ in range(KILLS):
        child = Child("reloads", content, state)
        child.wait_for("swapped", rng.randint(1, 4))
        time.sleep(rng.uniform(0.0, 0.3))  # often while a reload or its snapshot is written
        stderr = child.kill("swapped")
        assert "Traceback" not in stderr, stderr
        snapshot = (state / SNAPSHOT_NAME).read_text(encoding="utf-8")
        assert snapshot in versions, "the snapshot is not one whole version"
        load_content_text(snapshot, base_dir=content.parent)
        assert content.read_text(encoding="utf-8") in versions
    kiosk = make_kiosk(content=content, state_dir=state)
    assert (
        kiosk.backend.site.hasContent and not kiosk.store.issues and not kiosk.store.from_snapshot
    )


def test_a_full_disk_changes_nothing_a_visitor_sees_and_is_logged_once(tmp_path) -> None:
    content, state = copy_site(tmp_path / "site"), tmp_path / "state"
    # Not through `Child`: its log file could not be written either.
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.robustness.kiosk_child",
            "full-disk",
            str(content),
            str(state),
            "12",
        ],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    out, err = finished.stdout, finished.stderr
    assert finished.returncode == 0, err
    shown = json.loads(out.strip().splitlines()[-2])
    assert shown["has_content"] and shown["title"] == VERSIONS[0] and not shown["issues"]
    assert shown["sessions"] == 12 and shown["swaps"] == 3
    assert "Traceback" not in err and "Logging error" not in err, err
    for problem in (
        "kiosk.log ([Errno",
        "image cache disabled",
        "usage statistics are off",
        "cannot save the last good content",
    ):
        assert err.count(problem) == 1, f"{problem!r} logged {err.count(problem)} times:\n{err}"
    freed = json.loads(out.strip().splitlines()[-1])
    assert freed["recorded_after_freeing"] == 3, "recording resumed by itself"
    assert err.count("usage statistics are recorded again") == 1


@pytest.mark.parametrize("blocked", ["a file in the way", "the state folder is a file"])
def test_an_unusable_state_folder_still_shows_content(
    tmp_path, make_kiosk, qtbot, caplog, blocked
) -> None:
    """As root a read-only folder is still writable, so the folder is made unusable instead:
    every create and write in it fails, as on a read-only file system."""
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    state = tmp_path / "file" / "state" if blocked == "a file in the way" else tmp_path / "file"
    kiosk = make_kiosk(state_dir=state)
    assert kiosk.backend.site.hasContent
    for number in range(5):
        kiosk.idle.activity()
        kiosk.backend.navigator.openLink(("timeline/founded", "map", "figures")[number % 3])
        qtbot.wait(30)
        kiosk.idle.go_idle_now()
        kiosk.store.reload_async()
        qtbot.waitUntil(lambda: not kiosk.store.reloading)
    problems = [
        record.getMessage() for record in caplog.records if record.levelname in ("WARNING", "ERROR")
    ]
    for problem in ("usage statistics are off", "cannot save the last good content"):
        assert sum(problem in message for message in problems) == 1, problems
