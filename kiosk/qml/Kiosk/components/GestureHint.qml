import QtQuick
import KioskBackend
import Kiosk

// How to use a panel, said once per visitor: the first time the panel shows after the kiosk
// started or reset (the attract loop ended), for a few seconds, or until the visitor acts.
// It takes no touches (everything under it still works) and has no outline, so it does not
// look like a button.
Rectangle {
    id: root
    objectName: "gestureHint"

    required property bool showing
    property alias text: label.text
    property bool shownThisVisit: false
    readonly property bool active: timer.running

    // The visitor did what it says: it goes.
    function dismiss() {
        timer.stop();
    }

    width: content.width + 2 * Theme.spacingL
    height: Theme.touchTarget
    radius: height / 2
    color: Theme.hintBackground
    visible: opacity > 0
    opacity: active ? 1 : 0

    Behavior on opacity {
        enabled: !Session.instant
        NumberAnimation {
            duration: Theme.durationMedium
        }
    }

    onShowingChanged: {
        if (showing && !shownThisVisit && !Session.instant) {
            shownThisVisit = true;
            timer.restart();
        } else if (!showing) {
            timer.stop();
        }
    }

    Timer {
        id: timer
        interval: Theme.gestureHintSeconds * 1000
    }

    Connections {
        target: Session
        function onSessionReset() {
            root.shownThisVisit = false;
            timer.stop();
        }
    }

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.spacingS

        Image {
            anchors.verticalCenter: parent.verticalCenter
            source: "image://icon/fa5s.hand-point-up?color=" + encodeURIComponent(Theme.accent)
            sourceSize.width: Math.ceil(Theme.iconSize * Theme.imageScale)
            sourceSize.height: Math.ceil(Theme.iconSize * Theme.imageScale)
            width: Theme.iconSize
            height: Theme.iconSize
        }
        KioskText {
            id: label
            objectName: "gestureHintText"
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.text
            font.bold: true
            wrapMode: Text.NoWrap
        }
    }
}
