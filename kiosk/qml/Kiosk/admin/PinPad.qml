pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The staff PIN pad: large keys, the digits hidden, a clear word on a wrong PIN or a lock.
// Three modes (Kiosk.pinPadMode): "enter" the PIN; "create" the first one, typed twice; and
// "broken", where the PIN file cannot be trusted and the pad only says how to recover.
Rectangle {
    id: root
    objectName: "pinPad"

    readonly property string mode: Kiosk.pinPadMode
    property string entered: ""
    property string firstEntry: ""
    property string message: ""
    readonly property string title: mode === "broken" ? (Kiosk.ui.pinBrokenTitle ?? "")
        : mode === "create" ? (firstEntry === "" ? (Kiosk.ui.createPin ?? "") : (Kiosk.ui.confirmPin ?? ""))
        : (Kiosk.ui.enterPin ?? "")

    function press(key: string) {
        if (key === "⌫") {
            entered = entered.slice(0, -1);
        } else if (key === "OK") {
            const pin = entered;
            entered = "";
            if (mode === "create")
                create(pin);
            else
                enter(pin);
        } else if (entered.length < 8) {
            entered += key;
            message = "";
        }
    }

    function enter(pin: string) {
        const result = Kiosk.submitPin(pin);
        if (result === "wrong")
            message = Kiosk.ui.wrongPin ?? "";
        else if (result === "locked")
            message = (Kiosk.ui.pinLocked ?? "").replace("%1", Math.ceil(Kiosk.pinLockedSeconds() / 60));
    }

    function create(pin: string) {
        if (pin.length < 4) {
            message = Kiosk.ui.pinInvalid ?? "";
        } else if (firstEntry === "") {
            firstEntry = pin;
            message = "";
        } else if (pin !== firstEntry) {
            firstEntry = "";
            message = Kiosk.ui.pinMismatch ?? "";
        } else {
            firstEntry = "";
            const result = Kiosk.createPin(pin);
            if (result === "invalid")
                message = Kiosk.ui.pinInvalid ?? "";
            else if (result === "failed")
                message = Kiosk.ui.pinSaveFailed ?? "";
        }
    }

    color: Theme.scrim

    TouchBlocker {
        anchors.fill: parent
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        // Wide enough for the longest title, and for the recovery text in a few full lines.
        readonly property real contentWidth: root.mode === "broken" ? 5 * Theme.pinKey
            : Math.max(keys.width, titleText.implicitWidth)
        width: contentWidth + 2 * Theme.spacingXL
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
                id: titleText
                objectName: "pinTitle"
                anchors.horizontalCenter: parent.horizontalCenter
                text: root.title
                font.pixelSize: Theme.fontHeading
                font.bold: true
                wrapMode: Text.NoWrap
            }
            KioskText {
                objectName: "pinBroken"
                visible: root.mode === "broken"
                width: card.contentWidth
                text: Kiosk.ui.pinBroken ?? ""
            }
            KioskText {
                objectName: "pinDots"
                visible: root.mode !== "broken"
                anchors.horizontalCenter: parent.horizontalCenter
                text: "●".repeat(root.entered.length) || " "
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.NoWrap
            }
            KioskText {
                objectName: "pinMessage"
                visible: root.mode !== "broken"
                anchors.horizontalCenter: parent.horizontalCenter
                text: root.message || " "
                color: Theme.accent
                wrapMode: Text.NoWrap
            }
            Grid {
                id: keys
                visible: root.mode !== "broken"
                anchors.horizontalCenter: parent.horizontalCenter
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
