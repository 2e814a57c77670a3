import QtQuick
import Kiosk

// A large tap target (never below Theme.touchTarget) with an optional icon.
Rectangle {
    id: root

    property string text: ""
    property string icon: ""
    property bool highlighted: false
    property bool iconOnly: false
    readonly property color foreground: highlighted ? Theme.accentText : Theme.text
    property color iconColour: foreground
    property color outlineColour: Theme.outline
    readonly property real iconSpace: icon !== "" ? Theme.iconSize + (iconOnly ? 0 : Theme.spacingS) : 0

    signal clicked

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, iconSpace + (iconOnly ? 0 : label.implicitWidth) + 2 * Theme.spacingM)
    radius: Theme.radius
    color: highlighted ? Theme.accent : Theme.surface
    border.color: root.outlineColour
    border.width: highlighted ? 0 : Theme.borderWidth

    Accessible.role: Accessible.Button
    Accessible.name: root.text

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.spacingS

        Image {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.icon !== ""
            source: root.icon !== "" ? "image://icon/" + root.icon + "?color=" + encodeURIComponent(root.iconColour) : ""
            sourceSize.width: Math.ceil(Theme.iconSize * Theme.imageScale)
            sourceSize.height: Math.ceil(Theme.iconSize * Theme.imageScale)
            width: Theme.iconSize
            height: Theme.iconSize
        }
        KioskText {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, root.width - 2 * Theme.spacingM - root.iconSpace)
            visible: root.text !== "" && !root.iconOnly
            text: root.text
            color: root.foreground
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.NoWrap
        }
    }

    VisitorTap {
        id: tap
        onActivated: root.clicked()
    }

    PressHalo {
        pressed: tap.pressed
        onLight: root.highlighted
        radius: root.radius
    }
}
