"""Stopped mid-activity, the kiosk always ends, cleanly: pictures decoding (a fresh state
folder, so every picture goes through the decoder), a content reload running (SIGHUP), the
timeline on screen. A hang or a crash fails.

CI stops it 10 times; `KIOSK_STOPS=200` is the long version.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from tests.conftest import BUNDLED, ROOT

STOPS = int(os.environ.get("KIOSK_STOPS", "10"))
SEED = int(os.environ.get("KIOSK_STOPS_SEED", "16"))


def test_stopping_mid_activity_never_hangs(tmp_path) -> None:
    rng = random.Random(SEED)
    for number in range(STOPS):
        state = tmp_path / f"state-{number}"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            QT_QUICK_BACKEND="software",
            KIOSK_STATE_DIR=str(state),
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--content", str(BUNDLED), "--open", "timeline"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        log_file = state / "kiosk.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (
            log_file.exists() and "content loaded" in log_file.read_text(encoding="utf-8")
        ):
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.8))
        if rng.random() < 0.6:
            process.send_signal(signal.SIGHUP)  # a reload under way when the stop comes
            time.sleep(rng.uniform(0, 0.2))
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise AssertionError(f"stop {number + 1} hung") from None
        err = process.stderr.read()
        crash = (state / "crash.log").read_text() if (state / "crash.log").exists() else ""
        assert code == 0 and not crash.strip(), f"stop {number + 1}: exit {code}\n{err}\n{crash}"
