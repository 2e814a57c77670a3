import QtQuick
import KioskBackend
import Kiosk

// The zone's emblem (site.logo), square; nothing at all when the content names none, and no
// stand-in while it loads (it fades in).
Image {
    id: root

    visible: Site.logo !== ""
    source: Site.logo
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
}
