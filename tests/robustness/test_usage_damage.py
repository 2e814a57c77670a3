"""Usage statistics survive the disk: a damaged database is set aside, a folder that recovers
records again, and nothing about statistics breaks the staff page."""

from kiosk.cli import main
from kiosk.services.usage import UsageLog
from kiosk.services.usagestats import report
from tests.ui.helpers import click_item, find, settle

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
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "map")
    kiosk.idle.go_idle_now()
    kept = list(state.glob("usage.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == GARBAGE, "the damaged file is kept"
    assert sum("usage database was damaged" in r.message for r in caplog.records) == 1
    assert report(state)["sessions"] == 1
    kiosk.backend.admin.open()
    settle()
    assert "今天 1 位访客" in find(kiosk.window, "adminStatus").property("text")


def test_statistics_never_break_the_staff_page(make_kiosk, qtbot, tmp_path, monkeypatch) -> None:
    state = tmp_path / "usage-state"
    kiosk = make_kiosk(state_dir=state)

    def unreadable(_state_dir):
        raise RuntimeError("a reader bug")

    monkeypatch.setattr("kiosk.services.usagestats.usage_today", unreadable)
    kiosk.backend.admin.open()
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
