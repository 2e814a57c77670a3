"""Where the kiosk keeps its state (logs, last good content, PIN hash)."""

from __future__ import annotations

import contextlib
import os
import threading
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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a crash, a power cut or a full disk never
    leaves half a file under `path`; raises OSError (and leaves nothing) when it fails."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
