import QtQuick
import KioskBackend
import Kiosk

// "查看详情 ›" on what opens when tapped (cards, list entries): a visitor sees that it opens.
// `chevronOnly` where a row is too small for the words.
KioskText {
    property bool onDark: false
    property bool chevronOnly: false

    width: chevronOnly ? Theme.iconSize : implicitWidth
    horizontalAlignment: Text.AlignHCenter
    text: chevronOnly ? "›" : Texts.t.openCue
    color: onDark ? Theme.accent : Theme.cue
    font.pixelSize: chevronOnly ? Theme.fontHeading : Theme.fontSmall
    font.bold: true
    wrapMode: Text.NoWrap
}
