import QtQuick
import KioskBackend
import Kiosk

// 一区五园: the map, the list of parks beside it (below it in portrait) or the selected park's
// card, the total area, the schematic badge, a reset button and a year slider.
Item {
    id: root
    objectName: "mapPanel"

    readonly property bool portrait: height > width
    // Set by PanelsView around slides (see ParkMapView's layer).
    property bool layered: false
    readonly property string selectedParkId: (Kiosk.openPark.parkId ?? "")
    readonly property int firstYear: Kiosk.info.mapFirstYear ?? 0
    readonly property int lastYear: Kiosk.info.mapLastYear ?? 0
    readonly property int year: yearSlider.value >= lastYear ? 0 : yearSlider.value

    function reset() {
        map.resetView(false);
        yearSlider.value = lastYear;
    }

    Connections {
        target: Kiosk
        function onSessionReset() {
            root.reset();
        }
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
            id: map
            layered: root.layered
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: controls.top
            anchors.margins: Theme.spacingS
            selectedParkId: root.selectedParkId
            year: root.year
            onParkTapped: parkId => parkId === "" ? Kiosk.navigator.closeDetail() : Kiosk.navigator.openDetail(parkId)
        }

        Rectangle {
            objectName: "schematicBadge"
            visible: Kiosk.info.schematic ?? false
            anchors.left: parent.left
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

        TouchButton {
            objectName: "resetMapButton"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingS
            icon: "fa5s.compress-arrows-alt"
            iconOnly: true
            text: Kiosk.ui.resetView ?? ""
            visible: map.zoomed
            onClicked: map.resetView(true)
        }

        Row {
            id: controls
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingS
            spacing: Theme.spacingM
            visible: root.lastYear > root.firstYear
            height: visible ? Theme.touchTarget : 0

            KioskText {
                id: yearLabel
                objectName: "mapYearLabel"
                anchors.verticalCenter: parent.verticalCenter
                text: (Kiosk.ui.yearLabel ?? "").replace("%1", yearSlider.value)
                font.bold: true
                wrapMode: Text.NoWrap
            }
            YearSlider {
                id: yearSlider
                width: controls.width - yearLabel.width - controls.spacing
                from: root.firstYear
                to: root.lastYear
                value: root.lastYear
            }
        }
    }

    ParkList {
        anchors.left: root.portrait ? parent.left : mapFrame.right
        anchors.right: parent.right
        anchors.top: root.portrait ? mapFrame.bottom : heading.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        visible: root.selectedParkId === ""
        year: root.year
    }

    ParkCard {
        anchors.left: root.portrait ? parent.left : mapFrame.right
        anchors.right: parent.right
        anchors.top: root.portrait ? mapFrame.bottom : heading.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        visible: root.selectedParkId !== ""
    }
}
