import QtQuick
import KioskBackend
import Kiosk

// Over the foot of a scrolling text: the text fades out and "向下滑动查看更多 ↓" says there is
// more, until the visitor has scrolled to its end. Placed over the flickable by its owner.
Item {
    id: root

    required property Flickable flickable
    property color background: Theme.card
    property color cueColour: Theme.cue
    readonly property bool more: flickable.contentHeight > flickable.height + 1 && !flickable.atYEnd

    height: Theme.moreCueHeight
    visible: more
    enabled: false

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.alpha(root.background, 0) }
            GradientStop { position: 0.6; color: root.background }
        }
    }
    KioskText {
        objectName: "moreCue"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        text: Texts.t.moreBelow
        color: root.cueColour
        font.pixelSize: Theme.fontSmall
        font.bold: true
        wrapMode: Text.NoWrap
    }
}
