"""Set up everything on a fresh Debian machine, then run the kiosk or the test suite.

    python3 bootstrap.py run [kiosk options]    # e.g. --windowed, --lang en
    python3 bootstrap.py test [pytest options]
    python3 bootstrap.py hall                   # set up a hall PC's kiosk (deploy/README.md)
    python3 bootstrap.py lock                   # after changing pyproject.toml's dependencies

Installs the system packages Qt and Chinese text need (through apt when running as root or
with password-less sudo; otherwise it prints the exact command), creates `.venv`, installs the
exact versions in requirements/*.lock (checked against their hashes) and the project into it
(again only when pyproject.toml or the lock changed), and runs the command.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
LOCKS = ROOT / "requirements"
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
# What Qt's xcb, wayland and offscreen platforms load, and a font that draws Chinese.
SYSTEM_PACKAGES = (
    "fonts-noto-cjk",
    "fontconfig",
    "libegl1",
    "libgl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
)
# What a hall PC adds (deploy/README.md): cage, the Wayland kiosk compositor the unit runs,
# and Xwayland, without which Debian's cage does not start.
HALL_PACKAGES = ("cage", "xwayland")
# The real display servers the tests run the kiosk on (tests/displays/): an X server without
# a window manager, one whose screen changes size, cage (which needs Xwayland) and their tools.
TEST_PACKAGES = (
    "xvfb",
    "xserver-xephyr",
    "x11-utils",
    "x11-xserver-utils",
    "xdotool",
    "cage",
    "xwayland",
    "grim",
    "systemd",  # systemd-analyze, for tests/test_deploy.py
    "zbar-tools",  # zbarimg reads the QR codes back from screenshots (tests/ui/test_link_codes.py)
)


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def missing_debian_packages(packages: tuple[str, ...]) -> list[str]:
    if shutil.which("dpkg-query") is None:
        return []
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def apt_prefix() -> list[str] | None:
    """How to run apt-get here: directly as root, through password-less sudo, or not at all."""
    if shutil.which("apt-get") is None:
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], check=False).returncode == 0:
        return ["sudo", "-n"]
    return None


def install_system_packages(packages: tuple[str, ...]) -> None:
    if shutil.which("dpkg-query") is None:
        say("not a Debian system: make sure Qt's libraries and a Chinese font are installed")
        return
    missing = missing_debian_packages(packages)
    if not missing:
        return
    prefix = apt_prefix()
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if prefix is None:
        say("these system packages are missing; please install them and run this again:")
        say("    sudo " + " ".join(command))
        return
    say("installing system packages: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*prefix, *command, "-qq"], check=True, env=env)


def create_venv() -> None:
    if (BIN / "python").exists():
        return
    say("creating .venv")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
    if result.returncode == 0:
        return
    shutil.rmtree(VENV, ignore_errors=True)
    venv_package = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
    prefix = apt_prefix()
    if prefix is None:
        sys.exit(
            f"[bootstrap] Python cannot create a venv here: sudo apt-get install {venv_package}"
        )
    subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", venv_package], check=True)
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)


def install_project(lock: str) -> None:
    """Install the locked dependencies (exact versions, hashes checked) and the project
    (editable, without dependencies of its own choosing), unless the same pyproject.toml and
    lock are installed already."""
    lock_file = LOCKS / f"{lock}.lock"
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", lock_file):
        digest.update(path.read_bytes())
    stamp = VENV / f".installed-{lock}-{digest.hexdigest()[:16]}"
    if stamp.exists():
        return
    say(f"installing the locked dependencies ({lock_file.relative_to(ROOT)}) and the project")
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--require-hashes", "-r", str(lock_file)], cwd=ROOT, check=True)
    subprocess.run([*pip, "--no-deps", "-e", "."], cwd=ROOT, check=True)
    stamp.touch()


def compile_bytecode() -> None:
    """Write the kiosk's bytecode. An editable install leaves none, and where the environment
    sets PYTHONDONTWRITEBYTECODE (containers, some CI) Python would compile every module again
    at each start (~30 ms before the first frame). Only changed files are compiled."""
    subprocess.run(
        [str(BIN / "python"), "-m", "compileall", "-q", str(ROOT / "kiosk")], check=False
    )


def run(arguments: list[str]) -> int:
    install_system_packages(SYSTEM_PACKAGES)
    create_venv()
    install_project("kiosk")
    compile_bytecode()
    say(
        "starting the kiosk (hold the top-left corner 3 s for the staff page; --windowed for a window)"
    )
    return subprocess.run([str(BIN / "kiosk"), "run", *arguments], cwd=ROOT, check=False).returncode


def test(arguments: list[str]) -> int:
    install_system_packages(SYSTEM_PACKAGES + TEST_PACKAGES)
    create_venv()
    install_project("test")
    compile_bytecode()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_QUICK_BACKEND="software",
        KIOSK_REQUIRE_DISPLAY_SERVERS="1",  # installed above: a missing one fails its test
    )
    python = str(BIN / "python")
    steps = [
        [python, "-m", "ruff", "check", "."],
        [python, "-m", "ruff", "format", "--check", "."],
        # One worker per core (two in CI): the suite runs in about half the time.
        [python, "-m", "pytest", "-n", "auto", *arguments],
    ]
    for step in steps:
        say(" ".join(step[2:]))
        code = subprocess.run(step, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            return code
    return 0


def hall(arguments: list[str]) -> int:
    """Everything a hall PC needs, without starting the kiosk: the unit starts it."""
    install_system_packages(SYSTEM_PACKAGES + HALL_PACKAGES)
    create_venv()
    install_project("kiosk")
    compile_bytecode()
    say(f"ready: {BIN / 'kiosk'} (next: deploy/README.md, step 3)")
    return 0


def lock(arguments: list[str]) -> int:
    """Write requirements/kiosk.lock and test.lock from pyproject.toml with pip-tools (in a
    throw-away venv): the newest versions pyproject.toml allows, every file's hash."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        tools = Path(folder) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(tools)], check=True)
        python = str(tools / "bin" / "python")
        subprocess.run([python, "-m", "pip", "install", "--quiet", "pip-tools"], check=True)
        for name, extra in (("kiosk", []), ("test", ["--extra", "test"])):
            command = [python, "-m", "piptools", "compile", "--quiet", "--generate-hashes"]
            command += [
                "--strip-extras",
                "--allow-unsafe",
                "--no-emit-index-url",
                "--no-emit-find-links",
            ]
            command += extra
            command += [*arguments, "--output-file", f"requirements/{name}.lock", "pyproject.toml"]
            say(" ".join(command[2:]))
            subprocess.run(command, cwd=ROOT, check=True)
    return 0


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - bootstrap runs on any python3 installed
        sys.exit("[bootstrap] Python 3.11 or newer is needed")
    commands = {"run": run, "test": test, "hall": hall, "lock": lock}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
