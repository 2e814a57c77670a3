pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The language choice when the kiosk speaks more than two languages: each language named in
// itself, the current one highlighted. A tap beside the card closes it, as does the idle reset.
Item {
    id: root

    property bool open: false
    // Where the navigation bar's edge is: the card hangs below it, or stands above it when the
    // bar is at the bottom (the reach mode).
    property real edgeY: 0
    property bool upward: false

    visible: open

    Connections {
        target: Session
        function onSessionReset() {
            root.open = false;
        }
    }

    TouchBlocker {
        anchors.fill: parent
        onClicked: root.open = false
    }

    Rectangle {
        objectName: "languagePicker"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingM
        y: root.upward ? root.edgeY - height - Theme.spacingS : root.edgeY + Theme.spacingS
        width: choices.width + 2 * Theme.spacingL
        height: choices.height + 2 * Theme.spacingL
        radius: Theme.radius
        color: Theme.backgroundDeep
        border.color: Theme.outline
        border.width: Theme.borderWidth

        Column {
            id: choices
            x: Theme.spacingL
            y: Theme.spacingL
            spacing: Theme.spacingS

            KioskText {
                text: Texts.t.chooseLanguage
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: Session.languages

                TouchButton {
                    required property var modelData
                    objectName: "language-" + modelData.code
                    width: Theme.languageChoiceWidth
                    text: modelData.name
                    highlighted: Session.language === modelData.code
                    onClicked: {
                        Session.language = modelData.code;
                        root.open = false;
                    }
                }
            }
        }
    }
}
