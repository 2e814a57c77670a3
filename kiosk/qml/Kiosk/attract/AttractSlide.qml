import QtQuick
import KioskBackend
import Kiosk

// One beat of the attract loop, read across a hall: an event (its picture, the year large, the
// title), the zone drawn with its area, a headline figure as one big number, or staff's own
// slide. The picture slides in and the words rise as the beat starts; it fades when the next
// one comes. Pictures load only while the beat is on screen.
Item {
    id: root

    required property int index
    required property string beatId
    required property string kind
    required property string title
    required property string subtitle
    required property string image
    required property string colour
    required property string value
    required property string unit
    required property string year
    property bool shown: false
    property bool playing: false

    readonly property bool portrait: height > width
    readonly property bool pictured: kind === "event" || kind === "map" || (kind === "custom" && image !== "")
    readonly property bool centred: !pictured
    // 0 → 1 as the beat enters.
    property real entrance: 1

    objectName: "attractBeat-" + beatId
    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity {
        enabled: !Session.instant
        NumberAnimation { duration: Theme.attractFade }
    }

    onPlayingChanged: {
        if (playing && !Session.instant)
            enter.restart();
    }
    NumberAnimation {
        id: enter
        target: root
        property: "entrance"
        from: 0
        to: 1
        duration: Theme.attractEntrance
        easing.type: Easing.OutCubic
    }

    Item {
        id: pictureArea
        visible: root.pictured
        width: root.portrait ? root.width : root.width * Theme.attractPictureShare
        height: root.portrait ? root.height * Theme.attractPictureShare : root.height
        x: (root.portrait ? 0 : -Theme.attractTravel) * (1 - root.entrance)
        y: (root.portrait ? -Theme.attractTravel : 0) * (1 - root.entrance)
        opacity: root.entrance

        ContentImage {
            anchors.fill: parent
            visible: root.kind !== "map"
            source: root.visible ? root.image : ""
            tint: root.colour !== "" ? root.colour : Theme.surface
            initial: root.title.substring(0, 1)
            fillMode: Image.PreserveAspectFit
        }
        MapSketch {
            anchors.fill: parent
            visible: root.kind === "map"
        }
    }

    Column {
        id: words
        readonly property real inset: root.pictured && !root.portrait ? pictureArea.width + Theme.spacingXL : 0
        x: inset
        y: (root.pictured && root.portrait ? pictureArea.height + Theme.spacingXL + (root.height - pictureArea.height - Theme.spacingXL - height) / 2 : (root.height - height) / 2) + Theme.attractTravel * (1 - root.entrance)
        width: root.width - inset
        spacing: Theme.spacingM
        opacity: root.entrance

        readonly property int alignment: root.centred || root.portrait ? Text.AlignHCenter : Text.AlignLeft

        KioskText {
            width: parent.width
            visible: text !== "" && root.kind === "figure"
            horizontalAlignment: words.alignment
            text: root.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.fontHeading
            maximumLineCount: 1
        }
        // The year of an event, or the number of a figure or of the zone's area, with its unit.
        Row {
            anchors.horizontalCenter: words.alignment === Text.AlignHCenter ? parent.horizontalCenter : undefined
            spacing: Theme.spacingM
            visible: big.text !== ""

            KioskText {
                id: big
                objectName: "attractNumber"
                text: root.kind === "event" ? root.year : root.value
                headline: root.kind === "event"
                color: Theme.accent
                font.pixelSize: Theme.attractNumber
                font.bold: true
                wrapMode: Text.NoWrap
            }
            KioskText {
                anchors.baseline: big.baseline
                visible: root.kind !== "event" && text !== ""
                text: root.unit
                color: Theme.accent
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
        KioskText {
            objectName: "attractTitle"
            width: parent.width
            horizontalAlignment: words.alignment
            text: root.title
            balanced: true
            headline: true
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            maximumLineCount: 3
        }
        KioskText {
            width: parent.width
            visible: text !== "" && root.kind !== "figure"
            horizontalAlignment: words.alignment
            text: root.kind === "figure" ? "" : root.subtitle
            balanced: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontHeading
            maximumLineCount: 3
        }
        KioskText {
            width: parent.width
            visible: root.kind === "figure"
            horizontalAlignment: words.alignment
            text: root.year
            color: Theme.textMuted
            font.pixelSize: Theme.fontHeading
        }
    }
}
