"""Python's cycle collector is held off while a worker thread runs Python code.

Why: a collection runs in whichever thread allocates when a threshold is crossed. Run in a
worker, it could free a Qt object of the GUI thread there, where Qt cannot stop its timers or
file watches (it once misbehaved badly). Several workers may overlap (a content reload and an
asset scan), so the hold is counted: the collector runs again when the last one is released.
Hold and release on the GUI thread.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_holds = 0


def hold() -> None:
    global _holds
    with _lock:
        _holds += 1
        gc.disable()


def release() -> None:
    global _holds
    with _lock:
        _holds = max(0, _holds - 1)
        if _holds == 0:
            gc.enable()
