"""The random visitor of `monkey_visit.py`, run in a fresh pytest process as a kiosk runs.

Why a process of its own: its memory is judged by the trend of settled samples, and in the
suite's process the ~160 tests before it leave a fragmented heap behind. There, slides onto or
off the map grew that heap in steps of ~3 MB that it then kept (malloc keeps freed memory for
reuse), which read as +12.6 MB over 3,000 events in CI; a fresh process running the same
visitor for 6,000 events stayed flat. A kiosk starts in a fresh process too.

CI runs 1,800 events (the suite keeps under 15 minutes on 2 cores); `KIOSK_MONKEY_EVENTS=50000` runs the long version (about 40 minutes),
`KIOSK_MONKEY_SEED` replays another visitor; both reach the child through the environment.
The child writes to this process's output, so pytest shows its report on failure (and as it
goes with `-s`, which a long run wants).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

VISIT = Path(__file__).with_name("monkey_visit.py")
EVENTS = int(os.environ.get("KIOSK_MONKEY_EVENTS", "1800"))
# Only against a hang: 1,800 events take about 1.7 minutes on 2 cores.
TIMEOUT_S = 120 + EVENTS * 0.5


def test_a_random_visitor_breaks_nothing() -> None:
    command = [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(VISIT)]
    child = subprocess.run(command, cwd=ROOT, timeout=TIMEOUT_S, check=False)
    # pytest exits with 0 only when the visitor's test was collected and passed.
    assert child.returncode == 0, "the visitor's run failed: its report is in the output"
