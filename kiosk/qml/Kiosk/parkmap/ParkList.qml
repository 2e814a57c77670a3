pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The parks by name, each a large tap target; parks not yet founded in the chosen year fade.
Flickable {
    id: root

    property int year: 0

    contentHeight: column.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.VerticalFlick

    Column {
        id: column
        width: root.width
        spacing: Theme.spacingS

        Repeater {
            model: ParkMap.parks

            Rectangle {
                id: entry
                required property string parkId
                required property string name
                required property string role
                required property color colour
                required property int established

                objectName: "parkEntry-" + parkId
                width: column.width
                height: Math.max(Theme.touchTarget, details.height + 2 * Theme.spacingS)
                radius: Theme.radiusSmall
                color: Theme.surface
                border.color: entry.colour
                border.width: Theme.borderWidth
                opacity: root.year === 0 || entry.established === 0 || entry.established <= root.year ? 1 : 0.6
                Accessible.role: Accessible.Button
                Accessible.name: entry.name

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
                    width: chevron.x - x - Theme.spacingS
                    spacing: Theme.spacingXS

                    KioskText {
                        width: parent.width
                        text: entry.name
                        balanced: true
                        font.bold: true
                        maximumLineCount: 2
                    }
                    KioskText {
                        width: parent.width
                        text: entry.role
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        maximumLineCount: 2
                    }
                }

                OpenCue {
                    id: chevron
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacingM
                    anchors.verticalCenter: parent.verticalCenter
                    onDark: true
                    chevronOnly: true
                }

                VisitorTap {
                    id: tap
                    onActivated: Navigator.openDetail(entry.parkId)
                }

                PressHalo {
                    pressed: tap.pressed
                    radius: entry.radius
                }
            }
        }
    }
}
