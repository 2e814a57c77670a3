"""Figure consistency: stated growth rates and shares against the numbers given."""

from decimal import Decimal

from kiosk.content import load_content_text
from kiosk.content.checks import stated_tolerance
from tests.content.samples import replace

FIGURE = "          year: 2023\n"


def warnings_for(extra: str) -> list[str]:
    text = replace(FIGURE, FIGURE + extra)
    return [f"{w.line}:{w.column}: {w.message}" for w in load_content_text(text).warnings]


def test_tolerance_follows_the_digits_written() -> None:
    assert stated_tolerance(Decimal("79")) == Decimal("0.5")
    assert stated_tolerance(Decimal("17.9")) == Decimal("0.05")
    assert stated_tolerance(Decimal("93.65")) == Decimal("0.005")


def test_share_that_matches_its_base_is_quiet() -> None:
    assert warnings_for("          change: {kind: rate, value: 79, base: 10.19}\n") == []


def test_share_that_does_not_match_warns_at_its_line() -> None:
    found = warnings_for("          change: {kind: share, value: 92, base: 10}\n")
    assert found == [
        "44:40: 写的是 92%，按数值计算应为 80.50%，请核对 (stated 92% but the numbers give 80.50%)"
    ]


def test_growth_from_the_net_increase() -> None:
    assert (
        warnings_for("          increase: 1.05\n          change: {kind: growth, value: 15}\n")
        == []
    )
    found = warnings_for("          increase: 1.05\n          change: {kind: growth, value: 20}\n")
    assert len(found) == 1 and "应为 15.00%" in found[0]


def test_growth_from_the_previous_value() -> None:
    found = warnings_for("          previous: 7\n          change: {kind: growth, value: 9}\n")
    assert len(found) == 1 and "应为 15.00%" in found[0]


def test_bundled_figures_are_consistent() -> None:
    from kiosk.content import load_content
    from tests.conftest import BUNDLED

    assert load_content(BUNDLED).warnings == ()
