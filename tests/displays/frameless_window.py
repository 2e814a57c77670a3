"""A minimal frameless fullscreen Qt Quick window of one colour: the control for what a
compositor shows of any such window, whatever the kiosk draws."""

import sys

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

QML = b'import QtQuick\nWindow { color: "#336699"; flags: Qt.Window | Qt.FramelessWindowHint }'


def main() -> int:
    app = QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(QML))
    window = engine.rootObjects()[0]
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
