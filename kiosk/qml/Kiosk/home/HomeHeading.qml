import QtQuick
import KioskBackend
import Kiosk

// Home's words: the emblem, the zone's name in the display face, the subtitle and the one line
// a visitor should take away ("32年 · 一区五园 · 99.86平方公里"). Left-aligned beside the picture
// in landscape, centred above it in portrait.
Column {
    id: root

    property bool centred: false
    // The large-text mode leaves the subtitle out where the heading would otherwise crowd.
    property bool brief: false
    readonly property int alignment: centred ? Text.AlignHCenter : Text.AlignLeft

    spacing: Theme.spacingM

    // The emblem and the name as one lockup: side by side in landscape, stacked in portrait.
    Item {
        id: lockup
        width: root.width
        readonly property real emblemSpace: emblem.visible ? emblem.height : 0
        height: root.centred ? emblemSpace + (emblem.visible ? Theme.spacingM : 0) + title.height : Math.max(emblemSpace, title.height)

        Emblem {
            id: emblem
            objectName: "homeEmblem"
            x: root.centred ? (root.width - width) / 2 : 0
            y: root.centred ? 0 : (lockup.height - height) / 2
        }
        KioskText {
            id: title
            objectName: "homeTitle"
            x: root.centred || !emblem.visible ? 0 : emblem.width + Theme.spacingL
            y: root.centred ? lockup.height - height : (lockup.height - height) / 2
            width: root.width - x
            horizontalAlignment: root.alignment
            text: Site.title
            balanced: true
            headline: true
            // A name too long for two lines at the display size (English) is set smaller
            // rather than cut off.
            font.pixelSize: nameMetrics.advanceWidth > Theme.twoLineShare * width ? Theme.fontTitle : Theme.fontDisplay
            font.bold: true
            maximumLineCount: 2
        }
        TextMetrics {
            id: nameMetrics
            font.family: Theme.headlineFamily
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            text: Site.title
        }
    }
    Rectangle {
        x: root.centred ? (root.width - width) / 2 : 0
        width: Theme.iconLarge * 2
        height: Theme.spacingXS
        radius: height / 2
        color: Theme.accent
    }
    KioskText {
        objectName: "homeSubtitle"
        width: parent.width
        visible: !root.brief && text !== ""
        horizontalAlignment: root.alignment
        text: Site.subtitle
        balanced: true
        color: Theme.textMuted
        font.pixelSize: Theme.fontHeading
        maximumLineCount: 2
    }
    KioskText {
        objectName: "homeKeyLine"
        width: parent.width
        horizontalAlignment: root.alignment
        text: Site.keyLine
        color: Theme.accent
        font.pixelSize: Theme.fontHeading
        font.bold: true
        maximumLineCount: 2
    }
}
