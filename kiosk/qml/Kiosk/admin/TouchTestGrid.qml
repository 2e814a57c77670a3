pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// For checking the touchscreen: every cell touched turns green, so dead or offset areas show.
Grid {
    id: root
    objectName: "touchTestGrid"

    readonly property real cell: width / Theme.touchTestCells

    columns: Theme.touchTestCells
    height: cell * Theme.touchTestCells / 2

    Repeater {
        model: Theme.touchTestCells * Theme.touchTestCells / 2

        Rectangle {
            id: square
            property bool hit: false
            width: root.cell
            height: root.cell
            color: hit ? Theme.touchTestHit : Theme.surface
            border.color: Theme.outline
            border.width: 1

            TapHandler {
                onPressedChanged: {
                    if (pressed)
                        square.hit = true;
                }
            }
        }
    }
}
