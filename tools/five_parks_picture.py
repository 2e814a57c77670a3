"""Draw the bundled "一区五园" illustration from the map itself: `python -m tools.five_parks_picture`.

The picture of the 2017 expansion shows the zone as the map draws it (its outline, the five
parks' shapes and colours) laid on the ground of the illustration set (docs/design.md,
Imagery), so the timeline and the map never tell two stories. Run it again after changing the
map in the bundled content; tests/test_illustrations.py checks that the picture follows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.content import load_content

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "kiosk" / "example" / "content.yaml"
PICTURE = ROOT / "kiosk" / "example" / "assets" / "illustrations" / "five-parks.svg"
WIDTH, HEIGHT, HORIZON = 800, 500, 300
# The plan lies on the ground below the horizon: fitted into the set's safe width, seen from
# above at a slant (heights squashed).
PLAN_WIDTH, PLAN_TOP, SLANT = 600, 284, 0.42


def picture(content_path: Path = CONTENT) -> str:
    plan = load_content(content_path).content.map
    scale = PLAN_WIDTH / plan.width
    left = (WIDTH - PLAN_WIDTH) / 2

    def points(polygon: list[tuple[float, float]], drop: float = 0) -> str:
        return " ".join(
            f"{left + x * scale:.1f},{PLAN_TOP + drop + y * scale * SLANT:.1f}" for x, y in polygon
        )

    outline = plan.zone_outline
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}">',
        f'  <rect width="{WIDTH}" height="{HEIGHT}" fill="#F3EEE2"/>',
        f'  <rect width="{WIDTH}" height="{HORIZON}" fill="#CFE0EC"/>',
        '  <circle cx="620" cy="110" r="44" fill="#F2B33D"/>',
        '  <path d="M0 300 Q120 230 260 286 Q380 200 520 280 Q660 220 800 284 V300 H0 Z" '
        'fill="#5E9E6E" opacity="0.45"/>',
        f'  <polygon points="{points(outline, 14)}" fill="#0B2540" opacity="0.18"/>',
        f'  <polygon points="{points(outline)}" fill="#FFFDF7"/>',
    ]
    parts += [
        f'  <polygon points="{points(park.polygon)}" fill="{park.colour}"/>' for park in plan.parks
    ]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> int:
    PICTURE.write_text(picture(), encoding="utf-8")
    print(f"wrote {PICTURE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
