"""The package's own files, and writing a file so that it is whole or absent."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# The example content shipped with the package: what `kiosk init` copies and a first run shows.
BUNDLED_CONTENT = PACKAGE_DIR / "example" / "content.yaml"


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
