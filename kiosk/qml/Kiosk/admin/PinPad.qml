pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The staff PIN pad: large keys, the digits hidden, a clear word on a wrong PIN or a lock.
Rectangle {
    id: root
    objectName: "pinPad"

    property string entered: ""
    property string message: ""

    function press(key: string) {
        if (key === "⌫") {
            entered = entered.slice(0, -1);
        } else if (key === "OK") {
            const result = Kiosk.submitPin(entered);
            entered = "";
            if (result === "wrong")
                message = Kiosk.ui.wrongPin ?? "";
            else if (result === "locked")
                message = (Kiosk.ui.pinLocked ?? "").replace("%1", Math.ceil(Kiosk.pinLockedSeconds() / 60));
        } else if (entered.length < 8) {
            entered += key;
            message = "";
        }
    }

    color: Theme.scrim

    TouchBlocker {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: keys.width + 2 * Theme.spacingXL
        height: column.implicitHeight + 2 * Theme.spacingL
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.accent
        border.width: Theme.borderWidth

        Column {
            id: column
            anchors.centerIn: parent
            spacing: Theme.spacingM

            KioskText {
                anchors.horizontalCenter: parent.horizontalCenter
                text: Kiosk.ui.enterPin ?? ""
                font.pixelSize: Theme.fontHeading
                font.bold: true
                wrapMode: Text.NoWrap
            }
            KioskText {
                objectName: "pinDots"
                anchors.horizontalCenter: parent.horizontalCenter
                text: "●".repeat(root.entered.length) || " "
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.NoWrap
            }
            KioskText {
                objectName: "pinMessage"
                anchors.horizontalCenter: parent.horizontalCenter
                text: root.message || " "
                color: Theme.accent
                wrapMode: Text.NoWrap
            }
            Grid {
                id: keys
                columns: 3
                spacing: Theme.spacingS

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]

                    TouchButton {
                        required property string modelData
                        objectName: "pinKey-" + modelData
                        width: Theme.pinKey
                        height: Theme.pinKey
                        text: modelData
                        highlighted: modelData === "OK"
                        onClicked: root.press(modelData)
                    }
                }
            }
            TouchButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: Kiosk.ui.cancel ?? ""
                onClicked: Kiosk.closePinPad()
            }
        }
    }
}
