"""The UI text table: every string in every language, one placeholder style, each placeholder
written in every translation (a translator who drops {seconds} leaves a visitor guessing)."""

import re

from kiosk.backend.texts import UI_TEXT, fill, texts_in
from kiosk.content.languages import codes, first

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def test_every_string_has_every_language() -> None:
    for key, row in UI_TEXT.items():
        assert sorted(row) == sorted(codes()), key
        assert all(text.strip() for text in row.values()), key


def test_every_translation_has_the_same_placeholders() -> None:
    for key, row in UI_TEXT.items():
        names = {lang: sorted(PLACEHOLDER.findall(text)) for lang, text in row.items()}
        assert len({tuple(found) for found in names.values()}) == 1, (key, names)
        for text in row.values():
            assert "%" not in text and "{}" not in text, f"{key}: one placeholder style"


def test_a_missing_entry_falls_back_to_the_first_language() -> None:
    shown = texts_in("xx")
    assert shown["home"] == UI_TEXT["home"][first()]


def test_fill_writes_whole_numbers_as_such_and_keeps_unknown_names() -> None:
    assert fill("{year} 年 · {count} 项", {"year": 2023.0, "count": 28}) == "2023 年 · 28 项"
    assert fill("{seconds} s", {}) == "{seconds} s"
