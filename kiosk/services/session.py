"""`kiosk session`: cage with the kiosk as its application, supervised as one service.

Why a wrapper around cage: Debian 12's cage 0.1.4 exits 0 whatever its application returns,
so systemd would never see the kiosk's exit codes, and a SIGTERM to cage (what `systemctl
stop` sends) aborts it on an assertion in `wl_display_terminate` with a core dump at every stop
(cage-kiosk/cage#339). This process is the unit's main process instead (with `KillMode=mixed`
systemd signals only it): it passes each stop, reload and log signal to the kiosk alone; cage
ends by itself once its application has gone, and this process exits with the kiosk's status.

The kiosk runs under a three-line shell inside cage, which writes the kiosk's pid before it
starts and its exit status (128 + N for a death by signal N) after it ends.
"""

from __future__ import annotations

import logging
import os
import shlex
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("kiosk.session")

SHIM = '"$@" & echo $! > "$KIOSK_SESSION_DIR/pid"; wait $!; echo $? > "$KIOSK_SESSION_DIR/status"'
# What the kiosk receives for each signal this process gets: stops become SIGTERM (the kiosk's
# clean stop); SIGHUP (reload), SIGUSR1 (reopen the log) and SIGABRT (systemd's watchdog: the
# kiosk's Python stacks go to crash.log) are passed on as they are.
FORWARDED = {
    signal.SIGTERM: signal.SIGTERM,
    signal.SIGINT: signal.SIGTERM,
    signal.SIGQUIT: signal.SIGTERM,
    signal.SIGUSR2: signal.SIGTERM,
    signal.SIGALRM: signal.SIGTERM,
    signal.SIGHUP: signal.SIGHUP,
    signal.SIGUSR1: signal.SIGUSR1,
    signal.SIGABRT: signal.SIGABRT,
}
CAGE_GRACE_SECONDS = 10.0  # after the kiosk ended, cage gets this long to end by itself
START_PATIENCE_SECONDS = 30.0  # a stop before the kiosk started waits this long for it
NO_STATUS_EXIT_CODE = 70  # the kiosk never started, or cage ended without a word from it


def cage_command(rotation: int, last_output: bool) -> list[str]:
    """cage as the unit runs it: no client-side decorations (`-d`), never `-s` (VT switching
    would let a visitor reach a login prompt with Ctrl+Alt+F2)."""
    cage = shlex.split(os.environ.get("KIOSK_CAGE", "cage"))
    return [*cage, "-d", *(["-r"] * (rotation // 90)), *(["-m", "last"] if last_output else [])]


def supervise(cage: Sequence[str], application: Sequence[str]) -> int:
    """Run `application` as cage's client until it ends; its exit status."""
    with tempfile.TemporaryDirectory(prefix="kiosk-session-", dir=_runtime_dir()) as folder:
        return _Session(Path(folder)).run(cage, application)


def _runtime_dir() -> str | None:
    for name in ("RUNTIME_DIRECTORY", "XDG_RUNTIME_DIR"):
        if value := os.environ.get(name):
            return value.split(":")[0]
    return None


class _Session:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: list[signal.Signals] = []
        self.kiosk_pid: int | None = None

    def run(self, cage: Sequence[str], application: Sequence[str]) -> int:
        previous = {number: signal.signal(number, self._on_signal) for number in FORWARDED}
        try:
            command = [*cage, "--", "/bin/sh", "-c", SHIM, "sh", *application]
            process = subprocess.Popen(
                command, env=dict(os.environ, KIOSK_SESSION_DIR=str(self.folder))
            )
            cage_code = self._wait(process)
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
        return self._result(cage_code)

    def _on_signal(self, number: int, _frame: object) -> None:
        self.pending.append(FORWARDED[signal.Signals(number)])
        self._deliver()

    def _deliver(self) -> None:
        pid = self.kiosk_pid or self._read_int("pid")
        if pid is None:
            return  # delivered once the kiosk has started (see _wait)
        self.kiosk_pid = pid
        while self.pending:
            number = self.pending.pop(0)
            try:
                os.kill(pid, number)
            except ProcessLookupError:
                self.pending.clear()

    def _wait(self, process: subprocess.Popen) -> int:
        asked_at: float | None = None
        ended_at: float | None = None
        while True:
            try:
                return process.wait(timeout=0.25)
            except subprocess.TimeoutExpired:
                pass
            now = time.monotonic()
            if self.pending:
                asked_at = asked_at or now
                self._deliver()
                if self.kiosk_pid is None and now - asked_at > START_PATIENCE_SECONDS:
                    log.error("stop requested and the kiosk never started: ending cage")
                    process.kill()
            if self._read_int("status") is not None:
                ended_at = ended_at or now
                if now - ended_at > CAGE_GRACE_SECONDS:
                    log.error("cage did not end %.0f s after the kiosk: killed", CAGE_GRACE_SECONDS)
                    process.kill()

    def _result(self, cage_code: int) -> int:
        status = self._read_int("status")
        if status is not None:
            if status >= 128:
                log.error("the kiosk died from signal %d (see crash.log)", status - 128)
            return status
        log.error("cage ended (code %d) without the kiosk's exit status", cage_code)
        if cage_code < 0:
            return 128 - cage_code  # as a shell reports a death by signal
        return cage_code or NO_STATUS_EXIT_CODE

    def _read_int(self, name: str) -> int | None:
        try:
            return int((self.folder / name).read_text().strip())
        except (OSError, ValueError):
            return None
