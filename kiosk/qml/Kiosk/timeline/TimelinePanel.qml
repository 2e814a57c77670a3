import QtQuick
import KioskBackend
import Kiosk

// The timeline: event cards in date order, flicked sideways (landscape) or up and down (portrait).
Item {
    id: root
    objectName: "timelinePanel"

    readonly property bool portrait: height > width

    KioskText {
        id: heading
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        text: Kiosk.info.timelineTitle ?? ""
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.NoWrap
    }

    EraLegend {
        id: legend
        anchors.left: root.portrait ? parent.left : heading.right
        anchors.right: parent.right
        anchors.top: root.portrait ? heading.bottom : parent.top
        anchors.margins: Theme.spacingL
        anchors.topMargin: root.portrait ? Theme.spacingS : Theme.spacingL + Theme.spacingS
    }

    ListView {
        id: list
        objectName: "timelineList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: legend.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        orientation: root.portrait ? ListView.Vertical : ListView.Horizontal
        spacing: Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        snapMode: ListView.SnapToItem
        model: Kiosk.events

        delegate: TimelineCard {
            width: root.portrait ? list.width : Theme.cardWidth
            height: root.portrait ? Theme.cardWidth * 1.1 : list.height
        }
    }
}
