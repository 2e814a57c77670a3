import QtQuick
import QtQuick.Controls
import KioskBackend
import Kiosk

// The three panels side by side: swipe (touch or mouse drag) or use the tabs to move between them.
SwipeView {
    id: root
    objectName: "panelsView"

    clip: true
    interactive: true

    onCurrentIndexChanged: {
        if (visible)
            Kiosk.navigator.openIndex(currentIndex);
    }

    Connections {
        target: Kiosk.navigator
        function onCurrentPanelChanged() {
            if (Kiosk.navigator.panelIndex >= 0)
                root.setCurrentIndex(Kiosk.navigator.panelIndex);
        }
    }

    TimelinePanel {}
    MapPanel {}
    FiguresPanel {}
}
