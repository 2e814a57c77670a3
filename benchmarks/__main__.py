"""`python -m benchmarks [--json FILE] [--quick] [--bundled-only]`: each figure measured in
fresh processes, median, min and max printed as a table with the machine above it.

The large-content figures use content generated once (1,000 events, 300 photos of 6000×4000)
into a cache folder; the first run spends a few minutes writing it.
"""

from __future__ import annotations

import argparse
import compileall
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
BUNDLED_PROBES = ("start", "floor", "idle", "load", "tap", "flick", "attract", "reload", "navigate")
LARGE_PROBES = ("large",)
RESTART_PROBES = ("start", "large")
# Start, touch and frame figures again on a 4K screen (the same design at four times the pixels);
# their names end in `_4k`.
FOUR_K_PROBES = ("start", "floor", "tap", "flick", "attract")
FOUR_K = "3840x2160"
DEFAULT_LARGE_DIR = Path.home() / ".cache" / "sez-kiosk-benchmarks" / "large"
# Offscreen with the software renderer, as in CI; on a hall PC, BENCH_QPA=xcb (or wayland) and
# BENCH_BACKEND= (empty: Qt's default, the GPU) measure the screen and renderer it really has.
PLATFORM = {
    "QT_QPA_PLATFORM": os.environ.get("BENCH_QPA", "offscreen"),
    "QT_QUICK_BACKEND": os.environ.get("BENCH_BACKEND", "software"),
}


def run_probe(name: str, extra_env: dict[str, str] | None = None) -> dict[str, float]:
    """One run of a probe in a new state folder. A start probe measures a restart, as a kiosk
    starts every day: a first start (itself measured) has filled the state folder before."""
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as state:
        for probe in ("first_start", name) if name in RESTART_PROBES else (name,):
            figures.update(_run_in_process(probe, state, extra_env))
    return figures


def _run_in_process(name: str, state: str, extra_env: dict[str, str] | None) -> dict[str, float]:
    env = dict(os.environ, **PLATFORM, **(extra_env or {}), BENCH_STATE=state)
    env["BENCH_T0"] = repr(time.time())
    finished = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", name],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if finished.returncode != 0:
        raise RuntimeError(f"probe {name} failed:\n{finished.stderr[-4000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def large_content(folder: Path) -> Path:
    content = folder / "content.yaml"
    photos = folder / "assets" / "photos"
    if not content.exists() or len(list(photos.glob("*.jpg"))) < 300:
        print(f"writing the large content to {folder} (once; a few minutes)", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "benchmarks.generate", str(folder)],
            cwd=ROOT,
            env=dict(os.environ, **PLATFORM),
            check=True,
            capture_output=True,
        )
    return content


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
        f"PySide6/Qt {pyside}; platform {PLATFORM['QT_QPA_PLATFORM']}; "
        f"renderer {PLATFORM['QT_QUICK_BACKEND']}"
    )


def collect(runs: int, probes: tuple[str, ...], env: dict[str, str]) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        for probe in probes:
            for name, value in run_probe(probe, env).items():
                samples.setdefault(name, []).append(value)
    suffix = "_4k" if env.get("BENCH_SIZE") == FOUR_K else ""
    if suffix:
        samples = {f"{name}{suffix}": values for name, values in samples.items()}
    start, floor = f"start_first_frame_ms{suffix}", f"floor_first_frame_ms{suffix}"
    if start in samples and floor in samples:
        samples[f"start_ratio{suffix}"] = [
            s / f for s, f in zip(samples[start], samples[floor], strict=True)
        ]
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="write figure → median")
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 5")
    parser.add_argument("--runs", type=int, default=None, help="runs per probe (overrides)")
    parser.add_argument("--bundled-only", action="store_true", help="skip the large content")
    parser.add_argument("--large-dir", type=Path, default=DEFAULT_LARGE_DIR)
    parser.add_argument("--navigations", type=int, default=5000)
    parser.add_argument("--attract-beats", type=int, default=3, help="beats of the attract loop")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 5)
    env = {
        "BENCH_NAVIGATIONS": str(args.navigations),
        "BENCH_ATTRACT_BEATS": str(args.attract_beats),
    }
    # As installed (bootstrap.py writes the bytecode too), even where PYTHONDONTWRITEBYTECODE
    # would have every probe compile the kiosk's modules again.
    for package in ("kiosk", "benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)
    samples = collect(runs, BUNDLED_PROBES, env)
    samples.update(collect(runs, FOUR_K_PROBES, dict(env, BENCH_SIZE=FOUR_K)))
    if not args.bundled_only:
        env["BENCH_CONTENT"] = str(large_content(args.large_dir))
        samples.update(collect(runs, LARGE_PROBES, env))
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
