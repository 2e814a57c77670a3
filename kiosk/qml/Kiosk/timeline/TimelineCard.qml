import QtQuick
import Kiosk

// One event: era band, date, title, illustration and the start of its story.
Rectangle {
    id: root

    required property string eventId
    required property string dateText
    required property string title
    required property string body
    required property string image
    required property string eraTitle
    required property color eraColour
    required property bool highlight

    objectName: "card-" + eventId
    radius: Theme.radius
    color: Theme.card
    border.color: root.highlight ? Theme.accent : root.eraColour
    border.width: root.highlight ? 2 * Theme.borderWidth : Theme.borderWidth
    clip: true

    Rectangle {
        id: band
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.eraBandHeight
        color: root.eraColour
    }

    Column {
        anchors.fill: parent
        anchors.topMargin: band.height + Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingS

        KioskText {
            width: parent.width
            text: root.dateText + "  ·  " + root.eraTitle
            color: Theme.cardMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 1
        }
        KioskText {
            width: parent.width
            text: root.title
            color: Theme.cardText
            font.pixelSize: Theme.fontHeading
            font.bold: true
            maximumLineCount: 2
        }
        Image {
            width: parent.width
            height: Math.min(Theme.cardImageHeight, root.height * 0.4)
            visible: root.image !== ""
            source: root.image
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
        KioskText {
            width: parent.width
            height: Math.max(0, root.height - y - Theme.spacingL - band.height - Theme.spacingM)
            text: root.body
            color: Theme.cardText
            lineHeight: 1.15
        }
    }
}
