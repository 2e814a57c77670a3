import QtQuick
import Kiosk

// A figure's change: up or down with an arrow, or a share or rate, each in its own colour.
Rectangle {
    id: root

    property var figure: ({})
    readonly property string direction: figure.changeDirection ?? ""

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
            anchors.verticalCenter: parent.verticalCenter
            readonly property string icon: root.direction === "up" ? "fa5s.arrow-up" : (root.direction === "down" ? "fa5s.arrow-down" : "fa5s.chart-pie")
            source: root.visible ? "image://icon/" + icon + "?color=" + encodeURIComponent(Theme.text) : ""
            sourceSize.width: Theme.fontSmall
            sourceSize.height: Theme.fontSmall
        }
        KioskText {
            anchors.verticalCenter: parent.verticalCenter
            text: (root.figure.changeLabel ?? "") + " " + (root.figure.changeText ?? "")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.NoWrap
        }
    }
}
