"""SignalQuit: a stop signal is acted on from the event loop, never inside the handler."""

import os
import signal

from kiosk.services.shutdown import SignalQuit


def test_a_signal_quits_from_the_event_loop_not_from_the_handler(qtbot) -> None:
    calls: list[int] = []
    before = signal.getsignal(signal.SIGTERM)
    quitter = SignalQuit(lambda: calls.append(1))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        # Python has run the handler by now (it runs at the next bytecode), but the quit
        # waits for the event loop.
        assert calls == []
        qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    finally:
        quitter.uninstall()
    assert signal.getsignal(signal.SIGTERM) is before


def test_other_signals_on_the_wakeup_socket_are_ignored(qtbot) -> None:
    calls: list[int] = []
    quitter = SignalQuit(lambda: calls.append(1))
    previous = signal.signal(signal.SIGUSR1, lambda *_: None)
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        qtbot.wait(200)
        assert calls == []
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    finally:
        signal.signal(signal.SIGUSR1, previous)
        quitter.uninstall()
