pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// One event in full over the timeline: its pictures fitted whole (never cropped into their
// meaning) with caption and credit, date and era, title, story (see DetailView).
DetailView {
    id: root
    objectName: "eventDetail"

    required property string eventId
    required property string dateText
    required property string body
    required property string eraTitle
    required property color eraColour
    required property int pictureCount
    required property bool isOpen

    signal pictureOpened(int index)

    visible: isOpen
    kind: "event"
    tint: eraColour
    meta: dateText + "  ·  " + eraTitle
    // Without pictures the words take the whole sheet.
    visual: pictureCount > 0 ? gallery : null

    Component {
        id: gallery

        EventGallery {
            label: root.dateText
            tint: root.eraColour
            onOpened: index => root.pictureOpened(index)
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
