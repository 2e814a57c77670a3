pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// The panels side by side, one per row of the panel table (Navigator.panels): swipe (touch or
// mouse drag) or use the tabs to move between them.
SwipeView {
    id: root
    objectName: "panelsView"

    // Coming from Home, a panel appears at once instead of sliding past the others.
    property bool comingFromHome: true
    readonly property ListView strip: contentItem as ListView

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
            // A slide still running when Home was tapped must not bring its panel back.
            if (Navigator.panelIndex >= 0)
                Navigator.openIndex(root.currentIndex);
        }
    }

    function showNavigatorPanel() {
        const index = Navigator.panelIndex;
        if (index < 0) {
            comingFromHome = true;
            strip.cancelFlick();
            return;
        }
        setCurrentIndex(index);
        if (comingFromHome)
            strip.positionViewAtIndex(index, ListView.Beginning);
        comingFromHome = false;
    }

    // Loaded after the first frame: a start on a panel (`--open map/…`) was set before.
    Component.onCompleted: showNavigatorPanel()

    Connections {
        target: Navigator
        function onCurrentPanelChanged() {
            root.showNavigatorPanel();
        }
    }

    Repeater {
        model: Navigator.panels

        Loader {
            id: slot
            required property var modelData
            Component.onCompleted: setSource(Qt.resolvedUrl("../" + modelData.qml), {
                panelId: modelData.id
            })
            // While a slide moves a panel into view it may draw itself into a layer (see
            // ParkMapView); off screen, or with the panels hidden, it does not.
            readonly property real offset: Math.abs(root.strip.contentX - x)
            readonly property Panel panel: item as Panel
            onOffsetChanged: {
                if (!panel)
                    return;
                if (offset >= root.width || !root.visible)
                    panel.layered = false;
                else if (offset > 0)
                    panel.layered = true;
            }
            Connections {
                target: root
                function onVisibleChanged() {
                    if (!root.visible && slot.panel)
                        slot.panel.layered = false;
                }
            }
        }
    }
}
