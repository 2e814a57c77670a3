"""The layers hold: each imports only those below it (import-linter's contracts in
pyproject.toml), and the content core stays free of Qt, so `kiosk check` logic and tools can
use it anywhere."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_the_import_contracts_are_kept() -> None:
    """In a process of its own: import-linter reconfigures logging, which the tests that read
    the kiosk's log then no longer see."""
    command = [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_content_package_does_not_import_qt() -> None:
    code = (
        "import sys, kiosk.content, kiosk.content.schema, kiosk.content.display;"
        "print(sorted(name for name in sys.modules if name.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
