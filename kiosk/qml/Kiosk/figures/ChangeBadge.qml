import QtQuick
import Kiosk

// A figure's change: up or down with an arrow, or a share or rate, each in its own colour.
Rectangle {
    id: root

    property string direction: ""  // "up", "down", "share" or "rate"; "" for no change
    property string text: ""
    property real maximumWidth: Theme.cardWidth

    visible: direction !== ""
    width: row.implicitWidth + 2 * Theme.spacingS
    height: row.implicitHeight + Theme.spacingXS
    radius: Theme.radiusSmall
    color: direction === "up" ? Theme.up : (direction === "down" ? Theme.down : Theme.share)

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingXS

        Image {
            anchors.top: parent.top
            anchors.topMargin: Theme.spacingXS
            readonly property string icon: root.direction === "up" ? "fa5s.arrow-up" : (root.direction === "down" ? "fa5s.arrow-down" : "fa5s.chart-pie")
            source: root.visible ? "image://icon/" + icon + "?color=" + encodeURIComponent(Theme.text) : ""
            sourceSize.width: Math.ceil(Theme.fontSmall * Theme.imageScale)
            sourceSize.height: Math.ceil(Theme.fontSmall * Theme.imageScale)
            width: Theme.fontSmall
            height: Theme.fontSmall
        }
        KioskText {
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, root.maximumWidth - Theme.fontSmall - Theme.spacingXS - 2 * Theme.spacingS)
            text: root.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
            maximumLineCount: 2
        }
    }
}
