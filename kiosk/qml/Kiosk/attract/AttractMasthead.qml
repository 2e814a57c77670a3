import QtQuick
import KioskBackend
import Kiosk

// The zone's emblem and name over every beat of the attract loop: from across the hall a
// visitor knows whose screen it is before anything else.
Row {
    spacing: Theme.spacingL

    Emblem {
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.attractEmblem
        height: Theme.attractEmblem
    }
    KioskText {
        objectName: "attractZoneName"
        anchors.verticalCenter: parent.verticalCenter
        text: Site.title
        headline: true
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.NoWrap
    }
}
