"""Nothing reaches the network, and QML loads only what the kiosk ships and the content folder.

Why both: a `Text` in rich-text mode fetches `<img src="http://…">` through the engine's
network access manager without asking the URL interceptor, while an `Image` or a `Loader`
resolves its URL through the interceptor. So the manager denies every request that is not a
local file, and the interceptor turns any URL outside the allowed folders into one that fails.

Caution: Qt calls the interceptor from its QML loader thread. A Python call that blocks the GUI
thread until QML is loaded (`QQmlEngine.singletonInstance`, a synchronous `QQmlComponent`)
holds the GIL the interceptor needs and deadlocks; load from files through the engine only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkRequest
from PySide6.QtQml import QQmlAbstractUrlInterceptor, QQmlNetworkAccessManagerFactory

log = logging.getLogger("kiosk.sandbox")
# Where refused URLs are sent: a resource that does not exist, so loading fails locally and
# the engine's probing of import paths goes on as for any missing file.
REFUSED = QUrl("qrc:/kiosk/refused")


class DenyingNetworkAccessManager(QNetworkAccessManager):
    """Answers every non-local request with an error, without opening a connection."""

    def createRequest(self, operation, request: QNetworkRequest, data=None):
        url = request.url()
        if url.scheme() not in ("file", "qrc"):
            log.warning("network request refused: %s", url.toString())
            refused = QNetworkRequest(request)
            refused.setUrl(QUrl("refused:"))
            return super().createRequest(operation, refused, data)
        return super().createRequest(operation, request, data)


class DenyAllNetworkFactory(QQmlNetworkAccessManagerFactory):
    def __init__(self) -> None:
        super().__init__()
        self._managers: list[QNetworkAccessManager] = []

    def create(self, parent) -> QNetworkAccessManager:
        manager = DenyingNetworkAccessManager(parent)
        self._managers.append(manager)
        return manager


class LocalOnlyInterceptor(QQmlAbstractUrlInterceptor):
    """Admits image providers, Qt's own QML modules, the kiosk's QML and the content folder.

    Qt asks about every file it loads (about 60 at start), so the installed folders are
    matched by their normalised path, worked out once; only paths into the staff's content
    folder, where a symlink could lead anywhere, are resolved through the file system.
    """

    def __init__(self, installed: list[Path], content: Callable[[], Path | None]) -> None:
        super().__init__()
        qt_qml = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
        self._installed = tuple(
            os.path.join(os.path.realpath(folder), "") for folder in (qt_qml, *installed)
        )
        self._content = content
        self.refused: list[str] = []

    def admits(self, url: QUrl) -> bool:
        scheme = url.scheme()
        if scheme in ("image", "qrc"):
            return True
        if scheme != "file":
            return False
        path = os.path.normpath(url.toLocalFile())
        if path.startswith(self._installed):
            return True
        content = self._content()
        return content is not None and Path(path).resolve().is_relative_to(content.resolve())

    def intercept(self, url: QUrl, data_type) -> QUrl:
        if url.isEmpty() or self.admits(url):
            return QUrl(url)
        if data_type == QQmlAbstractUrlInterceptor.DataType.QmldirFile and url.isLocalFile():
            return QUrl(url)  # the engine probing its import paths for a module's qmldir
        self.refused.append(url.toString())
        log.warning("URL refused: %s", url.toString())
        return QUrl(REFUSED)
