import QtQuick

// Takes every press, touch and wheel turn over its area so nothing underneath reacts;
// a tap on it is reported (used to close what lies on top of it).
MouseArea {
    acceptedButtons: Qt.AllButtons
    preventStealing: true
    scrollGestureEnabled: false
    onWheel: wheel => wheel.accepted = true
}
