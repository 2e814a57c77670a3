"""A start from the start view: Home first, content.yaml validated right after that frame."""

import subprocess
import sys

from PySide6.QtCore import QSize

from kiosk.app import KioskApp, KioskOptions
from tests.conftest import ROOT, copy_site
from tests.ui.conftest import LANDSCAPE
from tests.ui.helpers import center, find, touch_tap


def start_again(content, state_dir) -> KioskApp:
    options = KioskOptions(content, state_dir, windowed=True, size=QSize(*LANDSCAPE))
    return KioskApp(options)


def test_home_is_drawn_before_the_content_is_validated(make_kiosk, qtbot, tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    first = make_kiosk(content=content, state_dir=tmp_path / "state")
    title = find(first.window, "homeTitle").property("text")
    kiosk = start_again(content, tmp_path / "state")
    try:
        assert kiosk.backend.site.loading and kiosk.store.current is None
        first_frame = []
        kiosk.window.frameSwapped.connect(
            lambda: (
                first_frame
                or first_frame.append(
                    (kiosk.store.current, find(kiosk.window, "homeTitle").property("text"))
                )
            )
        )
        qtbot.waitUntil(lambda: kiosk.window.property("panelsLoaded"))
        assert first_frame == [(None, title)], "Home's first frame came from the start view"
        assert not kiosk.backend.site.loading and kiosk.store.current is not None
        assert kiosk.backend.timeline.events.rowCount() == len(
            kiosk.store.current.content.timeline.events
        )
        touch_tap(kiosk.window, center(find(kiosk.window, "entry-timeline")))
        qtbot.waitUntil(lambda: kiosk.backend.navigator.currentPanel == "timeline")
        assert kiosk.qml_warnings == []
    finally:
        kiosk.close()


def test_changed_content_is_validated_before_the_first_frame(make_kiosk, tmp_path) -> None:
    content = copy_site(tmp_path / "site")
    make_kiosk(content=content, state_dir=tmp_path / "state")
    text = content.read_text(encoding="utf-8")
    content.write_text(
        text.replace("zh: 朔州经济开发区\n", "zh: 朔州经济技术开发区\n", 1), encoding="utf-8"
    )
    kiosk = start_again(content, tmp_path / "state")
    try:
        assert not kiosk.backend.site.loading and kiosk.store.current is not None
        assert kiosk.backend.site.title == "朔州经济技术开发区"
    finally:
        kiosk.close()


# What a fast first frame must not pay for: the content stack, the usage report and the
# did-you-mean helper (used on errors only), and Qt's `Qt` namespace (~90 enum classes).
FIRST_FRAME_IMPORTS = """
import os, sys
from pathlib import Path
import PySide6.QtCore
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication
from kiosk.app import KioskApp, KioskOptions
app = QGuiApplication([])
options = KioskOptions(Path(sys.argv[1]), Path(sys.argv[2]), windowed=True, size=QSize(800, 600))
kiosk = KioskApp(options)
costly = {"pydantic", "yaml", "statistics", "difflib"}
seen = []
kiosk.window.frameSwapped.connect(
    lambda: seen or seen.append(
        sorted(costly & set(sys.modules)) + ["Qt"] * ("Qt" in vars(PySide6.QtCore))
    )
)
kiosk.window.panelsLoadedChanged.connect(lambda: QTimer.singleShot(500, app.quit))
app.exec()
print(seen[0])
kiosk.close()
"""


def test_costly_modules_are_not_imported_before_a_fast_first_frame(tmp_path) -> None:
    """Whoever imports one of them at module level in the start path undoes the gain."""
    content = copy_site(tmp_path / "site")
    command = [sys.executable, "-c", FIRST_FRAME_IMPORTS, str(content), str(tmp_path / "state")]
    runs = [
        subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
        for _ in range(2)
    ]
    first, fast = (run.stdout.splitlines()[-1] for run in runs)
    # The first start validates before its first frame (and, on a fresh install, draws its
    # icons with qtawesome, which imports the `Qt` namespace).
    assert "'pydantic', 'yaml'" in first, runs
    assert fast == "[]", runs


def test_content_that_fails_after_a_fast_first_frame_ends_as_a_normal_start(
    make_kiosk, qtbot, tmp_path
) -> None:
    """Same bytes, but a picture has gone since: validation after the frame finds it."""
    content = copy_site(tmp_path / "site")
    make_kiosk(content=content, state_dir=tmp_path / "state")
    (content.parent / "assets" / "illustrations" / "founding.svg").unlink()
    normal = make_kiosk(content=content, state_dir=tmp_path / "normal")
    kiosk = start_again(content, tmp_path / "state")
    try:
        assert kiosk.backend.site.loading
        qtbot.waitUntil(lambda: not kiosk.backend.site.loading)
        assert kiosk.backend.site.hasContent == normal.backend.site.hasContent
        assert kiosk.backend.admin.issues == normal.backend.admin.issues
        assert kiosk.backend.admin.issues, "the missing picture is reported"
    finally:
        kiosk.close()
