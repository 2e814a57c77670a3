"""`python -m benchmarks [--json FILE] [--quick]`: each figure measured in fresh processes,
median, min and max printed as a table with the machine above it.

Measured so far: start and floor first frame, start ratio, PSS at first frame (ours and the
floor's), idle CPU on Home, loading the bundled content. The figures for taps, transitions,
flicks, large content, reload and long navigation runs are still to come (issue #8).

Caution: the offscreen platform renders continuously (about 60 frames a second even for the
floor app, which has nothing to animate), so `idle_cpu_ms_per_s` measured offscreen is not the
idle cost on a real screen; it needs a platform that only renders on change (Xvfb with xcb).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_probe(name: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as state:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            QT_QUICK_BACKEND="software",
            BENCH_STATE=state,
            BENCH_T0=repr(time.time()),
        )
        output = subprocess.run(
            [sys.executable, "-m", "benchmarks.probes", name],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
    return json.loads(output.strip().splitlines()[-1])


def machine() -> str:
    from PySide6 import __version__ as pyside

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"CPU {cpu}, {os.cpu_count()} cores; Python {platform.python_version()}; "
        f"PySide6/Qt {pyside}; platform offscreen; renderer software"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="write figure → median")
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 5")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 5
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        for probe in ("start", "floor", "idle", "load"):
            for name, value in run_probe(probe).items():
                samples.setdefault(name, []).append(value)
    ratios = [
        s / f
        for s, f in zip(
            samples["start_first_frame_ms"], samples["floor_first_frame_ms"], strict=True
        )
    ]
    samples["start_ratio"] = ratios
    print(machine())
    print(f"{'figure':32} {'median':>10} {'min':>10} {'max':>10}   ({runs} runs)")
    medians = {}
    for name in sorted(samples):
        values = samples[name]
        medians[name] = statistics.median(values)
        print(f"{name:32} {medians[name]:10.2f} {min(values):10.2f} {max(values):10.2f}")
    if args.json:
        args.json.write_text(json.dumps(medians, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
