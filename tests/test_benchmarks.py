"""The benchmark probes run and report their figures (timing is never asserted)."""

from benchmarks.__main__ import run_probe


def test_load_probe_reports_its_figure() -> None:
    assert set(run_probe("load")) == {"load_bundled_ms"}


def test_start_probe_reports_first_frame_and_memory() -> None:
    figures = run_probe("start")
    assert set(figures) == {"start_first_frame_ms", "pss_first_frame_mb"}
    assert all(value > 0 for value in figures.values())
