"""The files the integrator installs (deploy/): the systemd unit passes `systemd-analyze verify`,
is hardened, supervises through `kiosk session`, and agrees with the configuration file."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.services.locations import read_config
from tests.conftest import ROOT

UNIT = ROOT / "deploy" / "kiosk.service"
EXPOSURE_BOUND = 2.0  # systemd-analyze's scale: 0 safest, 10 unprotected (the old unit: 9.4)


@pytest.fixture
def unit_here(tmp_path) -> Path:
    """The unit with its program path pointed at this checkout's kiosk (verify checks that
    the program exists and is executable)."""
    kiosk = Path(sys.executable).parent / "kiosk"
    assert kiosk.exists(), "the kiosk command is installed in the test environment"
    copy = tmp_path / "kiosk.service"
    copy.write_text(UNIT.read_text().replace("/opt/kiosk/.venv/bin/kiosk", str(kiosk)))
    return copy


def systemd_analyze(*arguments: str) -> subprocess.CompletedProcess:
    if shutil.which("systemd-analyze") is None:
        pytest.fail("systemd-analyze is missing (python3 bootstrap.py test installs systemd)")
    return subprocess.run(
        ["systemd-analyze", *arguments], capture_output=True, text=True, timeout=60
    )


def service_section() -> dict[str, list[str]]:
    """[Service]'s settings, each with every value it is given (systemd allows repeats)."""
    values: dict[str, list[str]] = {}
    section = None
    for line in UNIT.read_text().splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "Service" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values.setdefault(key, []).append(value)
    return values


def test_the_unit_passes_systemd_analyze_verify(unit_here) -> None:
    result = systemd_analyze("verify", str(unit_here))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr


def test_the_unit_is_hardened(unit_here) -> None:
    result = systemd_analyze("security", "--offline=yes", str(unit_here))
    found = re.search(r"Overall exposure level for \S+: ([0-9.]+)", result.stdout)
    assert found, result.stdout + result.stderr
    assert float(found.group(1)) <= EXPOSURE_BOUND, result.stdout


def test_the_unit_supervises_through_kiosk_session() -> None:
    service = service_section()
    assert service["ExecStart"] == ["/opt/kiosk/.venv/bin/kiosk session"]
    assert service["KillMode"] == ["mixed"], "a stop signals the supervisor, never cage"
    assert service["Type"] == ["notify"] and service["NotifyAccess"] == ["all"]
    assert service["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    assert " -s" not in UNIT.read_text(), "no VT switching: Ctrl+Alt+F2 must not leave the kiosk"


def test_the_configuration_names_the_units_state_folder(monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(ROOT / "deploy" / "kiosk.toml"))
    config = read_config()
    state_directory = service_section()["StateDirectory"][0]
    assert config.state_dir == Path("/var/lib") / state_directory
    assert config.content == Path("/srv/kiosk/content")
    assert "/srv/kiosk/content" in (ROOT / "deploy" / "README.md").read_text()


def test_the_touch_rule_has_libinputs_matrix_for_each_rotation() -> None:
    rules = (ROOT / "deploy" / "99-kiosk-touchscreen.rules").read_text()
    libinput = {  # libinput's "Static device configuration via udev", clockwise
        "0° (no rotation)": "1 0 0 0 1 0",
        "90° clockwise": "0 -1 1 1 0 0",
        "180°": "-1 0 1 0 -1 1",
        "270° clockwise": "0 1 0 -1 0 1",
    }
    lines = rules.splitlines()
    for label, matrix in libinput.items():
        rule = lines[lines.index(f"# {label}:") + 1]
        assert f'ENV{{LIBINPUT_CALIBRATION_MATRIX}}="{matrix}"' in rule, label
        assert 'ENV{ID_INPUT_TOUCHSCREEN}=="1"' in rule, "touchscreens only"
    active = [line for line in lines if line.startswith("ACTION")]
    assert len(active) == 1, "one rotation is active at a time"
