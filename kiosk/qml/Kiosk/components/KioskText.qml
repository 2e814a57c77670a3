import QtQuick
import Kiosk

// Every text on screen: plain text only (staff strings can never load HTML or images).
Text {
    textFormat: Text.PlainText
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    elide: Text.ElideRight
}
