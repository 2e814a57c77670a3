pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The timeline: event cards in date order, grouped by era, flicked sideways (landscape) or up and
// down (portrait), with a year rail to jump by year and the event detail over it.
Panel {
    id: root
    objectName: "timelinePanel"

    readonly property bool detailOpen: root.current && Navigator.detail !== ""

    readonly property bool portrait: height > width
    // The first card at the leading edge of the strip (era bands are skipped), and its year.
    readonly property TimelineCard leadingCard: {
        const position = portrait ? list.contentY : list.contentX;
        const along = portrait ? list.height : list.width;
        for (let offset = Theme.spacingL; offset < along; offset += Theme.spacingL) {
            const item = portrait ? list.itemAt(list.width / 2, position + offset) : list.itemAt(position + offset, list.height / 2);
            const card = item as TimelineCard;
            if (card)
                return card;
        }
        return null;
    }
    readonly property int currentIndex: leadingCard ? leadingCard.index : 0
    readonly property int currentYear: leadingCard ? leadingCard.year : (Timeline.events.stops.length ? Timeline.events.stops[0].year : 0)

    function jumpTo(index: int) {
        const property = portrait ? "contentY" : "contentX";
        const from = list[property];
        list.positionViewAtIndex(index, ListView.Beginning);
        const card = list.itemAtIndex(index) as TimelineCard;
        const target = card ? cardStart(card) : list[property];
        list[property] = from;
        animateTo(target);
    }

    // Where the strip stops for a card: at the card, or at its era's band if it opens the era.
    function cardStart(card: TimelineCard): real {
        const start = portrait ? card.y : card.x;
        const band = (portrait ? Theme.eraSectionHeight : Theme.eraSectionWidth) + list.spacing;
        return card.opensEra ? start - band : start;
    }

    function animateTo(target: real) {
        const property = portrait ? "contentY" : "contentX";
        const lowest = portrait ? list.originY : list.originX;
        const highest = lowest + (portrait ? list.contentHeight - list.height : list.contentWidth - list.width);
        jump.property = property;
        jump.from = list[property];
        jump.to = Math.max(lowest, Math.min(highest, target));
        jump.restart();
    }

    // Flicks keep their inertia, then settle on the nearest card (ListView's own SnapToItem
    // misplaces the strip when sections are on).
    function settleOnCard() {
        const position = portrait ? list.contentY : list.contentX;
        const along = portrait ? list.height : list.width;
        let best = null;
        for (let offset = 0; offset < along; offset += Theme.spacingL) {
            const item = portrait ? list.itemAt(list.width / 2, position + offset) : list.itemAt(position + offset, list.height / 2);
            const card = item as TimelineCard;
            if (card && (best === null || Math.abs(cardStart(card) - position) < Math.abs(cardStart(best) - position)))
                best = card;
        }
        if (best !== null)
            animateTo(cardStart(best));
    }

    function reset() {
        jump.stop();
        list.positionViewAtBeginning();
    }

    Connections {
        target: Session
        function onSessionReset() {
            root.reset();
        }
    }

    KioskText {
        id: heading
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        text: Timeline.title
        headline: true
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.NoWrap
    }

    EraLegend {
        id: legend
        enabled: !root.detailOpen
        anchors.left: root.portrait ? parent.left : heading.right
        anchors.right: parent.right
        anchors.top: root.portrait ? heading.bottom : parent.top
        anchors.margins: Theme.spacingL
        anchors.topMargin: root.portrait ? Theme.spacingS : Theme.spacingL + Theme.spacingS
    }

    ListView {
        id: list
        objectName: "timelineList"
        enabled: !root.detailOpen
        anchors.left: root.portrait ? rail.right : parent.left
        anchors.right: parent.right
        anchors.top: legend.bottom
        anchors.bottom: root.portrait ? parent.bottom : rail.top
        anchors.margins: Theme.spacingL
        anchors.leftMargin: root.portrait ? Theme.spacingS : Theme.spacingL
        orientation: root.portrait ? ListView.Vertical : ListView.Horizontal
        spacing: Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // The strip has no highlight, but ListView still animates one to its current card (at
        // 400 px/s, ~2 s after the panel loads), repainting a window that shows Home.
        highlightFollowsCurrentItem: false
        onMovementStarted: gestureHint.dismiss()
        onMovementEnded: root.settleOnCard()
        model: Timeline.events
        section.property: "eraId"
        section.criteria: ViewSection.FullString
        section.delegate: EraSection {
            portrait: root.portrait
            width: root.portrait ? list.width : Theme.eraSectionWidth + list.spacing
            height: root.portrait ? Theme.eraSectionHeight + list.spacing : list.height
        }

        delegate: TimelineCard {
            width: root.portrait ? list.width : Theme.cardWidth
            height: root.portrait ? Theme.cardHeightPortrait : list.height
        }

        NumberAnimation {
            id: jump
            target: list
            duration: Theme.durationMedium
            easing.type: Easing.OutCubic
        }
    }

    // Across the foot in landscape; down the side in portrait, within reach all along.
    YearRail {
        id: rail
        enabled: !root.detailOpen
        vertical: root.portrait
        x: root.portrait ? Theme.spacingS : Theme.spacingXL
        y: root.portrait ? list.y : root.height - height - Theme.spacingS
        width: root.portrait ? Theme.railWidth : root.width - 2 * Theme.spacingXL
        height: root.portrait ? list.height : Theme.railHeight
        stops: Timeline.events.stops
        currentIndex: root.currentIndex
        onEventChosen: index => {
            gestureHint.dismiss();
            root.jumpTo(index);
        }
    }

    GestureHint {
        id: gestureHint
        anchors.horizontalCenter: list.horizontalCenter
        anchors.bottom: list.bottom
        anchors.bottomMargin: Theme.spacingXL
        showing: root.current && !root.detailOpen
        text: root.portrait ? Texts.t.timelineGesturePortrait : Texts.t.timelineGesture
    }

    // Over the strip and the rail, which are disabled while it is open (see Main.qml).
    Repeater {
        model: Timeline.openEvent

        EventDetail {
            width: root.width
            height: root.height
            onPictureOpened: index => viewer.show(index)
        }
    }

    PictureViewer {
        id: viewer
        anchors.fill: parent
        model: Timeline.gallery
    }
}
