"""The built wheel works anywhere: installed into a fresh venv, run from a folder far from the
checkout, it finds its bundled example content, checks it and runs the kiosk to its first frame. The
sdist holds what its own tests need.

Both are built from a copy of the committed files (as a clean clone has them), with the
setuptools the test environment pins, so no download is needed."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from kiosk import __version__
from tests.conftest import ROOT

BUILD = "import sys; from setuptools import build_meta as b; print(getattr(b, sys.argv[1])('{}'))"


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """The committed files and the working tree's changes to them, nothing else."""
    folder = tmp_path_factory.mktemp("source")
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (entry.decode() for entry in listed)):
        if (ROOT / name).is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, folder / name)
    return folder


def build(source: Path, hook: str, out: Path) -> Path:
    out.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", BUILD.format(out), hook],
        cwd=source,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out / result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def wheel(source, tmp_path_factory) -> Path:
    return build(source, "build_wheel", tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; its dependencies are seen through a path file
    pointing at this environment's site-packages (the kiosk's own editable install is not
    importable from there: only that folder is added, not its path files)."""
    venv = tmp_path_factory.mktemp("venv") / "kiosk"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python")]
    subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    site = Path(
        subprocess.run(
            [
                str(venv / "bin" / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_path('purelib'))",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return venv


def elsewhere(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH",)}
    return dict(env, KIOSK_STATE_DIR=str(tmp_path / "state"), QT_QPA_PLATFORM="offscreen")


def kiosk(installed: Path, tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    folder = tmp_path / "somewhere"
    folder.mkdir(exist_ok=True)
    return subprocess.run(
        [str(installed / "bin" / "kiosk"), *arguments],
        cwd=folder,
        env=elsewhere(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_wheel_carries_the_ui_and_the_example_content(wheel) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kiosk/example/content.yaml" in names
    assert "kiosk/example/content.schema.json" in names
    assert "kiosk/example/assets/illustrations/founding.svg" in names
    assert "kiosk/qml/Kiosk/qmldir" in names and "kiosk/qml/Kiosk/Main.qml" in names
    metadata = zipfile.ZipFile(wheel).read(f"sez_kiosk-{__version__}.dist-info/METADATA").decode()
    assert f"Version: {__version__}" in metadata
    assert (
        "License-File: LICENSE" in metadata and "Classifier: Private :: Do Not Upload" in metadata
    )


def test_the_installed_wheel_finds_and_checks_its_content(installed, tmp_path) -> None:
    version = kiosk(installed, tmp_path, "--version")
    assert version.stdout.strip() == f"kiosk {__version__}", version.stderr
    where = kiosk(installed, tmp_path, "where")
    bundled = f"{installed}/lib/"
    assert bundled in where.stdout and "kiosk/example/content.yaml" in where.stdout, where.stdout
    assert "(from the example bundled with the kiosk)" in where.stdout
    check = kiosk(installed, tmp_path, "check")
    assert check.returncode == 0 and "OK: 10 events" in check.stdout, check.stdout + check.stderr


def test_the_installed_wheel_runs_the_kiosk(installed, tmp_path) -> None:
    """READY comes after the first frame of Home: the installed kiosk draws its content."""
    address = str(tmp_path / "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(address)
    listener.settimeout(60)
    folder = tmp_path / "somewhere"
    folder.mkdir()
    process = subprocess.Popen(
        [str(installed / "bin" / "kiosk"), "run"],
        cwd=folder,
        env=dict(elsewhere(tmp_path), NOTIFY_SOCKET=address),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        messages = []
        while "READY=1" not in messages:
            messages.append(listener.recv(256).decode())
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0, process.stdout.read()
    finally:
        listener.close()
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "STATUS=content loaded: 10 events, 5 parks, 28 figures" in messages
    log = (tmp_path / "state" / "kiosk.log").read_text(encoding="utf-8")
    assert f"{installed}/lib/" in log, "the log names the bundled content it shows"


def test_the_sdist_holds_what_its_tests_need(source, tmp_path) -> None:
    sdist = build(source, "build_sdist", tmp_path / "dist")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    unpacked = next((tmp_path / "unpacked").iterdir())
    for needed in (
        "tests/conftest.py",
        "tests/ui/conftest.py",
        "tests/robustness/hostile.py",
        "requirements/test.lock",
        "bootstrap.py",
        "LICENSE",
        "kiosk/example/content.yaml",
        "deploy/kiosk.service",
    ):
        assert (unpacked / needed).is_file(), f"{needed} is in the sdist"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/content"],
        cwd=unpacked,
        env=dict(os.environ, PYTHONPATH=str(unpacked)),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
