"""Build the kiosk: content store, fonts, QML engine and window. The one module that knows all."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QStandardPaths, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow

from kiosk.backend.backend import Backend
from kiosk.backend.icons import IconProvider
from kiosk.backend.images import ContentImageProvider
from kiosk.backend.panels import item_kind
from kiosk.content.languages import codes
from kiosk.services.admin import PinStore
from kiosk.services.decoder import Decoder
from kiosk.services.fonts import choose_font
from kiosk.services.heap import return_large_blocks
from kiosk.services.idle import IdleMonitor
from kiosk.services.imagecache import ImageCache
from kiosk.services.pointer import PointerGuard
from kiosk.services.sandbox import DenyAllNetworkFactory, LocalOnlyInterceptor
from kiosk.services.screens import FullScreenKeeper
from kiosk.services.startview import StartView, StartViewFile
from kiosk.services.store import ContentStore
from kiosk.services.usage import UsageLog
from kiosk.services.watcher import ContentWatcher

if TYPE_CHECKING:
    from kiosk.services.lockdown import KeyAllowList

log = logging.getLogger("kiosk")
QML_DIR = Path(__file__).resolve().parent / "qml"
# The exit code that asks for a fresh process: the supervisor (systemd) restarts any exit, and
# `kiosk run` started by hand starts itself again.
RESTART_EXIT_CODE = 75
FIRST_FRAME_PATIENCE_MS = 3000
SOFTWARE_PIXELS = 2560 * 1440  # above this, the software renderer misses the frame targets


@dataclass(frozen=True)
class KioskOptions:
    content_path: Path
    state_dir: Path | None
    windowed: bool = False
    size: QSize | None = None
    language: str | None = None
    open_link: str | None = None
    screen: str | None = None  # a screen's name or number (`--screen`); else the content's


class KioskApp(QObject):
    """Owns everything that lives as long as the window; `close()` tears it down in order."""

    def __init__(self, options: KioskOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        return_large_blocks()
        self.options = options
        self.qml_warnings: list[str] = []
        self.store = ContentStore(options.content_path, options.state_dir, self)
        self.start_view = StartViewFile(options.state_dir)
        preview = self.start_view.read(options.content_path)
        self._preview_screen = preview.screen if preview else None
        if preview is None:
            self.store.load()
        self.watcher = ContentWatcher(options.content_path, parent=self)
        self.watcher.changed.connect(self.store.reload_async)
        self.font = font = choose_font(options.content_path.parent / "assets" / "fonts")
        if font.family:
            app_font = QFont(font.family)
            app_font.setPixelSize(30)
            QGuiApplication.setFont(app_font)
        self.backend = Backend(
            self.store,
            font,
            PinStore(options.state_dir),
            self,
            preview=preview,
            pin_first=not options.windowed,
        )
        self.backend.admin.exitRequested.connect(QGuiApplication.quit)
        self.backend.admin.restartRequested.connect(lambda: QGuiApplication.exit(RESTART_EXIT_CODE))
        self.idle = self._start_idle_monitor()
        self.usage = self._start_usage_log(options.state_dir)
        if options.language:
            self.backend.session.language = options.language
        self.engine = QQmlApplicationEngine()
        self.network = DenyAllNetworkFactory()
        self.engine.setNetworkAccessManagerFactory(self.network)
        self.interceptor = LocalOnlyInterceptor([QML_DIR], self._content_dir)
        self.engine.addImportPath(str(QML_DIR))
        self.icons = IconProvider(_icon_cache_dir())
        self.engine.addImageProvider("icon", self.icons)
        cache_dir = options.state_dir / "image-cache" if options.state_dir else None
        self.decoder = Decoder()
        self.image_cache = ImageCache(cache_dir, self.decoder)
        self.pictures = ContentImageProvider(
            self._content_dir, self.image_cache, self.store.pictureNotShown.emit
        )
        self.engine.addImageProvider("content", self.pictures)
        self.engine.warnings.connect(self._on_warnings)
        self.engine.setInitialProperties({"kioskMode": not options.windowed})
        self.engine.loadFromModule("Kiosk", "Main")
        # The interceptor guards what is loaded from here on. Main and Home name only the
        # kiosk's own files, Qt's modules and the image providers, all of which it admits, and
        # each question is a call into Python from Qt's loader thread (~170 before the first
        # frame, ~10 ms in all).
        self.engine.addUrlInterceptor(self.interceptor)
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("the QML user interface failed to load (see the log)")
        self.window: QQuickWindow = roots[0]
        # On the window, not the application: every touch, click, wheel and key reaches the
        # window first, and an application filter would take every event of every object
        # through Python (it also cost ~25 ms of start: PySide then builds ~90 enum classes).
        self.window.installEventFilter(self.idle)
        # Installed last, so it sees each event first: a dropped copy never counts as input.
        self.pointer = PointerGuard(self)
        self.window.installEventFilter(self.pointer)
        self.backend.session.set_tap_judge(self.pointer.accept_tap)
        self.keys: KeyAllowList | None = None  # kiosk mode's key filter, after the first frame
        self._start_finished = False
        # From the event loop, not from inside the frame's signal; a window never exposed
        # draws no frame, so the start also finishes after a while without one.
        self.window.firstFrameShownChanged.connect(
            lambda: QTimer.singleShot(0, self, self._after_first_frame)
        )
        QTimer.singleShot(FIRST_FRAME_PATIENCE_MS, self, self._after_first_frame)
        self.store.contentChanged.connect(self._save_start_view)
        self.screens: FullScreenKeeper | None = None
        self._show_window()
        # Everything built so far (modules, classes, Qt wrappers) lives as long as the process:
        # kept out of the collector's view, a full collection no longer walks it, which used to
        # stall a frame for ~40 ms now and then (measured while content reloaded).
        gc.freeze()
        if not self.backend.site.loading:
            self._open_start_link()

    def _show_window(self) -> None:
        if self.options.windowed:
            if self.options.size is not None:
                self.window.resize(self.options.size)
            self.window.show()
            return
        self.screens = FullScreenKeeper(self.window, self._wanted_screen(), self)
        self.screens.place()
        self.store.contentChanged.connect(lambda: self.screens.set_wanted(self._wanted_screen()))

    def _open_start_link(self) -> None:
        """`--open LINK`, once the content is there (after the first frame on a fast start)."""
        link = self.options.open_link
        if link and not self.backend.navigator.openLink(link):
            log.warning(
                "--open %s: no such screen; links are timeline/<event id>, map/<park id>, "
                "figures/<group or figure id> (ids as in content.yaml); starting on Home",
                link,
            )

    def _wanted_screen(self) -> str | None:
        """The command line's screen, else the content's (or the start view's), else None."""
        if self.options.screen:
            return self.options.screen
        content = self.backend.content
        if content is not None:
            return content.kiosk.screen
        return self._preview_screen

    def _after_first_frame(self) -> None:
        """What can wait until Home is on screen: kiosk mode's lockdown and, after a start from
        the start view, validating content.yaml (the panels wait for it)."""
        if self._start_finished:
            return
        self._start_finished = True
        self._warn_of_software_rendering()
        if not self.options.windowed:
            # Imported here: its key table needs Qt's `Qt` namespace, whose first import builds
            # ~90 enum classes, and its application filter costs a cascade more (~60 ms).
            from kiosk.services.lockdown import lock_down

            self.keys = lock_down(QGuiApplication.instance())
        if self.backend.site.loading:
            self.store.load()  # a success saves the start view (contentChanged)
            self.backend.end_preview()
            gc.freeze()  # as at the end of __init__: the content stack is here for good
            self._open_start_link()
        else:
            self._save_start_view()  # loaded in __init__, before contentChanged was connected

    def _warn_of_software_rendering(self) -> None:
        """The software renderer fills every pixel on the CPU: on a screen well above 1080p
        its frames take ~30 ms (docs/performance.md, the 4K column); say so once, in the log."""
        pixels = self.window.width() * self.window.height() * self.window.devicePixelRatio() ** 2
        if pixels > SOFTWARE_PIXELS and _software_rendered(self.window):
            log.warning(
                "drawing %dx%d with the software renderer: expect slower frames than at 1080p; "
                "a GPU (QT_QUICK_BACKEND unset) draws 4K smoothly",
                self.window.width(),
                self.window.height(),
            )

    def _save_start_view(self) -> None:
        current = self.store.current
        if current is None or self.store.from_snapshot:
            return
        info = {lang: self.backend.site_texts_for(lang) for lang in codes()}
        settings = current.content.kiosk
        self.start_view.save(
            StartView(current.digest, settings.default_language, info, settings.screen)
        )

    def _start_idle_monitor(self) -> IdleMonitor:
        content = self.backend.content
        admin = self.backend.admin
        idle = IdleMonitor(content.kiosk.idle_seconds if content else 90, parent=self)
        idle.stateChanged.connect(self.backend.session.set_idle_state)
        idle.sessionEnded.connect(self.backend.reset)
        admin.openChanged.connect(
            lambda: idle.hold("admin") if admin.isOpen else idle.release("admin")
        )
        self.store.contentChanged.connect(self._apply_idle_time)
        idle.start()
        return idle

    def _start_usage_log(self, state_dir: Path | None) -> UsageLog:
        usage = UsageLog(state_dir)
        navigator = self.backend.navigator
        self.idle.pressed.connect(usage.tap)
        self.idle.sessionEnded.connect(usage.end_session)
        navigator.currentPanelChanged.connect(lambda: usage.record("panel", navigator.currentPanel))
        navigator.detailChanged.connect(
            lambda: usage.record(item_kind(navigator.currentPanel), navigator.detail)
        )
        self.backend.admin.set_usage_source(lambda: _usage_today(state_dir) if state_dir else None)
        return usage

    def _apply_idle_time(self) -> None:
        content = self.backend.content
        if content is not None:
            self.idle.set_times(content.kiosk.idle_seconds)

    def _content_dir(self) -> Path | None:
        current = self.store.current
        return current.base_dir if current else None

    def _on_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            self.qml_warnings.append(warning.toString())
            log.warning("QML: %s", warning.toString())

    def close(self) -> None:
        """Delete the engine before the application, as Qt requires."""
        app = QGuiApplication.instance()
        self.decoder.close()  # first: a decode under way ends now, and the gate need not wait
        for provider in (self.icons, self.pictures):
            provider.gate.close()
        if self.screens is not None:
            self.screens.stop()
        self.window.removeEventFilter(self.pointer)
        self.window.removeEventFilter(self.idle)
        self.usage.close()
        self._start_finished = True
        if self.keys is not None:
            from kiosk.services.lockdown import release

            release(app, self.keys)
        self.backend.admin.allow_exit()
        self.window.close()
        self.engine.deleteLater()
        del self.engine
        # Delete our Qt objects on this (the GUI) thread now. Left to Python's garbage
        # collector they might be freed from the content-reload thread, where Qt cannot stop
        # their timers and file watches (and misbehaves badly).
        self.deleteLater()
        gc.unfreeze()  # what was frozen at start may be garbage now
        gc.collect()


def _software_rendered(window: QQuickWindow) -> bool:
    from PySide6.QtQuick import QSGRendererInterface

    api = window.rendererInterface().graphicsApi()
    return api == QSGRendererInterface.GraphicsApi.Software


def _usage_today(state_dir: Path) -> tuple[int, float]:
    """Read when the admin page opens; the report module is not needed before that."""
    from kiosk.services.usagestats import usage_today

    return usage_today(state_dir)


def _icon_cache_dir() -> Path | None:
    """Beside Qt's own QML cache (~/.cache/<app>/), which survives a new state folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "icons" if location else None
