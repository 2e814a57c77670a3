pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The invitation: a ring with a hand that sends out slow ripples, and the prompt in every
// language, always at full strength; side by side on a landscape screen, stacked on a portrait
// one. Placed at reach height by the attract screen.
Grid {
    id: root

    property bool running: false
    property bool stacked: false

    columns: stacked ? 1 : 2
    spacing: Theme.spacingM
    verticalItemAlignment: Grid.AlignVCenter
    horizontalItemAlignment: Grid.AlignHCenter

    Item {
        width: Theme.attractRing * Theme.attractRippleReach
        height: width

        Repeater {
            model: 2

            Rectangle {
                id: ripple
                required property int index
                anchors.centerIn: parent
                width: Theme.attractRing
                height: width
                radius: width / 2
                color: "transparent"
                border.color: Theme.accent
                border.width: Theme.borderWidth
                opacity: 0

                SequentialAnimation {
                    running: root.running && !Session.instant
                    loops: Animation.Infinite

                    PauseAnimation { duration: ripple.index * Theme.promptPulse / 2 }
                    ParallelAnimation {
                        NumberAnimation { target: ripple; property: "scale"; from: 1; to: Theme.attractRippleReach; duration: Theme.promptPulse; easing.type: Easing.OutQuad }
                        NumberAnimation { target: ripple; property: "opacity"; from: 0.8; to: 0; duration: Theme.promptPulse; easing.type: Easing.OutQuad }
                    }
                    PauseAnimation { duration: (1 - ripple.index) * Theme.promptPulse / 2 }
                }
            }
        }
        Rectangle {
            objectName: "attractRing"
            anchors.centerIn: parent
            width: Theme.attractRing
            height: width
            radius: width / 2
            color: Theme.accent

            Image {
                anchors.centerIn: parent
                source: "image://icon/fa5s.hand-pointer?color=" + encodeURIComponent(Theme.accentText)
                sourceSize.width: Math.ceil(Theme.iconLarge * Theme.imageScale)
                sourceSize.height: Math.ceil(Theme.iconLarge * Theme.imageScale)
                width: Theme.iconLarge
                height: Theme.iconLarge
            }
        }
    }

    Column {
        id: prompts
        spacing: Theme.spacingS

        Repeater {
            model: Attract.prompts

            KioskText {
                required property string modelData
                required property int index
                objectName: "attractPrompt-" + index
                x: root.stacked ? (prompts.width - width) / 2 : 0
                text: modelData
                color: index === 0 ? Theme.text : Theme.textMuted
                font.pixelSize: index === 0 ? Theme.fontTitle : Theme.fontHeading
                font.bold: index === 0
                wrapMode: Text.NoWrap
            }
        }
    }
}
