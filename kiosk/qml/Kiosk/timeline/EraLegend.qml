import QtQuick
import KioskBackend
import Kiosk

// The eras of the timeline as coloured chips with their years.
Flow {
    id: root
    spacing: Theme.spacingM

    Repeater {
        model: Timeline.eras

        Row {
            id: chip
            required property string title
            required property string yearsText
            required property color colour
            spacing: Theme.spacingS

            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.swatch
                height: Theme.swatch
                radius: Theme.radiusSmall
                color: chip.colour
            }
            KioskText {
                anchors.verticalCenter: parent.verticalCenter
                text: chip.title + "  " + chip.yearsText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.NoWrap
            }
        }
    }
}
