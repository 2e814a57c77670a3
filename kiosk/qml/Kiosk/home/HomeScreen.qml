import QtQuick
import KioskBackend
import Kiosk

// Home: the zone's name and three large entries. In accessible mode the entries sit low.
Item {
    id: root
    objectName: "homeScreen"

    readonly property bool portrait: height > width
    readonly property var entries: [
        { panel: "timeline", icon: "fa5s.stream", tint: Theme.timelineTint, hint: Kiosk.info.timelineHint ?? "" },
        { panel: "map", icon: "fa5s.map-marked-alt", tint: Theme.mapTint, hint: Kiosk.info.mapHint ?? "" },
        { panel: "figures", icon: "fa5s.chart-bar", tint: Theme.figuresTint, hint: Kiosk.info.figuresHint ?? "" }
    ]

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.background }
            GradientStop { position: 1.0; color: Theme.backgroundDeep }
        }
    }

    Column {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingXL
        spacing: Theme.spacingM

        KioskText {
            objectName: "homeTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Kiosk.info.title ?? ""
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            maximumLineCount: 2
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.iconLarge * 2
            height: Theme.spacingXS
            radius: height / 2
            color: Theme.accent
        }
        KioskText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Kiosk.info.subtitle ?? ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontHeading
            maximumLineCount: 3
        }
    }

    Grid {
        id: entryGrid
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXL
        columns: root.portrait ? 1 : 3
        spacing: Theme.spacingL

        readonly property real available: Kiosk.accessible ? root.height * 0.55 - 2 * Theme.spacingXL : root.height - heading.y - heading.height - 2 * Theme.spacingXL
        readonly property real cellWidth: root.portrait ? root.width - 2 * Theme.spacingXL : (root.width - 2 * Theme.spacingXL - 2 * spacing) / 3
        readonly property real cellHeight: root.portrait ? Math.min(Theme.homeEntryMaxHeight, (available - 2 * spacing) / 3) : Math.min(Theme.homeEntryMaxHeight, available)

        Repeater {
            model: root.entries

            HomeEntry {
                required property var modelData
                objectName: "entry-" + modelData.panel
                width: entryGrid.cellWidth
                height: entryGrid.cellHeight
                label: Kiosk.ui[modelData.panel] ?? ""
                hint: modelData.hint
                icon: modelData.icon
                tint: modelData.tint
                onActivated: Kiosk.navigator.open(modelData.panel)
            }
        }
    }
}
