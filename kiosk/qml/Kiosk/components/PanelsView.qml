import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// The three panels side by side: swipe (touch or mouse drag) or use the tabs to move between them.
SwipeView {
    id: root
    objectName: "panelsView"

    // Coming from Home, a panel appears at once instead of sliding past the others.
    property bool comingFromHome: true
    // False until the window has shown Home: the panels are built after that first frame.
    // They are loaded by URL, so that their types are not compiled before it either.
    property bool ready: true
    readonly property bool loaded: timeline.status === Loader.Ready
                                   && map.status === Loader.Ready
                                   && figures.status === Loader.Ready

    clip: true
    interactive: true

    // The highlight's default resize animation keeps the view repainting for seconds after start.
    Binding {
        target: root.contentItem
        property: "highlightResizeDuration"
        value: 0
    }

    // Only a visitor's swipe tells the navigator where to go; moves the navigator asked for
    // must not echo back (a Back tapped mid-animation would otherwise be undone).
    Connections {
        target: root.contentItem
        function onMovementEnded() {
            Kiosk.navigator.openIndex(root.currentIndex);
        }
    }

    Connections {
        target: Kiosk.navigator
        function onCurrentPanelChanged() {
            const index = Kiosk.navigator.panelIndex;
            if (index < 0) {
                root.comingFromHome = true;
                return;
            }
            root.setCurrentIndex(index);
            if (root.comingFromHome)
                root.contentItem.positionViewAtIndex(index, ListView.Beginning);
            root.comingFromHome = false;
        }
    }

    Loader {
        id: timeline
        active: root.ready
        source: "../timeline/TimelinePanel.qml"
    }
    Loader {
        id: map
        active: root.ready
        source: "../parkmap/MapPanel.qml"
    }
    Loader {
        id: figures
        active: root.ready
        source: "../figures/FiguresPanel.qml"
    }
}
