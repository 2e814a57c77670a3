"""A third language is data: one row in the language table and its catalogue entries, and the
model, the schema, `kiosk check` and the language control (now a picker) all follow.

The language table is read when the content model is built, so the checks run in a pytest of
their own with the plugin that adds Japanese loaded first (tests/third_language/japanese.py)."""

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_a_third_language_needs_only_its_row_its_texts_and_its_content() -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.third_language.japanese",
            "-q",
            "tests/third_language/checks.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert re.search(r"^3 passed", run.stdout, re.MULTILINE), run.stdout
