"""Display-sized copies of content images, made once and kept on disk.

Why: a camera photo decodes to ~100 MB and a large PNG decodes whole before scaling. Each image
is decoded once per display size (JPEG scaled while decoding), in the decoder process with its
time and memory budget, and the small copy is written to the state folder keyed by the file's
hash and the size. Later requests, and later runs, read the small copy. Memory stays bounded
however many photos staff add. A picture the decoder refuses is remembered as refused (on disk
too), so it does not cost its budget again at every request and every start.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPixmap

from kiosk.content.images import ImageHeader, ImageProblem
from kiosk.services.decoder import Decoder, DecoderUnavailable
from kiosk.services.paths import atomic_write_bytes

log = logging.getLogger("kiosk.images")
ALLOCATION_LIMIT_MB = 256
# Requested sizes are rounded up to one of these edges, so cards and details share copies.
SIZE_STEPS = (160, 320, 640, 960, 1280, 1920, 2560)


def size_step(requested: QSize) -> int:
    edge = max(requested.width(), requested.height())
    if edge <= 0:
        return SIZE_STEPS[-1]
    return next((step for step in SIZE_STEPS if step >= edge), SIZE_STEPS[-1])


def fitted_size(header: ImageHeader, edge: int) -> QSize:
    """The image's size scaled to fit a square of `edge`, aspect kept: down for a photo,
    never up (that would only blur it), and up too for an SVG (a drawing is sharp at any size).

    Plain arithmetic rather than `QSize.scaled`: that needs Qt's `Qt` namespace, whose first
    import builds ~90 enum classes (~35 ms), and this module is imported before the first frame.
    """
    scale = edge / max(header.width, header.height)
    if header.format != "svg":
        scale = min(1.0, scale)
    return QSize(max(1, round(header.width * scale)), max(1, round(header.height * scale)))


class ImageCache:
    """Thread-safe: the image provider calls it from Qt's loader threads."""

    def __init__(self, folder: Path | None, decoder: Decoder) -> None:
        self._folder = folder.absolute() if folder else None
        self._decoder = decoder
        self._hashes: dict[tuple[str, int, int], str] = {}
        self._refused: dict[str, str] = {}
        self._lock = threading.Lock()
        self._folder_ok = folder is not None
        self.decodes = 0  # how many times an original was decoded (for tests and benchmarks)

    def image(self, path: Path, header: ImageHeader, requested: QSize) -> QImage:
        """The image scaled to fit the requested size's step; raises ImageProblem."""
        edge = size_step(requested)
        file_hash = self._file_hash(path)
        key = f"{file_hash}-{edge}"
        cached = self._read_cached(key)
        if cached is not None:
            return cached
        # Refused at one size, refused at all: a second size would cost the budget again.
        refusal = self._refusal(file_hash)
        if refusal is not None:
            raise ImageProblem(refusal)
        try:
            image = self._decoder.decode(path, header, edge)
        except DecoderUnavailable:
            raise  # says nothing about this picture: asked again next time
        except ImageProblem as problem:
            self._refuse(file_hash, path, str(problem))
            raise
        with self._lock:
            self.decodes += 1
        self._write_cached(key, image)
        return image

    def _file_hash(self, path: Path) -> str:
        info = path.stat()
        identity = (str(path), info.st_size, info.st_mtime_ns)
        with self._lock:
            known = self._hashes.get(identity)
        if known:
            return known
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        value = digest.hexdigest()[:32]
        with self._lock:
            self._hashes[identity] = value
        return value

    def _refusal(self, key: str) -> str | None:
        with self._lock:
            known = self._refused.get(key)
        if known is not None or not self._folder_ok:
            return known
        assert self._folder is not None
        try:
            return (self._folder / f"{key}.refused").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def _refuse(self, key: str, path: Path, problem: str) -> None:
        with self._lock:
            self._refused[key] = problem
        log.warning("picture %s refused: %s", path, problem)
        if self._folder_ok:
            assert self._folder is not None
            # Remembered for this run at least; when it cannot be written, the next start
            # tries the picture once more.
            with contextlib.suppress(OSError):
                self._folder.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(self._folder / f"{key}.refused", problem.encode())

    def _read_cached(self, key: str) -> QImage | None:
        if not self._folder_ok:
            return None
        assert self._folder is not None
        for alpha in (False, True):
            file = self._cache_file(key, alpha)
            if file.is_file():
                image = QImage(str(file))
                if not image.isNull():
                    return image
        return None

    def _cache_file(self, key: str, alpha: bool) -> Path:
        assert self._folder is not None
        return self._folder / f"{key}.{'png' if alpha else 'jpg'}"

    def _write_cached(self, key: str, image: QImage) -> None:
        if not self._folder_ok:
            return
        alpha = image.hasAlphaChannel()
        file = self._cache_file(key, alpha)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(file, encoded(image, "PNG" if alpha else "JPG", -1 if alpha else 90))
        except OSError as error:
            log.warning("image cache disabled: cannot write %s: %s", file.parent, error)
            self._folder_ok = False


def encoded(image: QImage | QPixmap, image_format: str, quality: int = -1) -> bytes:
    """The image as file bytes, made in memory: Qt's own file writing can report success
    for a file the disk had no room for, so the bytes are written (and checked) by Python."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, image_format, quality):
        raise OSError(f"the image could not be encoded as {image_format}")
    return bytes(data)
