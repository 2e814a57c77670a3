"""Checks that do not stop the kiosk but a staff member should hear about (warnings)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from kiosk.content.model import Content, Figure

Loc = tuple[str | int, ...]


def stated_tolerance(stated: Decimal) -> Decimal:
    """Half a unit of the last digit written: 79 allows ±0.5, 17.9 allows ±0.05."""
    exponent = stated.as_tuple().exponent
    return (
        Decimal(5) * Decimal(10) ** (int(exponent) - 1) if isinstance(exponent, int) else Decimal(0)
    )


def expected_percent(figure: Figure) -> Decimal | None:
    """The percentage the figure's own numbers give, where they give one."""
    change = figure.change
    if change is None:
        return None
    if change.kind == "growth":
        previous = figure.previous
        if previous is None and figure.increase is not None:
            previous = figure.value - figure.increase
        if previous is None or previous <= 0:
            return None
        return (figure.value - previous) / previous * 100
    if change.base is None:
        return None
    return figure.value / change.base * 100


def figure_consistency(content: Content) -> Iterator[tuple[Loc, str]]:
    """(where, message) for each stated growth rate or share that its numbers contradict."""
    for group_index, group in enumerate(content.figures.groups):
        for index, figure in enumerate(group.figures):
            change = figure.change
            computed = expected_percent(figure)
            if change is None or computed is None:
                continue
            if abs(computed - change.value) > stated_tolerance(change.value):
                shown = computed.quantize(Decimal("0.01"))
                yield (
                    ("figures", "groups", group_index, "figures", index, "change", "value"),
                    f"写的是 {change.value}%，按数值计算应为 {shown}%，请核对 "
                    f"(stated {change.value}% but the numbers give {shown}%)",
                )


# Two park colours closer than this (Euclidean, in 0–255 RGB) read as one on the map.
SIMILAR_COLOURS = 60


def colour_distance(first: str, second: str) -> float:
    a, b = (tuple(int(hex_[i : i + 2], 16) for i in (1, 3, 5)) for hex_ in (first, second))
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


def similar_park_colours(content: Content) -> Iterator[tuple[Loc, str]]:
    """(where, message) for each park whose colour an earlier park's nearly repeats."""
    parks = content.map.parks
    for index, park in enumerate(parks):
        for earlier in parks[:index]:
            if colour_distance(park.colour, earlier.colour) < SIMILAR_COLOURS:
                yield (
                    ("map", "parks", index, "colour"),
                    f"颜色 {park.colour} 与“{earlier.name.get('zh')}”的 {earlier.colour} 太接近，"
                    "地图上难以分辨，请换一种颜色 (too close to another park's colour)",
                )
                break
