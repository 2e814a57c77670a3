"""Hot reload in a running kiosk: valid, invalid, half-written and rename-saved files."""

import os
from pathlib import Path

from tests.conftest import copy_site
from tests.ui.helpers import find

TITLE = "    zh: 朔州经济开发区\n"


def site(tmp_path: Path) -> Path:
    return copy_site(tmp_path / "site")


def fast(kiosk) -> None:
    kiosk.watcher._debounce.setInterval(100)
    kiosk.watcher._settle.setInterval(150)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def title(kiosk) -> str:
    return find(kiosk.window, "homeTitle").property("text")


def test_a_valid_change_is_swapped_in(make_kiosk, qtbot, tmp_path) -> None:
    content = site(tmp_path)
    kiosk = make_kiosk(content=content)
    fast(kiosk)
    edit(content, TITLE, "    zh: 朔州经开区\n")
    qtbot.waitUntil(lambda: title(kiosk) == "朔州经开区", timeout=5000)
    assert kiosk.backend.admin.issues == []


def test_an_invalid_change_keeps_the_current_content(make_kiosk, qtbot, tmp_path) -> None:
    content = site(tmp_path)
    kiosk = make_kiosk(content=content)
    fast(kiosk)
    edit(content, "  title:\n    zh: 朔州经济开发区", "  titel:\n    zh: 坏了")
    qtbot.waitUntil(lambda: kiosk.backend.admin.issues != [], timeout=5000)
    assert title(kiosk) == "朔州经济开发区"
    assert any("titel" in issue for issue in kiosk.backend.admin.issues)
    edit(content, "  titel:\n    zh: 坏了", "  title:\n    zh: 修好了")
    qtbot.waitUntil(lambda: title(kiosk) == "修好了", timeout=5000)
    assert kiosk.backend.admin.issues == []


def test_a_half_written_file_is_not_read_until_it_is_still(make_kiosk, qtbot, tmp_path) -> None:
    content = site(tmp_path)
    kiosk = make_kiosk(content=content)
    kiosk.watcher._debounce.setInterval(100)
    kiosk.watcher._settle.setInterval(600)
    full = content.read_text(encoding="utf-8").replace(TITLE, "    zh: 新标题\n")
    reloads = []
    kiosk.store.contentChanged.connect(lambda: reloads.append(1))
    cut = full.index("image: assets/illustrations/early-days.svg") + 20
    content.write_text(full[:cut], encoding="utf-8")  # valid YAML, cut-off image path
    qtbot.wait(300)
    content.write_text(full, encoding="utf-8")
    qtbot.waitUntil(lambda: title(kiosk) == "新标题", timeout=5000)
    qtbot.wait(800)
    assert kiosk.backend.admin.issues == []
    assert len(reloads) == 1, "only the finished file was loaded"


def test_a_rename_save_is_seen_again_and_again(make_kiosk, qtbot, tmp_path) -> None:
    content = site(tmp_path)
    kiosk = make_kiosk(content=content)
    fast(kiosk)
    for name in ("第一次", "第二次"):
        temporary = content.with_name(".content.yaml.swp")
        text = content.read_text(encoding="utf-8")
        current = title(kiosk)
        temporary.write_text(text.replace(f"    zh: {current}\n", f"    zh: {name}\n", 1), "utf-8")
        os.replace(temporary, content)
        qtbot.waitUntil(lambda name=name: title(kiosk) == name, timeout=5000)


def test_the_visitor_stays_on_an_item_that_still_exists(make_kiosk, qtbot, tmp_path) -> None:
    content = site(tmp_path)
    kiosk = make_kiosk(content=content)
    fast(kiosk)
    kiosk.backend.navigator.openLink("timeline/expansion")
    edit(content, "整合扩区，形成", "整合与扩区，形成")
    qtbot.waitUntil(
        lambda: "整合与扩区" in kiosk.backend.timeline.openEvent.selected().get("title", ""),
        timeout=5000,
    )
    edit(content, "- id: expansion", "- id: expansion-2017")
    qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "home", timeout=5000)


def test_an_image_replaced_under_the_same_name_gets_a_new_url(make_kiosk, qtbot, tmp_path):
    content = site(tmp_path)
    kiosk = make_kiosk(content=content)
    fast(kiosk)
    kiosk.backend.navigator.openLink("timeline/founded")
    before = kiosk.backend.timeline.openEvent.selected()["image"]
    svg = content.parent / "assets" / "illustrations" / "founding.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("#16406B", "#224488"), "utf-8")
    qtbot.waitUntil(
        lambda: kiosk.backend.timeline.openEvent.selected()["image"] != before, timeout=5000
    )
    assert (
        kiosk.backend.timeline.openEvent.selected()["image"].split("?")[0] == before.split("?")[0]
    )


def test_broken_at_start_then_fixed_while_running(make_kiosk, qtbot, tmp_path) -> None:
    content = site(tmp_path)
    good = content.read_text(encoding="utf-8")
    content.write_text("site: [broken\n", encoding="utf-8")
    kiosk = make_kiosk(content=content, state_dir=tmp_path / "fresh-state")
    fast(kiosk)
    assert not kiosk.backend.site.hasContent
    assert find(kiosk.window, "contentUnavailable").isVisible()
    content.write_text(good, encoding="utf-8")
    qtbot.waitUntil(lambda: kiosk.backend.site.hasContent, timeout=5000)
    assert title(kiosk) == "朔州经济开发区"
