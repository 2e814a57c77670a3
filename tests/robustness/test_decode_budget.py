"""Decoding is bounded in time: a picture that runs over its budget is refused and reported,
in `kiosk check` and on screen, and the other pictures keep loading."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import pytestqt.exceptions

from kiosk.cli import main as kiosk_main
from kiosk.content.images import ImageProblem, read_header
from kiosk.services.decoder import Decoder
from tests.conftest import copy_site
from tests.robustness.hostile import _many_scans_jpeg
from tests.robustness.limits import deadline
from tests.ui.helpers import all_items

# 490 scans (under the scan limit) of a 7000×7000 picture: about 2 s of decoding here.
BUDGET = "0.6"


@pytest.fixture
def slow_site(tmp_path: Path) -> Path:
    content = copy_site(tmp_path / "site")
    photos = tmp_path / "site" / "assets" / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    (photos / "slow.jpg").write_bytes(_many_scans_jpeg(490, 7000, 7000))
    # New times for every picture, so their URLs (which carry size and time) are this test's
    # own: Qt keeps pictures by URL for the whole process, across the tests' kiosks.
    for picture in (tmp_path / "site" / "assets").rglob("*.svg"):
        os.utime(picture)
    text = content.read_text(encoding="utf-8")
    first = "image: assets/illustrations/founding.svg"
    content.write_text(text.replace(first, "image: assets/photos/slow.jpg", 1), encoding="utf-8")
    return content


def test_kiosk_check_stops_a_decode_over_budget(slow_site, monkeypatch, capsys, qapp) -> None:
    monkeypatch.setenv("KIOSK_DECODE_SECONDS", BUDGET)
    started = time.monotonic()
    with deadline(30):
        code = kiosk_main(["check", str(slow_site)])
    out = capsys.readouterr().out
    assert code == 1
    assert "timeline.events[0].image: 图片解码超过 0.6 秒仍未完成" in out
    assert time.monotonic() - started < 15


def test_the_decoder_recovers_after_a_stop(tmp_path: Path, qapp) -> None:
    slow = tmp_path / "slow.jpg"
    slow.write_bytes(_many_scans_jpeg(490, 7000, 7000))
    good = tmp_path / "good.jpg"
    good.write_bytes(_many_scans_jpeg(0, 640, 480))
    decoder = Decoder(seconds=0.6, idle_seconds=1)
    try:
        assert "解码超过" in (decoder.problem(slow, read_header(slow)) or "")
        assert decoder.problem(good, read_header(good)) is None, "a fresh child took over"
        assert decoder.started == 2
        time.sleep(2)  # the child leaves when idle …
        assert decoder.problem(good, read_header(good)) is None  # … and comes back when asked
        assert decoder.started == 3
    finally:
        decoder.close()


def _pictures(window) -> list:
    """Every ContentImage (a picture over its typographic stand-in) in the window."""
    return [
        item
        for item in all_items(window)
        if item.metaObject().className().startswith("ContentImage")
    ]


def test_a_running_kiosk_refuses_a_slow_picture_and_tells_staff(
    make_kiosk, qtbot, slow_site, monkeypatch, tmp_path, caplog
) -> None:
    monkeypatch.setenv("KIOSK_DECODE_SECONDS", BUDGET)
    state = tmp_path / "state"
    kiosk = make_kiosk(content=slow_site, state_dir=state)
    kiosk.backend.navigator.openLink("timeline")
    store = kiosk.store
    with deadline(30):
        qtbot.waitUntil(lambda: bool(store.picture_issues), timeout=20_000)
    issue = store.picture_issues[0]
    lines = slow_site.read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if "slow.jpg" in text)
    assert issue.path == "timeline.events[0].image" and (issue.line, issue.column) == (line, 14)
    assert "图片解码超过" in issue.message
    assert any("图片解码超过" in line for line in kiosk.backend.admin.issues), "on the staff page"
    card = next(item for item in _pictures(kiosk.window) if "slow.jpg" in item.property("source"))
    assert not card.property("loaded"), "the card shows its typographic stand-in"
    others = [item for item in _pictures(kiosk.window) if "slow.jpg" not in item.property("source")]
    try:
        qtbot.waitUntil(lambda: any(item.property("loaded") for item in others), timeout=20_000)
    except pytestqt.exceptions.TimeoutError:
        shown = [(item.property("source"), item.property("loaded")) for item in others]
        raise AssertionError(
            f"no other picture loaded: {shown}; decoder started {kiosk.decoder.started}, "
            f"decodes {kiosk.image_cache.decodes}"
        ) from None
    assert kiosk.backend.site.hasContent
    assert "ran over its budget" in caplog.text
    caplog.clear()

    again = make_kiosk(content=slow_site, state_dir=state)  # a restart, same state folder
    again.backend.navigator.openLink("timeline")
    qtbot.waitUntil(lambda: bool(again.store.picture_issues), timeout=10_000)
    assert "图片解码超过" in again.store.picture_issues[0].message
    assert "ran over its budget" not in caplog.text, "the refusal is remembered on disk"


def test_stopping_the_kiosk_mid_decode_does_not_wait_for_it(tmp_path: Path, qapp) -> None:
    """A stop (SIGTERM, restart) while a slow picture decodes ends the decode at once, and the
    picture is not blamed for it."""
    import threading

    from kiosk.services.decoder import DecoderUnavailable

    slow = tmp_path / "slow.jpg"
    slow.write_bytes(_many_scans_jpeg(490, 7000, 7000))
    decoder = Decoder(seconds=60)
    outcome: list[ImageProblem] = []

    def decode() -> None:
        try:
            decoder.decode(slow, read_header(slow), 640)
        except ImageProblem as error:  # DecoderUnavailable is one
            outcome.append(error)

    worker = threading.Thread(target=decode)
    worker.start()
    time.sleep(0.8)  # the child is up and decoding
    started = time.monotonic()
    decoder.close()
    worker.join(5)
    assert not worker.is_alive() and time.monotonic() - started < 2
    assert outcome and isinstance(outcome[0], DecoderUnavailable), outcome
