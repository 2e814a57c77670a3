"""Services: image decoding, the content store's last good copy, fonts and logging."""

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QColor, QImage

from kiosk.content.images import ImageProblem, read_header
from kiosk.services import fonts, logs
from kiosk.services.store import ContentStore
from tests.conftest import copy_site


def jpeg(path: Path, width: int = 640, height: int = 480) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2A7DE1"))
    assert image.save(str(path), "JPEG")
    return path


def test_a_whole_jpeg_decodes(qapp, tmp_path: Path, decoder) -> None:
    path = jpeg(tmp_path / "ok.jpg")
    assert decoder.problem(path, read_header(path)) is None


def test_a_truncated_jpeg_is_refused(qapp, tmp_path: Path) -> None:
    path = jpeg(tmp_path / "cut.jpg")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(ImageProblem, match="图片文件不完整"):
        read_header(path)


def test_a_corrupt_image_is_caught_by_decoding(qapp, tmp_path: Path, decoder) -> None:
    path = tmp_path / "garbled.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2A7DE1"))
    assert image.save(str(path), "PNG")
    data = bytearray(path.read_bytes())
    data[60:-20] = b"\xa5" * (len(data) - 80)
    path.write_bytes(bytes(data))
    problem = decoder.problem(path, read_header(path))
    assert problem is not None and "损坏或不完整" in problem


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    return copy_site(tmp_path / "site")


def test_store_keeps_showing_the_last_good_content(qtbot, content_copy: Path, tmp_path) -> None:
    store = ContentStore(content_copy, tmp_path / "state")
    assert store.load()
    assert store.snapshot_path.read_text(encoding="utf-8") == content_copy.read_text("utf-8")
    content_copy.write_text("site: [broken", encoding="utf-8")
    with qtbot.assertNotEmitted(store.contentChanged):
        assert not store.load()
    assert store.current is not None and store.current.content.site.title.zh == "朔州经济开发区"
    assert store.issues and store.issues[0].file == "content.yaml"


def test_store_starts_from_the_snapshot_when_content_is_broken(content_copy, tmp_path) -> None:
    state = tmp_path / "state"
    assert ContentStore(content_copy, state).load()
    content_copy.write_text("titel: 朔州\n", encoding="utf-8")
    store = ContentStore(content_copy, state)
    assert not store.load()
    assert store.from_snapshot
    assert len(store.current.content.timeline.events) == 10
    assert any("titel" in str(issue) for issue in store.issues)


def test_store_without_any_good_content_has_nothing_to_show(tmp_path: Path) -> None:
    broken = tmp_path / "content.yaml"
    broken.write_text("- not a mapping\n", encoding="utf-8")
    store = ContentStore(broken, tmp_path / "state")
    assert not store.load()
    assert store.current is None and store.issues


def test_font_with_chinese_glyphs_is_chosen(qapp) -> None:
    choice = fonts.choose_font(None)
    assert choice.family, "fonts-noto-cjk is installed by bootstrap.py"
    assert choice.warning == ""
    assert fonts.draws_chinese(choice.family)


def test_no_chinese_font_gives_a_clear_warning(qapp, monkeypatch, caplog) -> None:
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *a: ["DejaVu Sans"]))
    monkeypatch.setattr(fonts, "PREFERRED_FAMILIES", ("DejaVu Sans",))
    with caplog.at_level(logging.ERROR, logger="kiosk.fonts"):
        choice = fonts.choose_font(None)
    assert choice.family == ""
    assert "fonts-noto-cjk" in choice.warning
    assert "没有找到中文字体" in caplog.text


def test_qt_messages_reach_the_log(qapp, caplog) -> None:
    logs.install_qt_message_handler()
    try:
        with caplog.at_level(logging.WARNING, logger="kiosk.qt"):
            qWarning("a QML binding went wrong")
    finally:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
    assert "a QML binding went wrong" in caplog.text


def test_log_file_is_written_in_the_state_folder(tmp_path: Path) -> None:
    log_file = logs.setup_logging(tmp_path / "state")
    logging.getLogger("kiosk.test").warning("hello from the test")
    for handler in logging.getLogger("kiosk").handlers:
        handler.flush()
    assert "hello from the test" in log_file.read_text(encoding="utf-8")
    root = logging.getLogger("kiosk")
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
            handler.close()
