import QtQuick
import KioskBackend
import Kiosk

// Shown only when neither content.yaml nor the last good copy can be used: a calm page for
// visitors (never a blank screen) while the kiosk keeps watching for a fix. The details are on
// the staff page (hold the top-left corner), in the log and in `kiosk check`.
Rectangle {
    objectName: "contentUnavailable"
    color: Theme.background

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingXL
        spacing: Theme.spacingL

        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: "image://icon/fa5s.tools?color=" + encodeURIComponent(Theme.accent)
            sourceSize.width: Math.ceil(Theme.iconLarge * Theme.imageScale)
            sourceSize.height: Math.ceil(Theme.iconLarge * Theme.imageScale)
            width: Theme.iconLarge
            height: Theme.iconLarge
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Texts.t.contentUnavailable
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Texts.t.contentUnavailableHint
            color: Theme.textMuted
        }
    }
}
