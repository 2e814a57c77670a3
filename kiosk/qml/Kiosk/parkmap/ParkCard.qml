import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// The selected park: picture, name, role, year and area, industries, projects, description.
Rectangle {
    id: root
    objectName: "parkCard"

    readonly property var park: Kiosk.openPark

    radius: Theme.radius
    color: Theme.card
    clip: true

    Rectangle {
        id: band
        width: parent.width
        height: Theme.eraBandHeight
        color: root.park.colour ?? Theme.surface
    }

    TouchButton {
        id: closeButton
        objectName: "closeParkButton"
        anchors.right: parent.right
        anchors.top: band.bottom
        anchors.margins: Theme.spacingS
        icon: "fa5s.times"
        iconOnly: true
        text: Kiosk.ui.close ?? ""
        z: 1
        onClicked: Kiosk.navigator.closeDetail()
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        anchors.topMargin: band.height + Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingM
        contentHeight: column.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        ScrollIndicator.vertical: ScrollIndicator {}

        Column {
            id: column
            width: scroller.width
            spacing: Theme.spacingS

            KioskText {
                objectName: "parkCardName"
                width: parent.width - closeButton.width
                text: root.park.name ?? ""
                color: Theme.cardText
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            KioskText {
                objectName: "parkCardRole"
                width: parent.width - closeButton.width
                text: root.park.role ?? ""
                color: Theme.cardMuted
            }
            KioskText {
                width: parent.width
                visible: text !== ""
                text: [(root.park.established ?? 0) ? (Kiosk.ui.established ?? "").replace("%1", root.park.established) : "", root.park.areaText ?? ""].filter(part => part !== "").join("  ·  ")
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
            }
            ContentImage {
                width: parent.width
                height: visible ? width * 0.5 : 0
                visible: (root.park.image ?? "") !== ""
                source: root.park.image ?? ""
                initial: (root.park.name ?? "").slice(0, 1)
                tint: root.park.colour ?? Theme.surface
            }
            KioskText {
                width: parent.width
                visible: (root.park.industries ?? []).length > 0
                text: (Kiosk.ui.industries ?? "") + (root.park.industries ?? []).join(Kiosk.ui.listSeparator ?? "")
                color: Theme.cardText
                font.bold: true
            }
            KioskText {
                width: parent.width
                visible: (root.park.projects ?? []).length > 0
                text: (Kiosk.ui.projects ?? "") + "\n" + (root.park.projects ?? []).map(project => "• " + project).join("\n")
                color: Theme.cardText
            }
            KioskText {
                objectName: "parkCardDescription"
                width: parent.width
                text: root.park.description ?? ""
                color: Theme.cardText
                lineHeight: 1.2
                elide: Text.ElideNone
            }
        }
    }
}
