"""Image references: inside the content folder, regular files, real images of sane size."""

import os
import struct
import zlib
from pathlib import Path

import pytest

from kiosk.content import ContentError, load_content
from tests.content.samples import replace

IMAGE_LINE = 19  # the `image:` line added after the event body


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims any size: a decompression bomb costs only these bytes."""
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def write_content(folder: Path, image: str) -> Path:
    text = replace("      body: 正文\n", f"      body: 正文\n      image: {image}\n")
    path = folder / "content.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(folder: Path, image: str) -> list[str]:
    with pytest.raises(ContentError) as raised:
        load_content(write_content(folder, image))
    found = [issue for issue in raised.value.issues if issue.line == IMAGE_LINE]
    assert found, raised.value
    return [issue.message for issue in found]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "assets").mkdir(parents=True)
    return content


def test_a_real_image_is_accepted(folder: Path) -> None:
    (folder / "assets" / "ok.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"/>', encoding="utf-8"
    )
    loaded = load_content(write_content(folder, "assets/ok.svg"))
    assert loaded.images["assets/ok.svg"].width == 40


def test_missing_image_suggests_the_right_case(folder: Path) -> None:
    (folder / "assets" / "Photo.PNG").write_bytes(png_header(10, 10))
    assert "是不是“assets/Photo.PNG”" in problems(folder, "assets/photo.png")[0]


def test_missing_image(folder: Path) -> None:
    assert "找不到文件“assets/nothing.png”" in problems(folder, "assets/nothing.png")[0]


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("../outside.png", "不能用“..”跳出内容文件夹"),
        ("/etc/passwd", "请写相对路径"),
        ("http://example.com/a.png", "不能用网址"),
        ("file:///etc/passwd", "不能用网址"),
        ("assets\\\\a.png", "请用“/”分隔"),
    ],
)
def test_references_may_not_leave_the_folder(folder: Path, reference: str, message: str) -> None:
    assert message in problems(folder, f'"{reference}"')[0]


def test_symlink_out_of_the_folder(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(png_header(10, 10))
    os.symlink(outside, folder / "assets" / "link.png")
    assert "指向内容文件夹之外" in problems(folder, "assets/link.png")[0]


def test_fifo_named_like_an_image_is_not_opened(folder: Path) -> None:
    os.mkfifo(folder / "assets" / "pipe.png")
    assert "不是普通文件" in problems(folder, "assets/pipe.png")[0]


def test_decompression_bomb_is_refused_from_its_header(folder: Path) -> None:
    (folder / "assets" / "bomb.png").write_bytes(png_header(40000, 40000))
    assert "图片像素太多：40000×40000" in problems(folder, "assets/bomb.png")[0]


def test_text_file_named_jpg(folder: Path) -> None:
    (folder / "assets" / "note.jpg").write_text("这不是图片", encoding="utf-8")
    assert "这不是图片文件" in problems(folder, "assets/note.jpg")[0]


def test_format_must_match_the_name(folder: Path) -> None:
    (folder / "assets" / "photo.jpg").write_bytes(png_header(10, 10))
    assert "内容却是 PNG" in problems(folder, "assets/photo.jpg")[0]


def test_svg_may_not_reach_outside(folder: Path) -> None:
    (folder / "assets" / "x.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<image href="http://example.com/x.png"/></svg>',
        encoding="utf-8",
    )
    assert "SVG 引用了外部文件或网络地址" in problems(folder, "assets/x.svg")[0]


def test_truncated_jpeg_header(folder: Path) -> None:
    (folder / "assets" / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    assert "JPEG 文件不完整" in problems(folder, "assets/cut.jpg")[0]
