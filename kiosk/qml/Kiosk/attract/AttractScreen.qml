import QtQuick
import KioskBackend
import Kiosk

// Shown while nobody is at the screen: the content's highlights in turn, and an invitation.
// Any touch ends it (the idle monitor sees the touch; this screen only keeps it from landing
// on whatever lies underneath).
Rectangle {
    id: root
    objectName: "attractScreen"

    readonly property var slides: Attract.slides
    property int current: 0

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
        running: root.visible && root.slides.length > 1
        interval: Attract.interval
        repeat: true
        onTriggered: root.current = (root.current + 1) % root.slides.length
    }

    AttractSlide {
        id: slide
        objectName: "attractSlide"
        anchors.fill: parent
        anchors.margins: Theme.spacingXL
        anchors.bottomMargin: prompt.height + 2 * Theme.spacingXL
        slide: root.slides[root.current] ?? ({})
        opacity: 1
        Behavior on slide {
            SequentialAnimation {
                NumberAnimation { target: slide; property: "opacity"; to: 0; duration: Theme.attractFade / 2 }
                PropertyAction {}
                NumberAnimation { target: slide; property: "opacity"; to: 1; duration: Theme.attractFade / 2 }
            }
        }
    }

    Column {
        id: prompt
        objectName: "attractPrompt"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXL
        spacing: Theme.spacingS

        SequentialAnimation on opacity {
            running: root.visible
            loops: Animation.Infinite
            NumberAnimation { to: 0.55; duration: Theme.promptPulse; easing.type: Easing.InOutSine }
            NumberAnimation { to: 1; duration: Theme.promptPulse; easing.type: Easing.InOutSine }
        }

        Repeater {
            model: Attract.prompts

            KioskText {
                required property string modelData
                required property int index
                anchors.horizontalCenter: parent.horizontalCenter
                text: modelData
                color: index === 0 ? Theme.accent : Theme.text
                font.pixelSize: index === 0 ? Theme.fontTitle : Theme.fontHeading
                font.bold: index === 0
                wrapMode: Text.NoWrap
            }
        }
    }
}
