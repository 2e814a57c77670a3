import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// The one layout of every detail (an event, a park, a figure): a band in the item's colour,
// its visual (a picture, a number), a meta line, the title, a body that scrolls with a "more"
// cue, its link code, previous and next among its siblings, close. Wide: the visual on the
// left, the words on the right. Narrow (portrait, a side panel): the visual above the words.
// The sheet is as tall as what it holds, and stands on the foot of its area when `atBottom`
// (within reach on a portrait stand). Swipe sideways for the next or previous item, down to
// close. `modal`: a scrim over the screen, and a tap outside the sheet closes it.
Item {
    id: root

    // Names the parts for tests and tools: "event" gives eventDetailCard, closeEventButton…
    required property string kind
    required property color tint
    required property string meta
    required property string title
    required property string linkCode
    required property int position
    required property int siblingCount
    required property string previousId
    required property string nextId
    property Component visual: null
    property bool modal: true
    property bool atBottom: height > width
    // The body: texts and charts under the title, each as wide as the column (parent.width).
    default property alias bodyItems: bodyColumn.data

    readonly property string partPrefix: kind + "Detail"
    readonly property string capitalKind: kind.charAt(0).toUpperCase() + kind.slice(1)
    readonly property bool wide: sheet.width >= Theme.detailWideMin
    readonly property real margin: modal ? Theme.spacingL : 0
    readonly property real roomHeight: height - 2 * margin

    function step(target: string) {
        if (target !== "") {
            Navigator.openDetail(target);
            scroller.contentY = 0;
        }
    }

    function finishSwipe(dx: real, dy: real) {
        if (Math.abs(dx) > Theme.swipeThreshold && Math.abs(dx) > Math.abs(dy))
            step(dx < 0 ? nextId : previousId);
        else if (dy > Theme.swipeThreshold && dy > Math.abs(dx))
            Navigator.closeDetail();
    }

    Rectangle {
        anchors.fill: parent
        visible: root.modal
        color: Theme.scrim
    }
    // Catches every touch under a modal sheet; a tap outside it closes. It lets the sheet's
    // swipe handler take over a drag (no stealing prevention).
    TouchBlocker {
        anchors.fill: parent
        enabled: root.modal
        preventStealing: false
        onClicked: mouse => {
            if (!sheet.contains(mapToItem(sheet, mouse.x, mouse.y)) && Session.acceptTap())
                Navigator.closeDetail();
        }
    }

    Rectangle {
        id: sheet
        objectName: root.partPrefix + "Card"

        readonly property real visualWidth: root.wide ? width * Theme.detailVisualShare - Theme.spacingL : width - 2 * Theme.spacingL
        readonly property real footHeight: Math.max(footer.visible ? footer.height : 0, stackedLink.visible ? stackedLink.height : 0)
        readonly property real wordsHeight: heading.height + Theme.spacingM + bodyColumn.implicitHeight + (footHeight > 0 ? Theme.spacingM + footHeight : 0)
        readonly property real contentHeight: root.wide ? Math.max(visualColumn.height, wordsHeight) : (visualColumn.visible ? visualColumn.height + Theme.spacingM : 0) + wordsHeight

        x: (root.width - width) / 2 + (swipe.active ? swipe.activeTranslation.x * Theme.swipeFollow : 0)
        y: root.atBottom ? root.height - root.margin - height : root.modal ? (root.height - height) / 2 : 0
        width: root.modal ? Math.min(root.width - 2 * root.margin, Theme.detailMaxWidth) : root.width
        height: Math.min(root.roomHeight, band.height + 2 * Theme.spacingL + contentHeight)
        radius: Theme.radius
        color: Theme.card
        clip: true

        Behavior on x {
            enabled: !swipe.active && !Session.instant
            NumberAnimation {
                duration: Theme.durationShort
            }
        }

        DragHandler {
            id: swipe
            target: null
            maximumPointCount: 10
            property point lastTranslation
            onActiveTranslationChanged: lastTranslation = activeTranslation
            onActiveChanged: {
                if (!active)
                    root.finishSwipe(lastTranslation.x, lastTranslation.y);
            }
        }

        Rectangle {
            id: band
            width: parent.width
            height: Theme.eraBandHeight
            color: root.tint
        }

        Column {
            id: visualColumn
            x: Theme.spacingL
            y: band.height + Theme.spacingL
            width: sheet.visualWidth
            spacing: Theme.spacingM
            visible: root.visual !== null

            Loader {
                id: visualLoader
                objectName: root.partPrefix + "Visual"
                width: parent.width
                // Wide: the visual may take the sheet's height beside the words (less the code
                // under it); narrow: a share of the room, so the words keep theirs.
                readonly property real cap: root.wide ? root.roomHeight - band.height - 2 * Theme.spacingL - (wideLink.visible ? wideLink.height + parent.spacing : 0) : root.roomHeight * Theme.detailStackedVisualShare
                height: item ? Math.min((item as Item).implicitHeight, cap) : 0
                // Built when the detail shows: a closed one loads no picture or map.
                active: root.visible
                sourceComponent: root.visual
            }
            LinkCode {
                id: wideLink
                code: root.wide ? root.linkCode : ""
            }
        }

        Column {
            id: heading
            readonly property bool besideClose: root.wide || !visualColumn.visible
            x: root.wide ? visualColumn.x + visualColumn.width + Theme.spacingL : Theme.spacingL
            y: root.wide || !visualColumn.visible ? band.height + Theme.spacingL : visualColumn.y + visualColumn.height + Theme.spacingM
            width: sheet.width - x - Theme.spacingL - (besideClose ? closeButton.width + Theme.spacingS : 0)
            spacing: Theme.spacingS

            KioskText {
                objectName: root.partPrefix + "Meta"
                width: parent.width
                visible: text !== ""
                text: root.meta
                color: Theme.cardMuted
                maximumLineCount: 2
            }
            KioskText {
                objectName: root.partPrefix + "Title"
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
            id: scroller
            objectName: root.partPrefix + "Body"
            x: heading.x
            y: heading.y + heading.height + Theme.spacingM
            width: sheet.width - x - Theme.spacingL
            height: Math.max(0, sheet.height - y - Theme.spacingL - (sheet.footHeight > 0 ? sheet.footHeight + Theme.spacingM : 0))
            contentHeight: bodyColumn.implicitHeight
            clip: true
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.VerticalFlick
            ScrollIndicator.vertical: ScrollIndicator {}

            Column {
                id: bodyColumn
                width: scroller.width
                spacing: Theme.spacingM
            }
        }

        MoreCue {
            flickable: scroller
            x: scroller.x
            y: scroller.y + scroller.height - height
            width: scroller.width
        }

        Row {
            id: footer
            x: heading.x
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.spacingL
            spacing: Theme.spacingM
            visible: root.siblingCount > 1

            TouchButton {
                objectName: "previous" + root.capitalKind + "Button"
                icon: "fa5s.chevron-left"
                text: Texts.t.previous
                enabled: root.previousId !== ""
                opacity: enabled ? 1 : 0.4
                onClicked: root.step(root.previousId)
            }
            KioskText {
                objectName: root.partPrefix + "Position"
                anchors.verticalCenter: parent.verticalCenter
                text: (root.position + 1) + " / " + root.siblingCount
                color: Theme.cardMuted
                wrapMode: Text.NoWrap
            }
            TouchButton {
                objectName: "next" + root.capitalKind + "Button"
                icon: "fa5s.chevron-right"
                text: Texts.t.next
                enabled: root.nextId !== ""
                opacity: enabled ? 1 : 0.4
                onClicked: root.step(root.nextId)
            }
        }

        // Narrow: the code stands at the foot, beside the buttons a visitor reaches for.
        LinkCode {
            id: stackedLink
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingL
            code: root.wide ? "" : root.linkCode
        }

        TouchButton {
            id: closeButton
            objectName: "close" + root.capitalKind + "Button"
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
