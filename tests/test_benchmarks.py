"""The benchmark still runs end to end and reports every figure (its numbers are not asserted:
timing lives in the benchmark's table, never in tests)."""

import json
from pathlib import Path

from benchmarks.__main__ import main

BUNDLED_FIGURES = {
    "first_start_first_frame_ms",  # beyond the list: a start with no state folder
    "start_first_frame_ms",
    "floor_first_frame_ms",
    "start_ratio",
    "pss_first_frame_mb",
    "floor_pss_first_frame_mb",
    "tap_to_frame_p95_ms",
    "transition_frame_p95_ms",
    "transition_frames_over_33ms",
    "timeline_flick_frame_p95_ms",
    "attract_frame_p95_ms",
    "attract_frames_over_33ms",
    "idle_cpu_ms_per_s",
    "load_bundled_ms",
    "reload_ui_max_frame_ms",
    "pss_growth_pct_5000_nav",
    "decoder_pss_mb",  # the picture decoder's child process, while it runs (a fresh state folder)
    # the same start, touch and frame figures at 3840×2160
    "first_start_first_frame_ms_4k",
    "start_first_frame_ms_4k",
    "floor_first_frame_ms_4k",
    "start_ratio_4k",
    "pss_first_frame_mb_4k",
    "floor_pss_first_frame_mb_4k",
    "tap_to_frame_p95_ms_4k",
    "transition_frame_p95_ms_4k",
    "transition_frames_over_33ms_4k",
    "timeline_flick_frame_p95_ms_4k",
    "attract_frame_p95_ms_4k",
    "attract_frames_over_33ms_4k",
}


def test_quick_run_on_the_bundled_content_reports_every_figure(tmp_path: Path, capsys) -> None:
    out = tmp_path / "figures.json"
    quick = ["--quick", "--runs", "1", "--bundled-only", "--navigations", "150"]
    assert main([*quick, "--attract-beats", "1", "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures) == BUNDLED_FIGURES
    assert all(value == value for value in figures.values()), "no figure is NaN"
    table = capsys.readouterr().out
    assert "platform offscreen" in table
    assert all(name in table for name in BUNDLED_FIGURES)
