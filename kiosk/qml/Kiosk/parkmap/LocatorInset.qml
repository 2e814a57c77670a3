import QtQuick
import KioskBackend
import Kiosk

// Where the zone is, small, beside the park plan: Shanxi with Shuozhou in the accent colour,
// named. A tap opens the locator's detail (the city and its districts). Tall beside the plan in
// landscape; a row under the park list in portrait.
Rectangle {
    id: root
    objectName: "locatorInset"

    readonly property bool row: width > height

    visible: ParkMap.locator.shown
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Button
    Accessible.name: Texts.t.location

    RegionDrawing {
        id: drawing
        x: Theme.spacingS
        y: Theme.spacingS
        width: root.row ? height / ParkMap.locator.height * ParkMap.locator.width : root.width - 2 * Theme.spacingS
        height: root.row ? root.height - 2 * Theme.spacingS : root.height - words.height - 3 * Theme.spacingS
    }

    Column {
        id: words
        x: root.row ? drawing.x + drawing.width + Theme.spacingM : Theme.spacingM
        y: root.row ? (root.height - height) / 2 : drawing.y + drawing.height + Theme.spacingS
        width: root.width - x - Theme.spacingM
        spacing: Theme.spacingXS

        KioskText {
            objectName: "locatorCity"
            width: parent.width
            text: ParkMap.locator.cityName
            font.pixelSize: Theme.fontHeading
            font.bold: true
            wrapMode: Text.NoWrap
        }
        KioskText {
            width: parent.width
            text: ParkMap.locator.provinceName + "  ·  " + Texts.t.location
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
        }
        OpenCue {
            onDark: true
        }
    }

    VisitorTap {
        id: tap
        onActivated: Navigator.openDetail("location")
    }
    PressHalo {
        pressed: tap.pressed
        radius: root.radius
    }
}
