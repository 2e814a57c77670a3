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

    clip: true
    interactive: true
    onVisibleChanged: {
        if (!visible)
            mapPanel.layered = false;
    }

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
            // A slide still running when Home was tapped must not bring its panel back.
            if (Kiosk.navigator.panelIndex >= 0)
                Kiosk.navigator.openIndex(root.currentIndex);
        }
    }

    function showNavigatorPanel() {
        const index = Kiosk.navigator.panelIndex;
        if (index < 0) {
            comingFromHome = true;
            contentItem.cancelFlick();
            return;
        }
        setCurrentIndex(index);
        if (comingFromHome)
            contentItem.positionViewAtIndex(index, ListView.Beginning);
        comingFromHome = false;
    }

    // Loaded after the first frame: a start on a panel (`--open map/…`) was set before.
    Component.onCompleted: showNavigatorPanel()

    Connections {
        target: Kiosk.navigator
        function onCurrentPanelChanged() {
            root.showNavigatorPanel();
        }
    }

    TimelinePanel {}
    MapPanel {
        id: mapPanel
        readonly property real offset: Math.abs(root.contentItem.contentX - x)
        onOffsetChanged: {
            if (offset >= root.width)
                layered = false;
            else if (offset > 0)
                layered = true;
        }
    }
    FiguresPanel {}
}
