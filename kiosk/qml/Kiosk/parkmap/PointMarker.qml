import QtQuick
import KioskBackend
import Kiosk

// A point of interest on the plan where the content gives its place: a round badge with its
// kind's icon, at its point whatever the zoom, a touch target of its own (it opens the point's
// card, never the park under it).
Rectangle {
    id: root

    required property string pointId
    required property string name
    required property string icon
    required property bool placed
    required property real pointX
    required property real pointY
    required property int year
    property int shownYear: 0
    property bool selected: false

    objectName: "marker-" + pointId
    visible: placed && (shownYear === 0 || year === 0 || year <= shownYear)
    width: Theme.touchTarget
    height: Theme.touchTarget
    radius: width / 2
    color: "transparent"
    Accessible.role: Accessible.Button
    Accessible.name: root.name

    Rectangle {
        anchors.centerIn: parent
        width: Theme.markerSize
        height: Theme.markerSize
        radius: width / 2
        color: root.selected ? Theme.accent : Theme.backgroundDeep
        border.color: Theme.accent
        border.width: Theme.borderWidth

        Image {
            anchors.centerIn: parent
            source: "image://icon/" + root.icon + "?color=" + encodeURIComponent(root.selected ? Theme.accentText : Theme.accent)
            sourceSize.width: Math.ceil(Theme.iconSize * 0.8 * Theme.imageScale)
            sourceSize.height: Math.ceil(Theme.iconSize * 0.8 * Theme.imageScale)
            width: Theme.iconSize * 0.8
            height: Theme.iconSize * 0.8
        }
    }

    VisitorTap {
        // Takes the touch on press: the map's own tap (the park under it) never sees it.
        gesturePolicy: TapHandler.WithinBounds
        onActivated: Navigator.openDetail(root.pointId)
    }
}
