import QtQuick
import KioskBackend
import Kiosk

// One park in the list: its colour, name and role, a large tap target that opens its card;
// faded when the year slider shows a year before it was founded.
Rectangle {
    id: entry

    required property string parkId
    required property string name
    required property string role
    required property color colour
    required property int established

    property int year: 0

    objectName: "parkEntry-" + parkId
    readonly property real needed: Math.max(Theme.touchTarget, details.height + 2 * Theme.spacingS)

    height: needed
    radius: Theme.radiusSmall
    color: Theme.surface
    border.color: entry.colour
    border.width: Theme.borderWidth
    opacity: entry.year === 0 || entry.established === 0 || entry.established <= entry.year ? 1 : 0.6
    Accessible.role: Accessible.Button
    Accessible.name: entry.name

    Rectangle {
        id: swatch
        x: Theme.spacingS
        y: details.y + Theme.spacingXS
        width: Theme.swatch
        height: Theme.swatch
        radius: Theme.radiusSmall
        color: entry.colour
    }
    Column {
        id: details
        x: swatch.x + swatch.width + Theme.spacingS
        y: (entry.height - height) / 2
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
