"""What a third language gives, run by test_third_language.py under the plugin that adds it:
the model, the schema and `kiosk check` know it, and the visitor picks it from a picker."""

from __future__ import annotations

import json

import yaml
from PySide6.QtCore import QPoint

from kiosk.cli import main
from kiosk.content import languages, model
from kiosk.content.load import load_content
from kiosk.content.schema import content_schema
from tests.conftest import copy_site
from tests.ui.helpers import center, click_item, find, find_all, is_shown, settle, touch_tap
from tests.ui.test_language import visible_texts

SITE_TITLE = "朔州経済開発区"
TIMELINE_TITLE = "発展の歩み"


def japanese_site(folder, default_language: str = "zh"):
    """The bundled content with Japanese for the zone's name and the timeline's title."""
    path = copy_site(folder)
    tree = yaml.safe_load(path.read_text(encoding="utf-8"))
    tree["site"]["title"]["ja"] = SITE_TITLE
    tree["timeline"]["title"]["ja"] = TIMELINE_TITLE
    tree["kiosk"]["default_language"] = default_language
    path.write_text(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_model_and_the_schema_have_the_third_language(tmp_path) -> None:
    assert languages.codes() == ("zh", "en", "ja")
    assert set(model.TitleText.model_fields) == {"zh", "en", "ja"}
    loaded = load_content(japanese_site(tmp_path / "site"))
    assert loaded.content.site.title.get("ja") == SITE_TITLE
    assert loaded.content.site.subtitle.get("ja") == loaded.content.site.subtitle.zh, "fallback"
    schema = json.dumps(content_schema(), ensure_ascii=False)
    assert '"ja"' in schema and "日语（可选）" in schema


def test_kiosk_check_reports_missing_japanese_and_accepts_it_as_default(
    qapp, tmp_path, capsys
) -> None:
    path = japanese_site(tmp_path / "ja", default_language="ja")
    assert main(["check", str(path), "--json"]) == 0
    issues = json.loads(capsys.readouterr().out)["issues"]
    missing = {issue["path"] for issue in issues if issue["message"].startswith("缺少日语翻译")}
    assert "site.subtitle" in missing and "site.title" not in missing
    path = japanese_site(tmp_path / "fr", default_language="fr")
    assert main(["check", str(path), "--json"]) == 1
    errors = [issue["message"] for issue in json.loads(capsys.readouterr().out)["issues"]]
    assert any(
        "“fr” 不是展示程序的语言" in message and "zh、en、ja" in message for message in errors
    )


def test_the_visitor_picks_the_language_from_a_picker(make_kiosk, qtbot, tmp_path) -> None:
    kiosk = make_kiosk(content=japanese_site(tmp_path / "site"))
    window = kiosk.window
    button = find(window, "languageButton")
    assert button.property("text") == "中文", "the control names the language shown"
    click_item(window, "languageButton")  # a mouse click, as a touch frame sends
    picker = find(window, "languagePicker")
    qtbot.waitUntil(lambda: is_shown(window, picker))
    names = [item.property("text") for item in find_all(window, "language-ja")]
    assert names == ["日本語"]
    assert all(is_shown(window, find(window, f"language-{code}")) for code in ("zh", "en"))
    touch_tap(window, center(find(window, "language-ja")))
    qtbot.waitUntil(lambda: kiosk.backend.session.language == "ja")
    settle()
    assert not is_shown(window, picker), "a choice closes the picker"
    shown = visible_texts(window)
    assert SITE_TITLE in shown and "年表" in shown and "園区マップ" in shown
    assert "三十二年，从一张白纸到转型排头兵" in shown, "untranslated texts show in Chinese"
    assert button.property("text") == "日本語"
    click_item(window, "entry-timeline")
    qtbot.waitUntil(lambda: TIMELINE_TITLE in visible_texts(window))
    assert "ホーム" in visible_texts(window)

    click_item(window, "languageButton")
    qtbot.waitUntil(lambda: is_shown(window, picker))
    touch_tap(window, QPoint(5, window.height() - 5))  # beside the card
    qtbot.waitUntil(lambda: not is_shown(window, picker))
    assert kiosk.backend.session.language == "ja", "a tap beside the picker changes nothing"

    click_item(window, "languageButton")
    qtbot.waitUntil(lambda: is_shown(window, picker))
    kiosk.idle.set_times(1, 1)
    qtbot.waitUntil(lambda: kiosk.backend.session.idle.name == "Attract", timeout=4000)
    assert kiosk.backend.session.language == "zh"
    assert not picker.isVisible(), "the idle reset closes the picker"
