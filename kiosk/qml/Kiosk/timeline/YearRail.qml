pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The timeline's axis, spaced by events, not by years: each event has an equal share of the
// rail, each year is named at its first event, and a long span without events is drawn as a
// break in the track (the strip does not pretend that nothing happened for 24 years; nor does
// the rail stretch those years into an empty road). A tap or a drag anywhere lands on the
// nearest event; the marker follows the strip. Across the foot in landscape, down the side in
// portrait.
Item {
    id: root
    objectName: "yearRail"

    property var stops: []  // {index, year, colour, named, breakBefore} per event (EventsModel)
    property int currentIndex: 0
    property bool vertical: false
    readonly property real length: vertical ? height : width
    readonly property real step: length / Math.max(1, stops.length)

    signal eventChosen(int index)

    function indexAt(along: real): int {
        return Math.max(0, Math.min(stops.length - 1, Math.floor(along / step)));
    }

    function choose(point: point) {
        if (stops.length)
            eventChosen(indexAt(vertical ? point.y : point.x));
    }

    implicitWidth: Theme.railWidth
    implicitHeight: Theme.railHeight

    Repeater {
        model: root.stops

        Item {
            id: slot
            required property var modelData
            required property int index
            readonly property bool current: index === root.currentIndex
            readonly property real gap: modelData.breakBefore ? Theme.railBreak : 0
            // The track's centre line, across the rail.
            readonly property real across: Theme.spacingS + Theme.railMarker / 2

            x: root.vertical ? 0 : index * root.step
            y: root.vertical ? index * root.step : 0
            width: root.vertical ? root.width : root.step
            height: root.vertical ? root.step : root.height

            // The track: from the middle of the last stop, less a break where years were skipped.
            Rectangle {
                visible: slot.index > 0
                x: root.vertical ? slot.across - Theme.railTrack / 2 : -root.step / 2 + slot.gap / 2
                y: root.vertical ? -root.step / 2 + slot.gap / 2 : slot.across - Theme.railTrack / 2
                width: root.vertical ? Theme.railTrack : root.step - slot.gap
                height: root.vertical ? root.step - slot.gap : Theme.railTrack
                color: slot.modelData.colour
            }
            // The break: two short slanted strokes across the missing years.
            Repeater {
                model: slot.modelData.breakBefore ? 2 : 0

                Rectangle {
                    id: stroke
                    required property int index
                    x: root.vertical ? slot.across - width / 2 : -Theme.railBreak / 4 + (stroke.index ? Theme.railBreak / 2 : 0) - width / 2
                    y: root.vertical ? -Theme.railBreak / 4 + (stroke.index ? Theme.railBreak / 2 : 0) - height / 2 : slot.across - height / 2
                    width: root.vertical ? Theme.railMarker : Theme.railTrack / 2
                    height: root.vertical ? Theme.railTrack / 2 : Theme.railMarker
                    rotation: 25
                    color: Theme.textMuted
                }
            }
            Rectangle {
                x: (root.vertical ? slot.across : slot.width / 2) - width / 2
                y: (root.vertical ? slot.height / 2 : slot.across) - height / 2
                width: Theme.railDot
                height: Theme.railDot
                radius: width / 2
                color: Theme.text
                border.color: slot.modelData.colour
                border.width: Theme.borderWidth
            }
            KioskText {
                objectName: slot.modelData.named ? "railYear-" + slot.modelData.year : ""
                visible: slot.modelData.named
                x: root.vertical ? slot.across + Theme.railMarker / 2 + Theme.spacingS : (slot.width - width) / 2
                y: root.vertical ? (slot.height - height) / 2 : Theme.railMarker + Theme.spacingS
                text: slot.modelData.year
                color: slot.current ? Theme.accent : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.bold: slot.current
                wrapMode: Text.NoWrap
            }
        }
    }

    Rectangle {
        objectName: "yearMarker"
        readonly property real along: (root.currentIndex + 0.5) * root.step - Theme.railMarker / 2
        x: root.vertical ? Theme.spacingS : along
        y: root.vertical ? along : Theme.spacingS
        width: Theme.railMarker
        height: Theme.railMarker
        radius: width / 2
        color: Theme.accent
        border.color: Theme.text
        border.width: Theme.borderWidth
        Behavior on x {
            enabled: !Session.instant
            NumberAnimation {
                duration: Theme.durationShort
            }
        }
        Behavior on y {
            enabled: !Session.instant
            NumberAnimation {
                duration: Theme.durationShort
            }
        }
    }

    VisitorTap {
        onActivated: position => root.choose(position)
    }
    DragHandler {
        target: null
        xAxis.enabled: !root.vertical
        yAxis.enabled: root.vertical
        onCentroidChanged: {
            if (active)
                root.choose(centroid.position);
        }
    }
}
