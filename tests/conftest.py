"""Shared test set-up: Qt offscreen with the software renderer, and the bundled content."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import shutil

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "kiosk" / "example" / "content.yaml"


@pytest.fixture(autouse=True)
def isolated_state(tmp_path, monkeypatch):
    """No test writes into the real state folder."""
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path / "state"))


def copy_site(folder: Path) -> Path:
    """A private copy of the bundled content and its assets; returns its content.yaml."""
    folder.mkdir(parents=True)
    shutil.copy(BUNDLED, folder / "content.yaml")
    shutil.copytree(BUNDLED.parent / "assets", folder / "assets")
    return folder / "content.yaml"


@pytest.fixture
def decoder():
    """The picture decoder process, stopped after the test."""
    from kiosk.services.decoder import Decoder

    running = Decoder()
    yield running
    running.close()
