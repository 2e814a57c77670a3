import QtQuick
import QtQuick.Shapes
import KioskBackend
import Kiosk

// A share or a rate against the whole: a ring filled to `percent` of a full turn (a completion
// above 100 % laps it in a deeper shade), the percentage set in its middle and what it is
// under it. `shown` is the percentage drawn now (the page's count-up moves it).
Item {
    id: root

    property real percent: 0
    property real shown: percent
    property string percentText: ""
    property string caption: ""
    property color colour: Theme.share
    readonly property real size: Math.min(width, height)
    readonly property real thickness: Math.max(Theme.spacingS, size * 0.11)
    readonly property real radius: (size - thickness) / 2

    implicitWidth: Theme.ringSize
    implicitHeight: Theme.ringSize

    Shape {
        id: ring
        width: root.size
        height: root.size
        anchors.centerIn: parent
        preferredRendererType: Shape.SoftwareRenderer

        ShapePath {
            strokeColor: Theme.ringTrack
            strokeWidth: root.thickness
            fillColor: "transparent"
            capStyle: ShapePath.FlatCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: root.radius
                radiusY: root.radius
                startAngle: -90
                sweepAngle: 360
            }
        }
        ShapePath {
            strokeColor: root.colour
            strokeWidth: root.thickness
            fillColor: "transparent"
            capStyle: ShapePath.FlatCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: root.radius
                radiusY: root.radius
                startAngle: -90
                sweepAngle: 3.6 * Math.max(0, Math.min(100, root.shown))
            }
        }
        ShapePath {
            strokeColor: Qt.darker(root.colour, 1.6)
            strokeWidth: root.thickness
            fillColor: "transparent"
            capStyle: ShapePath.FlatCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: root.radius
                radiusY: root.radius
                startAngle: -90
                sweepAngle: 3.6 * Math.max(0, Math.min(100, root.shown - 100))
            }
        }
    }

    Column {
        anchors.centerIn: parent
        width: root.size - 2 * root.thickness - Theme.spacingS
        spacing: 0

        KioskText {
            objectName: "ringPercent"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.percentText
            color: Theme.cardText
            font.pixelSize: Math.max(Theme.fontSmall, Math.min(Theme.fontNumber, root.size * 0.22))
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall
            wrapMode: Text.NoWrap
        }
        KioskText {
            width: parent.width
            visible: root.caption !== "" && root.size >= Theme.ringSize * 0.6
            horizontalAlignment: Text.AlignHCenter
            text: root.caption
            color: Theme.cardMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
        }
    }
}
