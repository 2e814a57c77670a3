"""The typesetting rules, on hostile examples and on every text of the bundled content."""

import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import load_content
from kiosk.content.load import load_content_text
from kiosk.content.report import texts
from kiosk.content.typeset import CJK_UNITS, NO_BREAK_SPACE, WORD_JOINER, plain, typeset
from tests.conftest import BUNDLED

WJ = WORD_JOINER


def test_folded_chinese_lines_join_without_spaces() -> None:
    assert typeset("正式印发。 同时设立", "zh") == "正式印发。同时设立"
    assert typeset("园区、 麻家梁", "zh") == "园区、麻家梁"
    assert typeset("开发区 成立", "zh") == "开发区成立"
    assert typeset("（试行） 通过", "zh") == "（试行）通过"
    assert typeset("成立“一区五园” 格局", "zh") == "成立“一区五园”格局"


def test_chinese_keeps_spaces_between_latin_words_and_paragraphs() -> None:
    assert typeset("运行 kiosk check 检查", "zh") == "运行 kiosk check 检查"
    assert typeset("第一段。\n第二段", "zh") == "第一段。\n第二段"
    assert typeset("2023 年 · 28 项", "zh") == f"2023{WJ}年 · 28{WJ}项"


def test_one_date_style_and_numbers_joined_to_their_units() -> None:
    assert plain(typeset("1992 年 11 月 14 日", "zh")) == "1992年11月14日"
    assert typeset("完成 8.05 亿元", "zh") == f"完成8.05{WJ}亿{WJ}元"
    assert typeset("28 万平方米厂房", "zh") == f"28{WJ}万{WJ}平{WJ}方{WJ}米厂房"
    assert typeset("开工率 79 %", "zh") == f"开工率79{WJ}%"
    assert typeset("99.86 平方公里", "zh") == f"99.86{WJ}平{WJ}方{WJ}公{WJ}里"


def test_quotes_turn_curly() -> None:
    assert typeset('the "One Zone, Five Parks" plan', "en") == "the “One Zone, Five Parks” plan"
    assert typeset("Shuozhou's first step", "en") == "Shuozhou’s first step"
    assert typeset("'three batches'", "en") == "‘three batches’"
    assert typeset('建成"一区五园"', "zh") == "建成“一区五园”"


def test_english_numbers_stay_with_the_word_after_them() -> None:
    assert typeset("4.7 billion yuan", "en") == f"4.7{NO_BREAK_SPACE}billion yuan"
    assert typeset("Thirty  years", "en") == "Thirty years"
    assert typeset("92% of investment", "en") == f"92%{NO_BREAK_SPACE}of investment"


@given(st.text(alphabet="一区五园朔州 。，、“”\"'0123456789.%亿元年abc\n", max_size=80))
def test_typesetting_is_stable_and_loses_no_character(text: str) -> None:
    for lang in ("zh", "en"):
        once = typeset(text, lang)
        assert typeset(once, lang) == once
        strip = re.compile(r"[\s\u2060\"'“”‘’]")
        assert strip.sub("", plain(once)) == strip.sub("", text)


def test_a_huge_text_is_set_in_linear_time() -> None:
    text = ("一区五园 。 8.05 亿元 " * 20000)[:200000]
    assert len(typeset(text, "zh")) > 100000


def test_the_bundled_content_is_well_set() -> None:
    content = load_content(BUNDLED).content
    units = "|".join(map(re.escape, CJK_UNITS))
    for loc, text in texts(content):
        chinese = text.get("zh")
        assert not re.search(
            r"[\u3000-\u303f\uff00-\uffef] | [\u3000-\u303f\uff00-\uffef]", chinese
        )
        assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff0-9]", chinese), (loc, chinese)
        assert not re.search(rf"\d ?({units})", chinese), (loc, chinese)
        english = text.translation("en") or ""
        assert '"' not in english and "'" not in english, (loc, english)


def test_the_report_names_half_width_punctuation_in_chinese() -> None:
    from kiosk.content.report import half_width_punctuation
    from tests.content.samples import replace

    text = replace("      body: 正文\n", "      body: 开发区,成立\n")
    content = load_content_text(text).content
    found = list(half_width_punctuation(content, {}))
    assert len(found) == 1
    loc, message = found[0]
    assert loc[-2:] == ("body", "zh") and "半角标点“,”" in message and "全角“，”" in message
