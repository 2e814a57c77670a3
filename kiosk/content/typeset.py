"""Typesetting rules for visitor text, in one place: the content model applies them to every
text as it reads it, the UI text table to every string it fills.

Chinese (and any language marked `cjk` in languages.py):
- no space beside CJK punctuation or between CJK characters and numbers: YAML's folded lines
  (`>-`) are joined with spaces, so "印发。 同时" and "1992 年 11 月" become "印发。同时" and
  "1992年11月", the style of the card dates; a space between Chinese and a Latin word stays;
- a number and its unit never part at a line end ("8.05亿元", "79%"): word joiners (U+2060)
  between them, which Qt's line breaker honours and no font draws;
- straight quotes become “ ” ‘ ’.

Other languages: curly quotes and apostrophes, single spaces, and a no-break space between a
number and the word after it ("4.7 billion", "28 projects").
"""

from __future__ import annotations

import re

from kiosk.content import languages

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"

_IDEOGRAPH = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Ideographic punctuation, full-width forms, and the quotes, dashes and ellipsis Chinese uses.
_PUNCTUATION = "\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026"
_CJK = f"[{_IDEOGRAPH}{_PUNCTUATION}]"
_NUMERIC = r"[0-9%％]"

# Spaces (not newlines) where a CJK text wants none: beside its punctuation, between its
# characters, between them and numbers.
_CJK_SPACE = re.compile(
    rf"(?<=[{_PUNCTUATION}])[ \t]+"
    rf"|[ \t]+(?=[{_PUNCTUATION}])"
    rf"|(?<=[{_IDEOGRAPH}])[ \t]+(?={_CJK}|{_NUMERIC})"
    rf"|(?<={_NUMERIC})[ \t]+(?=[{_IDEOGRAPH}])"
    r"|(?<=\d)[ \t]+(?=[%％])"
)
# The units a number is kept with, longest first (so 万平方米 wins over 平方米).
CJK_UNITS = sorted(
    (
        "平方公里", "平方千米", "万平方米", "平方米", "公里", "千米", "亿元", "万元", "元",
        "万户", "户", "亩", "万吨", "吨", "万千瓦", "千瓦", "个", "家", "项", "人", "倍", "年", "%", "％",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_CJK_NUMBER_UNIT = re.compile(r"(\d(?:[\d.,]*\d)?)(" + "|".join(map(re.escape, CJK_UNITS)) + ")")
_LATIN_NUMBER_WORD = re.compile(r"(?<![\w.])(\d(?:[\d.,]*\d)?%?) (?=[^\W\d_]|%)")
_SPACES = re.compile(r"[ \t]{2,}")


def typeset(text: str, lang: str) -> str:
    """`text` set by the rules of `lang` (an unknown code is set as a Latin-script text)."""
    known = lang in languages.codes()
    if known and languages.language(lang).cjk:
        return _cjk(text)
    return _latin(text)


def _cjk(text: str) -> str:
    text = _curly_quotes(_SPACES.sub(" ", text))
    text = _CJK_SPACE.sub("", text)
    return _CJK_NUMBER_UNIT.sub(lambda found: _joined(found.group(1), found.group(2)), text)


def _joined(number: str, unit: str) -> str:
    return number + WORD_JOINER + WORD_JOINER.join(unit)


def _latin(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = _curly_quotes(text)
    return _LATIN_NUMBER_WORD.sub(lambda found: found.group(1) + NO_BREAK_SPACE, text)


def _curly_quotes(text: str) -> str:
    """Straight double quotes turned in pairs (the first of each pair opens); a single quote
    opens at the start or after a space or bracket, and is an apostrophe anywhere else."""
    pieces = text.split('"')
    text = pieces[0] + "".join(
        ("“" if index % 2 else "”") + piece for index, piece in enumerate(pieces[1:], start=1)
    )
    text = re.sub(r"(^|[\s(\[{（《“—])'", "\\1‘", text)
    return text.replace("'", "’")


def plain(text: str) -> str:
    """`text` without the joiners and no-break spaces typesetting added (for logs and tests)."""
    return text.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")
