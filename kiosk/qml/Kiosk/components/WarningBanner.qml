import QtQuick
import Kiosk

// A strip that cannot be missed: used when no Chinese font exists or content is a snapshot.
Rectangle {
    id: root

    property string text: ""

    visible: text !== ""
    implicitHeight: label.implicitHeight + 2 * Theme.spacingS
    color: Theme.danger

    KioskText {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacingS
        text: root.text
        color: Theme.dangerText
        font.pixelSize: Theme.fontSmall
        verticalAlignment: Text.AlignVCenter
    }
}
