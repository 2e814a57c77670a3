import QtQuick
import Kiosk

// One slide of the attract loop: an event with its picture, the park map, or a headline figure.
Item {
    id: root

    property var slide: ({})
    readonly property bool portrait: height > width
    readonly property string kind: slide.kind ?? ""

    ContentImage {
        id: picture
        visible: root.kind === "event" || (root.kind === "custom" && (root.slide.image ?? "") !== "")
        width: root.portrait ? root.width : Math.min(Theme.attractImageWidth, root.width * 0.5)
        height: root.portrait ? root.height * 0.45 : root.height * 0.7
        anchors.verticalCenter: root.portrait ? undefined : parent.verticalCenter
        source: root.slide.image ?? ""
        initial: root.slide.initial ?? ""
        tint: root.slide.colour || Theme.surface
        fillMode: Image.PreserveAspectFit
    }

    MapSketch {
        visible: root.kind === "map"
        width: picture.width
        height: picture.height
        anchors.verticalCenter: root.portrait ? undefined : parent.verticalCenter
    }

    Column {
        x: root.portrait ? 0 : picture.width + Theme.spacingXL
        y: root.portrait ? picture.height + Theme.spacingXL : (root.height - height) / 2
        width: root.portrait ? root.width : root.width - x
        spacing: Theme.spacingM

        KioskText {
            width: parent.width
            visible: root.kind === "figure"
            text: (root.slide.value ?? "") + " " + (root.slide.unit ?? "")
            color: Theme.accent
            font.pixelSize: Theme.fontDisplay * 1.4
            font.bold: true
            maximumLineCount: 2
        }
        KioskText {
            width: parent.width
            text: root.slide.title ?? ""
            balanced: true
            headline: true
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            maximumLineCount: 3
        }
        KioskText {
            width: parent.width
            text: root.slide.subtitle ?? ""
            balanced: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontHeading
            maximumLineCount: 3
        }
    }
}
