import QtQuick

// What every panel is: a screen the panels view shows, which may be asked to draw itself into
// a layer while a slide moves it (the map does; the others ignore it).
Item {
    property bool layered: false
}
