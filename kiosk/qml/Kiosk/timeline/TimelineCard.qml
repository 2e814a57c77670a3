import QtQuick
import KioskBackend
import Kiosk

// One event in the strip: era band, date, title, picture and the start of its story. Tap opens it.
Rectangle {
    id: root

    required property int index
    required property string eventId
    required property string dateText
    required property int year
    required property string title
    required property string body
    required property string image
    required property string eraTitle
    required property color eraColour
    required property bool highlight
    required property string initial
    readonly property bool opensEra: ListView.previousSection !== ListView.section
    // A wide card (the portrait strip) sets the picture beside the story, a tall one above it.
    readonly property bool wide: width > height

    objectName: "card-" + eventId
    radius: Theme.radius
    color: Theme.card
    border.color: root.highlight ? Theme.highlightBadge : root.eraColour
    border.width: root.highlight ? 2 * Theme.borderWidth : Theme.borderWidth
    clip: true
    Accessible.role: Accessible.Button
    Accessible.name: root.title

    Rectangle {
        id: band
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.eraBandHeight
        color: root.eraColour
    }

    Column {
        id: column
        anchors.fill: parent
        anchors.topMargin: band.height + Theme.spacingM
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingL
        spacing: Theme.spacingS

        // The era beside the date, or under it where both do not fit (an English date is long).
        Flow {
            width: parent.width
            spacing: Theme.spacingM

            KioskText {
                text: (root.highlight ? "★ " : "") + root.dateText
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.NoWrap
            }
            Row {
                spacing: Theme.spacingXS

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.spacingS
                    height: Theme.spacingS
                    radius: Theme.spacingS / 2
                    color: root.eraColour
                }
                KioskText {
                    text: root.eraTitle
                    color: Theme.cardMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.NoWrap
                }
            }
        }
        KioskText {
            id: titleText
            width: parent.width
            text: root.title
            balanced: true
            color: Theme.cardText
            headline: true
            font.pixelSize: Theme.fontHeading
            font.bold: true
            maximumLineCount: 2
        }
        Item {
            id: story
            width: parent.width
            height: Math.max(0, column.height - y - cue.height - Theme.spacingS)

            ContentImage {
                id: picture
                width: root.wide ? story.width * Theme.cardPictureShare : story.width
                height: Math.min(width / Theme.pictureAspect, root.wide ? story.height : story.height * 0.6)
                source: root.image
                initial: root.initial
                label: root.dateText
                tint: root.eraColour
                fillMode: Image.PreserveAspectFit
            }
            KioskText {
                x: root.wide ? picture.width + Theme.spacingM : 0
                y: root.wide ? 0 : picture.height + Theme.spacingS
                width: story.width - x
                height: story.height - y
                text: root.body
                color: Theme.cardText
                lineHeight: 1.15
            }
        }
    }

    OpenCue {
        id: cue
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.spacingL
        anchors.bottomMargin: Theme.spacingM
    }

    VisitorTap {
        id: tap
        onActivated: Navigator.openDetail(root.eventId)
    }

    PressHalo {
        pressed: tap.pressed
        onLight: true
        radius: root.radius
    }
}
