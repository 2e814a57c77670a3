import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// The selected park: picture, name, role, year and area, industries, projects, description.
Rectangle {
    id: root
    objectName: "parkCard"

    required property string parkId
    required property string name
    required property string role
    required property string areaText
    required property int established
    required property var industries
    required property var projects
    required property string description
    required property string image
    required property color colour
    required property string linkCode
    required property bool isOpen

    visible: isOpen

    radius: Theme.radius
    color: Theme.card
    clip: true

    Rectangle {
        id: band
        width: parent.width
        height: Theme.eraBandHeight
        color: root.colour
    }

    TouchButton {
        id: closeButton
        objectName: "closeParkButton"
        anchors.right: parent.right
        anchors.top: band.bottom
        anchors.margins: Theme.spacingS
        icon: "fa5s.times"
        iconOnly: true
        text: Texts.t.close
        z: 1
        onClicked: Navigator.closeDetail()
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
                text: root.name
                balanced: true
                color: Theme.cardText
                headline: true
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            KioskText {
                objectName: "parkCardRole"
                width: parent.width - closeButton.width
                text: root.role
                color: Theme.cardMuted
            }
            KioskText {
                width: parent.width
                visible: text !== ""
                text: [root.established ? Texts.fill(Texts.t.established, { year: root.established }) : "", root.areaText].filter(part => part !== "").join("  ·  ")
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
            }
            ContentImage {
                width: parent.width
                height: visible ? width * 0.5 : 0
                visible: root.image !== ""
                source: root.image
                initial: root.name.slice(0, 1)
                tint: root.colour
            }
            KioskText {
                width: parent.width
                visible: root.industries.length > 0
                text: Texts.t.industries + root.industries.join(Texts.t.listSeparator)
                color: Theme.cardText
                font.bold: true
            }
            KioskText {
                width: parent.width
                visible: root.projects.length > 0
                text: Texts.t.projects + "\n" + root.projects.map(project => "• " + project).join("\n")
                color: Theme.cardText
            }
            KioskText {
                objectName: "parkCardDescription"
                width: parent.width
                text: root.description
                color: Theme.cardText
                lineHeight: 1.2
                elide: Text.ElideNone
            }
            LinkCode {
                code: root.linkCode
            }
        }
    }
}
