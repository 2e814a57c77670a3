"""Lets an image provider's work finish before the application ends, and no more start.

Why: Qt asks the providers for pictures from its own loader thread, which can still be drawing
an icon or encoding a cache file (Python, QImage.save) while the main thread tears Qt down
after a stop; that crashed a kiosk stopped during its first second (SIGSEGV in QImageWriter).
`close()` turns new requests away and waits, with the GIL released, for the one under way.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class ProviderGate:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = 0
        self._closed = False

    @contextmanager
    def working(self) -> Iterator[bool]:
        """`with gate.working() as open:` — do the work only while `open` is True."""
        with self._lock:
            allowed = not self._closed
            self._busy += allowed
        try:
            yield allowed
        finally:
            if allowed:
                with self._lock:
                    self._busy -= 1

    def close(self, patience_s: float = 3.0) -> None:
        with self._lock:
            self._closed = True
        deadline = time.monotonic() + patience_s
        while self._busy and time.monotonic() < deadline:
            time.sleep(0.005)
