pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Real boundaries from the locator (ParkMap.locator), fitted into the item around `view`
// ([left, top, width, height] in the drawing's units): the province with the city in the
// accent colour (`districts` false), or the city's districts named, with the zone's point
// where the content gives it. Drawn, not touched.
Item {
    id: root

    property bool districts: false
    property var view: [0, 0, ParkMap.locator.width, ParkMap.locator.height]
    readonly property real fit: Math.min(width / view[2], height / view[3])
    // Outlines as thick on screen whatever the scale.
    readonly property real line: Theme.borderWidth / Math.max(0.0001, fit)

    Item {
        id: drawing
        width: root.view[2]
        height: root.view[3]
        x: (root.width - width * root.fit) / 2 - root.view[0] * root.fit
        y: (root.height - height * root.fit) / 2 - root.view[1] * root.fit
        scale: root.fit
        transformOrigin: Item.TopLeft

        Repeater {
            model: root.districts ? [] : ParkMap.locator.provinceRings

            ParkShape {
                required property var modelData
                points: modelData
                fillColour: Theme.mapLand
                outline: Theme.textMuted
                outlineWidth: root.line
            }
        }
        Repeater {
            model: root.districts ? [] : ParkMap.locator.cityRings

            ParkShape {
                required property var modelData
                points: modelData
                fillColour: Theme.accent
                outline: Theme.text
                outlineWidth: root.line
                selected: false
            }
        }
        Repeater {
            model: root.districts ? ParkMap.locator.districts : []

            Item {
                id: district
                required property var modelData
                required property int index
                anchors.fill: parent

                Repeater {
                    model: district.modelData.rings

                    ParkShape {
                        required property var modelData
                        points: modelData
                        fillColour: district.index % 2 ? Theme.mapLand : Theme.surfaceRaised
                        outline: Theme.textMuted
                        outlineWidth: root.line
                    }
                }
            }
        }
    }

    // Names and the zone's mark at their own size, over the scaled drawing.
    Repeater {
        model: root.districts ? ParkMap.locator.districts : []

        KioskText {
            required property var modelData
            x: drawing.x + modelData.label[0] * root.fit - width / 2
            y: drawing.y + modelData.label[1] * root.fit - height / 2
            text: modelData.name
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
            wrapMode: Text.NoWrap
        }
    }
    Rectangle {
        objectName: "zonePoint"
        visible: root.districts && ParkMap.locator.zonePoint.length === 2
        readonly property var at: visible ? ParkMap.locator.zonePoint : [0, 0]
        x: drawing.x + at[0] * root.fit - width / 2
        y: drawing.y + at[1] * root.fit - height / 2
        width: Theme.railMarker
        height: width
        radius: width / 2
        color: Theme.accent
        border.color: Theme.text
        border.width: Theme.borderWidth
    }
}
