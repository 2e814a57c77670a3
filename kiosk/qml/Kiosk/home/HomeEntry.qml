import QtQuick
import Kiosk

// One of the three big doors on Home: an icon, a name and a line on what is behind it.
Rectangle {
    id: root

    property string label: ""
    property string hint: ""
    property string icon: ""
    property color tint: Theme.accent

    signal activated

    radius: Theme.radius
    color: Theme.surface
    border.color: root.tint
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Button
    Accessible.name: root.label

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        spacing: Theme.spacingM

        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: "image://icon/" + root.icon + "?color=" + encodeURIComponent(root.tint)
            sourceSize.width: Math.ceil(Theme.iconLarge * Theme.imageScale)
            sourceSize.height: Math.ceil(Theme.iconLarge * Theme.imageScale)
            width: Theme.iconLarge
            height: Theme.iconLarge
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.label
            balanced: true
            headline: true
            font.pixelSize: Theme.fontTitle
            font.bold: true
            maximumLineCount: 2
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.hint
            color: Theme.textMuted
            maximumLineCount: 2
        }
    }

    VisitorTap {
        id: tap
        onActivated: root.activated()
    }

    PressHalo {
        pressed: tap.pressed
        radius: root.radius
    }
}
