"""How dates and numbers read on screen, in Chinese or English. Pure functions, no Qt."""

from __future__ import annotations

from decimal import Decimal

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date(date: str, lang: str) -> str:
    """`1992-11-14` → `1992年11月14日` or `14 November 1992`; shown as precisely as written."""
    parts = [int(part) for part in date.split("-")]
    if lang == "en":
        words = [str(parts[0])]
        if len(parts) > 1:
            words.insert(0, _MONTHS[parts[1] - 1])
        if len(parts) > 2:
            words.insert(0, str(parts[2]))
        return " ".join(words)
    return "".join(f"{value}{unit}" for value, unit in zip(parts, "年月日", strict=False))


def format_span(start: str, end: str | None, lang: str) -> str:
    """An event's dates: one date, or a span (`2017—2022年`, `2017–2022`, `March 2016 – May
    2017`), each end as precisely as written."""
    if end is None or end == start:
        return format_date(start, lang)
    first, last = format_date(start, lang), format_date(end, lang)
    if lang == "en":
        return f"{first}–{last}" if " " not in first + last else f"{first} – {last}"
    if "-" not in start + end:
        return f"{start}—{last}"
    return f"{first}—{last}"


GROUPING_FROM = 10000


def format_number(value: Decimal) -> str:
    """The number exactly as staff wrote it (8.05 stays 8.05, 17.50 stays 17.50, never
    8.050000001), in full without exponents, with thousands separators from five digits up
    (3835 stays 3835 as Chinese statistics write it; 12345 becomes 12,345)."""
    return format(value, ",f" if abs(value) >= GROUPING_FROM else "f")


def decimals(value: Decimal) -> int:
    """How many decimal places the value was written with."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_percent(value: Decimal) -> str:
    return f"{format_number(value)}%"


# English has no word for 亿 (10^8) or 万 (10^4), so a translated unit says "100 million yuan",
# and "47 100 million yuan" reads as 47,100 million. Such amounts are shown in English scale words.
_TRANSLATED_SCALES = (("100 million ", Decimal(10) ** 8), ("10,000 ", Decimal(10) ** 4))
_ENGLISH_SCALES = (("billion ", Decimal(10) ** 9), ("million ", Decimal(10) ** 6))


def in_scale_words(values: list[Decimal], unit: str) -> tuple[list[Decimal], str]:
    """`values` in `unit` re-expressed without a translated Chinese scale: ([47], "100 million
    yuan") → ([4.7], "billion yuan"), ([8.05], …) → ([805], "million yuan"), ([52], "10,000 yuan
    per mu") → ([520000], "yuan per mu"). Values sharing a unit (a chart's bars) share a scale,
    chosen by the largest; other units come back as they were."""
    written = unit.replace("\u00a0", " ")  # typeset joins a number to the word after it
    for prefix, factor in _TRANSLATED_SCALES:
        if written.startswith(prefix) and values:
            amounts = [value * factor for value in values]
            largest = max(abs(amount) for amount in amounts)
            rest = written[len(prefix) :]
            for word, size in _ENGLISH_SCALES:
                if largest >= size:
                    return [_plain(amount / size) for amount in amounts], word + rest
            return [_plain(amount) for amount in amounts], rest
    return values, unit


def _plain(value: Decimal) -> Decimal:
    """Without trailing zeros the scaling left (805.00 → 805), never in exponent form."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral() else normal
