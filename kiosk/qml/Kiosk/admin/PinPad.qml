pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The staff PIN pad: large keys, the digits hidden, a clear word on a wrong PIN or a lock.
// Three modes (StaffPin.mode): "enter" the PIN; "create" the first one, typed twice; and
// "broken", where the PIN file cannot be trusted and the pad only says how to recover.
Rectangle {
    id: root
    objectName: "pinPad"

    readonly property string mode: StaffPin.mode
    property string entered: ""
    property string firstEntry: ""
    property string message: ""
    readonly property string title: mode === "broken" ? Texts.t.pinBrokenTitle
        : mode === "create" ? (firstEntry === "" ? Texts.t.createPin : Texts.t.confirmPin)
        : Texts.t.enterPin

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
        const result = StaffPin.submit(pin);
        if (result === "wrong")
            message = Texts.t.wrongPin;
        else if (result === "locked")
            message = Texts.fill(Texts.t.pinLocked, { minutes: Math.ceil(StaffPin.lockedSeconds() / 60) });
    }

    function create(pin: string) {
        if (pin.length < 4) {
            message = Texts.t.pinInvalid;
        } else if (firstEntry === "") {
            firstEntry = pin;
            message = "";
        } else if (pin !== firstEntry) {
            firstEntry = "";
            message = Texts.t.pinMismatch;
        } else {
            firstEntry = "";
            const result = StaffPin.createFirst(pin);
            if (result === "invalid")
                message = Texts.t.pinInvalid;
            else if (result === "failed")
                message = Texts.t.pinSaveFailed;
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
                text: Texts.t.pinBroken
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
                text: Texts.t.cancel
                onClicked: StaffPin.close()
            }
        }
    }
}
