import QtQuick
import KioskBackend
import Kiosk

// A content picture over its typographic stand-in: when the image is missing or broken (the
// provider then returns a transparent image), the visitor sees a designed card, never a hole.
// While it loads only the stand-in's colour shows (no letter that flashes and goes), and the
// picture fades in over it.
Item {
    id: root

    property string source: ""
    property string initial: ""
    property string label: ""
    property color tint: Theme.surface
    property int fillMode: Image.PreserveAspectCrop
    // Decoded at `detail` times its size on screen: more than 1 where it is zoomed into.
    property real detail: 1
    // Kept in Qt's picture cache once not shown (false: a large, rarely seen copy, let go).
    property bool cached: true
    // Width over height once decoded (0 before): lets a viewer fit the picture itself.
    readonly property real aspect: loaded ? picture.implicitWidth / picture.implicitHeight : 0
    readonly property real paintedWidth: picture.paintedWidth
    readonly property real paintedHeight: picture.paintedHeight
    readonly property bool loaded: picture.status === Image.Ready && picture.implicitWidth > 1
    readonly property bool missing: source === "" || picture.status === Image.Error || (picture.status === Image.Ready && !loaded)

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
            visible: root.missing
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
            visible: root.missing && parent.height > 3 * Theme.touchTarget
        }
    }

    Image {
        id: picture
        anchors.fill: parent
        source: root.source
        sourceSize.width: Math.ceil(root.width * Theme.imageScale * root.detail)
        sourceSize.height: Math.ceil(root.height * Theme.imageScale * root.detail)
        fillMode: root.fillMode
        asynchronous: true
        cache: root.cached
        smooth: true
        opacity: root.loaded ? 1 : 0

        Behavior on opacity {
            enabled: !Session.instant
            NumberAnimation {
                duration: Theme.durationShort
            }
        }
    }
}
