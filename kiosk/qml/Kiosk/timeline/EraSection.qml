import QtQuick
import KioskBackend
import Kiosk

// The chapter heading that opens an era in the timeline strip: a rule in the era's colour, its
// name and years. Drawn as a divider, not a card, since it does not open anything.
// The owner sizes it; the heading keeps the strip's spacing before the era's first card.
Item {
    id: root

    required property string section
    property bool portrait: false
    // A property, not a call: a language switch changes the era's row and reaches the band.
    readonly property var era: Timeline.eraInfo[section] ?? ({})
    readonly property color colour: root.era.colour ?? Theme.outline

    Item {
        objectName: "eraBand-" + root.section
        width: root.portrait ? root.width : root.width - Theme.spacingL
        height: root.portrait ? root.height - Theme.spacingL : root.height

        Rectangle {
            width: root.portrait ? parent.width : Theme.eraRuleWidth
            height: root.portrait ? Theme.eraRuleWidth : parent.height
            radius: Theme.eraRuleWidth / 2
            color: root.colour
        }

        Column {
            x: root.portrait ? 0 : Theme.eraRuleWidth + Theme.spacingM
            y: root.portrait ? Theme.eraRuleWidth + Theme.spacingS : (parent.height - height) / 2
            width: parent.width - x
            spacing: Theme.spacingXS

            KioskText {
                width: parent.width
                text: root.era.title ?? ""
                balanced: true
                font.pixelSize: Theme.fontHeading
                font.bold: true
                maximumLineCount: 3
            }
            KioskText {
                width: parent.width
                text: root.era.yearsText ?? ""
                color: Theme.textMuted
                wrapMode: Text.NoWrap
            }
        }
    }
}
