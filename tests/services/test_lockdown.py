"""Lockdown and sandbox: keys, closing, cursor, URLs and the network."""

import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtNetwork import QNetworkReply, QNetworkRequest
from PySide6.QtTest import QTest

from kiosk.app import QML_DIR, KioskApp, KioskOptions
from kiosk.services.lockdown import key_allowed
from kiosk.services.sandbox import DenyAllNetworkFactory, LocalOnlyInterceptor
from tests.conftest import BUNDLED, ROOT

PACKAGE = ROOT / "kiosk"
ALT, CTRL, META = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.MetaModifier,
)
NONE = Qt.KeyboardModifier.NoModifier


@pytest.mark.parametrize(
    ("key", "modifiers", "allowed"),
    [
        (Qt.Key.Key_Left, NONE, True),
        (Qt.Key.Key_Return, NONE, True),
        (Qt.Key.Key_5, NONE, True),
        (Qt.Key.Key_Backspace, NONE, True),
        (Qt.Key.Key_F4, ALT, False),
        (Qt.Key.Key_Q, CTRL, False),
        (Qt.Key.Key_W, CTRL, False),
        (Qt.Key.Key_Escape, NONE, False),
        (Qt.Key.Key_F11, NONE, False),
        (Qt.Key.Key_Tab, ALT, False),
        (Qt.Key.Key_5, CTRL, False),
        (Qt.Key.Key_Super_L, META, False),
        (Qt.Key.Key_A, NONE, False),
    ],
)
def test_key_allow_list(key, modifiers, allowed) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
        assert key_allowed(QKeyEvent(kind, key, modifiers)) is allowed


@pytest.fixture
def kiosk_mode(qtbot, tmp_path):
    app = KioskApp(KioskOptions(BUNDLED, tmp_path / "state", windowed=False))
    qtbot.waitExposed(app.window)
    qtbot.waitUntil(lambda: app.keys is not None)  # locked down right after the first frame
    yield app
    app.close()
    QGuiApplication.instance().setQuitOnLastWindowClosed(True)


def test_kiosk_mode_cannot_be_closed_or_escaped(kiosk_mode, qtbot) -> None:
    window = kiosk_mode.window
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    assert not QGuiApplication.instance().quitOnLastWindowClosed()
    window.close()
    qtbot.wait(50)
    assert window.isVisible(), "a close request is refused"
    for key, modifiers in ((Qt.Key.Key_F4, ALT), (Qt.Key.Key_Q, CTRL), (Qt.Key.Key_Escape, NONE)):
        QTest.keyClick(window, key, modifiers)
    qtbot.wait(50)
    assert window.isVisible()
    assert kiosk_mode.keys.swallowed >= 3
    assert kiosk_mode.backend.navigator.currentPanel == "home"


def test_staff_exit_is_the_way_out(kiosk_mode, qtbot) -> None:
    kiosk_mode.backend.admin.exitRequested.disconnect()
    kiosk_mode.backend.admin.exitKiosk()
    kiosk_mode.window.close()
    qtbot.waitUntil(lambda: not kiosk_mode.window.isVisible())


def test_interceptor_admits_only_local_kiosk_files(tmp_path: Path) -> None:
    content = tmp_path / "site"
    content.mkdir()
    (content / "link").symlink_to(tmp_path)
    gate = LocalOnlyInterceptor([QML_DIR], lambda: content)
    assert gate.admits(QUrl.fromLocalFile(str(QML_DIR / "Kiosk" / "Main.qml")))
    assert gate.admits(QUrl.fromLocalFile(str(content / "assets" / "x.png")))
    assert gate.admits(QUrl("image://content/assets/x.png"))
    for refused in (
        "http://example.com/x.png",
        "https://example.com/x.qml",
        "ftp://example.com/x",
        "data:image/png;base64,AAAA",
        QUrl.fromLocalFile("/etc/passwd").toString(),
        QUrl.fromLocalFile(str(content / ".." / "outside.png")).toString(),
        QUrl.fromLocalFile(str(QML_DIR / ".." / "app.py")).toString(),
        QUrl.fromLocalFile(str(content / "link" / "secret.png")).toString(),
    ):
        assert not gate.admits(QUrl(refused)), refused
        assert gate.intercept(QUrl(refused), None) != QUrl(refused)


def test_network_requests_are_refused_without_a_connection(qtbot) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(1.0)
    port = listener.getsockname()[1]
    connected = []

    def accept() -> None:
        try:
            listener.accept()
            connected.append(True)
        except OSError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    manager = DenyAllNetworkFactory().create(None)
    reply = manager.get(QNetworkRequest(QUrl(f"http://127.0.0.1:{port}/image.png")))
    qtbot.waitUntil(reply.isFinished, timeout=3000)
    assert reply.error() != QNetworkReply.NetworkError.NoError
    thread.join()
    listener.close()
    assert connected == []


def test_no_dialogs_and_no_rich_text_in_the_package() -> None:
    sources = [*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.qml")]
    forbidden = ("FileDialog", "ColorDialog", "FolderDialog", "QPrint", "FontDialog", "RichText")
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{word} in {source}"


def test_every_text_on_screen_is_plain_text() -> None:
    qml = [path for path in (QML_DIR / "Kiosk").rglob("*.qml") if path.name != "KioskText.qml"]
    for path in qml:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert not any(line.strip() in ("Text {", "TextEdit {", "Label {") for line in lines), path
    kiosk_text = (QML_DIR / "Kiosk" / "components" / "KioskText.qml").read_text(encoding="utf-8")
    assert "textFormat: Text.PlainText" in kiosk_text


def test_windowed_preview_is_not_locked(qtbot, tmp_path) -> None:
    app = KioskApp(KioskOptions(BUNDLED, tmp_path / "s", windowed=True, size=QSize(800, 600)))
    try:
        assert app.keys is None
        assert QGuiApplication.overrideCursor() is None
    finally:
        app.close()


def test_right_click_and_long_press_open_nothing(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QPoint

    app = KioskApp(KioskOptions(BUNDLED, tmp_path / "s", windowed=True, size=QSize(1920, 1080)))
    try:
        qtbot.waitExposed(app.window)
        qtbot.wait(500)  # icons arrive asynchronously
        before = app.window.grabWindow()
        QTest.mouseClick(app.window, Qt.MouseButton.RightButton, NONE, QPoint(960, 700))
        point = QPoint(960, 300)
        QTest.mousePress(app.window, Qt.MouseButton.LeftButton, NONE, point)
        qtbot.wait(1500)
        QTest.mouseRelease(app.window, Qt.MouseButton.LeftButton, NONE, point)
        qtbot.wait(200)
        assert app.backend.navigator.currentPanel == "home"
        assert not app.backend.admin.isOpen
        assert app.window.grabWindow() == before
        assert app.qml_warnings == []
    finally:
        app.close()
