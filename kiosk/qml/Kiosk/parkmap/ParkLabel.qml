import QtQuick
import Kiosk

// A park's name on the map. The map places it and hides it when it would cover another.
Rectangle {
    id: root

    required property string parkId
    required property string name
    required property real labelX
    required property real labelY
    required property int established
    property bool placed: true
    property bool selected: false

    objectName: "label-" + parkId
    width: Math.min(text.implicitWidth, Theme.mapLabelMaxWidth) + 2 * Theme.spacingS
    height: text.height + Theme.spacingXS
    radius: Theme.radiusSmall
    color: selected ? Theme.accent : Theme.scrim
    visible: placed

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
