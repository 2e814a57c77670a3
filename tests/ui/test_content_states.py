"""Broken content never means a blank screen: the last good copy, or a clear error page."""

from kiosk import __version__
from kiosk.content.digest import content_digest
from kiosk.services.build import git_commit
from tests.conftest import BUNDLED, copy_site
from tests.ui.helpers import all_items, distinct_colours, find, settle


def test_broken_content_without_a_good_copy_shows_the_errors(make_kiosk, tmp_path) -> None:
    broken = tmp_path / "content.yaml"
    broken.write_text("site:\n  titel: 朔州\n", encoding="utf-8")
    kiosk = make_kiosk(content=broken)
    window = kiosk.window
    assert not kiosk.backend.site.hasContent
    assert not find(window, "screenArea").isVisible()
    issues = kiosk.backend.admin.issues
    assert any("content.yaml:2:3: site.titel: 未知字段“titel”" in issue for issue in issues)
    assert find(window, "contentUnavailable").isVisible()
    assert distinct_colours(window.grabWindow()) > 3


def test_broken_content_shows_the_last_good_copy(make_kiosk, tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    state = tmp_path / "kiosk-state"
    first = make_kiosk(content=content, state_dir=state)
    assert first.backend.site.hasContent and not first.backend.admin.fromSnapshot
    content.write_text("site: [oops\n", encoding="utf-8")
    kiosk = make_kiosk(content=content, state_dir=state)
    assert kiosk.backend.site.hasContent and kiosk.backend.admin.fromSnapshot
    assert find(kiosk.window, "homeTitle").property("text") == "朔州经济开发区"
    assert kiosk.backend.admin.issues


def test_missing_chinese_font_is_said_on_screen(make_kiosk, monkeypatch) -> None:
    from kiosk import app
    from kiosk.services.fonts import FontChoice

    warning = "没有找到中文字体，中文会显示成方框。请安装：sudo apt install fonts-noto-cjk"
    monkeypatch.setattr(app, "choose_font", lambda folder: FontChoice("", "none", warning))
    kiosk = make_kiosk()
    banners = [
        item
        for item in all_items(kiosk.window)
        if item.property("text") == warning and item.isVisible()
    ]
    assert banners, "the font warning is on screen"


def test_the_staff_page_names_the_code_and_the_contents_version(make_kiosk) -> None:
    kiosk = make_kiosk()
    kiosk.backend.admin.open()
    settle()
    text = find(kiosk.window, "adminStatus").property("text")
    assert f"版本 {__version__}" in text
    commit = git_commit()
    assert commit is None or f"(commit {commit[:12]})" in text
    assert f"sha256 {content_digest(BUNDLED.read_bytes())[:12]}" in text


def test_the_staff_pages_uptime_ticks(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    kiosk.backend.admin.open()
    settle()
    status = find(kiosk.window, "adminStatus")
    first = status.property("text")
    assert "已运行 0d 00:00:" in first
    qtbot.waitUntil(lambda: status.property("text") != first, timeout=2500)
    assert "已运行 0d 00:00:" in status.property("text")


def test_the_commit_is_read_from_a_checkout(tmp_path) -> None:
    git = tmp_path / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/main\n")
    assert git_commit(tmp_path) is None
    (git / "packed-refs").write_text("# pack-refs\n" + "a" * 40 + " refs/heads/main\n")
    assert git_commit(tmp_path) == "a" * 40
    (git / "refs" / "heads" / "main").write_text("b" * 40 + "\n")
    assert git_commit(tmp_path) == "b" * 40
    assert git_commit(tmp_path / "not-a-checkout") is None
