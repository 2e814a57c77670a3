import QtQuick
import QtQuick.Shapes
import Kiosk

// One polygon in map coordinates (a park, the zone's outline, a province or district on the
// locator), drawn in its colour.
Shape {
    id: root

    property var points: []
    property color fillColour: Theme.accent
    property bool selected: false
    property color outline: Theme.card
    property real outlineWidth: Theme.mapStrokeWidth

    anchors.fill: parent
    preferredRendererType: Shape.SoftwareRenderer

    ShapePath {
        fillColor: Qt.alpha(root.fillColour, root.selected ? 1.0 : Theme.shapeOpacity)
        strokeColor: root.selected ? Theme.accent : root.outline
        strokeWidth: root.selected ? 2 * root.outlineWidth : root.outlineWidth
        joinStyle: ShapePath.RoundJoin

        PathPolyline {
            path: root.points.map(point => Qt.point(point[0], point[1])).concat(root.points.length ? [Qt.point(root.points[0][0], root.points[0][1])] : [])
        }
    }
}
