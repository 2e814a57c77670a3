"""The fullscreen kiosk on a real X server with no window manager covers the screen, at every
size, and again after the screen changes size while it runs."""

from __future__ import annotations

import subprocess
import time

import pytest

from tests.displays.servers import (
    edges_covered,
    grab_x,
    kiosk_command,
    kiosk_env,
    need,
    running,
    wait_for_screen,
    x_server,
    xvfb,
)
from tests.ui.helpers import screen_change

# A screenshot through the X server and an offscreen render of the same screen differ only in
# the rounding of a few text edges; a window off by a few pixels, a screen laid out for another
# size or a blank screen differ far more.
SAME_SCREEN = 12


def covered(image) -> bool:
    return not edges_covered(image)


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160), (1080, 1920)], ids=str)
def test_fullscreen_on_bare_x_covers_the_screen(make_kiosk, tmp_path, size) -> None:
    with xvfb(*size) as display:
        env = kiosk_env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        with running(kiosk_command(tmp_path / "state"), env, tmp_path / "kiosk.log") as kiosk:
            shot = wait_for_screen(lambda: grab_x(display, tmp_path / "x.png"), covered)
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True
            ).stdout
            assert kiosk.poll() is None, (tmp_path / "kiosk.log").read_text()
        assert kiosk.returncode == 0, "SIGTERM stops it cleanly"
    assert (shot.width(), shot.height()) == size
    assert edges_covered(shot) == [], "the window reaches every edge"
    assert f"{size[0]}x{size[1]}+0+0" in tree, tree
    reference = make_kiosk(size).window.grabWindow()
    assert screen_change(shot, reference) <= SAME_SCREEN, "the screen shows Home as designed"


def test_the_window_follows_a_screen_that_changes_size(make_kiosk, tmp_path) -> None:
    """Xephyr's screen takes the size of its window on the host (when RandR is next asked, as
    `xrandr` does): a real resolution change of the X server the kiosk is on, announced to it
    by RandR as a monitor's would be (Xvfb's RandR has a single fixed mode)."""
    need("Xvfb", "Xephyr", "xdotool")
    with xvfb(2000, 2000) as host:
        host_env = kiosk_env(DISPLAY=host)
        command = ["Xephyr", "-screen", "1920x1080", "-resizeable", "-no-host-grab"]
        with x_server(command, env=host_env) as display:
            env = kiosk_env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            log = tmp_path / "kiosk.log"
            with running(kiosk_command(tmp_path / "state"), env, log) as kiosk:
                shots = {}
                for size in ((1920, 1080), (1080, 1920), (1280, 720)):
                    window = subprocess.run(
                        ["xdotool", "search", "--class", "Xephyr"],
                        env=host_env,
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout.split()[0]
                    subprocess.run(
                        ["xdotool", "windowsize", window, str(size[0]), str(size[1])],
                        env=host_env,
                        check=True,
                    )
                    time.sleep(0.3)
                    subprocess.run(["xrandr"], env=env, check=True, capture_output=True)
                    shots[size] = wait_for_screen(
                        lambda size=size: grab_x(display, tmp_path / "x.png"),
                        lambda image, size=size: (
                            (image.width(), image.height()) == size and covered(image)
                        ),
                    )
                assert kiosk.poll() is None, log.read_text()
    for size, shot in shots.items():
        assert (shot.width(), shot.height()) == size
        assert edges_covered(shot) == [], f"{size}: the window reaches every edge"
        reference = make_kiosk(size).window.grabWindow()
        assert screen_change(shot, reference) <= SAME_SCREEN, f"{size}: laid out for the new size"
    assert "is now 1080x1920" in log.read_text() and "is now 1280x720" in log.read_text()
