"""Point in polygon, as the map's hit test uses it."""

import pytest

from kiosk.content.geometry import point_in_polygon, polygon_area

SQUARE = [(0, 0), (10, 0), (10, 10), (0, 10)]
L_SHAPE = [(0, 0), (10, 0), (10, 4), (4, 4), (4, 10), (0, 10)]


@pytest.mark.parametrize(
    ("point", "inside"),
    [((5, 5), True), ((0, 5), True), ((10, 10), True), ((10.01, 5), False), ((-1, -1), False)],
)
def test_square(point, inside) -> None:
    assert point_in_polygon(*point, SQUARE) is inside


def test_concave_polygon_uses_the_shape_not_its_box() -> None:
    assert point_in_polygon(2, 8, L_SHAPE)
    assert not point_in_polygon(8, 8, L_SHAPE), "inside the bounding box, outside the shape"


def test_area() -> None:
    assert polygon_area(SQUARE) == 100
    assert polygon_area(L_SHAPE) == 64
