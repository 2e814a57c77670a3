pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Home: the zone's emblem, name and key line beside (landscape) or above (portrait) a picture
// of the zone drawn from the map itself, and a large entry per panel. The entries sit low, in
// reach: along the bottom in landscape, stacked in the lower half in portrait.
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

    Item {
        id: hero
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: entryGrid.top
        anchors.margins: Theme.spacingXL

        HomeHeading {
            id: heading
            centred: root.portrait
            brief: Session.accessible && !root.portrait
            width: root.portrait ? parent.width : parent.width * Theme.homeHeadingShare
            y: root.portrait ? 0 : Math.max(0, (parent.height - height * scale) / 2)
            // Never under the entries: a heading taller than its space (a long name in the
            // large-text mode) is drawn smaller as a whole.
            scale: root.portrait ? 1 : Math.min(1, parent.height / Math.max(1, height))
            transformOrigin: Item.TopLeft
        }

        MapSketch {
            id: sketch
            objectName: "homeSketch"
            x: root.portrait ? 0 : heading.width + Theme.spacingXL
            y: root.portrait ? heading.height + Theme.spacingXL : 0
            width: parent.width - x - (siteLink.visible ? siteLink.width + Theme.spacingL : 0)
            height: parent.height - y - caption.height - Theme.spacingS
            visible: height > Theme.homeSketchMinHeight
        }
        KioskText {
            id: caption
            anchors.right: sketch.right
            anchors.top: sketch.bottom
            anchors.topMargin: Theme.spacingS
            visible: sketch.visible
            text: Site.sketchCaption
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.NoWrap
        }
        LinkCode {
            id: siteLink
            objectName: "siteLinkCode"
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            code: Site.linkCode
            labelColour: Theme.textMuted
        }
    }

    Grid {
        id: entryGrid
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXL
        columns: root.portrait ? 1 : root.count
        spacing: Theme.spacingL

        readonly property real cellWidth: root.portrait ? root.width - 2 * Theme.spacingXL : (root.width - 2 * Theme.spacingXL - (root.count - 1) * spacing) / root.count
        readonly property real cellHeight: root.portrait ? Theme.homeEntryWideHeight : Theme.homeEntryHeight

        Repeater {
            model: Navigator.panels

            HomeEntry {
                required property var modelData
                readonly property string panelId: modelData.id
                objectName: "entry-" + panelId
                width: entryGrid.cellWidth
                height: entryGrid.cellHeight
                wide: root.portrait
                label: Texts.t[panelId]
                hint: Site.panelHints[panelId]
                icon: modelData.icon
                tint: Theme[modelData.tint]
                onActivated: Navigator.open(panelId)
            }
        }
    }
}
