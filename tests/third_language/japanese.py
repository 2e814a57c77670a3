"""A pytest plugin that gives the kiosk a third language before anything is built on the
language table: what a team adding Japanese would write (one row in kiosk/content/languages.py,
its entries in kiosk/backend/texts.py), done at run time so the shipped kiosk stays bilingual.

Loaded with `python -m pytest -p tests.third_language.japanese …` (see test_third_language.py)."""

from kiosk.content import languages

languages.LANGUAGES = (
    *languages.LANGUAGES,
    languages.Language("ja", "日本語", "日语", "Japanese", cjk=True),
)

from kiosk.backend.texts import UI_TEXT  # noqa: E402 - only after the table has its third row

# Part of the catalogue on purpose: the rest falls back to the first language, as it would for a
# team that has translated only the navigation so far.
JAPANESE = {
    "home": "ホーム",
    "back": "戻る",
    "chooseLanguage": "言語を選択",
    "timeline": "年表",
    "map": "園区マップ",
    "figures": "主要データ",
}
for key, text in JAPANESE.items():
    UI_TEXT[key]["ja"] = text
