import QtQuick
import KioskBackend
import Kiosk

// "Still there?" before the kiosk resets: any touch keeps the visitor where they are.
Item {
    id: root
    objectName: "idlePrompt"

    property int secondsLeft: Session.promptSeconds

    readonly property bool showing: Session.idleState === Session.Idle.Prompt

    // Stays until the finger that ended it lifts and while it fades out, so that this touch
    // (or the second tap of a double tap) lands on nothing underneath.
    visible: showing || blocker.pressed || opacity > 0
    opacity: showing ? 1 : 0
    Behavior on opacity {
        enabled: !Session.instant
        NumberAnimation { duration: Theme.dismissFade }
    }
    onVisibleChanged: secondsLeft = Session.promptSeconds

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }
    TouchBlocker {
        id: blocker
        anchors.fill: parent
    }

    Timer {
        running: root.visible && root.secondsLeft > 0
        interval: 1000
        repeat: true
        onTriggered: root.secondsLeft -= 1
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.cardWidth * 1.6)
        height: column.implicitHeight + 2 * Theme.spacingXL
        radius: Theme.radius
        color: Theme.card

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingXL
            spacing: Theme.spacingM

            KioskText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: Texts.t.stillThere
                color: Theme.cardText
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            KioskText {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: Texts.fill(Texts.t.resetIn, { seconds: root.secondsLeft })
                color: Theme.cardMuted
            }
            TouchButton {
                anchors.horizontalCenter: parent.horizontalCenter
                objectName: "stayButton"
                highlighted: true
                icon: "fa5s.hand-pointer"
                text: Texts.t.keepBrowsing
            }
        }
    }
}
