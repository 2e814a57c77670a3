"""Which code is running: the package's version and, from a git checkout, its commit."""

from __future__ import annotations

from pathlib import Path

from kiosk import __version__
from kiosk.services.paths import PACKAGE_DIR


def git_commit(checkout: Path = PACKAGE_DIR.parent) -> str | None:
    """The commit checked out at `checkout`, read from .git without running git; None for an
    installed wheel or anything unreadable."""
    git = checkout / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:40] or None
        ref = head.removeprefix("ref: ")
        if (git / ref).is_file():
            return (git / ref).read_text().strip()[:40] or None
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split(" ", 1)[0]
    except (OSError, UnicodeDecodeError):
        return None
    return None


def build_description() -> str:
    """`0.1.0 (commit 1a2b3c4d5e6f)`, or just the version when the commit is not known."""
    commit = git_commit()
    return f"{__version__} (commit {commit[:12]})" if commit else __version__
