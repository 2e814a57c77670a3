"""The measurements, each run in a fresh process: `python -m benchmarks.probes NAME` prints
one JSON object of figures. The runner (`python -m benchmarks`) repeats them and summarises."""

from __future__ import annotations

import importlib
import json
import sys

# Probe name → module and function. Only the probe's own module is imported, so nothing else
# is loaded before a start-up probe's first frame.
PROBES = {
    "first_start": "startup:probe_first_start",
    "start": "startup:probe_start",
    "floor": "startup:probe_floor",
    "idle": "startup:probe_idle",
    "load": "startup:probe_load",
    "tap": "interaction:probe_tap",
    "flick": "interaction:probe_flick",
    "large": "interaction:probe_large",
    "attract": "interaction:probe_attract",
    "reload": "longrun:probe_reload",
    "navigate": "longrun:probe_navigate",
}


def main() -> int:
    module, function = PROBES[sys.argv[1]].split(":")
    result: dict = {}
    getattr(importlib.import_module(f"benchmarks.{module}"), function)(result)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
