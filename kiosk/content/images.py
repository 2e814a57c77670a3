"""Read an image's header without decoding it: format, width, height, and why it is unusable.

Pure Python on purpose: `kiosk check` and the loader refuse a 40000×40000 "tiny" PNG or a text
file named .jpg before any decoder is asked to allocate memory for it.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kiosk.content.svg import MAX_SVG_BYTES, SvgProblem, svg_size

MAX_PIXELS = 50_000_000  # 8000×6250; a 6000×4000 camera photo (24 MP) fits
MAX_IMAGE_BYTES = 40 * 1024 * 1024
EXTENSIONS = {
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".gif": "gif",
    ".webp": "webp",
    ".svg": "svg",
}


@dataclass(frozen=True)
class ImageHeader:
    format: str
    width: int
    height: int


class ImageProblem(Exception):
    """Why an image cannot be shown, in staff language."""


def sniff_format(head: bytes) -> str | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE", b"<!doctype")):
        return "svg" if b"<svg" in head else None
    return None


def read_header(path: Path) -> ImageHeader:
    """Format and pixel size from the file's first bytes; raises ImageProblem."""
    size = path.stat().st_size
    if size == 0:
        raise ImageProblem("图片文件是空的 (empty file)")
    if size > MAX_IMAGE_BYTES:
        raise ImageProblem(
            f"图片文件太大：{size / 1048576:.0f} MB，最多 {MAX_IMAGE_BYTES // 1048576} MB "
            "(file too large)"
        )
    with path.open("rb") as stream:
        head = stream.read(65536)
    kind = sniff_format(head)
    if kind is None:
        raise ImageProblem("这不是图片文件（无法识别格式），请使用 PNG、JPEG 或 SVG (not an image)")
    expected = EXTENSIONS.get(path.suffix.lower())
    if expected is None:
        raise ImageProblem(
            f"不支持的扩展名“{path.suffix}”，请使用 .png、.jpg 或 .svg (unsupported extension)"
        )
    if expected != kind:
        raise ImageProblem(
            f"文件名是 {path.suffix}，内容却是 {kind.upper()}：请改正扩展名 (format does not match name)"
        )
    if kind == "svg":
        if size > MAX_SVG_BYTES:  # refused before it is read whole
            raise ImageProblem(
                f"SVG 文件太大：{size / 1048576:.1f} MB，最多 {MAX_SVG_BYTES // 1048576} MB "
                "(SVG too large)"
            )
        width, height = _svg_pixels(path.read_bytes())
    else:
        with path.open("rb") as stream:
            width, height = _raster_size(kind, head, stream)
    _check_pixels(width, height)
    with path.open("rb") as stream:
        stream.seek(max(0, size - 1024))
        _check_complete(kind, stream.read())
    return ImageHeader(kind, width, height)


def check_embedded_raster(data: bytes) -> None:
    """A PNG, JPEG, GIF or WebP embedded in an SVG, held to the same checks as a file."""
    kind = sniff_format(data[:65536])
    if kind is None or kind == "svg":
        raise ImageProblem("SVG 里嵌入的图片不是 PNG、JPEG、GIF 或 WebP (embedded picture unknown)")
    width, height = _raster_size(kind, data[:65536], io.BytesIO(data))
    _check_pixels(width, height)
    _check_complete(kind, data[-1024:])


def _svg_pixels(data: bytes) -> tuple[int, int]:
    try:
        width, height = svg_size(data, check_embedded_raster)
    except SvgProblem as problem:
        raise ImageProblem(str(problem)) from None
    # A 24×24 icon is still a 24×24 picture; it is drawn at the size the screen asks for.
    return max(1, round(width)), max(1, round(height))


def _check_pixels(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ImageProblem("图片尺寸无效 (invalid size)")
    if width * height > MAX_PIXELS:
        raise ImageProblem(
            f"图片像素太多：{width}×{height}，最多约 {MAX_PIXELS // 1_000_000} 百万像素；"
            "请缩小到 4000 像素宽以内 (too many pixels)"
        )


_END_MARKERS = {"png": b"IEND", "jpeg": b"\xff\xd9", "gif": b"\x3b"}


def _check_complete(kind: str, tail: bytes) -> None:
    """A cut-off upload lacks its end marker; decoders often show it half grey without a word."""
    marker = _END_MARKERS.get(kind)
    if marker is not None and marker not in tail:
        raise ImageProblem("图片文件不完整（可能没有上传或复制完），请重新保存 (truncated image)")


def _raster_size(kind: str, head: bytes, stream: BinaryIO) -> tuple[int, int]:
    try:
        if kind == "png":
            if head[12:16] != b"IHDR":
                raise ImageProblem("PNG 文件头损坏 (corrupt PNG header)")
            return struct.unpack(">II", head[16:24])
        if kind == "gif":
            return struct.unpack("<HH", head[6:10])
        if kind == "webp":
            return _webp_size(head)
        return _jpeg_size(stream)
    except struct.error:
        raise ImageProblem("图片文件不完整 (truncated header)") from None


def _webp_size(head: bytes) -> tuple[int, int]:
    chunk = head[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    raise ImageProblem("WebP 文件头损坏 (corrupt WebP header)")


def _jpeg_size(stream: BinaryIO) -> tuple[int, int]:
    """Walk JPEG segments to the frame header (SOFn)."""
    stream.seek(2)
    while True:
        marker = stream.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            raise ImageProblem("JPEG 文件不完整或损坏 (truncated or corrupt JPEG)")
        code = marker[1]
        if code in (0xD8, 0x01) or 0xD0 <= code <= 0xD7:
            continue
        length_bytes = stream.read(2)
        if len(length_bytes) < 2:
            raise ImageProblem("JPEG 文件不完整 (truncated JPEG)")
        length = struct.unpack(">H", length_bytes)[0]
        if 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC):
            frame = stream.read(5)
            if len(frame) < 5:
                raise ImageProblem("JPEG 文件不完整 (truncated JPEG)")
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        stream.seek(length - 2, 1)
