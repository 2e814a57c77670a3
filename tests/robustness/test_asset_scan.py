"""A large or far-reaching assets/ never holds up the screen: it is walked in a worker thread,
within the content folder, and only so far."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from kiosk.services import assetscan
from tests.conftest import copy_site


@pytest.fixture
def walks(monkeypatch) -> list[tuple[str, str]]:
    """(thread name, top folder) of every os.walk the kiosk makes."""
    seen: list[tuple[str, str]] = []
    real_walk = os.walk

    def spy(top, *args, **kwargs):
        seen.append((threading.current_thread().name, str(top)))
        return real_walk(top, *args, **kwargs)

    monkeypatch.setattr(assetscan.os, "walk", spy)
    return seen


def _tree(folder: Path, files: int) -> None:
    for index in range(files):
        sub = folder / f"d{index // 1000}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"f{index}.txt").touch()


def _save_and_wait(kiosk, qtbot, content: Path) -> None:
    reloads = []
    kiosk.watcher.changed.connect(lambda: reloads.append(1))
    content.write_text(content.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(reloads), timeout=20_000)


def test_assets_linked_out_of_the_content_folder_are_not_walked(
    make_kiosk, qtbot, tmp_path, walks, caplog
) -> None:
    content = copy_site(tmp_path / "site")
    elsewhere = tmp_path / "elsewhere"
    _tree(elsewhere, 3000)
    real_assets = tmp_path / "site" / "assets"
    real_assets.rename(elsewhere / "assets")
    real_assets.symlink_to(elsewhere)
    kiosk = make_kiosk(content=content)
    qtbot.waitUntil(lambda: not kiosk.watcher.scanning)
    _save_and_wait(kiosk, qtbot, content)
    assert not any(str(elsewhere) in top for _, top in walks), walks
    assert sum("is a link out of the content folder" in r.message for r in caplog.records) == 1


def test_a_huge_assets_folder_is_walked_off_screen_and_only_so_far(
    make_kiosk, qtbot, tmp_path, walks, monkeypatch
) -> None:
    monkeypatch.setattr(assetscan, "MAX_ENTRIES", 2000)
    content = copy_site(tmp_path / "site")
    _tree(tmp_path / "site" / "assets" / "archive", 6000)
    kiosk = make_kiosk(content=content)
    qtbot.waitUntil(lambda: not kiosk.watcher.scanning)
    _save_and_wait(kiosk, qtbot, content)
    assert walks and all(thread == "asset-scan" for thread, _ in walks), walks
    result = assetscan.scan(content)
    assert not result.complete and len(result.signature) < 3000
    assert len(kiosk.watcher._watcher.files()) <= assetscan.MAX_FILES + 1
