"""Where the kiosk keeps its state (logs, last good content, PIN hash)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BUNDLED_CONTENT = PACKAGE_DIR.parent / "content.yaml"


def default_state_dir() -> Path:
    """`KIOSK_STATE_DIR`, else `$XDG_STATE_HOME/kiosk`, else `~/.local/state/kiosk`."""
    if override := os.environ.get("KIOSK_STATE_DIR"):
        return Path(override)
    xdg = os.environ.get("XDG_STATE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "state"
    return base / "kiosk"


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    temporary.replace(path)
