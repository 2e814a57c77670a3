"""The languages the kiosk speaks: one table, read before the content model is built from it.

A language is one row here, its entries in the UI text table (kiosk/backend/texts.py) and its
texts in content.yaml (`title: {zh: …, en: …, ja: …}`). Every visitor-facing text in the model,
the JSON Schema, the missing-translation report, the start view and the language control
(a toggle for two languages, a picker for more) follow this table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # the key in content.yaml and in the text table
    name: str  # how the language names itself, on the language control
    staff_zh: str  # its name in the staff messages, in Chinese and in English
    staff_en: str
    cjk: bool = False  # set by the CJK rules of kiosk/content/typeset.py (no spaces, joined units)


LANGUAGES: tuple[Language, ...] = (  # the first is the one every text must have
    Language("zh", "中文", "中文", "Chinese", cjk=True),
    Language("en", "English", "英文", "English"),
)


def codes() -> tuple[str, ...]:
    return tuple(language.code for language in LANGUAGES)


def first() -> str:
    """The language every text has and every other falls back to."""
    return LANGUAGES[0].code


def language(code: str) -> Language:
    return next(language for language in LANGUAGES if language.code == code)
