"""The image cache: decode once per display size, reuse from disk, stay small."""

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from kiosk.content.images import read_header
from kiosk.services.imagecache import ImageCache, size_step


def photo(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#7A1F1F"))
    assert image.save(str(path), "JPEG")
    return path


def test_size_steps_round_up() -> None:
    assert size_step(QSize(500, 300)) == 640
    assert size_step(QSize(641, 10)) == 960
    assert size_step(QSize(0, 0)) == 2560
    assert size_step(QSize(9000, 10)) == 2560


def test_large_photo_is_served_display_sized_and_decoded_once(
    qapp, tmp_path: Path, decoder
) -> None:
    path = photo(tmp_path / "big.jpg", 6000, 4000)
    header = read_header(path)
    cache = ImageCache(tmp_path / "cache", decoder)
    card = cache.image(path, header, QSize(560, 300))
    assert (card.width(), card.height()) == (640, 427)  # 4000 × 640 / 6000 = 426.7, rounded
    again = cache.image(path, header, QSize(600, 200))
    assert (again.width(), again.height()) == (640, 427)  # 4000 × 640 / 6000 = 426.7, rounded
    assert cache.decodes == 1, "the second request came from the cache"
    later_run = ImageCache(tmp_path / "cache", decoder)
    later_run.image(path, header, QSize(560, 300))
    assert later_run.decodes == 0, "the copy on disk survives a restart"
    detail = cache.image(path, header, QSize(1800, 1000))
    assert detail.width() == 1920
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_a_replaced_file_is_decoded_again(qapp, tmp_path: Path, decoder) -> None:
    path = photo(tmp_path / "p.jpg", 800, 600)
    cache = ImageCache(tmp_path / "cache", decoder)
    cache.image(path, read_header(path), QSize(320, 320))
    photo(path, 400, 300)
    image = cache.image(path, read_header(path), QSize(320, 320))
    assert (image.width(), image.height()) == (320, 240)
    assert cache.decodes == 2


def test_an_unwritable_cache_folder_still_serves_images(qapp, tmp_path: Path, decoder) -> None:
    path = photo(tmp_path / "p.jpg", 800, 600)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    cache = ImageCache(blocked / "cache", decoder)
    image = cache.image(path, read_header(path), QSize(320, 320))
    assert not image.isNull()
    assert cache.image(path, read_header(path), QSize(320, 320)).width() == 320
