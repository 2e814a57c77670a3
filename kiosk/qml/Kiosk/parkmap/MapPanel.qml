import QtQuick
import KioskBackend
import Kiosk

// 一区五园: the map with the parks beside it (below it in portrait), total area and schematic badge.
Item {
    id: root
    objectName: "mapPanel"

    readonly property bool portrait: height > width
    property string selectedParkId: ""

    function choose(parkId: string) {
        selectedParkId = selectedParkId === parkId ? "" : parkId;
    }

    Flow {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingL

        KioskText {
            text: Kiosk.info.mapTitle ?? ""
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.NoWrap
        }

        Rectangle {
            objectName: "totalAreaBadge"
            width: areaText.implicitWidth + 2 * Theme.spacingM
            height: areaText.implicitHeight + Theme.spacingS
            radius: height / 2
            color: Theme.accent

            KioskText {
                id: areaText
                anchors.centerIn: parent
                text: (Kiosk.ui.totalArea ?? "") + " " + (Kiosk.info.totalArea ?? "") + " " + (Kiosk.ui.areaUnit ?? "")
                color: Theme.accentText
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
    }

    Rectangle {
        id: mapFrame
        anchors.left: parent.left
        anchors.top: heading.bottom
        anchors.margins: Theme.spacingL
        width: root.portrait ? parent.width - 2 * Theme.spacingL : parent.width - Theme.sidePanelWidth - 3 * Theme.spacingL
        height: root.portrait ? parent.height * 0.45 : parent.height - heading.height - 3 * Theme.spacingL
        radius: Theme.radius
        color: Theme.mapWater
        clip: true

        ParkMapView {
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            selectedParkId: root.selectedParkId
            onParkTapped: parkId => root.choose(parkId)
        }

        Rectangle {
            objectName: "schematicBadge"
            visible: Kiosk.info.schematic ?? false
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingM
            width: badgeText.implicitWidth + 2 * Theme.spacingM
            height: badgeText.implicitHeight + Theme.spacingS
            radius: Theme.radiusSmall
            color: Theme.card

            KioskText {
                id: badgeText
                anchors.centerIn: parent
                text: Kiosk.ui.schematic ?? ""
                color: Theme.cardText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
    }

    ParkList {
        anchors.left: root.portrait ? parent.left : mapFrame.right
        anchors.right: parent.right
        anchors.top: root.portrait ? mapFrame.bottom : heading.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        selectedParkId: root.selectedParkId
        onParkChosen: parkId => root.choose(parkId)
    }
}
