import QtQuick
import KioskBackend
import Kiosk

// The press state of everything a visitor can tap: the first frame after a finger lands shows a
// veil and an accent ring over the item (no animation in, so it is there within 100 ms), and
// they fade when the finger lifts or slides away. Place it last in the item, over its content.
Rectangle {
    id: root

    required property bool pressed
    // Over a light card the veil darkens; over the dark surfaces it lightens.
    property bool onLight: false

    anchors.fill: parent
    color: onLight ? Theme.pressVeilOnLight : Theme.pressVeil
    border.color: Theme.accent
    border.width: Theme.pressRing
    opacity: pressed ? 1 : 0

    Behavior on opacity {
        enabled: !root.pressed && !Session.instant
        NumberAnimation { duration: Theme.durationShort }
    }
}
