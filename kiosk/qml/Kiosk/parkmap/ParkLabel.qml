import QtQuick
import Kiosk

// A park's name on the map. The map places it on the park's label point, or above or below it
// with a leader line to the point when another name is there.
Rectangle {
    id: root

    required property string parkId
    required property string name
    required property real labelX
    required property real labelY
    required property int established
    property bool placed: true
    property bool selected: false
    // The park's label point, in the label's own coordinates (set by the map).
    property real pointX: width / 2
    property real pointY: height / 2
    readonly property bool led: pointY < 0 || pointY > height

    objectName: "label-" + parkId
    width: Math.min(text.implicitWidth, Theme.mapLabelMaxWidth) + 2 * Theme.spacingS
    height: text.height + Theme.spacingXS
    radius: Theme.radiusSmall
    color: selected ? Theme.accent : Theme.scrim
    visible: placed

    Rectangle {
        objectName: "leader-" + root.parkId
        visible: root.led
        x: root.pointX - width / 2
        y: root.pointY < 0 ? root.pointY : root.height
        width: Theme.borderWidth
        height: root.pointY < 0 ? -root.pointY : root.pointY - root.height
        color: root.color
    }
    Rectangle {
        visible: root.led
        x: root.pointX - width / 2
        y: root.pointY - height / 2
        width: Theme.railDot / 2
        height: width
        radius: width / 2
        color: root.selected ? Theme.accent : Theme.text
    }

    KioskText {
        id: text
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingS
        horizontalAlignment: Text.AlignHCenter
        text: root.name
        color: root.selected ? Theme.accentText : Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
        maximumLineCount: 2
    }
}
