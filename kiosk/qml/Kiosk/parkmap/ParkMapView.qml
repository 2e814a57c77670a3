import QtQuick
import QtQuick.Shapes
import KioskBackend
import Kiosk

// The zone outline and its parks drawn from the content's polygons, fitted to the space given.
Item {
    id: root
    objectName: "parkMapView"

    property string selectedParkId: ""
    readonly property real mapWidth: Kiosk.info.mapWidth ?? 1
    readonly property real mapHeight: Kiosk.info.mapHeight ?? 1
    readonly property real fit: Math.min(width / mapWidth, height / mapHeight)

    signal parkTapped(string parkId)

    Item {
        id: canvas
        width: root.mapWidth
        height: root.mapHeight
        x: (root.width - width * root.fit) / 2
        y: (root.height - height * root.fit) / 2
        scale: root.fit
        transformOrigin: Item.TopLeft

        ParkShape {
            points: Kiosk.info.zoneOutline ?? []
            fillColour: Theme.mapLand
        }

        Repeater {
            model: Kiosk.parks

            ParkShape {
                required property string parkId
                required property var polygon
                required property color colour
                objectName: "park-" + parkId
                points: polygon
                fillColour: colour
                selected: root.selectedParkId === parkId
                onTapped: root.parkTapped(parkId)
            }
        }
    }

    Repeater {
        model: Kiosk.parks

        Rectangle {
            id: label
            required property string name
            required property real labelX
            required property real labelY
            x: canvas.x + labelX * root.fit - width / 2
            y: canvas.y + labelY * root.fit - height / 2
            width: Math.min(labelText.implicitWidth, Theme.cardWidth / 2) + 2 * Theme.spacingS
            height: labelText.height + Theme.spacingXS
            radius: Theme.radiusSmall
            color: Theme.scrim

            KioskText {
                id: labelText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingS
                horizontalAlignment: Text.AlignHCenter
                text: label.name
                font.pixelSize: Theme.fontSmall
                font.bold: true
                maximumLineCount: 2
            }
        }
    }
}
