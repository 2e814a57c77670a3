pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Every year of the timeline on one rail, coloured by era. Tap a year or drag along the rail to
// jump there; the marker follows the strip as it moves.
Item {
    id: root
    objectName: "yearRail"

    property var years: []
    property int currentYear: 0
    readonly property real step: width / Math.max(1, years.length)
    readonly property int labelEvery: Math.max(1, Math.ceil(Theme.railLabelSpacing / Math.max(1, step)))

    signal eventChosen(int index)

    function yearAt(x: real): int {
        return Math.max(0, Math.min(years.length - 1, Math.floor(x / step)));
    }

    function choose(x: real) {
        // The first event in the chosen year, else in the next year that has one.
        for (let i = yearAt(x); i < years.length; ++i) {
            if (years[i].index >= 0) {
                eventChosen(years[i].index);
                return;
            }
        }
    }

    function xOfYear(year: int): real {
        return years.length ? (year - years[0].year + 0.5) * step : 0;
    }

    implicitHeight: Theme.railHeight

    Repeater {
        model: root.years

        Item {
            id: slot
            required property var modelData
            required property int index
            x: index * root.step
            width: root.step
            height: root.height

            Rectangle {
                y: Theme.railMarker / 2 - Theme.railTrack / 2 + Theme.spacingS
                width: parent.width
                height: Theme.railTrack
                color: slot.modelData.colour
            }
            Rectangle {
                visible: slot.modelData.index >= 0
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.railMarker / 2 - Theme.railDot / 2 + Theme.spacingS
                width: Theme.railDot
                height: Theme.railDot
                radius: width / 2
                color: Theme.text
                border.color: slot.modelData.colour
                border.width: Theme.borderWidth
            }
            KioskText {
                // Every few years, and the last year, never crowding it.
                visible: (slot.index % root.labelEvery === 0 && root.years.length - 1 - slot.index >= root.labelEvery) || slot.index === root.years.length - 1
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.railMarker + Theme.spacingS
                text: slot.modelData.year
                color: slot.modelData.year === root.currentYear ? Theme.accent : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.bold: slot.modelData.year === root.currentYear
                wrapMode: Text.NoWrap
            }
        }
    }

    Rectangle {
        objectName: "yearMarker"
        x: root.xOfYear(root.currentYear) - width / 2
        y: Theme.spacingS
        width: Theme.railMarker
        height: Theme.railMarker
        radius: width / 2
        color: Theme.accent
        border.color: Theme.text
        border.width: Theme.borderWidth
        Behavior on x {
            NumberAnimation {
                duration: Theme.durationShort
            }
        }
    }

    VisitorTap {
        onActivated: position => root.choose(position.x)
    }
    DragHandler {
        id: drag
        target: null
        yAxis.enabled: false
        onCentroidChanged: {
            if (active)
                root.choose(centroid.position.x);
        }
    }
}
