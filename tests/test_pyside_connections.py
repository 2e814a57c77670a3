"""PySide6 6.11 keeps one memory block for every `connect` to a QObject's bound method, even
after both objects are gone (`QTimer.singleShot` with a delay keeps one too, whatever it
calls). The kiosk only connects at start-up, so it does not grow, and `tests.ui.helpers.pause`
connects one shared timer once. This test documents the behaviour and fails when a PySide
release fixes it."""

import gc
import sys

from PySide6.QtCore import QTimer


def blocks_kept(connect, times: int = 2000) -> int:
    for _ in range(200):  # warm-up: PySide's first connections fill caches
        connect(QTimer())
    gc.collect()
    before = sys.getallocatedblocks()
    for _ in range(times):
        connect(QTimer())
    gc.collect()
    return sys.getallocatedblocks() - before


def test_connecting_to_a_bound_method_keeps_memory_and_a_lambda_does_not(qapp) -> None:
    times = 5000
    assert blocks_kept(lambda timer: timer.timeout.connect(lambda: None), times) < times / 10
    assert blocks_kept(lambda timer: timer.timeout.connect(timer.stop), times) > times * 0.8
