import QtQuick
import KioskBackend
import Kiosk

// The zone's emblem (site.logo), square; nothing at all when the content names none, and no
// stand-in while it loads (it fades in). Asked for from the event loop, never while the kiosk's
// Python start-up code still holds the interpreter (resizing the window): the picture loader
// thread calls the Python image provider, and the two would wait on each other.
Image {
    id: root

    property bool ready: false

    visible: Site.logo !== ""
    source: ready ? Site.logo : ""
    width: Theme.emblemSize
    height: Theme.emblemSize
    sourceSize.width: Math.ceil(width * Theme.imageScale)
    sourceSize.height: Math.ceil(height * Theme.imageScale)
    fillMode: Image.PreserveAspectFit
    asynchronous: true
    smooth: true
    opacity: status === Image.Ready ? 1 : 0

    Behavior on opacity {
        enabled: !Session.instant
        NumberAnimation { duration: Theme.durationShort }
    }

    Timer {
        interval: 0
        running: true
        onTriggered: root.ready = true
    }
}
