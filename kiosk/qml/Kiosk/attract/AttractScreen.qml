pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Shown while nobody is at the screen: the zone's name over one beat at a time (a highlighted
// event, the zone drawn, a headline figure), each entering with motion, and the invitation at
// reach height. Any touch ends it (the idle monitor sees the touch; this screen only keeps it
// from landing on whatever lies underneath).
Rectangle {
    id: root
    objectName: "attractScreen"

    property int current: 0
    readonly property int count: Attract.beats.count
    readonly property bool portrait: height > width

    // No attract loop over the content error screen.
    property bool active: Site.hasContent

    readonly property bool showing: Session.idleState === Session.Idle.Attract

    // Stays until the waking finger lifts and while it fades out, so that this touch (or the
    // second tap of a double tap) opens nothing underneath.
    visible: active && (showing || blocker.pressed || opacity > 0)
    opacity: showing ? 1 : 0
    Behavior on opacity {
        enabled: !Session.instant
        NumberAnimation { duration: Theme.dismissFade }
    }
    gradient: Gradient {
        GradientStop { position: 0.0; color: Theme.backgroundDeep }
        GradientStop { position: 1.0; color: Theme.background }
    }

    onVisibleChanged: current = 0

    TouchBlocker {
        id: blocker
        anchors.fill: parent
    }

    Timer {
        running: root.visible && root.count > 1
        interval: Attract.interval
        repeat: true
        onTriggered: root.current = (root.current + 1) % root.count
    }

    AttractMasthead {
        id: masthead
        x: root.portrait ? (root.width - width) / 2 : Theme.spacingXL
        y: Theme.spacingXL
    }

    Item {
        id: stage
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: masthead.bottom
        anchors.bottom: call.top
        anchors.leftMargin: Theme.spacingXL
        anchors.rightMargin: Theme.spacingXL
        anchors.topMargin: Theme.spacingXL
        anchors.bottomMargin: Theme.spacingL

        Repeater {
            model: Attract.beats

            AttractSlide {
                width: stage.width
                height: stage.height
                shown: index === root.current
                playing: shown && root.visible
            }
        }
    }

    // At reach height in both orientations: the lowest part of the screen (on a portrait stand
    // its middle is about 1 m up).
    AttractCall {
        id: call
        objectName: "attractCall"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXL
        running: root.visible
        stacked: root.portrait
    }
}
