"""What is in the content folder's assets/: file names, sizes and times, bounded.

Why bounded and apart: `assets` may hold (or link to) a tree of a hundred thousand files; a walk
of it froze the screen for seconds when it ran on the GUI thread. This walk runs in a worker
thread, never leaves the content folder (a link out of it is not followed; `os.walk` follows no
link below the top), and stops after MAX_ENTRIES entries.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("kiosk.reload")
MAX_ENTRIES = 20_000
MAX_FOLDERS = 200
MAX_FILES = 2000  # pictures are watched one by one: overwriting one in place changes no folder

Signature = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class AssetScan:
    signature: Signature  # content.yaml and every file found: name, size, modification time
    folders: tuple[
        str, ...
    ]  # to watch: the content folder and assets/ folders, MAX_FOLDERS at most
    files: tuple[str, ...]  # to watch: content.yaml and regular files, MAX_FILES at most
    complete: bool  # False when the walk stopped at MAX_ENTRIES or was not allowed
    why_incomplete: str = ""


def scan(content_path: Path) -> AssetScan:
    folder = content_path.parent
    assets = folder / "assets"
    entries: list[tuple[str, int, int]] = []
    folders = [str(folder)]
    files: list[str] = []
    complete, why = True, ""
    _add(content_path, entries, files)
    if _inside(assets, folder):
        seen = 0
        for root, dirs, names in os.walk(assets):
            if len(folders) < MAX_FOLDERS:
                folders.append(root)
            seen += len(dirs) + len(names)
            for name in names:
                _add(Path(root) / name, entries, files)
            if seen >= MAX_ENTRIES:
                complete, why = False, f"assets/ has more than {MAX_ENTRIES} entries"
                break
    elif os.path.lexists(assets):
        complete, why = False, "assets/ is a link out of the content folder (not followed)"
    return AssetScan(tuple(sorted(entries)), tuple(folders), tuple(files), complete, why)


def _inside(assets: Path, folder: Path) -> bool:
    try:
        return assets.is_dir() and assets.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def _add(path: Path, entries: list[tuple[str, int, int]], files: list[str]) -> None:
    try:
        info = path.stat()
    except (OSError, RuntimeError):
        return
    entries.append((str(path), info.st_size, info.st_mtime_ns))
    if len(files) < MAX_FILES and stat.S_ISREG(info.st_mode):
        files.append(str(path))
