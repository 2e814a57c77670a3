pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The zone and its parks drawn small from the map's own shapes and colours (Home's picture, the
// attract loop): no labels, no touch.
Item {
    id: root

    readonly property real mapWidth: ParkMap.mapWidth
    readonly property real mapHeight: ParkMap.mapHeight
    readonly property real fit: Math.min(width / mapWidth, height / mapHeight)

    Item {
        width: root.mapWidth
        height: root.mapHeight
        x: (root.width - width * root.fit) / 2
        y: (root.height - height * root.fit) / 2
        scale: root.fit
        transformOrigin: Item.TopLeft

        ParkShape {
            points: ParkMap.zoneOutline
            fillColour: Theme.mapLand
        }
        Repeater {
            model: ParkMap.parks

            ParkShape {
                required property var polygon
                required property color colour
                points: polygon
                fillColour: colour
            }
        }
    }
}
