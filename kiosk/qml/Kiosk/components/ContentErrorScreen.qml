import QtQuick
import KioskBackend
import Kiosk

// Shown only when neither content.yaml nor the last good copy can be used: never a blank screen.
Rectangle {
    color: Theme.background

    Column {
        anchors.fill: parent
        anchors.margins: Theme.spacingXL
        spacing: Theme.spacingM

        KioskText {
            width: parent.width
            text: Kiosk.ui.contentError ?? ""
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        KioskText {
            width: parent.width
            text: Kiosk.ui.contentErrorHint ?? ""
            color: Theme.textMuted
        }
        Repeater {
            model: Kiosk.issues.slice(0, 12)

            KioskText {
                required property string modelData
                width: parent.width
                text: modelData
                font.pixelSize: Theme.fontSmall
                maximumLineCount: 3
            }
        }
    }
}
