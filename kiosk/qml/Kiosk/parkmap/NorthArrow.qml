import QtQuick
import QtQuick.Shapes
import KioskBackend
import Kiosk

// Where north is on the plan (the content's `map.north`, degrees clockwise from up): an arrow
// with 北 / N under it. Drawn, not touched.
Item {
    id: root
    objectName: "northArrow"

    visible: ParkMap.hasNorth
    width: Theme.touchTarget
    height: arrow.height + letter.height

    Shape {
        id: arrow
        width: Theme.iconSize
        height: Theme.iconSize * 1.4
        anchors.horizontalCenter: parent.horizontalCenter
        rotation: ParkMap.north
        preferredRendererType: Shape.SoftwareRenderer

        ShapePath {
            fillColor: Theme.text
            strokeColor: Theme.backgroundDeep
            strokeWidth: 2
            startX: arrow.width / 2
            startY: 0
            PathLine { x: arrow.width; y: arrow.height }
            PathLine { x: arrow.width / 2; y: arrow.height * 0.72 }
            PathLine { x: 0; y: arrow.height }
            PathLine { x: arrow.width / 2; y: 0 }
        }
    }
    KioskText {
        id: letter
        anchors.top: arrow.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        text: Texts.t.north
        font.pixelSize: Theme.fontSmall
        font.bold: true
        wrapMode: Text.NoWrap
    }
}
