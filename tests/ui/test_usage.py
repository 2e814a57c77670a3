"""A visitor session recorded by real taps shows in `kiosk stats`; the log survives a crash."""

import sqlite3

from kiosk.cli import main
from kiosk.services.usage import UsageLog
from kiosk.services.usagestats import report
from tests.ui.helpers import click_item, settle


def test_a_recorded_session_shows_in_kiosk_stats(make_kiosk, qtbot, tmp_path, capsys) -> None:
    state = tmp_path / "usage-state"
    kiosk = make_kiosk(state_dir=state)
    click_item(kiosk.window, "entry-timeline")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "timeline")
    settle()
    click_item(kiosk.window, "card-founded")
    qtbot.waitUntil(lambda: kiosk.backend.timeline.openEvent.selected().get("eventId") == "founded")
    click_item(kiosk.window, "homeButton")
    kiosk.idle.go_idle_now()
    summary = report(state)
    assert summary["sessions"] == 1
    assert ("founded", 1) in summary["top"]["event"]
    assert ("timeline", 1) in summary["top"]["panel"]
    assert main(["stats", "--state-dir", str(state), "--csv", str(tmp_path / "s.csv")]) == 0
    out = capsys.readouterr().out
    assert "sessions: 1" in out and "founded" in out
    assert (tmp_path / "s.csv").read_text().startswith("session,started,seconds")
    kiosk.backend.admin.open()  # read when the staff page opens
    assert kiosk.backend.admin.usageToday.startswith("今天 1 位访客")


def test_a_crash_loses_at_most_the_session_in_flight(tmp_path) -> None:
    first = UsageLog(tmp_path)
    first.tap()
    first.record("event", "founded")
    first.end_session()
    first.tap()
    first.record("park", "port-logistics")  # then the process dies without closing
    del first
    second = UsageLog(tmp_path)
    second.tap()
    second.end_session()
    second.close()
    with sqlite3.connect(tmp_path / "usage.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    summary = report(tmp_path)
    assert summary["sessions"] == 3
    assert ("founded", 1) in summary["top"]["event"]


def test_a_read_only_state_folder_turns_statistics_off_quietly(tmp_path, caplog) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    usage = UsageLog(blocked / "state")
    usage.tap()
    usage.record("panel", "map")
    usage.end_session()
    assert sum("usage statistics are off" in r.message for r in caplog.records) == 1
