"""`kiosk session` as the unit runs it: the kiosk's exit status reaches systemd through cage, a
stop ends the kiosk first and cage with it (no abort, no core dump), reloads reach the kiosk.

Real cage (headless backend, unprivileged) where cage's behaviour is the point; a stand-in
cage where the test is about the supervisor's own choices (what it signals, and when)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, ROOT
from tests.displays.servers import edges_covered, kiosk_env, need, wait_for_screen
from tests.displays.test_wayland import HEADLESS_OUTPUT, SAME_SCREEN, grim, unprivileged
from tests.ui.helpers import screen_change

SUPERVISE = "import sys; from kiosk.services.session import supervise; sys.exit(supervise({}, {}))"


def cage_env(runtime: Path, **extra: str) -> dict[str, str]:
    runtime.mkdir(mode=0o700, exist_ok=True)
    return kiosk_env(
        XDG_RUNTIME_DIR=str(runtime),
        WLR_BACKENDS="headless",
        WLR_RENDERER="pixman",
        WLR_LIBINPUT_NO_DEVICES="1",
        QT_QPA_PLATFORM="wayland",
        **extra,
    )


def real_cage() -> list[str]:
    need("cage", "Xwayland")
    return [*unprivileged(), "cage"]


def supervised(cage: list[str], application: list[str], env: dict[str, str]):
    return subprocess.Popen(
        [sys.executable, "-c", SUPERVISE.format(cage, application)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.mark.parametrize(("script", "expected"), [("exit 75", 75), ("kill -SEGV $$", 139)])
def test_the_applications_exit_status_comes_through_cage(tmp_path, script, expected) -> None:
    session = supervised(real_cage(), ["sh", "-c", script], cage_env(tmp_path / "run"))
    output = session.communicate(timeout=60)[0]
    assert session.returncode == expected, output


@pytest.fixture
def notify_socket(tmp_path):
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify.sock"))
    listener.settimeout(60)
    yield listener
    listener.close()


def messages_until(listener: socket.socket, wanted: str) -> list[str]:
    messages = []
    while wanted not in messages:
        messages.append(listener.recv(256).decode())
    return messages


def test_kiosk_session_draws_reloads_and_stops_cleanly(make_kiosk, tmp_path, notify_socket) -> None:
    cage = real_cage()
    state = tmp_path / "state"
    runtime = tmp_path / "run"
    env = cage_env(
        runtime,
        KIOSK_CAGE=" ".join(cage),
        NOTIFY_SOCKET=notify_socket.getsockname(),
        WATCHDOG_USEC="5000000",
    )
    # Portrait: cage 0.1.4's headless backend shows a landscape fullscreen window black
    # (test_wayland.py says why); a rotated output is composited and can be looked at.
    command = [sys.executable, "-m", "kiosk", "session", "--rotate", "90", "--"]
    command += ["--content", str(BUNDLED), "--state-dir", str(state)]
    session = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        messages = messages_until(notify_socket, "READY=1")
        shot = wait_for_screen(
            lambda: grim(runtime, tmp_path / "shot.png"),
            lambda image: not image.isNull() and not edges_covered(image),
            timeout=25,
        )
        assert (shot.width(), shot.height()) == HEADLESS_OUTPUT[::-1]
        assert edges_covered(shot) == [], "the kiosk draws the whole output under the session"
        reference = make_kiosk(HEADLESS_OUTPUT[::-1]).window.grabWindow()
        assert screen_change(shot, reference) <= SAME_SCREEN, "Home as designed"

        session.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 20
        while "SIGHUP received: reloading" not in (state / "kiosk.log").read_text():
            assert time.monotonic() < deadline, "the reload request reached the kiosk"
            time.sleep(0.1)
        assert session.poll() is None, "a reload leaves the session running"

        session.send_signal(signal.SIGTERM)
        output = session.communicate(timeout=30)[0]
        with contextlib.suppress(TimeoutError):
            notify_socket.settimeout(1)
            while True:
                messages.append(notify_socket.recv(256).decode())
    finally:
        if session.poll() is None:
            session.kill()
            session.wait()
    assert session.returncode == 0, output
    assert "Assertion" not in output and "core dumped" not in output, output
    assert "SIGTERM received: quitting" in (state / "kiosk.log").read_text()
    assert messages[-1] == "STOPPING=1", messages
    assert any(message.startswith("STATUS=content loaded") for message in messages), messages


FAKE_CAGE = textwrap.dedent(
    """\
    #!/bin/sh
    # Like cage 0.1.4: runs its application, exits 0 whatever it returned, aborts on SIGTERM.
    trap 'echo TERM > "$FAKE_CAGE_LOG"; kill -ABRT $$' TERM
    while [ "$1" != "--" ]; do shift; done; shift
    touch "$FAKE_CAGE_LOG.started"
    [ -n "$FAKE_CAGE_SLOW" ] && sleep 1
    "$@" &
    wait $!
    [ -n "$FAKE_CAGE_LINGERS" ] && exec sleep 60
    exit 0
    """
)


@pytest.fixture
def fake_cage(tmp_path) -> list[str]:
    path = tmp_path / "fake-cage"
    path.write_text(FAKE_CAGE)
    path.chmod(0o755)
    return [str(path)]


def fake_env(tmp_path, **extra: str) -> dict[str, str]:
    return dict(os.environ, FAKE_CAGE_LOG=str(tmp_path / "cage-got"), **extra)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGQUIT])
def test_a_stop_goes_to_the_application_and_never_to_cage(tmp_path, fake_cage, number) -> None:
    ready = tmp_path / "ready"
    script = f"trap 'exit 0' TERM; touch {ready}; while :; do sleep 0.1; done"
    session = supervised(fake_cage, ["sh", "-c", script], fake_env(tmp_path))
    deadline = time.monotonic() + 20
    while not ready.exists():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    session.send_signal(number)
    output = session.communicate(timeout=20)[0]
    assert session.returncode == 0, output
    assert not (tmp_path / "cage-got").exists(), "cage was never signalled"


def test_a_stop_before_the_application_started_waits_for_it(tmp_path, fake_cage) -> None:
    script = "trap 'exit 3' TERM; while :; do sleep 0.1; done"
    session = supervised(fake_cage, ["sh", "-c", script], fake_env(tmp_path, FAKE_CAGE_SLOW="1"))
    started = tmp_path / "cage-got.started"
    deadline = time.monotonic() + 20
    while not started.exists():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    session.send_signal(signal.SIGTERM)  # cage is up, its application not yet
    output = session.communicate(timeout=20)[0]
    assert session.returncode == 3, output
    assert not (tmp_path / "cage-got").exists(), "cage was never signalled"


def test_a_cage_that_outlives_its_application_is_ended(tmp_path, fake_cage) -> None:
    env = fake_env(tmp_path, FAKE_CAGE_LINGERS="1")
    started = time.monotonic()
    session = supervised(fake_cage, ["sh", "-c", "exit 75"], env)
    output = session.communicate(timeout=40)[0]
    assert session.returncode == 75, output
    assert time.monotonic() - started < 30
    assert "cage did not end" in output
