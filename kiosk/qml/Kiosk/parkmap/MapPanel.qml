pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// 一区五园: the map, the list of parks beside it (below it in portrait) or the selected park's
// card, the total area, the schematic badge, a reset button and a year slider.
Panel {
    id: root
    objectName: "mapPanel"

    readonly property bool portrait: height > width
    readonly property bool locationOpen: root.current && Navigator.detail === "location"
    readonly property string selectedParkId: root.current && !locationOpen ? Navigator.detail : ""
    readonly property int firstYear: ParkMap.firstYear
    readonly property int lastYear: ParkMap.lastYear

    function reset() {
        map.resetView(false);
        yearSlider.value = lastYear;
    }

    Connections {
        target: Session
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
            text: ParkMap.title
            headline: true
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
                text: Texts.fill(Texts.t.totalAreaBadge, { area: ParkMap.totalAreaText })
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
        height: root.portrait ? parent.height * Theme.mapPortraitShare : parent.height - heading.height - 3 * Theme.spacingL
        radius: Theme.radius
        color: Theme.mapWater
        clip: true

        ParkMapView {
            id: map
            layered: root.layered
            anchors.left: parent.left
            anchors.right: wideInset.visible ? wideInset.left : parent.right
            anchors.top: parent.top
            anchors.bottom: controls.top
            anchors.margins: Theme.spacingS
            selectedParkId: root.selectedParkId
            year: ParkMap.year
            onParkTapped: parkId => parkId === "" ? Navigator.closeDetail() : Navigator.openDetail(parkId)
            onZoomedChanged: gestureHint.dismiss()
        }

        GestureHint {
            id: gestureHint
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: controls.top
            anchors.bottomMargin: Theme.spacingM
            showing: root.current && root.selectedParkId === ""
            text: Texts.t.mapGesture
        }

        Rectangle {
            objectName: "schematicBadge"
            visible: ParkMap.schematic
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
                text: Texts.t.schematic
                color: Theme.cardText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }

        // Landscape: beside the plan, in the width the plan leaves free.
        LocatorInset {
            id: wideInset
            visible: ParkMap.locator.shown && !root.portrait
            anchors.right: parent.right
            anchors.bottom: controls.top
            anchors.margins: Theme.spacingM
            width: Theme.locatorInsetWidth
            // Under the reset button, never over it.
            height: Math.min(parent.height - controls.height - Theme.touchTarget - 4 * Theme.spacingM, width / ParkMap.locator.width * ParkMap.locator.height + Theme.locatorWordsHeight)
        }

        // What the zone was in a year before today's outline (content: map.earlier).
        Rectangle {
            objectName: "mapYearNote"
            visible: ParkMap.yearNote !== ""
            anchors.horizontalCenter: map.horizontalCenter
            anchors.bottom: controls.top
            anchors.bottomMargin: Theme.spacingM
            width: Math.min(map.width - 2 * Theme.spacingL, yearNoteText.implicitWidth + 2 * Theme.spacingM)
            height: yearNoteText.height + Theme.spacingS * 2
            radius: Theme.radiusSmall
            color: Theme.hintBackground

            KioskText {
                id: yearNoteText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingM
                horizontalAlignment: Text.AlignHCenter
                text: ParkMap.yearNote
                maximumLineCount: 2
            }
        }

        NorthArrow {
            anchors.left: parent.left
            anchors.bottom: controls.top
            anchors.margins: Theme.spacingM
        }

        TouchButton {
            objectName: "resetMapButton"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingS
            icon: "fa5s.compress-arrows-alt"
            iconOnly: true
            text: Texts.t.resetView
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
                text: Texts.fill(Texts.t.yearLabel, { year: yearSlider.value })
                font.bold: true
                wrapMode: Text.NoWrap
            }
            YearSlider {
                id: yearSlider
                width: controls.width - yearLabel.width - controls.spacing
                from: root.firstYear
                to: root.lastYear
                value: root.lastYear
                // The last year is today's map: every park, the year slider at rest.
                onValueChanged: ParkMap.year = value >= root.lastYear ? 0 : value
            }
        }
    }

    ParkList {
        id: parkList
        anchors.left: root.portrait ? parent.left : mapFrame.right
        anchors.right: parent.right
        anchors.top: root.portrait ? mapFrame.bottom : heading.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        visible: Navigator.detail === "" || !root.current
        year: ParkMap.year
        withLocator: root.portrait
    }
    MoreCue {
        flickable: parkList
        background: Theme.background
        cueColour: Theme.accent
        visible: more && parkList.visible
        x: parkList.x
        y: parkList.y + parkList.height - height
        width: parkList.width
    }

    // Beside the map in landscape; over the panel in portrait, where the room under the map
    // is too small for the city and its districts.
    LocationDetail {
        visible: root.locationOpen
        modal: root.portrait
        anchors.left: root.portrait ? root.left : mapFrame.right
        anchors.right: root.right
        anchors.top: root.portrait ? root.top : heading.bottom
        anchors.bottom: root.bottom
        anchors.margins: root.portrait ? 0 : Theme.spacingL
        atBottom: root.portrait
    }

    Repeater {
        model: ParkMap.openPoint

        PointCard {
            anchors.left: root.portrait ? root.left : mapFrame.right
            anchors.right: root.right
            anchors.top: root.portrait ? mapFrame.bottom : heading.bottom
            anchors.bottom: root.bottom
            anchors.margins: Theme.spacingL
            atBottom: root.portrait
        }
    }

    Repeater {
        model: ParkMap.openPark

        ParkCard {
            anchors.left: root.portrait ? root.left : mapFrame.right
            anchors.right: root.right
            anchors.top: root.portrait ? mapFrame.bottom : heading.bottom
            anchors.bottom: root.bottom
            anchors.margins: Theme.spacingL
            atBottom: root.portrait
        }
    }
}
