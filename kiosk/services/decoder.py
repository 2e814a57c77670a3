"""Pictures are decoded in a child process with a time and memory budget.

Why a process: Qt decodes a picture in one uninterruptible call. A hostile or merely odd file
(a JPEG of 50,000 scans, an SVG that takes minutes to draw) would hold the thread that called
it, and in the running kiosk that is Qt's one image-loading thread: every other picture would
wait. A child process can be killed when it runs over its budget; the picture is then refused
with a staff message, and the next request starts a fresh child. The child leaves by itself
when idle, so a kiosk whose pictures are all in the display cache runs none.
"""

from __future__ import annotations

import json
import logging
import os
import select
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.images import ImageHeader, ImageProblem

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

log = logging.getLogger("kiosk.images")
DECODE_SECONDS = 10.0  # a 24-megapixel photo takes under a second on a hall PC
DECODE_MEMORY_MB = 1024
IDLE_SECONDS = 20.0
PROBE_EDGE = 256  # what `kiosk check` decodes to: enough to prove a picture whole
START_SECONDS = 20.0  # the child's own start (Python and Qt), on a slow disk


def budget_seconds() -> float:
    """The decode budget: KIOSK_DECODE_SECONDS where an integrator set one (a slow PC)."""
    try:
        return max(0.1, float(os.environ.get("KIOSK_DECODE_SECONDS", DECODE_SECONDS)))
    except ValueError:
        return DECODE_SECONDS


def _read_pixels(stream, answer: dict) -> QImage | None:
    """The answer's pixels, read into a new QImage; None when the stream ends early."""
    from PySide6.QtGui import QImage

    width, height = int(answer["width"]), int(answer["height"])
    if int(answer["bytes"]) != width * height * 4:
        return None
    image = QImage(
        width,
        height,
        QImage.Format.Format_ARGB32_Premultiplied
        if answer.get("alpha")
        else QImage.Format.Format_RGB32,
    )
    if image.bytesPerLine() != width * 4:
        return None
    view = memoryview(image.bits()).cast("B")
    filled = 0
    while filled < len(view):
        count = stream.readinto(view[filled:])
        if not count:
            return None
        filled += count
    return image


class DecoderUnavailable(ImageProblem):
    """The decoder could not be started: says nothing about the picture, so not remembered."""


class Decoder:
    """Thread-safe; one request at a time goes to the child."""

    def __init__(
        self,
        seconds: float | None = None,
        memory_mb: int = DECODE_MEMORY_MB,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self.seconds = budget_seconds() if seconds is None else seconds
        self._memory_mb = memory_mb
        self._idle_seconds = idle_seconds
        self._child: subprocess.Popen[bytes] | None = None
        self._closing = False
        self._lock = threading.Lock()
        self.started = 0  # children started (for tests)

    def decode(self, path: Path, header: ImageHeader, edge: int) -> QImage:
        """`path` decoded to fit `edge`; raises ImageProblem when refused or over budget.

        The pixels are read from the pipe straight into the QImage's own buffer: no second
        copy of a picture of up to 16 MB passes through Python's heap.
        """
        _answer, image = self._request(path, header, edge, pixels=True)
        if image is None:
            raise ImageProblem("图片解码结果不完整 (the decoder's answer is incomplete)")
        return image

    def problem(self, path: Path, header: ImageHeader) -> str | None:
        """For `kiosk check`: None when the picture decodes within budget, else why not."""
        try:
            self._request(path, header, PROBE_EDGE, pixels=False)
        except ImageProblem as problem:
            return str(problem)
        return None

    def _request(
        self, path: Path, header: ImageHeader, edge: int, *, pixels: bool
    ) -> tuple[dict, QImage | None]:
        request = {
            "path": str(path),
            "format": header.format,
            "width": header.width,
            "height": header.height,
            "edge": edge,
            "pixels": pixels,
        }
        with self._lock:
            answer, image = self._ask(json.dumps(request).encode() + b"\n", path)
        if not answer.get("ok"):
            raise ImageProblem(str(answer.get("problem", "图片无法解码 (cannot decode)")))
        return answer, image

    @property
    def child_pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None and child.poll() is None else None

    def stop_child(self) -> None:
        """Let the child go now instead of after IDLE_SECONDS (the next decode starts one)."""
        with self._lock:
            self._stop()

    def close(self) -> None:
        """Stop the child now, even mid-decode: the request under way ends as unavailable
        (not as the picture's fault), and so does any later one."""
        self._closing = True
        child = self._child
        if child is not None:
            child.kill()
        with self._lock:
            self._stop()

    def _ask(self, request: bytes, path: Path) -> tuple[dict, QImage | None]:
        for _ in range(2):  # a child that left, idle, just as it was asked: start another
            if self._closing:
                raise DecoderUnavailable("图片解码程序已停止 (the decoder is stopping)")
            child = self._running_child()
            budget = self.seconds
            assert child.stdin is not None and child.stdout is not None
            try:
                child.stdin.write(request)
                child.stdin.flush()
            except OSError:
                self._stop()
                continue
            ready, _, _ = select.select([child.stdout], [], [], budget)
            if not ready:
                log.warning("decoding %s ran over its budget of %g s; stopped", path, self.seconds)
                self._stop()
                raise ImageProblem(
                    f"图片解码超过 {self.seconds:g} 秒仍未完成，已停止；请用图片软件另存为"
                    "普通的 JPEG 或 PNG (decoding took too long)"
                )
            line = child.stdout.readline()
            if line:
                answer = json.loads(line)
                if not int(answer.get("bytes", 0)):
                    return answer, None
                image = _read_pixels(child.stdout, answer)
                if image is not None:
                    return answer, image
            code = child.wait()
            self._stop()
            if self._closing:
                raise DecoderUnavailable("图片解码程序已停止 (the decoder is stopping)")
            if code != 0:
                log.warning("the decoder ended (exit %s) while decoding %s", code, path)
                raise ImageProblem(
                    "解码这张图片时解码程序意外结束（可能需要的内存太多），已拒绝 "
                    "(the decoder crashed on this picture)"
                )
        raise DecoderUnavailable("图片解码程序无法启动 (the decoder did not start)")

    def _running_child(self) -> subprocess.Popen[bytes]:
        if self._child is not None and self._child.poll() is None:
            return self._child
        try:
            self._child = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "kiosk.services.decodechild",
                    str(self._idle_seconds),
                    str(self._memory_mb),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                cwd=Path(__file__).resolve().parents[2],
            )
        except OSError as error:  # out of processes, memory or file handles
            log.warning("the picture decoder cannot be started: %s", error)
            raise DecoderUnavailable("图片解码程序无法启动 (the decoder did not start)") from None
        self.started += 1
        assert self._child.stdout is not None
        ready, _, _ = select.select([self._child.stdout], [], [], START_SECONDS)
        if not ready or not self._child.stdout.readline():
            self._stop()
            raise DecoderUnavailable("图片解码程序无法启动 (the decoder did not start)")
        return self._child

    def _stop(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()
