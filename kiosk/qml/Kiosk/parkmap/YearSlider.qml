import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// Pick a year to see which parks existed then; the handle is large enough for any finger.
Slider {
    id: root
    objectName: "mapYearSlider"

    implicitHeight: Theme.touchTarget
    stepSize: 1
    snapMode: Slider.SnapAlways
    live: true

    background: Rectangle {
        x: root.leftPadding
        y: root.topPadding + root.availableHeight / 2 - height / 2
        width: root.availableWidth
        height: Theme.railTrack
        radius: height / 2
        color: Theme.outline

        Rectangle {
            width: root.visualPosition * parent.width
            height: parent.height
            radius: height / 2
            color: Theme.accent
        }
    }

    handle: Rectangle {
        x: root.leftPadding + root.visualPosition * (root.availableWidth - width)
        y: root.topPadding + root.availableHeight / 2 - height / 2
        width: Theme.sliderHandle
        height: Theme.sliderHandle
        radius: width / 2
        color: root.pressed ? Theme.accent : Theme.card
        border.color: Theme.accent
        border.width: Theme.borderWidth
    }
}
