import QtQuick
import KioskBackend
import Kiosk

// The band that opens an era in the timeline strip: its name and years on its colour.
// The owner sizes it; the band keeps the strip's spacing before the era's first card.
Item {
    id: root

    required property string section
    property bool portrait: false
    // A property, not a call: a language switch changes the era's row and reaches the band.
    readonly property var era: Timeline.eraInfo[section] ?? ({})

    Rectangle {
        objectName: "eraBand-" + root.section
        width: root.portrait ? root.width : root.width - Theme.spacingL
        height: root.portrait ? root.height - Theme.spacingL : root.height
        radius: Theme.radius
        color: root.era.colour ?? Theme.surface

        Column {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingM
            spacing: Theme.spacingXS

            KioskText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.era.title ?? ""
                font.pixelSize: Theme.fontHeading
                font.bold: true
                maximumLineCount: 3
            }
            KioskText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.era.yearsText ?? ""
                wrapMode: Text.NoWrap
            }
        }
    }
}
