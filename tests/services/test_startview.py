"""The start view file: used only for the exact bytes it was made from, never trusted blindly."""

import json
import logging

from kiosk.content.digest import content_digest
from kiosk.services.startview import HOME_TEXTS, START_VIEW_NAME, StartView, StartViewFile

INFO = {
    "zh": {name: "朔州经济开发区" for name in HOME_TEXTS},
    "en": {**{name: "Shuozhou" for name in HOME_TEXTS}, "title": "Shuozhou EDZ"},
}


def saved_for(tmp_path, text: str) -> tuple[StartViewFile, object]:
    content = tmp_path / "content.yaml"
    content.write_text(text, encoding="utf-8")
    views = StartViewFile(tmp_path / "state")
    views.save(StartView(content_digest(content.read_bytes()), "zh", INFO))
    return views, content


def test_the_view_is_used_for_the_bytes_it_was_made_from(tmp_path) -> None:
    views, content = saved_for(tmp_path, "site: 朔州\n")
    assert views.read(content) == StartView(content_digest(content.read_bytes()), "zh", INFO)


def test_any_other_bytes_mean_a_normal_start(tmp_path) -> None:
    views, content = saved_for(tmp_path, "site: 朔州\n")
    content.write_text("site: 朔州 \n", encoding="utf-8")
    assert views.read(content) is None
    content.unlink()
    assert views.read(content) is None


def test_damaged_or_foreign_files_are_ignored(tmp_path, caplog) -> None:
    caplog.set_level(logging.INFO)
    views, content = saved_for(tmp_path, "site: 朔州\n")
    path = tmp_path / "state" / START_VIEW_NAME
    good = path.read_text(encoding="utf-8")
    for damaged in (
        good[: len(good) // 2],  # cut short
        "[1, 2]",
        good.replace('"format": 2', '"format": 99'),
        good.replace('"format": 2', '"format": 1'),  # the format before the screen was kept
        good.replace('"screen": null', '"screen": 3'),
        good.replace('"language": "zh"', '"language": "fr"'),
        json.dumps({**json.loads(good), "info": {**INFO, "en": "text"}}),
        json.dumps({**json.loads(good), "info": ["zh", "en"]}),
        json.dumps({**json.loads(good), "language": ["zh"]}),
        # the right checksum with a language the kiosk has no texts for (a forged Home)
        json.dumps({**json.loads(good), "language": "xx", "info": {**INFO, "xx": INFO["zh"]}}),
        json.dumps({**json.loads(good), "info": {"zh": INFO["zh"], "en": {}}}),
        json.dumps({**json.loads(good), "info": {**INFO, "zh": {**INFO["zh"], "title": 5}}}),
        json.dumps(
            {**json.loads(good), "info": {**INFO, "zh": {**INFO["zh"], "title": "\x1b[2J"}}}
        ),
        "\udcff",
    ):
        path.write_text(damaged, encoding="utf-8", errors="surrogateescape")
        assert views.read(content) is None, damaged
    assert StartViewFile(None).read(content) is None
    assert "start view not used" in caplog.text


def test_saving_rewrites_only_on_change_and_logs_a_failure_once(tmp_path, caplog) -> None:
    views, content = saved_for(tmp_path, "site: 朔州\n")
    path = tmp_path / "state" / START_VIEW_NAME
    before = path.stat().st_mtime_ns
    views.save(views.read(content))
    assert path.stat().st_mtime_ns == before

    (tmp_path / "file").write_text("", encoding="utf-8")
    unusable = StartViewFile(tmp_path / "file" / "state")  # a path through a regular file
    caplog.set_level(logging.WARNING)
    for _ in range(3):
        unusable.save(StartView("0" * 64, "zh", INFO))
    assert caplog.text.count("cannot save the start view") == 1
