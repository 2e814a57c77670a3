"""Save what an X server's screen shows: `python -m tests.displays.grab_x OUT.png` with DISPLAY
set. A process of its own, a client of that server like any screenshot tool: it reads the root
window, so it sees every window as the server composes them (no window manager, no compositor).
"""

import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication([sys.argv[0], "-platform", "xcb"])
    image = app.primaryScreen().grabWindow(0)
    return 0 if image.save(sys.argv[1]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
