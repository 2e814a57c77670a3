import QtQuick
import KioskBackend
import Kiosk

// One point of interest in the map's list: its kind's icon, name and one line, a large tap
// target that opens its card; faded when the year slider shows a year before it.
Rectangle {
    id: entry

    required property string pointId
    required property string name
    required property string icon
    required property string summary
    required property int year

    property int shownYear: 0

    objectName: "pointEntry-" + pointId
    readonly property real needed: Math.max(Theme.touchTarget, details.height + 2 * Theme.spacingS)

    height: needed
    radius: Theme.radiusSmall
    color: Theme.surface
    border.color: Theme.outline
    border.width: Theme.borderWidth
    opacity: entry.shownYear === 0 || entry.year === 0 || entry.year <= entry.shownYear ? 1 : 0.6
    Accessible.role: Accessible.Button
    Accessible.name: entry.name

    Image {
        id: glyph
        x: Theme.spacingS
        y: details.y + Theme.spacingXS
        source: "image://icon/" + entry.icon + "?color=" + encodeURIComponent(Theme.accent)
        sourceSize.width: Math.ceil(Theme.swatch * Theme.imageScale)
        sourceSize.height: Math.ceil(Theme.swatch * Theme.imageScale)
        width: Theme.swatch
        height: Theme.swatch
    }
    Column {
        id: details
        x: glyph.x + glyph.width + Theme.spacingS
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
            text: entry.summary
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
        onActivated: Navigator.openDetail(entry.pointId)
    }

    PressHalo {
        pressed: tap.pressed
        radius: entry.radius
    }
}
