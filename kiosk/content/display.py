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


def format_number(value: Decimal) -> str:
    """The number as staff wrote it (17.50 stays 17.50), grouped by thousands from 10,000 up."""
    return format(value, ",f" if abs(value) >= 10000 else "f")


def format_percent(value: Decimal) -> str:
    return f"{format_number(value)}%"
