"""A visitor session recorded by real taps shows in `kiosk stats`; the log survives a crash."""

import sqlite3

from kiosk.cli import main
from kiosk.services.usage import UsageLog
from kiosk.services.usagestats import report
from tests.ui.helpers import click_item, find, settle


def test_a_recorded_session_shows_in_kiosk_stats(make_kiosk, qtbot, tmp_path, capsys) -> None:
    state = tmp_path / "usage-state"
    kiosk = make_kiosk(state_dir=state)
    click_item(kiosk.window, "entry-timeline")
    qtbot.waitUntil(lambda: kiosk.state.navigator.currentPanel == "timeline")
    settle()
    click_item(kiosk.window, "card-founded")
    qtbot.waitUntil(lambda: kiosk.state.openEvent.get("eventId") == "founded")
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
    assert kiosk.state.usageToday().startswith("今天 1 位访客")


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


GARBAGE = b"this is not a database, a disk error wrote over it" * 200


def test_a_damaged_database_is_set_aside_and_recording_goes_on(
    make_kiosk, qtbot, tmp_path, caplog, capsys
) -> None:
    state = tmp_path / "usage-state"
    state.mkdir()
    (state / "usage.sqlite3").write_bytes(GARBAGE)
    assert main(["stats", "--state-dir", str(state)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "usage.sqlite3" in err and "Traceback" not in err
    kiosk = make_kiosk(state_dir=state)
    click_item(kiosk.window, "entry-map")
    qtbot.waitUntil(lambda: kiosk.state.navigator.currentPanel == "map")
    kiosk.idle.go_idle_now()
    kept = list(state.glob("usage.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == GARBAGE, "the damaged file is kept"
    assert sum("usage database was damaged" in r.message for r in caplog.records) == 1
    assert report(state)["sessions"] == 1
    kiosk.state.openAdmin()
    settle()
    assert "今天 1 位访客" in find(kiosk.window, "adminStatus").property("text")


def test_statistics_never_break_the_staff_page(make_kiosk, qtbot, tmp_path, monkeypatch) -> None:
    state = tmp_path / "usage-state"
    kiosk = make_kiosk(state_dir=state)

    def unreadable(_state_dir):
        raise RuntimeError("a reader bug")

    monkeypatch.setattr("kiosk.services.usagestats.usage_today", unreadable)
    kiosk.state.openAdmin()
    settle()
    status = find(kiosk.window, "adminStatus")
    assert status.isVisible() and "内容状态" in status.property("text")


def test_recording_resumes_when_the_state_folder_recovers(tmp_path, caplog) -> None:
    now = [0.0]
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    usage = UsageLog(blocked / "state", clock=lambda: now[0])
    usage.tap()
    usage.end_session()
    blocked.unlink()
    now[0] += 61
    usage.tap()
    usage.end_session()
    usage.close()
    assert report(blocked / "state")["sessions"] == 1
    assert sum("usage statistics are off" in r.message for r in caplog.records) == 1
