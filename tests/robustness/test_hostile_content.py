"""Every hostile case through `kiosk check` and through a hot reload of a running kiosk: a clear
error at its line, or safe display; the kiosk keeps showing what it showed; never a traceback,
a hang or a blank screen."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main as kiosk_main
from tests.conftest import copy_site
from tests.robustness.hostile import CASES, Refused, RefusedWhenDecoded, Shown
from tests.robustness.limits import deadline
from tests.ui.helpers import distinct_colours, find

CHECK_SECONDS = 20


def hostile_site(folder: Path, name: str) -> Path:
    content = copy_site(folder)
    CASES[name][0](folder)
    return content


def test_the_corpus_covers_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", list(CASES))
def test_kiosk_check_reports_each_case_clearly(name: str, tmp_path: Path, qapp) -> None:
    content = hostile_site(tmp_path / "site", name)
    output = io.StringIO()
    with deadline(CHECK_SECONDS), contextlib.redirect_stdout(output):
        code = kiosk_main(["check", str(content), "--json"])
    report = json.loads(output.getvalue())
    expectation = CASES[name][1]
    if isinstance(expectation, Refused | RefusedWhenDecoded):
        assert code == 1 and not report["ok"]
        errors = [issue for issue in report["issues"] if issue["severity"] == "error"]
        assert errors, report
        assert all(issue["line"] >= 1 and issue["column"] >= 1 for issue in errors)
        assert any(expectation.fragment in issue["message"] for issue in errors), errors
    else:
        assert code == 0 and report["ok"], report


def test_a_running_kiosk_survives_every_case_by_hot_reload(make_kiosk, qtbot, tmp_path) -> None:
    site = tmp_path / "live"
    content = copy_site(site)
    good = tmp_path / "good"
    shutil.copytree(site, good)
    kiosk = make_kiosk(content=content)
    store, backend = kiosk.store, kiosk.backend
    backend.navigator.openLink("timeline")
    title = backend.site.title

    def reload_and_wait() -> None:
        store.reload_async()
        qtbot.waitUntil(lambda: not store.reloading, timeout=CHECK_SECONDS * 1000)

    for name, (make, expectation) in CASES.items():
        shutil.rmtree(site)
        shutil.copytree(good, site)
        make(site)
        with deadline(CHECK_SECONDS):
            reload_and_wait()
        assert backend.site.hasContent, name
        if isinstance(expectation, Refused):
            assert store.issues, f"{name}: the kiosk accepted it"
            assert any(expectation.fragment in issue.message for issue in store.issues), name
            assert backend.site.title == title, f"{name}: the shown content changed"
        elif isinstance(expectation, Shown):
            assert not store.issues, f"{name}: {store.issues}"
        qtbot.wait(50)
        screen = kiosk.window.grabWindow()
        assert distinct_colours(screen) > 20, f"{name}: the screen went blank"
    shutil.rmtree(site)
    shutil.copytree(good, site)
    reload_and_wait()
    assert not store.issues and not store.from_snapshot


def test_an_unexpected_failure_while_checking_is_a_content_problem(
    tmp_path, monkeypatch, capsys, caplog, qapp
) -> None:
    """Whatever goes wrong while a picture is checked, staff get its line and a message."""
    import kiosk.content.assets

    def broken(path):
        raise ArithmeticError("a reader bug")

    monkeypatch.setattr(kiosk.content.assets, "read_header", broken)
    content = copy_site(tmp_path / "site")
    with deadline(CHECK_SECONDS):
        code = kiosk_main(["check", str(content)])
    out = capsys.readouterr().out
    assert code == 1
    lines = content.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "illustrations/founding.svg" in text)
    assert "无法检查这张图片（ArithmeticError）" in out
    assert f":{line}:14: timeline.events[0].image" in out and ":18:9: site.logo" in out
    assert "Traceback" not in out, "the traceback is for the log, not for staff"
    assert "a reader bug" in caplog.text


@pytest.mark.parametrize("fast", [False, True], ids=["normal start", "fast start"])
def test_a_picture_that_breaks_after_a_good_start_never_blanks_the_panels(
    make_kiosk, qtbot, tmp_path, fast
) -> None:
    """content.yaml unchanged, one picture replaced by a hostile one: the kiosk starts, shows
    staff the problem, and the start view does not outlive the failed validation."""
    content = copy_site(tmp_path / "site")
    state = tmp_path / "state"
    make_kiosk(content=content, state_dir=state)  # a good start: snapshot and start view saved
    if not fast:
        (state / "start-view.json").unlink()
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 inf 500"/>'
    (tmp_path / "site" / "assets" / "illustrations" / "founding.svg").write_text(svg)
    kiosk = make_kiosk(content=content, state_dir=state)
    qtbot.waitUntil(lambda: not kiosk.backend.site.loading)
    assert any("SVG 的尺寸无效" in issue.message for issue in kiosk.store.issues)
    assert not kiosk.backend.site.hasContent, "no Home left over from the start view"
    assert find(kiosk.window, "contentUnavailable").isVisible()
    assert distinct_colours(kiosk.window.grabWindow()) > 12, "the staff message is on screen"


def test_what_staff_read_never_carries_a_raw_control_character(tmp_path, capsys, qapp) -> None:
    """`kiosk check` prints the escape, not the character: a title with "\\e[2J" must not
    clear the staff member's terminal, nor reach kiosk.log raw."""
    import logging

    from kiosk.services.logs import setup_logging

    content = hostile_site(tmp_path / "site", "escaped terminal clear in a title")
    with deadline(CHECK_SECONDS):
        assert kiosk_main(["check", str(content)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\u001b" not in out.split("：")[0]
    assert "控制字符（U+001B ESC）" in out
    state = tmp_path / "state"
    root = logging.getLogger("kiosk")
    before = list(root.handlers)
    setup_logging(state)
    try:
        logging.getLogger("kiosk.content").warning("title %s", "发展\x1b[2J\u202e历程")
    finally:
        for handler in set(root.handlers) - set(before):
            handler.close()
            root.removeHandler(handler)
    text = (state / "kiosk.log").read_text(encoding="utf-8")
    assert "发展\\u001b[2J\\u202e历程" in text and "\x1b" not in text and "\u202e" not in text


def test_many_missing_pictures_among_many_files_are_checked_quickly(tmp_path, capsys, qapp):
    """1,500 missing pictures in a folder of 10,000 files: every one reported, with a
    same-name-other-case suggestion where there is one, within the check's time limit."""
    content = copy_site(tmp_path / "site")
    photos = tmp_path / "site" / "assets" / "photos"
    photos.mkdir(parents=True)
    for index in range(10_000):
        (photos / f"photo-{index:05d}.jpg").touch()
    events = "".join(
        f'    - id: extra-{index}\n      date: "2023"\n      era: results\n'
        f"      title: 第{index}张\n      body: 说明\n"
        f"      image: assets/photos/PHOTO-{index:05d}.JPG\n"
        for index in range(1500)
    )
    text = content.read_text(encoding="utf-8")
    content.write_text(text.replace("  events:\n", "  events:\n" + events, 1), encoding="utf-8")
    with deadline(CHECK_SECONDS):
        assert kiosk_main(["check", str(content)]) == 1
    out = capsys.readouterr().out
    assert out.count("是不是“assets/photos/photo-") == 1500
