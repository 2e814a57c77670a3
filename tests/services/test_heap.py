"""Freed pictures give their memory back: with glibc's threshold fixed, large blocks freed
between smaller long-lived ones do not stay in the heap (run in fresh interpreters)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.services.heap import return_large_blocks

# A 16 MB block freed first raises glibc's own threshold; then six 4 MB "pictures", each
# followed by a 300 KB block that outlives it (a glyph run, a model row), are freed.
VISIT = """
import sys
from pathlib import Path

def dirty():
    rollup = Path("/proc/self/smaps_rollup").read_text().splitlines()
    return sum(int(line.split()[1]) for line in rollup if line.startswith("Private_Dirty:")) / 1024

if sys.argv[1] == "fixed":
    from kiosk.services.heap import return_large_blocks
    assert return_large_blocks()
first = bytearray(16 << 20)
del first
before = dirty()
pictures, kept = [], []
for _ in range(6):
    picture = bytearray(4 << 20)
    picture[::4096] = b"x" * len(picture[::4096])
    pictures.append(picture)
    kept.append(bytes(300 * 1024))
del pictures
print(dirty() - before)
"""


def held_after_freeing(policy: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", VISIT, policy], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


@pytest.mark.skipif(not return_large_blocks(), reason="not glibc")
def test_freed_pictures_leave_the_heap() -> None:
    assert held_after_freeing("glibc's default") > 16  # what the fix is for
    assert held_after_freeing("fixed") < 8  # the 300 KB blocks and a little more
