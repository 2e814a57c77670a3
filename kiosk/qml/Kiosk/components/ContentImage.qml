import QtQuick
import Kiosk

// A content picture over its typographic stand-in: when the image is missing or broken (the
// provider then returns a transparent image), the visitor sees a designed card, never a hole.
Item {
    id: root

    property string source: ""
    property string initial: ""
    property string label: ""
    property color tint: Theme.surface
    property int fillMode: Image.PreserveAspectCrop
    readonly property bool loaded: picture.status === Image.Ready && picture.implicitWidth > 1

    clip: true

    Rectangle {
        anchors.fill: parent
        visible: !root.loaded
        gradient: Gradient {
            GradientStop { position: 0.0; color: root.tint }
            GradientStop { position: 1.0; color: Qt.darker(root.tint, 1.6) }
        }

        KioskText {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingM
            horizontalAlignment: Text.AlignHCenter
            text: root.initial
            color: Theme.initialText
            opacity: 0.9
            font.pixelSize: Math.min(Theme.initialSize, parent.height * 0.6)
            font.bold: true
            wrapMode: Text.NoWrap
        }
        KioskText {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingS
            text: root.label
            color: Theme.initialText
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 1
            visible: parent.height > 3 * Theme.touchTarget
        }
    }

    Image {
        id: picture
        anchors.fill: parent
        source: root.source
        sourceSize.width: Math.ceil(root.width * Theme.imageScale)
        sourceSize.height: Math.ceil(root.height * Theme.imageScale)
        fillMode: root.fillMode
        asynchronous: true
        smooth: true
    }
}
