"""The hostile content corpus: every way a content folder can arrive broken or malicious.

Each case turns a private copy of the bundled site into something hostile and says what must
come of it: `Refused(fragment)`, a clear error naming its line that contains `fragment`, or
`Shown()`, content that loads and can be displayed safely (perhaps with warnings).
"""

from __future__ import annotations

import base64
import os
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Refused:
    fragment: str


@dataclass(frozen=True)
class Shown:
    pass


@dataclass(frozen=True)
class RefusedWhenDecoded:
    """Only decoding finds it (a reload reads headers): `kiosk check` refuses it with
    `fragment`; a running kiosk shows the picture's card and tells staff once it is asked for."""

    fragment: str


Expectation = Refused | Shown | RefusedWhenDecoded
FIRST_IMAGE = "image: assets/illustrations/founding.svg"
FIRST_BODY = "          《关于成立朔州经济开发区的决定》正式印发，"


def _edit(old: str, new: str) -> Callable[[Path], None]:
    def apply(site: Path) -> None:
        path = site / "content.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text, f"the bundled content no longer contains {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


def _write_bytes(data: bytes) -> Callable[[Path], None]:
    def apply(site: Path) -> None:
        (site / "content.yaml").write_bytes(data)

    return apply


def _with_file(name: str, data: bytes, then: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(site: Path) -> None:
        target = site / "assets" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        then(site)

    return apply


def _with_file_made(name: str, make: Callable[[], bytes]) -> Callable[[Path], None]:
    """Like _with_file, with bytes made only when the case is used (they need Qt)."""

    def apply(site: Path) -> None:
        _with_file(name, make(), _uses_image(name))(site)

    return apply


def _uses_image(name: str) -> Callable[[Path], None]:
    return _edit(FIRST_IMAGE, f"image: assets/{name}")


def _padded(size: int) -> Callable[[Path], None]:
    def apply(site: Path) -> None:
        path = site / "content.yaml"
        text = path.read_text(encoding="utf-8")
        with path.open("w", encoding="utf-8") as file:
            file.write(text)
            line = "# " + "填充" * 40 + "\n"
            for _ in range(size // len(line.encode()) + 1):
                file.write(line)

    return apply


def _garbage(site: Path) -> None:
    (site / "content.yaml").write_bytes(random.Random(9).randbytes(64 * 1024))


def _invalid_utf8(site: Path) -> None:
    path = site / "content.yaml"
    data = path.read_bytes()
    marker = "正式印发".encode()
    path.write_bytes(data.replace(marker, marker[:2] + b"\xff\xfe" + marker[4:], 1))


def _symlink_out(site: Path) -> None:
    outside = site.parent / "outside.svg"
    outside.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    (site / "assets" / "illustrations" / "escape.svg").symlink_to(outside)
    _uses_image("illustrations/escape.svg")(site)


def _png(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG that declares `width`×`height` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 4096, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _jpeg() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2A7DE1"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 90)
    return bytes(data)


def _truncated_jpeg(site: Path) -> None:
    data = _jpeg()
    _with_file("photos/cut.jpg", data[: len(data) // 2], _uses_image("photos/cut.jpg"))(site)


def _svg_referencing(href: str) -> Callable[[Path], None]:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="100" height="100"><image xlink:href="{href}" width="100" height="100"/></svg>'
    )
    return _with_file(
        "illustrations/hostile.svg", svg.encode(), _uses_image("illustrations/hostile.svg")
    )


def _svg(name: str, body: str, root: str = "") -> Callable[[Path], None]:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 100 100" {root}>{body}</svg>'
    )
    return _with_file(f"illustrations/{name}", svg.encode(), _uses_image(f"illustrations/{name}"))


def _data_uri(kind: str, data: bytes) -> str:
    return f"data:image/{kind};base64,{base64.b64encode(data).decode()}"


def _nested_svg(inner_body: str) -> str:
    inner = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{inner_body}</svg>'
    return f'<image href="{_data_uri("svg+xml", inner.encode())}" width="100" height="100"/>'


def _use_fan_out(levels: int, copies: int) -> str:
    """`levels` groups, each drawing the one before `copies` times: copies**levels shapes."""
    parts = ['<defs><rect id="l0" width="1" height="1"/>']
    for level in range(1, levels + 1):
        uses = f'<use href="#l{level - 1}"/>' * copies
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use href="#l{levels}"/>')
    return "".join(parts)


def _many_scans_jpeg(scans: int, width: int = 2000, height: int = 2000) -> bytes:
    """A progressive JPEG with `scans` extra (empty) scans: small on disk, slow to decode."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageWriter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2A7DE1"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setProgressiveScanWrite(True)
    assert writer.write(image)
    scan = b"\xff\xda\x00\x08\x01\x01\x00\x00\x00\x10\x00"  # a DC scan of one component
    return bytes(data)[:-2] + scan * scans + b"\xff\xd9"


def _svg_sized(attributes: str) -> Callable[[Path], None]:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><rect width="9" height="9"/></svg>'
    return _with_file("illustrations/huge.svg", svg.encode(), _uses_image("illustrations/huge.svg"))


def _symlink_loop(site: Path) -> None:
    folder = site / "assets" / "illustrations"
    (folder / "loop-a.svg").symlink_to(folder / "loop-b.svg")
    (folder / "loop-b.svg").symlink_to(folder / "loop-a.svg")
    _uses_image("illustrations/loop-a.svg")(site)


def _directory_named_jpg(site: Path) -> None:
    (site / "assets" / "photos" / "folder.jpg").mkdir(parents=True)
    _uses_image("photos/folder.jpg")(site)


def _fifo(site: Path) -> None:
    os.mkfifo(site / "assets" / "illustrations" / "pipe.svg")
    _uses_image("illustrations/pipe.svg")(site)


BOMB = (
    "      credit: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    "      tags: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "      more: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
)
CASES: dict[str, tuple[Callable[[Path], None], Expectation]] = {
    # YAML syntax
    "unclosed bracket": (_edit("[40, 400]]", "[40, 400]"), Refused("YAML 语法错误")),
    "unclosed quote": (_edit('founded: "1992-11-14"', 'founded: "1992-11-14'), Refused("引号没有配对")),
    "tab indentation": (_edit("      era: founding", "\tera: founding"), Refused("制表符")),
    "full-width colon": (_edit("      era: founding", "      era：founding"), Refused("全角冒号")),
    "no space after colon": (_edit("      era: founding", "      era:founding"), Refused("缺少空格")),
    "two documents": (_edit("timeline:\n", "---\ntimeline:\n"), Refused("只能有一个文档")),
    # Types, keys, required fields
    "text where a number belongs": (_edit("value: 120", "value: 一百二十"), Refused("不是数字")),
    "list where a text belongs": (_edit("    zh: 发展历程", "    zh: [发展, 历程]"), Refused("这里应为文字")),
    "text where a list belongs": (_edit("  eras:\n", "  eras: 没有\n  unused:\n"), Refused("应为列表")),
    "unknown key": (_edit("  subtitle:", "  subtitel:"), Refused("未知字段“subtitel”")),
    "duplicate key": (_edit("  founded: \"1992-11-14\"", "  founded: \"1992-11-14\"\n  founded: \"1993\""), Refused("重复的键")),
    "missing required field": (_edit("      era: founding\n", "", ), Refused("缺少必填字段“era”")),
    "not true or false": (_edit("      highlight: true", "      highlight: 是的"), Refused("true 或 false")),
    # Dates, ids, references
    "impossible date": (_edit('date: "1992-11-14"', 'date: "1992-13-45"'), Refused("不是有效日期")),
    "unquoted impossible date": (_edit('date: "1992-11-14"', "date: 2023-02-30"), Refused("不是有效日期")),
    "duplicate id": (_edit("    - id: early-days", "    - id: founded"), Refused("重复")),
    "broken era reference": (_edit("      era: founding", "      era: nowhere"), Refused("没有编号为“nowhere”的阶段")),
    "bad id": (_edit("    - id: early-days", "    - id: Early Days"), Refused("不是有效的编号")),
    # Numbers
    "NaN": (_edit("value: 120", "value: .nan"), Refused("不是数字")),
    "infinity": (_edit("value: 120", "value: 1e999"), Refused("位数太多")),
    "negative area": (_edit("total_area_km2: 99.86", "total_area_km2: -99.86"), Refused("不能小于 0")),
    "huge number": (_edit("value: 120", "value: 123456789012345678901234567890"), Refused("位数太多")),
    "year out of range": (_edit("year: 2023", "year: 20230"), Refused("不能大于 2100")),
    "negative year": (_edit("year: 2023", "year: -5"), Refused("不能小于 1900")),
    # Whole-file attacks
    "alias bomb": (_edit("      highlight: true\n", "      highlight: true\n" + BOMB), Refused("锚点")),
    "python tag": (_edit("      era: founding", "      era: !!python/object/apply:os.system [ls]"), Refused("标签")),
    "deep nesting": (_edit("    zh: 发展历程", "    zh: " + "[" * 200 + "]" * 200), Refused("嵌套太深")),
    "50 MB file": (_padded(50 * 1024 * 1024), Refused("内容文件太大")),
    "binary garbage": (_garbage, Refused("UTF-8")),
    "invalid UTF-8": (_invalid_utf8, Refused("UTF-8")),
    "saved as GBK": (lambda site: (site / "content.yaml").write_bytes((site / "content.yaml").read_text(encoding="utf-8").encode("gbk", "replace")), Refused("UTF-8")),
    "empty file": (_write_bytes(b""), Refused("内容文件是空的")),
    "NUL bytes": (_edit("正式印发", "正式\0印发"), Refused("控制字符")),
    "top-level list": (_write_bytes("- 朔州\n- 经开区\n".encode()), Refused("最外层")),
    # Paths
    "path traversal": (_edit(FIRST_IMAGE, "image: ../../../etc/passwd"), Refused("跳出内容文件夹")),
    "absolute path": (_edit(FIRST_IMAGE, "image: /etc/passwd"), Refused("相对路径")),
    "network address": (_edit(FIRST_IMAGE, "image: http://example.com/x.jpg"), Refused("不能用网址")),
    "symlink out of the folder": (_symlink_out, Refused("内容文件夹之外的链接")),
    "missing image": (_uses_image("illustrations/nowhere.svg"), Refused("找不到文件")),
    "FIFO named like an image": (_fifo, Refused("不是普通文件")),
    "folder named like an image": (_directory_named_jpg, Refused("不是普通文件")),
    "symlink loop": (_symlink_loop, Refused("循环的链接")),
    # Images
    "decompression bomb": (_with_file("photos/bomb.png", _png(40000, 40000), _uses_image("photos/bomb.png")), Refused("像素太多")),
    "truncated JPEG": (_truncated_jpeg, Refused("图片文件不完整")),
    "text file named .jpg": (_with_file("photos/note.jpg", "这不是图片\n".encode() * 50, _uses_image("photos/note.jpg")), Refused("不是图片文件")),
    "empty image file": (_with_file("photos/empty.jpg", b"", _uses_image("photos/empty.jpg")), Refused("图片文件是空的")),
    "SVG reaching a local file": (_svg_referencing("file:///etc/passwd"), Refused("SVG 引用了外部文件")),
    "SVG reaching the network": (_svg_referencing("http://example.com/x.png"), Refused("SVG 引用了外部文件")),
    "SVG with an infinite viewBox": (_svg_sized('viewBox="0 0 inf 500"'), Refused("SVG 的尺寸无效")),
    "SVG 1e999 wide": (_svg_sized('width="1e999" height="500"'), Refused("SVG 的尺寸无效")),
    "SVG of no size": (_svg_sized('viewBox="0 0 0 -5"'), Refused("SVG 的尺寸无效")),
    "SVG nesting an SVG that reaches a file": (_svg("nested.svg", _nested_svg('<image href="file:///etc/passwd" width="9" height="9"/>')), Refused("SVG 引用了外部文件")),
    "SVG nesting an SVG that names a FIFO": (lambda site: (os.mkfifo(site / "assets" / "illustrations" / "fifo.png"), _svg("nested.svg", _nested_svg('<image href="fifo.png" width="9" height="9"/>'))(site)), Refused("SVG 引用了外部文件")),
    "SVG nested three deep": (_svg("deep.svg", _nested_svg(_nested_svg(_nested_svg('<rect width="1" height="1"/>')))), Refused("嵌入的 SVG 层数太多")),
    "SVG embedding a pixel bomb": (_svg("bomb.svg", f'<image href="{_data_uri("png", _png(40000, 40000))}" width="9" height="9"/>'), Refused("像素太多")),
    "SVG with a script": (_svg("script.svg", "<script>alert(1)</script>"), Refused("不允许 <script>")),
    "SVG with an onload handler": (_svg("onload.svg", '<rect width="9" height="9"/>', 'onload="alert(1)"'), Refused("不允许属性“onload”")),
    "SVG foreignObject": (_svg("foreign.svg", '<foreignObject width="9" height="9"><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>'), Refused("不允许 <foreignObject>")),
    "SVG style sheet importing": (_svg("import.svg", "<style>@import url(http://example.com/a.css);</style>"), Refused("@import")),
    "SVG fill from a file": (_svg("fill.svg", '<rect width="9" height="9" style="fill:url(file:///etc/passwd)"/>'), Refused("SVG 引用了外部文件")),
    "SVG link hidden by a character reference": (_svg("charref.svg", '<image href="&#x66;ile:///etc/passwd" width="9" height="9"/>'), Refused("SVG 引用了外部文件")),
    "SVG entity declaration": (_with_file("illustrations/entity.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><text>&a;</text></svg>', _uses_image("illustrations/entity.svg")), Refused("实体")),
    "SVG use fan-out of 10^9": (_svg("fanout.svg", _use_fan_out(9, 10)), Refused("SVG 太复杂")),
    "SVG use loop": (_svg("loop.svg", '<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>'), Refused("循环")),
    "SVG not well-formed": (_with_file("illustrations/broken.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect></svg>', _uses_image("illustrations/broken.svg")), Refused("SVG 文件格式有误")),
    "SVG with a DOCTYPE": (_with_file("illustrations/doctype.svg", b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect width="9" height="9" fill="#B23A2E"/></svg>', _uses_image("illustrations/doctype.svg")), Shown()),
    "SVG from Inkscape": (_svg("inkscape.svg", '<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" pagecolor="#fff"/><g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:label="Layer 1"><rect width="9" height="9" fill="#B23A2E"/></g>'), Shown()),
    "JPEG of 50,000 scans": (_with_file_made("photos/scans.jpg", lambda: _many_scans_jpeg(50_000, 64, 64)), RefusedWhenDecoded("扫描段")),
    # Text
    "10,000-character text": (_edit(FIRST_BODY, "          " + "长" * 10_000), Refused("文字太长")),
    "emoji and rare CJK": (_edit("    zh: 发展历程", "    zh: 发展历程 𠀀𪚥𰻞 🚀🏭"), Shown()),
    "control characters": (_edit("正式印发", "正式\x07印发"), Refused("控制字符")),
    "escaped terminal clear in a title": (_edit("    zh: 发展历程", '    zh: "发展\\e[2J历程"'), Refused("控制字符（U+001B ESC）")),
    "escaped NUL in a title": (_edit("    zh: 发展历程", '    zh: "发展\\0历程"'), Refused("控制字符（U+0000 NUL）")),
    "escaped bell in a title": (_edit("    zh: 发展历程", '    zh: "发展\\a历程"'), Refused("控制字符（U+0007）")),
    "escaped tab in a title": (_edit("    zh: 发展历程", '    zh: "发展\\t历程"'), Refused("制表符")),
    "C1 control in a title": (_edit("    zh: 发展历程", '    zh: "发展\\x85历程"'), Refused("U+0085")),
    "bidi override in a label": (_edit("    zh: 发展历程", "    zh: 发展\u202e程历"), Refused("文字方向控制符")),
    "bidi isolate in a label": (_edit("    zh: 发展历程", "    zh: 发展\u2067历程"), Refused("文字方向控制符")),
    "CRLF line ends and a BOM": (
        lambda site: (site / "content.yaml").write_bytes(b"\xef\xbb\xbf" + (site / "content.yaml").read_bytes().replace(b"\n", b"\r\n")),
        Shown(),
    ),
}  # fmt: skip
