"""The benchmark probes run and report their figures (timing is never asserted)."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_load_probe_reports_its_figure(tmp_path) -> None:
    env = dict(os.environ, BENCH_STATE=str(tmp_path), BENCH_T0="0")
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", "load"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert set(json.loads(output)) == {"load_bundled_ms"}


def test_start_probe_reports_first_frame_and_memory(tmp_path) -> None:
    import time

    env = dict(os.environ, BENCH_STATE=str(tmp_path), BENCH_T0=repr(time.time()))
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", "start"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    assert set(figures) == {"start_first_frame_ms", "pss_first_frame_mb"}
    assert all(value > 0 for value in figures.values())
