pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// One event in full over the timeline: its picture fitted whole (never cropped into its
// meaning) with caption and credit, date and era, title, story (see DetailView).
DetailView {
    id: root
    objectName: "eventDetail"

    required property string eventId
    required property string dateText
    required property string body
    required property string image
    required property string caption
    required property string credit
    required property string eraTitle
    required property color eraColour
    required property string initial
    required property bool isOpen

    visible: isOpen
    kind: "event"
    tint: eraColour
    meta: dateText + "  ·  " + eraTitle
    visual: Component {
        Item {
            implicitHeight: Math.min(Theme.detailImageMaxHeight, width / Theme.pictureAspect) + Theme.spacingS + captionText.height

            ContentImage {
                objectName: "eventDetailImage"
                width: parent.width
                height: parent.height - Theme.spacingS - captionText.height
                source: root.image
                initial: root.initial
                label: root.dateText
                tint: root.eraColour
                fillMode: Image.PreserveAspectFit
            }
            KioskText {
                id: captionText
                anchors.bottom: parent.bottom
                width: parent.width
                text: [root.caption, root.credit].filter(part => part !== "").join("  ·  ")
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
                maximumLineCount: 2
            }
        }
    }

    KioskText {
        objectName: "eventDetailBodyText"
        width: parent.width
        text: root.body
        color: Theme.cardText
        lineHeight: 1.25
        elide: Text.ElideNone
    }
}
