import QtQuick
import QtQuick.Shapes
import Kiosk

// One polygon in map coordinates (a park, or the zone's outline), drawn in its colour.
Shape {
    id: root

    property var points: []
    property color fillColour: Theme.accent
    property bool selected: false

    anchors.fill: parent
    preferredRendererType: Shape.SoftwareRenderer

    ShapePath {
        fillColor: Qt.alpha(root.fillColour, root.selected ? 1.0 : Theme.shapeOpacity)
        strokeColor: root.selected ? Theme.accent : Theme.card
        strokeWidth: root.selected ? 2 * Theme.mapStrokeWidth : Theme.mapStrokeWidth
        joinStyle: ShapePath.RoundJoin

        PathPolyline {
            path: root.points.map(point => Qt.point(point[0], point[1])).concat(root.points.length ? [Qt.point(root.points[0][0], root.points[0][1])] : [])
        }
    }
}
