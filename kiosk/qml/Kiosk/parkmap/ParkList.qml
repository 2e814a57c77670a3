pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The parks as a tappable list, with the selected park's card below it.
Flickable {
    id: root

    property string selectedParkId: ""
    signal parkChosen(string parkId)

    contentHeight: column.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    Column {
        id: column
        width: root.width
        spacing: Theme.spacingS

        Repeater {
            model: Kiosk.parks

            Rectangle {
                id: entry
                required property string parkId
                required property string name
                required property string role
                required property color colour
                required property string description
                required property var industries
                readonly property bool selected: root.selectedParkId === parkId

                objectName: "parkEntry-" + parkId
                width: column.width
                height: Math.max(Theme.touchTarget, details.height + 2 * Theme.spacingS)
                radius: Theme.radiusSmall
                color: selected ? Theme.card : Theme.surface
                border.color: entry.colour
                border.width: Theme.borderWidth

                Rectangle {
                    id: swatch
                    x: Theme.spacingS
                    y: Theme.spacingS + Theme.spacingXS
                    width: Theme.swatch
                    height: Theme.swatch
                    radius: Theme.radiusSmall
                    color: entry.colour
                }
                Column {
                    id: details
                    x: swatch.x + swatch.width + Theme.spacingS
                    y: Theme.spacingS
                    width: parent.width - x - Theme.spacingS
                    spacing: Theme.spacingXS

                    KioskText {
                        width: parent.width
                        text: entry.name
                        color: entry.selected ? Theme.cardText : Theme.text
                        font.bold: true
                        maximumLineCount: 2
                    }
                    KioskText {
                        width: parent.width
                        text: entry.role
                        color: entry.selected ? Theme.cardMuted : Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        maximumLineCount: 2
                    }
                    KioskText {
                        width: parent.width
                        visible: entry.selected
                        text: (Kiosk.ui.industries ?? "") + "：" + entry.industries.join("、")
                        color: Theme.cardText
                        font.pixelSize: Theme.fontSmall
                    }
                    KioskText {
                        width: parent.width
                        visible: entry.selected
                        text: entry.description
                        color: Theme.cardText
                        font.pixelSize: Theme.fontSmall
                    }
                }

                TapHandler {
                    onTapped: root.parkChosen(entry.parkId)
                }
            }
        }
    }
}
