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
    """Admits image providers, Qt's own QML modules, the kiosk's QML and the content folder."""

    def __init__(self, roots: Callable[[], list[Path]]) -> None:
        super().__init__()
        self._roots = roots
        self.refused: list[str] = []

    def allowed_roots(self) -> list[Path]:
        qt_qml = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
        return [qt_qml.resolve(), *(root.resolve() for root in self._roots())]

    def admits(self, url: QUrl) -> bool:
        scheme = url.scheme()
        if scheme in ("image", "qrc"):
            return True
        if scheme != "file":
            return False
        path = Path(url.toLocalFile()).resolve()
        return any(path.is_relative_to(root) for root in self.allowed_roots())

    def intercept(self, url: QUrl, data_type) -> QUrl:
        if url.isEmpty() or self.admits(url):
            return QUrl(url)
        if data_type == QQmlAbstractUrlInterceptor.DataType.QmldirFile and url.isLocalFile():
            return QUrl(url)  # the engine probing its import paths for a module's qmldir
        self.refused.append(url.toString())
        log.warning("URL refused: %s", url.toString())
        return QUrl(REFUSED)
