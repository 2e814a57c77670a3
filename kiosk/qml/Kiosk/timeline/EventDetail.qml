import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// One event in full over the timeline. Swipe left or right (finger or mouse) for the next or
// previous event, one per gesture however many fingers; swipe down, tap outside or the close
// button to go back to the strip.
Item {
    id: root
    objectName: "eventDetail"

    required property string eventId
    required property string dateText
    required property string title
    required property string body
    required property string image
    required property string caption
    required property string credit
    required property string eraTitle
    required property color eraColour
    required property string initial
    required property string linkCode
    required property bool isOpen
    required property int position
    readonly property bool portrait: height > width

    function step(offset: int) {
        const target = Timeline.events.neighbour(eventId, offset);
        if (target !== "" && target !== eventId) {
            Navigator.openDetail(target);
            body.contentY = 0;
        }
    }

    function finishSwipe(dx: real, dy: real) {
        if (Math.abs(dx) > Theme.swipeThreshold && Math.abs(dx) > Math.abs(dy))
            step(dx < 0 ? 1 : -1);
        else if (dy > Theme.swipeThreshold && dy > Math.abs(dx))
            Navigator.closeDetail();
    }

    visible: isOpen

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }
    // Catches every touch under the detail; a tap outside the card closes it. It lets the
    // card's swipe handler take over a drag (no stealing prevention).
    TouchBlocker {
        anchors.fill: parent
        preventStealing: false
        onClicked: mouse => {
            if (!card.contains(mapToItem(card, mouse.x, mouse.y)) && Session.acceptTap())
                Navigator.closeDetail();
        }
    }

    Rectangle {
        id: card
        objectName: "eventDetailCard"
        anchors.centerIn: parent
        anchors.horizontalCenterOffset: swipe.active ? swipe.activeTranslation.x * Theme.swipeFollow : 0
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.detailMaxWidth)
        height: parent.height - 2 * Theme.spacingL
        radius: Theme.radius
        color: Theme.card
        clip: true

        Behavior on anchors.horizontalCenterOffset {
            enabled: !swipe.active
            NumberAnimation {
                duration: Theme.durationShort
            }
        }

        DragHandler {
            id: swipe
            target: null
            maximumPointCount: 10
            onActiveChanged: {
                if (!active)
                    root.finishSwipe(lastTranslation.x, lastTranslation.y);
            }
            onActiveTranslationChanged: lastTranslation = activeTranslation
            property point lastTranslation
        }

        Rectangle {
            id: band
            anchors.left: parent.left
            anchors.right: parent.right
            height: Theme.eraBandHeight
            color: root.eraColour
        }

        Column {
            id: media
            x: Theme.spacingL
            y: band.height + Theme.spacingL
            width: root.portrait ? card.width - 2 * Theme.spacingL : card.width * 0.55 - Theme.spacingL
            spacing: Theme.spacingS

            ContentImage {
                objectName: "eventDetailImage"
                width: parent.width
                height: Math.min(Theme.detailImageMaxHeight, width * 0.62, root.portrait ? card.height * 0.36 : card.height - 4 * Theme.spacingL - captionText.height - (landscapeLink.visible ? landscapeLink.height + parent.spacing : 0))
                source: root.image
                initial: root.initial
                label: root.dateText
                tint: root.eraColour
                fillMode: Image.PreserveAspectFit
            }
            KioskText {
                id: captionText
                width: parent.width
                text: [root.caption, root.credit].filter(part => part !== "").join("  ·  ")
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
                maximumLineCount: 2
            }
            LinkCode {
                id: landscapeLink
                code: root.portrait ? "" : root.linkCode
            }
        }

        Column {
            id: heading
            x: root.portrait ? Theme.spacingL : media.x + media.width + Theme.spacingL
            y: root.portrait ? media.y + media.height + Theme.spacingM : band.height + Theme.spacingL
            width: root.portrait ? media.width : card.width - x - Theme.spacingL - closeButton.width - Theme.spacingS
            spacing: Theme.spacingS

            KioskText {
                objectName: "eventDetailDate"
                width: parent.width
                text: root.dateText + "  ·  " + root.eraTitle
                color: Theme.cardMuted
                maximumLineCount: 2
            }
            KioskText {
                objectName: "eventDetailTitle"
                width: parent.width
                text: root.title
                balanced: true
                color: Theme.cardText
                headline: true
                font.pixelSize: Theme.fontTitle
                font.bold: true
                maximumLineCount: 3
            }
        }

        Flickable {
            id: body
            objectName: "eventDetailBody"
            anchors.left: heading.left
            anchors.right: root.portrait ? heading.right : parent.right
            anchors.rightMargin: root.portrait ? 0 : Theme.spacingL
            anchors.top: heading.bottom
            anchors.topMargin: Theme.spacingM
            anchors.bottom: portraitLink.visible ? portraitLink.top : footer.top
            anchors.bottomMargin: Theme.spacingM
            contentHeight: bodyText.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.VerticalFlick
            ScrollIndicator.vertical: ScrollIndicator {}

            KioskText {
                id: bodyText
                objectName: "eventDetailBodyText"
                width: body.width
                text: root.body
                color: Theme.cardText
                lineHeight: 1.25
                elide: Text.ElideNone
            }
        }

        MoreCue {
            flickable: body
            anchors.left: body.left
            anchors.right: body.right
            anchors.bottom: body.bottom
        }

        // In portrait the code sits at the foot, beside the buttons a visitor reaches for.
        LinkCode {
            id: portraitLink
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingL
            code: root.portrait ? root.linkCode : ""
        }

        Row {
            id: footer
            anchors.left: heading.left
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingL
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.spacingL
            spacing: Theme.spacingM

            TouchButton {
                objectName: "previousEventButton"
                icon: "fa5s.chevron-left"
                text: Texts.t.previous
                enabled: root.position > 0
                opacity: enabled ? 1 : 0.4
                onClicked: root.step(-1)
            }
            KioskText {
                anchors.verticalCenter: parent.verticalCenter
                text: (root.position + 1) + " / " + Timeline.events.count
                color: Theme.cardMuted
                wrapMode: Text.NoWrap
            }
            TouchButton {
                objectName: "nextEventButton"
                icon: "fa5s.chevron-right"
                text: Texts.t.next
                enabled: root.position < Timeline.events.count - 1
                opacity: enabled ? 1 : 0.4
                onClicked: root.step(1)
            }
        }

        TouchButton {
            id: closeButton
            objectName: "closeEventButton"
            anchors.right: parent.right
            anchors.top: band.bottom
            anchors.margins: Theme.spacingM
            icon: "fa5s.times"
            iconOnly: true
            text: Texts.t.close
            onClicked: Navigator.closeDetail()
        }
    }
}
