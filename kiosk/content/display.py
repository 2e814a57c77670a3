"""How dates and numbers read on screen, in Chinese or English. Pure functions, no Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # values arrive as Decimal from the model; the module itself never builds one
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
