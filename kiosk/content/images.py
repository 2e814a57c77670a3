"""Read an image's header without decoding it: format, width, height, and why it is unusable.

Pure Python on purpose: `kiosk check` and the loader refuse a 40000×40000 "tiny" PNG or a text
file named .jpg before any decoder is asked to allocate memory for it.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

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
_SVG_EXTERNAL = re.compile(
    rb"""(?:href|src)\s*=\s*["'](?!#|data:)([^"']*)|<!ENTITY|url\(\s*["']?(?!#|data:)""", re.I
)


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
    if text.startswith(b"<?xml") or text.startswith(b"<svg") or text.startswith(b"<!--"):
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
        with path.open("rb") as stream:
            whole = stream.read()
        if _SVG_EXTERNAL.search(whole):
            raise ImageProblem(
                "SVG 引用了外部文件或网络地址，请把它们嵌入或删除 (SVG references outside)"
            )
        width, height = _svg_size(whole)
    else:
        width, height = _raster_size(kind, head, path)
    if width <= 0 or height <= 0:
        raise ImageProblem("图片尺寸无效 (invalid size)")
    if width * height > MAX_PIXELS:
        raise ImageProblem(
            f"图片像素太多：{width}×{height}，最多约 {MAX_PIXELS // 1_000_000} 百万像素；"
            "请缩小到 4000 像素宽以内 (too many pixels)"
        )
    _check_complete(kind, path, size)
    return ImageHeader(kind, width, height)


_END_MARKERS = {"png": b"IEND", "jpeg": b"\xff\xd9", "gif": b"\x3b"}


def _check_complete(kind: str, path: Path, size: int) -> None:
    """A cut-off upload lacks its end marker; decoders often show it half grey without a word."""
    marker = _END_MARKERS.get(kind)
    if marker is None:
        return
    with path.open("rb") as stream:
        stream.seek(max(0, size - 1024))
        tail = stream.read()
    if marker not in tail:
        raise ImageProblem("图片文件不完整（可能没有上传或复制完），请重新保存 (truncated image)")


def _raster_size(kind: str, head: bytes, path: Path) -> tuple[int, int]:
    try:
        if kind == "png":
            if head[12:16] != b"IHDR":
                raise ImageProblem("PNG 文件头损坏 (corrupt PNG header)")
            return struct.unpack(">II", head[16:24])
        if kind == "gif":
            return struct.unpack("<HH", head[6:10])
        if kind == "webp":
            return _webp_size(head)
        return _jpeg_size(path)
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


def _jpeg_size(path: Path) -> tuple[int, int]:
    """Walk JPEG segments to the frame header (SOFn)."""
    with path.open("rb") as stream:
        stream.read(2)
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


MAX_SVG_EDGE = 1e6  # design units of an SVG's viewBox; inf, nan and 1e999 are refused
_SVG_DIMENSION = re.compile(rb"""\b(width|height|viewBox)\s*=\s*["']([^"']+)["']""")


def _svg_size(data: bytes) -> tuple[int, int]:
    start = data.find(b"<svg")
    tag = data[start : data.find(b">", start) + 1]
    found = {name.decode(): value.decode() for name, value in _SVG_DIMENSION.findall(tag)}
    try:
        if "viewBox" in found:
            parts = found["viewBox"].replace(",", " ").split()
            width, height = float(parts[2]), float(parts[3])
        else:
            width = float(re.sub(r"[a-z%]+$", "", found["width"]))
            height = float(re.sub(r"[a-z%]+$", "", found["height"]))
    except (KeyError, IndexError, ValueError):
        raise ImageProblem(
            "SVG 没有写明尺寸：请给 <svg> 加上 viewBox (SVG needs a viewBox)"
        ) from None
    if not (0 < width < MAX_SVG_EDGE and 0 < height < MAX_SVG_EDGE):
        raise ImageProblem(
            f"SVG 的尺寸无效（{width:g} × {height:g}）：viewBox 的宽和高应为正数，不超过 {MAX_SVG_EDGE:.0f} "
            "(SVG size out of range)"
        )
    return round(width), round(height)
