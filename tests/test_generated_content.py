"""The large-content generator writes content that loads (small sizes here; full size in
benchmarks)."""

from benchmarks.generate import generate
from kiosk.content import load_content


def test_generated_content_loads(qapp, tmp_path) -> None:
    content = generate(tmp_path / "large", events=120, photos=4, size=(640, 480))
    loaded = load_content(content)
    assert len(loaded.content.timeline.events) == 120
    assert sorted(loaded.images)[0] == "assets/emblem.svg" and len(loaded.images) == 4 + 1
    years = [event.year for event in loaded.content.events_in_order()]
    assert years[0] == 1992 and years[-1] == 2024
