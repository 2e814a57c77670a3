"""Time limits: a robustness case that hangs fails with a TimeoutError instead of stalling CI."""

from __future__ import annotations

import contextlib
import signal
import time


@contextlib.contextmanager
def deadline(seconds: float):
    """SIGALRM interrupts whatever the test is stuck in after `seconds`. Nests: an inner limit
    puts the outer one back (less the time spent) when it ends."""

    def expire(*_):
        raise TimeoutError(f"still running after {seconds} s")

    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds if not outer_left else min(seconds, outer_left))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:
            signal.setitimer(
                signal.ITIMER_REAL, max(0.001, outer_left - (time.monotonic() - started))
            )
