import QtQuick
import Kiosk

// One of the big doors on Home: an icon, a name and a line on what is behind it; a column in a
// landscape row, a `wide` row (icon, words, chevron) in portrait's stack.
Rectangle {
    id: root

    property string label: ""
    property string hint: ""
    property string icon: ""
    property color tint: Theme.accent
    property bool wide: false

    signal activated

    radius: Theme.radius
    color: Theme.surface
    border.color: root.tint
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Button
    Accessible.name: root.label

    Image {
        id: picture
        x: root.wide ? Theme.spacingXL : (root.width - width) / 2
        y: root.wide ? (root.height - height) / 2 : Theme.spacingL
        source: "image://icon/" + root.icon + "?color=" + encodeURIComponent(root.tint)
        sourceSize.width: Math.ceil(Theme.iconLarge * Theme.imageScale)
        sourceSize.height: Math.ceil(Theme.iconLarge * Theme.imageScale)
        width: Theme.iconLarge
        height: Theme.iconLarge
    }

    Column {
        id: words
        x: root.wide ? picture.x + picture.width + Theme.spacingXL : Theme.spacingL
        y: root.wide ? (root.height - height) / 2 : picture.y + picture.height + Theme.spacingM
        width: root.wide ? chevron.x - x - Theme.spacingL : root.width - 2 * Theme.spacingL
        spacing: Theme.spacingS

        KioskText {
            width: parent.width
            horizontalAlignment: root.wide ? Text.AlignLeft : Text.AlignHCenter
            text: root.label
            balanced: true
            headline: true
            font.pixelSize: Theme.fontTitle
            font.bold: true
            maximumLineCount: 2
        }
        KioskText {
            width: parent.width
            horizontalAlignment: root.wide ? Text.AlignLeft : Text.AlignHCenter
            text: root.hint
            color: Theme.textMuted
            maximumLineCount: 2
        }
    }

    OpenCue {
        id: chevron
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingL
        anchors.verticalCenter: parent.verticalCenter
        visible: root.wide
        chevronOnly: true
        onDark: true
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
