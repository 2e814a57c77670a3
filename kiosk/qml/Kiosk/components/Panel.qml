import QtQuick
import KioskBackend

// What every panel is: a screen the panels view shows, which may be asked to draw itself into
// a layer while a slide moves it (the map does; the others ignore it).
Item {
    property bool layered: false
    // Its id in the panel table, given by the panels view; `current` while the navigator shows it.
    property string panelId
    readonly property bool current: Navigator.currentPanel === panelId
}
