pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Home: the zone's name and a large entry per panel. In accessible mode the entries sit low.
Item {
    id: root
    objectName: "homeScreen"

    readonly property bool portrait: height > width
    readonly property int count: Navigator.panels.length

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
            text: Site.title
            balanced: true
            headline: true
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
            text: Site.subtitle
            balanced: true
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
        columns: root.portrait ? 1 : root.count
        spacing: Theme.spacingL

        readonly property real available: Session.accessible ? root.height * 0.55 - 2 * Theme.spacingXL : root.height - heading.y - heading.height - 2 * Theme.spacingXL
        readonly property real cellWidth: root.portrait ? root.width - 2 * Theme.spacingXL : (root.width - 2 * Theme.spacingXL - (root.count - 1) * spacing) / root.count
        readonly property real cellHeight: root.portrait ? Math.min(Theme.homeEntryMaxHeight, (available - (root.count - 1) * spacing) / root.count) : Math.min(Theme.homeEntryMaxHeight, available)

        Repeater {
            model: Navigator.panels

            HomeEntry {
                required property var modelData
                readonly property string panelId: modelData.id
                objectName: "entry-" + panelId
                width: entryGrid.cellWidth
                height: entryGrid.cellHeight
                label: Texts.t[panelId]
                hint: Site.panelHints[panelId]
                icon: modelData.icon
                tint: Theme[modelData.tint]
                onActivated: Navigator.open(panelId)
            }
        }
    }
}
