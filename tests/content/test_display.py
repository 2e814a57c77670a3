"""The one number formatter, by a table of cases; dates as precise as written."""

from decimal import Decimal

import pytest

from kiosk.content.display import decimals, format_date, format_number, format_percent


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("8.05", "8.05"),
        ("17.50", "17.50"),
        ("1.16", "1.16"),
        ("120", "120"),
        ("216.21", "216.21"),
        ("3835", "3835"),  # four digits stay as Chinese statistics write them
        ("2200", "2200"),
        ("12345", "12,345"),
        ("99.86", "99.86"),
        ("1000000", "1,000,000"),
        ("0.5", "0.5"),
        ("-3.2", "-3.2"),
        ("1E+3", "1000"),  # never an exponent on screen
        ("138.64", "138.64"),
    ],
)
def test_format_number(written: str, shown: str) -> None:
    assert format_number(Decimal(written)) == shown


def test_no_float_noise() -> None:
    value = Decimal("8.05")
    assert format_number(value) == "8.05"
    assert str(float(value) * 3) != format_number(value * 3)  # floats would show noise
    assert format_number(value * 3) == "24.15"


@pytest.mark.parametrize(
    ("written", "places"), [("8.05", 2), ("17.50", 2), ("120", 0), ("1E+3", 0)]
)
def test_decimals(written: str, places: int) -> None:
    assert decimals(Decimal(written)) == places


def test_percent() -> None:
    assert format_percent(Decimal("93.65")) == "93.65%"
    assert format_percent(Decimal("9")) == "9%"


@pytest.mark.parametrize(
    ("date", "zh", "en"),
    [
        ("1992-11-14", "1992年11月14日", "14 November 1992"),
        ("2017-03", "2017年3月", "March 2017"),
        ("2016", "2016年", "2016"),
    ],
)
def test_dates_as_precise_as_written(date: str, zh: str, en: str) -> None:
    assert format_date(date, "zh") == zh
    assert format_date(date, "en") == en
