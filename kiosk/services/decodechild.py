"""The decoder process: reads one JSON request a line, decodes, answers one JSON line.

Run by `kiosk.services.decoder`, never by hand. It lives apart from the kiosk so that a picture
whose decoding runs away (a JPEG of thousands of scans, an SVG that is slow to draw) can be
stopped by killing it, and so that its memory is capped by the kernel (RLIMIT_AS) as well as by
Qt's allocation limit. It leaves when nobody has asked for anything for a while.

First line, once started: {"ready": true}
Request: {"path": …, "width": …, "height": …, "format": …, "edge": …, "pixels": true|false}
Answer:  {"ok": true, "width": w, "height": h, "alpha": …, "bytes": n} and, with "pixels",
         n bytes of 32-bit pixels (w × 4 a row: ARGB32 premultiplied with alpha, else RGB32);
         or {"ok": false, "problem": "…"}
Nothing is written to disk here: the kiosk keeps the display copy (and a full disk is its
business, not a reason to refuse a picture).
"""

from __future__ import annotations

import json
import os
import resource
import select
import sys
from pathlib import Path

MAX_JPEG_SCANS = 500  # libjpeg-turbo's own tools suggest this bound; cameras write 1 to 12


def main() -> int:
    idle_seconds = float(sys.argv[1])
    memory_mb = int(sys.argv[2])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication, QImage, QImageReader

    from kiosk.content.images import ImageHeader
    from kiosk.services.imagecache import ALLOCATION_LIMIT_MB, fitted_size

    _app = QGuiApplication(["kiosk-decoder"])  # fonts, for the text in SVG drawings
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    _cap_memory(memory_mb)

    def decode(request: dict) -> tuple[dict, bytes]:
        path = Path(request["path"])
        header = ImageHeader(request["format"], request["width"], request["height"])
        if header.format == "jpeg" and (scans := _jpeg_scans(path)) > MAX_JPEG_SCANS:
            return _refused(
                f"JPEG 有 {scans:,} 个扫描段（正常的照片不超过几十个），解码会极慢；"
                "请用图片软件重新保存 (JPEG with too many scans)"
            )
        reader = QImageReader(str(path))
        reader.setDecideFormatFromContent(True)
        reader.setAutoTransform(True)
        reader.setScaledSize(fitted_size(header, int(request["edge"])))
        image = reader.read()
        if image.isNull():
            return _refused(f"图片已损坏或不完整：{reader.errorString()} (corrupt or truncated)")
        alpha = image.hasAlphaChannel()
        image = image.convertToFormat(
            QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32
        )
        pixels = bytes(image.constBits()) if request.get("pixels") else b""
        answer = {"ok": True, "width": image.width(), "height": image.height(), "alpha": alpha}
        return {**answer, "bytes": len(pixels)}, pixels

    sys.stdout.write('{"ready": true}\n')
    sys.stdout.flush()
    stdin = sys.stdin.buffer
    while True:
        ready, _, _ = select.select([stdin], [], [], idle_seconds)
        if not ready:
            return 0
        line = stdin.readline()
        if not line:
            return 0
        try:
            answer, pixels = decode(json.loads(line))
        except MemoryError:
            answer, pixels = _refused("图片解码需要的内存太多 (decoding needs too much memory)")
        except OSError as error:
            answer, pixels = _refused(f"无法读取图片：{error.strerror or error} (unreadable)")
        out = sys.stdout.buffer
        out.write(json.dumps(answer, ensure_ascii=False).encode() + b"\n" + pixels)
        out.flush()


def _refused(problem: str) -> tuple[dict, bytes]:
    return {"ok": False, "problem": problem}, b""


def _jpeg_scans(path: Path) -> int:
    """Start-of-scan markers; inside entropy-coded data every 0xFF is followed by 0x00, so
    each 0xFFDA is a real one."""
    return path.read_bytes().count(b"\xff\xda")


def _cap_memory(memory_mb: int) -> None:
    """Address space for what is loaded now plus `memory_mb`: a decode that wants more fails
    with an allocation error here instead of the kernel's OOM killer choosing a victim."""
    with open("/proc/self/status", encoding="ascii") as status:
        fields = dict(line.split(":", 1) for line in status if ":" in line)
    loaded = int(fields["VmSize"].split()[0]) * 1024
    limit = loaded + memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


if __name__ == "__main__":
    sys.exit(main())
